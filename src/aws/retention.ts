import * as core from '@actions/core'
import type { Filter, Image } from '@aws-sdk/client-ec2'
import { Input } from '../constants.js'
import { errorMessage } from '../errors.js'
import {
  planRetention,
  retentionCandidates,
  type Generation,
  type RetentionPlan,
  type RetentionRules,
  type RetireMode
} from '../release/retention.js'
import type { TagSchema } from '../release/tags.js'
import { allPages, AwsError, ec2, hasCode } from './clients.js'
import { describeInstances } from './instances.js'
import { findOwnImages, retireImage, tagMap } from './images.js'

export interface RetentionReport extends RetentionPlan {
  region: string
  build: string
}

/** Why an image is still needed: an instance (not terminated) or a launch template version uses it. */
async function usesOf(region: string, imageIds: string[]): Promise<Map<string, string>> {
  const uses = new Map<string, string>()
  if (imageIds.length === 0) return uses
  const { send, sdk } = await ec2(region)
  const instances = await describeInstances(region, [
    { Name: 'image-id', Values: imageIds },
    {
      Name: 'instance-state-name',
      Values: ['pending', 'running', 'stopping', 'stopped', 'shutting-down']
    }
  ])
  for (const instance of instances) {
    if (instance.ImageId && !uses.has(instance.ImageId))
      uses.set(
        instance.ImageId,
        `instance ${instance.InstanceId ?? ''} (${instance.State?.Name ?? ''}) was launched from it`
      )
  }
  const templatePages = await allPages(token =>
    send(new sdk.DescribeLaunchTemplatesCommand({ ...(token ? { NextToken: token } : {}) }))
  )
  for (const template of templatePages.flatMap(p => p.LaunchTemplates ?? [])) {
    const versionPages = await allPages(token =>
      send(
        new sdk.DescribeLaunchTemplateVersionsCommand({
          LaunchTemplateId: template.LaunchTemplateId,
          Versions: ['$Default', '$Latest'],
          ...(token ? { NextToken: token } : {})
        })
      )
    )
    for (const v of versionPages.flatMap(p => p.LaunchTemplateVersions ?? [])) {
      const imageId = v.LaunchTemplateData?.ImageId
      if (imageId && imageIds.includes(imageId) && !uses.has(imageId)) {
        const which = v.DefaultVersion ? 'default' : 'latest'
        uses.set(
          imageId,
          `launch template ${template.LaunchTemplateName ?? ''} (${which} version ${v.VersionNumber ?? ''}) uses it`
        )
      }
    }
  }
  return uses
}

/** Who else may launch the image: public, or shared with accounts, organizations or OUs. */
async function sharing(region: string, image: Image): Promise<string | undefined> {
  if (image.Public) return 'it is public'
  const { send, sdk } = await ec2(region)
  const { LaunchPermissions = [] } = await send(
    new sdk.DescribeImageAttributeCommand({ ImageId: image.ImageId, Attribute: 'launchPermission' })
  )
  const with_ = LaunchPermissions.map(p =>
    p.Group === 'all'
      ? 'everyone'
      : (p.UserId ?? p.OrganizationArn ?? p.OrganizationalUnitArn ?? '')
  ).filter(Boolean)
  return with_.length > 0 ? `it is shared with ${with_.join(', ')}` : undefined
}

/**
 * When an instance was last launched from the image. An EC2 that does not know the attribute
 * cannot say whether the image is still launched: the retention fails before it retires
 * anything, and says how to go on without the rule.
 */
async function lastLaunched(region: string, image: Image): Promise<string | undefined> {
  if (image.LastLaunchedTime) return image.LastLaunchedTime
  const { send, sdk } = await ec2(region)
  try {
    const { LastLaunchedTime } = await send(
      new sdk.DescribeImageAttributeCommand({
        ImageId: image.ImageId,
        Attribute: 'lastLaunchedTime'
      })
    )
    return LastLaunchedTime?.Value || undefined
  } catch (error) {
    if (!hasCode(error, /^InvalidParameterValue$/)) throw error
    throw new AwsError(
      `EC2 in ${region} does not report when an image was last launched, so nothing was retired there; set '${Input.KeepLaunchedWithinDays}: 0' to retire without that rule. ${errorMessage(error)}`,
      'LastLaunchedTimeUnsupported',
      { cause: error }
    )
  }
}

function generation(image: Image, schema: TagSchema, now: Date): Generation {
  const tags = tagMap(image)
  const deprecated =
    image.DeprecationTime !== undefined && Date.parse(image.DeprecationTime) <= now.getTime()
  return {
    imageId: image.ImageId ?? '',
    created: image.CreationDate ?? '',
    version: tags.get(schema.version),
    retired: deprecated || image.State === 'disabled',
    state: image.State,
    pinned: tags.has(schema.keep),
    protected: (image.DeregistrationProtection ?? '').startsWith('enabled')
  }
}

/** The plan for one region, with the images it is about, before anything is retired. */
export interface RegionPlan extends RetentionReport {
  images: Image[]
}

/**
 * The rules applied to the images in `region` that match `filters` (a stream's build, or the
 * older images of a rebuilt version): facts are gathered only for the images the count alone
 * would retire. Nothing is retired here.
 */
export async function planRegionRetention(
  region: string,
  build: string,
  filters: Filter[],
  rules: RetentionRules,
  schema: TagSchema,
  decidedBefore: ReadonlySet<string> = new Set()
): Promise<RegionPlan> {
  const images = (await findOwnImages(region, filters)).filter(
    i => !decidedBefore.has(i.ImageId ?? '')
  )
  const generations = images.map(i => generation(i, schema, rules.now))
  const candidates = retentionCandidates(generations, rules)
  const uses = await usesOf(
    region,
    candidates.map(c => c.imageId)
  )
  for (const candidate of candidates) {
    const image = images.find(i => i.ImageId === candidate.imageId) as Image
    candidate.inUse = uses.get(candidate.imageId)
    if (!candidate.inUse) candidate.sharedWith = await sharing(region, image)
    if (!candidate.inUse && !candidate.sharedWith && rules.keepLaunchedWithinDays > 0)
      candidate.lastLaunched = await lastLaunched(region, image)
  }
  return { region, build, images, ...planRetention(generations, rules) }
}

/**
 * Retires what a plan retires (only images the plan was made from). Its report goes into
 * `reports` first and grows with each retirement, so a failure part-way still reports what was
 * retired; `decided` collects the images kept or retired, which a later pass leaves alone.
 */
export async function applyRetention(
  { images, ...plan }: RegionPlan,
  mode: RetireMode,
  now: Date,
  reports: RetentionReport[],
  decided: Set<string>
): Promise<void> {
  const report: RetentionReport = { ...plan, retire: [] }
  reports.push(report)
  for (const k of plan.keep) decided.add(k.imageId)
  for (const r of plan.retire) {
    const image = images.find(i => i.ImageId === r.imageId)
    if (!image) throw new Error(`${r.imageId} is not one of the images retention looked at`)
    await retireImage(plan.region, image, mode, now)
    report.retire.push(r)
    decided.add(r.imageId)
    core.info(`${plan.region}: retired ${r.imageId} (${mode})`)
  }
}
