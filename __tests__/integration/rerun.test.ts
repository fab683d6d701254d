import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { terminate } from '../../testbed/ec2/handlers.js'
import { ownImages, startReleaseBed, tagsOf, type ReleaseBed } from '../../testbed/release-bed.js'
import { errors } from '../../testbed/runner.js'
import { hclTemplate } from '../../testbed/templates.js'
import { killTree, when } from '../helpers/steps.js'

/**
 * Re-runs, half-made releases and the records they trust. A re-run of a job finishes what an
 * earlier attempt of the same run left (README, "Re-runs, concurrent runs and failed tagging"),
 * and a release is released whole, with every build the template selects and every copy, or not
 * at all. An unreleased image becomes part of a release only when this run's own record marks
 * its build complete, and a recorded copy counts only when EC2 shows it is a copy of the release.
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

const VERSION = 'release-4.0.0'
const TAG = `refs/tags/${VERSION}`
const EAST = 'us-east-1'
const WEST = 'us-west-2'

/** Inputs for `template`, without Ansible. */
const inputsFor = (template: string, extra: Record<string, string> = {}) =>
  bed.inputs({ template, 'ansible-version': 'none', ...extra })

/** The job again, as "Re-run jobs" starts it: the same run, its next attempt. */
const nextAttempt = (inputs: Record<string, string>) =>
  bed.main({ ref: TAG, inputs, env: { GITHUB_RUN_ATTEMPT: '2' } })

/**
 * Makes the release's own tags (the version key first) fail past the SDK's retries, of every
 * build or of `build` only; Packer's calls and the early marks pass.
 */
function failReleaseTags(build?: string): void {
  bed.endpoint.failNext(
    'CreateTags',
    50,
    'unavailable',
    p => p['Tag.1.Key'] === 'ImageVersion' && (build === undefined || p['Tag.2.Value'] === build)
  )
}

describe('a release whose builds did not all get released', () => {
  // The version tag is written once the whole release is tagged: an image of the stream that
  // carries the version is not yet a release of every build the template selects.
  const twoBuilds = (file: string, webFails: boolean) =>
    bed.write(
      file,
      hclTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'none' },
        builds: [
          { name: 'app' },
          { name: 'web', ...(webFails ? { localCommands: ['exit 1'] } : {}) }
        ]
      })
    )

  it('tagging failed for one build: the re-run releases both builds, not just the tagged one', async () => {
    const inputs = inputsFor(twoBuilds('partial-tag/app.pkr.hcl', false))
    // Only web's release tags fail; app's go through.
    failReleaseTags('amazon-ebs.web')
    const first = await bed.main({ ref: TAG, inputs })
    expect(first.exitCode).toBe(1)
    const built = ownImages(bed.endpoint, EAST)
    expect(built.map(i => i.name).sort()).toEqual([`app-${VERSION}`, `web-${VERSION}`])
    expect(errors(first).join('\n')).toMatch(/could not be tagged.*re-run the job/s)
    const web = built.find(i => i.name === `web-${VERSION}`)?.id

    bed.endpoint.clearFaults()
    const rerun = await nextAttempt(inputs)

    expect(errors(rerun)).toEqual([])
    expect(JSON.parse(rerun.outputs['builds'] ?? '{}')).toEqual({
      'amazon-ebs.app': { [EAST]: expect.any(String) as unknown },
      'amazon-ebs.web': { [EAST]: web }
    })
    expect(tagsOf(bed.endpoint, EAST, web ?? '')['ImageVersion']).toBe(VERSION)
  })

  it('one build failed: the re-run after the fix releases both, and does not call it "reused"', async () => {
    const file = 'partial-build/app.pkr.hcl'
    const inputs = inputsFor(twoBuilds(file, true))
    const first = await bed.main({ ref: TAG, inputs })
    expect(first.exitCode).toBe(1)
    expect(ownImages(bed.endpoint, EAST).map(i => i.name)).toEqual([`app-${VERSION}`])

    // The provisioner is fixed; the job is re-run.
    twoBuilds(file, false)
    const rerun = await nextAttempt(inputs)

    expect(errors(rerun)).toEqual([])
    expect(Object.keys(JSON.parse(rerun.outputs['builds'] ?? '{}') as object).sort()).toEqual([
      'amazon-ebs.app',
      'amazon-ebs.web'
    ])
    expect(rerun.outputs['reused']).not.toBe('true')
  })
})

