import * as core from '@actions/core'
import type { Aws } from '../aws/clients.js'
import { describeRelease, describeVersion, provenNewest } from '../aws/proof.js'
import { lastWrites, putImageParameter } from '../aws/ssm.js'
import { State } from '../constants.js'
import { errorMessage } from '../errors.js'
import { say } from '../exec/inert-log.js'
import { updateReleaseNotes } from '../github/release-notes.js'
import { artifactsOf, generations, imagesOf, releaseImages, type Stream } from '../stream/model.js'
import {
  newestRelease,
  outputRelease,
  pointerTargets,
  type PointerTarget
} from '../stream/pointer.js'
import type { Released, StreamId } from './plan.js'

export interface ParameterWrite {
  parameter: string
  region: string
  amiId: string
  version: number
  /** What it held before, when it held something else. */
  previous: string | undefined
}

export interface Published {
  ssm: ParameterWrite[]
  /** Why the parameter was left where it is, when it was. */
  held: string | undefined
  notes: string | undefined
  /** What could not be published; the step fails after the outputs are written. */
  problems: string[]
}

export interface PublishRequest {
  ssmParameter: string | undefined
  notes: { token: string; tag: string | undefined } | undefined
}

/**
 * The label a release puts on the parameter version it writes: a later run tells a release's
 * write from a rollback (`mode: lookup` puts none) or anyone else's by it.
 */
export const RELEASE_LABEL = 'packer-ami-release'

/**
 * A release's write of the parameter that SSM answered and that is not labelled yet. The step
 * state keeps them, so that the post step of a step stopped before the label (a cancel, an
 * outage) labels the write when it is still the parameter's last: a re-run then tells it from a
 * rollback. A write whose answer never came is not kept: nothing tells it from a later write of
 * the same AMI.
 */
export interface UnlabelledWrite {
  region: string
  name: string
  amiId: string
  version: number
}

/** The release's unlabelled writes, kept in the step state as they come and go. */
export class PendingLabels {
  private readonly writes = new Map<string, UnlabelledWrite>()
  written(write: UnlabelledWrite): void {
    this.writes.set(JSON.stringify([write.region, write.name, write.amiId]), write)
    this.save()
  }
  labelled(write: Omit<UnlabelledWrite, 'version'>): void {
    if (this.writes.delete(JSON.stringify([write.region, write.name, write.amiId]))) this.save()
  }
  private save(): void {
    core.saveState(State.ParameterWrites, JSON.stringify([...this.writes.values()]))
  }
}

/**
 * Puts each target's AMI in the parameter of its region (of its build, with `{build}` in the
 * name); a release's write gets `RELEASE_LABEL`. A parameter holding an AMI for which `leave`
 * holds is left as it is (`left`).
 */
export async function pointParameter(
  aws: Aws,
  parameter: string,
  targets: PointerTarget[],
  /** A release (its writes labelled, the unlabelled kept), or a rollback. */
  by: PendingLabels | 'lookup',
  leave?: (previous: string, version: number, target: PointerTarget) => boolean
): Promise<{ writes: ParameterWrite[]; problems: string[]; left: boolean }> {
  const writes: ParameterWrite[] = []
  const problems: string[] = []
  let left = false
  await Promise.all(
    targets.map(async t => {
      const name = parameter.replace(/\{build\}/g, t.build)
      try {
        // A rollback writes even the AMI a release put there: its version carries no label.
        const at = { region: t.region, name, amiId: t.amiId }
        const write =
          by === 'lookup'
            ? { amiId: t.amiId, always: true }
            : {
                ...at,
                label: RELEASE_LABEL,
                written: (version: number) => by.written({ ...at, version })
              }
        const leaveIt = leave && ((p: string, v: number) => leave(p, v, t))
        const put = await putImageParameter(aws, t.region, name, write, leaveIt)
        if (by !== 'lookup' && !put.unlabelled) by.labelled(at)
        if (put.left) return void (left = true)
        if (put.unlabelled)
          core.warning(
            `${t.region}: ${name} holds ${t.amiId}, but without the label ${RELEASE_LABEL} (${put.unlabelled}): a re-run of an older version cannot tell this write from a rollback`
          )
        const { version, previous } = put
        writes.push({
          parameter: name,
          region: t.region,
          amiId: t.amiId,
          version,
          previous: previous === t.amiId ? undefined : previous
        })
        say(`${t.region}: ${name} = ${t.amiId} (${t.version}, parameter version ${version})`)
      } catch (error) {
        problems.push(errorMessage(error))
      }
    })
  )
  return { writes, problems, left }
}

