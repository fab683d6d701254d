import { duration } from '../../src/report/summary.js'
import { setTimeout as sleep } from 'node:timers/promises'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  beat,
  CLAIM_NAME,
  claimName,
  claimOf,
  dropClaim,
  findKeyPair,
  markRelease,
  releaseMarkName,
  tryClaim
} from '../../src/aws/claim.js'
import { earlierRun } from '../../src/stream/model.js'
import { copyTags, tagSchema } from '../../src/release/tags.js'
import {
  confirmClaim,
  judgeClaim,
  keepAlive,
  THIS_STEP,
  lookAndClaim,
  unclaim,
  type ClaimTiming,
  type Existing
} from '../../src/steps/claim.js'
import type { Asked } from '../../src/stream/rules.js'
import { captureCommands, useAwsBed } from '../helpers/aws.js'
import { cleanUp } from '../../src/post.js'
import * as os from 'node:os'
import { createHash } from 'node:crypto'

/**
 * The claim on a version (src/aws/claim.ts, src/steps/claim.ts) against the loopback EC2: an
 * EC2 key pair whose creation is an atomic test-and-set, so one run at a time builds and
 * releases a version; who holds it (live, stale, an earlier attempt of this run, this run),
 * and what a run does about each.
 */
const bed = useAwsBed()

const EAST = 'us-east-1'
const LINEAGE = 'octo/images:app.pkr.hcl'
const VERSION = '1.0.0'
const RUN = 'octo/images#42.2'
const EARLIER = 'octo/images#42.1'
const OTHER = 'octo/images#43.1'
const schema = tagSchema('ImageVersion')
const STREAM = { lineage: LINEAGE, schema, region: EAST }
const NAME = claimName(LINEAGE, VERSION, schema.version)

/** Short enough for a test, in the same proportions as the real ones. */
const TIMING: ClaimTiming = { staleAfterMs: 60_000, heartbeatMs: 50, pollMs: 50, waitMaxMs: 1_000 }

beforeEach(() => {
  bed.reset()
  // A claim's times are EC2's and the runner's: the bed's clock follows the real one here.
  bed.clock.useRealTime()
})

const asked = (run: string, over: Partial<Asked> = {}): Asked => ({
  version: VERSION,
  builds: ['app'],
  onExisting: 'reuse',
  run,
  now: Date.now(),
  ...over
})
const claimTags = (run: string) => [
  { Key: schema.lineage, Value: LINEAGE },
  { Key: schema.claim, Value: VERSION },
  { Key: schema.run, Value: run }
]
const keyPairs = () => bed.ec2.inspect.keyPairs(EAST)
const creates = () => bed.ec2.requests.filter(r => r.action === 'CreateKeyPair')

/** A claim another run holds: its key pair as EC2 has it, with a heartbeat `silentMs` ago. */
function heldBy(run: string, silentMs: number, holder = 'another-step'): string {
  const at = new Date(Date.now() - silentMs).toISOString()
  bed.ec2.seed.keyPair(EAST, {
    name: NAME,
    createTime: at,
    tags: {
      [schema.lineage]: LINEAGE,
      [schema.claim]: VERSION,
      [schema.run]: run,
      [schema.holder]: holder,
      [schema.heartbeat]: at
    }
  })
  return keyPairs().find(k => k.name === NAME)?.id ?? ''
}

/** A whole release of `app` in us-east-1, as the action tags one. */
function seedRelease(): string {
  return bed.ec2.seed.image(EAST, {
    name: `app-${VERSION}`,
    tags: {
      ImageVersion: VERSION,
      [schema.lineage]: LINEAGE,
      [schema.build]: 'app',
      [schema.run]: OTHER,
      [schema.complete]: VERSION,
      [schema.builds]: 'app',
      [schema.released]: OTHER,
      ...Object.fromEntries(copyTags(schema, []).map(t => [t.Key, t.Value]))
    },
    // The release tags its AMI's snapshots in the same call.
    snapshotTags: { ImageVersion: VERSION, [schema.lineage]: LINEAGE }
  })
}

