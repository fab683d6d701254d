import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import {
  beat,
  claimName,
  claimOf,
  dropClaim,
  findKeyPair,
  giveUp,
  GIVEN_UP,
  tryClaim,
  type Claim
} from '../aws/claim.js'
import type { Aws } from '../aws/clients.js'
import { describeVersion } from '../aws/proof.js'
import { say } from '../exec/inert-log.js'
import { attemptOf, earlierAttempt } from '../release/facts.js'
import { State } from '../constants.js'
import { duration } from '../report/summary.js'
import type { Stream } from '../stream/model.js'
import { decide, quickDecision, type Asked, type Decision } from '../stream/rules.js'
import type { StreamId } from './plan.js'
import type { TagSchema } from '../release/tags.js'
import { errorMessage } from '../errors.js'

/** How a run waits for the run that holds its version, and how the holder shows it is alive. */
export const CLAIM_TIMING = {
  /** A claim with no sign of life for this long belongs to a run that is gone. */
  staleAfterMs: 15 * 60_000,
  heartbeatMs: 5 * 60_000,
  pollMs: 15_000,
  /** The longest a run waits for another run of its version. */
  waitMaxMs: 60 * 60_000
}
export type ClaimTiming = Readonly<typeof CLAIM_TIMING>

/**
 * This main step, among the jobs of its run: a run's jobs share its mark, and a job of a matrix
 * must not take another's claim of the same stream and version for its own.
 */
export const THIS_STEP = randomUUID()

/** Who a claim belongs to, for this step of this run. Pure. */
export function judgeClaim(
  claim: Claim,
  run: string,
  now: number,
  timing: ClaimTiming,
  step: string = THIS_STEP
) {
  if (claim.run === run && claim.holder === step) return 'mine'
  // Its run ended and marked it so, as EC2 would not let it drop it.
  if (claim.heartbeat === GIVEN_UP) return 'given up'
  // GitHub starts an attempt only after the one before it ended: it holds nothing any more.
  if (earlierAttempt(claim.run, run)) return 'earlier attempt'
  const alive = Math.max(...[claim.heartbeat, claim.created].map(t => Date.parse(t ?? '') || 0))
  return now - alive > timing.staleAfterMs ? 'stale' : 'live'
}

export interface Existing {
  decision: Decision
  stream: Stream
  /** Held while this run builds or releases the version; undefined when it reuses or fails. */
  claim: Claim | undefined
}

/**
 * What this run does about its version: a whole release is reused at once; anything else is
 * decided under the version's claim, so no two runs build or release one version at a time. A
 * run that finds the claim held by a live run waits for it (bounded), then looks again: it
 * reuses what that run released, or builds what it left. An earlier attempt of this run, or a
 * run silent past `staleAfterMs`, holds nothing.
 */
export async function lookAndClaim(
  aws: Aws,
  stream: StreamId,
  asked: Asked,
  timing: ClaimTiming = CLAIM_TIMING
): Promise<Existing> {
  const deadline = Date.now() + timing.waitMaxMs
  const name = claimName(stream.lineage, asked.version, stream.schema.version)
  let announced = false
  for (;;) {
    const seen = await describeVersion(aws, stream, asked.version)
    const quick = quickDecision(seen, asked)
    if (quick?.action === 'reuse') await dropLeftClaim(aws, stream, name, asked)
    if (quick) return { decision: quick, stream: seen, claim: undefined }
    // Named for the post step first: a job killed before EC2's answer comes holds the claim still.
    holding({ region: stream.region, name, holder: THIS_STEP })
    const result = await tryClaim(aws, stream.schema, stream.region, name, [
      { Key: stream.schema.lineage, Value: stream.lineage },
      { Key: stream.schema.claim, Value: asked.version },
      { Key: stream.schema.run, Value: asked.run },
      { Key: stream.schema.holder, Value: THIS_STEP }
    ])
    const holder = 'held' in result ? result.held : result.taken
    if (!('held' in result)) holding(undefined)
    const state =
      'held' in result ? 'mine' : holder && judgeClaim(holder, asked.run, Date.now(), timing)
    // Held now (made by this call, or by this step before an answer that was lost): another run
    // may have released the version between the look above and the claim, so look again.
    if (holder && state === 'mine') {
      holding(holder)
      const now = await describeVersion(aws, stream, asked.version)
      return { decision: decide(now, asked), stream: now, claim: holder }
    }
    if (holder && state !== 'mine' && !isClaimOn(holder, stream, asked.version))
      throw new Error(
        `The key pair ${name} (${holder.id}) in ${stream.region} has the name of the claim on ${asked.version} of ${stream.lineage}, but its tags do not show it is one: the action leaves it alone. Delete it if nothing of yours uses it, then re-run this job`
      )
    if (holder && state !== 'live') {
      if (state === 'given up')
        say(
          `${asked.version} was claimed by ${holder.run ?? 'an unknown run'}, which ended and gave the claim up but could not drop it: taking the claim over`
        )
      else
        core.warning(
          `${asked.version} was claimed by ${holder.run ?? 'an unknown run'} (${state}), which never gave the claim up: its runner was lost or its post step did not run, so what its build launched in ${stream.region} since ${holder.created ?? 'then'} (an instance, its key pair and security group, an AMI with no ${stream.schema.version} tag) may be left, and the action removes only what it can prove its own. Taking the claim over`
        )
      await dropClaim(aws, holder)
      continue
    }
    const whose =
      holder?.run === asked.run
        ? `another job of this run (${asked.run})`
        : (holder?.run ?? 'another run')
    if (Date.now() + timing.pollMs > deadline)
      throw new Error(
        `${whose} has been building ${asked.version} of ${stream.lineage} for more than ${duration(timing.waitMaxMs)}; re-run this job once it is done. If it is gone, delete the key pair ${name} in ${stream.region}, which holds the version for it`
      )
    if (!announced) say(`${asked.version} is being built or released by ${whose}: waiting for it`)
    announced = true
    await sleep(timing.pollMs)
  }
}

