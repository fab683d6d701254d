import type { OnExisting } from '../inputs/types.js'

/** An image of this stream and version in the release's region, with what decides its fate. */
export interface StreamImage {
  id: string
  /** The build of the template it belongs to (`:build`). */
  build: string
  /** It carries the version: released. */
  released: boolean
  /** The run that marked it while building it (`<repository>#<run id>.<attempt>`). */
  run: string | undefined
  /** Its build's artifact was reported whole: it records its copies (`:copies`). */
  complete: boolean
  /** The state of the instance it was made from: a live one means its build is still going. */
  instance: 'alive' | 'gone' | 'unknown'
  /** EC2's creation date. */
  created: string | undefined
}

/**
 * GitHub re-runs a workflow run for up to 30 days after it started: an image an earlier attempt
 * made is younger than that (and a day more for clocks).
 */
const RERUN_WINDOW_MS = 31 * 24 * 60 * 60 * 1000

export type ExistingDecision =
  /** Every build of the release is released already. */
  | { action: 'reuse' }
  /** `byInput`: the refusal is what `on-existing: fail` asks for, not a problem of the images. */
  | { action: 'fail'; reason: string; byInput: boolean }
  /** Another run is building or releasing this release: wait for it, then look again. */
  | { action: 'wait'; images: string[] }
  /**
   * Build `builds` (every build the template selects when undefined), then release them with
   * `finish`: images an earlier attempt of this run built but did not release.
   */
  | { action: 'build'; builds: string[] | undefined; finish: string[]; note?: string }
  /** Nothing to build: release `finish`, which an earlier attempt of this run built. */
  | { action: 'finish'; finish: string[] }

/**
 * Whether `run` is an earlier attempt of the run `current` (re-runs keep the run id): both
 * `<repository>#<run id>.<attempt>`, the same run, a lower attempt.
 */
export function earlierAttempt(run: string | undefined, current: string): boolean {
  const parse = (r: string) => /^(.+#.+)\.(\d+)$/.exec(r)
  const [, runId, attempt] = parse(run ?? '') ?? []
  const [, currentId, currentAttempt] = parse(current) ?? []
  return runId !== undefined && runId === currentId && Number(attempt) < Number(currentAttempt)
}

/**
 * What to do about the images a release already has in its region, build by build. Pure.
 * A release is reused only when every build it is made of (`builds`: the template's selection,
 * or undefined when the template could not be read) is released. An unreleased image is
 * finished only when an earlier attempt of this run marked it and recorded its build complete;
 * one another run is building, or has built and is releasing, is waited for; any other is
 * named, and nothing is built over it.
 */
export function decideOnExisting(
  images: StreamImage[],
  builds: readonly string[] | undefined,
  onExisting: OnExisting,
  describe: { version: string; region: string; run: string; now: number },
  /** Whether to wait for a build another run completed to be released by it (for a while only). */
  patience: { waitForOtherRuns: boolean } = { waitForOtherRuns: true }
): ExistingDecision {
  const { version, region, run, now } = describe
  const recent = (i: StreamImage) =>
    i.created !== undefined && now - Date.parse(i.created) < RERUN_WINDOW_MS
  const released = images.filter(i => i.released)
  const unreleased = images.filter(i => !i.released)
  const list = (some: StreamImage[]) => some.map(i => i.id).join(', ')
  if (onExisting === 'rebuild')
    return {
      action: 'build',
      builds: undefined,
      finish: [],
      ...(unreleased.length > 0
        ? { note: `${list(unreleased)} of ${version}, not released, are left as they are` }
        : {})
    }
  if (onExisting === 'fail' && images.length > 0)
    return {
      action: 'fail',
      byInput: true,
      reason:
        released.length > 0
          ? `is 'fail' and ${list(released)} in ${region} already carries ${version}`
          : `is 'fail' and ${list(unreleased)} in ${region} is an unreleased image of ${version}`
    }

  const wanted = builds ?? [...new Set(images.map(i => i.build))]
  if (wanted.length === 0) return { action: 'build', builds: undefined, finish: [] }
  const otherRun = (i: StreamImage) =>
    i.run !== undefined && i.run !== run && !earlierAttempt(i.run, run)
  // A run with a build still going is under way as a whole: its finished builds wait for the
  // others (Packer reports artifacts at the end), then for the run to release them.
  const runsUnderWay = new Set(unreleased.filter(i => i.instance === 'alive').map(i => i.run))
  const missing: string[] = []
  const finish: string[] = []
  const waitFor: string[] = []
  const problems: string[] = []
  for (const build of wanted) {
    if (released.some(i => i.build === build)) continue
    const mine = unreleased.filter(i => i.build === build)
    if (mine.length === 0) {
      missing.push(build)
      continue
    }
    const finishable = mine
      .filter(i => earlierAttempt(i.run, run) && recent(i) && i.complete)
      .at(-1)
    if (finishable && builds !== undefined) {
      finish.push(finishable.id)
      continue
    }
    const others = mine.filter(
      i =>
        i.instance === 'alive' ||
        (otherRun(i) && (runsUnderWay.has(i.run) || patience.waitForOtherRuns))
    )
    if (others.length > 0) {
      waitFor.push(...others.map(i => i.id))
      continue
    }
    problems.push(
      ...mine.map(i =>
        finishable === i
          ? `${i.id} (${i.build}) is complete, but which builds the release is made of is not known (the warning above says why), so it is not finished`
          : leftBehind(i, run, recent(i))
      )
    )
  }
  if (waitFor.length > 0) return { action: 'wait', images: waitFor }
  if (problems.length > 0)
    return {
      action: 'fail',
      byInput: false,
      reason: `${problems.join('; ')} (in ${region}, ${version}): nothing is built over it, and nothing is removed, since the action cannot prove it made it. If your workflow made it, deregister it with its snapshots; if not, remove the tags that mark it as this stream's. Or set on-existing: rebuild with an ami_name that differs per build`
    }
  if (missing.length === 0)
    return finish.length > 0 ? { action: 'finish', finish } : { action: 'reuse' }
  return {
    action: 'build',
    builds: builds === undefined || missing.length === builds.length ? undefined : missing,
    finish
  }
}

/** Why an unreleased image that is not this run's to finish stays as it is. */
function leftBehind(image: StreamImage, run: string, recent: boolean): string {
  const by = image.run ?? 'an unknown run'
  if (earlierAttempt(image.run, run) && !recent)
    return `${image.id} (${image.build}) is marked by ${by}, but EC2 made it on ${image.created ?? '(unknown)'}, before an earlier attempt of this run could have`
  if (image.instance === 'unknown' && !earlierAttempt(image.run, run))
    return `${image.id} (${image.build}) is marked by ${by}, and EC2 does not say whether its build still runs; let that run finish`
  if (!image.complete)
    return `${image.id} (${image.build}) was left unfinished by ${by}: its build stopped before Packer reported it`
  return `${image.id} (${image.build}) was built by ${by}, which did not release it; re-run that run to release it`
}

export type BuildOutcome = 'succeeded' | 'partial' | 'failed' | 'cancelled' | 'collision' | 'no-ami'

/** How a `packer build` ended, from what it returned. */
export function classifyBuild(result: {
  exitCode: number | null
  cancelled: boolean
  artifacts: number
  collision: boolean
}): BuildOutcome {
  if (result.cancelled) return 'cancelled'
  if (result.exitCode === 0) return result.artifacts > 0 ? 'succeeded' : 'no-ami'
  if (result.artifacts > 0) return 'partial'
  return result.collision ? 'collision' : 'failed'
}
