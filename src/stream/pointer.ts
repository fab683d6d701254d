import type { Artifact } from '../release/artifact.js'
import { artifactsOf, generations, releaseOf, type Release, type Stream } from './model.js'

/** Where a deploy pointer points in one region: an AMI of a whole release. */
export type PointerTarget = Artifact & { version: string }

/**
 * The newest whole release of the stream: what deploy pointers (the SSM parameter) follow.
 * A run moves them only to its own release, and only while it is the newest; a rollback is
 * the deliberate `mode: lookup` with `ssm-parameter`.
 */
export function newestRelease(stream: Stream): string | undefined {
  return generations(stream).find(g => releaseOf(stream, g.version).whole)?.version
}

/** The targets of a release: for each build (or only the first), its AMI in every region. */
export function pointerTargets(
  stream: Stream,
  version: string,
  perBuild: boolean
): PointerTarget[] {
  const release = releaseOf(stream, version)
  return release.whole ? targetsOf(release, perBuild) : []
}

export function targetsOf(
  release: Extract<Release, { whole: true }>,
  perBuild: boolean
): PointerTarget[] {
  const builds = perBuild ? release.builds : release.builds.slice(0, 1)
  return release.sets
    .filter(s => builds.includes(s.build))
    .flatMap(s => artifactsOf(s).map(a => ({ ...a, version: release.version })))
}
