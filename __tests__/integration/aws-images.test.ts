import { beforeEach, describe, expect, it } from 'vitest'
import { AwsError, POLL } from '../../src/aws/clients.js'
import {
  createTags,
  describeImagesById,
  existingArtifacts,
  findStreamImages,
  retireImage,
  tagRelease,
  waitAvailable
} from '../../src/aws/images.js'
import { tagSchema } from '../../src/release/tags.js'
import type { ImageSeed } from '../../testbed/ec2/seed.js'
import { recordedArtifacts, type Stream } from '../../src/modes/stream.js'
import { useAwsBed } from '../helpers/aws.js'

/** Tagging, finding and retiring images, in-process against the loopback EC2. */
const bed = useAwsBed()

const EAST = 'us-east-1'
const WEST = 'us-west-2'
const EU = 'eu-west-1'
const NOW = '2026-06-01T12:00:30.000Z'
const LINEAGE = 'octo/images:app.pkr.hcl'
const schema = tagSchema('ImageVersion')

beforeEach(() => {
  bed.reset(NOW)
  bed.ec2.configure({ pageSize: 1 })
})

const image = (region: string, seed: ImageSeed) => bed.ec2.seed.image(region, seed)
const viewOf = (region: string, id: string) => bed.ec2.inspect.images(region).find(i => i.id === id)
const snapshotTags = (region: string, id: string) =>
  (viewOf(region, id)?.blockDevices ?? []).map(
    d => bed.ec2.inspect.snapshots(region).find(s => s.id === d.snapshotId)?.tags
  )
const calls = (action: string) => bed.ec2.requests.filter(r => r.action === action)

describe('tagRelease', () => {
  it('tags every AMI and snapshot in every region, records the copies on the primary and removes the pending mark', async () => {
    const marks = {
      [schema.pending]: '1.0.0',
      [schema.lineage]: LINEAGE,
      [schema.build]: 'app',
      [schema.run]: 'octo/images#42.1'
    }
    const app = image(EAST, { name: 'app-release-1.0.0', snapshots: 2, tags: marks })
    const appWest = image(WEST, { name: 'app-release-1.0.0' })
    const appEu = image(EU, { name: 'app-release-1.0.0' })
    const web = image(EAST, { name: 'web-release-1.0.0' })

    const tagged = await tagRelease(
      [
        { build: 'app', region: WEST, amiId: appWest },
        { build: 'app', region: EAST, amiId: app },
        { build: 'app', region: EU, amiId: appEu },
        { build: 'web', region: EAST, amiId: web }
      ],
      {
        schema,
        version: '1.0.0',
        lineage: LINEAGE,
        extra: [{ Key: 'Team', Value: 'images' }],
        primaryRegion: EAST
      }
    )

    const release = (build: string) => ({
      ImageVersion: '1.0.0',
      [schema.lineage]: LINEAGE,
      [schema.build]: build,
      Team: 'images'
    })
    expect(viewOf(EAST, app)?.tags).toEqual({
      ...release('app'),
      [schema.copies]: `${WEST}=${appWest},${EU}=${appEu}`,
      [schema.run]: 'octo/images#42.1'
    })
    expect(viewOf(WEST, appWest)?.tags).toEqual(release('app'))
    expect(viewOf(EU, appEu)?.tags).toEqual(release('app'))
    // A build in one region records that it has no copies.
    expect(viewOf(EAST, web)?.tags).toEqual({ ...release('web'), [schema.copies]: '' })
    expect(snapshotTags(EAST, app)).toEqual([release('app'), release('app')])
    expect(snapshotTags(WEST, appWest)).toEqual([release('app')])
    expect(snapshotTags(EAST, web)).toEqual([release('web')])

    expect(tagged.find(t => t.region === EAST)).toMatchObject({
      images: [app, web],
      names: { [app]: 'app-release-1.0.0', [web]: 'web-release-1.0.0' }
    })
    // No redundant calls: one look per region, each resource tagged twice (its tags, then the
    // version), the mark removed only where there was one.
    const looks = calls('DescribeImages').filter(r => r.params['NextToken'] === undefined)
    expect(looks.map(r => r.region).sort()).toEqual([EU, EAST, WEST])
    const taggedIds = calls('CreateTags').flatMap(r =>
      Object.entries(r.params)
        .filter(([k]) => k.startsWith('ResourceId.'))
        .map(([, v]) => v)
    )
    const everything = [app, appWest, appEu, web].flatMap(id =>
      [EAST, WEST, EU].flatMap(r =>
        viewOf(r, id) ? [id, ...viewOf(r, id)!.blockDevices.map(d => d.snapshotId)] : []
      )
    )
    expect(taggedIds.sort()).toEqual([...everything, ...everything].sort())
    // The version goes on the primaries last: whoever sees it there sees a whole build.
    const versionCalls = calls('CreateTags').filter(r => r.params['Tag.1.Key'] === 'ImageVersion')
    const primaries = versionCalls.filter(r => [app, web].includes(r.params['ResourceId.1'] ?? ''))
    expect(primaries).toHaveLength(2)
    expect(versionCalls.slice(-2)).toEqual(primaries)
    expect(calls('DeleteTags')).toHaveLength(1)
    expect(calls('DeleteTags')[0]?.params).toMatchObject({
      'ResourceId.1': app,
      'Tag.1.Key': schema.pending
    })
  })

  it('waits for a pending AMI before tagging it', async () => {
    const pending = image(EAST, { name: 'app-release-1.0.0', availableAfterMs: 60_000 })
    bed.ec2.beforeNext('DescribeImages', () =>
      bed.ec2.beforeNext('DescribeImages', () => bed.clock.advance(60_000))
    )
    await tagRelease([{ build: 'app', region: EAST, amiId: pending }], {
      schema,
      version: '1.0.0',
      lineage: LINEAGE,
      extra: [],
      primaryRegion: EAST
    })
    expect(viewOf(EAST, pending)?.tags['ImageVersion']).toBe('1.0.0')
    expect(calls('DescribeImages')).toHaveLength(2)
  })
})

