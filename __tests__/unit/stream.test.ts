import { describe, expect, it } from 'vitest'
import type { ImageFact } from '../../src/release/facts.js'
import { copyTags, tagSchema } from '../../src/release/tags.js'
import { earlierRun, generations, marksOf, releaseOf, type Stream } from '../../src/stream/model.js'
import { newestRelease, outputRelease, pointerTargets } from '../../src/stream/pointer.js'
import { planRetention, retentionUnits, type RetentionRules } from '../../src/stream/retention.js'
import { decide, type Asked } from '../../src/stream/rules.js'
import { judgeClaim, CLAIM_TIMING } from '../../src/steps/claim.js'

const schema = tagSchema('ImageVersion')
const LINEAGE = 'acme/images:packer'
const RUN = 'acme/images#7.2'
const EARLIER = 'acme/images#7.1'
const OTHER = 'acme/images#8.1'
const NOW = Date.parse('2026-12-01T12:00:00.000Z')
let serial = 0

function image(
  region: string,
  tags: Record<string, string>,
  over: Partial<ImageFact> = {}
): ImageFact {
  serial += 1
  return {
    id: `ami-${String(serial).padStart(17, '0')}`,
    region,
    name: `app-${serial}`,
    created: new Date(NOW - 86_400_000 + serial * 1000).toISOString(),
    state: 'available',
    ownedBySelf: true,
    deprecated: false,
    public: false,
    protected: false,
    lastLaunched: undefined,
    sourceInstanceId: undefined,
    sourceImageId: undefined,
    sourceImageRegion: undefined,
    tags: { [schema.lineage]: LINEAGE, ...tags },
    snapshotIds: [`snap-${serial}`],
    ...over
  }
}

interface SetSpec {
  build?: string
  copies?: string[]
  run?: string
  released?: string
  builds?: string[]
  /** Only a completion record: built, not released. */
  complete?: boolean
}

/** The images of one build of a version: its AMI in us-east-1 recording its copies, as the action tags them. */
function set(version: string, spec: SetSpec = {}): ImageFact[] {
  const build = spec.build ?? 'amazon-ebs.app'
  const marks = {
    [schema.build]: build,
    [schema.run]: spec.run ?? RUN,
    [schema.complete]: version,
    ...(spec.complete ? {} : { [schema.version]: version })
  }
  const copies = (spec.copies ?? []).map(region => image(region, marks))
  const record = Object.fromEntries(
    copyTags(
      schema,
      copies.map(c => ({ region: c.region, amiId: c.id }))
    ).map(t => [t.Key, t.Value])
  )
  const primary = image('us-east-1', {
    ...marks,
    ...record,
    ...(spec.complete
      ? {}
      : {
          [schema.builds]: (spec.builds ?? [build]).join(','),
          [schema.released]: spec.released ?? spec.run ?? RUN
        })
  })
  for (const copy of copies) copy.sourceImageId = primary.id
  return [primary, ...copies]
}

const stream = (...images: ImageFact[][]): Stream => ({
  lineage: LINEAGE,
  schema,
  region: 'us-east-1',
  images: images.flat()
})

const asked = (over: Partial<Asked> = {}): Asked => ({
  version: 'release-1.0.0',
  builds: ['amazon-ebs.app'],
  onExisting: 'reuse',
  run: RUN,
  now: NOW,
  ...over
})

/** The run that first released a version `hours` ago: GitHub numbers runs in the order they start. */
const at = (hours: number) => `acme/images#${1000 - hours * 10}.1`

