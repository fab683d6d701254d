import type { ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { terminate } from '../../testbed/ec2/handlers.js'
import { ownImages, startReleaseBed, tagsOf, type ReleaseBed } from '../../testbed/release-bed.js'
import { errors, type StepResult } from '../../testbed/runner.js'
import { hclTemplate, jsonTemplate, nullBuild } from '../../testbed/templates.js'
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

/** Builds `app` and `other`; `other` runs `commands` locally (to fail, or to be slow). */
const appAnd = (file: string, other: string, commands?: string[]) =>
  bed.write(
    file,
    hclTemplate({
      endpoint: bed.endpoint.url,
      target: { communicator: 'none' },
      builds: [{ name: 'app' }, { name: other, ...(commands ? { localCommands: commands } : {}) }]
    })
  )

/** The job again, as "Re-run jobs" starts it: the same run, its next attempt. */
const nextAttempt = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  bed.main({ ref: TAG, inputs, env: { ...env, GITHUB_RUN_ATTEMPT: '2' } })

/**
 * Makes the release's own tags (the version key first) fail past the SDK's retries: of every
 * build, or only the last call of `build` (the version on its AMI in aws-region, after its
 * snapshots). Packer's calls and the completion records pass.
 */
function failReleaseTags(build?: string): void {
  bed.endpoint.failNext(
    'CreateTags',
    50,
    'unavailable',
    p =>
      p['Tag.1.Key'] === 'ImageVersion' &&
      (build === undefined ||
        (p['Tag.3.Key'] === 'ImageVersion:build' &&
          p['Tag.3.Value'] === build &&
          (p['ResourceId.1'] ?? '').startsWith('ami-')))
  )
}

/** The step's error when the AMIs were recorded complete but not released. */
const NOT_RELEASED =
  /The AMIs were built and recorded complete, but could not be released: .*They are kept; re-run the job to release them without building\./s

describe('a release whose builds did not all get released', () => {
  // The version tag is written once the whole release is tagged: an image of the stream that
  // carries the version is not yet a release of every build the template selects.
  it('tagging failed for one build: the re-run releases both builds, not just the tagged one', async () => {
    const inputs = inputsFor(appAnd('partial-tag/app.pkr.hcl', 'web'))
    // Only web's release tags fail; app's go through.
    failReleaseTags('amazon-ebs.web')
    const first = await bed.main({ ref: TAG, inputs })
    expect(first.exitCode).toBe(1)
    const built = ownImages(bed.endpoint, EAST)
    expect(built.map(i => i.name).sort()).toEqual([`app-${VERSION}`, `web-${VERSION}`])
    expect(errors(first).join('\n')).toMatch(NOT_RELEASED)
    const app = built.find(i => i.name === `app-${VERSION}`)?.id
    const web = built.find(i => i.name === `web-${VERSION}`)?.id
    // app is released, as a build of a release that needs web too: no release of the version yet.
    expect(tagsOf(bed.endpoint, EAST, app ?? '')).toMatchObject({
      ImageVersion: VERSION,
      'ImageVersion:builds': 'amazon-ebs.app,amazon-ebs.web'
    })
    expect(tagsOf(bed.endpoint, EAST, web ?? '')['ImageVersion']).toBeUndefined()
    expect(first.outputs['ami-id']).toBeUndefined()

    bed.endpoint.clearFaults()
    const rerun = await nextAttempt(inputs)

    expect(errors(rerun)).toEqual([])
    expect(JSON.parse(rerun.outputs['builds'] ?? '{}')).toEqual({
      'amazon-ebs.app': { [EAST]: app },
      'amazon-ebs.web': { [EAST]: web }
    })
    expect(tagsOf(bed.endpoint, EAST, web ?? '')['ImageVersion']).toBe(VERSION)
  })

  it('one build failed: the re-run after the fix releases both, and does not call it "reused"', async () => {
    const file = 'partial-build/app.pkr.hcl'
    const inputs = inputsFor(appAnd(file, 'web', ['exit 1']))
    const first = await bed.main({ ref: TAG, inputs })
    expect(first.exitCode).toBe(1)
    expect(ownImages(bed.endpoint, EAST).map(i => i.name)).toEqual([`app-${VERSION}`])

    // The provisioner is fixed; the job is re-run.
    appAnd(file, 'web')
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
    expect(errors(first).join('\n')).toMatch(NOT_RELEASED)
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

    bed.endpoint.clearFaults()
    const rerun = await nextAttempt(inputs)
    expect(errors(rerun)).toEqual([])
    expect(JSON.parse(rerun.outputs['amis'] ?? '{}')).toEqual({
      [EAST]: rerun.outputs['ami-id'],
      [WEST]: copy
    })
    expect(tagsOf(bed.endpoint, WEST, copy ?? '')['ImageVersion']).toBe(VERSION)
  })

  it('in the copy’s region only: nothing carries the version, and the re-run releases both regions', async () => {
    // Releasing (src/release/tags.ts, releaseCalls) writes the version on the copies and
    // snapshots before the image in aws-region: when the copy's region refuses it, the primary
    // never gets it either, so no one who looks by version finds a release without its copy.
    const template = bed.template('half-copy/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'ssm-parameter': '/images/app/current' })
    // The version tag of us-west-2's images fails past the SDK's retries; every other call passes.
    bed.endpoint.failNext(
      'CreateTags',
      50,
      'unavailable',
      p =>
        p['Tag.1.Key'] === 'ImageVersion' &&
        bed.endpoint.world.region(WEST).images.has(p['ResourceId.1'] ?? '')
    )
    const first = await bed.main({ ref: TAG, inputs })
    expect(first.exitCode).toBe(1)
    expect(errors(first).join('\n')).toMatch(NOT_RELEASED)
    const primary = ownImages(bed.endpoint, EAST)[0]?.id ?? ''
    const copy = ownImages(bed.endpoint, WEST)[0]?.id ?? ''
    expect(primary).not.toBe('')
    expect(copy).not.toBe('')
    expect(tagsOf(bed.endpoint, EAST, primary)['ImageVersion']).toBeUndefined()
    expect(tagsOf(bed.endpoint, WEST, copy)['ImageVersion']).toBeUndefined()
    await bed.post({ state: first.state })
    bed.endpoint.clearFaults()

    // A deploy job, without a checkout of the template, looks the version up meanwhile.
    const file = path.join(bed.job.workspace, template)
    const saved = fs.readFileSync(file, 'utf8')
    fs.rmSync(file)
    const lookup = await bed.main({
      ref: 'refs/heads/main',
      inputs: bed.inputs({ mode: 'lookup', template, 'image-version': VERSION })
    })
    fs.writeFileSync(file, saved)
    expect(lookup.exitCode).toBe(1)
    expect(errors(lookup).join('\n')).toMatch(
      new RegExp(
        `^No whole release of ${VERSION} in lineage '.*' in ${EAST}: no release of ${VERSION}\\.`
      )
    )
    expect(lookup.outputs['amis']).toBeUndefined()

    bed.endpoint.requests.length = 0
    const rerun = await nextAttempt(inputs)
    expect(errors(rerun)).toEqual([])
    expect(bed.endpoint.requests.some(r => r.action === 'RunInstances')).toBe(false)
    expect(rerun.outputs).toMatchObject({ reused: 'true', 'ami-id': primary })
    expect(JSON.parse(rerun.outputs['amis'] ?? '{}')).toEqual({ [EAST]: primary, [WEST]: copy })
    expect(tagsOf(bed.endpoint, EAST, primary)['ImageVersion']).toBe(VERSION)
    expect(tagsOf(bed.endpoint, WEST, copy)['ImageVersion']).toBe(VERSION)
    expect(JSON.parse(rerun.outputs['ssm-parameter-versions'] ?? '{}')).toEqual({
      [EAST]: 1,
      [WEST]: 1
    })
    const published = (region: string) =>
      bed.ssm.inspect.parameters(region).find(p => p.name === '/images/app/current')?.value
    expect(published(EAST)).toBe(primary)
    expect(published(WEST)).toBe(copy)
  })

  it('with a legacy JSON build named by a user variable: finishes the release under the name Packer gave it', async () => {
    // Packer renders a legacy builder's name (`app-{{user \`arch\`}}` → `app-amd64`) and marks
    // the AMI with the rendered name; the action resolves it the same way from vars and
    // defaults (src/packer/template.ts resolveBuildNames), so the re-run finds its build.
    const parsed = JSON.parse(
      jsonTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'none' },
        builds: [{ name: 'app-{{user `arch`}}' }]
      })
    ) as { variables: Record<string, string>; builders: Record<string, unknown>[] }
    parsed.variables['arch'] = ''
    for (const b of parsed.builders) b['ami_name'] = 'app-{{user `arch`}}-{{user `image_version`}}'
    const template = bed.write('legacy-name/app.json', JSON.stringify(parsed, null, 2))
    const inputs = inputsFor(template, { vars: 'arch=amd64' })
    failReleaseTags()
    const first = await bed.main({ ref: TAG, inputs })
    expect(first.exitCode).toBe(1)
    expect(errors(first).join('\n')).toMatch(NOT_RELEASED)
    const [kept] = ownImages(bed.endpoint, EAST)
    expect(kept?.name).toBe(`app-amd64-${VERSION}`)
    expect(kept?.tags['ImageVersion:build']).toBe('app-amd64')
    await bed.post({ state: first.state })
    bed.endpoint.clearFaults()

    bed.endpoint.requests.length = 0
    const rerun = await nextAttempt(inputs)
    expect(errors(rerun)).toEqual([])
    expect(bed.endpoint.requests.some(r => r.action === 'RunInstances')).toBe(false)
    expect(rerun.outputs).toMatchObject({ reused: 'true', 'ami-id': kept?.id })
    expect(JSON.parse(rerun.outputs['builds'] ?? '{}')).toEqual({
      'app-amd64': { [EAST]: kept?.id }
    })
    expect(tagsOf(bed.endpoint, EAST, kept?.id ?? '')['ImageVersion']).toBe(VERSION)
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
  // A completion record (`:complete`) of this version and lineage on an image whose instance is
  // gone says nothing of who wrote it, which run it names, when the image was made or whether
  // its build ever finished.
  it('does not adopt a 2020 image someone marked complete for this version and lineage', async () => {
    const template = bed.template('finish-forged/app.pkr.hcl')
    // An old image, made from an instance EC2 forgot long ago, with marks someone else wrote.
    const golden = bed.endpoint.seed.image(EAST, {
      name: 'golden-2020',
      creationDate: '2020-06-01T00:00:00Z',
      sourceInstanceId: 'i-0123456789abcdef0',
      tags: {
        'ImageVersion:complete': VERSION,
        'ImageVersion:lineage': 'web',
        'ImageVersion:build': 'amazon-ebs.app',
        'ImageVersion:copies': ''
      }
    })

    const result = await bed.main({
      ref: TAG,
      inputs: inputsFor(template, { lineage: 'web', 'ssm-parameter': '/images/web/current' })
    })

    // Named, and nothing built over it or removed: the action cannot prove who made it.
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toContain(
      `${golden} (amazon-ebs.app) was built by an unknown run, which did not release it; re-run that run to release it`
    )
    expect(bed.endpoint.requests.some(r => r.action === 'RunInstances')).toBe(false)
    expect(ownImages(bed.endpoint, EAST).map(i => i.id)).toContain(golden)

    expect.soft(result.outputs['ami-id']).not.toBe(golden)
    expect.soft(tagsOf(bed.endpoint, EAST, golden)['ImageVersion']).toBeUndefined()
    expect
      .soft(bed.ssm.requests.filter(r => JSON.stringify(r.params ?? r).includes(golden)))
      .toEqual([])
    expect(result.summary).not.toContain(`Released ${VERSION}`)
    expect(result.summary).not.toContain('An earlier attempt of this run built the release')
  })

  it('does not finish a 2020 image whose tags claim an earlier attempt of this run built it', async () => {
    // The run mark (`<repository>#<run id>.<attempt>`) is public and a tag anyone with CreateTags
    // can write; GitHub re-runs a run for 30 days, so an image EC2 made before that is no earlier
    // attempt's (src/stream/rules.ts, RERUN_WINDOW_MS), whatever its tags say.
    const template = bed.template('finish-forged-run/app.pkr.hcl')
    const golden = bed.endpoint.seed.image(EAST, {
      name: 'golden-2020',
      creationDate: '2020-06-01T00:00:00Z',
      sourceInstanceId: 'i-0123456789abcdef0',
      tags: {
        'ImageVersion:complete': VERSION,
        'ImageVersion:lineage': 'web',
        'ImageVersion:build': 'amazon-ebs.app',
        // The bed's GITHUB_RUN_ID is 1: "attempt 1 of this run built it completely".
        'ImageVersion:run': 'acme/images#1.1',
        'ImageVersion:copies': ''
      }
    })

    bed.endpoint.requests.length = 0
    const rerun = await nextAttempt(
      inputsFor(template, { lineage: 'web', 'ssm-parameter': '/images/web/current' })
    )

    expect(rerun.exitCode).toBe(1)
    expect(errors(rerun).join('\n')).toContain(
      `${golden} (amazon-ebs.app) is marked by acme/images#1.1, but EC2 made it on 2020-06-01T00:00:00.000Z, before an earlier attempt of this run could have`
    )
    expect(rerun.outputs['ami-id']).toBeUndefined()
    expect(tagsOf(bed.endpoint, EAST, golden)['ImageVersion']).toBeUndefined()
    expect(bed.ssm.requests.filter(r => r.action === 'PutParameter')).toEqual([])
    expect(bed.endpoint.requests.some(r => r.action === 'RunInstances')).toBe(false)
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
    // Packer never reported it, so no completion record names it.
    expect(primary?.tags['ImageVersion:complete']).toBeUndefined()
    expect(ownImages(bed.endpoint, WEST)).toEqual([])
    // The killed run still holds the version's claim: nobody dropped it.
    const claims = () =>
      bed.endpoint.inspect
        .keyPairs(EAST)
        .filter(k => k.name.startsWith('packer-ami-release-'))
        .map(k => k.tags['ImageVersion:run'])
    expect(claims()).toEqual(['acme/images#1.1'])
    // An account janitor terminates the stopped builder instance the killed run left.
    const region = bed.endpoint.world.region(EAST)
    for (const instance of region.instances.values()) {
      instance.state = instance.shownState = 'terminated'
      terminate(region, instance)
    }
    await new Promise(resolve => setTimeout(resolve, 5_000))

    const rerun = await nextAttempt(inputs)

    // The earlier attempt holds nothing any more: the re-run takes its claim over.
    // It says what the lost attempt may have left, which it cannot prove its own.
    expect(rerun.stdout).toMatch(
      new RegExp(
        `::warning::${VERSION.replace(/\./g, '\\.')} was claimed by acme/images#1\\.1 \\(earlier attempt\\), which never gave the claim up: .* an AMI with no ImageVersion tag\\) may be left, .*Taking the claim over`
      )
    )
    // A release of this template has its us-west-2 copy; the half-made image is not it, and
    // nothing is built over it: the re-run names it and stops.
    expect(rerun.exitCode).toBe(1)
    expect(errors(rerun).join('\n')).toContain(
      `AMI name 'app-${VERSION}' is already used by ${primary?.id ?? ''} in ${EAST} (no ImageVersion tag: made by hand, or left by a build that was killed), so ${VERSION} cannot take it`
    )
    expect(rerun.outputs['ami-id']).toBeUndefined()
    // It dropped its own claim when it stopped.
    expect(claims()).toEqual([])
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

describe('a job cancelled after one of its builds finished', () => {
  // Packer reports artifacts only once every build is done, and not at all when it is
  // interrupted. A build Packer says finished is recorded complete from what AWS proves is its
  // own (src/steps/build.ts, Recorder.finished): the post step keeps its AMI as part of the release,
  // and the re-run releases it with the build that was cut short, building only that one.
  it('the re-run releases the finished build’s kept AMI with the other build', async () => {
    const file = 'cancel-finished/app.pkr.hcl'
    const inputs = inputsFor(appAnd(file, 'slow', ['sleep 60']))
    const cancelled = await bed.main({
      ref: TAG,
      inputs,
      onSpawn: when("Build 'amazon-ebs.app' finished", child => child.kill('SIGINT')),
      timeoutMs: 90_000
    })
    expect(cancelled.exitCode).toBe(1)
    expect(errors(cancelled).join('\n')).toContain('cancelled')
    const post = await bed.post({ state: cancelled.state })
    expect(post.exitCode).toBe(0)
    const kept = ownImages(bed.endpoint, EAST).find(i => i.name === `app-${VERSION}`)
    expect(kept?.state).toBe('available')
    expect(kept?.tags).toHaveProperty(['ImageVersion:copies'])

    appAnd(file, 'slow')
    bed.endpoint.requests.length = 0
    const rerun = await nextAttempt(inputs)

    expect(errors(rerun)).toEqual([])
    expect(JSON.parse(rerun.outputs['builds'] ?? '{}')).toEqual({
      'amazon-ebs.app': { [EAST]: kept?.id },
      'amazon-ebs.slow': { [EAST]: expect.any(String) as unknown }
    })
    expect(tagsOf(bed.endpoint, EAST, kept?.id ?? '')['ImageVersion']).toBe(VERSION)
    expect(bed.endpoint.requests.filter(r => r.action === 'RunInstances')).toHaveLength(1)
  })
})

describe('finishing a release whose recorded copy is gone', () => {
  // A release is whole or it is not one (src/stream/model.ts, releaseSets): when a copy an
  // earlier attempt recorded no longer exists (a janitor, a person cleaning up after the red
  // job), the re-run fails naming it, and tags, outputs and publishes nothing.
  it('fails naming the copy, and releases nothing', async () => {
    const template = bed.template('lost-copy/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'ssm-parameter': '/images/app/current' })
    failReleaseTags()
    const first = await bed.main({ ref: TAG, inputs })
    expect(first.exitCode).toBe(1)
    expect(errors(first).join('\n')).toMatch(NOT_RELEASED)
    await bed.post({ state: first.state })
    bed.endpoint.clearFaults()
    const primary = ownImages(bed.endpoint, EAST)[0]?.id ?? ''
    const copy = ownImages(bed.endpoint, WEST)[0]?.id ?? ''
    expect(tagsOf(bed.endpoint, EAST, primary)['ImageVersion:copies']).toBe(`${WEST}=${copy}`)

    // The copy is deregistered before the re-run.
    bed.endpoint.world.region(WEST).images.delete(copy)

    const rerun = await nextAttempt(inputs)

    expect(rerun.exitCode).toBe(1)
    expect(errors(rerun).join('\n')).toContain(
      `${primary} records ${copy} in ${WEST} as its copy, but EC2 has no such image of this account`
    )
    expect(rerun.outputs['ami-id']).toBeUndefined()
    expect(rerun.outputs['amis']).toBeUndefined()
    expect(tagsOf(bed.endpoint, EAST, primary)['ImageVersion']).toBeUndefined()
    expect(bed.ssm.requests.filter(r => r.action === 'PutParameter')).toEqual([])
  })
})

describe('a template with a build that makes no AMI', () => {
  // A release is made of the selected builds that make an AMI (src/steps/plan.ts,
  // releaseBuilds): a `null` smoke check next to the AMI build is no part of it, so a re-run
  // of a released tag reuses the release, and a lookup with the template finds it.
  it('a re-run reuses the release, and lookup finds it', async () => {
    const template = bed.write(
      'null-check/app.pkr.hcl',
      [
        hclTemplate({
          endpoint: bed.endpoint.url,
          target: { communicator: 'none' },
          builds: [{ name: 'app' }]
        }),
        nullBuild(['echo smoke test passed'])
      ].join('\n')
    )
    const inputs = inputsFor(template)
    const first = await bed.main({ ref: TAG, inputs })
    expect(errors(first)).toEqual([])
    const ami = first.outputs['ami-id']
    expect(ami).toMatch(/^ami-/)
    expect(JSON.parse(first.outputs['builds'] ?? '{}')).toEqual({
      'amazon-ebs.app': { [EAST]: ami }
    })

    const lookup = await bed.main({
      ref: 'refs/heads/main',
      inputs: bed.inputs({ mode: 'lookup', template, 'image-version': VERSION })
    })
    expect(errors(lookup)).toEqual([])
    expect(lookup.outputs['ami-id']).toBe(ami)

    bed.endpoint.requests.length = 0
    const rerun = await nextAttempt(inputs)
    expect(errors(rerun)).toEqual([])
    expect(rerun.outputs).toMatchObject({ reused: 'true', 'ami-id': ami })
    expect(bed.endpoint.requests.some(r => r.action === 'RunInstances')).toBe(false)
  })
})

describe('a release whose builds the action cannot name', () => {
  // When a build's name is known only to Packer (here a legacy builder named from a variable
  // whose default Packer reads from the environment), the action warns that it does not know
  // which builds the release is made of (src/steps/plan.ts). A re-run then never finishes a
  // release from the images it finds: it names the complete image and stops, building nothing
  // over it and removing nothing (src/stream/rules.ts, decide).
  it('tagging failed: the re-run names the complete image and releases nothing', async () => {
    const parsed = JSON.parse(
      jsonTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'none' },
        builds: [{ name: 'app-{{user `arch`}}' }]
      })
    ) as { variables: Record<string, string>; builders: Record<string, unknown>[] }
    parsed.variables['arch'] = '{{env `IMAGE_ARCH`}}'
    for (const b of parsed.builders) b['ami_name'] = 'app-{{user `arch`}}-{{user `image_version`}}'
    const template = bed.write('unnamed/app.json', JSON.stringify(parsed, null, 2))
    const inputs = inputsFor(template)
    const env = { IMAGE_ARCH: 'amd64' }
    failReleaseTags()
    const first = await bed.main({ ref: TAG, inputs, env })
    expect(first.exitCode).toBe(1)
    expect(first.stdout).toContain('The names of some builds are known only to Packer')
    const [kept, ...more] = ownImages(bed.endpoint, EAST)
    expect(more).toEqual([])
    expect(kept?.tags['ImageVersion:build']).toBe('app-amd64')
    await bed.post({ state: first.state })
    bed.endpoint.clearFaults()

    bed.endpoint.requests.length = 0
    const rerun = await nextAttempt(inputs, env)
    expect(rerun.exitCode).toBe(1)
    expect(errors(rerun).join('\n')).toContain(
      `${kept?.id ?? ''} (app-amd64) is complete, but which builds the release is made of is not known`
    )
    expect(rerun.outputs['ami-id']).toBeUndefined()
    expect(bed.endpoint.requests.some(r => r.action === 'RunInstances')).toBe(false)
    expect(ownImages(bed.endpoint, EAST).map(i => i.id)).toEqual([kept?.id])
    expect(tagsOf(bed.endpoint, EAST, kept?.id ?? '')['ImageVersion']).toBeUndefined()
  })
})

describe('looking while another run releases the version', () => {
  // The version goes on each build's image in aws-region last, after its copies and snapshots
  // (src/release/tags.ts, releaseCalls): while a run is still tagging, its primary image carries
  // no version. A lookup then finds no release, and another run of the tag waits for the
  // releasing run, which holds the version's claim (src/steps/claim.ts, lookAndClaim), then
  // reuses the whole release.
  it('neither a lookup nor another run takes a release half-tagged; both regions once it is done', async () => {
    const template = bed.template('look-releasing/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template)
    const inWest = (id: string) =>
      bed.endpoint.world.region(WEST).images.has(id) ||
      bed.endpoint.inspect.snapshots(WEST).some(s => s.id === id)
    // Run 1 is held as its us-west-2 version tags arrive: stopped, and those calls refused (the
    // SDK retries them once it goes on), as a throttled region holds it.
    let hold = true
    let releasing: ChildProcess | undefined
    let arrived!: () => void
    const held = new Promise<void>(resolve => (arrived = resolve))
    bed.endpoint.failNext('CreateTags', 1000, 'unavailable', p => {
      if (!hold || p['Tag.1.Key'] !== 'ImageVersion' || !inWest(p['ResourceId.1'] ?? ''))
        return false
      releasing?.kill('SIGSTOP')
      arrived()
      return true
    })
    const release = () => {
      hold = false
      releasing?.kill('SIGCONT')
    }
    const first = bed.main({
      ref: TAG,
      inputs,
      onSpawn: child => (releasing = child),
      timeoutMs: 170_000
    })
    let second: Promise<StepResult> | undefined
    try {
      // If the call never comes, run 1 ends first, and the assertions below say so.
      await Promise.race([held, first])
      const primary = ownImages(bed.endpoint, EAST)[0]?.id ?? ''
      const copy = ownImages(bed.endpoint, WEST)[0]?.id ?? ''
      expect(tagsOf(bed.endpoint, EAST, primary)['ImageVersion']).toBeUndefined()
      expect(tagsOf(bed.endpoint, WEST, copy)['ImageVersion']).toBeUndefined()

      const lookup = await bed.main({
        ref: 'refs/heads/main',
        inputs: bed.inputs({ mode: 'lookup', template, 'image-version': VERSION })
      })
      expect(lookup.exitCode).toBe(1)
      expect(errors(lookup).join('\n')).toMatch(
        new RegExp(
          `^No whole release of ${VERSION} in lineage '.*' in ${EAST}: no release of ${VERSION}\\.`
        )
      )
      expect(lookup.outputs['amis']).toBeUndefined()

      // Another run of the tag (another push, a workflow_dispatch) looks now.
      let waiting!: () => void
      const waits = new Promise<void>(resolve => (waiting = resolve))
      let ended = false
      second = bed.main({
        ref: TAG,
        inputs,
        env: { GITHUB_RUN_ID: '2' },
        onSpawn: when('is being built or released by acme/images#1.1: waiting', () => waiting())
      })
      void second.then(() => (ended = true))
      await Promise.race([waits, second])
      expect(ended, 'the second run ended instead of waiting').toBe(false)

      release()
      const one = await first
      expect(errors(one)).toEqual([])
      const whole = { [EAST]: primary, [WEST]: copy }
      expect(JSON.parse(one.outputs['amis'] ?? '{}')).toEqual(whole)
      expect(tagsOf(bed.endpoint, EAST, primary)['ImageVersion']).toBe(VERSION)
      expect(tagsOf(bed.endpoint, WEST, copy)['ImageVersion']).toBe(VERSION)

      const two = await second
      expect(errors(two)).toEqual([])
      expect(two.stdout).toContain(
        `${VERSION} is being built or released by acme/images#1.1: waiting for it`
      )
      expect(two.stdout).toContain(
        `${VERSION} already exists (${primary} (amazon-ebs.app, ${EAST}))`
      )
      expect(two.outputs['reused']).toBe('true')
      expect(JSON.parse(two.outputs['amis'] ?? '{}')).toEqual(whole)

      const third = await bed.main({ ref: TAG, inputs, env: { GITHUB_RUN_ID: '3' } })
      expect(errors(third)).toEqual([])
      expect(third.outputs['reused']).toBe('true')
      expect(JSON.parse(third.outputs['amis'] ?? '{}')).toEqual(whole)
    } finally {
      release()
      await Promise.allSettled([first, second])
    }
  })
})
