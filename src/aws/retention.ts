import * as core from '@actions/core'
import type { Image } from '@aws-sdk/client-ec2'
import { ec2 } from './ec2.js'
import { deregisterWithSnapshots } from './images.js'

export interface Generation {
  imageId: string
  created: string
}

export interface RetentionPlan {
  retire: string[]
  keep: { imageId: string; reason: string }[]
}

/**
 * Which images of one lineage in one region to retire: all but the newest `keep`, except the
 * images of this release and those something still uses. Pure: the AWS side only gathers facts.
 */
export function planRetention(
  generations: Generation[],
  keep: number,
  current: ReadonlySet<string>,
  inUse: ReadonlyMap<string, string>
): RetentionPlan {
  const newestFirst = [...generations].sort(
    (a, b) => b.created.localeCompare(a.created) || b.imageId.localeCompare(a.imageId)
  )
  const plan: RetentionPlan = { retire: [], keep: [] }
  newestFirst.forEach((g, index) => {
    const use = inUse.get(g.imageId)
    if (current.has(g.imageId)) plan.keep.push({ imageId: g.imageId, reason: 'this release' })
    else if (index < keep)
      plan.keep.push({ imageId: g.imageId, reason: `one of the ${keep} newest` })
    else if (use) plan.keep.push({ imageId: g.imageId, reason: use })
    else plan.retire.push(g.imageId)
  })
  return plan
}

/** Images that an instance (not terminated) or a launch template's default or latest version uses. */
export async function imagesInUse(
  region: string,
  imageIds: string[]
): Promise<Map<string, string>> {
  const inUse = new Map<string, string>()
  if (imageIds.length === 0) return inUse
  const { client, sdk } = await ec2(region)
  const instances = sdk.paginateDescribeInstances(
    { client },
    {
      Filters: [
        { Name: 'image-id', Values: imageIds },
        {
          Name: 'instance-state-name',
          Values: ['pending', 'running', 'stopping', 'stopped', 'shutting-down']
        }
      ]
    }
  )
  for await (const page of instances) {
    for (const instance of (page.Reservations ?? []).flatMap(r => r.Instances ?? [])) {
      if (instance.ImageId && !inUse.has(instance.ImageId)) {
        inUse.set(
          instance.ImageId,
          `instance ${instance.InstanceId ?? ''} (${instance.State?.Name ?? ''}) was launched from it`
        )
      }
    }
  }
  for await (const page of sdk.paginateDescribeLaunchTemplates({ client }, {})) {
    for (const template of page.LaunchTemplates ?? []) {
      const { LaunchTemplateVersions = [] } = await client.send(
        new sdk.DescribeLaunchTemplateVersionsCommand({
          LaunchTemplateId: template.LaunchTemplateId,
          Versions: ['$Default', '$Latest']
        })
      )
      for (const v of LaunchTemplateVersions) {
        const imageId = v.LaunchTemplateData?.ImageId
        if (imageId && imageIds.includes(imageId) && !inUse.has(imageId)) {
          const which = v.DefaultVersion ? 'default' : 'latest'
          inUse.set(
            imageId,
            `launch template ${template.LaunchTemplateName ?? ''} (${which} version ${v.VersionNumber ?? ''}) uses it`
          )
        }
      }
    }
  }
  return inUse
}

export async function imagesTagged(region: string, key: string, value: string): Promise<Image[]> {
  const { client, sdk } = await ec2(region)
  const images: Image[] = []
  const pages = sdk.paginateDescribeImages(
    { client },
    { Owners: ['self'], Filters: [{ Name: `tag:${key}`, Values: [value] }] }
  )
  for await (const page of pages) images.push(...(page.Images ?? []))
  return images
}

/** Deregisters images with their snapshots; the SDK's adaptive retries ride out throttling. */
export async function retireImages(region: string, imageIds: string[]): Promise<void> {
  for (const imageId of imageIds) {
    await deregisterWithSnapshots(region, imageId)
    core.info(`${region}: retired ${imageId} and its snapshots`)
  }
}

export interface RetentionReport {
  region: string
  retired: string[]
  kept: { imageId: string; reason: string }[]
}

/**
 * Applies `keep` to the images of one tag (a lineage, or the older images of a rebuilt
 * version) in one region; `current` is never retired.
 */
export async function applyRetention(
  region: string,
  tag: { key: string; value: string },
  keep: number,
  current: ReadonlySet<string>
): Promise<RetentionReport> {
  const images = await imagesTagged(region, tag.key, tag.value)
  const generations = images.map(i => ({ imageId: i.ImageId ?? '', created: i.CreationDate ?? '' }))
  const candidates = generations.map(g => g.imageId).filter(id => !current.has(id))
  const inUse = await imagesInUse(region, candidates)
  const plan = planRetention(generations, keep, current, inUse)
  await retireImages(region, plan.retire)
  return { region, retired: plan.retire, kept: plan.keep }
}
