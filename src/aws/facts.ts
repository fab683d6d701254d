import type { Instance } from '@aws-sdk/client-ec2'
import { buildsOf, leadsOf, regionOf, type Evidence, type LeadKind } from '../release/evidence.js'
import type {
  Facts,
  ImageFact,
  InstanceFact,
  InstanceProfileFact,
  KeyPairFact,
  LaunchTemplateFact,
  RoleFact,
  SecurityGroupFact
} from '../release/ownership.js'
import { allPages, ec2, hasCode, iam } from './clients.js'
import { findOwnImages, snapshotsOf, tagMap } from './images.js'
import { describeInstances } from './instances.js'

/** The tag EC2 puts on an instance launched from a launch template (spot fleets included). */
const LAUNCH_TEMPLATE_TAG = 'aws:ec2launchtemplate:id'

const iso = (date: Date | string | undefined): string | undefined =>
  date === undefined ? undefined : new Date(date).toISOString()

function instanceFact(region: string, i: Instance): InstanceFact {
  return {
    id: i.InstanceId ?? '',
    region,
    launchTime: iso(i.LaunchTime),
    imageId: i.ImageId,
    keyName: i.KeyName,
    groupIds: (i.SecurityGroups ?? []).map(g => g.GroupId ?? ''),
    groupNames: (i.SecurityGroups ?? []).map(g => g.GroupName ?? ''),
    state: i.State?.Name,
    instanceProfile: i.IamInstanceProfile?.Arn?.split('/').pop(),
    launchTemplateId: i.Tags?.find(t => t.Key === LAUNCH_TEMPLATE_TAG)?.Value
  }
}

async function instances(
  region: string,
  filters: { Name: string; Values: string[] }[]
): Promise<InstanceFact[]> {
  return (await describeInstances(region, filters)).map(i => instanceFact(region, i))
}

async function securityGroups(region: string, names: string[]): Promise<SecurityGroupFact[]> {
  const { send, sdk } = await ec2(region)
  const pages = await allPages(token =>
    send(
      new sdk.DescribeSecurityGroupsCommand({
        Filters: [{ Name: 'group-name', Values: names }],
        ...(token ? { NextToken: token } : {})
      })
    )
  )
  return pages.flatMap(p =>
    (p.SecurityGroups ?? []).map(g => ({ id: g.GroupId ?? '', name: g.GroupName ?? '', region }))
  )
}

/** Everything AWS says about what the evidence names, in one region. */
async function regionFacts(
  evidence: Evidence,
  region: string,
  building: string[],
  copying: string[],
  /** The ARNs of the instance profiles the evidence names (IAM is global: asked once). */
  profileArns: string[]
): Promise<Facts> {
  // Instances, key pairs and groups live where a build runs; AMIs there and where it copies to.
  const of = (kind: LeadKind) => {
    const builds = kind === 'image' || kind === 'image-name' ? [...building, ...copying] : building
    return [...new Set(builds.flatMap(b => leadsOf(evidence, kind, b)))]
  }
  const { send, sdk } = await ec2(region)
  const instanceIds = of('instance')
  const keyNames = of('key-pair')
  const groupNames = of('security-group')
  const launchTemplateIds = of('launch-template')
  const [named, keyPairs, groups] = await Promise.all([
    instanceIds.length > 0 ? instances(region, [{ Name: 'instance-id', Values: instanceIds }]) : [],
    keyNames.length > 0
      ? send(
          new sdk.DescribeKeyPairsCommand({ Filters: [{ Name: 'key-name', Values: keyNames }] })
        ).then(r =>
          (r.KeyPairs ?? []).map((k): KeyPairFact => ({
            name: k.KeyName ?? '',
            region,
            createTime: iso(k.CreateTime)
          }))
        )
      : [],
    groupNames.length > 0 ? securityGroups(region, groupNames) : []
  ])
  // Whoever else uses the same key pairs, groups, launch templates and instance profiles: a
  // resource in use by another instance is not ours.
  const users = await Promise.all([
    keyNames.length > 0 ? instances(region, [{ Name: 'key-name', Values: keyNames }]) : [],
    groups.length > 0
      ? instances(region, [{ Name: 'instance.group-id', Values: groups.map(g => g.id) }])
      : [],
    launchTemplateIds.length > 0
      ? instances(region, [{ Name: `tag:${LAUNCH_TEMPLATE_TAG}`, Values: launchTemplateIds }])
      : [],
    profileArns.length > 0
      ? instances(region, [{ Name: 'iam-instance-profile.arn', Values: profileArns }])
      : []
  ])
  const allInstances = new Map<string, InstanceFact>()
  for (const i of [...named, ...users.flat()]) allInstances.set(i.id, i)

  const imageIds = of('image')
  const imageNames = of('image-name')
  const images = await Promise.all([
    imageIds.length > 0
      ? findOwnImages(region, [{ Name: 'image-id', Values: imageIds }], true)
      : [],
    imageNames.length > 0 ? findOwnImages(region, [{ Name: 'name', Values: imageNames }], true) : []
  ])
  const imageFacts = new Map<string, ImageFact>()
  for (const image of images.flat()) {
    imageFacts.set(image.ImageId ?? '', {
      id: image.ImageId ?? '',
      region,
      name: image.Name,
      creationDate: iso(image.CreationDate),
      state: image.State,
      ownedBySelf: true,
      sourceInstanceId: image.SourceInstanceId,
      sourceImageId: image.SourceImageId,
      sourceImageRegion: image.SourceImageRegion,
      tags: Object.fromEntries(tagMap(image)),
      snapshotIds: snapshotsOf(image)
    })
  }

  const launchTemplates: LaunchTemplateFact[] = []
  for (const id of launchTemplateIds) {
    try {
      const { LaunchTemplates = [] } = await send(
        new sdk.DescribeLaunchTemplatesCommand({ LaunchTemplateIds: [id] })
      )
      for (const t of LaunchTemplates)
        launchTemplates.push({
          id: t.LaunchTemplateId ?? '',
          name: t.LaunchTemplateName ?? '',
          region,
          createTime: iso(t.CreateTime)
        })
    } catch (error) {
      if (!hasCode(error, /NotFound/)) throw error
    }
  }
  return {
    instances: [...allInstances.values()],
    keyPairs,
    securityGroups: groups,
    images: [...imageFacts.values()],
    launchTemplates,
    instanceProfiles: [],
    roles: []
  }
}