describe('decide: what a run does about its version', () => {
  it('builds everything when nothing exists', () => {
    expect(decide(stream(), asked())).toMatchObject({ action: 'build', builds: undefined })
  })

  it('builds everything when nothing exists and only Packer knows the build names', () => {
    // Found by rerun.test.ts: the release was "finished" with nothing in it.
    expect(decide(stream(), asked({ builds: undefined }))).toEqual({
      action: 'build',
      builds: undefined,
      finish: [],
      kept: []
    })
    expect(
      decide(stream(set('release-0.9.0')), asked({ builds: undefined, version: 'release-1.0.0' }))
    ).toMatchObject({ action: 'build', builds: undefined })
  })

  it('reuses a whole release, every region included', () => {
    const d = decide(stream(set('release-1.0.0', { copies: ['us-west-2'] })), asked())
    expect(d.action).toBe('reuse')
    expect(d.action === 'reuse' && d.sets[0]?.copies.map(c => c.region)).toEqual(['us-west-2'])
  })

  it("refuses with on-existing: fail, as the input's choice", () => {
    const d = decide(stream(set('release-1.0.0')), asked({ onExisting: 'fail' }))
    expect(d).toMatchObject({ action: 'fail', byInput: true })
  })

  it('refuses with on-existing: fail when a built, unreleased image of the version exists, even its own', () => {
    for (const run of [OTHER, EARLIER]) {
      const d = decide(
        stream(set('release-1.0.0', { run, complete: true })),
        asked({ onExisting: 'fail' })
      )
      expect(d).toMatchObject({ action: 'fail', byInput: true })
      expect(d.action === 'fail' && d.reason).toMatch(
        /is a built, unreleased image of release-1\.0\.0/
      )
    }
  })

  it('rebuilds everything with on-existing: rebuild', () => {
    const d = decide(stream(set('release-1.0.0')), asked({ onExisting: 'rebuild' }))
    expect(d).toMatchObject({ action: 'build', builds: undefined })
  })

  it('finishes what an earlier attempt of this run built, and builds only what is missing', () => {
    const images = stream(
      set('release-1.0.0', { build: 'amazon-ebs.app', run: EARLIER, complete: true })
    )
    const d = decide(images, asked({ builds: ['amazon-ebs.app', 'amazon-ebs.web'] }))
    expect(d).toMatchObject({ action: 'build', builds: ['amazon-ebs.web'] })
    expect(d.action === 'build' && d.finish.map(s => s.build)).toEqual(['amazon-ebs.app'])
  })

  it("names another run's complete build that it never released, and builds nothing over it", () => {
    const d = decide(stream(set('release-1.0.0', { run: OTHER, complete: true })), asked())
    expect(d).toMatchObject({ action: 'fail', byInput: false })
    expect(d.action === 'fail' && d.reason).toMatch(
      /built by acme\/images#8\.1, which did not release it/
    )
  })

  it('keeps the released builds and builds the one the release lacks', () => {
    const d = decide(
      stream(set('release-1.0.0')),
      asked({ builds: ['amazon-ebs.app', 'amazon-ebs.web'] })
    )
    expect(d).toMatchObject({ action: 'build', builds: ['amazon-ebs.web'] })
    expect(d.action === 'build' && d.kept.map(s => s.build)).toEqual(['amazon-ebs.app'])
  })

  it('fails, naming the copy, when a recorded copy of the newest release is gone', () => {
    const [primary] = set('release-1.0.0', { copies: ['us-west-2'] })
    const d = decide(stream([primary as ImageFact]), asked())
    expect(d.action === 'fail' && d.reason).toMatch(/as its copy, but EC2 has no such image/)
  })

  it('retires, then builds again, an older release whose retirement stopped after a copy', () => {
    // Retention retires copies first: the AMI that records them is what a stop leaves.
    const [primary, , kept] = set('release-1.0.0', {
      copies: ['us-west-2', 'eu-west-1'],
      released: at(48)
    })
    const newer = set('release-2.0.0', { released: at(24) })
    const retention = { keep: 1, mode: 'deregister' as const }
    const d = decide(stream([primary, kept] as ImageFact[], newer), asked({ retention }))
    expect(d).toMatchObject({ action: 'build', builds: undefined, kept: [] })
    expect(d.action === 'build' && d.retire?.firstRelease).toBe(at(48))
    expect(d.action === 'build' && d.retire?.sets.flatMap(s => [s.primary, ...s.copies])).toEqual([
      primary,
      kept
    ])
  })

  it.each([
    ['keeps that generation (keep-generations 2)', { keep: 2, mode: 'deregister' as const }],
    ['retires nothing (keep-generations 0)', { keep: 0, mode: 'deregister' as const }],
    ['never deregisters (retire: deprecate)', { keep: 1, mode: 'deprecate' as const }],
    ['is not known', undefined]
  ])(
    'takes a copy gone for a retirement only where its own retention deregisters: not when it %s',
    (_, retention) => {
      const [primary] = set('release-1.0.0', { copies: ['us-west-2'], released: at(48) })
      const newer = set('release-2.0.0', { released: at(24) })
      const d = decide(stream([primary as ImageFact], newer), asked({ retention }))
      expect(d).toMatchObject({ action: 'fail', byInput: false })
    }
  )

  it('does not take a recorded copy that is there but not its copy for a retirement', () => {
    const [primary, copy] = set('release-1.0.0', {
      copies: ['us-west-2', 'eu-west-1'],
      released: at(48)
    })
    const foreign = { ...(copy as ImageFact), tags: { ...copy?.tags, [schema.build]: 'other' } }
    const d = decide(
      stream([primary, foreign] as ImageFact[], set('release-2.0.0', { released: at(24) })),
      asked({ retention: { keep: 1, mode: 'deregister' } })
    )
    expect(d).toMatchObject({ action: 'fail', byInput: false })
  })
  it('keeps a whole released build of an older generation, and retires none of it for the build it lacks', () => {
    const old = set('release-1.0.0', {
      released: at(48),
      builds: ['amazon-ebs.app', 'amazon-ebs.web']
    })
    const d = decide(
      stream(old, set('release-2.0.0', { released: at(24) })),
      asked({
        builds: ['amazon-ebs.app', 'amazon-ebs.web'],
        retention: { keep: 1, mode: 'deregister' }
      })
    )
    expect(d).toMatchObject({ action: 'build', builds: ['amazon-ebs.web'] })
    expect(d.action === 'build' && d.retire).toBeUndefined()
    expect(d.action === 'build' && d.kept.map(s => s.primary.id)).toEqual([old[0]?.id])
  })

  it.each([
    [
      'EC2 made it before an earlier attempt could have',
      (images: ImageFact[]) => [
        { ...(images[0] as ImageFact), created: new Date(NOW - 40 * 86_400_000).toISOString() },
        ...images.slice(1)
      ],
      ['amazon-ebs.app'],
      /before an earlier attempt of this run could have/
    ],
    [
      'a copy it records is gone',
      (images: ImageFact[]) => images.slice(0, 1),
      ['amazon-ebs.app'],
      /is not whole: .*EC2 has no such image/
    ],
    [
      'which builds the release is made of is not known',
      (images: ImageFact[]) => images,
      undefined,
      /which builds the release is made of is not known/
    ]
  ])(
    'does not finish a complete build marked by an earlier attempt when %s',
    (_, images, builds, reason) => {
      const made = set('release-1.0.0', { run: EARLIER, complete: true, copies: ['us-west-2'] })
      const d = decide(stream(images(made)), asked({ builds }))
      expect(d).toMatchObject({ action: 'fail', byInput: false })
      expect(d.action === 'fail' && d.reason).toMatch(reason)
    }
  )

  it('a rebuild keeps what an earlier attempt of this run released, and builds the rest', () => {
    const app = set('release-1.0.0', { run: EARLIER, builds: ['amazon-ebs.app', 'amazon-ebs.web'] })
    const d = decide(
      stream(app),
      asked({ onExisting: 'rebuild', builds: ['amazon-ebs.app', 'amazon-ebs.web'] })
    )
    expect(d).toMatchObject({ action: 'build', builds: ['amazon-ebs.web'] })
    expect(d.action === 'build' && d.kept.map(x => x.primary.id)).toEqual([app[0]?.id])
  })

  it('rebuilds, not reuses, a release of an earlier attempt that is not whole', () => {
    const [primary] = set('release-1.0.0', { run: EARLIER, copies: ['us-west-2'] })
    const d = decide(stream([primary as ImageFact]), asked({ onExisting: 'rebuild' }))
    expect(d).toMatchObject({ action: 'build', builds: undefined, kept: [] })
  })

  it('does not finish a build whose recorded copy another run marked, whatever the version-tag-key', () => {
    // 'constructor' is a tag key like any other, and a name every JavaScript object answers to.
    const key = tagSchema('constructor')
    const marks = {
      [key.lineage]: LINEAGE,
      [key.build]: 'amazon-ebs.app',
      [key.complete]: 'release-1.0.0'
    }
    const copy = image('us-west-2', { ...marks, [key.run]: OTHER })
    const record = copyTags(key, [{ region: copy.region, amiId: copy.id }])
    const primary = image('us-east-1', {
      ...marks,
      [key.run]: EARLIER,
      ...Object.fromEntries(record.map(t => [t.Key, t.Value]))
    })
    const s: Stream = { ...stream([primary, { ...copy, sourceImageId: primary.id }]), schema: key }
    const d = decide(s, asked())
    expect(d).toMatchObject({ action: 'fail', byInput: false })
    expect(d.action === 'fail' && d.reason).toMatch(/not marked by the run that built the image/)
  })
})

