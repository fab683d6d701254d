import type { Filter, Instance } from '@aws-sdk/client-ec2'
import { buildsOf, leadsOf, regionOf, type Evidence, type LeadKind } from '../release/evidence.js'
import type {
  Facts,
  InstanceFact,
  InstanceProfileFact,
  KeyPairFact,
  LaunchTemplateFact,
  RoleFact,
  SecurityGroupFact
} from '../release/facts.js'
import { hasCode, type Aws } from './clients.js'
import { findImages } from './images.js'

/** The tag EC2 puts on an instance launched from a launch template (spot fleets included). */
const LAUNCH_TEMPLATE_TAG = 'aws:ec2launchtemplate:id'

const iso = (date: Date | string | undefined) =>
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

/** The instances in `region` that match `filters`, every page. */
export async function describeInstances(
  aws: Aws,
  region: string,
  filters: Filter[]
): Promise<InstanceFact[]> {
  const { client, sdk } = await aws.ec2(region)
  const found: InstanceFact[] = []
  for await (const page of sdk.paginateDescribeInstances({ client }, { Filters: filters }))
    for (const r of page.Reservations ?? [])
      found.push(...(r.Instances ?? []).map(i => instanceFact(region, i)))
  return found
}

async function keyPairs(aws: Aws, region: string, names: string[]): Promise<KeyPairFact[]> {
  if (names.length === 0) return []
  const { client, sdk } = await aws.ec2(region)
  const { KeyPairs = [] } = await client.send(
    new sdk.DescribeKeyPairsCommand({ Filters: [{ Name: 'key-name', Values: names }] })
  )
  return KeyPairs.map(k => ({
    name: k.KeyName ?? '',
    id: k.KeyPairId ?? '',
    region,
    createTime: iso(k.CreateTime),
    tags: Object.fromEntries((k.Tags ?? []).map(t => [t.Key ?? '', t.Value ?? '']))
  }))
}

async function securityGroups(
  aws: Aws,
  region: string,
  names: string[]
): Promise<SecurityGroupFact[]> {
  if (names.length === 0) return []
  const { client, sdk } = await aws.ec2(region)
  const groups: SecurityGroupFact[] = []
  const input = { Filters: [{ Name: 'group-name', Values: names }] }
  for await (const page of sdk.paginateDescribeSecurityGroups({ client }, input))
    groups.push(
      ...(page.SecurityGroups ?? []).map(g => ({
        id: g.GroupId ?? '',
        name: g.GroupName ?? '',
        region
      }))
    )
  return groups
}

async function launchTemplates(
  aws: Aws,
  region: string,
  ids: string[]
): Promise<LaunchTemplateFact[]> {
  const { client, sdk } = await aws.ec2(region)
  const found: LaunchTemplateFact[] = []
  for (const id of ids) {
    try {
      const { LaunchTemplates = [] } = await client.send(
        new sdk.DescribeLaunchTemplatesCommand({ LaunchTemplateIds: [id] })
      )
      for (const t of LaunchTemplates)
        found.push({
          id: t.LaunchTemplateId ?? '',
          name: t.LaunchTemplateName ?? '',
          region,
          createTime: iso(t.CreateTime)
        })
    } catch (error) {
      if (!hasCode(error, /NotFound/)) throw error
    }
  }
  return found
}

/**
 * Everything AWS says about what the evidence names in one region and, with `users`, whoever
 * else uses the same key pairs, groups, launch templates and instance profiles (a resource in
 * use by another instance is not this run's).
 */
