import { describe, expect, it } from 'vitest'
import type { ImageSeed } from '../../testbed/ec2/seed.js'
import { ownImages, tagsOf } from '../../testbed/release-bed.js'
import { EAST, PARAMETER, WEST, tag, useReleaseBed } from '../helpers/release-bed.js'
import { errors } from '../../testbed/runner.js'
import { amisOf } from '../helpers/steps.js'

const { bed, inputsFor, exists, parameterIn } = useReleaseBed()

/**
 * Releases 1.0.0 of one build (copied to `copies`), then makes, as someone else would, an image
 * in the release's region that carries every tag of the release's AMI.
 */
async function releaseThenTagged(
  file: string,
  image: (primary: string) => Omit<ImageSeed, 'tags' | 'creationDate'>,
  copies = [WEST],
  retag: Record<string, string> = {}
) {
  const template = bed.template(file, { builds: [{ name: 'app', amiRegions: copies }] })
  const inputs = inputsFor(template, { 'ssm-parameter': PARAMETER })
  const first = await bed.main({ ref: tag('release-1.0.0'), inputs, env: { GITHUB_RUN_ID: '10' } })
  expect(errors(first)).toEqual([])
  const ours = amisOf(first)
  const primary = ours[EAST] ?? ''
  const other = bed.endpoint.seed.image(EAST, {
    ...image(primary),
    tags: { ...tagsOf(bed.endpoint, EAST, primary), ...retag },
    creationDate: new Date(Date.now() + 60_000)
  })
  /** A run of `version`'s job; `id` is its run and attempt, as `10.2`. */
  const run = (version: string, id: string, extra: Record<string, string> = {}) =>
    bed.main({
      ref: tag(version),
      inputs: { ...inputs, ...extra },
      env: { GITHUB_RUN_ID: id.split('.')[0] ?? id, GITHUB_RUN_ATTEMPT: id.split('.')[1] ?? '1' }
    })
  const lookup = () =>
    bed.main({
      ref: 'refs/heads/main',
      inputs: bed.inputs({ mode: 'lookup', template, 'image-version': 'release-1.0.0' })
    })
  return { ours, primary, other, run, lookup }
}

/** CopyImage with CopyImageTags=true in the release's region, as another team's copy. */
const copyOf = (primary: string) => ({
  name: 'someone-elses-copy',
  sourceImageId: primary,
  sourceImageRegion: EAST
})

describe('a copy someone else made of a release, in the release region, with its tags (CopyImage CopyImageTags=true)', () => {
  it('is neither looked up, reused, published nor retired', async () => {
    const forged = 'attack-forged-copy/app.pkr.hcl'
    const { primary, other, run, lookup } = await releaseThenTagged(forged, copyOf)
    const found = await lookup()
    const rerun = await run('release-1.0.0', '10.2')
    expect(found.outputs['ami-id']).toBe(primary)
    expect(rerun.outputs['ami-id']).toBe(primary)

    expect(errors(await run('release-2.0.0', '20', { 'keep-generations': '1' }))).toEqual([])
    expect(exists(EAST, primary)).toBe(false)
    // The release it was copied from is gone now: the copy is still someone else's.
    expect(errors(await run('release-3.0.0', '30', { 'keep-generations': '1' }))).toEqual([])
    expect(exists(EAST, other)).toBe(true)
  })

  it('of a release with no copies is not looked up as that release once the release is retired', async () => {
    const file = 'lookup-attack-copy/app.pkr.hcl'
    const { primary, other, run, lookup } = await releaseThenTagged(file, copyOf, [])
    expect(errors(await run('release-2.0.0', '20', { 'keep-generations': '1' }))).toEqual([])
    expect([exists(EAST, primary), exists(EAST, other)]).toEqual([false, true])

    const found = await lookup()
    expect(found.outputs['ami-id'] ?? '').toBe('')
    expect(errors(found).join('\n')).toMatch(/release-1\.0\.0/)
  })
})

/** A hotfix image made from an instance, given every tag of the release's AMI after the release. */
const byHand = () => ({ name: 'hotfix-by-hand', sourceInstanceId: 'i-0123456789abcdef0' })

