import type { Artifact } from '../release/artifact.js'
import { runNumberOf, sameRun, type ImageFact } from '../release/facts.js'
import { recordedBuilds, recordedCopies, type TagSchema } from '../release/tags.js'

/**
 * One image stream as AWS holds it: every image of its lineage in every region its records
 * name, described at one moment. Everything a step asks of an existing release (is it
 * released and whole, what is the newest image of a build, which generations are newest,
 * where do deploy pointers point) is a pure function of this value (`rules.ts`,
 * `retention.ts`), so every step decides from the same view.
 */
export interface Stream {
  lineage: string
  schema: TagSchema
  /** The release's region: the AMI of each build there records the build and its copies. */
  region: string
  images: ImageFact[]
}

/** The value of tag `key`: the image's own, never a property every object has (`constructor`). */
const tagOf = (tags: Record<string, string>, key: string) =>
  Object.hasOwn(tags, key) ? tags[key] : undefined

/**
 * What the action's tags say of an image: the released version, the version its completion
 * record is for, its build and run, the copies it records (on the AMI in the release's region),
 * the builds its release is made of, the run that first released its version, and the keep tag.
 */
export function marksOf(schema: TagSchema, tags: Record<string, string>) {
  const get = (key: string) => tagOf(tags, key)
  return {
    version: get(schema.version),
    complete: get(schema.complete),
    build: get(schema.build),
    run: get(schema.run),
    copies: recordedCopies(schema, tags),
    builds: recordedBuilds(schema, tags),
    released: get(schema.released),
    pinned: get(schema.keep) !== undefined
  }
}

/** One build of one release (or of a completion record): its AMI in the release's region and the copies it records. */
export interface ReleaseSet {
  version: string
  build: string
  run: string | undefined
  /** It carries the version and the builds record: released. */
  released: boolean
  primary: ImageFact
  copies: ImageFact[]
  /** Why it is not whole (a recorded copy that is gone, disabled, or not its copy). */
  problems: string[]
  /** The recorded copies EC2 has no image of (each is among `problems`). */
  gone: string[]
}

const newestFirst = (a: ImageFact, b: ImageFact) =>
  b.created.localeCompare(a.created) || b.id.localeCompare(a.id)

/** Why `copy` is not a copy of the set's AMI, if it is not. */
function copyProblem(stream: Stream, copy: ImageFact | undefined, primary: ImageFact): string {
  if (!copy) return 'EC2 has no such image of this account'
  const { schema } = stream
  const of = (key: string) => tagOf(copy.tags, key)
  const from = (key: string) => tagOf(primary.tags, key)
  for (const key of [schema.lineage, schema.build])
    if (of(key) !== from(key)) return `its ${key} tag differs`
  const version = from(schema.version)
  if (version !== undefined && of(schema.version) !== version)
    return `it does not carry ${schema.version}=${version}`
  if (
    version === undefined &&
    (of(schema.run) !== from(schema.run) || of(schema.complete) !== from(schema.complete))
  )
    return 'it is not marked by the run that built the image'
  if (
    copy.sourceImageId !== undefined &&
    copy.sourceImageId !== primary.id &&
    copy.sourceImageId !== primary.sourceImageId
  )
    return `EC2 says it was copied from ${copy.sourceImageId}`
  return ''
}

/**
 * Whether a recorded copy is, as EC2 says, a copy of another AMI of the stream in the release's
 * region that records it as its own copy (not of `primary`, nor of the image `primary` was made from).
 */
function recordsAnothersCopy(
  stream: Stream,
  primary: ImageFact,
  copies: { region: string; amiId: string }[]
): boolean {
  return copies.some(recorded => {
    const copy = stream.images.find(i => i.id === recorded.amiId && i.region === recorded.region)
    const source = copy?.sourceImageId
    if (source === undefined || source === primary.id || source === primary.sourceImageId)
      return false
    const owner = stream.images.find(i => i.id === source && i.region === stream.region)
    const theirs = owner && recordedCopies(stream.schema, owner.tags)
    return theirs?.some(c => c.amiId === recorded.amiId && c.region === recorded.region) ?? false
  })
}

/**
 * Whether every EBS snapshot of `image` is a snapshot of an older image of the stream in its
 * region: someone registered it (RegisterImage) from that image's snapshots, which were that
 * image's first, and gave it the image's tags. No build made it.
 */