/**
 * Moves the parameter forward to this release, only while it is the stream's newest: a re-run
 * of an older version leaves it where it is, and says why. A parameter that holds an AMI the
 * run's view of the stream does not know as a release no newer than this one (a newer release's,
 * written since, even one the view saw only recorded complete) is left until the stream is looked
 * at again. After writing, the stream is looked at again: when a newer release
 * appeared meanwhile (whose run may have written before this one), the parameter goes to it, so
 * racing runs end at the newest; when this release was retired meanwhile (by a newer release's
 * retention), the step fails with no outputs, so no deploy takes its AMIs.
 */
async function publishParameter(
  aws: Aws,
  stream: StreamId,
  released: Released,
  parameter: string,
  version: string
) {
  const perBuild = parameter.includes('{build}')
  const ours = releaseImages(released.release.sets).ids
  // The view as looked at (`seen`), and without the newer releases not proven (`current`): the
  // parameter follows only a proven one, and leaves any image of a newer generation it names,
  // proven or not (a release whose snapshots EC2 does not show tagged yet is one).
  let seen = released.stream
  let current = await provenNewest(aws, seen, version, ours)
  let target = newestRelease(current)
  if (target !== version)
    return {
      ...(await forwardOwnWrite(aws, current, parameter, version, target, perBuild)),
      held: `the parameter is left as it is (${target ?? 'a newer release'} is newer than ${version})`
    }
  const writes: ParameterWrite[] = []
  const problems: string[] = []
  const pending = new PendingLabels()
  const regions = [...new Set(pointerTargets(current, version, perBuild).map(t => t.region))]
  // What the view knows to be no newer than this release: its releases from this one down. An
  // image it saw only recorded complete (a newer version being released) is not among them.
  const order = generations(current)
  const older = order.slice(order.findIndex(g => g.version === version))
  let known: Set<string> | undefined = new Set(
    older.flatMap(g => g.sets.flatMap(imagesOf)).map(i => i.id)
  )
  // An AMI of a newer generation of the stream (one no longer whole: a copy gone) is left.
  let newerHeld = new Set<string>()
  for (let round = 0; round < 3 && target !== undefined; round++) {
    const targets = pointerTargets(current, target, perBuild)
    const newer = newerImages(seen, target)
    const before = known
    let unknown = false
    newerHeld = new Set()
    const leave = (id: string) => {
      const of = newer.get(id)
      if (of === undefined) return (unknown = before !== undefined && !before.has(id))
      newerHeld.add(of)
      return true
    }
    const done = await pointParameter(aws, parameter, targets, pending, leave)
    writes.push(...done.writes)
    problems.push(...done.problems)
    if (problems.length > 0) break
    seen = await describeVersion(aws, stream, version, regions, ours)
    current = await provenNewest(aws, seen, version, ours)
    known = undefined
    const newest = newestRelease(current)
    if (newest === target && !unknown) break
    if (newest !== target) say(`${newest ?? '?'} was released meanwhile: the parameter follows it`)
    target = newest
  }
  // Retired meanwhile by a newer release's retention: fail before retiring anything.
  if (problems.length > 0) return { writes, problems, held: undefined }
  warnOtherStreams(stream, current, writes)
  outputRelease(current, version, undefined)
  const held =
    newerHeld.size > 0
      ? `the parameter is left as it is where it names a newer release (${[...newerHeld].join(', ')} is newer than ${version})`
      : undefined
  return { writes, problems, held, seen: current }
}

/** The images of the generations of the stream newer than `version`, each with its version. */
function newerImages(stream: Stream, version: string): Map<string, string> {
  const order = generations(stream)
  const newer = order.slice(
    0,
    Math.max(
      0,
      order.findIndex(g => g.version === version)
    )
  )
  return new Map(newer.flatMap(g => g.sets.flatMap(imagesOf).map(i => [i.id, g.version])))
}

/**
 * A parameter that held an AMI of no release of this stream: a hand-made one, the stream's
 * before its lineage changed, or another stream's. Two streams on one parameter (a matrix over
 * architectures, say) take it from each other on every release, which the action cannot tell
 * from the others, so it writes and says so.
 */
function warnOtherStreams(stream: StreamId, seen: Stream, writes: ParameterWrite[]): void {
  const ours = new Set(seen.images.map(i => i.id))
  for (const w of writes)
    if (w.previous !== undefined && !ours.has(w.previous))
      core.warning(
        `${w.region}: ${w.parameter} named ${w.previous}, no image of this stream (lineage ${stream.lineage}); it names ${w.amiId} now. If another stream publishes to it too (a matrix job with another template, vars or architecture), each release takes it from the other: give each stream its own parameter ({build} or the matrix value in 'ssm-parameter')`
      )
}

