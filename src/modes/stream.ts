import * as core from '@actions/core'
import type { Image } from '@aws-sdk/client-ec2'
import { poll, POLL } from '../aws/clients.js'
import {
  describeImagesById,
  findStreamImages,
  tagMap,
  type StreamImages as FoundImages
} from '../aws/images.js'
import { describeInstances } from '../aws/instances.js'
import { runReference, type RunnerContext } from '../context.js'
import type { OnExisting, ReleaseInputs, TemplateInputs } from '../inputs/types.js'
import { orderArtifacts, type Artifact } from '../release/artifact.js'
import { decideOnExisting, type ExistingDecision, type StreamImage } from '../release/decisions.js'
import { deriveLineage } from '../release/lineage.js'
import { recordedCopies, tagSchema, type TagSchema } from '../release/tags.js'

/** One image stream and version: what reuse, collisions and retention match. */
export interface Stream {
  schema: TagSchema
  version: string
  lineage: string
  /** Images released before the lineage left out the build name are still found. */
  acceptLegacyLineage: boolean
  region: string
  /** This run, as it marks the images it builds. */
  run: string
}

export function streamOf(
  inputs: ReleaseInputs & TemplateInputs,
  context: RunnerContext,
  version: string,
  region: string
): Stream {
  const lineage =
    inputs.lineage ??
    deriveLineage({
      repository: context.repository,
      workspace: context.workspace,
      template: inputs.template,
      vars: inputs.vars,
      varFiles: inputs.varFiles,
      only: inputs.only,
      except: inputs.except
    })
  return {
    schema: tagSchema(inputs.versionTagKey),
    version,
    lineage,
    acceptLegacyLineage: inputs.lineage === undefined && !lineage.includes('#'),
    region,
    run: runReference(context)
  }
}

/** Which of these instances still run (not terminated or shutting down). */
async function liveInstances(region: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const instances = await describeInstances(region, [{ Name: 'instance-id', Values: ids }])
  return new Set(
    instances
      .filter(i => i.State?.Name !== 'terminated' && i.State?.Name !== 'shutting-down')
      .map(i => i.InstanceId ?? '')
  )
}

/** The stream's images with what decides their fate; whether a pending one's build still runs, its instance says. */
async function streamImages(stream: Stream, found: FoundImages): Promise<StreamImage[]> {
  const { schema } = stream
  const alive = await liveInstances(
    stream.region,
    found.pending.map(i => i.SourceInstanceId).filter((id): id is string => !!id)
  )
  const fact = (i: Image, released: boolean): StreamImage => {
    const tags = tagMap(i)
    return {
      id: i.ImageId ?? '',
      build: tags.get(schema.build) ?? '',
      released,
      run: tags.get(schema.run),
      complete: tags.has(schema.copies),
      created: i.CreationDate,
      instance:
        i.SourceInstanceId === undefined
          ? 'unknown'
          : alive.has(i.SourceInstanceId)
            ? 'alive'
            : 'gone'
    }
  }
  return [...found.released.map(i => fact(i, true)), ...found.pending.map(i => fact(i, false))]
}

/** How long a run waits for another run to release a build it completed, before it says so. */
export const RELEASING_WAIT_MS = 10 * 60_000

export interface ExistingRelease {
  /** Never `wait`: the look waits, then looks again. */
  decision: Exclude<ExistingDecision, { action: 'wait' }>
  found: FoundImages
}

/**
 * The images this release already has in its region, and what to do about them. When another
 * run is building the release, waits (bounded) for it and looks again.
 */
