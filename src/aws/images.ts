import * as core from '@actions/core'
import type { Filter, Image } from '@aws-sdk/client-ec2'
import type { Artifact } from '../release/artifact.js'
import type { RetireMode } from '../release/retention.js'
import { copyTags, recordedCopies, type Tag, type TagSchema } from '../release/tags.js'
import { allPages, AwsError, ec2, poll, POLL } from './clients.js'

export function tagMap(image: Pick<Image, 'Tags'>): Map<string, string> {
  return new Map((image.Tags ?? []).map(t => [t.Key ?? '', t.Value ?? '']))
}

export function snapshotsOf(image: Image): string[] {
  return (image.BlockDeviceMappings ?? [])
    .map(m => m.Ebs?.SnapshotId)
    .filter((s): s is string => !!s)
}

/** This account's images in `region` that match `filters`, every page. */
export async function findOwnImages(
  region: string,
  filters: Filter[],
  includeDisabled = false
): Promise<Image[]> {
  const { send, sdk } = await ec2(region)
  const pages = await allPages(token =>
    send(
      new sdk.DescribeImagesCommand({
        Owners: ['self'],
        Filters: filters,
        ...(includeDisabled ? { IncludeDisabled: true } : {}),
        ...(token ? { NextToken: token } : {})
      })
    )
  )
  return pages.flatMap(p => p.Images ?? [])
}

/** Images by ID; the ones EC2 does not know are missing from the answer, not an error. */
export async function describeImagesById(region: string, ids: string[]): Promise<Image[]> {
  if (ids.length === 0) return []
  return findOwnImages(region, [{ Name: 'image-id', Values: ids }], true)
}

const LIVE = (image: Image) => image.State === 'available' || image.State === 'pending'

/** The images of one stream and version: released ones, and ones a run is still building. */
export interface StreamImages {
  released: Image[]
  pending: Image[]
}

/**
 * The images of `version` in the stream `lineage`, in `region`. Images released before the
 * lineage left out the build name carry `<lineage>:<build>`; a derived lineage still finds them.
 */
export async function findStreamImages(
  region: string,
  schema: TagSchema,
  version: string,
  lineage: string,
  acceptLegacyLineage: boolean
): Promise<StreamImages> {
  const lineages = acceptLegacyLineage ? [lineage, `${lineage}:*`] : [lineage]
  const ofStream = (image: Image) => {
    const tags = tagMap(image)
    const value = tags.get(schema.lineage)
    return (
      value === lineage ||
      (acceptLegacyLineage && value === `${lineage}:${tags.get(schema.build) ?? ''}`)
    )
  }
  const byCreation = (a: Image, b: Image) =>
    (a.CreationDate ?? '').localeCompare(b.CreationDate ?? '')
  const [released, pending] = await Promise.all([
    findOwnImages(region, [
      { Name: `tag:${schema.version}`, Values: [version] },
      { Name: `tag:${schema.lineage}`, Values: lineages }
    ]),
    findOwnImages(region, [
      { Name: `tag:${schema.pending}`, Values: [version] },
      { Name: `tag:${schema.lineage}`, Values: lineages }
    ])
  ])
  return {
    released: released.filter(i => LIVE(i) && ofStream(i)).sort(byCreation),
    pending: pending
      .filter(i => LIVE(i) && ofStream(i) && !tagMap(i).has(schema.version))
      .sort(byCreation)
  }
}

/** The artifacts one released image stands for: itself and the copies recorded on it. */
export function artifactsOfImage(image: Image, region: string, schema: TagSchema): Artifact[] {
  const tags = tagMap(image)
  const build = tags.get(schema.build) ?? image.Name ?? ''
  return [
    { build, region, amiId: image.ImageId ?? '' },
    ...(recordedCopies(schema, tags) ?? []).map(c => ({ build, ...c }))
  ]
}

