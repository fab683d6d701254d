import { beforeEach, describe, expect, it } from 'vitest'
import { describeStream } from '../../src/aws/images.js'
import { copyTags, tagSchema } from '../../src/release/tags.js'
import type { RetentionRules, RetireMode } from '../../src/stream/retention.js'
import { finishRetirement, retireOlder, type Retired } from '../../src/steps/retire.js'
import { decide } from '../../src/stream/rules.js'
import { releaseMarkName } from '../../src/aws/claim.js'
import type { ImageSeed } from '../../testbed/ec2/seed.js'
import { useAwsBed } from '../helpers/aws.js'

/**
 * keep-generations in-process against the loopback EC2 (`retireOlder`): the newest N generations
 * of a stream kept whole, across builds and regions, and every reason to keep an older one as
 * EC2 itself reports it (instances, launch templates, launch permissions, last launch,
 * deregistration protection, the keep tag), wherever in the generation it is.
 */
const bed = useAwsBed()

const EAST = 'us-east-1'
const WEST = 'us-west-2'
const NOW = '2026-06-01T12:00:00.000Z'
const DAY = 24 * 60 * 60 * 1000
const LINEAGE = 'octo/images:app.pkr.hcl'
const OTHER_ACCOUNT = '210987654321'
const schema = tagSchema('ImageVersion')
const STREAM = { lineage: LINEAGE, schema, region: EAST }

beforeEach(() => {
  bed.reset(NOW)
  bed.ec2.configure({ pageSize: 1 })
})

/** What to seed on each image of a generation. */
interface GenerationSeed {
  app?: Partial<ImageSeed>
  appWest?: Partial<ImageSeed>
  web?: Partial<ImageSeed>
}

interface Generation {
  version: string
  app: string
  appWest: string
  web: string
}

let serial = 0

const ids = (g: Generation) => [g.app, g.appWest, g.web]

/** The run that first released a version: GitHub numbers runs in the order they start. */
const runOf = (n: number) => `octo/images#${n}.1`
const HOUR = 60 * 60 * 1000
/** When run `n` made its images: a later run, a later time. */
const madeBy = (n: number) => new Date(Date.parse(NOW) - (200 - n) * HOUR).toISOString()

/**
 * One release of the stream, as the action tags it: build `app` in us-east-1 copied to
 * us-west-2, build `web` in us-east-1 only; first released by run `n`, made by run `made`
 * (a later one for a rebuild).
 */
function seedGeneration(
  version: string,
  n: number,
  seed: GenerationSeed = {},
  { lineage = LINEAGE, made = n }: { lineage?: string; made?: number } = {}
): Generation {
  const marks = (build: string, extra: Partial<ImageSeed> | undefined) => ({
    ImageVersion: version,
    [schema.lineage]: lineage,
    [schema.build]: build,
    [schema.run]: runOf(made),
    [schema.complete]: version,
    ...extra?.tags
  })
  const image = (region: string, build: string, extra: Partial<ImageSeed> | undefined) =>
    bed.ec2.seed.image(region, {
      name: `${build}-${version}-${region}-${++serial}`,
      creationDate: madeBy(made),
      ...extra,
      tags: marks(build, extra)
    })
  const app = image(EAST, 'app', seed.app)
  const appWest = image(WEST, 'app', { ...seed.appWest, sourceImageId: app })
  const web = image(EAST, 'web', seed.web)
  const top = { [schema.builds]: 'app,web', [schema.released]: runOf(n) }
  // The release's records, on each build's AMI in us-east-1.
  const region = bed.ec2.world.region(EAST)
  Object.assign(region.image(app).tags, top, {
    ...Object.fromEntries(
      copyTags(schema, [{ region: WEST, amiId: appWest }]).map(t => [t.Key, t.Value])
    )
  })
  Object.assign(region.image(web).tags, top, { [schema.copies]: '' })
  // The release tags each AMI in us-east-1 and its snapshots in one call.
  for (const id of [app, web])
    for (const d of region.image(id).blockDevices)
      Object.assign(region.snapshots.get(d.snapshotId)?.tags ?? {}, {
        ImageVersion: version,
        [schema.lineage]: lineage,
        [schema.build]: region.image(id).tags[schema.build]
      })
  return { version, app, appWest, web }
}

const ago = (days: number) => new Date(Date.parse(NOW) - days * DAY).toISOString()

