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

/**
 * What a run outputs of its release `version`: the newest whole release of the version, as any
 * run of it would output it (a racing rebuild may have replaced the sets this run first saw). A
 * release no longer whole (retired by a newer release's retention, or replaced by a rebuild that
 * failed) is not output: this throws, naming the newest release.
 */
export function outputRelease(
  stream: Stream,
  version: string,
  builds: readonly string[] | undefined
): Extract<Release, { whole: true }> {
  const release = releaseOf(stream, version, builds)
  if (release.whole) return release
  const newest = newestRelease(stream)
  const by = newest && newest !== version ? `the retention of the newer ${newest}` : 'another run'
  throw new Error(
    `${version} was released, then retired by ${by} while this run finished (${release.reason}): its AMIs are gone, so none is output; deploy ${newest ?? 'the newest release'}`
  )
}