/** Waits until every image is `available`; fails if one fails or disappears. */
export async function waitAvailable(region: string, ids: string[]): Promise<Image[]> {
  let announced = false
  return poll(
    async () => {
      const images = await describeImagesById(region, ids)
      const missing = ids.filter(id => !images.some(i => i.ImageId === id))
      const broken = images.filter(i => i.State !== 'available' && i.State !== 'pending')
      if (missing.length > 0 || broken.length > 0)
        throw new AwsError(
          `${[...missing.map(id => `${id} does not exist`), ...broken.map(i => `${i.ImageId ?? ''} is ${i.State ?? '?'}`)].join('; ')} in ${region}`,
          'ImageUnavailable'
        )
      if (images.every(i => i.State === 'available')) return images
      if (!announced) core.info(`Waiting for ${ids.join(', ')} in ${region} to become available`)
      announced = true
      return undefined
    },
    POLL.imageAvailableMs,
    POLL.imageAvailableMaxMs,
    () =>
      new Error(
        `${ids.join(', ')} in ${region} did not become available within ${POLL.imageAvailableMaxMs / 60_000} minutes`
      )
  )
}

export async function createTags(region: string, resources: string[], tags: Tag[]): Promise<void> {
  if (resources.length === 0 || tags.length === 0) return
  const { send, sdk } = await ec2(region)
  await send(new sdk.CreateTagsCommand({ Resources: resources, Tags: tags }))
}

export async function deleteTags(
  region: string,
  resources: string[],
  keys: string[]
): Promise<void> {
  if (resources.length === 0) return
  const { send, sdk } = await ec2(region)
  await send(new sdk.DeleteTagsCommand({ Resources: resources, Tags: keys.map(Key => ({ Key })) }))
}

export interface ReleaseTags {
  /** Descriptions already at hand (existingArtifacts): no second look where all are available. */
  described?: Image[]
  schema: TagSchema
  version: string
  lineage: string
  /** The `tags` input and, unless turned off, the source tags. */
  extra: Tag[]
  /** The region whose image records the build and its copies. */
  primaryRegion: string
}

export interface TaggedRegion {
  region: string
  images: string[]
  snapshots: string[]
  /** AMI → its name. */
  names: Record<string, string>
}

/**
 * Releases the artifacts: every AMI of every build, in every region, and every snapshot behind
 * it gets the version, the lineage, the build and the extra tags; the image of each build in
 * `primaryRegion` (or its first region) records its copies. The version tag is what makes a
 * release findable, and a build counts as released when its primary image carries it, so it is
 * written in order: every other tag first, then the version on the copies and the snapshots,
 * then on each primary, and the pending marks go last. Whoever sees a primary with the version
 * sees a whole build; a failure part-way leaves the primary marked and complete, for a re-run
 * to finish.
 */
