import fc from 'fast-check'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  EC2Client,
  RunInstancesCommand,
  TerminateInstancesCommand,
  CreateTagsCommand
} from '@aws-sdk/client-ec2'
import type { Artifact } from '../../src/release/artifact.js'
import { renderOutputs } from '../../src/report/outputs.js'
import type { RunResult } from '../../src/report/result.js'
import { recordedBuilds } from '../../src/release/tags.js'
import { INVARIANTS } from '../../src/stream/invariants.js'
import {
  LINEAGE,
  PARAMETER,
  REGION,
  SCHEMA,
  startHarness,
  type Harness,
  type RunRecord,
  type RunSpec
} from '../helpers/stream-harness.js'

/**
 * Model-based tests of the stream's invariants (src/stream/invariants.ts): fast-check generates
 * histories of releases of new and old versions, re-runs, rebuilds, instances launched from
 * images and stopped, pins, lookups, rollbacks, runs killed at any AWS call (their post step
 * runs after), outages, and two runs racing, and runs them in process against the test bed's
 * EC2 and SSM (`stream-harness.ts`). After every step the invariants are checked against what
 * the endpoints hold. Failing histories found on the way stay below as named cases.
 */
const REGIONS = [REGION, 'us-west-2', 'eu-west-1']
const BUILDS = ['amazon-ebs.app', 'amazon-ebs.web']

interface Model {
  ssm: boolean
  uniqueNames: boolean
  nextRun: number
  /** Versions started, oldest first, with the shape of their template and their last run. */
  versions: {
    version: string
    builds: string[]
    copyRegions: string[]
    run: number
    attempt: number
  }[]
  /** Every run of the history. */
  history: { version: string; run: number; onExisting: RunSpec['onExisting']; keep: number }[]
  /** What the last run that said it released each version output. */
  released: Map<string, Artifact[]>
  /** The first release of each version, as the stream said once it was released: the stream may forget it, the history does not. */
  firstReleased: Map<string, number>
  /** Versions a killed or failed run may have left in any state. */
  unknown: Set<string>
  /** Instances launched from images, and pins, with every image of their version when they began. */
  guards: { id: string; region: string; guarded: string[] }[]
  /** The version the deploy pointer should name, when one was published or rolled back to. */
  pointer: string | undefined
  pinned: Set<string>
  /** An outage the next run meets (and only it: the history's own calls and checks do not). */
  outage: { action: string; count: number; region: string } | undefined
  /** Images someone else made in the release's region with a release's tags (I9): no part of the stream. */
  foreign: Set<string>
}

/** Starts the outage the model holds for the next run; the harness ends it before the post step. */
function startOutage(m: Model, h: Harness): void {
  const o = m.outage
  if (o) h.ec2.failNext(o.action, o.count, 'unavailable', (_p, region) => region === o.region)
  m.outage = undefined
}

/** Every image of the account in the stream's regions, by ID, but for the foreign ones. */
function images(h: Harness, m: Readonly<Model>) {
  return new Map(
    REGIONS.flatMap(region =>
      h.ec2.inspect
        .images(region)
        .filter(i => i.ownerId !== '136693071363' && !m.foreign.has(i.id))
        .map(i => [i.id, { ...i, region }] as const)
    )
  )
}

const versionOf = (tags: Record<string, string>) => tags[SCHEMA.version]

type Image = ReturnType<Harness['ec2']['inspect']['images']>[number]

const newestFirst = (a: Image, b: Image) =>
  b.creationDate.localeCompare(a.creationDate) || b.id.localeCompare(a.id)

/**
 * The newest image of each build and region that carries `version` and its release record, as a
 * lookup must give. A released image whose run holds a completion record of another build of its
 * release, newer than that build's newest release, is held back until that run is finished: a
 * lookup during a rebuild gives the release it replaces, never a mix (model.ts: heldBack).
 */
function newestReleased(h: Harness, m: Readonly<Model>, version: string): Artifact[] {
  const all = [...images(h, m).values()].filter(
    i => i.tags[SCHEMA.lineage] === LINEAGE && i.state !== 'disabled' && i.region === REGION
  )
  const primaries = all.filter(
    i => versionOf(i.tags) === version && i.tags[SCHEMA.builds] !== undefined
  )
  const records = all.filter(
    i => versionOf(i.tags) === undefined && i.tags[SCHEMA.complete] === version
  )
  const ofBuild = (build: string) =>
    primaries.filter(p => p.tags[SCHEMA.build] === build).sort(newestFirst)
  const run = (i: Image) => /#(\d+)\./.exec(i.tags[SCHEMA.run] ?? '')?.[1]
  const held = (p: Image) =>
    records.some(r => {
      const newest = ofBuild(r.tags[SCHEMA.build] ?? '')[0]
      return (
        run(r) === run(p) &&
        (recordedBuilds(SCHEMA, p.tags) ?? []).includes(r.tags[SCHEMA.build] ?? '') &&
        (!newest || newestFirst(r, newest) < 0)
      )
    })
  const out: Artifact[] = []
  for (const build of new Set(primaries.map(p => p.tags[SCHEMA.build] ?? ''))) {
    const newest = ofBuild(build).find(p => !held(p))
    if (!newest) continue
    out.push({ build, region: REGION, amiId: newest.id })
    out.push(...copiesOf(newest.tags).map(c => ({ build, ...c })))
  }
  return out
}