describe('the claim’s key pair', () => {
  it('is named by the stream (lineage, version tag key) and the version, in a form EC2 takes', () => {
    expect(NAME).toMatch(CLAIM_NAME)
    const digest = createHash('sha256')
      .update(`${LINEAGE}\n${VERSION}\n${schema.version}`)
      .digest('hex')
    expect(NAME).toBe(`packer-ami-release-${digest.slice(0, 40)}`)
    expect(claimName(LINEAGE, '1.0.1', schema.version)).not.toBe(NAME)
    expect(claimName('octo/images:web.pkr.hcl', VERSION, schema.version)).not.toBe(NAME)
    expect(claimName(LINEAGE, VERSION, 'StagingVersion')).not.toBe(NAME)
    expect(claimName(LINEAGE, VERSION, 'StagingVersion')).toMatch(CLAIM_NAME)
    // So does the mark of a version's first release.
    expect(releaseMarkName(LINEAGE, VERSION, schema.version)).toBe(
      `packer-ami-released-${digest.slice(0, 40)}`
    )
  })

  it('is created once: a second run finds who holds it', async () => {
    const first = await tryClaim(bed.aws, schema, EAST, NAME, claimTags(RUN))
    expect(first).toEqual({
      held: {
        region: EAST,
        name: NAME,
        id: expect.stringMatching(/^key-/) as unknown,
        run: RUN,
        lineage: LINEAGE,
        version: VERSION,
        created: expect.any(String) as unknown,
        heartbeat: expect.any(String) as unknown
      }
    })
    const held = 'held' in first ? first.held : undefined
    expect(keyPairs()).toEqual([
      expect.objectContaining({
        name: NAME,
        id: held?.id,
        tags: { [schema.lineage]: LINEAGE, [schema.claim]: VERSION, [schema.run]: RUN }
      })
    ])

    const second = await tryClaim(bed.aws, schema, EAST, NAME, claimTags(OTHER))
    expect(second).toEqual({
      taken: {
        region: EAST,
        name: NAME,
        id: held?.id,
        run: RUN,
        lineage: LINEAGE,
        version: VERSION,
        created: keyPairs()[0]?.createTime,
        heartbeat: undefined
      }
    })
    expect(creates().map(r => r.error)).toEqual([undefined, 'InvalidKeyPair.Duplicate'])
    expect(keyPairs()).toHaveLength(1)
  })

  it('shows a sign of life, and is found by name (or not at all)', async () => {
    expect(await findKeyPair(bed.aws, EAST, NAME)).toBeUndefined()
    const made = await tryClaim(bed.aws, schema, EAST, NAME, claimTags(RUN))
    if (!('held' in made)) throw new Error('not held')
    const at = new Date('2026-12-01T10:00:00.000Z')

    await beat(bed.aws, schema, made.held, at)

    const key = await findKeyPair(bed.aws, EAST, NAME)
    expect(key).toMatchObject({ name: NAME, id: made.held.id, region: EAST })
    expect(claimOf(schema, key!)).toMatchObject({ run: RUN, heartbeat: at.toISOString() })
  })

  it('is dropped by its ID: a newer claim of the same name survives, one gone already is fine', async () => {
    const made = await tryClaim(bed.aws, schema, EAST, NAME, claimTags(EARLIER))
    if (!('held' in made)) throw new Error('not held')
    await dropClaim(bed.aws, made.held)
    expect(keyPairs()).toEqual([])

    // Another run claimed it meanwhile: dropping the old claim again leaves the new one.
    const newer = await tryClaim(bed.aws, schema, EAST, NAME, claimTags(OTHER))
    await dropClaim(bed.aws, made.held)
    expect(keyPairs().map(k => [k.name, k.id])).toEqual([
      [NAME, 'held' in newer ? newer.held.id : '']
    ])
  })
})