/** Generations released by runs 101, 102, ..., 0.0.7 the oldest, each with what keeps it and where. */
function seedGenerations() {
  let n = 100
  const next = (version: string, seed: GenerationSeed = {}) => seedGeneration(version, ++n, seed)
  const g = {
    plain: next('0.0.7'),
    launchedLongAgo: next('0.0.8', { appWest: { lastLaunchedTime: ago(30) } }),
    pinned: next('0.2.0', { web: { tags: { [schema.keep]: 'audit' } } }),
    protected: next('0.3.0', { app: { deregistrationProtection: true } }),
    launchedRecently: next('0.4.0', { appWest: { lastLaunchedTime: ago(5) } }),
    public: next('0.5.0', { web: { public: true } }),
    shared: next('0.6.0', { appWest: { launchPermissions: { userIds: [OTHER_ACCOUNT] } } }),
    templateLatest: next('0.7.0'),
    templateDefault: next('0.8.0'),
    inUse: next('0.9.0'),
    previous: next('0.9.5'),
    current: next('1.0.0')
  }
  // In use in the copy region only: the whole generation stays, us-east-1 too.
  const instance = bed.ec2.seed.instance(WEST, { imageId: g.inUse.appWest, state: 'stopped' })
  bed.ec2.seed.launchTemplate(EAST, {
    name: 'web-fleet',
    versions: [{ imageId: g.templateDefault.web }, { imageId: g.templateLatest.app }],
    defaultVersion: 1
  })
  // Another stream, older than all: never looked at.
  const otherLineage = seedGeneration('0.0.1', 50, {}, { lineage: 'octo/images:other.pkr.hcl' })
  return { g, instance, otherLineage }
}

function rules(over: Partial<RetentionRules> = {}): RetentionRules {
  return {
    keep: 2,
    rebuilt: false,
    mode: 'deregister',
    keepLaunchedWithinDays: 14,
    now: new Date(NOW),
    ...over
  }
}

const exists = (region: string, id: string) => bed.ec2.inspect.images(region).some(i => i.id === id)
const existsAnywhere = (id: string) => [EAST, WEST].some(r => exists(r, id))
const imageView = (id: string) =>
  [EAST, WEST].flatMap(r => bed.ec2.inspect.images(r)).find(i => i.id === id)
const snapshotsLeft = () => [EAST, WEST].flatMap(r => bed.ec2.inspect.snapshots(r).map(s => s.id))
const deregisters = () => bed.ec2.requests.filter(r => r.action === 'DeregisterImage')

async function retire(
  own: string,
  r: RetentionRules,
  parameter?: string
): Promise<Retired | undefined> {
  return retireOlder(bed.aws, await describeStream(bed.aws, STREAM), own, r, parameter)
}

/** The reason each kept generation was kept, by version. */
const keptReasons = (retired: Retired | undefined) =>
  Object.fromEntries((retired?.plan.keep ?? []).map(k => [k.version, k.reason]))