/** The copies an AMI's record names. */
function copiesOf(tags: Record<string, string>): { region: string; amiId: string }[] {
  return Object.entries(tags)
    .filter(([key]) => key.startsWith(SCHEMA.copies))
    .flatMap(([, value]) => value.split(',').filter(Boolean))
    .map(pair => {
      const [region = '', amiId = ''] = pair.split('=')
      return { region, amiId }
    })
}

const sorted = (a: Artifact[]) => [...a].map(x => `${x.build} ${x.region} ${x.amiId}`).sort()

/** I1 and the per-run part of I2, I3, I4, I7, I8: checked after every step. */
async function checkInvariants(h: Harness, m: Model, step: string): Promise<void> {
  const now = images(h, m)
  // I1: whatever an instance was launched from, and every image of that version with it, survives.
  for (const guard of m.guards)
    for (const id of guard.guarded)
      expect(now.has(id), `${INVARIANTS.I1} (${step}: ${id}, kept by ${guard.id})`).toBe(true)
  // I3: lookups are exact and stable; a version with no whole release is not found; never zero AMIs.
  const lookups: (RunResult | Error)[] = []
  for (const { version } of m.versions) {
    const [a, b] = [await h.lookup(version), await h.lookup(version)]
    lookups.push(a, b)
    const found = (r: RunResult | Error) =>
      r instanceof Error ? undefined : sorted(r.artifacts ?? [])
    expect(found(a), `${INVARIANTS.I3} (${step}: two lookups of ${version})`).toEqual(found(b))
    if (a instanceof Error) {
      expect(
        m.released.has(version) &&
          !m.unknown.has(version) &&
          stillThere(m.released.get(version) ?? [], now),
        `${INVARIANTS.I3} (${step}: ${version} was released and is whole, but: ${a.message})`
      ).toBe(false)
      continue
    }
    const artifacts = a.artifacts ?? []
    expect(
      artifacts.length,
      `${INVARIANTS.I3} (${step}: ${version} found with no AMI)`
    ).toBeGreaterThan(0)
    expect(
      sorted(artifacts),
      `${INVARIANTS.I3} (${step}: ${version} is not the newest released image per build and region)`
    ).toEqual(sorted(newestReleased(h, m, version)))
    for (const x of artifacts)
      expect(versionOf(now.get(x.amiId)?.tags ?? {}), `${step}: ${x.amiId} of ${version}`).toBe(
        version
      )
  }
  // I8: nothing a run made is left half-made: every AMI is released, recorded complete for a re-run, or gone.
  for (const image of now.values())
    expect(
      image.tags[SCHEMA.version] !== undefined || image.tags[SCHEMA.complete] !== undefined,
      `${INVARIANTS.I8} (${step}: ${image.id} ${image.name} is neither released nor recorded)`
    ).toBe(true)
  for (const region of REGIONS) {
    const live = h.ec2.inspect
      .instances(region)
      .filter(i => i.state !== 'terminated' && !m.guards.some(x => x.id === i.id))
    expect(
      live.map(i => i.id),
      `${INVARIANTS.I8} (${step}: instances left running in ${region})`
    ).toEqual([])
    // The marks of first releases stay (they are the stream's memory); nothing else does.
    const keys = h.ec2.inspect
      .keyPairs(region)
      .map(k => k.name)
      .filter(k => !k.startsWith('packer-ami-released-'))
    expect(keys, `${INVARIANTS.I8} (${step}: key pairs or claims left in ${region})`).toEqual([])
  }
  checkForeign(h, m, step, lookups)
  // I4: the pointer names the version the history says: the newest release, or the one rolled back to.
  if (m.ssm && m.pointer !== undefined && m.released.has(m.pointer) && !m.unknown.has(m.pointer)) {
    const expected = (m.released.get(m.pointer) ?? []).filter(
      x => x.build === m.versions.find(v => v.version === m.pointer)?.builds[0]
    )
    for (const x of expected) {
      const value = h.ssm.inspect.parameters(x.region).find(p => p.name === PARAMETER)?.value
      expect(
        value,
        `${INVARIANTS.I4} (${step}: ${PARAMETER} in ${x.region} should name ${m.pointer})`
      ).toBe(x.amiId)
    }
  }
}

/**
 * I9: every foreign image stands as it was made (not deregistered, deprecated nor disabled), and
 * no version of the SSM parameter, nor any output of `results` (runs, lookups), names one.
 */