describe('releaseOf: lookups and reuse are exact', () => {
  it("an AMI registered from a release's own snapshots is not the release; one snapshot shared is", () => {
    const [real] = set('release-1.0.0') as [ImageFact]
    const [again] = set('release-1.0.0') as [ImageFact]
    again.snapshotIds = [...real.snapshotIds]
    expect(releaseOf(stream([real, again]), 'release-1.0.0')).toMatchObject({
      whole: true,
      sets: [{ primary: { id: real.id } }]
    })
    // A newer release that shares a data volume's snapshot with an older one is still a release.
    const [newer] = set('release-2.0.0') as [ImageFact]
    newer.snapshotIds = [...newer.snapshotIds, ...real.snapshotIds]
    expect(releaseOf(stream([real, newer]), 'release-2.0.0').whole).toBe(true)
  })

  it('takes the newest released image of each build: a rebuild is what a deploy gets', () => {
    const old = set('release-1.0.0', { copies: ['us-west-2'] })
    const rebuilt = set('release-1.0.0', { copies: ['us-west-2'], released: at(1) })
    const release = releaseOf(stream(rebuilt, old), 'release-1.0.0')
    expect(release.whole && release.sets.map(s => s.primary.id)).toEqual([rebuilt[0]?.id])
    // Whatever order EC2 answers in.
    expect(releaseOf(stream(old, rebuilt), 'release-1.0.0')).toEqual(release)
  })

  it('is not found when the release lacks a build it records', () => {
    const app = set('release-1.0.0', { builds: ['amazon-ebs.app', 'amazon-ebs.web'] })
    const release = releaseOf(stream(app), 'release-1.0.0')
    expect(release).toMatchObject({ whole: false })
    expect(!release.whole && release.reason).toMatch(/no released AMI of build amazon-ebs\.web/)
  })

  it('does not take an image a template tagged with the version itself: it records no release', () => {
    const tagged = image('us-east-1', {
      [schema.version]: 'release-1.0.0',
      [schema.build]: 'amazon-ebs.app'
    })
    expect(releaseOf(stream([tagged]), 'release-1.0.0')).toMatchObject({ whole: false })
  })

  it('does not hand out a disabled image', () => {
    const [primary] = set('release-1.0.0')
    const disabled = { ...(primary as ImageFact), state: 'disabled' }
    expect(releaseOf(stream([disabled]), 'release-1.0.0')).toMatchObject({ whole: false })
  })
  it.each([
    [
      'its lineage tag differs',
      { [schema.lineage]: 'acme/other:packer' },
      {},
      /its .* tag differs/
    ],
    ['it lacks the version', { [schema.version]: undefined }, {}, /does not carry/],
    [
      'EC2 says it was copied from another AMI',
      {},
      { sourceImageId: 'ami-0f' },
      /copied from ami-0f/
    ],
    ['it failed', {}, { state: 'failed' }, /it is failed/]
  ] as const)(
    'is not found when a recorded copy is not its copy: %s; and hands that image out nowhere',
    (_, tags, over, reason) => {
      const [primary, copy] = set('release-1.0.0', { released: at(3), copies: ['us-west-2'] })
      const bad = {
        ...(copy as ImageFact),
        ...over,
        tags: Object.fromEntries(
          Object.entries({ ...copy?.tags, ...tags }).filter(([, v]) => v !== undefined)
        ) as Record<string, string>
      }
      const s = stream([primary as ImageFact, bad], set('release-2.0.0', { released: at(1) }))
      const release = releaseOf(s, 'release-1.0.0')
      expect(!release.whole && release.reason).toMatch(reason)
      // Retention of the generation retires what is the release's, never the image it names.
      const { units } = retentionUnits(s, 'release-2.0.0', rules())
      const retired = planRetention(s, units, none, rules()).retire.map(r => r.image.id)
      // A failed copy is still the release's own image.
      expect(retired).toEqual(bad.state === 'failed' ? [bad.id, primary?.id] : [primary?.id])
    }
  )

  it('does not take a newer AMI tagged by hand with the release tags for the release, nor retire it', () => {
    const release = set('release-1.0.0', { released: at(3), copies: ['us-west-2'] })
    const [primary] = release
    // Made later from an instance, with every tag of the release's AMI, the copies record too.
    const handMade = image('us-east-1', { ...primary?.tags }, { sourceInstanceId: 'i-0f' })
    const s = stream(release, [handMade], set('release-2.0.0', { released: at(1) }))
    const found = releaseOf(s, 'release-1.0.0')
    expect(found.whole && found.sets.map(x => x.primary.id)).toEqual([primary?.id])
    const { units } = retentionUnits(s, 'release-2.0.0', rules({ keep: 1 }))
    const retired = planRetention(s, units, none, rules({ keep: 1 })).retire.map(r => r.image.id)
    expect(retired).toEqual([release[1]?.id, primary?.id])
  })

  it('takes a pending copy as its copy', () => {
    const [primary, copy] = set('release-1.0.0', { copies: ['us-west-2'] })
    const s = stream([primary as ImageFact, { ...(copy as ImageFact), state: 'pending' }])
    expect(releaseOf(s, 'release-1.0.0')).toMatchObject({ whole: true })
  })

  it('does not take a completion record marked by another run, or for another version, as the copy', () => {
    for (const tags of [{ [schema.run]: OTHER }, { [schema.complete]: 'release-0.9.0' }]) {
      const [primary, copy] = set('release-1.0.0', {
        run: EARLIER,
        complete: true,
        copies: ['us-west-2']
      })
      const s = stream([
        primary as ImageFact,
        { ...(copy as ImageFact), tags: { ...copy?.tags, ...tags } }
      ])
      const d = decide(s, asked())
      expect(d.action === 'fail' && d.reason).toMatch(/not marked by the run that built the image/)
    }
  })

  it('takes a release only from the AMI in its region, not one elsewhere carrying its tags', () => {
    const [primary] = set('release-1.0.0')
    // Someone's copy of it, tags and all, on an EC2 that reports no source.
    const theirs = image('us-west-2', primary?.tags ?? {})
    const release = releaseOf(stream([primary as ImageFact, theirs]), 'release-1.0.0')
    expect(release.whole && release.sets.map(x => x.primary.id)).toEqual([primary?.id])
  })

  it("does not take someone's copy of the release in its own region for a release", () => {
    const [primary] = set('release-1.0.0')
    const theirs = image('us-east-1', primary?.tags ?? {}, { sourceImageId: primary?.id })
    const release = releaseOf(stream([primary as ImageFact, theirs]), 'release-1.0.0')
    expect(release.whole && release.sets.map(x => x.primary.id)).toEqual([primary?.id])
  })

  it('takes no release without both the version and the builds record, nor one of no build', () => {
    const [primary] = set('release-1.0.0')
    const without = (key: string) =>
      Object.fromEntries(Object.entries(primary?.tags ?? {}).filter(([k]) => k !== key))
    for (const tags of [without(schema.builds), without(schema.version)])
      expect(
        releaseOf(stream([{ ...(primary as ImageFact), tags }]), 'release-1.0.0')
      ).toMatchObject({
        whole: false
      })
    // Nor one that names no build.
    expect(
      generations(stream([{ ...(primary as ImageFact), tags: without(schema.build) }]))
    ).toEqual([])
    // Nor is it a generation that keep-generations counts.
    expect(
      generations(stream([{ ...(primary as ImageFact), tags: without(schema.builds) }]))
    ).toEqual([])
    const none = releaseOf(stream(set('release-1.0.0', { builds: [] })), 'release-1.0.0')
    expect(!none.whole && none.reason).toMatch(/it records no build/)
  })

  it('is made of the builds its newest release records', () => {
    const builds = ['amazon-ebs.app', 'amazon-ebs.web']
    const s = stream(
      set('release-1.0.0', { released: at(3) }),
      set('release-1.0.0', { released: at(3), builds })
    )
    // The newest (made last) records both builds; web's AMI is not there.
    expect(releaseOf(s, 'release-1.0.0')).toMatchObject({ whole: false })
  })
})

