import { describe, expect, it } from 'vitest'
import { tagsOf } from '../../testbed/release-bed.js'
import { EAST, PARAMETER, WEST, tag, useReleaseBed } from '../helpers/release-bed.js'
import type { ChildProcess } from 'node:child_process'
import { errors } from '../../testbed/runner.js'
import { amisOf } from '../helpers/steps.js'

const { bed, inputsFor, everyImage } = useReleaseBed()

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

describe('a run of the version whose retirement was cut short', () => {
  const parameterIn = (region: string) =>
    bed.ssm.inspect.parameters(region).find(p => p.name === PARAMETER)?.value

  /** 1.0.0 and 2.0.0 released; 2.0.0's retention deregistered 1.0.0's copy, then DeregisterImage failed in us-east-1. */
  async function cutShort(name: string) {
    const template = bed.template(`${name}/app.pkr.hcl`, {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'keep-generations': '1', 'ssm-parameter': PARAMETER })
    const first = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '10' }
    })
    expect(errors(first)).toEqual([])
    bed.endpoint.failNext('DeregisterImage', 50, 'unavailable', (_, region) => region === EAST)
    const second = await bed.main({
      ref: tag('release-2.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '20' }
    })
    bed.endpoint.clearFaults()
    expect(errors(second).join('\n')).toMatch(/retiring older images stopped/)
    const [old, newer] = [amisOf(first), amisOf(second)]
    // What is left of 1.0.0: its AMI, recording a copy that is gone.
    expect(everyImage().filter(l => l.endsWith('release-1.0.0'))).toEqual([
      `${EAST} ${old[EAST]} release-1.0.0`
    ])
    return { inputs, old, newer }
  }

  // Old bundle (observed): refused, "records ami-… in us-west-2 as its copy, but EC2 has no such image", at every re-run.
  it('a new run of it finishes the retirement and builds it again, in its old place in the stream', async () => {
    const { inputs, old, newer } = await cutShort('retire-cut-short')
    // A new run (workflow_dispatch on the old tag), with the same settings.
    const again = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '30' }
    })
    expect(errors(again)).toEqual([])
    const rebuilt = amisOf(again)
    expect(rebuilt[EAST]).not.toBe(old[EAST])
    // 1.0.0 is whole again, and 2.0.0, newer, keeps every image and the parameter.
    expect(everyImage().sort()).toEqual(
      [
        `${EAST} ${rebuilt[EAST]} release-1.0.0`,
        `${WEST} ${rebuilt[WEST]} release-1.0.0`,
        `${EAST} ${newer[EAST]} release-2.0.0`,
        `${WEST} ${newer[WEST]} release-2.0.0`
      ].sort()
    )
    expect([parameterIn(EAST), parameterIn(WEST)]).toEqual([newer[EAST], newer[WEST]])
    expect(tagsOf(bed.endpoint, EAST, rebuilt[EAST] ?? '')['ImageVersion:released']).toMatch(
      /#10\.1$/
    )
    expect(again.summary).toContain('This run finished retiring it')
    expect(again.summary).toContain('the parameter is left as it is (release-2.0.0 is newer')
  })

  it('what is left of it is kept, and nothing is built, while an instance runs from it', async () => {
    const { inputs, old } = await cutShort('retire-cut-short-in-use')
    const instance = bed.endpoint.seed.instance(EAST, { imageId: old[EAST] ?? '' })
    const again = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '30' }
    })
    expect(errors(again).join('\n')).toContain(
      `what is left of it is kept: ${old[EAST]} in ${EAST}: instance ${instance}`
    )
    expect(everyImage().filter(l => l.endsWith('release-1.0.0'))).toEqual([
      `${EAST} ${old[EAST]} release-1.0.0`
    ])
  })
})