function checkForeign(
  h: Harness,
  m: Readonly<Model>,
  step: string,
  results: (RunResult | Error | undefined)[]
): void {
  const held = new Map(h.ec2.inspect.images(REGION).map(i => [i.id, i]))
  for (const id of m.foreign) {
    const image = held.get(id)
    expect(
      image && { state: image.state, deprecated: image.deprecated },
      `${INVARIANTS.I9} (${step}: ${id} was retired)`
    ).toEqual({ state: 'available', deprecated: false })
  }
  const named = [
    ...results.map(r => (r && !(r instanceof Error) ? JSON.stringify(renderOutputs(r)) : '')),
    ...REGIONS.map(region => JSON.stringify(h.ssm.inspect.history(region, PARAMETER)))
  ].join('\n')
  for (const id of m.foreign)
    expect(named.includes(id), `${INVARIANTS.I9} (${step}: ${id} was output or published)`).toBe(
      false
    )
}

const stillThere = (artifacts: Artifact[], now: Map<string, unknown>) =>
  artifacts.length > 0 && artifacts.every(a => now.has(a.amiId))

type Images = ReturnType<typeof images>

/**
 * The run id that first released each version, as its AMIs and the stream's marks of first
 * releases record it: what orders generations.
 */
function firstReleases(h: Harness, all: Images, m: Model, step: string): Map<string, number> {
  const runs = new Map<string, number>()
  const marks = h.ec2.inspect.keyPairs(REGION).filter(k => k.tags[SCHEMA.lineage] === LINEAGE)
  for (const { tags } of [...all.values(), ...marks]) {
    const version = versionOf(tags)
    const mark = tags[SCHEMA.released]
    if (version === undefined || mark === undefined) continue
    const run = Number(/#(\d+)\.\d+$/.exec(mark)?.[1])
    // It names a run of this version in the history.
    expect(
      m.history.some(h => h.version === version && h.run === run),
      `${step}: ${JSON.stringify(tags)} says ${version} was first released by ${mark}`
    ).toBe(true)
    runs.set(version, Math.min(run, runs.get(version) ?? run))
  }
  // A version is as old as the stream said when it was first released, whatever AWS holds now.
  for (const [version, run] of m.firstReleased)
    runs.set(version, Math.min(run, runs.get(version) ?? run))
  return runs
}

/**
 * The newest version that has a whole release now. A version marked first released whose run
 * was killed before its AMIs took the version has none: it is not a release, and not the newest.
 */
function newestWhole(h: Harness, m: Model, all: Images, step: string): string | undefined {
  const runs = firstReleases(h, all, m, step)
  return [...runs]
    .filter(([v]) => stillThere(newestReleased(h, m, v), all))
    .sort((a, b) => b[1] - a[1])[0]?.[0]
}

interface ReleaseArgs {
  /** A new version, or an index into the versions started. */
  version: 'new' | number
  /** A re-run (the next attempt of the version's last run), or a new run of it. */
  rerun: boolean
  keep: number
  rebuild: boolean
  twoBuilds: boolean
  copies: number
  failWeb: boolean
  killAfter: number | undefined
}

/** The spec of a release command, and what it does to the model before it runs. */
function specOf(m: Model, args: ReleaseArgs): RunSpec {
  let entry =
    typeof args.version === 'number'
      ? m.versions[args.version % Math.max(1, m.versions.length)]
      : undefined
  if (!entry) {
    entry = {
      version: `release-${m.versions.length + 1}.0.0`,
      builds: BUILDS.slice(0, args.twoBuilds ? 2 : 1),
      copyRegions: REGIONS.slice(1, 1 + args.copies),
      run: m.nextRun++,
      attempt: 1
    }
    m.versions.push(entry)
  } else if (args.rerun) entry.attempt += 1
  else Object.assign(entry, { run: m.nextRun++, attempt: 1 })
  return {
    version: entry.version,
    run: `acme/images#${entry.run}.${entry.attempt}`,
    builds: entry.builds,
    copyRegions: entry.copyRegions,
    onExisting: args.rebuild && m.uniqueNames ? 'rebuild' : 'reuse',
    keep: args.keep,
    ssm: m.ssm,
    uniqueNames: m.uniqueNames,
    failBuild: args.failWeb && entry.builds.length > 1 ? 'amazon-ebs.web' : undefined,
    killAfter: args.killAfter
  }
}

function noteRun(m: Model, spec: RunSpec): void {
  const run = Number(/#(\d+)\./.exec(spec.run)?.[1])
  m.history.push({ version: spec.version, run, onExisting: spec.onExisting, keep: spec.keep })
}

/**
 * I2 for the runs of one step: an image that carried a version, gone after the step, belonged
 * to a version older than every version the step's runs released (or to the older release of
 * a version one of them rebuilt).
 */
function checkRetired(
  h: Harness,
  m: Model,
  specs: RunSpec[],
  before: Images,
  after: Images,
  step: string
): void {
  const order = firstReleases(h, new Map([...before, ...after]), m, step)
  const own = specs.map(s => order.get(s.version) ?? Number.MAX_SAFE_INTEGER)
  for (const [id, image] of before) {
    const version = versionOf(image.tags)
    if (after.has(id) || version === undefined) continue
    const rebuilt = specs.some(s => s.version === version && s.onExisting === 'rebuild')
    // A run of the version finishes a retirement left part-way before it builds it again, where
    // its own retention would retire that generation.
    const finished = specs.some(
      s =>
        s.version === version &&
        s.keep > 0 &&
        (s.retire ?? 'deregister') === 'deregister' &&
        newerThan(order, before, version) >= s.keep &&
        cutShort(before, id)
    )
    expect(
      (order.get(version) ?? 0) < Math.max(...own) || rebuilt || finished,
      `${INVARIANTS.I2} (${step}: ${id} of ${version} was retired)`
    ).toBe(true)
  }
}

/** The image is of a released set that had lost a recorded copy: a retirement stopped part-way. */
function cutShort(images: Images, id: string): boolean {
  return [...images.values()].some(
    p =>
      p.region === REGION &&
      p.tags[SCHEMA.builds] !== undefined &&
      copiesOf(p.tags).some(c => !images.has(c.amiId)) &&
      (p.id === id || copiesOf(p.tags).some(c => c.amiId === id))
  )
}

/** How many versions with an image in `images` were first released after `version`. */
function newerThan(order: Map<string, number>, images: Images, version: string): number {
  const held = new Set([...images.values()].map(i => versionOf(i.tags)))
  const own = order.get(version) ?? 0
  return [...order].filter(([v, run]) => v !== version && held.has(v) && run > own).length
}

/** What a run's result tells the model: the release it gave, or that its version is now in any state. */
function learn(h: Harness, m: Model, record: RunRecord, step: string, raced: boolean): void {
  const { spec, result } = record
  const after = images(h, m)
  checkForeign(h, m, step, [result])
  if (result && !result.error) {
    const previous = m.released.get(spec.version)
    // I7: a run that reuses gives what the release gave.
    if (!raced && result.outcome === 'reused' && previous && !m.unknown.has(spec.version))
      expect(sorted(result.artifacts ?? []), `${INVARIANTS.I7} (${step})`).toEqual(sorted(previous))
    m.released.set(spec.version, result.artifacts ?? [])
    m.unknown.delete(spec.version)
    // What the stream says of the version's first release once it is first released: it may
    // only ever say an earlier run after that (a stream that forgets it says a later one).
    if (!m.firstReleased.has(spec.version)) {
      const first = firstReleases(h, after, m, step).get(spec.version)
      if (first !== undefined) m.firstReleased.set(spec.version, first)
    }
  } else m.unknown.add(spec.version)
  if (m.ssm && (!result || result.error || raced)) m.pointer = undefined
  else if (m.ssm && newestWhole(h, m, after, step) === spec.version) m.pointer = spec.version
  // What retention or a failed run took is no longer a release the model knows.
  for (const [version, artifacts] of m.released)
    if (!stillThere(artifacts, after)) m.unknown.add(version)
}

class Release implements fc.AsyncCommand<Model, Harness> {
  constructor(readonly args: ReleaseArgs) {}
  check = () => true
  async run(m: Model, h: Harness): Promise<void> {
    const spec = specOf(m, this.args)
    noteRun(m, spec)
    const before = images(h, m)
    startOutage(m, h)
    const record = await h.run(spec)
    h.ec2.clearFaults()
    checkRetired(h, m, [spec], before, images(h, m), this.toString())
    learn(h, m, record, this.toString(), false)
    await checkInvariants(h, m, this.toString())
  }
  toString = () => `release(${JSON.stringify(this.args)})`
}

class Race implements fc.AsyncCommand<Model, Harness> {
  constructor(
    readonly a: ReleaseArgs,
    readonly b: ReleaseArgs,
    /** Both runs release the same version (a tag pushed twice, two workflows on one tag). */
    readonly same = false
  ) {}
  check = () => true
  async run(m: Model, h: Harness): Promise<void> {
    const sa = specOf(m, this.a)
    const sb = this.same
      ? { ...sa, run: `acme/images#${m.nextRun++}.1`, killAfter: this.b.killAfter }
      : specOf(m, { ...this.b, rerun: false })
    noteRun(m, sa)
    noteRun(m, sb)
    const before = images(h, m)
    startOutage(m, h)
    const [ra, rb] = await Promise.all([h.run(sa), h.run(sb)])
    h.ec2.clearFaults()
    checkRetired(h, m, [sa, sb], before, images(h, m), this.toString())
    // I7: two runs of one version end with one release and the same outputs.
    const ok = (r: RunRecord) => r.result !== undefined && !r.result.error
    if (
      sa.version === sb.version &&
      ok(ra) &&
      ok(rb) &&
      sa.onExisting === 'reuse' &&
      sb.onExisting === 'reuse'
    )
      expect(sorted(ra.result?.artifacts ?? []), `${INVARIANTS.I7} (${this.toString()})`).toEqual(
        sorted(rb.result?.artifacts ?? [])
      )
    if (sa.version === sb.version && sa.onExisting === 'reuse' && sb.onExisting === 'reuse')
      for (const build of sa.builds) {
        const released = [...images(h, m).values()].filter(
          i =>
            !before.has(i.id) &&
            i.region === REGION &&
            versionOf(i.tags) === sa.version &&
            i.tags[SCHEMA.build] === build
        )
        expect(
          released.length,
          `${INVARIANTS.I7} (${this.toString()}: ${build} released twice)`
        ).toBeLessThanOrEqual(1)
      }
    for (const r of [ra, rb]) learn(h, m, r, this.toString(), true)
    // Which of two racing runs released last is not the history's to know, unless they agree.
    const agree =
      ok(ra) &&
      ok(rb) &&
      sa.version === sb.version &&
      sorted(ra.result?.artifacts ?? []).join() === sorted(rb.result?.artifacts ?? []).join()
    if (!agree || !ok(ra) || !ok(rb)) for (const v of [sa.version, sb.version]) m.unknown.add(v)
    // Two runs raced: when one of them is of the newest whole release, the pointer names it;
    // runs of older versions leave it where it was (at a rollback, too).
    const newest = newestWhole(h, m, images(h, m), this.toString())
    if (m.ssm && (newest === sa.version || newest === sb.version)) m.pointer = newest
    await checkInvariants(h, m, this.toString())
  }
  toString = () => `race(${JSON.stringify(this.a)}, ${JSON.stringify(this.b)}, ${this.same})`
}

class Launch implements fc.AsyncCommand<Model, Harness> {
  constructor(
    readonly index: number,
    readonly regionIndex: number
  ) {}
  check = (m: Readonly<Model>) => m.released.size > 0
  async run(m: Model, h: Harness): Promise<void> {
    const versions = [...m.released.keys()].filter(v => !m.unknown.has(v))
    const version = versions[this.index % Math.max(1, versions.length)]
    const artifacts = (version && m.released.get(version)) || []
    const target = artifacts[this.regionIndex % Math.max(1, artifacts.length)]
    if (!version || !target || !images(h, m).has(target.amiId)) return
    const client = new EC2Client({ region: target.region })
    const { Instances = [] } = await client.send(
      new RunInstancesCommand({ ImageId: target.amiId, MinCount: 1, MaxCount: 1 })
    )
    client.destroy()
    m.guards.push({
      id: Instances[0]?.InstanceId ?? '',
      region: target.region,
      guarded: artifacts.map(a => a.amiId)
    })
    await checkInvariants(h, m, this.toString())
  }
  toString = () => `launch(${this.index}, ${this.regionIndex})`
}

class Stop implements fc.AsyncCommand<Model, Harness> {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>) => m.guards.some(g => g.id.startsWith('i-'))
  async run(m: Model, h: Harness): Promise<void> {
    const instances = m.guards.filter(g => g.id.startsWith('i-'))
    const instance = instances[this.index % instances.length]
    if (!instance) return
    m.guards.splice(m.guards.indexOf(instance), 1)
    const client = new EC2Client({ region: instance.region })
    await client.send(new TerminateInstancesCommand({ InstanceIds: [instance.id] }))
    client.destroy()
    await checkInvariants(h, m, this.toString())
  }
  toString = () => `stop(${this.index})`
}

class Pin implements fc.AsyncCommand<Model, Harness> {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>) => m.released.size > 0
  async run(m: Model, h: Harness): Promise<void> {
    const versions = [...m.released.keys()].filter(v => !m.unknown.has(v))
    const version = versions[this.index % Math.max(1, versions.length)]
    const artifacts = (version && m.released.get(version)) || []
    const [first] = artifacts
    if (!version || !first || !images(h, m).has(first.amiId)) return
    const client = new EC2Client({ region: first.region })
    await client.send(
      new CreateTagsCommand({
        Resources: [first.amiId],
        Tags: [{ Key: SCHEMA.keep, Value: 'pinned by the test' }]
      })
    )
    client.destroy()
    // A pin keeps its generation whole, as an instance does.
    m.guards.push({
      id: `the pin on ${first.amiId}`,
      region: first.region,
      guarded: artifacts.map(a => a.amiId)
    })
    await checkInvariants(h, m, this.toString())
  }
  toString = () => `pin(${this.index})`
}

