import type { Aws } from '../aws/clients.js'
import { createTags } from '../aws/images.js'
import { describeRelease, describeVersion } from '../aws/proof.js'
import { errorMessage, ReleaseError } from '../errors.js'
import type { Artifact } from '../release/artifact.js'
import { releaseCalls, type Tag, type TagCall } from '../release/tags.js'
import * as core from '@actions/core'
import { markRelease, releaseMarkName } from '../aws/claim.js'
import { outputRelease } from '../stream/pointer.js'
import {
  artifactsOf,
  generations,
  releaseImages,
  releaseOf,
  releaseSets,
  type ReleaseSet,
  type Stream
} from '../stream/model.js'
import { recordComplete, type Plan, type Released } from './plan.js'

export interface ToRelease {
  /** What Packer built in this run (its report). */
  built: Artifact[]
  /** Complete builds an earlier attempt left unreleased. */
  finish: ReleaseSet[]
  /** Builds released already. */
  kept: ReleaseSet[]
  /** The `tags` input and the source tags. */
  extra: Tag[]
  /** The run that first released the version, when no image of that release is left to say so. */
  firstRelease?: string | undefined
}

const send = (aws: Aws, calls: TagCall[]) =>
  Promise.all(calls.map(c => createTags(aws, c.region, c.resources, c.tags)))

/** The sets of this run's builds, by their completion records; the builds with none. */
function builtSets(stream: Stream, plan: Plan, built: Artifact[]) {
  const builds = [...new Set(built.map(a => a.build))]
  const setOf = (build: string) =>
    releaseSets(stream).find(
      s => s.build === build && s.run === plan.run && built.some(a => a.amiId === s.primary.id)
    )
  return { sets: builds.flatMap(b => setOf(b) ?? []), unrecorded: builds.filter(b => !setOf(b)) }
}

/**
 * Releases a version whole: the completion record of every build this run made is confirmed
 * first (written again when it is missing), then the copies get the version, then each build's
 * AMI in the release's region, last, with the builds that make the release whole.
 * Then the release is confirmed as a lookup sees it: what the run outputs exists and is released.
 */
export async function releaseVersion(aws: Aws, plan: Plan, what: ToRelease): Promise<Released> {
  const regions = [...new Set(what.built.map(a => a.region))]
  // Without what carries the version's record but was never released (`describeVersion`): the
  // release takes the builds it is made of, and the run that first released it, from the view.
  const ours = releaseImages([...what.finish, ...what.kept]).ids
  what.built.forEach(a => ours.add(a.amiId))
  const look = () => describeVersion(aws, plan.stream, plan.version, regions, ours)
  let stream = await look()
  let { sets, unrecorded } = builtSets(stream, plan, what.built)
  if (unrecorded.length > 0) {
    try {
      await Promise.all(
        unrecorded.map(b =>
          recordComplete(
            aws,
            plan,
            b,
            what.built.filter(a => a.build === b)
          )
        )
      )
      stream = await look()
      ;({ sets, unrecorded } = builtSets(stream, plan, what.built))
    } catch (error) {
      throw notRecorded(what.built, errorMessage(error))
    }
    if (unrecorded.length > 0)
      throw notRecorded(what.built, `EC2 shows no record of ${unrecorded.join(', ')}`)
  }
  const finish = what.finish.flatMap(f =>
    releaseSets(stream).filter(s => s.primary.id === f.primary.id)
  )
  const all = [...sets, ...finish]
  const before = releaseOf(stream, plan.version, plan.read.selected)
  if (all.length === 0 && !before.whole)
    throw new Error(
      `${plan.version} has nothing of this run to release, and EC2 does not show it whole: ${before.reason}`
    )
  const known =
    generations(stream).find(g => g.version === plan.version)?.firstRelease ?? what.firstRelease
  const released = await firstRelease(aws, plan, known, what.built)
  const builds = releaseBuilds(stream, plan, [...all, ...what.kept])
  const [first, last] = releaseCalls(
    plan.stream.schema,
    { version: plan.version, lineage: plan.stream.lineage, builds, released },
    all.map(s => ({ build: s.build, primary: s.primary, copies: s.copies })),
    what.extra
  )
  try {
    await send(aws, first)
    await send(aws, last)
  } catch (error) {
    throw new ReleaseError(
      `The AMIs were built and recorded complete, but could not be released: ${list(all.flatMap(artifactsOf))}. They are kept; re-run the job to release them without building. ${errorMessage(error)}`,
      { built: what.built },
      { cause: error }
    )
  }
  stream = await look()
  const release = releaseOf(stream, plan.version, plan.read.selected)
  if (!release.whole)
    throw new ReleaseError(
      `${plan.version} was tagged, but EC2 does not show it whole now: ${release.reason}`,
      { built: what.built, tagged: true }
    )
  return { release, stream }
}