describe('existingArtifacts', () => {
  it('drops the build region’s AMI that Packer removed (skip_save_build_region)', async () => {
    const copy = image(WEST, { name: 'app-release-1.0.0' })
    const removed = 'ami-0a1b2c3d4e5f60718'
    const { existing, vanished } = await existingArtifacts([
      { build: 'app', region: EAST, amiId: removed },
      { build: 'app', region: WEST, amiId: copy }
    ])
    expect(existing).toEqual([{ build: 'app', region: WEST, amiId: copy }])
    expect(vanished).toEqual([{ build: 'app', region: EAST, amiId: removed }])
  })
})

describe('findStreamImages', () => {
  const tags = (version: string | undefined, lineage: string, build = 'app', pending = false) => ({
    ...(version ? { ImageVersion: version } : {}),
    ...(pending ? { [schema.pending]: '1.0.0' } : {}),
    [schema.lineage]: lineage,
    [schema.build]: build
  })
  const created = (minute: number) => `2026-06-01T11:${String(minute).padStart(2, '0')}:00.000Z`

  function seedStream() {
    return {
      released: image(EAST, { name: 'r1', creationDate: created(1), tags: tags('1.0.0', LINEAGE) }),
      releasedWeb: image(EAST, {
        name: 'r2',
        creationDate: created(2),
        tags: tags('1.0.0', LINEAGE, 'web')
      }),
      // Released, but the pending mark could not be removed: released, not pending.
      releasedMarked: image(EAST, {
        name: 'r3',
        creationDate: created(3),
        tags: { ...tags('1.0.0', LINEAGE), [schema.pending]: '1.0.0' }
      }),
      pending: image(EAST, {
        name: 'p1',
        state: 'pending',
        creationDate: created(4),
        tags: tags(undefined, LINEAGE, 'app', true)
      }),
      disabled: image(EAST, {
        name: 'd1',
        state: 'disabled',
        creationDate: created(5),
        tags: tags('1.0.0', LINEAGE)
      }),
      legacy: image(EAST, {
        name: 'l1',
        creationDate: created(6),
        tags: tags('1.0.0', `${LINEAGE}:app`)
      }),
      legacyPending: image(EAST, {
        name: 'l2',
        state: 'pending',
        creationDate: created(7),
        tags: tags(undefined, `${LINEAGE}:app`, 'app', true)
      }),
      // Not of this stream: a lineage naming another build than its build tag, a matrix
      // sibling's lineage, another repository, another version, another region.
      legacyOtherBuild: image(EAST, {
        name: 'x1',
        creationDate: created(8),
        tags: tags('1.0.0', `${LINEAGE}:web`)
      }),
      matrixSibling: image(EAST, {
        name: 'x2',
        creationDate: created(9),
        tags: tags('1.0.0', `${LINEAGE}#0a1b2c3d4e5f`)
      }),
      otherRepository: image(EAST, {
        name: 'x3',
        creationDate: created(10),
        tags: tags('1.0.0', 'octo/other:app.pkr.hcl')
      }),
      otherVersion: image(EAST, {
        name: 'x4',
        creationDate: created(11),
        tags: tags('0.9.0', LINEAGE)
      }),
      otherRegion: image(WEST, {
        name: 'x5',
        creationDate: created(12),
        tags: tags('1.0.0', LINEAGE)
      })
    }
  }

  it('finds the released and the pending images of the version and lineage, oldest first', async () => {
    const s = seedStream()
    const found = await findStreamImages(EAST, schema, '1.0.0', LINEAGE, false)
    expect(found.released.map(i => i.ImageId)).toEqual([
      s.released,
      s.releasedWeb,
      s.releasedMarked
    ])
    expect(found.pending.map(i => i.ImageId)).toEqual([s.pending])
  })

  it('finds images of the old lineage format `<lineage>:<build>` only when they are accepted', async () => {
    const s = seedStream()
    const found = await findStreamImages(EAST, schema, '1.0.0', LINEAGE, true)
    expect(found.released.map(i => i.ImageId)).toEqual([
      s.released,
      s.releasedWeb,
      s.releasedMarked,
      s.legacy
    ])
    expect(found.pending.map(i => i.ImageId)).toEqual([s.pending, s.legacyPending])
  })
})