class Rollback implements fc.AsyncCommand<Model, Harness> {
  constructor(readonly index: number) {}
  check = (m: Readonly<Model>) => m.ssm && m.released.size > 0
  async run(m: Model, h: Harness): Promise<void> {
    const versions = [...m.released.keys()].filter(v => !m.unknown.has(v))
    const version = versions[this.index % Math.max(1, versions.length)]
    if (!version) return
    const result = await h.lookup(version, true)
    checkForeign(h, m, this.toString(), [result])
    m.pointer = !(result instanceof Error) && !result.error ? version : undefined
    await checkInvariants(h, m, this.toString())
  }
  toString = () => `rollback(${this.index})`
}

/**
 * Someone else makes an image in the release's region that carries every tag of a released AMI
 * (its snapshots bare), newer than it: a copy (CopyImage with CopyImageTags), or an AMI of their
 * own instance tagged by hand (I9).
 */
class Forge implements fc.AsyncCommand<Model, Harness> {
  constructor(
    readonly index: number,
    readonly copy: boolean
  ) {}
  check = (m: Readonly<Model>) => m.released.size > 0
  async run(m: Model, h: Harness): Promise<void> {
    const all = images(h, m)
    const released = [...m.released.values()]
      .flat()
      .map(a => all.get(a.amiId))
      .filter(i => i?.region === REGION && versionOf(i.tags) !== undefined)
    const source = released[this.index % Math.max(1, released.length)]
    if (!source) return
    const id = h.ec2.seed.image(REGION, {
      name: `${this.copy ? 'someone-elses-copy' : 'hotfix-by-hand'}-${m.foreign.size}`,
      tags: { ...source.tags },
      creationDate: Date.now() + 60_000,
      ...(this.copy
        ? { sourceImageId: source.id, sourceImageRegion: REGION }
        : { sourceInstanceId: 'i-0123456789abcdef0' })
    })
    m.foreign.add(id)
    await checkInvariants(h, m, this.toString())
  }
  toString = () => `forge(${this.index}, ${this.copy})`
}