describe('lookAndClaim', () => {
  const look = (run: string, over: Partial<Asked> = {}) =>
    lookAndClaim(bed.aws, STREAM, asked(run, over), TIMING)
  const claimSaved = () => bed.savedState()['claim']

  it('claims a version nothing exists of, and tells the post step which claim it holds', async () => {
    const existing = await look(RUN)

    expect(existing.decision).toEqual({ action: 'build', builds: undefined, finish: [], kept: [] })
    expect(existing.claim).toMatchObject({ region: EAST, name: NAME, run: RUN })
    expect(keyPairs().map(k => k.tags[schema.run])).toEqual([RUN])
    expect(JSON.parse(claimSaved() ?? '')).toEqual({
      region: EAST,
      name: NAME,
      id: existing.claim?.id
    })

    await unclaim(bed.aws, existing.claim, schema)
    expect(keyPairs()).toEqual([])
    expect(claimSaved()).toBe('')
  })

  it('reuses a whole release at once, without claiming anything', async () => {
    const ami = seedRelease()
    const existing = await look(RUN)
    expect(existing.decision).toMatchObject({ action: 'reuse' })
    expect(existing.decision.action === 'reuse' && existing.decision.sets[0]?.primary.id).toBe(ami)
    expect(existing.claim).toBeUndefined()
    expect(creates()).toEqual([])
  })

  it('reusing a whole release in a later attempt, drops the claim on it an earlier attempt left', async () => {
    const left = heldBy(EARLIER, 0)
    seedRelease()
    const { result: existing, lines } = await captureCommands(() => look(RUN))
    expect(existing.decision).toMatchObject({ action: 'reuse' })
    expect(keyPairs()).toEqual([])
    expect(lines).toContain(
      `Dropped the claim ${NAME} (${left}) that an earlier attempt of this run left on ${VERSION}`
    )
  })

  it('reusing a whole release, leaves another run’s claim on it, and a key pair of its name that is no claim of this stream', async () => {
    seedRelease()
    const other = heldBy(OTHER, 120_000)
    await look(RUN)
    expect(keyPairs().map(k => k.id)).toEqual([other])
    // A first attempt asks nothing of key pairs: a reuse costs only the look (and its proof).
    bed.ec2.world.region(EAST).keyPairs.clear()
    heldBy(EARLIER, 0)
    bed.ec2.requests.length = 0
    await look('octo/images#42.1')
    expect(bed.ec2.requests.map(r => r.action)).toEqual(['DescribeImages', 'DescribeSnapshots'])
    bed.ec2.world.region(EAST).keyPairs.clear()
    const at = new Date(Date.now() - 120_000).toISOString()
    bed.ec2.seed.keyPair(EAST, {
      name: NAME,
      createTime: at,
      tags: { [schema.lineage]: 'someone/else:app', [schema.claim]: VERSION, [schema.run]: EARLIER }
    })
    await look(RUN)
    expect(keyPairs()).toHaveLength(1)
    expect(bed.ec2.requests.filter(r => r.action === 'DeleteKeyPair')).toEqual([])
  })

  it('waits for a live holder, and reuses what it released meanwhile', async () => {
    heldBy(OTHER, 1_000)
    let ami = ''
    // The holder releases the version while this run waits (and has yet to give its claim up).
    bed.ec2.beforeNext('CreateKeyPair', () => {
      ami = seedRelease()
    })

    const { result: existing } = await captureCommands(() => look(RUN))

    expect(existing.decision).toMatchObject({ action: 'reuse' })
    expect(existing.decision.action === 'reuse' && existing.decision.sets[0]?.primary.id).toBe(ami)
    expect(existing.claim).toBeUndefined()
    // It asked once, then only looked.
    expect(creates()).toHaveLength(1)
  })

  it('waits for a live holder no longer than its bound, and says how to go on', async () => {
    heldBy(OTHER, 1_000)
    const started = Date.now()

    const error = await look(RUN).catch((e: unknown) => e)

    expect((error as Error).message).toBe(
      `${OTHER} has been building ${VERSION} of ${LINEAGE} for more than ${duration(TIMING.waitMaxMs)}; re-run this job once it is done. If it is gone, delete the key pair ${NAME} in ${EAST}, which holds the version for it`
    )
    const ms = Date.now() - started
    expect(ms).toBeGreaterThanOrEqual(TIMING.waitMaxMs - TIMING.pollMs)
    expect(ms).toBeLessThan(TIMING.waitMaxMs + 2_000)
    expect(keyPairs().map(k => k.tags[schema.run])).toEqual([OTHER])
  })

  it.each([
    { holder: 'a run silent for longer than the stale limit', run: OTHER, silent: 120_000 },
    { holder: 'an earlier attempt of this run, however fresh', run: EARLIER, silent: 0 }
  ])('takes the claim over from $holder', async ({ run, silent }) => {
    const old = heldBy(run, silent)
    const holder = claimOf(schema, (await findKeyPair(bed.aws, EAST, NAME))!)
    expect(judgeClaim(holder, RUN, Date.now(), TIMING)).not.toBe('live')

    const existing = await look(RUN)

    expect(existing.decision).toMatchObject({ action: 'build' })
    expect(existing.claim?.id).not.toBe(old)
    expect(keyPairs().map(k => [k.id, k.tags[schema.run]])).toEqual([[existing.claim?.id, RUN]])
  })

  it.each([
    ['no tags', {}],
    ['another stream’s tags', { [schema.lineage]: 'someone/else:app', [schema.claim]: VERSION }],
    ['another version’s tags', { [schema.lineage]: LINEAGE, [schema.claim]: '9.9.9' }]
  ])(
    'never takes over a key pair of the claim’s name with %s: fails naming it, and leaves it',
    async (_what, tags) => {
      const at = new Date(Date.now() - 120_000).toISOString()
      bed.ec2.seed.keyPair(EAST, { name: NAME, createTime: at, tags })
      const [theirs] = keyPairs()
      const error = await look(RUN).catch((e: unknown) => e)
      expect((error as Error).message).toBe(
        `The key pair ${NAME} (${theirs?.id ?? ''}) in ${EAST} has the name of the claim on ${VERSION} of ${LINEAGE}, but its tags do not show it is one: the action leaves it alone. Delete it if nothing of yours uses it, then re-run this job`
      )
      expect(keyPairs().map(k => k.id)).toEqual([theirs?.id])
      expect(bed.ec2.requests.filter(r => r.action === 'DeleteKeyPair')).toEqual([])
    }
  )

  it('claims the version of its stream while a stream of the same lineage under another version tag key holds that version', async () => {
    // Another workflow releases the same template as its own stream, under another key.
    const theirs = tagSchema('StagingVersion')
    const other = await lookAndClaim(
      bed.aws,
      { ...STREAM, schema: theirs },
      asked(OTHER, { builds: ['app'] }),
      TIMING
    )
    expect(other.claim?.run).toBe(OTHER)

    const { result: existing, warnings } = await captureCommands(() => look(RUN))

    expect(existing.decision).toMatchObject({ action: 'build' })
    expect(existing.claim).toMatchObject({ run: RUN, lineage: LINEAGE, version: VERSION })
    expect(existing.claim?.name).not.toBe(other.claim?.name)
    expect(warnings).toEqual([])
    // Each stream's claim is its own: neither is touched by the other's run.
    expect(
      keyPairs()
        .map(k => k.id)
        .sort()
    ).toEqual([existing.claim?.id, other.claim?.id].sort())
    expect(bed.ec2.requests.filter(r => r.action === 'DeleteKeyPair')).toEqual([])
  })

  it('goes on under a claim this step holds already (EC2 made it, its answer was lost)', async () => {
    const mine = heldBy(RUN, 0, THIS_STEP)
    const existing = await look(RUN)
    expect(existing.decision).toMatchObject({ action: 'build' })
    expect(existing.claim).toMatchObject({ id: mine, run: RUN })
    expect(keyPairs().map(k => k.id)).toEqual([mine])
    // Named for the post step, as a claim it made.
    expect(JSON.parse(claimSaved() ?? '')).toEqual({ region: EAST, name: NAME, id: mine })
  })

  it('waits for another job of this run (a matrix shares the run’s mark), and reuses what it released', async () => {
    heldBy(RUN, 1_000)
    let ami = ''
    bed.ec2.beforeNext('CreateKeyPair', () => {
      ami = seedRelease()
    })
    const { result: existing, lines } = await captureCommands(() => look(RUN))
    expect(existing.decision).toMatchObject({ action: 'reuse' })
    expect(existing.decision.action === 'reuse' && existing.decision.sets[0]?.primary.id).toBe(ami)
    expect(existing.claim).toBeUndefined()
    expect(keyPairs().map(k => k.tags[schema.holder])).toEqual(['another-step'])
    expect(lines).toContain(
      `${VERSION} is being built or released by another job of this run (${RUN}): waiting for it`
    )
  })

  it('waits for another job of this run no longer than its bound, and names it so', async () => {
    heldBy(RUN, 1_000)
    const error = await look(RUN).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(
      new RegExp(`^another job of this run \\(${RUN.replace('.', '\\.')}\\) has been building `)
    )
  })

  it('the post step of a job never drops a claim another job of its run took over since', async () => {
    // Job A held the claim and saved it; its beats failed until it went stale; job B (this
    // step) took it over. A is cancelled then: its post step runs with A's saved state.
    const a = heldBy(RUN, 120_000, 'job-a')
    const saved = JSON.stringify({ region: EAST, name: NAME, id: a })
    const b = await look(RUN)
    expect(b.claim?.id).not.toBe(a)
    const post = { temp: os.tmpdir(), run: RUN, schema, evidenceFolder: '', claim: saved }
    const { warnings } = await captureCommands(() => cleanUp(bed.aws, post))
    expect(keyPairs().map(k => k.id)).toEqual([b.claim?.id])
    expect(warnings).toEqual([
      `Left the claim ${NAME} alone: it is not the one this step held (${RUN}, ${b.claim?.id ?? ''})`
    ])
    // Named by a step's mark (killed before EC2 named the ID): only a claim carrying it is its own.
    const unanswered = JSON.stringify({ region: EAST, name: NAME, holder: 'job-a' })
    const quiet = await captureCommands(() => cleanUp(bed.aws, { ...post, claim: unanswered }))
    expect(keyPairs().map(k => k.id)).toEqual([b.claim?.id])
    // It was asking while another held the claim: nothing of its own, nothing to say.
    expect(quiet.warnings).toEqual([])
    // Its own claim, still there, it drops.
    const own = JSON.stringify({ region: EAST, name: NAME, id: b.claim?.id })
    await captureCommands(() => cleanUp(bed.aws, { ...post, claim: own }))
    expect(keyPairs()).toEqual([])
  })

  it('lets one of two racing runs build; the other waits, then takes the version over', async () => {
    const runs = [RUN, OTHER].map(run => ({ run, done: look(run) }))
    const settled = new Map<string, Existing>()
    for (const { run, done } of runs) void done.then(e => settled.set(run, e))

    // The first to create the key pair holds the version; the other keeps looking.
    while (settled.size === 0) await sleep(10)
    const [winner, first] = [...settled.entries()][0]!
    await sleep(3 * TIMING.pollMs)
    expect(settled.size).toBe(1)
    expect(creates().filter(r => r.error === undefined)).toHaveLength(1)
    expect(first.claim?.run).toBe(winner)

    // It gives the version up (its build failed, say): the other run claims it.
    await unclaim(bed.aws, first.claim, schema)
    const loser = runs.find(r => r.run !== winner)!
    const second = await loser.done
    expect(second.claim?.run).toBe(loser.run)
    expect(keyPairs().map(k => k.tags[schema.run])).toEqual([loser.run])
  })
})