describe('recordedArtifacts: a recorded copy counts only when EC2 shows it is one', () => {
  const stream: Stream = {
    schema,
    version: '1.0.0',
    lineage: LINEAGE,
    acceptLegacyLineage: false,
    region: EAST,
    run: 'octo/images#42.2'
  }
  const released = { [schema.version]: '1.0.0', [schema.lineage]: LINEAGE, [schema.build]: 'app' }
  const source = 'ami-0123456789abcdef0' // encrypt_boot's intermediate, deregistered

  async function recordOn(primary: string, record: string) {
    await createTags(EAST, [primary], [{ Key: schema.copies, Value: record }])
    const [found] = await describeImagesById(EAST, [primary])
    return recordedArtifacts([found!], stream, ['app'])
  }

  it('keeps true copies, encrypt_boot siblings too, in release order', async () => {
    const primary = image(EAST, { name: 'app', sourceImageId: source, tags: released })
    const copy = image(WEST, { name: 'app', sourceImageId: primary, tags: released })
    const sibling = image(EU, { name: 'app', sourceImageId: source, tags: released })
    expect(await recordOn(primary, `${WEST}=${copy},${EU}=${sibling}`)).toEqual([
      { build: 'app', region: EAST, amiId: primary },
      { build: 'app', region: EU, amiId: sibling },
      { build: 'app', region: WEST, amiId: copy }
    ])
  })

  it.each([
    [
      'of another stream',
      (primary: string) =>
        image(WEST, {
          name: 'app',
          sourceImageId: primary,
          tags: { ...released, [schema.lineage]: 'someone/else:x.pkr.hcl' }
        }),
      /its ImageVersion:lineage tag differs/
    ],
    [
      'not released',
      (primary: string) =>
        image(WEST, {
          name: 'app',
          sourceImageId: primary,
          tags: { [schema.lineage]: LINEAGE, [schema.build]: 'app' }
        }),
      /does not carry ImageVersion=1\.0\.0/
    ],
    [
      'copied from another image',
      () =>
        image(WEST, {
          name: 'golden-2020',
          sourceImageId: 'ami-0fedcba9876543210',
          tags: released
        }),
      /EC2 says it was copied from ami-0fedcba9876543210/
    ],
    ['gone', () => 'ami-0aaaaaaaaaaaaaaa1', /EC2 has no such image of this account/]
  ])('a copy %s: the release is not whole, and nothing is returned', async (_what, make, why) => {
    const primary = image(EAST, { name: 'app', sourceImageId: source, tags: released })
    const copy = make(primary)
    await expect(recordOn(primary, `${WEST}=${copy}`)).rejects.toThrow(
      new RegExp(
        `1\\.0\\.0 of lineage .* is not whole: ${primary} records ${copy} in us-west-2 as its copy, but (it )?${why.source}`
      )
    )
  })

  it('an unreleased record: its copies must carry the same run mark', async () => {
    const marks = {
      [schema.pending]: '1.0.0',
      [schema.lineage]: LINEAGE,
      [schema.build]: 'app',
      [schema.run]: 'octo/images#42.1'
    }
    const primary = image(EAST, { name: 'app', tags: marks })
    const copy = image(WEST, { name: 'app', sourceImageId: primary, tags: marks })
    expect((await recordOn(primary, `${WEST}=${copy}`)).map(a => a.amiId)).toEqual([primary, copy])
    const another = image(EU, {
      name: 'app',
      sourceImageId: primary,
      tags: { ...marks, [schema.run]: 'octo/images#7.1' }
    })
    await expect(recordOn(primary, `${WEST}=${copy},${EU}=${another}`)).rejects.toThrow(
      `records ${another} in eu-west-1 as its copy, but it is not marked by the run that built the image`
    )
  })
})