describe('generations: ordered by first release, not by which job ran last', () => {
  it('an old tag whose images were all retired, built again by its re-run, stays older', () => {
    const g = generations(
      stream(
        set('release-2.0.0', { run: 'acme/images#20.1' }),
        // Built today by attempt 2 of the run that first released 1.0.0.
        set('release-1.0.0', { run: 'acme/images#10.2' })
      )
    )
    expect(g.map(x => x.version)).toEqual(['release-2.0.0', 'release-1.0.0'])
  })

  it('keeps the run that first released a version that was rebuilt or re-run', () => {
    const g = generations(
      stream(
        set('release-2.0.0', { released: at(10) }),
        set('release-1.0.0', { released: at(20) }),
        // The 1.0.0 job, re-run today, made a new image; it keeps the run that first released 1.0.0.
        set('release-1.0.0', { released: at(20) })
      )
    )
    expect(g.map(x => x.version)).toEqual(['release-2.0.0', 'release-1.0.0'])
  })
  it('without run numbers, by when its first image was made: a later rebuild of the older stays older', () => {
    const legacy = { released: 'legacy', run: 'legacy' }
    const first = set('release-1.0.0', legacy)
    const second = set('release-2.0.0', legacy)
    const rebuilt = set('release-1.0.0', legacy)
    expect(generations(stream(rebuilt, second, first)).map(x => x.version)).toEqual([
      'release-2.0.0',
      'release-1.0.0'
    ])
    // A fix of an older line released later is the newer release.
    const fix = set('release-1.0.1', legacy)
    expect(generations(stream(second, fix)).map(x => x.version)).toEqual([
      'release-1.0.1',
      'release-2.0.0'
    ])
    // Made at the same moment as well: by version, as numbers.
    const same = (v: string) =>
      set(v, legacy).map(i => ({ ...i, created: first[0]?.created ?? '' }))
    expect(
      generations(stream(same('release-1.9.0'), same('release-1.10.0'))).map(x => x.version)
    ).toEqual(['release-1.10.0', 'release-1.9.0'])
  })

  it('with and without run numbers, the order does not depend on the order EC2 lists the images in', () => {
    const made = (day: number) => (images: ImageFact[]) =>
      images.map(i => ({ ...i, created: new Date(NOW - (10 - day) * 86_400_000).toISOString() }))
    const a = made(1)(set('release-1.0.0', { run: 'acme/images#5.1' }))
    const c = made(5)(set('release-3.0.0', { run: 'acme/images#3.1' }))
    // A local run (no run number), made between the two.
    const b = made(3)(set('release-2.0.0', { run: 'acme/images#local.1' }))
    const orders = [
      [a, b, c],
      [a, c, b],
      [b, a, c],
      [b, c, a],
      [c, a, b],
      [c, b, a]
    ].map(images => generations(stream(...images)).map(g => g.version))
    // Run 5 before run 3; the local run by when it was made, beside the newest numbered one.
    for (const order of orders)
      expect(order).toEqual(['release-2.0.0', 'release-1.0.0', 'release-3.0.0'])
  })

  it("reads only an image's own tags: version-tag-key 'constructor' finds no version on an untagged image", () => {
    expect(marksOf(tagSchema('constructor'), {})).toMatchObject({
      version: undefined,
      complete: undefined,
      builds: undefined
    })
  })

  it('earlierRun names the mark only of a run that started first', () => {
    expect(earlierRun(OTHER, RUN)).toBe(RUN)
    expect(earlierRun(RUN, OTHER)).toBe(RUN)
    expect(earlierRun(RUN, 'legacy')).toBe(RUN)
    expect(earlierRun(RUN, undefined)).toBe(RUN)
  })
})