export async function tagRelease(artifacts: Artifact[], t: ReleaseTags): Promise<TaggedRegion[]> {
  const byBuild = new Map<string, Artifact[]>()
  for (const a of artifacts) byBuild.set(a.build, [...(byBuild.get(a.build) ?? []), a])
  const records = new Map<string, Tag[]>()
  for (const list of byBuild.values()) {
    const primary = list.find(a => a.region === t.primaryRegion) ?? list[0]
    if (primary)
      records.set(
        primary.amiId,
        copyTags(
          t.schema,
          list.filter(a => a !== primary)
        )
      )
  }
  const regions = [...new Set(artifacts.map(a => a.region))]
  const described = new Map(
    await Promise.all(
      regions.map(async region => {
        const ids = artifacts.filter(a => a.region === region).map(a => a.amiId)
        const known = ids.map(id => t.described?.find(i => i.ImageId === id))
        const images = known.every(i => i?.State === 'available')
          ? (known as Image[])
          : await waitAvailable(region, ids)
        return [region, images] as const
      })
    )
  )
  const imageOf = (a: Artifact) => described.get(a.region)?.find(i => i.ImageId === a.amiId)
  const version = (a: Artifact): Tag[] => [
    { Key: t.schema.version, Value: t.version },
    { Key: t.schema.build, Value: a.build }
  ]
  // Independent calls, sent together: a round trip per step.
  await Promise.all(
    artifacts.flatMap(a => {
      const tags: Tag[] = [
        { Key: t.schema.lineage, Value: t.lineage },
        { Key: t.schema.build, Value: a.build },
        ...t.extra
      ]
      const image = imageOf(a)
      return [
        createTags(a.region, [a.amiId], [...tags, ...(records.get(a.amiId) ?? [])]),
        createTags(a.region, image ? snapshotsOf(image) : [], tags)
      ]
    })
  )
  await Promise.all(
    artifacts.flatMap(a => {
      const image = imageOf(a)
      return [
        createTags(a.region, image ? snapshotsOf(image) : [], version(a)),
        ...(records.has(a.amiId) ? [] : [createTags(a.region, [a.amiId], version(a))])
      ]
    })
  )
  await Promise.all(
    artifacts
      .filter(a => records.has(a.amiId))
      .map(a => createTags(a.region, [a.amiId], version(a)))
  )
  return Promise.all(
    regions.map(async region => {
      const images = described.get(region) ?? []
      const marked = images.filter(i => tagMap(i).has(t.schema.pending)).map(i => i.ImageId ?? '')
      if (marked.length > 0) {
        await deleteTags(region, marked, [t.schema.pending]).catch((error: unknown) =>
          core.warning(
            `${region}: could not remove the pending mark of ${marked.join(', ')}: ${(error as Error).message}`
          )
        )
      }
      const ids = artifacts.filter(a => a.region === region).map(a => a.amiId)
      const snapshots = images.flatMap(snapshotsOf)
      core.info(
        `${region}: tagged ${ids.join(', ')} and snapshots ${snapshots.join(', ') || '(none)'} with ${t.schema.version}=${t.version}`
      )
      const names = Object.fromEntries(images.map(i => [i.ImageId ?? '', i.Name ?? '']))
      return { region, images: ids, snapshots, names }
    })
  )
}

/**
 * Artifacts whose AMI still exists. With skip_save_build_region Packer's artifact still lists
 * the build region's intermediate AMI, which it deregistered in its cleanup
 * (hashicorp/packer-plugin-amazon@v1.8.2:common/step_ami_region_copy.go:50-58,160-177).
 */
export async function existingArtifacts(
  artifacts: Artifact[]
): Promise<{ existing: Artifact[]; vanished: Artifact[]; described: Image[] }> {
  const regions = [...new Set(artifacts.map(a => a.region))]
  const described = (
    await Promise.all(
      regions.map(async r =>
        (
          await describeImagesById(
            r,
            artifacts.filter(a => a.region === r).map(a => a.amiId)
          )
        ).map(image => ({ region: r, image }))
      )
    )
  ).flat()
  const has = (a: Artifact) =>
    described.some(d => d.region === a.region && d.image.ImageId === a.amiId)
  return {
    existing: artifacts.filter(has),
    vanished: artifacts.filter(a => !has(a)),
    described: described.map(d => d.image)
  }
}

/** EC2's answer for an image that is gone: a retire that finds it gone has nothing left to do. */
const GONE = /InvalidAMIID\.(NotFound|Unavailable)/

/** Retires one image: deregister (with its snapshots), deprecate now, or disable. */
export async function retireImage(
  region: string,
  image: Image,
  mode: RetireMode,
  now: Date
): Promise<void> {
  const { send, sdk } = await ec2(region)
  const id = image.ImageId ?? ''
  try {
    if (mode === 'deregister') {
      await send(new sdk.DeregisterImageCommand({ ImageId: id, DeleteAssociatedSnapshots: true }))
    } else if (mode === 'deprecate') {
      // EC2 refuses a time in the past and rounds to the minute: the next whole minute.
      const at = new Date(Math.ceil((now.getTime() + 1000) / 60_000) * 60_000)
      await send(new sdk.EnableImageDeprecationCommand({ ImageId: id, DeprecateAt: at }))
    } else {
      await send(new sdk.DisableImageCommand({ ImageId: id }))
    }
  } catch (error) {
    if (error instanceof AwsError && GONE.test(error.code)) return
    throw error
  }
}