describe('waitAvailable', () => {
  it('waits while an image is pending and returns it once available', async () => {
    const id = image(EAST, { name: 'app', availableAfterMs: 60_000 })
    bed.ec2.beforeNext('DescribeImages', () =>
      bed.ec2.beforeNext('DescribeImages', () => bed.clock.advance(60_000))
    )
    const images = await waitAvailable(EAST, [id])
    expect(images.map(i => [i.ImageId, i.State])).toEqual([[id, 'available']])
    expect(calls('DescribeImages')).toHaveLength(2)
  })

  it('fails when an image is in a state it cannot leave, or disappears while waited for', async () => {
    const disabled = image(EAST, { name: 'app', state: 'disabled' })
    await expect(waitAvailable(EAST, [disabled])).rejects.toThrow(
      new RegExp(`${disabled} is disabled in ${EAST}`)
    )
    const vanishing = image(EAST, { name: 'web', state: 'pending' })
    bed.ec2.beforeNext('DescribeImages', world =>
      bed.ec2.beforeNext('DescribeImages', () => world.region(EAST).images.delete(vanishing))
    )
    const failure = await waitAvailable(EAST, [vanishing]).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(AwsError)
    expect(failure).toMatchObject({
      code: 'ImageUnavailable',
      message: `${vanishing} does not exist in ${EAST}`
    })
  })

  it('gives up after its bound', async () => {
    const id = image(EAST, { name: 'app', state: 'pending' })
    POLL.imageAvailableMaxMs = 50
    await expect(waitAvailable(EAST, [id])).rejects.toThrow(
      new RegExp(`${id} in ${EAST} did not become available`)
    )
  })
})

describe('retireImage', () => {
  const now = new Date(NOW)

  it('deregisters an image with its snapshots', async () => {
    const id = image(EAST, { name: 'old', snapshots: 2 })
    const snapshots = viewOf(EAST, id)!.blockDevices.map(d => d.snapshotId)
    const [found] = await describeImagesById(EAST, [id])
    await retireImage(EAST, found!, 'deregister', now)
    expect(viewOf(EAST, id)).toBeUndefined()
    const left = bed.ec2.inspect.snapshots(EAST).map(s => s.id)
    for (const s of snapshots) expect(left).not.toContain(s)
  })

  it('deprecates an image at the next whole minute', async () => {
    const id = image(EAST, { name: 'old' })
    const [found] = await describeImagesById(EAST, [id])
    await retireImage(EAST, found!, 'deprecate', now)
    expect(viewOf(EAST, id)).toMatchObject({
      deprecationTime: '2026-06-01T12:01:00.000Z',
      state: 'available',
      deprecated: false
    })
    bed.clock.set('2026-06-01T12:01:00.000Z')
    expect(viewOf(EAST, id)?.deprecated).toBe(true)

    // On a whole minute: the next one, never a time EC2 takes as the past.
    bed.clock.set('2026-06-01T12:05:00.000Z')
    const other = image(EAST, { name: 'older' })
    const [otherFound] = await describeImagesById(EAST, [other])
    await retireImage(EAST, otherFound!, 'deprecate', new Date('2026-06-01T12:05:00.000Z'))
    expect(viewOf(EAST, other)?.deprecationTime).toBe('2026-06-01T12:06:00.000Z')
  })

  it('disables an image', async () => {
    const id = image(EAST, { name: 'old', public: true })
    const [found] = await describeImagesById(EAST, [id])
    await retireImage(EAST, found!, 'disable', now)
    expect(viewOf(EAST, id)).toMatchObject({ state: 'disabled', public: false })
  })

  it.each(['deregister', 'deprecate', 'disable'] as const)(
    'finds nothing to do when the image is already gone (%s)',
    async mode => {
      await expect(
        retireImage(EAST, { ImageId: 'ami-0a1b2c3d4e5f60718' }, mode, now)
      ).resolves.toBeUndefined()
    }
  )
})