describe('retireOlder against EC2', () => {
  it('keeps the newest N whole and every generation EC2 shows is still needed, and retires the rest everywhere', async () => {
    const { g, instance, otherLineage } = seedGenerations()
    const snapshots = (id: string) => imageView(id)?.blockDevices.map(d => d.snapshotId) ?? []
    const retiredSnapshots = [...ids(g.plain), ...ids(g.launchedLongAgo)].flatMap(snapshots)
    expect(retiredSnapshots).toHaveLength(6)
    // EC2 throttles the first retirements: the SDK retries them.
    bed.ec2.failNext('DeregisterImage', 2, 'throttle')

    const retired = await retire('1.0.0', rules())

    const reasons = keptReasons(retired)
    expect(Object.keys(reasons).sort()).toEqual(
      ['0.2.0', '0.3.0', '0.4.0', '0.5.0', '0.6.0', '0.7.0', '0.8.0', '0.9.0'].sort()
    )
    expect(reasons).toEqual({
      '0.9.0': `${g.inUse.appWest} in ${WEST}: instance ${instance} (stopped) was launched from it`,
      '0.8.0': `${g.templateDefault.web} in ${EAST}: launch template web-fleet (default version 1) uses it`,
      '0.7.0': `${g.templateLatest.app} in ${EAST}: launch template web-fleet (latest version 2) uses it`,
      '0.6.0': `${g.shared.appWest} in ${WEST}: it is shared with ${OTHER_ACCOUNT}`,
      // EC2 shows a public image as launchable by everyone.
      '0.5.0': `${g.public.web} in ${EAST}: it is shared with everyone`,
      '0.4.0': `${g.launchedRecently.appWest} in ${WEST}: an instance was launched from it on ${ago(5).slice(0, 10)}, within 14 days`,
      '0.3.0': `${g.protected.app} in ${EAST}: deregistration protection is on; the action never turns it off`,
      '0.2.0': `${g.pinned.web} in ${EAST}: it is pinned with the keep tag`
    })
    // Each kept generation is kept whole: every image of it, in both regions.
    for (const version of Object.keys(reasons))
      expect(
        retired?.plan.keep
          .filter(k => k.version === version)
          .map(k => k.image.id)
          .sort()
      ).toEqual(ids(Object.values(g).find(x => x.version === version)!).sort())
    const gone = [...ids(g.plain), ...ids(g.launchedLongAgo)]
    expect(retired?.plan.retire.map(r => r.image.id).sort()).toEqual([...gone].sort())
    expect(retired?.done).toEqual(retired?.plan.retire)
    expect(retired?.plan.spared).toEqual([])
    expect(retired?.mode).toBe('deregister')

    for (const id of gone) expect(existsAnywhere(id)).toBe(false)
    for (const s of retiredSnapshots) expect(snapshotsLeft()).not.toContain(s)
    const kept = Object.values(g).filter(x => !['0.0.7', '0.0.8'].includes(x.version))
    for (const id of kept.flatMap(ids)) expect(existsAnywhere(id)).toBe(true)
    for (const id of ids(otherLineage)) expect(existsAnywhere(id)).toBe(true)

    expect(deregisters().filter(r => r.error === 'RequestLimitExceeded')).toHaveLength(2)
    expect(deregisters().filter(r => r.error === undefined)).toHaveLength(gone.length)
  })

  // 0.9.5 is the newest generation after 1.0.0 that can still be launched: it is kept.
  it('does not count or touch generations retired already (deprecated, disabled)', async () => {
    const previous = seedGeneration('0.9.5', 10)
    const deprecated = seedGeneration('0.9.6', 11, {
      app: { deprecationTime: ago(1) },
      appWest: { deprecationTime: ago(1) },
      web: { deprecationTime: ago(1) }
    })
    const disabled = seedGeneration('0.9.7', 12, {
      app: { state: 'disabled' },
      appWest: { state: 'disabled' },
      web: { state: 'disabled' }
    })
    seedGeneration('1.0.0', 13)

    const retired = await retire('1.0.0', rules({ keep: 2 }))

    // The two newest generations that can still be launched are 1.0.0 and 0.9.5.
    expect(retired?.plan.retire).toEqual([])
    for (const id of [...ids(previous), ...ids(deprecated), ...ids(disabled)])
      expect(existsAnywhere(id)).toBe(true)
    expect(imageView(disabled.app)?.state).toBe('disabled')
    expect(deregisters()).toEqual([])
  })

  it('keeps a generation the deploy pointer names (a rollback moved it back), per build and region', async () => {
    const { g } = seedGenerations()
    // Rolled back in us-west-2: the parameter of build app names 0.0.7's copy there.
    bed.ssm.seed.parameter(WEST, {
      name: '/images/app/current',
      value: g.plain.appWest,
      dataType: 'aws:ec2:image'
    })

    const retired = await retire('1.0.0', rules(), '/images/{build}/current')

    expect(keptReasons(retired)['0.0.7']).toBe(
      `${g.plain.appWest} in ${WEST}: the SSM parameter /images/app/current names it`
    )
    for (const id of ids(g.plain)) expect(existsAnywhere(id)).toBe(true)
    expect(retired?.plan.retire.map(r => r.image.id).sort()).toEqual(ids(g.launchedLongAgo).sort())
    // Asked once per parameter and region: app and web, in us-east-1; app in us-west-2.
    expect(
      bed.ssm.requests
        .filter(r => r.action === 'GetParameter')
        .map(r => `${r.region} ${String((r.params as { Name?: string }).Name)}`)
        .sort()
    ).toEqual(
      [
        `${EAST} /images/app/current`,
        `${EAST} /images/web/current`,
        `${WEST} /images/app/current`
      ].sort()
    )
  })

  it('retires an image launched recently when the rule is off (0 days)', async () => {
    const { g } = seedGenerations()
    const retired = await retire('1.0.0', rules({ keepLaunchedWithinDays: 0 }))
    expect(retired?.plan.retire.map(r => r.image.id).sort()).toEqual(
      [...ids(g.plain), ...ids(g.launchedLongAgo), ...ids(g.launchedRecently)].sort()
    )
    for (const id of ids(g.launchedRecently)) expect(existsAnywhere(id)).toBe(false)
    // Without the rule, EC2 is not asked when an image was last launched.
    expect(
      bed.ec2.requests.filter(
        r => r.action === 'DescribeImageAttribute' && r.params['Attribute'] === 'lastLaunchedTime'
      )
    ).toEqual([])
  })

  it.each<[RetireMode, (id: string) => void]>([
    ['deprecate', id => expect(imageView(id)?.deprecationTime).toBe('2026-06-01T12:01:00.000Z')],
    ['disable', id => expect(imageView(id)?.state).toBe('disabled')]
  ])('%s retires a protected generation too, and leaves its protection on', async (mode, check) => {
    const { g } = seedGenerations()
    const retired = await retire('1.0.0', rules({ mode }))
    const expected = [...ids(g.plain), ...ids(g.launchedLongAgo), ...ids(g.protected)]
    expect(retired?.plan.retire.map(r => r.image.id).sort()).toEqual(expected.sort())
    for (const id of expected) check(id)
    expect(imageView(g.protected.app)?.deregistrationProtection).toBe('enabled-without-cooldown')
    // Kept ones are left as they were.
    for (const id of ids(g.pinned))
      expect(imageView(id)).toMatchObject({ state: 'available', deprecationTime: undefined })
    expect(deregisters()).toEqual([])

    // Retired already: a second run neither counts nor retires them again.
    bed.ec2.requests.length = 0
    const again = await retire('1.0.0', rules({ mode }))
    expect(again?.plan.retire).toEqual([])
    expect(
      bed.ec2.requests.filter(r => ['EnableImageDeprecation', 'DisableImage'].includes(r.action))
    ).toEqual([])
  })

  it('a re-run of an older version retires nothing newer than it, and says why', async () => {
    const { g } = seedGenerations()
    const retired = await retire('0.9.0', rules({ keep: 1 }))
    expect(retired?.plan.spared.map(s => s.version)).toEqual(['0.9.5'])
    expect(retired?.plan.spared[0]?.reason).toBe('newer than this release')
    // 0.8.0 and older are older than 0.9.0: they go, but for what keeps them.
    expect(retired?.plan.retire.map(r => r.image.id).sort()).toEqual(
      [...ids(g.plain), ...ids(g.launchedLongAgo)].sort()
    )
    for (const id of [...ids(g.previous), ...ids(g.current)]) expect(existsAnywhere(id)).toBe(true)
  })

  it('asks nothing of EC2 when nothing is to be retired', async () => {
    seedGenerations()
    expect(await retire('1.0.0', rules({ keep: 0 }))).toBeUndefined()
    bed.ec2.requests.length = 0
    const none = await retire('1.0.0', rules({ keep: 20 }))
    expect(none?.plan).toEqual({ retire: [], keep: [], spared: [] })
    expect(bed.ec2.requests.map(r => r.action)).toEqual(
      expect.not.arrayContaining(['DescribeInstances', 'DescribeImageAttribute', 'DeregisterImage'])
    )
  })

  it.each([
    { used: false, what: 'retires the release it replaced, in every region' },
    { used: true, what: 'keeps the release it replaced while anything uses any image of it' }
  ])('after a rebuild $what', async ({ used }) => {
    // 1.0.0 was first released by run 20, then rebuilt by runs 21 and 22.
    const first = seedGeneration('1.0.0', 20)
    const second = seedGeneration('1.0.0', 20, {}, { made: 21 })
    const rebuilt = seedGeneration('1.0.0', 20, {}, { made: 22 })
    const older = seedGeneration('0.9.0', 10)
    const user = used
      ? bed.ec2.seed.instance(WEST, { imageId: second.appWest, state: 'running' })
      : undefined

    const retired = await retire('1.0.0', rules({ keep: 0, rebuilt: true }))

    const superseded = [...ids(first), ...ids(second)]
    if (used) {
      expect(retired?.plan.retire).toEqual([])
      expect(retired?.plan.keep.map(k => k.image.id).sort()).toEqual([...superseded].sort())
      expect(retired?.plan.keep[0]?.reason).toBe(
        `${second.appWest} in ${WEST}: instance ${user ?? ''} (running) was launched from it`
      )
    } else {
      expect(retired?.plan.retire.map(r => r.image.id).sort()).toEqual([...superseded].sort())
      expect(retired?.plan.retire.every(r => r.version === '1.0.0')).toBe(true)
    }
    for (const id of superseded) expect(existsAnywhere(id)).toBe(used)
    // The rebuild itself, and other versions (keep 0: the count retires none), stay.
    for (const id of [...ids(rebuilt), ...ids(older)]) expect(existsAnywhere(id)).toBe(true)
  })

  it('a retirement that fails part-way stops there and says what it retired; the rest is untouched', async () => {
    const { g } = seedGenerations()
    const planned = [...ids(g.plain), ...ids(g.launchedLongAgo)]
    const order: string[] = []
    bed.ec2.failNext('DeregisterImage', 50, 'unavailable', p => {
      const id = p['ImageId'] ?? ''
      if (!order.includes(id)) order.push(id)
      return id === order[1]
    })

    const retired = await retire('1.0.0', rules())

    expect(retired?.error).toMatch(
      new RegExp(`^EC2 DeregisterImage in (${EAST}|${WEST}) .*after 3 attempts`)
    )
    // What was retired before the failure is said, for the summary.
    expect(retired?.done.map(r => r.image.id)).toEqual([order[0]])
    expect(order).toHaveLength(2)
    expect(planned).toEqual(expect.arrayContaining(order))
    expect(existsAnywhere(order[0] ?? '')).toBe(false)
    for (const id of planned.filter(id => id !== order[0])) expect(existsAnywhere(id)).toBe(true)
  })

  it('keeps an image that another run retired while this one asks what uses it; the rest goes on', async () => {
    const { g } = seedGenerations()
    // Another run retires 0.0.7 after this run's look, before its question about sharing.
    bed.ec2.beforeNext('DescribeImageAttribute', world => {
      for (const [region, id] of [
        [EAST, g.plain.app],
        [WEST, g.plain.appWest],
        [EAST, g.plain.web]
      ] as const)
        world.region(region).images.delete(id)
    })

    const retired = await retire('1.0.0', rules())

    expect(retired?.error).toBeUndefined()
    // Each of its images is gone: the generation is kept, and each image says why.
    const gone = 'EC2 no longer finds it (another run may have retired it)'
    expect(keptReasons(retired)['0.0.7']?.split('; ').sort()).toEqual(
      [`${g.plain.app} in ${EAST}`, `${g.plain.web} in ${EAST}`, `${g.plain.appWest} in ${WEST}`]
        .map(image => `${image}: ${gone}`)
        .sort()
    )
    expect(retired?.plan.retire.map(r => r.image.id).sort()).toEqual(ids(g.launchedLongAgo).sort())
    for (const id of ids(g.launchedLongAgo)) expect(existsAnywhere(id)).toBe(false)
  })

  it('retires nothing on an EC2 that cannot say when an image was last launched, and says how to go on', async () => {
    bed.ec2.configure({ legacyImageFields: true })
    const { g } = seedGenerations()

    // The release stands: retention says why it retired nothing, and the run goes on to its outputs.
    const stopped = await retire('1.0.0', rules())

    expect(stopped?.done).toEqual([])
    expect(stopped?.plan.retire).toEqual([])
    expect(stopped?.error).toMatch(/^EC2 in us-(east-1|west-2) does not report when/)
    expect(stopped?.error).toContain("set 'keep-launched-within-days: 0'")
    expect(deregisters()).toEqual([])

    // Without the rule it goes on; what EC2 still reports (sharing, use) keeps generations.
    const retired = await retire('1.0.0', rules({ keepLaunchedWithinDays: 0 }))
    expect(retired?.plan.retire.map(r => r.image.id).sort()).toEqual(
      [...ids(g.plain), ...ids(g.launchedLongAgo), ...ids(g.launchedRecently)].sort()
    )
    expect(Object.keys(keptReasons(retired))).toContain('0.9.0')
  })
})

