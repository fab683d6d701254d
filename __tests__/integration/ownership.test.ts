import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ownImages, startReleaseBed, tagsOf, type ReleaseBed } from '../../testbed/release-bed.js'
import { errors } from '../../testbed/runner.js'
import { hclTemplate } from '../../testbed/templates.js'
import { readEvidenceRecord } from '../../src/state/evidence-record.js'

/**
 * Issue 11's cases through the bundle: whatever a build prints, whatever image holds a name,
 * whichever job of a matrix runs first, only this run's own resources are ever deleted, and only
 * this stream's images are reused or retired.
 */
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

const TAG = 'refs/tags/release-3.0.0'
const east = () => bed.endpoint.inspect

/** A production instance and a golden AMI from 2020, which no build of this run made. */
function foreignResources() {
  const golden = bed.endpoint.seed.image('us-east-1', {
    name: 'golden-2020',
    creationDate: '2020-06-01T00:00:00Z'
  })
  const production = bed.endpoint.seed.instance('us-east-1', {
    imageId: golden,
    launchTime: '2020-06-02T00:00:00Z',
    tags: { Name: 'production-db' }
  })
  return { golden, production }
}

function expectForeignIntact({ golden, production }: { golden: string; production: string }) {
  expect(
    east()
      .instances('us-east-1')
      .find(i => i.id === production)?.state
  ).toBe('running')
  const image = east()
    .images('us-east-1')
    .find(i => i.id === golden)
  expect(image?.state).toBe('available')
  expect(Object.keys(image?.tags ?? {})).toEqual([])
}

describe('provisioner output that names other resources', () => {
  for (const outcome of ['succeeds', 'fails'] as const) {
    it(`leaves them alone when the build ${outcome}, in the main and the post step`, async () => {
      const foreign = foreignResources()
      const lies = [
        `echo 'Instance ID: ${foreign.production}'`,
        `echo 'AMI: ${foreign.golden}'`,
        "echo 'Creating temporary keypair: production-key'",
        ...(outcome === 'fails' ? ['exit 1'] : [])
      ]
      const template = bed.write(
        `lies-${outcome}/app.pkr.hcl`,
        hclTemplate({
          endpoint: bed.endpoint.url,
          target: { communicator: 'none' },
          builds: [{ name: 'app', localCommands: lies }]
        })
      )
      const result = await bed.main({
        ref: TAG,
        inputs: bed.inputs({ template, 'ansible-version': 'none' })
      })
      expect(result.exitCode).toBe(outcome === 'fails' ? 1 : 0)
      // The main step checked the AMI the log named before marking anything.
      expect(result.stdout).toContain(
        `The build log names ${foreign.golden}, but it is not this build's`
      )
      // Packer announced the build's instance before the provisioner ran: a second
      // `Instance ID:` is a provisioner's, and not even a lead.
      const saved = readEvidenceRecord(result.state['evidence'] ?? '', bed.job.temp).evidence
      const instances = saved?.leads.filter(l => l.kind === 'instance').map(l => l.value)
      expect(instances).toHaveLength(1)
      expect(instances).not.toContain(foreign.production)
      const post = await bed.post({ state: result.state })
      expect(post.exitCode).toBe(0)
      expect(post.stdout).toMatch(
        new RegExp(`Left image ${foreign.golden} in us-east-1 alone: .*before this run started`)
      )
      expectForeignIntact(foreign)
      expect(
        bed.endpoint.requests.filter(
          r =>
            r.action === 'TerminateInstances' &&
            JSON.stringify(r.params).includes(foreign.production)
        )
      ).toEqual([])
    })
  }
})

describe('an AMI name that another image holds', () => {
  const template = () =>
    bed.write(
      'collide/app.pkr.hcl',
      hclTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'none' },
        builds: [{ name: 'app' }]
      })
    )

  it.each([
    ['an untagged image made before this run', { creationDate: '2021-01-01T00:00:00Z' }],
    [
      'a pending image another run is still making',
      { state: 'pending' as const, tags: { 'ImageVersion:run': 'acme/images#77.1' } }
    ]
  ])('fails naming both and never removes %s', async (_what, seed) => {
    const file = template()
    const held = bed.endpoint.seed.image('us-east-1', { name: 'app-release-3.0.0', ...seed })
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template: file, 'ansible-version': 'none' })
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toContain(
      `AMI name 'app-release-3.0.0' is already used by ${held}`
    )
    const post = await bed.post({ state: result.state })
    expect(post.exitCode).toBe(0)
    expect(ownImages(bed.endpoint, 'us-east-1').map(i => i.id)).toEqual([held])
    expect(bed.endpoint.requests.filter(r => r.action === 'DeregisterImage')).toEqual([])
  })
})