describe('confirmClaim, before the release is tagged', () => {
  it('asks EC2 nothing of a claim renewed within half its stale time; past that, checks it is still its own', async () => {
    const made = await tryClaim(bed.aws, schema, EAST, NAME, claimTags(RUN))
    if (!('held' in made)) throw new Error('not held')
    const asked = () => bed.ec2.requests.filter(r => r.action !== 'CreateKeyPair').length
    const recently = Date.now() - TIMING.staleAfterMs / 2 + 5_000
    await confirmClaim(bed.aws, STREAM, made.held, '1.0.0', recently, TIMING)
    expect(asked()).toBe(0)

    // Renewals failed for longer: EC2 is asked, the claim is still its own, and it is renewed.
    const long = Date.now() - TIMING.staleAfterMs / 2 - 5_000
    await confirmClaim(bed.aws, STREAM, made.held, '1.0.0', long, TIMING)
    expect(bed.ec2.requests.map(r => r.action).filter(a => a !== 'CreateKeyPair')).toEqual([
      'DescribeKeyPairs',
      'CreateTags'
    ])

    // Taken over meanwhile: another run's claim holds the name.
    bed.ec2.world.region(EAST).keyPairs.clear()
    const other = await tryClaim(bed.aws, schema, EAST, NAME, claimTags('octo/images#99.1'))
    if (!('held' in other)) throw new Error('not held')
    await expect(confirmClaim(bed.aws, STREAM, made.held, '1.0.0', long, TIMING)).rejects.toThrow(
      /took 1\.0\.0 over while this run built it/
    )
  })
})