describe('an AMI someone made and tagged by hand with the tags of a release', () => {
  it.each([
    ['that has copies (its record of the copies too)', 'hand-tagged/app.pkr.hcl', [WEST], true],
    // Retention keeps a generation whole while an image it cannot prove its own stands in it.
    ['that has no copies', 'hand-tagged-single/app.pkr.hcl', [], false]
  ])(
    '%s is not taken for the release by a re-run or a lookup, and is never retired',
    async (_what, file, copies, retired) => {
      const { ours, primary, other, run, lookup } = await releaseThenTagged(file, byHand, copies)
      const found = await lookup()
      expect(errors(found)).toEqual([])
      expect(amisOf(found)).toEqual(ours)
      const rerun = await run('release-1.0.0', '10.2')
      expect(errors(rerun)).toEqual([])
      expect(rerun.outputs['reused']).toBe('true')
      expect(amisOf(rerun)).toEqual(ours)
      expect(parameterIn(EAST)).toBe(primary)

      expect(errors(await run('release-2.0.0', '20', { 'keep-generations': '1' }))).toEqual([])
      // The release is retired (or kept) whole; the image made by hand is not the action's to touch.
      expect(Object.entries(ours).map(([region, id]) => exists(region, id))).toEqual(
        Object.keys(ours).map(() => !retired)
      )
      expect(exists(EAST, other)).toBe(true)
    }
  )
})

describe('an AMI someone tagged by hand with the tags of a release and a version of their own', () => {
  it('is no generation keep-generations counts: the releases it would push out are kept', async () => {
    const file = 'hand-tagged-hotfix/app.pkr.hcl'
    const hotfix = { ImageVersion: 'release-1.0.1' }
    const { ours, other, run } = await releaseThenTagged(file, byHand, [], hotfix)
    // Two generations kept: 2.0.0 and 1.0.0, the only releases; the hotfix image is none.
    expect(errors(await run('release-2.0.0', '20', { 'keep-generations': '2' }))).toEqual([])
    expect(exists(EAST, ours[EAST])).toBe(true)
    expect(exists(EAST, other)).toBe(true)
  })
})

describe("a release's AMI someone tagged by hand with another version", () => {
  it('is not taken for a release of that version: its snapshots carry the version it was released as', async () => {
    const template = bed.template('retagged/app.pkr.hcl', { builds: [{ name: 'app' }] })
    const inputs = inputsFor(template, { 'ssm-parameter': PARAMETER })
    const env = (id: string) => ({ GITHUB_RUN_ID: id })
    const first = await bed.main({ ref: tag('release-1.0.0'), inputs, env: env('10') })
    expect(errors(first)).toEqual([])
    const old = first.outputs['ami-id'] ?? ''
    // "Promoted" by hand: the AMI of 1.0.0 now says it is 2.0.0; its snapshot still says 1.0.0.
    const image = bed.endpoint.world.region(EAST).images.get(old)
    if (image) image.tags['ImageVersion'] = 'release-2.0.0'

    const found = await bed.main({
      ref: 'refs/heads/main',
      inputs: bed.inputs({ mode: 'lookup', template, 'image-version': 'release-2.0.0' })
    })
    expect(found.outputs['ami-id'] ?? '').toBe('')
    const second = await bed.main({ ref: tag('release-2.0.0'), inputs, env: env('20') })
    expect(errors(second)).toEqual([])
    expect(second.outputs['reused']).toBe('false')
    expect(second.outputs['ami-id']).not.toBe(old)
    expect(parameterIn(EAST)).toBe(second.outputs['ami-id'])
  })
})

describe('an AMI someone tags by hand with the tags of a release while its run publishes it', () => {
  it('with a version of their own, is not followed by the SSM parameter as a newer release', async () => {
    const template = bed.template('hotfix-while-published/app.pkr.hcl')
    const inputs = inputsFor(template, { 'ssm-parameter': PARAMETER })
    const env = (id: string) => ({ GITHUB_RUN_ID: id })
    expect(errors(await bed.main({ ref: tag('release-1.0.0'), inputs, env: env('10') }))).toEqual(
      []
    )
    let hotfix = ''
    bed.ssm.beforeNext('PutParameter', () => {
      const released = ownImages(bed.endpoint, EAST).find(
        i => i.tags['ImageVersion'] === 'release-2.0.0'
      )
      hotfix = bed.endpoint.seed.image(EAST, {
        ...byHand(),
        tags: { ...released?.tags, ImageVersion: 'release-2.0.1' },
        creationDate: new Date(Date.now() + 60_000)
      })
    })
    const second = await bed.main({ ref: tag('release-2.0.0'), inputs, env: env('20') })
    expect(hotfix).not.toBe('')
    expect(errors(second)).toEqual([])
    expect(parameterIn(EAST)).toBe(second.outputs['ami-id'])
  })
})