async function iamFacts(evidence: Evidence): Promise<Pick<Facts, 'instanceProfiles' | 'roles'>> {
  const profiles = leadsOf(evidence, 'instance-profile')
  const roles = leadsOf(evidence, 'role')
  if (profiles.length === 0 && roles.length === 0) return { instanceProfiles: [], roles: [] }
  const { send, sdk } = await iam(evidence.region)
  const absent = (error: unknown) => {
    if (hasCode(error, /NoSuchEntity/)) return undefined
    throw error
  }
  const instanceProfiles = (
    await Promise.all(
      profiles.map(name =>
        send(new sdk.GetInstanceProfileCommand({ InstanceProfileName: name })).then(
          ({ InstanceProfile: p }): InstanceProfileFact => ({
            name,
            arn: p?.Arn,
            createDate: iso(p?.CreateDate),
            roles: (p?.Roles ?? []).map(r => r.RoleName ?? '')
          }),
          absent
        )
      )
    )
  ).filter(p => p !== undefined)
  const roleFacts = (
    await Promise.all(
      roles.map(async name => {
        try {
          const { Role } = await send(new sdk.GetRoleCommand({ RoleName: name }))
          const { InstanceProfiles = [] } = await send(
            new sdk.ListInstanceProfilesForRoleCommand({ RoleName: name })
          )
          return {
            name,
            createDate: iso(Role?.CreateDate),
            instanceProfiles: InstanceProfiles.map(p => p.InstanceProfileName ?? '')
          } satisfies RoleFact
        } catch (error) {
          return absent(error)
        }
      })
    )
  ).filter(r => r !== undefined)
  return { instanceProfiles, roles: roleFacts }
}

/** What AWS says now about every resource the evidence leads to, in every region it names. */
export async function gatherFacts(evidence: Evidence): Promise<Facts> {
  const regions = new Map<string, { building: string[]; copying: string[] }>()
  const at = (region: string) => {
    const entry = regions.get(region) ?? { building: [], copying: [] }
    regions.set(region, entry)
    return entry
  }
  for (const build of buildsOf(evidence)) {
    at(regionOf(evidence, build)).building.push(build)
    for (const region of leadsOf(evidence, 'copy-region', build)) at(region).copying.push(build)
  }
  // IAM first: an instance profile is global, and whoever uses it, in any region the build
  // touches, is found by its exact ARN.
  const identity = await iamFacts(evidence)
  const profileArns = identity.instanceProfiles
    .map(p => p.arn)
    .filter((arn): arn is string => !!arn)
  const perRegion = await Promise.all(
    [...regions].map(([region, { building, copying }]) =>
      regionFacts(evidence, region, building, copying, profileArns)
    )
  )
  return {
    instances: perRegion.flatMap(f => f.instances),
    keyPairs: perRegion.flatMap(f => f.keyPairs),
    securityGroups: perRegion.flatMap(f => f.securityGroups),
    images: perRegion.flatMap(f => f.images),
    launchTemplates: perRegion.flatMap(f => f.launchTemplates),
    ...identity
  }
}
