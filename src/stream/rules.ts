import { earlierAttempt, type RunMark } from '../release/facts.js'
import {
  imagesOf,
  releaseOf,
  releaseSets,
  type Generation,
  type ReleaseSet,
  type Stream
} from './model.js'
import { countedGenerations, type RetireMode } from './retention.js'

export type OnExisting = 'reuse' | 'fail' | 'rebuild'

/**
 * GitHub re-runs a workflow run for up to 30 days after it started: an image an earlier attempt
 * made is younger than that (and a day more for clocks).
 */
const RERUN_WINDOW_MS = 31 * 24 * 60 * 60 * 1000

export type Decision =
  /** Every build of the release is released, whole. */
  | { action: 'reuse'; sets: ReleaseSet[] }
  /** `byInput`: what `on-existing: fail` asks for, not a problem of the images. */
  | { action: 'fail'; reason: string; byInput: boolean }
  /**
   * Build `builds` (every build the template selects when undefined), then release them with
   * `finish` (complete builds an earlier attempt of this run left unreleased) and `kept`
   * (builds released already). First, `retire`: what an older run's retention left of this
   * version part-way, finished, so that it can be built again and released in its old place.
   */
  | {
      action: 'build'
      builds: string[] | undefined
      finish: ReleaseSet[]
      kept: ReleaseSet[]
      retire?: PartlyRetired
    }
  /** Nothing to build: release `finish` with `kept`. */
  | { action: 'finish'; finish: ReleaseSet[]; kept: ReleaseSet[] }

/**
 * Released sets of a version that retention was retiring when it stopped, every released set
 * of its generation (what keeps one keeps all), and when the version was first released.
 */
export interface PartlyRetired {
  sets: ReleaseSet[]
  generation: ReleaseSet[]
  firstRelease: string
}

export interface Asked {
  version: string
  /** The builds the release is made of (the template's selection), when the template could be read. */
  builds: readonly string[] | undefined
  onExisting: OnExisting
  run: RunMark
  now: number
  /** This run's retention (`keep-generations`, `retire`): what it would retire of the stream. */
  retention?: { keep: number; mode: RetireMode } | undefined
}

/**
 * Before anything is claimed: a release that exists whole is reused (or refused with
 * `on-existing: fail`) at once; anything else is decided by `decide`, under the claim.
 */
export function quickDecision(stream: Stream, asked: Asked): Decision | undefined {
  const any = releaseSets(stream).filter(s => s.version === asked.version)
  if (asked.onExisting === 'fail' && any.length > 0) {
    const released = any.filter(s => s.released)
    const list = (some: ReleaseSet[]) => some.map(s => s.primary.id).join(', ')
    const reason =
      released.length > 0
        ? `is 'fail' and ${list(released)} in ${stream.region} already carries ${asked.version}`
        : `is 'fail' and ${list(any)} in ${stream.region} is a built, unreleased image of ${asked.version}`
    return { action: 'fail', byInput: true, reason }
  }
  const release = releaseOf(stream, asked.version, asked.builds)
  if (asked.onExisting === 'reuse' && release.whole) return { action: 'reuse', sets: release.sets }
  return undefined
}

/**
 * What to do about the images of this version, build by build, while this run holds the
 * version's claim (so no other run is building or releasing it). Pure. Released builds are
 * kept; a complete build an earlier attempt of this run left is finished; another run's
 * complete build that it never released is named, and nothing is built over it; the rest is
 * built.
 */