function registeredFromAnother(stream: Stream, image: ImageFact): boolean {
  const older = stream.images.filter(
    i => i.region === image.region && i.id !== image.id && newestFirst(i, image) > 0
  )
  return (
    image.snapshotIds.length > 0 &&
    image.snapshotIds.every(id => older.some(i => i.snapshotIds.includes(id)))
  )
}

/** Every image in the release's region that records a build: released ones and completion records, newest first. */
export function releaseSets(stream: Stream): ReleaseSet[] {
  const sets: ReleaseSet[] = []
  const ids = new Set(stream.images.map(i => `${i.region} ${i.id}`))
  for (const primary of stream.images.filter(i => i.region === stream.region).sort(newestFirst)) {
    const marks = marksOf(stream.schema, primary.tags)
    const version = marks.version ?? marks.complete
    if (marks.copies === undefined || version === undefined || marks.build === undefined) continue
    // A copy of an image of the stream made in its own region (CopyImage with its tags) carries
    // the marks, but no build made it: it is someone's copy, not a release.
    if (ids.has(`${stream.region} ${primary.sourceImageId}`)) continue
    // An image tagged by hand with a release's tags records that release's copies, which EC2
    // says were copied from the release's own AMI: that AMI is the release, not this one.
    if (recordsAnothersCopy(stream, primary, marks.copies)) continue
    if (registeredFromAnother(stream, primary)) continue
    const problems: string[] = []
    const copies: ImageFact[] = []
    const gone: string[] = []
    for (const recorded of marks.copies) {
      const copy = stream.images.find(i => i.id === recorded.amiId && i.region === recorded.region)
      const problem = copyProblem(stream, copy, primary)
      const usable = !copy || copy.state === 'available' || copy.state === 'pending'
      const why = problem || (usable ? '' : `it is ${copy.state}`)
      if (why !== '')
        problems.push(
          `${primary.id} records ${recorded.amiId} in ${recorded.region} as its copy, but ${why}`
        )
      if (!copy) gone.push(recorded.amiId)
      // A disabled copy is still the set's: it cannot be launched, but what runs from it keeps the set.
      else if (!problem) copies.push(copy)
    }
    sets.push({
      version,
      build: marks.build,
      run: marks.run,
      released: marks.version !== undefined && marks.builds !== undefined,
      primary,
      copies,
      problems,
      gone
    })
  }
  return sets
}

/** Every image of a set, the release's region first. */
export const imagesOf = (set: ReleaseSet): ImageFact[] => [set.primary, ...set.copies]

/** The regions and IDs of the sets' images: what a later look of their release already knows. */
export function releaseImages(sets: readonly ReleaseSet[]) {
  const images = sets.flatMap(imagesOf)
  return { regions: [...new Set(images.map(i => i.region))], ids: new Set(images.map(i => i.id)) }
}

/** The AMIs of a set, the release's region first. */
export const artifactsOf = (set: ReleaseSet): Artifact[] =>
  imagesOf(set).map(i => ({ build: set.build, region: i.region, amiId: i.id }))

/** One released version of the stream, with every set that was ever released for it. */
export interface Generation {
  version: string
  /** The run that first released the version (`:released`, kept by re-runs and rebuilds). */
  firstRelease: string
  /** The builds its newest release is made of (not one held back while its run tags the rest). */
  builds: string[]
  /** Released sets, newest first. */
  sets: ReleaseSet[]
}

/** The run mark of the run that started first; `mark` only when it is a run mark and started first. */
export const earlierRun = (run: string, mark: string | undefined): string =>
  mark !== undefined && runNumberOf(mark) < runNumberOf(run) ? mark : run

const made = (g: Generation) => g.sets.at(-1)?.primary.created ?? ''

/** Newest first by when its oldest image was made, then by version. */
const newerMade = (a: Generation, b: Generation): number =>
  made(b).localeCompare(made(a)) || b.version.localeCompare(a.version, 'en', { numeric: true })

/**
 * Newest first: by the run that first released each version (a re-run keeps its run's number,
 * so an old tag's job run again stays old, even after its images were retired), then by when
 * its oldest image was made, then by version. A generation whose first run has no number (a
 * local run, a release from before run marks) goes by when it was made: the two orders are
 * merged, so the result does not depend on the order EC2 listed the images in.
 */
