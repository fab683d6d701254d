import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ownImages, startReleaseBed, type ReleaseBed } from '../../testbed/release-bed.js'
import type { ChildProcess } from 'node:child_process'
import { errors } from '../../testbed/runner.js'
import { amisOf } from '../helpers/steps.js'

let bed: ReleaseBed
beforeAll(async () => {
  bed = await startReleaseBed()
})
afterAll(async () => {
  await bed?.close()
})
beforeEach(() => {
  bed.endpoint.reset()
  bed.ssm.reset()
})

const EAST = 'us-east-1'
const WEST = 'us-west-2'

const inputsFor = (template: string, extra: Record<string, string> = {}) =>
  bed.inputs({ template, 'ansible-version': 'none', ...extra })
const tag = (version: string) => `refs/tags/${version}`
const everyImage = () =>
  [EAST, WEST].flatMap(region =>
    ownImages(bed.endpoint, region).map(i => `${region} ${i.id} ${i.tags['ImageVersion'] ?? '-'}`)
  )

describe('a DeregisterImage outage in the copy region during retention', () => {
  it('the re-run finishes retiring the older generation: nothing is orphaned', async () => {
    const template = bed.template('attack-retire-outage/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'keep-generations': '1' })
    const first = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '10' }
    })
    expect(errors(first)).toEqual([])
    const old = amisOf(first)

    // Retention of 2.0.0: deregistering in us-west-2 fails past the SDK's retries.
    bed.endpoint.failNext('DeregisterImage', 50, 'unavailable', (_, region) => region === WEST)
    const second = await bed.main({
      ref: tag('release-2.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '20' }
    })
    expect(errors(second).join('\n')).toMatch(/retiring older images stopped/)
    // The copy went first; the AMI that records it stays until it is gone.
    expect(everyImage().some(l => l.includes(old[EAST] ?? 'x'))).toBe(true)
    bed.endpoint.clearFaults()

    const rerun = await bed.main({
      ref: tag('release-2.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '20', GITHUB_RUN_ATTEMPT: '2' }
    })
    const latest = amisOf(rerun)
    // Converged: only 2.0.0 is left, in both regions; nothing of 1.0.0 survives half-retired.
    expect(everyImage().sort()).toEqual(
      [`${EAST} ${latest[EAST]} release-2.0.0`, `${WEST} ${latest[WEST]} release-2.0.0`].sort()
    )
    expect(everyImage().some(l => l.includes(old[WEST] ?? 'x'))).toBe(false)
  })
})

describe("a cancel (SIGINT, the runner's first signal) during retention", () => {
  it('the post step and the re-run finish retiring the older generation: nothing is orphaned', async () => {
    const template = bed.template('attack-retire-cancel/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'keep-generations': '1' })
    const first = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '10' }
    })
    expect(errors(first)).toEqual([])
    const old = amisOf(first)

    let job: ChildProcess | undefined
    // The job is cancelled as retention reaches the copy in us-west-2 (that call does not land).
    bed.endpoint.failNext('DeregisterImage', 1, 'unavailable', (_, region) => {
      if (region !== WEST) return false
      job?.kill('SIGINT')
      return true
    })
    const second = await bed.main({
      ref: tag('release-2.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '20' },
      onSpawn: child => (job = child)
    })
    await bed.post({ state: second.state })
    bed.endpoint.clearFaults()
    const rerun = await bed.main({
      ref: tag('release-2.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '20', GITHUB_RUN_ATTEMPT: '2' }
    })
    const latest = amisOf(rerun)
    expect(everyImage().sort()).toEqual(
      [`${EAST} ${latest[EAST]} release-2.0.0`, `${WEST} ${latest[WEST]} release-2.0.0`].sort()
    )
    expect(everyImage().some(l => l.includes(old[WEST] ?? 'x'))).toBe(false)
  })
})