export function decide(stream: Stream, asked: Asked): Decision {
  const quick = quickDecision(stream, asked)
  if (quick) return quick
  const sets = releaseSets(stream).filter(s => s.version === asked.version)
  if (asked.onExisting === 'rebuild') return rebuild(sets, asked)
  const all = countedGenerations(stream, asked.version)
  const generation = all.find(g => g.version === asked.version)
  const wanted = asked.builds ?? generation?.builds ?? [...new Set(sets.map(s => s.build))]
  // Nothing of the release is known (its builds are Packer's to name, and none exists): all of it.
  if (wanted.length === 0) return { action: 'build', builds: undefined, finish: [], kept: [] }
  const kept: ReleaseSet[] = []
  const finish: ReleaseSet[] = []
  const retire: ReleaseSet[] = []
  const missing: string[] = []
  const problems: string[] = []
  const disabled: ReleaseSet[] = []
  const age = all.indexOf(generation as Generation)
  for (const build of wanted) {
    const ofBuild = sets.filter(s => s.build === build)
    const released = ofBuild.find(s => s.released)
    if (released && partlyRetired(released, age, asked.retention)) {
      retire.push(released)
      missing.push(build)
      continue
    }
    // Retired with `retire: disable`: kept to roll back to, neither reused nor built over.
    if (released && imagesOf(released).some(i => i.state === 'disabled')) {
      disabled.push(released)
      continue
    }
    if (released) {
      if (released.problems.length > 0) problems.push(...released.problems)
      else kept.push(released)
      continue
    }
    const complete = ofBuild.filter(s => !s.released)
    const earlier = complete.find(s => finishable(s, asked))
    if (earlier && asked.builds !== undefined) finish.push(earlier)
    else if (complete.length > 0) problems.push(...complete.map(s => leftBehind(s, asked)))
    else missing.push(build)
  }
  if (problems.length > 0)
    return {
      action: 'fail',
      byInput: false,
      reason: `${problems.join('; ')} (${asked.version} in ${stream.region}): nothing is built over it, and nothing is removed, since the action cannot prove it made it. If your workflow made it, deregister it with its snapshots; otherwise remove the tags that mark it as this stream's; or set on-existing: rebuild with an ami_name that differs per build`
    }
  if (disabled.length > 0)
    return { action: 'fail', byInput: false, reason: disabledReason(asked.version, disabled) }
  if (missing.length === 0) return { action: 'finish', finish, kept }
  const every = asked.builds === undefined || missing.length === asked.builds.length
  const builds = every ? undefined : missing
  if (retire.length === 0 || !generation) return { action: 'build', builds, finish, kept }
  return {
    action: 'build',
    builds,
    finish,
    kept,
    retire: { sets: retire, generation: generation.sets, firstRelease: generation.firstRelease }
  }
}

/**
 * A released set whose only fault is recorded copies EC2 no longer has, of a generation this
 * run's own retention would deregister (beyond the newest `keep`): what retention leaves when it
 * stops part-way (it retires copies first, the AMI that records them last). It is no release to
 * keep, and its AMI holds the version's name. A copy gone from a generation retention keeps is
 * someone's doing, and is left to them.
 */
const partlyRetired = (set: ReleaseSet, index: number, retention: Asked['retention']) =>
  retention !== undefined &&
  retention.mode === 'deregister' &&
  retention.keep > 0 &&
  index >= retention.keep &&
  set.gone.length > 0 &&
  set.gone.length === set.problems.length

/** A complete, unreleased set an earlier attempt of this run made, whole: this run's to release. */
const finishable = (set: ReleaseSet, asked: Asked) =>
  !set.released &&
  earlierAttempt(set.run, asked.run) &&
  asked.now - Date.parse(set.primary.created) < RERUN_WINDOW_MS &&
  set.problems.length === 0

/**
 * A rebuild builds every build again, but what an earlier attempt of this run made is this
 * rebuild's: its released builds are kept, its complete ones released, and only the rest built.
 */
function rebuild(sets: ReleaseSet[], asked: Asked): Decision {
  const kept: ReleaseSet[] = []
  const finish: ReleaseSet[] = []
  const missing: string[] = []
  for (const build of asked.builds ?? []) {
    const ours = sets.filter(s => s.build === build && earlierAttempt(s.run, asked.run))
    const released = ours.find(s => s.released && s.problems.length === 0)
    const complete = ours.find(s => finishable(s, asked))
    if (released) kept.push(released)
    else if (complete) finish.push(complete)
    else missing.push(build)
  }
  if (missing.length === (asked.builds ?? []).length)
    return { action: 'build', builds: undefined, finish: [], kept: [] }
  if (missing.length > 0) return { action: 'build', builds: missing, finish, kept }
  return finish.length > 0 ? { action: 'finish', finish, kept } : { action: 'reuse', sets: kept }
}

/** Why a version whose release is disabled (retired with `retire: disable`) is left as it is. */
function disabledReason(version: string, sets: ReleaseSet[]): string {
  const images = sets.flatMap(imagesOf).filter(i => i.state === 'disabled')
  const one = images.length === 1
  return `${version} was retired: ${images.map(i => `${i.id} in ${i.region}`).join(', ')} ${one ? 'is' : 'are'} disabled (retire: disable keeps a release to roll back to). Nothing is built over it, and nothing is removed. To release ${version} again, enable ${one ? 'it' : 'them'} (EnableImage), then re-run`
}

/** Why a complete, unreleased set that is not this run's to finish stays as it is. */
function leftBehind(set: ReleaseSet, asked: Asked): string {
  const what = `${set.primary.id} (${set.build})`
  const by = set.run ?? 'an unknown run'
  if (set.problems.length > 0)
    return `${what} was built by ${by} but is not whole: ${set.problems.join('; ')}`
  if (!earlierAttempt(set.run, asked.run))
    return `${what} was built by ${by}, which did not release it; re-run that run to release it`
  if (asked.builds === undefined)
    return `${what} is complete, but which builds the release is made of is not known (the warning above says why), so it is not finished`
  return `${what} is marked by ${by}, but EC2 made it on ${set.primary.created || '(unknown)'}, before an earlier attempt of this run could have`
}