async function regionFacts(
  aws: Aws,
  region: string,
  of: (kind: LeadKind) => string[],
  users: boolean,
  profileArns: string[]
): Promise<Omit<Facts, 'instanceProfiles' | 'roles'>> {
  const [instanceIds, keyNames, groupNames, templateIds] = [
    of('instance'),
    of('key-pair'),
    of('security-group'),
    of('launch-template')
  ]
  const [named, keys, groups] = await Promise.all([
    instanceIds.length > 0
      ? describeInstances(aws, region, [{ Name: 'instance-id', Values: instanceIds }])
      : [],
    keyPairs(aws, region, keyNames),
    users ? securityGroups(aws, region, groupNames) : []
  ])
  const userFilters: Filter[] = users
    ? [
        { Name: 'key-name', Values: keyNames },
        { Name: 'instance.group-id', Values: groups.map(g => g.id) },
        { Name: `tag:${LAUNCH_TEMPLATE_TAG}`, Values: templateIds },
        { Name: 'iam-instance-profile.arn', Values: profileArns }
      ].filter(f => f.Values.length > 0)
    : []
  const others = await Promise.all(userFilters.map(f => describeInstances(aws, region, [f])))
  const instances = new Map([...named, ...others.flat()].map(i => [i.id, i]))
  const [byId, byName] = await Promise.all(
    (['image', 'image-name'] as const).map(kind =>
      of(kind).length > 0
        ? findImages(aws, region, [
            { Name: kind === 'image' ? 'image-id' : 'name', Values: of(kind) }
          ])
        : Promise.resolve([])
    )
  )
  const images = new Map([...(byId ?? []), ...(byName ?? [])].map(i => [i.id, i]))
  return {
    instances: [...instances.values()],
    keyPairs: keys,
    securityGroups: groups,
    images: [...images.values()],
    launchTemplates: users ? await launchTemplates(aws, region, templateIds) : []
  }
}

async function iamFacts(
  aws: Aws,
  evidence: Evidence
): Promise<Pick<Facts, 'instanceProfiles' | 'roles'>> {
  const [profiles, roles] = [leadsOf(evidence, 'instance-profile'), leadsOf(evidence, 'role')]
  if (profiles.length === 0 && roles.length === 0) return { instanceProfiles: [], roles: [] }
  const { client, sdk } = await aws.iam(evidence.region)
  const absent = (error: unknown) => {
    if (hasCode(error, /NoSuchEntity/)) return undefined
    throw error
  }
  const instanceProfiles = await Promise.all(
    profiles.map(name =>
      client.send(new sdk.GetInstanceProfileCommand({ InstanceProfileName: name })).then(
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
  const roleFacts = await Promise.all(
    roles.map(async name => {
      try {
        const { Role } = await client.send(new sdk.GetRoleCommand({ RoleName: name }))
        const { InstanceProfiles = [] } = await client.send(
          new sdk.ListInstanceProfilesForRoleCommand({ RoleName: name })
        )
        const fact: RoleFact = {
          name,
          createDate: iso(Role?.CreateDate),
          instanceProfiles: InstanceProfiles.map(p => p.InstanceProfileName ?? '')
        }
        return fact
      } catch (error) {
        return absent(error)
      }
    })
  )
  return {
    instanceProfiles: instanceProfiles.filter(p => p !== undefined),
    roles: roleFacts.filter(r => r !== undefined)
  }
}

/**
 * What AWS says now about every resource the evidence leads to, in every region it names:
 * instances, key pairs and groups where a build runs, AMIs there and where it copies to. The
 * users of each are asked only with `users` (the sweep): proving an AMI needs none of them.
 */
export async function gatherFacts(aws: Aws, evidence: Evidence, users = true): Promise<Facts> {
  const regions = new Map<string, { building: string[]; copying: string[] }>()
  const at = (region: string) =>
    regions.get(region) ?? regions.set(region, { building: [], copying: [] }).get(region)!
  for (const build of buildsOf(evidence)) {
    at(regionOf(evidence, build)).building.push(build)
    for (const region of leadsOf(evidence, 'copy-region', build)) at(region).copying.push(build)
  }
  // IAM first: an instance profile is global, and whoever uses it is found by its exact ARN.
  const identity = users ? await iamFacts(aws, evidence) : { instanceProfiles: [], roles: [] }
  const profileArns = identity.instanceProfiles.flatMap(p => p.arn ?? [])
  const perRegion = await Promise.all(
    [...regions].map(([region, { building, copying }]) => {
      const of = (kind: LeadKind) => {
        const builds =
          kind === 'image' || kind === 'image-name' ? [...building, ...copying] : building
        return [...new Set(builds.flatMap(b => leadsOf(evidence, kind, b)))]
      }
      return regionFacts(aws, region, of, users, profileArns)
    })
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