describe('a renewal that lands as another run takes the silent claim over', () => {
  it('proves nothing: the release is refused once the claim is checked', async () => {
    const made = await tryClaim(bed.aws, schema, EAST, NAME, claimTags(RUN))
    if (!('held' in made)) throw new Error('not held')
    // Its renewals have failed for longer than the stale limit (its runner could not reach EC2).
    const silent = new Date(Date.now() - 2 * TIMING.staleAfterMs).toISOString()
    const key = bed.ec2.world.region(EAST).keyPairs.get(NAME)!
    key.createTime = silent
    key.tags[schema.heartbeat] = silent
    const mine = { ...made.held, created: silent, heartbeat: silent }
    bed.ec2.failNext('CreateTags', 10_000, 'unavailable')
    await captureCommands(async () => {
      const alive = keepAlive(bed.aws, STREAM, mine, TIMING)
      // Another run reads the silent claim; EC2's answer is on its way to it...
      let answer = () => {}
      bed.ec2.holdNext('DescribeKeyPairs', new Promise<void>(go => (answer = go)))
      const other = lookAndClaim(bed.aws, STREAM, asked(OTHER), TIMING)
      const read = () => bed.ec2.requests.filter(r => r.action === 'DescribeKeyPairs')
      await vi.waitFor(() => expect(read()).toHaveLength(1), { timeout: 2_000 })
      // ...as the outage ends, and a renewal of this run lands.
      bed.ec2.clearFaults()
      await vi.waitFor(() => expect(keyPairs()[0]?.tags[schema.heartbeat]).not.toBe(silent), {
        timeout: 2_000
      })
      await sleep(100)
      answer()
      // The other run took the claim over, on what it read: it builds the version.
      const theirs = await other
      expect(theirs.decision).toMatchObject({ action: 'build' })
      expect(keyPairs().map(k => k.tags[schema.run])).toEqual([OTHER])
      alive.stop()
      // This run, before it tags its release, never takes that renewal for a claim still its own.
      await expect(
        confirmClaim(bed.aws, STREAM, mine, VERSION, alive.renewedAt(), TIMING)
      ).rejects.toThrow(`${OTHER} took ${VERSION} over while this run built it`)
    })
  })
})

