import * as fs from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ownImages } from '../../testbed/release-bed.js'
import { EAST, PARAMETER, WEST, tag, useReleaseBed } from '../helpers/release-bed.js'
import { errors, type StepResult } from '../../testbed/runner.js'

const { bed, inputsFor, parameterIn } = useReleaseBed()

const STAMPED = '"app-${var.image_version}-${formatdate("hhmmss", timestamp())}${uuidv4()}"'
const everyImage = () =>
  [EAST, WEST].flatMap(region =>
    ownImages(bed.endpoint, region).map(
      i =>
        `${region} ${i.id} ${i.tags['ImageVersion'] ?? 'unreleased'} ${i.tags['ImageVersion:run'] ?? '-'}`
    )
  )

/** A run of release-1.0.0's job: run `run`, attempt `attempt`. */
const release = (inputs: Record<string, string>, run: number, attempt = 1) =>
  bed.main({
    ref: tag('release-1.0.0'),
    inputs,
    env: { GITHUB_RUN_ID: String(run), GITHUB_RUN_ATTEMPT: String(attempt) }
  })

/** The release's version tag of the builds `failing` accepts fails, so the release stops there. */
const versionTagFails = (failing: (build: string | undefined) => boolean, times = 50) =>
  bed.endpoint.failNext(
    'CreateTags',
    times,
    'unavailable',
    p =>
      p['Tag.1.Key'] === 'ImageVersion' &&
      failing(p['Tag.3.Value']) &&
      Object.values(p).includes('ImageVersion:builds')
  )

/** A deploy job's lookup of release-1.0.0. */
const lookup = (template: string, extra: Record<string, string> = {}) =>
  bed.main({
    ref: 'refs/heads/main',
    inputs: inputsFor(template, { mode: 'lookup', 'image-version': 'release-1.0.0', ...extra })
  })

/** `found` outputs the release `run` made, whole. */
const expectRelease = (found: StepResult, run: StepResult) => {
  expect(errors(found)).toEqual([])
  for (const output of ['ami-id', 'amis', 'builds'])
    expect(found.outputs[output], output).toBe(run.outputs[output])
}

