import { beforeEach, describe, expect, it } from 'vitest'
import {
  createTags,
  describeStream,
  imageFact,
  imagesById,
  retireImage
} from '../../src/aws/images.js'
import { writeRecord } from '../../src/aws/records.js'
import { ReleaseError } from '../../src/errors.js'
import type { Template } from '../../src/packer/template.js'
import type { Artifact } from '../../src/release/artifact.js'
import { tagSchema } from '../../src/release/tags.js'
import { releaseOf, releaseSets } from '../../src/stream/model.js'
import { decide } from '../../src/stream/rules.js'
import type { Plan } from '../../src/steps/plan.js'
import { releaseVersion } from '../../src/steps/release.js'
import type { ImageSeed } from '../../testbed/ec2/seed.js'
import { useAwsBed } from '../helpers/aws.js'

/**
 * The stream as EC2 holds it and the release written into it, in-process against the loopback
 * EC2: describing a stream across regions, the completion record, releasing a version (and
 * the order of its tags), the copies EC2 shows are copies, waiting, and retiring an image.
 */
const bed = useAwsBed()

const EAST = 'us-east-1'
const WEST = 'us-west-2'
const EU = 'eu-west-1'
const AP = 'ap-southeast-2'
const NOW = '2026-06-01T12:00:30.000Z'
const LINEAGE = 'octo/images:app.pkr.hcl'
const RUN = 'octo/images#42.1'
const RERUN = 'octo/images#42.2'
const OTHER_RUN = 'octo/images#7.1'
const schema = tagSchema('ImageVersion')
const STREAM = { lineage: LINEAGE, schema, region: EAST }

beforeEach(() => {
  bed.reset(NOW)
  // Every Describe answers one item a page: the stream must follow NextToken.
  bed.ec2.configure({ pageSize: 1 })
})

const image = (region: string, seed: ImageSeed) => bed.ec2.seed.image(region, seed)
const viewOf = (region: string, id: string) => bed.ec2.inspect.images(region).find(i => i.id === id)
const tagsOf = (region: string, id: string) => viewOf(region, id)?.tags
const snapshotsOf = (region: string, id: string) =>
  (viewOf(region, id)?.blockDevices ?? []).map(d => d.snapshotId)
const snapshotTags = (region: string, id: string) =>
  snapshotsOf(region, id).map(s => bed.ec2.inspect.snapshots(region).find(x => x.id === s)?.tags)

/** One logged CreateTags call: where, on what, which tags. */
interface TagCallSeen {
  region: string
  resources: string[]
  tags: Record<string, string>
  error: string | undefined
}
function tagCalls(): TagCallSeen[] {
  return bed.ec2.requests
    .filter(r => r.action === 'CreateTags')
    .map(r => {
      const entries = Object.entries(r.params)
      const resources = entries.filter(([k]) => /^ResourceId\.\d+$/.test(k)).map(([, v]) => v)
      const tags = Object.fromEntries(
        entries
          .filter(([k]) => /^Tag\.\d+\.Key$/.test(k))
          .map(([k, v]) => [v, r.params[k.replace(/Key$/, 'Value')] ?? ''])
      )
      return { region: r.region, resources, tags, error: r.error }
    })
}

const template = (builds: string[]): Template => ({
  path: 'app.pkr.hcl',
  format: 'hcl',
  files: ['app.pkr.hcl'],
  variables: new Map(),
  locals: new Map(),
  builds: builds.map((name, line) => ({
    name,
    type: 'amazon-ebs',
    settings: new Map(),
    blocks: [],
    file: 'app.pkr.hcl',
    line: line + 1
  })),
  requiresPlugins: false,
  requiredPlugins: [],
  componentTypes: ['amazon-ebs']
})