describe('finishRetirement: a run of a version whose retirement stopped part-way', () => {
  /** 0.9.0's retirement stopped after its copy in us-west-2; 1.0.0 is newer. */
  async function cutShort(seed: GenerationSeed = {}) {
    const old = seedGeneration('0.9.0', 101, seed)
    seedGeneration('1.0.0', 102)
    bed.ec2.world.region(WEST).images.delete(old.appWest)
    const stream = await describeStream(bed.aws, STREAM)
    const decision = decide(stream, {
      version: '0.9.0',
      builds: ['app', 'web'],
      onExisting: 'reuse',
      run: 'octo/images#300.1',
      now: Date.parse(NOW),
      retention: { keep: 1, mode: 'deregister' }
    })
    if (decision.action !== 'build' || !decision.retire) throw new Error('not a retirement')
    return { old, stream, retire: decision.retire }
  }
  const markOf = (version: string) =>
    bed.ec2.inspect
      .keyPairs(EAST)
      .find(k => k.name === releaseMarkName(LINEAGE, version, schema.version))?.tags[
      schema.released
    ]

  it('marks the first release, then retires what is left of the set, copies first', async () => {
    const { old, stream, retire } = await cutShort()
    // Only the build whose copy is gone: web is whole, and stays.
    expect(retire.sets.map(s => s.build)).toEqual(['app'])
    const done = await finishRetirement(bed.aws, stream, '0.9.0', retire, rules(), undefined)
    expect(done.map(i => i.id)).toEqual([old.app])
    expect(exists(EAST, old.app)).toBe(false)
    expect(exists(EAST, old.web)).toBe(true)
    expect(markOf('0.9.0')).toBe(runOf(101))
  })

  it('goes on when another run retires what is left while this one asks what uses it', async () => {
    const { old, stream, retire } = await cutShort()
    bed.ec2.beforeNext('DescribeImageAttribute', world => world.region(EAST).images.delete(old.app))
    const done = await finishRetirement(bed.aws, stream, '0.9.0', retire, rules(), undefined)
    // Nothing of the set is left for this run to retire; the version can be built again.
    expect(done).toEqual([])
    expect(deregisters()).toEqual([])
    expect(exists(EAST, old.web)).toBe(true)
    expect(markOf('0.9.0')).toBe(runOf(101))
  })

  it('keeps what is left when the image that was pinned at the look is gone meanwhile', async () => {
    const { old, stream, retire } = await cutShort({ web: { tags: { [schema.keep]: 'audit' } } })
    bed.ec2.beforeNext('DescribeImageAttribute', world => world.region(EAST).images.delete(old.web))
    await expect(
      finishRetirement(bed.aws, stream, '0.9.0', retire, rules(), undefined)
    ).rejects.toThrow(`what is left of it is kept: ${old.web} in ${EAST}: it is pinned`)
    expect(exists(EAST, old.app)).toBe(true)
    expect(deregisters()).toEqual([])
  })

  it('retires nothing while an instance runs from what is left', async () => {
    const { old, stream, retire } = await cutShort()
    const instance = bed.ec2.seed.instance(EAST, { imageId: old.app })
    await expect(
      finishRetirement(bed.aws, stream, '0.9.0', retire, rules(), undefined)
    ).rejects.toThrow(`what is left of it is kept: ${old.app} in ${EAST}: instance ${instance}`)
    expect(exists(EAST, old.app)).toBe(true)
    expect(deregisters()).toEqual([])
    expect(markOf('0.9.0')).toBeUndefined()
  })
})