class Outage implements fc.AsyncCommand<Model, Harness> {
  constructor(
    readonly action: string,
    readonly count: number,
    readonly region: string
  ) {}
  check = () => true
  async run(m: Model): Promise<void> {
    m.outage = { action: this.action, count: this.count, region: this.region }
    await Promise.resolve()
  }
  toString = () => `outage(${this.action}, ${this.count}, ${this.region})`
}

const releaseArgs: fc.Arbitrary<ReleaseArgs> = fc.record({
  version: fc.oneof(fc.constant('new' as const), fc.nat(9)),
  rerun: fc.boolean(),
  keep: fc.integer({ min: 0, max: 3 }),
  rebuild: fc.boolean(),
  twoBuilds: fc.boolean(),
  copies: fc.integer({ min: 0, max: 2 }),
  failWeb: fc.boolean(),
  killAfter: fc.option(fc.integer({ min: 0, max: 45 }), { nil: undefined })
})

/** How many histories each property draws. */
const RUNS = Number(process.env['STREAM_RUNS'] ?? 15)

/** The seed of the histories CI draws (STREAM_RUNS, or a run outside CI, draws new ones). */
const CI_SEED = 20261206

const commands = fc.commands(
  [
    releaseArgs.map(a => new Release(a)),
    releaseArgs.map(
      a => new Release({ ...a, version: 'new', killAfter: undefined, failWeb: false })
    ),
    fc.tuple(releaseArgs, releaseArgs).map(([a, b]) => new Race(a, b)),
    fc.tuple(releaseArgs, releaseArgs).map(([a, b]) => new Race(a, b, true)),
    fc.tuple(fc.nat(9), fc.nat(3)).map(([i, r]) => new Launch(i, r)),
    fc.nat(9).map(i => new Stop(i)),
    fc.nat(9).map(i => new Pin(i)),
    fc.nat(9).map(i => new Rollback(i)),
    fc.tuple(fc.nat(9), fc.boolean()).map(([i, copy]) => new Forge(i, copy)),
    fc
      .tuple(
        fc.constantFrom(
          'CreateTags',
          'DescribeImages',
          'CopyImage',
          'CreateImage',
          'DeregisterImage'
        ),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(...REGIONS)
      )
      .map(([a, c, r]) => new Outage(a, c, r))
  ],
  { maxCommands: 12 }
)

