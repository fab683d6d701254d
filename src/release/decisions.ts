import type { OnExisting } from '../inputs/types.js'

/** An image of this stream and version that carries the pending mark but not the version. */
export interface PendingImage {
  id: string
  /** Whether the AMI itself is still being created. */
  imageState: string | undefined
  /** The state of the instance it was made from: a live one means its build is still going. */
  instance: 'alive' | 'gone' | 'unknown'
  /** The run that marked it (`<repository>#<run id>.<attempt>`). */
  run: string | undefined
}

export type ExistingDecision =
  | { action: 'build'; note?: string }
  | { action: 'reuse' }
  | { action: 'fail'; reason: string }
  /** Another run is building this release: wait for it, then look again. */
  | { action: 'wait'; images: string[] }
  /** An earlier run built these images but could not finish tagging them: finish the release. */
  | { action: 'finish'; images: string[] }

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
 * What to do about the images a release already has in its region. Pure; `found.released` are
 * images carrying the version, `found.pending` ones a run marked while building it.
 */
export function decideOnExisting(
  found: { released: string[]; pending: PendingImage[] },
  onExisting: OnExisting,
  describe: { version: string; region: string; run: string }
): ExistingDecision {
  const { version, region, run } = describe
  if (found.released.length > 0) {
    if (onExisting === 'reuse') return { action: 'reuse' }
    if (onExisting === 'fail')
      return {
        action: 'fail',
        reason: `is 'fail' and ${found.released.join(', ')} in ${region} already carries ${version}`
      }
    return { action: 'build' }
  }
  if (found.pending.length === 0) return { action: 'build' }
  if (onExisting === 'rebuild')
    return {
      action: 'build',
      note: `${found.pending.map(p => p.id).join(', ')} of ${version}, not released, are left as they are`
    }
  const building = found.pending.filter(
    p => p.instance === 'alive' || (p.instance === 'unknown' && !earlierAttempt(p.run, run))
  )
  if (onExisting === 'fail')
    return {
      action: 'fail',
      reason: `is 'fail' and ${found.pending.map(p => p.id).join(', ')} in ${region} is an image of ${version} that ${building.length > 0 ? 'another run is building' : 'an earlier run built but did not release'}`
    }
  if (building.some(p => p.instance === 'alive'))
    return { action: 'wait', images: building.map(p => p.id) }
  if (building.length > 0)
    return {
      action: 'fail',
      reason: `${building.map(p => `${p.id} (marked by ${p.run ?? '?'})`).join(', ')} in ${region} is an unreleased image of ${version}, and EC2 does not say whether its build still runs; let that run finish, or remove the image`
    }
  return { action: 'finish', images: found.pending.map(p => p.id) }
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