describe("someone's copy of a release in its own region (CopyImage with its tags)", () => {
  /** A copy of `primary` in us-east-1 made by another process, every tag copied. */
  function theirCopy(primary: string): string {
    const source = bed.ec2.world.region(EAST).image(primary)
    return bed.ec2.seed.image(EAST, {
      name: 'someone-elses-encrypted-copy',
      tags: { ...source.tags },
      sourceImageId: primary,
      sourceImageRegion: EAST,
      creationDate: madeBy(150)
    })
  }

  it('is never retired, not even once the release it was copied from is gone', async () => {
    const old = seedGeneration('0.9.0', 101)
    const foreign = theirCopy(old.app)
    seedGeneration('1.0.0', 102)
    const first = await retire('1.0.0', rules({ keep: 1 }))
    expect(first?.plan.retire.map(r => r.image.id).sort()).toEqual(ids(old).sort())
    expect(exists(EAST, foreign)).toBe(true)

    // The next release: the copy's source is gone, but it is still not the stream's.
    seedGeneration('1.1.0', 103)
    const second = await retire('1.1.0', rules({ keep: 1 }))

    expect(second?.plan.retire.map(r => r.image.id)).not.toContain(foreign)
    expect(exists(EAST, foreign)).toBe(true)
  })

  it('an encrypt_boot release, copied by Packer from its own intermediate, is still retired', async () => {
    const old = seedGeneration('0.9.0', 101, {
      app: { sourceImageId: 'ami-0123456789abcdef0', sourceImageRegion: EAST }
    })
    seedGeneration('1.0.0', 102)
    const retired = await retire('1.0.0', rules({ keep: 1 }))
    expect(retired?.plan.retire.map(r => r.image.id).sort()).toEqual(ids(old).sort())
    for (const id of ids(old)) expect(existsAnywhere(id)).toBe(false)
  })
})