describe('tagging that fails past the retries, then a re-run', () => {
  it('with encrypt_boot: finishes the release without building', async () => {
    // Packer announces (`AMI: ...`) only the intermediate AMI of a random name, which it
    // deregisters once it has copied it encrypted: the released AMI must still be found.
    const template = bed.template('encrypt/app.pkr.hcl', {
      builds: [{ name: 'app', extra: ['encrypt_boot = true'] }]
    })
    failReleaseTags()
    const inputs = inputsFor(template)
    const first = await bed.main({ ref: TAG, inputs })
    expect(first.exitCode).toBe(1)
    expect(errors(first).join('\n')).toMatch(/could not be tagged.*re-run the job/s)
    const built = ownImages(bed.endpoint, EAST)
    expect(built).toHaveLength(1)
    const post = await bed.post({ state: first.state })
    expect(post.stdout).not.toMatch(/Removed a leftover image/)

    bed.endpoint.clearFaults()
    bed.endpoint.requests.length = 0
    const rerun = await nextAttempt(inputs)
    expect(errors(rerun)).toEqual([])
    expect(rerun.outputs).toMatchObject({ reused: 'true', 'ami-id': built[0]?.id })
    expect(bed.endpoint.requests.some(r => r.action === 'RunInstances')).toBe(false)
  })

  it('on an EC2 without source fields: finishes the release with every region it was copied to', async () => {
    // Such an EC2 reports no SourceInstanceId or SourceImageId: the copies come from the
    // build's own record.
    bed.endpoint.configure({ legacyImageFields: true })
    const template = bed.template('legacy-finish/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    failReleaseTags()
    const inputs = inputsFor(template)
    const first = await bed.main({ ref: TAG, inputs })
    expect(first.exitCode).toBe(1)
    const copy = ownImages(bed.endpoint, WEST)[0]?.id
    expect(copy).toBeDefined()
    const post = await bed.post({ state: first.state })
    expect(post.stdout).not.toMatch(/Removed a leftover image/)

    const rerun = await nextAttempt(inputs)
    expect(errors(rerun)).toEqual([])
    expect(JSON.parse(rerun.outputs['amis'] ?? '{}')).toEqual({
      [EAST]: rerun.outputs['ami-id'],
      [WEST]: copy
    })
    expect(tagsOf(bed.endpoint, WEST, copy ?? '')['ImageVersion']).toBe(VERSION)
  })
})

describe('a finished release is a release', () => {
  it('retires the older generations as keep-generations says', async () => {
    const template = bed.template('finish-retire/app.pkr.hcl')
    const inputs = inputsFor(template, { 'keep-generations': '1' })
    const older = await bed.main({ ref: 'refs/tags/release-3.9.0', inputs })
    expect(errors(older)).toEqual([])
    failReleaseTags()
    const first = await bed.main({ ref: TAG, inputs })
    expect(first.exitCode).toBe(1)
    // The failed attempt released nothing, so it retired nothing.
    expect(ownImages(bed.endpoint, EAST).map(i => i.id)).toContain(older.outputs['ami-id'])

    bed.endpoint.clearFaults()
    const rerun = await nextAttempt(inputs)
    expect(errors(rerun)).toEqual([])
    expect(ownImages(bed.endpoint, EAST).map(i => i.id)).toEqual([rerun.outputs['ami-id']])
    expect(rerun.summary).toContain(older.outputs['ami-id'])
  })
})

describe('finishing a release adopts only this release’s own build', () => {
  // A `:pending` mark of this version and lineage on an image whose instance is gone says
  // nothing of who wrote it, which run it names, when the image was made or whether its build
  // ever finished.
  it('does not adopt a 2020 image someone marked `:pending` for this version and lineage', async () => {
    const template = bed.template('finish-forged/app.pkr.hcl')
    // An old image, made from an instance EC2 forgot long ago, with marks someone else wrote.
    const golden = bed.endpoint.seed.image(EAST, {
      name: 'golden-2020',
      creationDate: '2020-06-01T00:00:00Z',
      sourceInstanceId: 'i-0123456789abcdef0',
      tags: {
        'ImageVersion:pending': VERSION,
        'ImageVersion:lineage': 'web',
        'ImageVersion:build': 'amazon-ebs.app'
      }
    })

    const result = await bed.main({
      ref: TAG,
      inputs: inputsFor(template, { lineage: 'web', 'ssm-parameter': '/images/web/current' })
    })

    expect.soft(result.outputs['ami-id']).not.toBe(golden)
    expect.soft(tagsOf(bed.endpoint, EAST, golden)['ImageVersion']).toBeUndefined()
    expect
      .soft(bed.ssm.requests.filter(r => JSON.stringify(r.params ?? r).includes(golden)))
      .toEqual([])
    expect(result.summary).not.toContain(`Released ${VERSION}`)
    expect(result.summary).not.toContain('An earlier attempt of this run built the release')
  })

  it('does not release a killed run’s AMI whose copy to another region never started', async () => {
    // The primary AMI takes a few seconds; the runner kills the whole tree (its post step never
    // runs: the runner itself was lost) while Packer waits for it, before it copies anything.
    bed.endpoint.configure({ imageAvailableAfterMs: 6_000 })
    const template = bed.template('finish-killed/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template)
    const killed = await bed.main({
      ref: TAG,
      inputs,
      detached: true,
      onSpawn: when('Waiting for AMI to become ready', child =>
        setTimeout(() => killTree(child), 1_500)
      ),
      timeoutMs: 60_000
    })
    expect(killed.signal).toBe('SIGKILL')
    const [primary] = ownImages(bed.endpoint, EAST)
    expect(primary?.tags['ImageVersion:pending']).toBe(VERSION)
    expect(ownImages(bed.endpoint, WEST)).toEqual([])
    // An account janitor terminates the stopped builder instance the killed run left.
    const region = bed.endpoint.world.region(EAST)
    for (const instance of region.instances.values()) {
      instance.state = instance.shownState = 'terminated'
      terminate(region, instance)
    }
    await new Promise(resolve => setTimeout(resolve, 5_000))

    const rerun = await nextAttempt(inputs)

    // A release of this template has its us-west-2 copy; the half-made image is not it, and
    // nothing is built over it: the re-run names it and stops.
    expect(rerun.exitCode).toBe(1)
    expect(errors(rerun).join('\n')).toContain(
      `${primary?.id ?? ''} (amazon-ebs.app) was left unfinished`
    )
    expect(rerun.outputs['ami-id']).toBeUndefined()
    expect(tagsOf(bed.endpoint, EAST, primary?.id ?? '')['ImageVersion']).toBeUndefined()
    expect(ownImages(bed.endpoint, WEST)).toEqual([])
  })
})

describe('reuse and a copies record someone else wrote', () => {
  // The copies record (`ImageVersion:copies`) on a released image is a tag anyone with
  // CreateTags can rewrite: an image it names is no copy of the release unless EC2 says it was
  // copied from it and it carries the release's tags.
  it('fails naming the record, and neither outputs nor publishes the foreign image', async () => {
    const template = bed.template('copies/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'ssm-parameter': '/images/app/current' })
    const first = await bed.main({ ref: TAG, inputs })
    expect(errors(first)).toEqual([])
    const primary = first.outputs['ami-id'] ?? ''
    const copy = ownImages(bed.endpoint, WEST)[0]?.id ?? ''
    expect(copy).not.toBe('')

    const foreign = bed.endpoint.seed.image(WEST, {
      name: 'golden-2020',
      creationDate: '2020-06-01T00:00:00Z'
    })
    const image = bed.endpoint.world.region(EAST).images.get(primary)
    if (!image) throw new Error('no primary image')
    image.tags['ImageVersion:copies'] = `${WEST}=${foreign}`

    const rerun = await nextAttempt(inputs)
    expect(rerun.exitCode).toBe(1)
    expect(errors(rerun).join('\n')).toContain(
      `${primary} records ${foreign} in ${WEST} as its copy, but`
    )
    expect(rerun.outputs['ami-id']).toBeUndefined()
    expect(rerun.outputs['amis']).toBeUndefined()
    expect(bed.endpoint.world.region(WEST).images.has(foreign)).toBe(true)
    expect(
      bed.ssm.requests.filter(
        r => r.action === 'PutParameter' && JSON.stringify(r.params).includes(foreign)
      )
    ).toEqual([])
  })
})