describe('an AMI someone tagged by hand with the tags of a release and the version of a later tag', () => {
  it("does not make that tag's release as old as the release whose tags it copied", async () => {
    const hotfix = { ImageVersion: 'release-1.0.1' }
    const file = 'hand-labelled-hotfix/app.pkr.hcl'
    const { run } = await releaseThenTagged(file, byHand, [], hotfix)
    expect(errors(await run('release-2.0.0', '20'))).toEqual([])
    // 1.0.1 is tagged after 2.0.0: its run is the newest, so its release is the newest.
    const later = await run('release-1.0.1', '30')
    expect(errors(later)).toEqual([])
    expect(later.outputs['reused']).toBe('false')
    expect(parameterIn(EAST)).toBe(later.outputs['ami-id'])
  })
})

describe('an AMI someone tagged by hand with the tags of a newer release and a version of their own', () => {
  it('does not make an older release whose copy someone removed one retention would retire', async () => {
    const template = bed.template('hotfix-partly/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'keep-generations': '2' })
    const run = (version: string, id: string) =>
      bed.main({
        ref: tag(version),
        inputs,
        env: { GITHUB_RUN_ID: id.split('.')[0] ?? id, GITHUB_RUN_ATTEMPT: id.split('.')[1] ?? '1' }
      })
    const first = await run('release-1.0.0', '10')
    expect(errors(first)).toEqual([])
    expect(errors(await run('release-2.0.0', '20'))).toEqual([])
    const newer = ownImages(bed.endpoint, EAST).find(
      i => i.tags['ImageVersion'] === 'release-2.0.0'
    )
    // A hotfix labelled 2.0.1 with 2.0.0's tags (its record of copies left out).
    bed.endpoint.seed.image(EAST, {
      ...byHand(),
      tags: { ...newer?.tags, ImageVersion: 'release-2.0.1', 'ImageVersion:copies': '' },
      creationDate: new Date(Date.now() + 60_000)
    })
    // Someone deregisters 1.0.0's copy: 1.0.0 is one of the 2 newest releases, so it is theirs to mend.
    const ours = amisOf(first)
    bed.endpoint.world.region(WEST).images.delete(ours[WEST] ?? '')
    const again = await run('release-1.0.0', '10.2')
    expect(errors(again).join('\n')).toMatch(/not whole/)
    expect(exists(EAST, ours[EAST])).toBe(true)
  })
})

describe("an AMI someone registered from a release's own snapshots and gave its tags", () => {
  it('is not taken for the release by a lookup or a re-run', async () => {
    const file = 'reregistered/app.pkr.hcl'
    const registered = () => ({ name: 'reregistered-by-hand' })
    const { ours, primary, other, run, lookup } = await releaseThenTagged(file, registered, [])
    // RegisterImage with the release AMI's snapshots (as to change its boot mode).
    const east = bed.endpoint.world.region(EAST)
    east.image(other).blockDevices = east.image(primary).blockDevices.map(d => ({ ...d }))
    const found = await lookup()
    expect(errors(found)).toEqual([])
    expect(amisOf(found)).toEqual(ours)
    const rerun = await run('release-1.0.0', '10.2')
    expect(errors(rerun)).toEqual([])
    expect(amisOf(rerun)).toEqual(ours)
    expect(parameterIn(EAST)).toBe(primary)
  })
})

describe('a newer release whose snapshots EC2 does not show tagged yet (tags land a moment apart)', () => {
  it('keeps the parameter an older tag’s re-run finds at it', async () => {
    const template = bed.template('unproven-newer/app.pkr.hcl')
    const inputs = inputsFor(template, { 'ssm-parameter': PARAMETER })
    const run = (version: string, id: string, attempt = '1') =>
      bed.main({
        ref: tag(version),
        inputs,
        env: { GITHUB_RUN_ID: id, GITHUB_RUN_ATTEMPT: attempt }
      })
    expect(errors(await run('release-1.0.0', '10'))).toEqual([])
    const newer = await run('release-2.0.0', '20')
    expect(errors(newer)).toEqual([])
    const ami = newer.outputs['ami-id'] ?? ''
    expect(parameterIn(EAST)).toBe(ami)
    // The newer release's AMI shows its tags; its snapshots do not, yet.
    const region = bed.endpoint.world.region(EAST)
    for (const d of region.image(ami).blockDevices) {
      const snapshot = region.snapshots.get(d.snapshotId)
      if (snapshot) snapshot.tags = {}
    }

    const older = await run('release-1.0.0', '10', '2')
    expect(errors(older)).toEqual([])
    expect(parameterIn(EAST)).toBe(ami)
  })
})