/**
 * 0.9.0 and 1.0.0 released, and an image `seed` made after 0.9.0 with every tag of its web AMI;
 * retention keeping one generation leaves that image. What retention says keeps 0.9.0.
 */
async function keptBesideOldWeb(seed: Omit<ImageSeed, 'tags' | 'creationDate'>) {
  const old = seedGeneration('0.9.0', 101)
  const tags = { ...bed.ec2.world.region(EAST).image(old.web).tags }
  const image = bed.ec2.seed.image(EAST, { ...seed, creationDate: madeBy(150), tags })
  seedGeneration('1.0.0', 102)

  const retired = await retire('1.0.0', rules({ keep: 1 }))

  expect(retired?.plan.retire.map(r => r.image.id)).not.toContain(image)
  expect(exists(EAST, image)).toBe(true)
  return { image, reason: keptReasons(retired)['0.9.0'] }
}

describe('an image that carries a release record its own release never wrote', () => {
  it('someone’s own AMI with a release’s tags copied onto it by hand is never retired', async () => {
    // Another team's AMI (its own instance, its own snapshot), tagged by hand like 0.9.0's web.
    const seed = { name: 'team-b-web', sourceInstanceId: 'i-0123456789abcdef0' }
    const { image, reason } = await keptBesideOldWeb(seed)
    expect(reason).toContain(
      `${image} in ${EAST}: it carries ImageVersion:builds, but its snapshots do not carry`
    )
  })
})