/**
 * A run of an older version that lost a race to a newer release can leave the parameter at its own
 * AMI, when the look after its write failed (an outage). A later run of that version finds it so:
 * the parameter's newest version names this version's AMI with the label a release puts (a
 * rollback, `mode: lookup`, or anyone else's write has none), and the version before it (and
 * before any other write of this AMI, a write sent again) named a newer release's AMI. It goes on
 * to the newest release. A parameter that never named a newer release (its run did not publish) is
 * left, as any re-run of an older version leaves it.
 */
async function forwardOwnWrite(
  aws: Aws,
  stream: Stream,
  parameter: string,
  version: string,
  newest: string | undefined,
  perBuild: boolean
): Promise<{ writes: ParameterWrite[]; problems: string[] }> {
  const own = new Set(pointerTargets(stream, version, perBuild).map(t => t.amiId))
  const order = generations(stream).map(g => g.version)
  const newer = new Set(
    order
      .slice(0, Math.max(0, order.indexOf(version)))
      .flatMap(v => pointerTargets(stream, v, perBuild).map(t => t.amiId))
  )
  const targets =
    newest === undefined || own.size === 0 ? [] : pointerTargets(stream, newest, perBuild)
  /** Each target to move on, with the parameter version it read: any later write is left. */
  const stale = new Map<PointerTarget, number>()
  for (const t of targets) {
    const name = parameter.replace(/\{build\}/g, t.build)
    // Without ssm:GetParameterHistory (a policy from before) the parameter is left, as before.
    const writes = await lastWrites(aws, t.region, name).catch((error: unknown) => {
      core.warning(`${t.region}: left ${name} as it is: ${errorMessage(error)}`)
      return []
    })
    // A write sent again (its answer lost) is one write: what came before is the first other.
    const [last] = writes
    const before = writes.find(w => !own.has(w.value))
    if (
      last &&
      own.has(last.value) &&
      last.labels.includes(RELEASE_LABEL) &&
      newer.has(before?.value ?? '')
    )
      stale.set(t, last.version)
  }
  if (stale.size === 0) return { writes: [], problems: [] }
  say(
    `The parameter went back from a newer release to ${version}, written by a release of it: it goes on to ${newest ?? ''}`
  )
  const moved = (id: string, v: number, t: PointerTarget) => !own.has(id) || v !== stale.get(t)
  const done = await pointParameter(aws, parameter, [...stale.keys()], new PendingLabels(), moved)
  return { writes: done.writes, problems: done.problems }
}

/** Puts the release where deploys look: the SSM parameter (forward only) and the GitHub Release's notes. */
export async function publish(
  aws: Aws,
  stream: StreamId,
  released: Released,
  request: PublishRequest,
  version: string
): Promise<Published> {
  const published: Published = { ssm: [], held: undefined, notes: undefined, problems: [] }
  let seen: Stream | undefined
  if (request.ssmParameter !== undefined) {
    const done = await publishParameter(aws, stream, released, request.ssmParameter, version)
    published.ssm = done.writes
    published.problems.push(...done.problems)
    published.held = done.held
    seen = done.seen
    if (done.held) core.notice(`ssm-parameter: ${done.held}`)
  }
  const notes = request.notes
  if (notes && notes.tag === undefined)
    published.notes = 'this run is not for a tag, so there is no GitHub Release to add the AMIs to'
  else if (notes?.tag !== undefined) {
    // The notes name the release as EC2 shows it now: one a newer release's retention retired
    // meanwhile is named nowhere, and the step fails (as `outputRelease` says).
    const { release } = released
    seen ??= await describeRelease(
      aws,
      stream,
      version,
      release.builds,
      releaseImages(release.sets)
    )
    const now = outputRelease(seen, version, release.builds)
    try {
      const result = await updateReleaseNotes({
        token: notes.token,
        tag: notes.tag,
        version,
        lineage: stream.lineage,
        artifacts: now.sets.flatMap(artifactsOf)
      })
      published.notes =
        result.kind === 'no-release'
          ? `the tag ${notes.tag} has no GitHub Release, so there were no notes to add the AMIs to (create the release first, or run on release: published)`
          : `added the AMIs to ${result.url}`
    } catch (error) {
      published.problems.push(`release notes of ${notes.tag}: ${errorMessage(error)}`)
    }
  }
  if (published.notes) say(`release-notes: ${published.notes}`)
  return published
}
