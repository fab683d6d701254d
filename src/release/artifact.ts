/** One AMI of a release: the build that made it, and where. */
export interface Artifact {
  build: string
  region: string
  amiId: string
}

/**
 * The release's AMIs in one stable order: builds in template order (builds the template reading
 * did not place come after, by name), and within a build `primaryRegion` first, then the others
 * by name. Outputs and the summary list them so on every run, built or reused.
 */
export function orderArtifacts(
  artifacts: Artifact[],
  buildOrder: readonly string[],
  primaryRegion: string
): Artifact[] {
  const rank = (build: string) => {
    const i = buildOrder.indexOf(build)
    return i < 0 ? buildOrder.length : i
  }
  return [...artifacts].sort(
    (a, b) =>
      rank(a.build) - rank(b.build) ||
      a.build.localeCompare(b.build) ||
      Number(b.region === primaryRegion) - Number(a.region === primaryRegion) ||
      a.region.localeCompare(b.region) ||
      a.amiId.localeCompare(b.amiId)
  )
}

/**
 * The AMI `ami-id` names: of the first build (in the order above), the one in `region`, or its
 * only AMI when it has one region. Undefined when the first build has several regions and none
 * is `region`.
 */
export function primaryArtifact(ordered: Artifact[], region: string): Artifact | undefined {
  const first = ordered[0]
  if (first === undefined) return undefined
  const ofFirst = ordered.filter(a => a.build === first.build)
  return ofFirst.find(a => a.region === region) ?? (ofFirst.length === 1 ? first : undefined)
}

/** build → region → AMI. */
export function byBuild(ordered: Artifact[]): Record<string, Record<string, string>> {
  // No prototype: a build of any name (a legacy JSON builder named `constructor`) is a key.
  const builds: Record<string, Record<string, string>> = Object.create(null) as Record<
    string,
    Record<string, string>
  >
  for (const a of ordered) (builds[a.build] ??= {})[a.region] = a.amiId
  return builds
}