/**
 * The builds the release is made of: the template's selection (or what is released), and every
 * other build the version's release records that is still released whole, in template order. A
 * rebuild of some builds (with `only`) replaces them in the release, and leaves the others in it:
 * its `ami-id` and the first build a lookup outputs stay the template's first build.
 */
function releaseBuilds(stream: Stream, plan: Plan, sets: ReleaseSet[]): string[] {
  const asked = plan.read.selected ?? [...new Set(sets.map(s => s.build))]
  const recorded = generations(stream).find(g => g.version === plan.version)?.builds ?? []
  const others = recorded.filter(
    b => !asked.includes(b) && releaseOf(stream, plan.version, [b]).whole
  )
  // A build the template no longer lists (a lookup without it) goes after those it lists.
  const rank = (build: string) => {
    const at = plan.read.buildOrder.indexOf(build)
    return at < 0 ? Infinity : at
  }
  return [...asked, ...others].sort((a, b) => rank(a) - rank(b))
}

/**
 * The run that first released the version: what its images say (`known`), or, when no image of
 * it is left to say so, the stream's mark of its first release, which this run makes when there
 * is none. A version whose images were all retired, released by a new run, stays as old as it was.
 */
async function firstRelease(
  aws: Aws,
  plan: Plan,
  known: string | undefined,
  built: Artifact[]
): Promise<string> {
  if (known !== undefined) return known
  const { lineage, schema, region } = plan.stream
  try {
    const release = { lineage, version: plan.version, run: plan.run }
    const marked = await markRelease(aws, schema, region, release)
    if (marked === undefined)
      core.warning(
        `The key pair ${releaseMarkName(lineage, plan.version, schema.version)} in ${region} is not this stream's mark of ${plan.version}'s first release, so none is kept: were every image of ${plan.version} retired, a new run of it would count as a new release. Delete that key pair unless something else needs it`
      )
    return marked ?? plan.run
  } catch (error) {
    throw new ReleaseError(
      `The AMIs were built and recorded complete, but whether ${plan.version} was released before could not be read (${errorMessage(error)}); they are kept, not released. Re-run the job to release them without building.`,
      { built },
      { cause: error }
    )
  }
}

const list = (artifacts: Artifact[]) =>
  artifacts.map(a => `${a.amiId} (${a.build}, ${a.region})`).join(', ')

function notRecorded(built: Artifact[], why: string): ReleaseError {
  return new ReleaseError(
    `The AMIs were built, but their completion record could not be written (${why}): ${list(built)}. A re-run cannot release them from nothing: this job's post step removes them, as they are this run's; if it says it could not, deregister them with their snapshots. Then re-run the job to build them again.`,
    { built }
  )
}

/**
 * The release as EC2 shows it once publishing and retention are done: what the outputs name
 * (`outputRelease`: a racing rebuild's newer sets, or a failure when it was retired meanwhile).
 */
export async function confirmRelease(aws: Aws, plan: Plan, released: Released): Promise<Released> {
  const { version, stream: id } = plan
  const known = releaseImages(released.release.sets)
  const stream = await describeRelease(aws, id, version, plan.read.selected, known)
  return { release: outputRelease(stream, version, plan.read.selected), stream }
}
