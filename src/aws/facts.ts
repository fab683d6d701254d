import type { Filter } from '@aws-sdk/client-ec2'
import { buildsOf, leadsOf, regionOf, type Evidence, type LeadKind } from '../release/evidence.js'
import type {
  Facts,
  InstanceFact,
  LaunchTemplateFact,
  SecurityGroupFact
} from '../release/facts.js'
import { errorMessage } from '../errors.js'
import { keyPairFact } from './claim.js'
import { orNone, type Aws } from './clients.js'
import { findImages, iso, literalFilters } from './images.js'

/** The tag EC2 puts on an instance launched from a launch template (spot fleets included). */
const LAUNCH_TEMPLATE_TAG = 'aws:ec2launchtemplate:id'

const unique = <T extends { id: string }>(list: T[]) => [
  ...new Map(list.map(x => [x.id, x])).values()
]

/** The instances in `region` that match `filters`, every page. */
export async function describeInstances(
  aws: Aws,
  region: string,
  filters: Filter[]
): Promise<InstanceFact[]> {
  const { client, sdk } = await aws.ec2(region)
  const found: InstanceFact[] = []
  const input = { Filters: literalFilters(filters) }
  for await (const page of sdk.paginateDescribeInstances({ client }, input))
    for (const i of (page.Reservations ?? []).flatMap(r => r.Instances ?? []))
      found.push({
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
      })
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
  const { client, sdk } = await aws.ec2(region)
  const named = (Name: string, Values: string[]) => ({
    Filters: literalFilters([{ Name, Values }])
  })
  const keyNames = of('key-pair')
  const groupNames = of('security-group')
  const templateIds = of('launch-template')
  const keys =
    keyNames.length > 0
      ? await client.send(new sdk.DescribeKeyPairsCommand(named('key-name', keyNames)))
      : { KeyPairs: [] }
  const groups: SecurityGroupFact[] = []
  const groupsNamed = named('group-name', groupNames)
  if (users && groupNames.length > 0)
    for await (const page of sdk.paginateDescribeSecurityGroups({ client }, groupsNamed))
      for (const g of page.SecurityGroups ?? [])
        groups.push({ id: g.GroupId ?? '', name: g.GroupName ?? '', region })
  const filters = [
    { Name: 'instance-id', Values: of('instance') },
    ...(users
      ? [
          { Name: 'key-name', Values: keyNames },
          { Name: 'instance.group-id', Values: groups.map(g => g.id) },
          { Name: `tag:${LAUNCH_TEMPLATE_TAG}`, Values: templateIds },
          { Name: 'iam-instance-profile.arn', Values: profileArns }
        ]
      : [])
  ].filter(f => f.Values.length > 0)
  const images = [
    ['image', 'image-id'],
    ['image-name', 'name']
  ] as const
  const [instances, found, templates] = await Promise.all([
    Promise.all(filters.map(f => describeInstances(aws, region, [f]))),
    Promise.all(
      images
        .filter(([kind]) => of(kind).length > 0)
        .map(([kind, Name]) => findImages(aws, region, [{ Name, Values: of(kind) }]))
    ),
    Promise.all(
      (users ? templateIds : []).map(id =>
        orNone(
          client.send(new sdk.DescribeLaunchTemplatesCommand({ LaunchTemplateIds: [id] })),
          /NotFound/
        )
      )
    )
  ])
  return {
    instances: unique(instances.flat()),
    keyPairs: (keys.KeyPairs ?? []).map(k => keyPairFact(region, k)),
    securityGroups: groups,
    images: unique(found.flat()),
    launchTemplates: templates
      .flatMap(t => t?.LaunchTemplates ?? [])
      .map((t): LaunchTemplateFact => ({
        id: t.LaunchTemplateId ?? '',
        name: t.LaunchTemplateName ?? '',
        region,
        createTime: iso(t.CreateTime)
      }))
  }
}

/** The instance profiles and roles the evidence names, as IAM has them (none: gone). */
async function iamFacts(
  aws: Aws,
  evidence: Evidence
): Promise<Pick<Facts, 'instanceProfiles' | 'roles'>> {
  const [profiles, roles] = [leadsOf(evidence, 'instance-profile'), leadsOf(evidence, 'role')]
  if (profiles.length === 0 && roles.length === 0) return { instanceProfiles: [], roles: [] }
  const { client, sdk } = await aws.iam(evidence.region)
  const ask = <T>(call: () => Promise<T>) => orNone(call(), /NoSuchEntity/)
  const instanceProfiles = await Promise.all(
    profiles.map(name =>
      ask(async () => {
        const { InstanceProfile: p } = await client.send(
          new sdk.GetInstanceProfileCommand({ InstanceProfileName: name })
        )
        return {
          name,
          arn: p?.Arn,
          createDate: iso(p?.CreateDate),
          roles: (p?.Roles ?? []).map(r => r.RoleName ?? '')
        }
      })
    )
  )
  const roleFacts = await Promise.all(
    roles.map(name =>
      ask(async () => {
        const { Role } = await client.send(new sdk.GetRoleCommand({ RoleName: name }))
        const { InstanceProfiles = [] } = await client.send(
          new sdk.ListInstanceProfilesForRoleCommand({ RoleName: name })
        )
        return {
          name,
          createDate: iso(Role?.CreateDate),
          instanceProfiles: InstanceProfiles.map(p => p.InstanceProfileName ?? '')
        }
      })
    )
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
  // IAM down leaves the profiles and roles unknown, not the build's instance and what it used:
  // no proof of those asks IAM, and an AMI left behind would hold the re-run's name.
  const none: Pick<Facts, 'instanceProfiles' | 'roles'> = { instanceProfiles: [], roles: [] }
  const unread: string[] = []
  const identity = users
    ? await iamFacts(aws, evidence).catch((error: unknown) => {
        unread.push(errorMessage(error))
        return none
      })
    : none
  const profileArns = identity.instanceProfiles.flatMap(p => p.arn ?? [])
  const settled = await Promise.allSettled(
    [...regions].map(([region, { building, copying }]) => {
      const of = (kind: LeadKind) => {
        const builds =
          kind === 'image' || kind === 'image-name' ? [...building, ...copying] : building
        return [...new Set(builds.flatMap(b => leadsOf(evidence, kind, b)))]
      }
      return regionFacts(aws, region, of, users, profileArns)
    })
  )
  // A region EC2 does not answer in is left unknown, not the others: no proof in one region
  // rests on what another shows but a copy's source (`judgeImages`) and who uses an IAM profile,
  // which is then not asked at all.
  const unreadRegions = [...regions.keys()].filter((_, i) => settled[i]?.status === 'rejected')
  for (const r of settled) if (r.status === 'rejected') unread.push(errorMessage(r.reason))
  const perRegion = settled.flatMap(r => (r.status === 'fulfilled' ? [r.value] : []))
  return {
    instances: perRegion.flatMap(f => f.instances),
    keyPairs: perRegion.flatMap(f => f.keyPairs),
    securityGroups: perRegion.flatMap(f => f.securityGroups),
    images: perRegion.flatMap(f => f.images),
    launchTemplates: perRegion.flatMap(f => f.launchTemplates),
    ...(unreadRegions.length > 0 ? none : identity),
    ...(unread.length > 0 ? { unread } : {}),
    ...(unreadRegions.length > 0 ? { unreadRegions } : {})
  }
}