/**
 * A later attempt of a run reuses a whole release: a claim on it that an earlier attempt left
 * (EC2 would not let that attempt drop it, nor its post step) is dropped, by the ID EC2 shows
 * under its name, once its tags show it is this stream's claim on the version, held by an
 * earlier attempt of this run (which holds nothing: it ended). Else no run would look at it
 * again. A first attempt asks nothing: a reuse costs no more than the look. A failure here is
 * said; the reuse goes on.
 */
async function dropLeftClaim(
  aws: Aws,
  stream: StreamId,
  name: string,
  asked: Asked
): Promise<void> {
  if ((attemptOf(asked.run) ?? 1) <= 1) return
  try {
    const key = await findKeyPair(aws, stream.region, name)
    const claim = key && claimOf(stream.schema, key)
    if (!claim || !isClaimOn(claim, stream, asked.version)) return
    if (!earlierAttempt(claim.run, asked.run)) return
    await dropClaim(aws, claim)
    say(
      `Dropped the claim ${name} (${claim.id}) that an earlier attempt of this run left on ${asked.version}`
    )
  } catch (error) {
    core.warning(
      `Could not drop the claim ${name} left on ${asked.version}: ${errorMessage(error)}`
    )
  }
}

/** Whether a key pair's tags show it is this stream's claim on the version (not its name alone). */
export const isClaimOn = (claim: Claim, stream: StreamId, version: string) =>
  claim.lineage === stream.lineage && claim.version === version

/**
 * Tells the post step which claim to drop if this step is killed holding it: by its ID, or,
 * while EC2's answer is awaited, by this step's mark on it. The post step drops it only when
 * its tags carry this run's mark, which it takes from the runner, not from the state.
 */
function holding(
  claim: (Pick<Claim, 'region' | 'name'> & ({ id: string } | { holder: string })) | undefined
): void {
  if (!claim) return core.saveState(State.Claim, '')
  const { region, name } = claim
  const which = 'id' in claim ? { id: claim.id } : { holder: claim.holder }
  core.saveState(State.Claim, JSON.stringify({ region, name, ...which }))
}

/**
 * Shows, while the build runs, that the run holding the claim is alive. Returns the stop, and
 * when the claim was last renewed (the time its heartbeat tag says, in ms) while it never
 * looked abandoned: a renewal after a silence of half `staleAfterMs` or more may land just as
 * another run, which read the silence, takes the claim over. It proves nothing, and the last
 * renewal stays the one before: `confirmClaim` then asks EC2.
 */
export function keepAlive(
  aws: Aws,
  stream: StreamId,
  claim: Claim,
  timing: ClaimTiming = CLAIM_TIMING
): { stop: () => void; renewedAt: () => number } {
  let stopped = false
  let renewed = Date.parse(claim.heartbeat ?? '') || 0
  const timer = setInterval(() => {
    const at = new Date()
    beat(aws, stream.schema, claim, at).then(
      () => {
        if (at.getTime() - renewed < timing.staleAfterMs / 2)
          renewed = Math.max(renewed, at.getTime())
      },
      (error: unknown) => {
        // A beat still in flight when the claim is given up fails on the key pair it dropped.
        if (!stopped)
          core.warning(`Could not renew the claim on the version: ${errorMessage(error)}`)
      }
    )
  }, timing.heartbeatMs)
  timer.unref()
  return {
    stop: () => {
      stopped = true
      clearInterval(timer)
    },
    renewedAt: () => renewed
  }
}

/**
 * Before the release is tagged: the claim is still this step's, and shows life. A holder whose
 * renewals failed for `staleAfterMs` (an outage) looks gone to a waiting run, which takes the
 * version over and builds it: this run then releases nothing, so that one version has one
 * release. The claim is dropped by its ID and made anew by the other run, so an ID EC2 still
 * shows under its name is this claim. A claim renewed (`renewedAt`) within half that time
 * looks alive to every run, with room for their clocks: it is asked nothing.
 */
export async function confirmClaim(
  aws: Aws,
  stream: StreamId,
  claim: Claim,
  version: string,
  renewedAt: number,
  timing: ClaimTiming = CLAIM_TIMING
): Promise<void> {
  if (Date.now() - renewedAt < timing.staleAfterMs / 2) return
  const key = await findKeyPair(aws, claim.region, claim.name)
  if (key?.id !== claim.id) {
    const by = key?.tags[stream.schema.run] ?? 'another run'
    throw new Error(
      `${by} took ${version} over while this run built it (this run's claim, the key pair ${claim.name} in ${claim.region}, could not be renewed, and looked abandoned): that run builds and releases ${version}, so this run releases nothing. What this run built is kept, recorded complete; a re-run of this job releases it only if that run did not release ${version}`
    )
  }
  // Renewed now, it cannot look abandoned while the release is tagged.
  await beat(aws, stream.schema, claim, new Date()).catch(() => undefined)
}

/**
 * Gives the version up: other runs of it go on. A failure is said, and the claim is marked given
 * up, so that another run of the version takes it over at once; the post step tries again.
 */
export async function unclaim(
  aws: Aws,
  claim: Claim | undefined,
  schema: TagSchema
): Promise<void> {
  if (!claim) return
  try {
    await dropClaim(aws, claim)
    holding(undefined)
  } catch (error) {
    core.warning(
      `Could not drop the claim ${claim.name} in ${claim.region}: ${errorMessage(error)}`
    )
    await giveUp(aws, schema, claim).catch(() => undefined)
  }
}