export async function lookForRelease(
  stream: Stream,
  onExisting: OnExisting,
  builds: readonly string[] | undefined
): Promise<ExistingRelease> {
  const started = Date.now()
  return poll(
    async () => {
      const found = await findStreamImages(
        stream.region,
        stream.schema,
        stream.version,
        stream.lineage,
        stream.acceptLegacyLineage
      )
      const decision = decideOnExisting(
        await streamImages(stream, found),
        builds,
        onExisting,
        { version: stream.version, region: stream.region, run: stream.run, now: Date.now() },
        { waitForOtherRuns: Date.now() - started < RELEASING_WAIT_MS }
      )
      if (decision.action !== 'wait') return { decision, found } satisfies ExistingRelease
      core.info(
        `${decision.images.join(', ')} of ${stream.version} is being built or released by another run: waiting for it`
      )
      return undefined
    },
    POLL.inProgressMs,
    POLL.inProgressMaxMs,
    () =>
      new Error(
        `another run was still building ${stream.version} after ${POLL.inProgressMaxMs / 60_000} minutes`
      )
  )
}

/**
 * The AMIs of a release from the images in its region that record them (`:copies`): each
 * image and its copies, in release order. A recorded copy counts only when EC2 shows it is one:
 * this account's image, of the same stream, build and version (or, not yet released, marked by
 * the same run), and where EC2 reports its source, copied from the image (or from the same
 * source, as encrypt_boot copies its intermediate AMI). A release is whole or it is not one:
 * any other copy fails, naming it, and nothing is output, published or tagged.
 */
export async function recordedArtifacts(
  images: Image[],
  stream: Stream,
  buildOrder: readonly string[]
): Promise<Artifact[]> {
  const { schema } = stream
  const recorded = images.map(image => ({
    image,
    copies: recordedCopies(schema, tagMap(image)) ?? []
  }))
  const regions = [...new Set(recorded.flatMap(r => r.copies.map(c => c.region)))]
  const described = new Map(
    await Promise.all(
      regions.map(
        async region =>
          [
            region,
            await describeImagesById(
              region,
              recorded.flatMap(r => r.copies.filter(c => c.region === region).map(c => c.amiId))
            )
          ] as const
      )
    )
  )
  const artifacts: Artifact[] = []
  const problems: string[] = []
  for (const { image, copies } of recorded) {
    const build = tagMap(image).get(schema.build) ?? ''
    artifacts.push({ build, region: stream.region, amiId: image.ImageId ?? '' })
    for (const copy of copies) {
      const found = described.get(copy.region)?.find(i => i.ImageId === copy.amiId)
      const problem = copyProblem(found, image, stream)
      if (problem === undefined) artifacts.push({ build, ...copy })
      else
        problems.push(
          `${image.ImageId ?? ''} records ${copy.amiId} in ${copy.region} as its copy, but ${problem}`
        )
    }
  }
  if (problems.length > 0)
    throw new Error(
      `${stream.version} of lineage ${stream.lineage} is not whole: ${problems.join('; ')}. Nothing was output or published; rebuild the release (on-existing: rebuild), or restore the copy.`
    )
  return orderArtifacts(artifacts, buildOrder, stream.region)
}

/** Why `copy` is not a copy of `image` in this release, if it is not. */
function copyProblem(copy: Image | undefined, image: Image, stream: Stream): string | undefined {
  if (!copy) return 'EC2 has no such image of this account'
  const { schema } = stream
  const ofImage = tagMap(image)
  const tags = tagMap(copy)
  for (const key of [schema.lineage, schema.build])
    if (tags.get(key) !== ofImage.get(key)) return `its ${key} tag differs`
  const released = ofImage.get(schema.version)
  if (
    released !== undefined
      ? tags.get(schema.version) !== released
      : tags.get(schema.run) !== ofImage.get(schema.run) ||
        tags.get(schema.pending) !== stream.version
  )
    return released !== undefined
      ? `it does not carry ${schema.version}=${released}`
      : 'it is not marked by the run that built the image'
  if (
    copy.SourceImageId !== undefined &&
    copy.SourceImageId !== image.ImageId &&
    copy.SourceImageId !== image.SourceImageId
  )
    return `EC2 says it was copied from ${copy.SourceImageId}`
  return undefined
}