describe('a matrix over architectures with one release tag', () => {
  const file = 'matrix/app.pkr.hcl'
  const write = () =>
    bed.write(
      file,
      [
        'variable "arch" {\n  type = string\n}\n',
        hclTemplate({
          endpoint: bed.endpoint.url,
          target: { communicator: 'none' },
          builds: [
            {
              name: 'app',
              amiName: '"app-${var.image_version}-${var.arch}"',
              amiRegions: ['us-west-2']
            }
          ]
        })
      ].join('\n')
    )
  const job = (arch: string, tag: string, extra: Record<string, string> = {}) =>
    bed.main({
      ref: tag,
      inputs: bed.inputs({
        template: write(),
        vars: `arch=${arch}`,
        'ansible-version': 'none',
        ...extra
      })
    })

  it('builds one image per job, reuses each its own, and retires nothing across', async () => {
    const amd = await job('amd64', TAG)
    const arm = await job('arm64', TAG)
    expect(errors(amd)).toEqual([])
    expect(errors(arm)).toEqual([])
    expect(arm.outputs['reused']).toBe('false')
    expect(arm.outputs['ami-id']).not.toBe(amd.outputs['ami-id'])
    expect(arm.outputs['lineage']).not.toBe(amd.outputs['lineage'])
    expect(
      tagsOf(bed.endpoint, 'us-east-1', arm.outputs['ami-id'] ?? '')['ImageVersion:lineage']
    ).toBe(arm.outputs['lineage'])

    const again = await job('amd64', TAG)
    expect(again.outputs).toMatchObject({ reused: 'true', 'ami-id': amd.outputs['ami-id'] })

    // The next release of arm64 keeps one generation: amd64's images of 3.0.0 stay.
    const next = await job('arm64', 'refs/tags/release-3.1.0', { 'keep-generations': '1' })
    expect(errors(next)).toEqual([])
    const names = (region: string) =>
      ownImages(bed.endpoint, region)
        .map(i => i.name)
        .sort()
    expect(names('us-east-1')).toEqual(['app-release-3.0.0-amd64', 'app-release-3.1.0-arm64'])
    expect(names('us-west-2')).toEqual(['app-release-3.0.0-amd64', 'app-release-3.1.0-arm64'])
  })
})

describe('tagging that fails past the retries', () => {
  it('fails naming the AMIs, keeps them, and a re-run finishes the release without building', async () => {
    const file = bed.write(
      'tagfail/app.pkr.hcl',
      hclTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'none' },
        builds: [{ name: 'app', amiRegions: ['us-west-2'] }]
      })
    )
    // Only the release's own tags (the version key first): Packer's calls and the early marks pass.
    bed.endpoint.failNext('CreateTags', 50, 'unavailable', p => p['Tag.1.Key'] === 'ImageVersion')
    const first = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template: file, 'ansible-version': 'none' })
    })
    expect(first.exitCode).toBe(1)
    const built = ownImages(bed.endpoint, 'us-east-1')
    expect(built).toHaveLength(1)
    const ami = built[0]?.id ?? ''
    expect(errors(first).join('\n')).toMatch(
      new RegExp(
        `The AMIs were built but could not be tagged: ${ami} \\(us-east-1\\).*re-run the job`
      )
    )
    expect(first.summary).toContain('were built but not released')
    expect(tagsOf(bed.endpoint, 'us-east-1', ami)['ImageVersion:pending']).toBe('release-3.0.0')
    const post = await bed.post({ state: first.state })
    expect(post.stdout).not.toMatch(/Removed a leftover image/)
    expect(ownImages(bed.endpoint, 'us-east-1').map(i => i.id)).toEqual([ami])

    bed.endpoint.requests.length = 0
    const rerun = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template: file, 'ansible-version': 'none' }),
      env: { GITHUB_RUN_ATTEMPT: '2' }
    })
    expect(errors(rerun)).toEqual([])
    const copy = ownImages(bed.endpoint, 'us-west-2')[0]?.id
    expect(rerun.outputs).toMatchObject({ reused: 'true', 'ami-id': ami })
    expect(JSON.parse(rerun.outputs['amis'] ?? '{}')).toEqual({
      'us-east-1': ami,
      'us-west-2': copy
    })
    expect(tagsOf(bed.endpoint, 'us-east-1', ami)).toMatchObject({
      ImageVersion: 'release-3.0.0',
      'ImageVersion:copies': `us-west-2=${copy}`
    })
    expect(tagsOf(bed.endpoint, 'us-east-1', ami)['ImageVersion:pending']).toBeUndefined()
    expect(tagsOf(bed.endpoint, 'us-west-2', copy ?? '')['ImageVersion']).toBe('release-3.0.0')
    expect(rerun.summary).toContain('could not tag')
    expect(bed.endpoint.requests.some(r => r.action === 'RunInstances')).toBe(false)
  })
})