const rules = (over: Partial<RetentionRules> = {}): RetentionRules => ({
  keep: 1,
  rebuilt: false,
  mode: 'deregister',
  keepLaunchedWithinDays: 0,
  now: new Date(NOW),
  ...over
})
const none = {
  uses: new Map<string, string>(),
  launched: new Map<string, string>(),
  gone: new Set<string>()
}

describe('retention: the newest generations whole, nothing newer than this release', () => {
  const three = stream(
    set('release-3.0.0', { released: at(1), copies: ['us-west-2'] }),
    set('release-2.0.0', { released: at(2), copies: ['us-west-2'] }),
    set('release-1.0.0', { released: at(3), copies: ['us-west-2'] })
  )

  it('a re-run of an older version retires nothing newer, and says why', () => {
    const { units, spared } = retentionUnits(three, 'release-1.0.0', rules({ keep: 2 }))
    expect(units).toEqual([])
    expect(spared).toEqual([])
    const one = retentionUnits(three, 'release-1.0.0', rules({ keep: 1 }))
    expect(one.units).toEqual([])
    expect(one.spared).toEqual([{ version: 'release-2.0.0', reason: 'newer than this release' }])
  })

  it('a generation made only of AMIs the action never released is not counted', () => {
    const hotfix = set('release-2.5.0', { released: at(2) })
    const s = stream(three.images, hotfix)
    const unproven = new Set([(hotfix[0] as ImageFact).id])
    const counted = retentionUnits(s, 'release-3.0.0', rules({ keep: 3 }), unproven)
    expect(counted.units).toEqual([])
    const alone = retentionUnits(s, 'release-3.0.0', rules({ keep: 3 }))
    expect(alone.units.map(u => u.version)).toEqual(['release-1.0.0'])
  })

  it('the newest release retires the older generations whole, in every region', () => {
    const { units } = retentionUnits(three, 'release-3.0.0', rules({ keep: 1 }))
    const plan = planRetention(three, units, none, rules())
    expect(plan.retire.map(r => `${r.version} ${r.image.region}`).sort()).toEqual([
      'release-1.0.0 us-east-1',
      'release-1.0.0 us-west-2',
      'release-2.0.0 us-east-1',
      'release-2.0.0 us-west-2'
    ])
  })

  it('a generation in use in a region the template no longer copies to is kept everywhere', () => {
    const old = set('release-1.0.0', { released: at(3), copies: ['eu-west-1'] })
    const s = stream(set('release-2.0.0', { released: at(1) }), old)
    const { units } = retentionUnits(s, 'release-2.0.0', rules())
    const copy = old[1] as ImageFact
    const plan = planRetention(
      s,
      units,
      { ...none, uses: new Map([[copy.id, 'instance i-1 (running) was launched from it']]) },
      rules()
    )
    expect(plan.retire).toEqual([])
    expect(plan.keep.map(k => k.image.region).sort()).toEqual(['eu-west-1', 'us-east-1'])
    expect(plan.keep[0]?.reason).toMatch(/in eu-west-1: instance i-1/)
  })

  it('a rebuild retires the release it replaced whole, unless something uses any image of it', () => {
    const old = set('release-1.0.0', { released: at(5), copies: ['us-west-2'] })
    const s = stream(set('release-1.0.0', { released: at(5), copies: ['us-west-2'] }), old)
    const { units } = retentionUnits(s, 'release-1.0.0', rules({ keep: 0, rebuilt: true }))
    expect(units.map(u => u.sets.map(x => x.primary.id))).toEqual([[old[0]?.id]])
    const used = planRetention(
      s,
      units,
      { ...none, uses: new Map([[old[0]?.id ?? '', 'launch template web uses it']]) },
      rules()
    )
    expect(used.retire).toEqual([])
    expect(used.keep).toHaveLength(2)
  })

  it('keeps pinned, public, protected and recently launched images, with the reason', () => {
    const old = set('release-1.0.0', { released: at(3) })
    const s = (over: Partial<ImageFact>) =>
      stream(set('release-2.0.0', { released: at(1) }), [{ ...(old[0] as ImageFact), ...over }])
    const reason = (over: Partial<ImageFact>, r = rules()) => {
      const x = s(over)
      return planRetention(x, retentionUnits(x, 'release-2.0.0', r).units, none, r).keep[0]?.reason
    }
    expect(reason({ public: true })).toMatch(/it is public/)
    expect(reason({ tags: { ...old[0]?.tags, [schema.keep]: '' } })).toMatch(/pinned/)
    expect(reason({ protected: true })).toMatch(/deregistration protection/)
    expect(reason({ protected: true }, rules({ mode: 'deprecate' }))).toBeUndefined()
    expect(
      reason(
        { lastLaunched: new Date(NOW - 86_400_000).toISOString() },
        rules({ keepLaunchedWithinDays: 14 })
      )
    ).toMatch(/within 14 days/)
  })
  it('keeps the newest keep-generations whole, and keep-generations 0 retires no generation', () => {
    const two = retentionUnits(three, 'release-3.0.0', rules({ keep: 2 }))
    expect(two.units.map(u => u.version)).toEqual(['release-1.0.0'])
    expect(retentionUnits(three, 'release-3.0.0', rules({ keep: 0 })).units).toEqual([])
    // Not a rebuild: a second release of its version that another run made is not this run's to retire.
    const again = stream(
      set('release-1.0.0', { released: at(5) }),
      set('release-1.0.0', { released: at(5) })
    )
    expect(retentionUnits(again, 'release-1.0.0', rules({ keep: 0 })).units).toEqual([])
  })

  it('retires nothing when its own release is not among the generations', () => {
    expect(retentionUnits(three, 'release-4.0.0', rules({ keep: 1 }))).toEqual({
      units: [],
      spared: []
    })
  })

  it.each([
    ['deprecated', { deprecated: true }],
    ['disabled', { state: 'disabled' }]
  ] as const)(
    'a generation %s already does not count: it keeps no older one from its place',
    (_, retired) => {
      const middle = set('release-2.0.0', { released: at(2), copies: ['us-west-2'] }).map(i => ({
        ...i,
        ...retired
      }))
      const s = stream(
        set('release-3.0.0', { released: at(1) }),
        middle,
        set('release-1.0.0', { released: at(3) })
      )
      expect(retentionUnits(s, 'release-3.0.0', rules({ keep: 2 })).units).toEqual([])
    }
  )

  it('a copy retired already is not retired again (but deregistered with the rest), and still keeps its generation when in use', () => {
    const [primary, copy] = set('release-1.0.0', { released: at(3), copies: ['us-west-2'] })
    const s = stream(set('release-2.0.0', { released: at(1) }), [
      primary as ImageFact,
      { ...(copy as ImageFact), deprecated: true }
    ])
    const { units } = retentionUnits(s, 'release-2.0.0', rules())
    const idle = planRetention(s, units, none, rules({ mode: 'deprecate' }))
    expect(idle.retire.map(r => r.image.id)).toEqual([primary?.id])
    // Deregistering leaves none of it behind: the copy has no release left to name it.
    const gone = planRetention(s, units, none, rules())
    expect(gone.retire.map(r => r.image.id)).toEqual([copy?.id, primary?.id])
    const used = planRetention(
      s,
      units,
      { ...none, uses: new Map([[copy?.id ?? '', 'instance i-1 (running) was launched from it']]) },
      rules()
    )
    expect(used.retire).toEqual([])
    expect(used.keep.map(k => k.image.id)).toEqual([primary?.id, copy?.id])
  })

  it('retires the copies first and the AMI that records them last', () => {
    const { units } = retentionUnits(three, 'release-3.0.0', rules({ keep: 1 }))
    const regions = planRetention(three, units, none, rules()).retire.map(r => r.image.region)
    expect(regions).toEqual(['us-west-2', 'us-west-2', 'us-east-1', 'us-east-1'])
  })

  it('keeps an image EC2 no longer finds, or that AWS says was launched recently', () => {
    const old = set('release-1.0.0', { released: at(3) })
    const s = stream(set('release-2.0.0', { released: at(1) }), old)
    const id = old[0]?.id ?? ''
    const r = rules({ keepLaunchedWithinDays: 14 })
    const reason = (facts: typeof none) =>
      planRetention(s, retentionUnits(s, 'release-2.0.0', r).units, facts, r).keep[0]?.reason
    expect(reason({ ...none, gone: new Set([id]) })).toMatch(/EC2 no longer finds it/)
    const launched = new Map([[id, new Date(NOW - 86_400_000).toISOString()]])
    expect(reason({ ...none, launched })).toMatch(/within 14 days/)
  })
})

