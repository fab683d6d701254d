import * as core from '@actions/core'
import type { Image } from '@aws-sdk/client-ec2'
import { allPages, ec2, poll, POLL } from '../aws/clients.js'
import { artifactsOfImage, findStreamImages, tagMap, type StreamImages } from '../aws/images.js'
import { runReference, type RunnerContext } from '../context.js'
import type { OnExisting, ReleaseInputs, TemplateInputs } from '../inputs/types.js'
import { orderArtifacts, type Artifact } from '../release/artifact.js'
import { decideOnExisting, type ExistingDecision, type PendingImage } from '../release/decisions.js'
import { deriveLineage } from '../release/lineage.js'
import { tagSchema, type TagSchema } from '../release/tags.js'

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

/** Whether the build that made each pending image still runs: its instance says. */
async function pendingImages(
  region: string,
  images: Image[],
  schema: TagSchema
): Promise<PendingImage[]> {
  const sources = images.map(i => i.SourceInstanceId).filter((id): id is string => !!id)
  const alive = new Set<string>()
  if (sources.length > 0) {
    const { send, sdk } = await ec2(region)
    const pages = await allPages(token =>
      send(
        new sdk.DescribeInstancesCommand({
          Filters: [{ Name: 'instance-id', Values: sources }],
          ...(token ? { NextToken: token } : {})
        })
      )
    )
    for (const i of pages.flatMap(p => (p.Reservations ?? []).flatMap(r => r.Instances ?? [])))
      if (i.State?.Name !== 'terminated' && i.State?.Name !== 'shutting-down')
        alive.add(i.InstanceId ?? '')
  }
  return images.map(i => ({
    id: i.ImageId ?? '',
    imageState: i.State,
    instance:
      i.SourceInstanceId === undefined
        ? 'unknown'
        : alive.has(i.SourceInstanceId)
          ? 'alive'
          : 'gone',
    run: tagMap(i).get(schema.run)
  }))
}

export interface ExistingRelease {
  decision: ExistingDecision
  found: StreamImages
}

/**
 * The images this release already has in its region, and what to do about them. When another
 * run is building the release, waits (bounded) for it and looks again.
 */
export async function lookForRelease(
  stream: Stream,
  onExisting: OnExisting
): Promise<ExistingRelease> {
  return poll(
    async () => {
      const found = await findStreamImages(
        stream.region,
        stream.schema,
        stream.version,
        stream.lineage,
        stream.acceptLegacyLineage
      )
      const pending = await pendingImages(stream.region, found.pending, stream.schema)
      const decision = decideOnExisting(
        { released: found.released.map(i => i.ImageId ?? ''), pending },
        onExisting,
        { version: stream.version, region: stream.region, run: stream.run }
      )
      if (decision.action !== 'wait') return { decision, found }
      core.info(
        `${decision.images.join(', ')} of ${stream.version} is being built by another run: waiting for it`
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

/** The release's AMIs from its released images (copies from the record on each). */
export function releasedArtifacts(
  images: Image[],
  stream: Stream,
  buildOrder: string[]
): Artifact[] {
  return orderArtifacts(
    images.flatMap(i => artifactsOfImage(i, stream.region, stream.schema)),
    buildOrder,
    stream.region
  )
}