/** The plan of a release of `builds` (in template order), as `planRelease` makes it. */
function planOf(builds: string[], over: Partial<Plan> = {}): Plan {
  return {
    version: '1.0.0',
    tag: 'v1.0.0',
    read: {
      template: template(builds),
      contract: { problems: [], warnings: [], buildRegions: {}, region: EAST },
      buildOrder: builds,
      selected: builds
    },
    stream: STREAM,
    run: RUN,
    ...over
  }
}

/** What Packer made for one build: its AMI in us-east-1 and copies of it (EC2 names the source). */
function packerMade(
  build: string,
  copyRegions: string[],
  { snapshots = 1 }: { snapshots?: number } = {}
): Artifact[] {
  const name = `${build}-release-1.0.0`
  const primary = image(EAST, { name, snapshots, creationDate: '2026-06-01T11:50:00.000Z' })
  return [
    { build, region: EAST, amiId: primary },
    ...copyRegions.map(region => ({
      build,
      region,
      amiId: image(region, {
        name,
        sourceImageId: primary,
        sourceImageRegion: EAST,
        creationDate: '2026-06-01T11:55:00.000Z'
      })
    }))
  ]
}

describe('describeStream', () => {
  it('finds every image of the lineage in its region and in every region its records name, following pages', async () => {
    const ofStream = { [schema.lineage]: LINEAGE, [schema.build]: 'app' }
    const west = image(WEST, { name: 'app-w', tags: ofStream })
    const eu = image(EU, { name: 'app-e', tags: ofStream })
    const primary = image(EAST, {
      name: 'app',
      snapshots: 2,
      creationDate: '2026-05-01T00:00:00.000Z',
      lastLaunchedTime: '2026-05-30T00:00:00.000Z',
      deregistrationProtection: true,
      public: true,
      tags: {
        ...ofStream,
        ImageVersion: '1.0.0',
        [schema.copies]: `${WEST}=${west}`,
        [schema.copies + '.2']: `${EU}=${eu}`
      }
    })
    const disabled = image(EAST, { name: 'old', state: 'disabled', tags: ofStream })
    const deprecated = image(EAST, {
      name: 'older',
      deprecationTime: '2026-05-02T00:00:00.000Z',
      tags: ofStream
    })
    // Not the stream's: another lineage, or a region no record names.
    image(EAST, { name: 'other', tags: { ...ofStream, [schema.lineage]: 'octo/other:x.pkr.hcl' } })
    const unnamed = image(AP, { name: 'app-ap', tags: ofStream })

    const stream = await describeStream(bed.aws, STREAM)

    expect(stream).toMatchObject({ lineage: LINEAGE, region: EAST })
    expect(stream.images.map(i => `${i.region} ${i.id}`).sort()).toEqual(
      [
        `${EAST} ${primary}`,
        `${EAST} ${disabled}`,
        `${EAST} ${deprecated}`,
        `${WEST} ${west}`,
        `${EU} ${eu}`
      ].sort()
    )
    expect(stream.images.find(i => i.id === primary)).toEqual({
      id: primary,
      region: EAST,
      name: 'app',
      created: '2026-05-01T00:00:00.000Z',
      state: 'available',
      ownedBySelf: true,
      deprecated: false,
      public: true,
      protected: true,
      lastLaunched: '2026-05-30T00:00:00.000Z',
      sourceInstanceId: undefined,
      sourceImageId: undefined,
      sourceImageRegion: undefined,
      tags: expect.objectContaining({ ImageVersion: '1.0.0' }) as unknown,
      snapshotIds: snapshotsOf(EAST, primary)
    })
    expect(stream.images.find(i => i.id === disabled)?.state).toBe('disabled')
    expect(stream.images.find(i => i.id === deprecated)?.deprecated).toBe(true)
    // Each region once: its own first, then the regions the records name, together.
    const firstPages = bed.ec2.requests.filter(
      r => r.action === 'DescribeImages' && r.params['NextToken'] === undefined
    )
    expect(firstPages.map(r => r.region)).toEqual([EAST, expect.any(String), expect.any(String)])
    expect(
      firstPages
        .slice(1)
        .map(r => r.region)
        .sort()
    ).toEqual([EU, WEST])
    expect(bed.ec2.requests.some(r => r.params['NextToken'] !== undefined)).toBe(true)

    // A region the caller names is described too.
    const wider = await describeStream(bed.aws, STREAM, [AP])
    expect(wider.images.map(i => i.id)).toContain(unnamed)
  })

  it('reads only the tags EC2 holds, even where the version tag key is a name every object has', async () => {
    // `constructor`, `toString` and `__proto__` are tag keys EC2 takes and version-tag-key
    // accepts; read as properties of a plain object, every image would seem to carry them.
    for (const key of ['constructor', 'toString', '__proto__']) {
      bed.reset(NOW)
      const keyed = tagSchema(key)
      const ofStream = { [keyed.lineage]: LINEAGE, [keyed.build]: 'app' }
      const built = image(EAST, { name: 'built', tags: ofStream })
      const released = image(EAST, { name: 'released', tags: { ...ofStream, [key]: '1.0.0' } })
      const stream = await describeStream(bed.aws, { ...STREAM, schema: keyed })
      const tags = (id: string) => stream.images.find(i => i.id === id)?.tags ?? {}
      expect(tags(built)[key]).toBeUndefined()
      expect(key in tags(built)).toBe(false)
      expect(tags(released)[key]).toBe('1.0.0')
    }
  })
})