let h: Harness
let silence: () => void = () => undefined

beforeAll(async () => {
  h = await startHarness()
  // The action's log (groups, notices) of hundreds of runs would bury the test's own output.
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = (chunk: string | Uint8Array, ...rest: unknown[]) =>
    /^(::|[a-z]{2}-[a-z]+-\d: |Dropped|Kept|Nothing|Removed|Releasing|Left)/.test(String(chunk))
      ? true
      : (write as (c: unknown, ...r: unknown[]) => boolean)(chunk, ...rest)
  silence = () => (process.stdout.write = write)
})
afterAll(async () => {
  silence()
  await h.close()
})
beforeEach(() => {
  h.ec2.reset()
  h.ssm.reset()
})

/** Runs a history, then re-runs every run once more with no faults, checking the invariants after each step. */
async function history(
  cmds: Iterable<fc.AsyncCommand<Model, Harness>>,
  ssm: boolean,
  uniqueNames: boolean
) {
  h.ec2.reset()
  h.ssm.reset()
  const model: Model = {
    ssm,
    uniqueNames,
    nextRun: 100,
    versions: [],
    history: [],
    released: new Map(),
    firstReleased: new Map(),
    unknown: new Set(),
    guards: [],
    pointer: undefined,
    pinned: new Set(),
    outage: undefined,
    foreign: new Set()
  }
  await fc.asyncModelRun(() => ({ model, real: h }), cmds)
  // Healing, with no faults: every run of every version is re-run once more, oldest first,
  // with the inputs of its last attempt (a re-run runs the same workflow; a run's error names
  // the run whose leftovers it will not build over). A version whose last re-run failed is
  // re-run again once the others are done (a newer release's re-run may finish what it waits
  // for); each version then ends with one whole release.
  const failed: Model['versions'] = []
  for (const v of model.versions) if (await heal(model, v, 10)) failed.push(v)
  for (const v of failed) {
    const failure = await heal(model, v, 11)
    expect(
      failure,
      `${INVARIANTS.I8} (the last re-run of ${v.version} after the history)`
    ).toBeUndefined()
  }
  for (const v of model.versions) await checkInvariants(h, model, `re-runs of ${v.version}`)
}

