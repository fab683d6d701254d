import type { ChildProcess } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { PARAMETER, WEST, tag, useReleaseBed } from '../helpers/release-bed.js'
import { errors, type StepResult } from '../../testbed/runner.js'
import { amisOf, holdAt } from '../helpers/steps.js'

const { bed, inputsFor, exists } = useReleaseBed()

const STAMPED = '"app-${var.image_version}-${formatdate("hhmmss", timestamp())}${uuidv4()}"'

describe.each([
  ['with ssm-parameter', { 'ssm-parameter': PARAMETER }],
  ['without ssm-parameter', {}]
])('a reuse racing a rebuild of the same version (%s)', (name, extra) => {
  it('never exits 0 naming an AMI the rebuild retired', async () => {
    const template = bed.template(`attack-rebuild-race-${name.split(' ')[0]}/app.pkr.hcl`, {
      builds: [{ name: 'app', amiName: STAMPED, amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, extra)
    const first = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '10' }
    })
    expect(errors(first)).toEqual([])

    // A job of the tag reuses the release; it is slow to get to publishing (held at that point)
    // while a rebuild of the same version releases, publishes and retires the old release.
    const reuser = holdAt('Publish the release')
    const reuse = bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '11' },
      onSpawn: reuser.onSpawn
    })
    let rebuilt: StepResult
    try {
      await Promise.race([reuser.isHeld, reuse])
      rebuilt = await bed.main({
        ref: tag('release-1.0.0'),
        inputs: { ...inputs, 'on-existing': 'rebuild' },
        env: { GITHUB_RUN_ID: '12' }
      })
    } finally {
      reuser.resume()
    }
    const reused = await reuse
    expect(errors(rebuilt)).toEqual([])
    const fresh = amisOf(rebuilt)
    // Both runs end with the same outputs: the release as it stands, which exists.
    expect(errors(reused)).toEqual([])
    expect(amisOf(reused)).toEqual(fresh)
    for (const [region, id] of Object.entries(fresh)) expect(exists(region, id)).toBe(true)
  })
})

describe('an older tag held before publishing while a newer release retires it, without ssm-parameter', () => {
  it('fails with no AMI output (as it does with ssm-parameter)', async () => {
    // One region: a look at the stream is one DescribeImages, answered whole before the hold
    // (with a copy, the second region's request may leave after it, and see the retirement).
    const template = bed.template('attack-older-held/app.pkr.hcl')
    const inputs = inputsFor(template, { 'keep-generations': '1' })
    let older: ChildProcess | undefined
    let held!: () => void
    const isHeld = new Promise<void>(resolve => (held = resolve))
    // 1.0.0's run is stopped once its release is tagged (its next DescribeImages, answered while
    // it is stopped), before it publishes; it resumes after 1.0.1 has retired it.
    let tagged = false
    let stopped = false
    bed.endpoint.failNext('CreateTags', 1, 'unavailable', params => {
      if (Object.values(params).includes('ImageVersion:builds')) tagged = true
      return false
    })
    bed.endpoint.failNext('DescribeImages', 1, 'unavailable', () => {
      if (!tagged || !older || stopped) return false
      stopped = true
      older.kill('SIGSTOP')
      held()
      return false
    })
    const first = bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '40' },
      onSpawn: child => (older = child)
    })
    let newer: StepResult
    try {
      await Promise.race([isHeld, first])
      newer = await bed.main({ ref: tag('release-1.0.1'), inputs, env: { GITHUB_RUN_ID: '41' } })
    } finally {
      older?.kill('SIGCONT')
    }
    const old = await first
    bed.endpoint.clearFaults()
    expect(errors(newer)).toEqual([])
    expect(old.exitCode).toBe(1)
    expect(errors(old).join('\n')).toContain(
      'release-1.0.0 was released, then retired by the retention of the newer release-1.0.1'
    )
    expect(old.outputs['ami-id']).toBeUndefined()
    expect(old.outputs['amis']).toBeUndefined()
  })
})