describe('releaseVersion', () => {
  it('records each build, then tags every AMI and snapshot in every region, the version on each build’s AMI in the release’s region last', async () => {
    const app = packerMade('app', [WEST, EU], { snapshots: 2 })
    const web = packerMade('web', [])
    const [appEast, appWest, appEu] = app.map(a => a.amiId)
    const [webEast] = web.map(a => a.amiId)

    const { release, stream } = await releaseVersion(bed.aws, planOf(['app', 'web']), {
      built: [...app, ...web],
      finish: [],
      kept: [],
      extra: [{ Key: 'Team', Value: 'images' }]
    })

    // The first release of the version: this run's, which orders it among the generations.
    const released = RUN
    const common = (build: string) => ({
      ImageVersion: '1.0.0',
      [schema.lineage]: LINEAGE,
      [schema.build]: build,
      Team: 'images'
    })
    const record = { [schema.complete]: '1.0.0', [schema.run]: RUN }
    const top = { [schema.builds]: 'app,web', [schema.released]: released }
    expect(tagsOf(EAST, appEast ?? '')).toEqual({
      ...common('app'),
      ...record,
      ...top,
      [schema.copies]: `${WEST}=${appWest},${EU}=${appEu}`
    })
    expect(tagsOf(WEST, appWest ?? '')).toEqual({ ...common('app'), ...record })
    expect(tagsOf(EU, appEu ?? '')).toEqual({ ...common('app'), ...record })
    // A build in one region records that it has no copies.
    expect(tagsOf(EAST, webEast ?? '')).toEqual({
      ...common('web'),
      ...record,
      ...top,
      [schema.copies]: ''
    })
    // A release's AMI and its snapshots are tagged in one call.
    const withTop = (build: string) => ({ ...common(build), ...top })
    expect(snapshotTags(EAST, appEast ?? '')).toEqual([withTop('app'), withTop('app')])
    expect(snapshotTags(WEST, appWest ?? '')).toEqual([common('app')])
    expect(snapshotTags(EU, appEu ?? '')).toEqual([common('app')])
    expect(snapshotTags(EAST, webEast ?? '')).toEqual([withTop('web')])

    // The release as a lookup sees it, confirmed from EC2.
    expect(release).toMatchObject({ whole: true, version: '1.0.0', builds: ['app', 'web'] })
    expect(release.sets.map(s => [s.build, s.primary.id, s.copies.map(c => c.id)])).toEqual([
      ['app', appEast, [appWest, appEu]],
      ['web', webEast, []]
    ])
    expect(releaseOf(stream, '1.0.0')).toMatchObject({ whole: true })

    // The order: the completion records, then the copies with their snapshots, then each
    // build's AMI in the release's region with its snapshots, version, builds and release
    // time in one call.
    const calls = tagCalls()
    const recordCalls = calls.filter(c => c.tags[schema.complete] !== undefined)
    const versionCalls = calls.filter(c => c.tags['ImageVersion'] !== undefined)
    expect(calls).toHaveLength(recordCalls.length + versionCalls.length)
    expect(calls.slice(0, recordCalls.length)).toEqual(recordCalls)
    expect(recordCalls.map(c => `${c.region} ${c.resources.join(',')}`).sort()).toEqual(
      [`${EAST} ${appEast}`, `${WEST} ${appWest}`, `${EU} ${appEu}`, `${EAST} ${webEast}`].sort()
    )
    const last = versionCalls.slice(-2)
    expect(last.map(c => c.resources).sort()).toEqual(
      [
        [appEast, ...snapshotsOf(EAST, appEast ?? '')],
        [webEast, ...snapshotsOf(EAST, webEast ?? '')]
      ].sort()
    )
    for (const call of last) expect(call.tags).toMatchObject({ ImageVersion: '1.0.0', ...top })
    const first = versionCalls.slice(0, -2)
    for (const call of first) {
      expect(call.tags[schema.builds]).toBeUndefined()
      expect(call.region).not.toBe(EAST)
    }
    // Every copy and its snapshots once, nothing twice.
    expect(first.flatMap(c => c.resources).sort()).toEqual(
      [appWest, appEu, ...snapshotsOf(WEST, appWest ?? ''), ...snapshotsOf(EU, appEu ?? '')].sort()
    )
  })

  it('confirms the completion record the build wrote, and does not write it again', async () => {
    const app = packerMade('app', [WEST])
    const mark = { version: '1.0.0', lineage: LINEAGE, run: RUN, build: 'app' }
    expect(await writeRecord(bed.aws, schema, mark, app, EAST)).toEqual({ vanished: [] })
    bed.ec2.requests.length = 0

    const { release } = await releaseVersion(bed.aws, planOf(['app']), {
      built: app,
      finish: [],
      kept: [],
      extra: []
    })

    expect(release.whole).toBe(true)
    expect(tagCalls().filter(c => c.tags[schema.complete] !== undefined)).toEqual([])
    expect(tagCalls().at(-1)).toMatchObject({ region: EAST })
    expect(tagCalls().at(-1)?.resources[0]).toBe(app[0]?.amiId)
  })

  it('a re-run finishes what an earlier attempt recorded, with a build released already', async () => {
    // Attempt 1 released web, recorded app complete, then failed before releasing it.
    const web = packerMade('web', [WEST])
    const app = packerMade('app', [WEST])
    await releaseVersion(bed.aws, planOf(['web']), { built: web, finish: [], kept: [], extra: [] })
    await writeRecord(bed.aws, schema, { ...mark('app') }, app, EAST)

    const plan = planOf(['app', 'web'], { run: RERUN })
    const decision = decide(await describeStream(bed.aws, STREAM), {
      version: '1.0.0',
      builds: ['app', 'web'],
      onExisting: 'reuse',
      run: RERUN,
      now: Date.parse(NOW)
    })
    expect(decision).toMatchObject({ action: 'finish' })
    if (decision.action !== 'finish') return
    expect(decision.finish.map(s => s.primary.id)).toEqual([app[0]?.amiId])
    expect(decision.kept.map(s => s.primary.id)).toEqual([web[0]?.amiId])

    const { release } = await releaseVersion(bed.aws, plan, {
      built: [],
      finish: decision.finish,
      kept: decision.kept,
      extra: []
    })

    expect(release).toMatchObject({ whole: true, builds: ['app', 'web'] })
    const appTags = tagsOf(EAST, app[0]?.amiId ?? '')
    // The run mark stays the one that built it; the release time is the version's first.
    expect(appTags).toMatchObject({
      ImageVersion: '1.0.0',
      [schema.run]: RUN,
      [schema.builds]: 'app,web',
      [schema.released]: tagsOf(EAST, web[0]?.amiId ?? '')?.[schema.released]
    })
    expect(tagsOf(WEST, app[1]?.amiId ?? '')?.['ImageVersion']).toBe('1.0.0')
  })

  it('stops before tagging when the completion record cannot be written, and says what to do', async () => {
    const app = packerMade('app', [WEST])
    bed.ec2.failNext('CreateTags', 50, 'unavailable')

    const error = await releaseVersion(bed.aws, planOf(['app']), {
      built: app,
      finish: [],
      kept: [],
      extra: []
    }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ReleaseError)
    expect((error as ReleaseError).done).toEqual({ built: app })
    expect((error as Error).message).toMatch(
      /^The AMIs were built, but their completion record could not be written \(EC2 CreateTags in .*The service is unavailable.*\): .*post step removes them/
    )
    for (const a of app) expect(tagsOf(a.region, a.amiId)).toEqual({})
  })

  it('a release that fails part-way keeps the AMIs recorded, and a re-run releases them whole', async () => {
    const app = packerMade('app', [WEST])
    const [east, west] = app.map(a => a.amiId)
    // EC2 fails the last call: the version on the AMI in the release's region.
    bed.ec2.failNext(
      'CreateTags',
      50,
      'unavailable',
      p => p['ResourceId.1'] === east && p['Tag.1.Key'] === 'ImageVersion'
    )

    const error = await releaseVersion(bed.aws, planOf(['app']), {
      built: app,
      finish: [],
      kept: [],
      extra: []
    }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ReleaseError)
    expect((error as Error).message).toMatch(
      new RegExp(
        `^The AMIs were built and recorded complete, but could not be released: ${east} \\(app, ${EAST}\\), ${west} \\(app, ${WEST}\\)\\. They are kept; re-run the job to release them without building\\.`
      )
    )
    // Whoever looks sees no release, only a record.
    const seen = await describeStream(bed.aws, STREAM)
    expect(releaseOf(seen, '1.0.0').whole).toBe(false)
    expect(releaseSets(seen).map(s => [s.primary.id, s.released])).toEqual([[east, false]])

    bed.ec2.clearFaults()
    const asked = {
      version: '1.0.0',
      builds: ['app'],
      onExisting: 'reuse' as const,
      run: RERUN,
      now: Date.parse(NOW)
    }
    const decision = decide(seen, asked)
    expect(decision).toMatchObject({ action: 'finish' })
    if (decision.action !== 'finish') return
    const { release } = await releaseVersion(bed.aws, planOf(['app'], { run: RERUN }), {
      built: [],
      finish: decision.finish,
      kept: [],
      extra: []
    })
    expect(release.sets.map(s => [s.primary.id, s.copies.map(c => c.id)])).toEqual([[east, [west]]])
  })
})