/** Re-runs every run of a version (attempt `attempt`), oldest first; the last one's failure. */
async function heal(model: Model, v: Model['versions'][number], attempt: number) {
  const runs = [...new Set(model.history.filter(x => x.version === v.version).map(x => x.run))]
  let last: RunRecord | undefined
  for (const run of runs) {
    const inputs = model.history.filter(x => x.version === v.version && x.run === run).pop()
    const spec: RunSpec = {
      version: v.version,
      run: `acme/images#${run}.${attempt}`,
      builds: v.builds,
      copyRegions: v.copyRegions,
      onExisting: inputs?.onExisting ?? 'reuse',
      keep: inputs?.keep ?? 0,
      ssm: model.ssm,
      uniqueNames: model.uniqueNames
    }
    last = await h.run(spec)
    noteRun(model, spec)
    learn(h, model, last, `re-run of ${spec.run}`, false)
  }
  await checkInvariants(h, model, `re-runs of ${v.version} (attempt ${attempt})`)
  return last?.error?.message ?? last?.result?.error
}

const args = (over: Partial<ReleaseArgs>): ReleaseArgs => ({
  version: 'new',
  rerun: false,
  keep: 0,
  rebuild: false,
  twoBuilds: false,
  copies: 0,
  failWeb: false,
  killAfter: undefined,
  ...over
})

