import * as core from '@actions/core'
import type { Image } from '@aws-sdk/client-ec2'
import type { Tag } from '../inputs.js'
import type { Artifact } from '../report/outputs.js'
import { ec2 } from './ec2.js'

const TAG_VALUE_MAX = 256

/** Tag keys beside the version tag, namespaced under it. */
export function releaseTagKeys(versionTagKey: string) {
  return {
    build: `${versionTagKey}:build`,
    copies: `${versionTagKey}:copies`,
    lineage: `${versionTagKey}:lineage`
  }
}

/** What makes images generations of one another: the repository, the template and the build. */
export function lineageOf(repository: string, template: string, build: string): string {
  return `${repository}:${template}:${build}`.slice(0, TAG_VALUE_MAX)
}

/** `us-west-2=ami-b,eu-west-1=ami-c`, split into tag values of at most 256 characters. */
export function encodeCopies(copies: Artifact[]): string[] {
  const values: string[] = []
  let current = ''
  for (const c of copies) {
    const pair = `${c.region}=${c.amiId}`
    if (current && current.length + 1 + pair.length > TAG_VALUE_MAX) {
      values.push(current)
      current = ''
    }
    current = current ? `${current},${pair}` : pair
  }
  if (current) values.push(current)
  return values
}

/** Copy tags: `<key>:copies`, then `<key>:copies.2`, ... when one value is not enough. */
export function copyTags(versionTagKey: string, copies: Artifact[]): Tag[] {
  const key = releaseTagKeys(versionTagKey).copies
  return encodeCopies(copies).map((Value, i) => ({ Key: i === 0 ? key : `${key}.${i + 1}`, Value }))
}

/** The artifacts that one image of a release stands for: itself and the copies recorded on it. */
export function artifactsOfImage(image: Image, region: string, versionTagKey: string): Artifact[] {
  const keys = releaseTagKeys(versionTagKey)
  const tags = new Map((image.Tags ?? []).map(t => [t.Key ?? '', t.Value ?? '']))
  const build = tags.get(keys.build) ?? image.Name ?? ''
  const artifacts: Artifact[] = [{ build, region, amiId: image.ImageId ?? '' }]
  const copyValues = [...tags]
    .filter(([k]) => k === keys.copies || k.startsWith(`${keys.copies}.`))
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([, v]) => v)
  for (const pair of copyValues.join(',').split(',')) {
    const [copyRegion, amiId] = pair.split('=')
    if (copyRegion && amiId) artifacts.push({ build, region: copyRegion, amiId })
  }
  return artifacts
}

/** One image, or undefined when it does not exist. */
export async function describeImage(region: string, imageId: string): Promise<Image | undefined> {
  const { client, sdk } = await ec2(region)
  const { Images = [] } = await client.send(
    new sdk.DescribeImagesCommand({ Filters: [{ Name: 'image-id', Values: [imageId] }] })
  )
  return Images[0]
}

/** Deregisters an image and deletes its snapshots in the same call. */
export async function deregisterWithSnapshots(region: string, imageId: string): Promise<void> {
  const { client, sdk } = await ec2(region)
  await client.send(
    new sdk.DeregisterImageCommand({ ImageId: imageId, DeleteAssociatedSnapshots: true })
  )
}

/** Images owned by this account in `region` that carry the version tag, oldest first. */
export async function findReleaseImages(
  region: string,
  versionTagKey: string,
  version: string
): Promise<Image[]> {
  const { client, sdk } = await ec2(region)
  const { Images = [] } = await client.send(
    new sdk.DescribeImagesCommand({
      Owners: ['self'],
      Filters: [{ Name: `tag:${versionTagKey}`, Values: [version] }]
    })
  )
  return Images.filter(i => i.State === 'available' || i.State === 'pending').sort((a, b) =>
    (a.CreationDate ?? '').localeCompare(b.CreationDate ?? '')
  )
}

/** Waits until every image is `available` and returns their descriptions. */
export async function waitForImages(region: string, imageIds: string[]): Promise<Image[]> {
  const { client, sdk } = await ec2(region)
  const pending = async () =>
    (await client.send(new sdk.DescribeImagesCommand({ ImageIds: imageIds }))).Images ?? []
  let images = await pending()
  if (images.every(i => i.State === 'available')) return images
  core.info(`Waiting for ${imageIds.join(', ')} in ${region} to become available`)
  const result = await sdk.waitUntilImageAvailable(
    { client, maxWaitTime: 3600, minDelay: 5, maxDelay: 30 },
    { ImageIds: imageIds }
  )
  if (String(result.state) !== 'SUCCESS')
    throw new Error(`${imageIds.join(', ')} in ${region}: not available (${result.state})`)
  images = await pending()
  return images
}

export interface TaggedRegion {
  region: string
  images: string[]
  snapshots: string[]
}

/**
 * Tags every AMI of every build, in every region, and every EBS snapshot behind it, with the
 * version and the `tags` input. The image of each build in `primaryRegion` (or its first
 * region) also records the build name and its copies, so one lookup finds the whole release.
 */
export async function tagImages(
  artifacts: Artifact[],
  versionTagKey: string,
  version: string,
  extraTags: Tag[],
  primaryRegion: string | undefined,
  lineage: (build: string) => string
): Promise<TaggedRegion[]> {
  const byRegion = new Map<string, Artifact[]>()
  for (const a of artifacts) byRegion.set(a.region, [...(byRegion.get(a.region) ?? []), a])
  const common: Tag[] = [{ Key: versionTagKey, Value: version }, ...extraTags]
  const keys = releaseTagKeys(versionTagKey)

  const builds = new Map<string, Artifact[]>()
  for (const a of artifacts) builds.set(a.build, [...(builds.get(a.build) ?? []), a])
  const recordOn = new Map<string, Tag[]>()
  for (const [build, list] of builds) {
    const primary = list.find(a => a.region === primaryRegion) ?? list[0]
    if (!primary) continue
    const copies = list.filter(a => a !== primary)
    recordOn.set(primary.amiId, [
      { Key: keys.build, Value: build },
      ...copyTags(versionTagKey, copies)
    ])
  }

  return Promise.all(
    [...byRegion].map(async ([region, list]) => {
      const { client, sdk } = await ec2(region)
      const imageIds = list.map(a => a.amiId)
      const images = await waitForImages(region, imageIds)
      const snapshots = images.flatMap(i =>
        (i.BlockDeviceMappings ?? []).map(m => m.Ebs?.SnapshotId).filter((s): s is string => !!s)
      )
      // Independent calls, sent together: one round trip to EC2 instead of one per AMI.
      await Promise.all([
        client.send(
          new sdk.CreateTagsCommand({ Resources: [...imageIds, ...snapshots], Tags: common })
        ),
        ...list.map(a =>
          client.send(
            new sdk.CreateTagsCommand({
              Resources: [a.amiId],
              Tags: [
                { Key: keys.lineage, Value: lineage(a.build) },
                ...(recordOn.get(a.amiId) ?? [])
              ]
            })
          )
        )
      ])
      core.info(
        `${region}: tagged ${imageIds.join(', ')} and snapshots ${snapshots.join(', ') || '(none)'} with ${versionTagKey}=${version}`
      )
      return { region, images: imageIds, snapshots }
    })
  )
}