const mark = (build: string) => ({ version: '1.0.0', lineage: LINEAGE, run: RUN, build })

describe('writeRecord', () => {
  it('drops the build region’s AMI that Packer removed (skip_save_build_region), and records the rest', async () => {
    const removed = 'ami-0a1b2c3d4e5f60718'
    const west = image(WEST, { name: 'app-release-1.0.0', sourceImageId: removed })
    const eu = image(EU, { name: 'app-release-1.0.0', sourceImageId: removed })
    const artifacts = [
      { build: 'app', region: EAST, amiId: removed },
      { build: 'app', region: WEST, amiId: west },
      { build: 'app', region: EU, amiId: eu }
    ]

    const { vanished } = await writeRecord(bed.aws, schema, mark('app'), artifacts, EAST)

    expect(vanished).toEqual([{ build: 'app', region: EAST, amiId: removed }])
    const marks = {
      [schema.complete]: '1.0.0',
      [schema.lineage]: LINEAGE,
      [schema.build]: 'app',
      [schema.run]: RUN
    }
    // The release's region has none of the build's AMIs: the record goes on its first.
    expect(tagsOf(WEST, west)).toEqual({ ...marks, [schema.copies]: `${EU}=${eu}` })
    expect(tagsOf(EU, eu)).toEqual(marks)
    const failed = tagCalls().filter(c => c.error !== undefined)
    expect(failed.map(c => c.error)).toEqual(['InvalidAMIID.NotFound'])
  })

  it('passes on any other failure', async () => {
    const [primary] = packerMade('app', [])
    bed.ec2.failNext('CreateTags', 50, 'unavailable')
    await expect(
      writeRecord(bed.aws, schema, mark('app'), primary ? [primary] : [], EAST)
    ).rejects.toMatchObject({ code: 'Unavailable' })
  })
})