describe('deregister retires a generation whole, whatever of it was deprecated or disabled before', () => {
  it.each<[string, Partial<ImageSeed>]>([
    ['deprecated', { deprecationTime: ago(1) }],
    ['disabled', { state: 'disabled' }]
  ])('a copy %s before is deregistered with the rest', async (_what, copy) => {
    const old = seedGeneration('0.9.0', 101, { appWest: copy })
    seedGeneration('1.0.0', 102)

    const retired = await retire('1.0.0', rules({ keep: 1 }))

    expect(retired?.plan.retire.map(r => r.image.id).sort()).toEqual(ids(old).sort())
    for (const id of ids(old)) expect(existsAnywhere(id)).toBe(false)
  })
})

describe('disable retires a generation whole, whatever of it was deprecated before', () => {
  it('a copy deprecated before is disabled with the rest: none of it can be launched', async () => {
    const old = seedGeneration('0.9.0', 101, { appWest: { deprecationTime: ago(1) } })
    seedGeneration('1.0.0', 102)

    const retired = await retire('1.0.0', rules({ keep: 1, mode: 'disable' }))

    expect(retired?.plan.retire.map(r => r.image.id).sort()).toEqual(ids(old).sort())
    for (const id of ids(old)) expect(imageView(id)?.state).toBe('disabled')
  })
})

describe('an image with no snapshot to prove its release', () => {
  it('an instance-store AMI that carries an older release’s record is kept, and says why', async () => {
    // No EBS snapshot (amazon-instance builds instance-store AMIs): nothing proves who tagged it.
    const { image, reason } = await keptBesideOldWeb({ name: 'web-instance-store', snapshots: 0 })
    expect(reason).toContain(
      `${image} in ${EAST}: it carries ImageVersion:builds and has no EBS snapshot to prove the release wrote it`
    )
  })
})