describe('keepAlive', () => {
  it('beats while the build runs, and stops when told', async () => {
    const made = await tryClaim(bed.aws, schema, EAST, NAME, claimTags(RUN))
    if (!('held' in made)) throw new Error('not held')
    const heartbeat = () => keyPairs()[0]?.tags[schema.heartbeat]

    const { stop, renewedAt } = keepAlive(bed.aws, STREAM, made.held, TIMING)
    expect(renewedAt()).toBe(Date.parse(made.held.heartbeat ?? ''))
    await sleep(4 * TIMING.heartbeatMs)
    stop()
    await sleep(TIMING.heartbeatMs) // a beat on its way when it stopped lands
    const beats = bed.ec2.requests.filter(r => r.action === 'CreateTags').length
    expect(beats).toBeGreaterThanOrEqual(2)
    expect(Date.parse(heartbeat() ?? '')).toBeGreaterThan(Date.now() - 1_000)
    // What it says of the last renewal is what EC2 holds.
    expect(renewedAt()).toBe(Date.parse(heartbeat() ?? ''))

    await sleep(3 * TIMING.heartbeatMs)
    expect(bed.ec2.requests.filter(r => r.action === 'CreateTags')).toHaveLength(beats)
  })

  it('warns when a beat fails, and goes on', async () => {
    const made = await tryClaim(bed.aws, schema, EAST, NAME, claimTags(RUN))
    if (!('held' in made)) throw new Error('not held')
    bed.ec2.failNext('CreateTags', 3, 'unavailable')
    let renewed = 0
    const { warnings } = await captureCommands(async () => {
      const { stop, renewedAt } = keepAlive(bed.aws, STREAM, made.held, TIMING)
      await sleep(TIMING.heartbeatMs + 500)
      stop()
      // A beat under way when it stopped ends here, not in the next test.
      await sleep(200)
      renewed = renewedAt()
    })
    expect(warnings[0]).toMatch(/^Could not renew the claim on the version: EC2 CreateTags/)
    // Failed beats renew nothing: the last renewal EC2 holds is what it says.
    expect(renewed).toBe(Date.parse(keyPairs()[0]?.tags[schema.heartbeat] ?? ''))
  })

  it('says nothing of a beat that fails once the claim is given up', async () => {
    const made = await tryClaim(bed.aws, schema, EAST, NAME, claimTags(RUN))
    if (!('held' in made)) throw new Error('not held')
    const { warnings } = await captureCommands(async () => {
      const { stop } = keepAlive(bed.aws, STREAM, made.held, TIMING)
      // The claim is given up while a beat is on its way: the beat then finds no key pair.
      bed.ec2.beforeNext('CreateTags', world => {
        stop()
        world.region(EAST).keyPairs.clear()
      })
      await vi.waitFor(() => expect(keyPairs()).toHaveLength(0), { timeout: 2_000 })
      await sleep(200)
    })
    expect(bed.ec2.requests.filter(r => r.action === 'CreateTags')).toHaveLength(1)
    expect(warnings).toEqual([])
  })
})