describe('pointers follow the newest whole release', () => {
  it('names the newest generation, and its AMIs per region', () => {
    const s = stream(
      set('release-2.0.0', { released: at(1), copies: ['us-west-2'] }),
      set('release-3.0.0', { released: at(0.5), builds: ['amazon-ebs.app', 'amazon-ebs.web'] })
    )
    // 3.0.0 lacks a build it records: not whole, so 2.0.0 is the newest release.
    expect(newestRelease(s)).toBe('release-2.0.0')
    expect(pointerTargets(s, 'release-2.0.0', false).map(t => t.region)).toEqual([
      'us-east-1',
      'us-west-2'
    ])
  })
  it('names the newest of several whole releases', () => {
    const s = stream(
      set('release-1.0.0', { released: at(3) }),
      set('release-2.0.0', { released: at(2) }),
      set('release-3.0.0', { released: at(1) })
    )
    expect(newestRelease(s)).toBe('release-3.0.0')
  })

  it('points at nothing of a release that is not whole, and outputs none', () => {
    const s = stream(
      set('release-2.0.0', { released: at(1) }),
      set('release-3.0.0', { released: at(0.5), builds: ['amazon-ebs.app', 'amazon-ebs.web'] })
    )
    expect(pointerTargets(s, 'release-3.0.0', true)).toEqual([])
    expect(() => outputRelease(s, 'release-3.0.0', undefined)).toThrow(
      /retired by the retention of the newer release-2.0.0/
    )
    expect(() => outputRelease(s, 'release-2.0.0', ['amazon-ebs.app', 'amazon-ebs.web'])).toThrow(
      /retired by another run/
    )
  })

  it('points at the first build only, unless the pointer is per build', () => {
    const builds = ['amazon-ebs.app', 'amazon-ebs.web']
    const s = stream(
      set('release-2.0.0', { released: at(1), builds }),
      set('release-2.0.0', { released: at(1), builds, build: 'amazon-ebs.web' })
    )
    expect(pointerTargets(s, 'release-2.0.0', false).map(t => t.build)).toEqual(['amazon-ebs.app'])
    expect(
      pointerTargets(s, 'release-2.0.0', true)
        .map(t => t.build)
        .sort()
    ).toEqual(builds)
  })
})

