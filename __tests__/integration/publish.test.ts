import {
  DescribeInstancesCommand,
  EC2Client,
  EnableImageDeregistrationProtectionCommand,
  ModifyImageAttributeCommand,
  RunInstancesCommand,
  TerminateInstancesCommand
} from '@aws-sdk/client-ec2'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ownImages, startReleaseBed, tagsOf, type ReleaseBed } from '../../testbed/release-bed.js'
import { errors } from '../../testbed/runner.js'
import { retentionRows } from '../helpers/summary.js'

/** The date (UTC) an instance launched now is said to have been launched on. */
const today = () => new Date().toISOString().slice(0, 10)

/**
 * Issue 15 through the bundle: the release published where deploys look (an SSM parameter in
 * every region, the GitHub Release's notes), found again by version (mode: lookup), traced to
 * its source, and old generations retired by deprecating or disabling instead of deleting.
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
  bed.github.reset()
})

const template = (
  file = 'publish/app.pkr.hcl',
  builds = [{ name: 'app', amiRegions: ['us-west-2'] }]
) => bed.template(file, { builds })
const release = (version: string, extra: Record<string, string> = {}, file?: string) =>
  bed.main({
    ref: `refs/tags/release-${version}`,
    inputs: bed.inputs({ template: template(file), 'ansible-version': 'none', ...extra })
  })

describe('ssm-parameter', () => {
  it('puts the AMI of each region in its region, and a re-run (reuse) converges', async () => {
    const result = await release('1.0.0', { 'ssm-parameter': '/images/web/current' })
    expect(errors(result)).toEqual([])
    const amis = JSON.parse(result.outputs['amis'] ?? '{}') as Record<string, string>
    for (const region of ['us-east-1', 'us-west-2']) {
      const [parameter] = bed.ssm.inspect.parameters(region)
      expect(parameter).toMatchObject({
        name: '/images/web/current',
        value: amis[region],
        type: 'String',
        dataType: 'aws:ec2:image',
        version: 1
      })
    }
    expect(JSON.parse(result.outputs['ssm-parameter-versions'] ?? '')).toEqual({
      'us-east-1': 1,
      'us-west-2': 1
    })
    expect(result.summary).toContain('/images/web/current')

    const again = await release('1.0.0', { 'ssm-parameter': '/images/web/current' })
    expect(again.outputs['reused']).toBe('true')
    expect(JSON.parse(again.outputs['ssm-parameter-versions'] ?? '')).toEqual({
      'us-east-1': 1,
      'us-west-2': 1
    })
    expect(bed.ssm.requests.filter(r => r.action === 'PutParameter')).toHaveLength(2)
  })

  it('a re-run of an older version writes ssm-parameter-versions too: none, as it wrote none', async () => {
    const parameter = { 'ssm-parameter': '/images/web/current' }
    expect(errors(await release('1.0.0', parameter))).toEqual([])
    expect(errors(await release('2.0.0', parameter))).toEqual([])
    const old = await release('1.0.0', parameter)
    expect(errors(old)).toEqual([])
    expect(old.outputs['reused']).toBe('true')
    expect(old.stdout).toContain('the parameter is left as it is (release-2.0.0 is newer')
    // A workflow's fromJSON(steps.image.outputs.ssm-parameter-versions) reads {}, not ''.
    expect(old.outputs['ssm-parameter-versions']).toBe('{}')
    // No parameter, no such output.
    const none = await release('3.0.0')
    expect(none.outputs).not.toHaveProperty('ssm-parameter-versions')
  })

  it('with {build}, one parameter per build', async () => {
    const file = 'publish-builds/app.pkr.hcl'
    bed.template(file, { builds: [{ name: 'web' }, { name: 'worker' }] })
    const result = await bed.main({
      ref: 'refs/tags/release-1.1.0',
      inputs: bed.inputs({
        template: file,
        'ansible-version': 'none',
        'ssm-parameter': '/images/{build}'
      })
    })
    expect(errors(result)).toEqual([])
    const builds = JSON.parse(result.outputs['builds'] ?? '{}') as Record<
      string,
      Record<string, string>
    >
    const names = bed.ssm.inspect.parameters('us-east-1').map(p => [p.name, p.value])
    expect(names.sort()).toEqual([
      ['/images/amazon-ebs.web', builds['amazon-ebs.web']?.['us-east-1']],
      ['/images/amazon-ebs.worker', builds['amazon-ebs.worker']?.['us-east-1']]
    ])
    expect(JSON.parse(result.outputs['ssm-parameter-versions'] ?? '')).toEqual({
      '/images/amazon-ebs.web': { 'us-east-1': 1 },
      '/images/amazon-ebs.worker': { 'us-east-1': 1 }
    })
  })

  it('fails the step after the images are released, and says so, when SSM refuses', async () => {
    bed.ssm.failNext('PutParameter', 50, 'unavailable')
    const result = await release('1.2.0', { 'ssm-parameter': '/images/web/current' })
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toMatch(
      /^The images are released, but publishing them failed: Could not put ami-[0-9a-f]+ in the SSM parameter \/images\/web\/current: SSM PutParameter in us-/
    )
    const [image] = ownImages(bed.endpoint, 'us-east-1')
    expect(tagsOf(bed.endpoint, 'us-east-1', image?.id ?? '')['ImageVersion']).toBe('release-1.2.0')
    expect(result.outputs['ami-id']).toBe(image?.id)
  })
})

describe('mode: lookup', () => {
  it('finds the release of a version with every region, installing and building nothing', async () => {
    const built = await release('2.0.0')
    expect(errors(built)).toEqual([])
    bed.endpoint.requests.length = 0
    bed.mirror.requests.length = 0
    const found = await bed.main({
      ref: 'refs/heads/main',
      inputs: bed.inputs({ mode: 'lookup', template: template(), 'image-version': 'release-2.0.0' })
    })
    expect(errors(found)).toEqual([])
    for (const output of ['ami-id', 'amis', 'artifacts', 'builds', 'lineage', 'region'])
      expect(found.outputs[output]).toBe(built.outputs[output])
    expect(bed.mirror.requests).toEqual([])
    // It only reads: the images, and the snapshots that prove the release wrote them.
    expect(new Set(bed.endpoint.requests.map(r => r.action))).toEqual(
      new Set(['DescribeImages', 'DescribeSnapshots'])
    )
    expect(found.summary).toContain('Found release-2.0.0')
  })

  it('fails naming the version, lineage and region when there is none', async () => {
    const result = await bed.main({
      ref: 'refs/heads/main',
      inputs: bed.inputs({ mode: 'lookup', template: template(), 'image-version': 'release-9.9.9' })
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toMatch(
      /^No whole release of release-9\.9\.9 in lineage 'acme\/images:publish\/app\.pkr\.hcl' in us-east-1: no release of release-9\.9\.9\./
    )
  })
})

describe('source tags', () => {
  it('tag every AMI and snapshot with repository, commit, ref and run', async () => {
    const result = await release('3.0.0')
    const [image] = ownImages(bed.endpoint, 'us-west-2')
    const expected = {
      SourceRepository: 'acme/images',
      SourceCommit: '0123456789abcdef0123456789abcdef01234567',
      SourceRef: 'refs/tags/release-3.0.0',
      BuildRun: 'https://github.com/acme/images/actions/runs/1/attempts/1'
    }
    expect(errors(result)).toEqual([])
    expect(image?.tags).toMatchObject(expected)
    expect(
      tagsOf(bed.endpoint, 'us-west-2', image?.blockDevices[0]?.snapshotId ?? '')
    ).toMatchObject(expected)
    const primary = result.outputs['ami-id'] ?? ''
    expect(tagsOf(bed.endpoint, 'us-east-1', primary)).toMatchObject(expected)
  })
})

describe('release-notes', () => {
  it('adds the AMIs to the release of the tag, and replaces (not appends) the section on a re-run', async () => {
    const id = bed.github.seed.release('acme', 'images', {
      tag: 'release-4.0.0',
      body: 'Changes:\n- faster boot'
    })
    const first = await release('4.0.0', { 'release-notes': 'true', 'github-token': 'ghs_test' })
    expect(errors(first)).toEqual([])
    const body = () =>
      bed.github.inspect.releases('acme', 'images').find(r => r.id === id)?.body ?? ''
    expect(body()).toMatch(/^Changes:\n- faster boot\n\n<!-- packer-ami-release [0-9a-f]{12} -->/)
    expect(body()).toContain(
      `[${first.outputs['ami-id'] ?? ''}](https://us-east-1.console.aws.amazon.com/`
    )
    const once = body()
    const again = await release('4.0.0', { 'release-notes': 'true', 'github-token': 'ghs_test' })
    expect(errors(again)).toEqual([])
    expect(body()).toBe(once)
    expect(bed.github.requests.every(r => r.authorized)).toBe(true)
  })

  it('adds the AMIs to a draft release of the tag, which GitHub does not find by tag', async () => {
    const other = bed.github.seed.release('acme', 'images', { tag: 'release-9.9.9', draft: true })
    const id = bed.github.seed.release('acme', 'images', {
      tag: 'release-4.2.0',
      body: 'Draft notes',
      draft: true
    })
    const result = await release('4.2.0', { 'release-notes': 'true', 'github-token': 'ghs_test' })
    expect(errors(result)).toEqual([])
    const releases = bed.github.inspect.releases('acme', 'images')
    expect(releases.find(r => r.id === id)?.body).toMatch(
      /^Draft notes\n\n<!-- packer-ami-release [0-9a-f]{12} -->/
    )
    expect(releases.find(r => r.id === id)?.draft).toBe(true)
    expect(releases.find(r => r.id === other)?.body).toBeNull()
    expect(bed.github.requests.map(r => `${r.method} ${r.path} ${r.status}`)).toContain(
      'GET /repos/acme/images/releases/tags/release-4.2.0 404'
    )
  })

  it('a tag without a release is said in the log and the summary, not a failure', async () => {
    const result = await release('4.1.0', { 'release-notes': 'true', 'github-token': 'ghs_test' })
    expect(errors(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    const said =
      'release-notes: the tag release-4.1.0 has no GitHub Release, so there were no notes to add the AMIs to (create the release first, or run on release: published)'
    expect(result.stdout.split('\n')).toContain(said)
    expect(result.stdout).not.toContain('::notice::release-notes')
    expect(result.summary).toContain(`<p>${said}.</p>`)
    expect(result.outputs['ami-id']).toMatch(/^ami-/)
  })
})

describe('retire', () => {
  it.each([
    // Deprecated from the next minute on: EC2 refuses a time in the past.
    ['deprecate', (i: { deprecationTime: string | undefined }) => i.deprecationTime !== undefined],
    ['disable', (i: { state: string }) => i.state === 'disabled']
  ] as const)('%s: old generations stay registered, retired as asked', async (mode, retired) => {
    for (const v of ['5.0.0', '5.1.0'])
      expect(errors(await release(v, {}, `retire-${mode}/app.pkr.hcl`))).toEqual([])
    const result = await release(
      '5.2.0',
      { 'keep-generations': '1', retire: mode },
      `retire-${mode}/app.pkr.hcl`
    )
    expect(errors(result)).toEqual([])
    const images = bed.endpoint.inspect.images('us-east-1')
    expect(images).toHaveLength(4) // the source AMI and three generations
    const byName = (n: string) => images.find(i => i.name === `app-release-${n}`)
    expect(retired(byName('5.0.0') as never)).toBe(true)
    expect(retired(byName('5.1.0') as never)).toBe(true)
    expect(retired(byName('5.2.0') as never)).toBe(false)
    expect(result.summary).toContain(`retired (${mode})`)
    expect(bed.endpoint.requests.some(r => r.action === 'DeregisterImage')).toBe(false)
  })

  it('keeps shared, recently launched and protected images, and says why', async () => {
    const file = 'retire-keep/app.pkr.hcl'
    for (const v of ['6.0.0', '6.1.0', '6.2.0', '6.3.0'])
      expect(errors(await release(v, {}, file))).toEqual([])
    const id = (v: string) =>
      ownImages(bed.endpoint, 'us-east-1').find(i => i.name === `app-release-${v}`)?.id ?? ''
    // Set up as users would, through EC2's API: share one, launch one (then end it), protect one.
    const ec2 = new EC2Client({
      region: 'us-east-1',
      endpoint: bed.endpoint.url,
      credentials: { accessKeyId: 'AKIDTESTTESTTEST', secretAccessKey: 'test-secret' }
    })
    try {
      await ec2.send(
        new ModifyImageAttributeCommand({
          ImageId: id('6.0.0'),
          LaunchPermission: { Add: [{ UserId: '210987654321' }] }
        })
      )
      const { Instances = [] } = await ec2.send(
        new RunInstancesCommand({ ImageId: id('6.1.0'), MinCount: 1, MaxCount: 1 })
      )
      const ids = Instances.map(i => i.InstanceId ?? '')
      await ec2.send(new TerminateInstancesCommand({ InstanceIds: ids }))
      // Shutting down, then terminated: the instance no longer uses the image.
      await ec2.send(new DescribeInstancesCommand({ InstanceIds: ids }))
      await ec2.send(new EnableImageDeregistrationProtectionCommand({ ImageId: id('6.2.0') }))
    } finally {
      ec2.destroy()
    }
    const result = await release('6.4.0', { 'keep-generations': '1' }, file)
    expect(errors(result)).toEqual([])
    expect(
      ownImages(bed.endpoint, 'us-east-1')
        .map(i => i.name)
        .sort()
    ).toEqual(['app-release-6.0.0', 'app-release-6.1.0', 'app-release-6.2.0', 'app-release-6.4.0'])
    // Each generation is kept or retired whole, in both regions, for the reason of its image
    // in us-east-1.
    const outcomes = (v: string) =>
      retentionRows(result.summary)
        .filter(r => r.version === `release-${v}`)
        .map(r => `${r.region} ${r.outcome}`)
    const kept = (v: string, reason: string) =>
      ['us-east-1', 'us-west-2'].map(r => `${r} kept: ${id(v)} in us-east-1: ${reason}`)
    expect(outcomes('6.0.0')).toEqual(kept('6.0.0', 'it is shared with 210987654321'))
    expect(outcomes('6.1.0')).toEqual(
      kept('6.1.0', `an instance was launched from it on ${today()}, within 14 days`)
    )
    expect(outcomes('6.2.0')).toEqual(
      kept('6.2.0', 'deregistration protection is on; the action never turns it off')
    )
    // The copy first: the AMI in us-east-1 records it, so it goes last.
    expect(outcomes('6.3.0')).toEqual([
      'us-west-2 retired (deregister)',
      'us-east-1 retired (deregister)'
    ])
  })
})

describe('keep-generations when publishing fails', () => {
  // The SSM parameter and release notes are written before older images are retired, and
  // nothing is retired while publishing failed (src/modes/build.ts, retireIfPublished): the
  // parameter, which launch templates read as `resolve:ssm:<name>`, may still name an older
  // image, and that image must still launch.
  it('retires nothing, and the image the parameter still names stays', async () => {
    const file = 'retire-unpublished/app.pkr.hcl'
    const extra = { 'ssm-parameter': '/images/web/current', 'keep-generations': '1' }
    const v1 = await release('9.0.0', extra, file)
    expect(errors(v1)).toEqual([])
    const old = v1.outputs['ami-id'] ?? ''
    const named = () =>
      bed.ssm.inspect.parameters('us-east-1').find(p => p.name === '/images/web/current')?.value
    expect(named()).toBe(old)

    bed.ssm.failNext('PutParameter', 50, 'unavailable')
    const v2 = await release('9.1.0', extra, file)
    expect(v2.exitCode).toBe(1)
    expect(errors(v2).join('\n')).toMatch(/publishing them failed/)
    expect(v2.stdout).toContain(
      '::warning::Publishing failed, so no older image was retired: deploys may still use one'
    )

    expect(named()).toBe(old)
    expect(ownImages(bed.endpoint, 'us-east-1').map(i => i.id)).toContain(old)
    expect(bed.endpoint.requests.filter(r => r.action === 'DeregisterImage')).toEqual([])
  })
})