describe('unclaim', () => {
  it('says when the claim cannot be dropped, and keeps it named for the post step', async () => {
    const existing = await lookAndClaim(bed.aws, STREAM, asked(RUN), TIMING)
    bed.ec2.failNext('DeleteKeyPair', 25, 'unavailable')
    const { warnings } = await captureCommands(() => unclaim(bed.aws, existing.claim, schema))
    expect(warnings).toEqual([
      expect.stringMatching(
        new RegExp(`^Could not drop the claim ${NAME} in ${EAST}: EC2 DeleteKeyPair`)
      )
    ])
    expect(keyPairs()).toHaveLength(1)
    expect(JSON.parse(bed.savedState()['claim'] ?? '')).toMatchObject({ name: NAME })
    // Marked given up: another run of the version (a job of this run too) takes it over at once.
    const left = claimOf(schema, (await findKeyPair(bed.aws, EAST, NAME))!)
    expect(left.heartbeat).toBe('given up')
    expect(judgeClaim(left, OTHER, Date.now(), TIMING, 'another-step')).toBe('given up')
    expect(judgeClaim(left, RUN, Date.now(), TIMING, 'another-step')).toBe('given up')
  })
})

describe('dropClaim', () => {
  it('never deletes by name: without an ID, the claim another run holds by that name stays', async () => {
    const theirs = heldBy(OTHER, 0)
    const mine = {
      region: EAST,
      name: NAME,
      id: '',
      run: RUN,
      holder: THIS_STEP,
      created: undefined,
      heartbeat: undefined
    }
    await expect(dropClaim(bed.aws, mine)).rejects.toThrow(
      `EC2 named no ID for the key pair ${NAME}`
    )
    expect(keyPairs().map(k => k.id)).toEqual([theirs])
    expect(bed.ec2.requests.filter(r => r.action === 'DeleteKeyPair')).toEqual([])
  })
})