describe('copies: a recorded copy counts only when EC2 shows it is one', () => {
  const released = {
    [schema.version]: '1.0.0',
    [schema.lineage]: LINEAGE,
    [schema.build]: 'app',
    [schema.complete]: '1.0.0',
    [schema.run]: RUN
  }
  const top = { [schema.builds]: 'app', [schema.released]: '2026-06-01T11:00:00.000Z' }
  const source = 'ami-0123456789abcdef0' // encrypt_boot's intermediate, deregistered

  /** Records `copies` on `primary`, then looks at the release as a lookup does. */
  async function recordOn(primary: string, copies: string) {
    await createTags(bed.aws, EAST, [primary], [{ Key: schema.copies, Value: copies }])
    return releaseOf(await describeStream(bed.aws, STREAM), '1.0.0')
  }

  it.each([
    { ec2: 'current EC2', legacy: false },
    { ec2: 'an EC2 without SourceImageId', legacy: true }
  ])('keeps true copies and encrypt_boot siblings, in record order ($ec2)', async ({ legacy }) => {
    bed.ec2.configure({ legacyImageFields: legacy })
    const primary = image(EAST, {
      name: 'app',
      sourceImageId: source,
      tags: { ...released, ...top }
    })
    const copy = image(WEST, { name: 'app', sourceImageId: primary, tags: released })
    const sibling = image(EU, { name: 'app', sourceImageId: source, tags: released })
    const release = await recordOn(primary, `${EU}=${sibling},${WEST}=${copy}`)
    expect(release.whole).toBe(true)
    if (!release.whole) return
    expect(release.sets.map(s => [s.primary.id, s.copies.map(c => `${c.region} ${c.id}`)])).toEqual(
      [[primary, [`${EU} ${sibling}`, `${WEST} ${copy}`]]]
    )
  })

  it.each([
    [
      'of another build',
      (primary: string) =>
        image(WEST, {
          name: 'app',
          sourceImageId: primary,
          tags: { ...released, [schema.build]: 'web' }
        }),
      /its ImageVersion:build tag differs/
    ],
    [
      // Its lineage is another stream's: EC2 shows no image of this stream there.
      'of another stream',
      (primary: string) =>
        image(WEST, {
          name: 'app',
          sourceImageId: primary,
          tags: { ...released, [schema.lineage]: 'someone/else:x.pkr.hcl' }
        }),
      /EC2 has no such image of this account/
    ],
    [
      'not released',
      (primary: string) =>
        image(WEST, {
          name: 'app',
          sourceImageId: primary,
          tags: { ...released, [schema.version]: '0.9.0' }
        }),
      /it does not carry ImageVersion=1\.0\.0/
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
  ])('a copy %s: the release is not whole, and says why', async (_what, make, why) => {
    const primary = image(EAST, {
      name: 'app',
      sourceImageId: source,
      tags: { ...released, ...top }
    })
    const copy = make(primary)
    const release = await recordOn(primary, `${WEST}=${copy}`)
    expect(release.whole).toBe(false)
    expect(release.whole ? '' : release.reason).toMatch(
      new RegExp(
        `^1\\.0\\.0 is not whole: ${primary} records ${copy} in us-west-2 as its copy, but ${why.source}`
      )
    )
  })

  it('an unreleased record: its copies must carry the same run and completion mark', async () => {
    const marks = {
      [schema.complete]: '1.0.0',
      [schema.lineage]: LINEAGE,
      [schema.build]: 'app',
      [schema.run]: RUN
    }
    const primary = image(EAST, { name: 'app', tags: marks })
    const copy = image(WEST, { name: 'app', sourceImageId: primary, tags: marks })
    await createTags(bed.aws, EAST, [primary], [{ Key: schema.copies, Value: `${WEST}=${copy}` }])
    const sets = () => describeStream(bed.aws, STREAM).then(releaseSets)
    expect((await sets()).map(s => [s.released, s.copies.map(c => c.id), s.problems])).toEqual([
      [false, [copy], []]
    ])

    const another = image(EU, {
      name: 'app',
      sourceImageId: primary,
      tags: { ...marks, [schema.run]: OTHER_RUN }
    })
    await createTags(
      bed.aws,
      EAST,
      [primary],
      [{ Key: schema.copies, Value: `${WEST}=${copy},${EU}=${another}` }]
    )
    expect((await sets())[0]?.problems).toEqual([
      `${primary} records ${another} in eu-west-1 as its copy, but it is not marked by the run that built the image`
    ])
  })
})

describe('retireImage', () => {
  const now = new Date(NOW)
  const factOf = async (id: string) => {
    const [found] = await imagesById(bed.aws, EAST, [id])
    if (!found) throw new Error(`${id} not found`)
    return found
  }

  it('deregisters an image with its snapshots', async () => {
    const id = image(EAST, { name: 'old', snapshots: 2 })
    const snapshots = snapshotsOf(EAST, id)
    await retireImage(bed.aws, await factOf(id), 'deregister', now)
    expect(viewOf(EAST, id)).toBeUndefined()
    const left = bed.ec2.inspect.snapshots(EAST).map(s => s.id)
    expect(snapshots).toHaveLength(2)
    for (const s of snapshots) expect(left).not.toContain(s)
  })

  it('deprecates an image at the next whole minute', async () => {
    const id = image(EAST, { name: 'old' })
    await retireImage(bed.aws, await factOf(id), 'deprecate', now)
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
    await retireImage(
      bed.aws,
      await factOf(other),
      'deprecate',
      new Date('2026-06-01T12:05:00.000Z')
    )
    expect(viewOf(EAST, other)?.deprecationTime).toBe('2026-06-01T12:06:00.000Z')
  })

  it('disables an image, which makes it private', async () => {
    const id = image(EAST, { name: 'old', public: true })
    await retireImage(bed.aws, await factOf(id), 'disable', now)
    expect(viewOf(EAST, id)).toMatchObject({ state: 'disabled', public: false })
  })

  it.each(['deregister', 'deprecate', 'disable'] as const)(
    'finds nothing to do when the image is already gone (%s)',
    async mode => {
      const gone = imageFact(EAST, { ImageId: 'ami-0a1b2c3d4e5f60718' })
      await expect(retireImage(bed.aws, gone, mode, now)).resolves.toBeUndefined()
      expect(bed.ec2.requests.map(r => r.error)).toEqual(['InvalidAMIID.NotFound'])
    }
  )

  it('passes on a refusal', async () => {
    const id = image(EAST, { name: 'old', deregistrationProtection: true })
    await expect(retireImage(bed.aws, await factOf(id), 'deregister', now)).rejects.toMatchObject({
      code: 'OperationNotPermitted'
    })
    expect(viewOf(EAST, id)).toBeDefined()
  })
})
