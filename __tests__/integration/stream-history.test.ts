import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ownImages, startReleaseBed, type ReleaseBed } from '../../testbed/release-bed.js'
import { errors } from '../../testbed/runner.js'

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
  bed.github.reset()
})

const EAST = 'us-east-1'
const WEST = 'us-west-2'
const PARAMETER = '/images/app/current'

const inputsFor = (template: string, extra: Record<string, string> = {}) =>
  bed.inputs({ template, 'ansible-version': 'none', ...extra })
const tag = (version: string) => `refs/tags/${version}`
const parameterIn = (region: string) =>
  bed.ssm.inspect.parameters(region).find(p => p.name === PARAMETER)?.value
const idsIn = (region: string) =>
  ownImages(bed.endpoint, region)
    .map(i => i.id)
    .sort()

describe('re-running an older tag’s job', () => {
  it('reuses it, retires nothing newer, and leaves the parameter at the newest release', async () => {
    const template = bed.template('history-rerun/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'ssm-parameter': PARAMETER })
    const amis: Record<string, Record<string, string>> = {}
    for (const [version, run] of [
      ['release-1.0.0', '10'],
      ['release-2.0.0', '20'],
      ['release-3.0.0', '30']
    ] as const) {
      const result = await bed.main({ ref: tag(version), inputs, env: { GITHUB_RUN_ID: run } })
      expect(errors(result)).toEqual([])
      amis[version] = JSON.parse(result.outputs['amis'] ?? '{}') as Record<string, string>
    }
    const before = { east: idsIn(EAST), west: idsIn(WEST) }
    expect(before.east).toHaveLength(3)
    expect(parameterIn(EAST)).toBe(amis['release-3.0.0']?.[EAST])

    const rerun = await bed.main({
      ref: tag('release-1.0.0'),
      inputs: { ...inputs, 'keep-generations': '2' },
      env: { GITHUB_RUN_ID: '10', GITHUB_RUN_ATTEMPT: '2' }
    })
    expect(errors(rerun)).toEqual([])
    expect(rerun.outputs).toMatchObject({ reused: 'true', 'ami-id': amis['release-1.0.0']?.[EAST] })
    // Nothing newer than 1.0.0 is retired: 2.0.0 and 3.0.0 keep every image in every region.
    expect(idsIn(EAST)).toEqual(before.east)
    expect(idsIn(WEST)).toEqual(before.west)
    expect(parameterIn(EAST)).toBe(amis['release-3.0.0']?.[EAST])
    expect(parameterIn(WEST)).toBe(amis['release-3.0.0']?.[WEST])
    expect(rerun.summary).toContain('the parameter stays at release-3.0.0 (newer than release-1.0.0)')
  })
})

/** An AMI name per build, as a rebuild needs. */
const STAMPED = '"app-${var.image_version}-${formatdate("hhmmss", timestamp())}${uuidv4()}"'

describe('rebuilding a version whose image is in use', () => {
  it('keeps the old release whole, and lookup and reuse output the new one', async () => {
    const template = bed.template('history-rebuild/app.pkr.hcl', {
      builds: [{ name: 'app', amiName: STAMPED, amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template)
    const first = await bed.main({ ref: tag('release-1.0.0'), inputs, env: { GITHUB_RUN_ID: '10' } })
    expect(errors(first)).toEqual([])
    const old = JSON.parse(first.outputs['amis'] ?? '{}') as Record<string, string>
    bed.endpoint.seed.instance(EAST, { imageId: old[EAST] ?? '' })

    const rebuilt = await bed.main({
      ref: tag('release-1.0.0'),
      inputs: { ...inputs, 'on-existing': 'rebuild' },
      env: { GITHUB_RUN_ID: '11' }
    })
    expect(errors(rebuilt)).toEqual([])
    const fresh = JSON.parse(rebuilt.outputs['amis'] ?? '{}') as Record<string, string>
    expect(fresh[EAST]).not.toBe(old[EAST])
    expect(fresh[WEST]).not.toBe(old[WEST])
    // The old release is in use in us-east-1: it is kept whole, its copy too.
    expect(idsIn(EAST)).toEqual([old[EAST], fresh[EAST]].sort())
    expect(idsIn(WEST)).toEqual([old[WEST], fresh[WEST]].sort())

    // A deploy job looks the version up by its template; another run of the tag reuses it.
    const lookup = await bed.main({
      ref: 'refs/heads/main',
      inputs: bed.inputs({ mode: 'lookup', template, 'image-version': 'release-1.0.0' })
    })
    expect(errors(lookup)).toEqual([])
    expect(lookup.outputs['ami-id']).toBe(fresh[EAST])
    expect(JSON.parse(lookup.outputs['amis'] ?? '{}')).toEqual(fresh)
    const reuse = await bed.main({ ref: tag('release-1.0.0'), inputs, env: { GITHUB_RUN_ID: '12' } })
    expect(errors(reuse)).toEqual([])
    expect(reuse.outputs).toMatchObject({ reused: 'true', 'ami-id': fresh[EAST] })
    expect(JSON.parse(reuse.outputs['amis'] ?? '{}')).toEqual(fresh)
  })
})