describe('histories the generator found, kept as they were', () => {
  it.each([
    [
      // The run is killed after its AMI records the build complete and before its copy is
      // marked: the post step removed the copy, and the re-run met a record of a copy that was gone.
      'killed between the completion record of the AMI and the mark on its copy',
      [new Release(args({ twoBuilds: true, copies: 1, killAfter: 25 }))],
      true,
      false
    ],
    [
      // Packer succeeded, but CreateTags was down for the record: the step said the post step
      // would remove the AMI, and the post step, told the build had settled, swept nothing.
      'an outage of CreateTags while the build is recorded',
      [new Outage('CreateTags', 6, REGION), new Release(args({}))],
      true,
      false
    ],
    [
      // 1.0.0 was retired by 2.0.0's run; 1.0.0's job re-run built it again and, taking it for
      // the newest, moved the parameter back and retired 2.0.0.
      "an old tag's job re-run after its images were retired",
      [
        new Release(args({ keep: 1 })),
        new Release(args({ keep: 1 })),
        new Release(args({ version: 0, rerun: true, keep: 1 }))
      ],
      true,
      false
    ],
    [
      // The same, with a new run of the old tag (workflow_dispatch): nothing on its images was
      // left to say 1.0.0 was first released before 2.0.0; the stream's mark of it is.
      'a new run of an old tag after its images were retired',
      [
        new Release(args({ keep: 1 })),
        new Release(args({ keep: 1 })),
        new Release(args({ version: 0, keep: 1 }))
      ],
      true,
      false
    ],
    [
      // After a rollback to 1.0.0, two runs of 1.0.0 raced: they left the parameter at the
      // rollback, as they should, while the history expected the newest release there.
      'two runs of an older version racing after a rollback to it',
      [
        new Release(args({})),
        new Release(args({})),
        new Rollback(0),
        new Race(args({ version: 0 }), args({ version: 0 }), false)
      ],
      true,
      true
    ],
    [
      // 2.0.0's retention deregistered 1.0.0's copy in us-west-2 and met a DeregisterImage outage
      // in eu-west-1, so 1.0.0's AMI stayed with a copy gone; a run of 1.0.0 refused to build
      // over its own partly retired release (seed -1477780452, 100 runs).
      'a run of a version whose retirement an outage cut short',
      [
        new Release(args({ copies: 2 })),
        new Outage('DeregisterImage', 3, 'eu-west-1'),
        new Release(args({ keep: 1, copies: 2 }))
      ],
      true,
      false
    ],
    [
      // The same, with the run of 1.0.0 a step of the history: what it retires is checked.
      'a run of a version whose retirement an outage cut short, as a step',
      [
        new Release(args({ copies: 2 })),
        new Outage('DeregisterImage', 3, 'eu-west-1'),
        new Release(args({ keep: 1, copies: 2 })),
        new Release(args({ version: 0, keep: 1 }))
      ],
      true,
      false
    ],
    [
      // The same, where the run of 1.0.0 keeps 2 generations: it leaves 1.0.0 as it is, and the
      // re-run of 2.0.0 finishes the retirement it began.
      'a run of a version whose retirement an outage cut short, keeping it within its generations',
      [
        new Release(args({ copies: 2 })),
        new Outage('DeregisterImage', 3, 'eu-west-1'),
        new Release(args({ keep: 1, copies: 2 })),
        new Release(args({ version: 0, keep: 2 }))
      ],
      true,
      false
    ],
    [
      // 1.0.0's first run was killed before anything; a new run of it released it, racing 2.0.0
      // (so 1.0.0 counts newer); the healing re-run of the first run rebuilt it. The history took
      // the earliest run that released a version for its first release; the stream keeps the
      // first release it recorded (seed 920335920).
      'a version released by a new run, then by the re-run of its first, killed run',
      [
        new Release(args({ rebuild: true, killAfter: 0 })),
        new Race(args({}), args({ version: 0 }), false),
        new Pin(0)
      ],
      true,
      true
    ],
    [
      // A run left its web build complete (its app build met a CreateImage outage); a rebuild
      // of the version left its app build complete (its web build failed). Re-runs with the
      // inputs of their runs converge: the rebuild's re-run finishes its app and builds web.
      'a run and a rebuild of one version, each leaving one build complete',
      [
        new Outage('CreateImage', 3, 'us-east-1'),
        new Release(args({ twoBuilds: true })),
        new Race(args({ version: 0, rebuild: true, failWeb: true }), args({ version: 0 }), true),
        new Outage('CreateTags', 1, 'us-east-1')
      ],
      false,
      true
    ],
    [
      // Two runs of one version: a rebuild killed after it released, and a rebuild that finished.
      'two rebuilds of one version racing, one killed',
      [new Race(args({ rebuild: true, killAfter: 16 }), args({}), true)],
      true,
      true
    ],
    [
      // A rebuild of 1.0.0 was killed after its app AMI took the version and before its web AMI
      // did (recorded complete): lookups gave the release it replaces, as they should during a
      // rebuild, while the history took the new app AMI with the old web one (seed 660840599,
      // two such rebuilds racing).
      'a rebuild killed after it released one of its two builds',
      [
        new Release(args({ twoBuilds: true })),
        new Release(args({ version: 0, rebuild: true, twoBuilds: true, killAfter: 30 }))
      ],
      true,
      true
    ],
    [
      // 3.0.0's run was killed after it marked the version's first release and before its AMIs
      // took the version; after rollbacks to 1.0.0, the healing re-run of 2.0.0 released 2.0.0
      // and pointed the parameter at it, the newest release. The history took 3.0.0, with no
      // released AMI, for the newest release, and expected the rollback to hold (seed -675423233).
      'a version marked released by a run killed before its AMIs took the version',
      [
        new Release(args({ rebuild: true, copies: 2 })),
        new Race(
          args({ rerun: true, twoBuilds: true, failWeb: true, killAfter: 2 }),
          args({
            keep: 2,
            rebuild: true,
            twoBuilds: true,
            copies: 1,
            failWeb: true,
            killAfter: 10
          }),
          true
        ),
        new Rollback(3),
        new Release(args({ version: 8, rerun: true, keep: 2 })),
        new Outage('CreateImage', 5, 'us-west-2'),
        new Release(args({ keep: 1, rebuild: true, copies: 1, killAfter: 21 })),
        new Rollback(9),
        new Rollback(7)
      ],
      true,
      true
    ]
  ] as const)(
    '%s',
    async (_what, cmds, ssm, unique) => {
      await history(cmds, ssm, unique)
    },
    60_000
  )
})

describe('the stream keeps its invariants through generated histories', () => {
  it.each([
    ['with the SSM parameter, one AMI name per version', true, false],
    ['with the SSM parameter, an AMI name per build (rebuilds)', true, true],
    ['without the parameter', false, true]
  ])(
    '%s',
    async (_what, ssm, unique) => {
      await fc.assert(
        fc.asyncProperty(commands, cmds => history(cmds, ssm, unique)),
        {
          numRuns: RUNS,
          // A failure fast-check printed, replayed: STREAM_SEED=<seed> STREAM_PATH=<path>. CI
          // draws the same histories every time, so that what fails there fails again here.
          ...(process.env['STREAM_SEED']
            ? {
                seed: Number(process.env['STREAM_SEED']),
                path: process.env['STREAM_PATH'] ?? '',
                endOnFailure: true
              }
            : process.env['CI'] && !process.env['STREAM_RUNS']
              ? { seed: CI_SEED }
              : {})
        }
      )
    },
    // Every history runs to its end: fast-check's time limits either skip the rest, which fails
    // the property once skips pass maxSkipsPerRun, or leave a history going while the next one
    // resets the endpoints under it. About 3 s a history here; STREAM_RUNS=1000 takes its time.
    Math.max(300_000, RUNS * 30_000)
  )
})