describe('a rebuild whose release tagging failed, re-run', () => {
  it('releases what attempt 1 built, or removes it: nothing is left unreleased', async () => {
    const template = bed.template('attack-rebuild-outage/app.pkr.hcl', {
      builds: [{ name: 'app', amiName: STAMPED, amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'on-existing': 'rebuild' })
    expect(errors(await release(inputs, 10))).toEqual([])

    bed.endpoint.failNext('CreateTags', 50, 'unavailable', p => p['Tag.1.Key'] === 'ImageVersion')
    const attempt1 = await release(inputs, 11)
    await bed.post({ state: attempt1.state })
    bed.endpoint.clearFaults()

    expect(errors(await release(inputs, 11, 2))).toEqual([])
    expect(everyImage().filter(l => l.includes('unreleased'))).toEqual([])
  })
})

describe('a rebuild of several builds whose release stopped after one build was tagged', () => {
  it('lookup outputs one release whole, never a rebuilt AMI beside an old one', async () => {
    const template = bed.template('rebuild-mixed/app.pkr.hcl', {
      builds: [
        { name: 'a', amiName: STAMPED, amiRegions: [WEST] },
        { name: 'b', amiName: STAMPED, amiRegions: [WEST] }
      ]
    })
    const inputs = inputsFor(template, { 'on-existing': 'rebuild' })
    const first = await release(inputs, 10)
    expect(errors(first)).toEqual([])

    // Build b's AMI in the release's region never gets the version: the release stops half way.
    versionTagFails(build => build === 'amazon-ebs.b')
    const attempt1 = await release(inputs, 11)
    expect(errors(attempt1)).not.toEqual([])
    await bed.post({ state: attempt1.state })
    bed.endpoint.clearFaults()

    expectRelease(await lookup(template), first)
    // The same answer for one build alone: the rebuild is not released until it is whole.
    const one = await lookup(template, {
      only: 'amazon-ebs.a',
      lineage: first.outputs['lineage'] ?? ''
    })
    expect(errors(one)).toEqual([])
    expect(one.outputs['ami-id']).toBe(first.outputs['ami-id'])

    const attempt2 = await release(inputs, 11, 2)
    expect(errors(attempt2)).toEqual([])
    const after = await lookup(template)
    expectRelease(after, attempt2)
    expect(after.outputs['builds']).not.toBe(first.outputs['builds'])
  })
})

describe('a rebuild of one build of a release, with only', () => {
  it('keeps the other builds in the release: lookup still outputs the first build as ami-id', async () => {
    const template = bed.template('rebuild-only/app.pkr.hcl', {
      builds: [
        { name: 'a', amiName: STAMPED },
        { name: 'b', amiName: STAMPED }
      ]
    })
    const inputs = (extra: Record<string, string> = {}) =>
      inputsFor(template, {
        lineage: 'web',
        'on-existing': 'rebuild',
        'ssm-parameter': PARAMETER,
        ...extra
      })
    const first = await release(inputs(), 10)
    expect(errors(first)).toEqual([])
    const before = JSON.parse(first.outputs['builds'] ?? '{}') as Record<string, unknown>

    const rebuilt = await release(inputs({ only: 'amazon-ebs.b' }), 11)
    expect(errors(rebuilt)).toEqual([])
    const newB = JSON.parse(rebuilt.outputs['builds'] ?? '{}') as Record<string, unknown>
    expect(newB['amazon-ebs.b']).not.toEqual(before['amazon-ebs.b'])
    // The parameter (no {build}) holds the first build's AMI: not the rebuilt other one.
    expect(parameterIn(EAST)).toBe(first.outputs['ami-id'])

    // A deploy job that has not checked the template out.
    fs.rmSync(path.join(bed.job.workspace, template))
    const found = await lookup(template, { lineage: 'web' })
    expect(errors(found)).toEqual([])
    expect(found.outputs['ami-id']).toBe(first.outputs['ami-id'])
    expect(JSON.parse(found.outputs['builds'] ?? '{}')).toEqual({
      'amazon-ebs.a': before['amazon-ebs.a'],
      'amazon-ebs.b': newB['amazon-ebs.b']
    })
  })
})

describe('a rebuild whose attempt 1 built one build, and whose attempt 2 stopped tagging', () => {
  it('lookup outputs one release whole, never what attempt 1 built beside the old AMI of another build', async () => {
    const builds = (failing: boolean) => [
      { name: 'a', amiName: STAMPED, amiRegions: [WEST] },
      {
        name: 'b',
        amiName: STAMPED,
        amiRegions: [WEST],
        ...(failing ? { localCommands: ['exit 1'] } : {})
      }
    ]
    const file = 'rebuild-attempts/app.pkr.hcl'
    const template = bed.template(file, { builds: builds(false) })
    const inputs = inputsFor(template, { 'on-existing': 'rebuild' })
    const first = await release(inputs, 10)
    expect(errors(first)).toEqual([])

    // Attempt 1 of the rebuild: a is built and recorded complete, b fails.
    bed.template(file, { builds: builds(true) })
    const attempt1 = await release(inputs, 11)
    expect(errors(attempt1)).not.toEqual([])
    await bed.post({ state: attempt1.state })

    // Attempt 2 finishes attempt 1's a and builds b; b's AMI never gets the version.
    bed.template(file, { builds: builds(false) })
    versionTagFails(build => build === 'amazon-ebs.b')
    const attempt2 = await release(inputs, 11, 2)
    expect(errors(attempt2)).not.toEqual([])
    await bed.post({ state: attempt2.state })
    bed.endpoint.clearFaults()

    expectRelease(await lookup(template), first)

    // Attempt 3 tags the rest: the rebuild is the release.
    const attempt3 = await release(inputs, 11, 3)
    expect(errors(attempt3)).toEqual([])
    const after = await lookup(template)
    expectRelease(after, attempt3)
    expect(after.outputs['builds']).not.toBe(first.outputs['builds'])
  })
})

describe('a rebuild that adds a build, whose release stopped after one build was tagged', () => {
  it('a lookup without the template outputs the release it replaces, whole', async () => {
    const a = { name: 'a', amiName: STAMPED, amiRegions: [WEST] }
    const b = { name: 'b', amiName: STAMPED, amiRegions: [WEST] }
    const c = { name: 'c', amiName: STAMPED, amiRegions: [WEST] }
    const file = 'rebuild-adds/app.pkr.hcl'
    const template = bed.template(file, { builds: [a, b] })
    const inputs = inputsFor(template, { 'on-existing': 'rebuild' })
    const first = await release(inputs, 10)
    expect(errors(first)).toEqual([])

    // The template gets build c; the rebuild tags a, and its release stops there.
    bed.template(file, { builds: [a, b, c] })
    versionTagFails(build => build !== 'amazon-ebs.a', 100)
    const rebuild = await release(inputs, 11)
    expect(errors(rebuild)).not.toEqual([])
    await bed.post({ state: rebuild.state })
    bed.endpoint.clearFaults()

    // A deploy job that did not check the template out.
    const elsewhere = (): Promise<StepResult> =>
      lookup('not-checked-out/app.pkr.hcl', { lineage: first.outputs['lineage'] ?? '' })
    expectRelease(await elsewhere(), first)

    // The rebuild's job run again tags the rest: then its release, with c, is the one found.
    const attempt2 = await release(inputs, 11, 2)
    expect(errors(attempt2)).toEqual([])
    const after = await elsewhere()
    expect(errors(after)).toEqual([])
    expect(after.outputs['builds']).toBe(attempt2.outputs['builds'])
    expect(Object.keys(JSON.parse(after.outputs['builds'] ?? '{}') as object)).toHaveLength(3)
  })
})