describe('markRelease: the mark of a version’s first release', () => {
  const release = (run: string, lineage = LINEAGE) => ({ lineage, version: VERSION, run })

  it('is made by the first release and kept: a later run gets the first run back', async () => {
    expect(await markRelease(bed.aws, schema, EAST, release(EARLIER))).toBe(EARLIER)
    expect(await markRelease(bed.aws, schema, EAST, release(OTHER))).toBe(EARLIER)
    expect(keyPairs().map(k => [k.name, k.tags[schema.released]])).toEqual([
      [releaseMarkName(LINEAGE, VERSION, schema.version), EARLIER]
    ])
    // Never a claim's name: the post step and a waiting run never take it for one.
    expect(releaseMarkName(LINEAGE, VERSION, schema.version)).not.toMatch(CLAIM_NAME)
  })

  it('a key pair of that name that is not this stream’s says nothing, and is left as it is', async () => {
    bed.ec2.seed.keyPair(EAST, {
      name: releaseMarkName(LINEAGE, VERSION, schema.version),
      tags: { [schema.lineage]: 'someone/else:app', [schema.released]: 'someone/else#1.1' }
    })
    expect(await markRelease(bed.aws, schema, EAST, release(OTHER))).toBeUndefined()
    expect(keyPairs().map(k => k.tags[schema.released])).toEqual(['someone/else#1.1'])
  })

  it('a stream of the same lineage under another version tag key keeps its own mark, and leaves the other’s', async () => {
    const theirs = tagSchema('StagingVersion')
    expect(await markRelease(bed.aws, schema, EAST, release(EARLIER))).toBe(EARLIER)
    // The other stream's first release of the version, then a later one of it.
    expect(await markRelease(bed.aws, theirs, EAST, release(OTHER))).toBe(OTHER)
    expect(await markRelease(bed.aws, theirs, EAST, release('octo/images#50.1'))).toBe(OTHER)
    const mark = (key: typeof schema) =>
      keyPairs().find(k => k.name === releaseMarkName(LINEAGE, VERSION, key.version))?.tags
    expect(keyPairs()).toHaveLength(2)
    expect(mark(schema)).toEqual({
      [schema.lineage]: LINEAGE,
      [schema.version]: VERSION,
      [schema.released]: EARLIER
    })
    expect(mark(theirs)).toEqual({
      [theirs.lineage]: LINEAGE,
      [theirs.version]: VERSION,
      [theirs.released]: OTHER
    })
  })

  it('orders by the run that started first, and takes no mark for a later one', () => {
    expect(earlierRun(OTHER, EARLIER)).toBe(EARLIER)
    // A mark naming a run after this one (forged, or a clock of another repository) is not taken.
    expect(earlierRun(EARLIER, OTHER)).toBe(EARLIER)
    expect(earlierRun(RUN, 'not a run')).toBe(RUN)
    expect(earlierRun(RUN, undefined)).toBe(RUN)
  })
})