function byFirstRelease(all: Generation[]): Generation[] {
  const run = (g: Generation) => runNumberOf(g.firstRelease)
  const byRun = all
    .filter(g => !Number.isNaN(run(g)))
    .sort((a, b) => run(b) - run(a) || newerMade(a, b))
  const byMade = all.filter(g => Number.isNaN(run(g))).sort(newerMade)
  const merged: Generation[] = []
  while (byRun.length > 0 && byMade.length > 0)
    merged.push(
      (newerMade(byRun[0] as Generation, byMade[0] as Generation) <= 0
        ? byRun
        : byMade
      ).shift() as Generation
    )
  return [...merged, ...byRun, ...byMade]
}

/** The released generations, newest first. */
export function generations(stream: Stream): Generation[] {
  const byVersion = new Map<string, ReleaseSet[]>()
  const records = releaseSets(stream)
  for (const set of records.filter(s => s.released))
    byVersion.set(set.version, [...(byVersion.get(set.version) ?? []), set])
  const marks = (s: ReleaseSet) => marksOf(stream.schema, s.primary.tags)
  const all = [...byVersion].map(([version, sets]) => {
    const oldest = sets[sets.length - 1] as ReleaseSet
    // A release under way (a rebuild that adds a build) records its builds before it is whole.
    const held = heldBack(stream, { version, sets }, records)
    const newest = sets.find(s => !held.has(s)) ?? oldest
    const builds = marks(newest).builds ?? []
    return { version, firstRelease: marks(oldest).released ?? oldest.run ?? '', builds, sets }
  })
  return byFirstRelease(all)
}

/**
 * The released sets of the generation whose run's release is under way or stopped part-way: the
 * run (in any of its attempts: a re-run releases what an earlier attempt built beside what it
 * builds) holds a completion record of another build the set's release is made of, newer than
 * that build's newest released set. They are not part of the release until that run is finished, so
 * that a lookup during a rebuild (of every build, or with only) outputs the release it replaces,
 * never a mix of the two.
 */
function heldBack(
  stream: Stream,
  generation: Pick<Generation, 'version' | 'sets'>,
  records: ReleaseSet[] = releaseSets(stream)
): Set<ReleaseSet> {
  const pending = records.filter(record => {
    if (record.released || record.version !== generation.version) return false
    const newest = generation.sets.find(s => s.build === record.build)
    return !newest || newestFirst(record.primary, newest.primary) < 0
  })
  const madeOf = (set: ReleaseSet) => marksOf(stream.schema, set.primary.tags).builds ?? []
  return new Set(
    generation.sets.filter(set =>
      pending.some(r => sameRun(r.run, set.run) && madeOf(set).includes(r.build))
    )
  )
}

/** A whole release of one version: per build, its newest released set that can be launched. */
export type Release =
  | { whole: true; version: string; builds: string[]; sets: ReleaseSet[]; firstRelease: string }
  | { whole: false; version: string; reason: string; disabled?: true }

/**
 * The release of `version`, as lookup, reuse and publishing see it: for every build its
 * release records (or, for a release made before that record, `builds`), the newest released
 * set, whole. A version with no whole release is not found, whatever images carry its tag.
 */
export function releaseOf(stream: Stream, version: string, builds?: readonly string[]): Release {
  const generation = generations(stream).find(g => g.version === version)
  if (!generation) return { whole: false, version, reason: `no release of ${version}` }
  const wanted = builds ?? generation.builds
  const held = heldBack(stream, generation)
  const sets: ReleaseSet[] = []
  const problems: string[] = []
  const disabled: string[] = []
  for (const build of wanted) {
    const ofBuild = generation.sets.filter(s => s.build === build && !held.has(s))
    const set = ofBuild.find(s => s.primary.state !== 'disabled')
    const off = ofBuild.find(s => s.primary.state === 'disabled')
    if (!set && off) disabled.push(`${off.primary.id} (${build})`)
    else if (!set) problems.push(`it has no released AMI of build ${build}`)
    else if (set.problems.length > 0) problems.push(...set.problems)
    else sets.push(set)
  }
  if (wanted.length === 0) problems.push('it records no build')
  if (disabled.length > 0)
    problems.push(
      `it was retired with retire: disable: ${disabled.join(', ')} cannot be launched until enabled (EnableImage)`
    )
  if (problems.length > 0) {
    const reason = `${version} is not whole: ${problems.join('; ')}`
    return { whole: false, version, reason, ...(disabled.length > 0 ? { disabled: true } : {}) }
  }
  return {
    whole: true,
    version,
    builds: [...wanted],
    sets,
    firstRelease: generation.firstRelease
  }
}