describe('judgeClaim: who holds a version', () => {
  const claim = (run: string, heartbeat: number, holder = 'step-1') => ({
    region: 'us-east-1',
    name: 'packer-ami-release-x',
    id: 'key-1',
    run,
    holder,
    created: new Date(NOW - 3_600_000).toISOString(),
    heartbeat: new Date(NOW - heartbeat).toISOString()
  })
  it.each([
    ['this step of this run', RUN, 0, 'mine'],
    [
      'an earlier attempt of this run, even one that beat a second ago',
      EARLIER,
      1000,
      'earlier attempt'
    ],
    ['another run that beat a minute ago', OTHER, 60_000, 'live'],
    ['another run silent for 20 minutes', OTHER, 20 * 60_000, 'stale']
  ])('%s', (_what, run, silent, state) => {
    expect(judgeClaim(claim(run, silent), RUN, NOW, CLAIM_TIMING, 'step-1')).toBe(state)
  })

  it('another job of this run (a matrix shares the run’s mark) holds it while it lives', () => {
    expect(judgeClaim(claim(RUN, 1000, 'step-2'), RUN, NOW, CLAIM_TIMING, 'step-1')).toBe('live')
    const unnamed = { ...claim(RUN, 1000), holder: undefined }
    expect(judgeClaim(unnamed, RUN, NOW, CLAIM_TIMING, 'step-1')).toBe('live')
    const silent = claim(RUN, 20 * 60_000, 'step-2')
    expect(judgeClaim(silent, RUN, NOW, CLAIM_TIMING, 'step-1')).toBe('stale')
  })
})
