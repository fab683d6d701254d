import { createHash, generateKeyPairSync } from 'node:crypto'
import type { XmlValue } from '../aws/xml.js'
import { byId, filterBy, named, type Handler } from './describe.js'
import { deleteSnapshotChecked, imageHandlers } from './images.js'
import { pager } from './pagination.js'
import { Ec2Error, invalidValue, type Params } from './query.js'
import {
  groupSetXml,
  instanceXml,
  keyPairXml,
  launchTemplateVersionXml,
  launchTemplateXml,
  snapshotXml,
  stateXml,
  volumeXml
} from './render.js'
import {
  ACCOUNT_ID,
  REGIONS,
  RESOURCE_TYPES,
  isPublic,
  newId,
  notFound,
  tagSet,
  type Instance,
  type InstanceProfileRef,
  type InstanceState,
  type LaunchTemplate,
  type LaunchTemplateVersion,
  type Region,
  type Snapshot,
  type Volume,
  type WorldOptions
} from './world.js'

export type { Context, Handler } from './describe.js'

// One RSA key serves every CreateKeyPair: Packer only parses it when it connects over SSH.
let keyMaterial: string | undefined
function privateKeyPem(): string {
  keyMaterial ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    type: 'pkcs1',
    format: 'pem'
  }) as string
  return keyMaterial
}

/** Reports the state the caller last saw, then moves the instance on: one read per transition. */
function observe(instance: Instance): void {
  instance.shownState = instance.state
}

function transition(instance: Instance, shown: InstanceState, final: InstanceState): XmlValue {
  const previous = instance.state
  instance.shownState = shown
  instance.state = final
  return {
    instanceId: instance.id,
    currentState: stateXml(shown),
    previousState: stateXml(previous)
  }
}

function findLaunchTemplate(region: Region, params: Params): LaunchTemplate {
  const id = params.get('LaunchTemplateId')
  const name = params.get('LaunchTemplateName')
  const lt = id
    ? region.launchTemplates.get(id)
    : [...region.launchTemplates.values()].find(t => t.name === name)
  if (!lt) {
    throw new Ec2Error(
      id ? 'InvalidLaunchTemplateId.NotFound' : 'InvalidLaunchTemplateName.NotFoundException',
      `The specified launch template, with template ${id ? `ID ${id}` : `name ${name ?? ''}`}, does not exist.`
    )
  }
  return lt
}

/** A stable instance profile ID for an ARN, in IAM's format (`AIPA` and 17 characters). */
export function instanceProfileId(arn: string): string {
  return `AIPA${createHash('sha1').update(arn).digest('hex').slice(0, 17).toUpperCase()}`
}

/** RunInstances' `IamInstanceProfile.Name` / `.Arn`, checked against IAM when the endpoint knows it. */
function instanceProfile(p: Params, options: WorldOptions): InstanceProfileRef | undefined {
  const name = p.get('IamInstanceProfile.Name')
  const arn = p.get('IamInstanceProfile.Arn')
  if (name === undefined && arn === undefined) return undefined
  if (options.resolveInstanceProfile) {
    const found = options.resolveInstanceProfile({ name, arn })
    if (!found)
      throw arn !== undefined
        ? invalidValue('iamInstanceProfile.arn', arn, 'Invalid IAM Instance Profile ARN')
        : invalidValue('iamInstanceProfile.name', name ?? '', 'Invalid IAM Instance Profile name')
    return found
  }
  const profileArn = arn ?? `arn:aws:iam::${ACCOUNT_ID}:instance-profile/${name ?? ''}`
  return { arn: profileArn, id: instanceProfileId(profileArn) }
}

/** Launches one instance of `imageId` with a volume per EBS device of the image. */
export function launchInstance(
  region: Region,
  fields: Pick<Instance, 'imageId' | 'reservationId' | 'keyName' | 'groupIds' | 'tags'> &
    Partial<Instance>,
  volumeTags: Record<string, string> = {}
): Instance {
  const instance: Instance = {
    id: newId('i'),
    instanceType: 'm1.small',
    shownState: 'pending',
    state: 'running',
    groupNames: fields.groupIds.map(id => region.securityGroups.get(id)?.name ?? ''),
    iamInstanceProfile: undefined,
    launchTime: region.now(),
    terminatedAt: undefined,
    // Documentation ranges (RFC 5737): nothing ever answers there.
    privateIp: region.nextIp('192.0.2'),
    publicIp: region.nextIp('198.51.100'),
    volumeIds: [],
    ...fields
  }
  for (const d of region.images.get(instance.imageId)?.blockDevices ?? []) {
    const volume: Volume = {
      id: newId('vol'),
      size: d.volumeSize,
      snapshotId: d.snapshotId,
      createTime: region.now(),
      attachment: {
        instanceId: instance.id,
        deviceName: d.deviceName,
        deleteOnTermination: d.deleteOnTermination
      },
      tags: { ...volumeTags }
    }
    region.volumes.set(volume.id, volume)
    instance.volumeIds.push(volume.id)
  }
  region.instances.set(instance.id, instance)
  return instance
}

/** Terminates an instance: its delete-on-termination volumes go, the others are detached. */
export function terminate(region: Region, instance: Instance): void {
  for (const volumeId of instance.volumeIds) {
    const volume = region.volumes.get(volumeId)
    if (volume?.attachment?.deleteOnTermination) region.volumes.delete(volumeId)
    else if (volume) volume.attachment = undefined
  }
  instance.terminatedAt ??= region.clock.now()
}

export const handlers: Record<string, Handler> = {
  ...imageHandlers,

  DescribeRegions: () => ({
    regionInfo: REGIONS.map(name => ({
      regionName: name,
      regionEndpoint: `ec2.${name}.amazonaws.com`,
      optInStatus: 'opt-in-not-required'
    }))
  }),

  DescribeSnapshots: (p, { world, region }) => {
    const takePage = pager(p, 'DescribeSnapshots', world.options.pageSize)
    const owners = p.list('Owner')
    const snapshots = named(region.snapshots.values(), p.list('SnapshotId'), byId, notFound).filter(
      s => owners.length === 0 || owners.some(o => (o === 'self' ? ACCOUNT_ID : o) === s.ownerId)
    )
    const fields = (s: Snapshot, name: string) =>
      ({
        'snapshot-id': s.id,
        'volume-id': s.volumeId,
        'owner-id': s.ownerId,
        status: 'completed',
        description: s.description,
        'start-time': s.startTime
      })[name]
    const found = filterBy(snapshots, p.filters(), fields, s => s.tags)
    const { page, nextToken } = takePage(found)
    return { snapshotSet: page.map(snapshotXml), nextToken }
  },

  DeleteSnapshot: (p, { region }) => {
    deleteSnapshotChecked(region, p.required('SnapshotId'))
    return { return: true }
  },

  CreateTags: (p, { region }) => {
    const resources = p.list('ResourceId').map(id => region.taggable(id))
    const tags = p.tags()
    for (const r of resources) Object.assign(r.tags, tags)
    return { return: true }
  },

  DeleteTags: (p, { region }) => {
    const keys = p.structs('Tag').map(t => [t.required('Key'), t.get('Value')] as const)
    for (const id of p.list('ResourceId')) {
      const r = region.taggable(id)
      for (const [key, value] of keys)
        if (value === undefined || r.tags[key] === value) delete r.tags[key]
    }
    return { return: true }
  },

  DescribeTags: (p, { region }) => {
    const all = [
      ...region.images.values(),
      ...region.snapshots.values(),
      ...region.volumes.values(),
      ...region.instances.values(),
      ...region.securityGroups.values(),
      ...region.keyPairs.values(),
      ...region.launchTemplates.values()
    ].flatMap(r =>
      Object.entries(r.tags).map(([key, value]) => ({
        resourceId: r.id,
        resourceType: RESOURCE_TYPES[r.id.split('-')[0] ?? ''],
        key,
        value
      }))
    )
    const fields = (t: (typeof all)[number], name: string) =>
      ({
        'resource-id': t.resourceId,
        'resource-type': t.resourceType,
        key: t.key,
        value: t.value
      })[name]
    return { tagSet: filterBy(all, p.filters(), fields, () => ({})) }
  },

  CreateKeyPair: (p, { region }) => {
    const name = p.required('KeyName')
    if (region.keyPairs.has(name))
      throw new Ec2Error('InvalidKeyPair.Duplicate', `The keypair '${name}' already exists.`)
    const material = privateKeyPem()
    const fingerprint = createHash('sha1')
      .update(material)
      .digest('hex')
      .replace(/(..)(?!$)/g, '$1:')
    const key = {
      id: newId('key'),
      name,
      fingerprint,
      createTime: region.now(),
      tags: p.tagSpecifications('key-pair')
    }
    region.keyPairs.set(name, key)
    return { keyName: name, keyFingerprint: fingerprint, keyMaterial: material, keyPairId: key.id }
  },

  DeleteKeyPair: (p, { region }) => {
    const id = p.get('KeyPairId')
    const name = id
      ? [...region.keyPairs.values()].find(k => k.id === id)?.name
      : p.required('KeyName')
    if (name) region.keyPairs.delete(name)
    return { return: true }
  },

  DescribeKeyPairs: (p, { region }) => {
    const missingKey = (key: string) =>
      new Ec2Error('InvalidKeyPair.NotFound', `The key pair '${key}' does not exist`)
    const keys = named(
      named(region.keyPairs.values(), p.list('KeyName'), k => k.name, missingKey),
      p.list('KeyPairId'),
      byId,
      missingKey
    )
    const fields = (k: (typeof keys)[number], name: string) =>
      ({ 'key-name': k.name, 'key-pair-id': k.id, fingerprint: k.fingerprint })[name]
    return { keySet: filterBy(keys, p.filters(), fields, k => k.tags).map(keyPairXml) }
  },

  CreateSecurityGroup: (p, { region }) => {
    const name = p.required('GroupName')
    if ([...region.securityGroups.values()].some(g => g.name === name))
      throw new Ec2Error('InvalidGroup.Duplicate', `The security group '${name}' already exists`)
    const group = {
      id: newId('sg'),
      name,
      description: p.required('GroupDescription'),
      vpcId: p.get('VpcId') ?? 'vpc-00000000000000001',
      ingress: [],
      tags: p.tagSpecifications('security-group')
    }
    region.securityGroups.set(group.id, group)
    return { return: true, groupId: group.id }
  },

  DeleteSecurityGroup: (p, { region }) => {
    const id =
      p.get('GroupId') ??
      [...region.securityGroups.values()].find(g => g.name === p.required('GroupName'))?.id
    if (!id || !region.securityGroups.has(id))
      throw new Ec2Error(
        'InvalidGroup.NotFound',
        `The security group '${id ?? p.get('GroupName') ?? ''}' does not exist`
      )
    const user = [...region.instances.values()].find(
      i => i.state !== 'terminated' && i.groupIds.includes(id)
    )
    if (user) throw new Ec2Error('DependencyViolation', `resource ${id} has a dependent object`)
    region.securityGroups.delete(id)
    return { return: true }
  },

  DescribeSecurityGroups: (p, { world, region }) => {
    const takePage = pager(p, 'DescribeSecurityGroups', world.options.pageSize)
    const missingGroup = (key: string) =>
      new Ec2Error('InvalidGroup.NotFound', `The security group '${key}' does not exist`)
    const groups = named(
      named(region.securityGroups.values(), p.list('GroupId'), byId, missingGroup),
      p.list('GroupName'),
      g => g.name,
      missingGroup
    )
    const fields = (g: (typeof groups)[number], name: string) =>
      ({ 'group-id': g.id, 'group-name': g.name, 'vpc-id': g.vpcId })[name]
    const found = filterBy(groups, p.filters(), fields, g => g.tags)
    const { page, nextToken } = takePage(found)
    return {
      securityGroupInfo: page.map(g => ({
        ownerId: ACCOUNT_ID,
        groupId: g.id,
        groupName: g.name,
        groupDescription: g.description,
        vpcId: g.vpcId,
        ipPermissions: g.ingress,
        ipPermissionsEgress: [],
        tagSet: tagSet(g.tags)
      })),
      nextToken
    }
  },

  AuthorizeSecurityGroupIngress: (p, { region }) => {
    const group = region.securityGroups.get(p.required('GroupId'))
    if (!group)
      throw new Ec2Error(
        'InvalidGroup.NotFound',
        `The security group '${p.get('GroupId') ?? ''}' does not exist`
      )
    for (const perm of p.structs('IpPermissions')) {
      group.ingress.push({
        ipProtocol: perm.get('IpProtocol'),
        fromPort: perm.get('FromPort'),
        toPort: perm.get('ToPort'),
        ipRanges: perm.structs('IpRanges').map(r => ({ cidrIp: r.get('CidrIp') }))
      })
    }
    return { return: true }
  },

  RunInstances: (p, { world, region }) => {
    const image = region.image(p.required('ImageId'))
    if (
      image.ownerId !== ACCOUNT_ID &&
      !isPublic(image) &&
      !image.launchPermissions.userIds.includes(ACCOUNT_ID)
    )
      throw new Ec2Error('InvalidAMIID.NotFound', `The image id '[${image.id}]' does not exist`)
    if (region.imageState(image) !== 'available')
      throw new Ec2Error('InvalidAMIID.Unavailable', `The image '${image.id}' is not available`)
    const keyName = p.get('KeyName')
    if (keyName && !region.keyPairs.has(keyName))
      throw new Ec2Error('InvalidKeyPair.NotFound', `The key pair '${keyName}' does not exist`)
    const groupIds = p.list('SecurityGroupId')
    for (const id of groupIds)
      if (!region.securityGroups.has(id))
        throw new Ec2Error('InvalidGroup.NotFound', `The security group '${id}' does not exist`)
    const iamInstanceProfile = instanceProfile(p, world.options)
    const reservationId = newId('r')
    const instances = Array.from({ length: p.int('MaxCount', 1) }, () =>
      launchInstance(
        region,
        {
          imageId: image.id,
          reservationId,
          instanceType: p.get('InstanceType') ?? 'm1.small',
          keyName,
          groupIds,
          iamInstanceProfile,
          tags: p.tagSpecifications('instance')
        },
        p.tagSpecifications('volume')
      )
    )
    // EC2 reports the launch with up to a day's delay; the test bed at once (tests seed a delay).
    image.lastLaunchedTime = region.now()
    return {
      reservationId,
      ownerId: ACCOUNT_ID,
      groupSet: instances[0] ? groupSetXml(instances[0]) : [],
      instancesSet: instances.map(i => instanceXml(region, i))
    }
  },

  DescribeInstances: (p, { world, region }) => {
    const takePage = pager(p, 'DescribeInstances', world.options.pageSize)
    const visible = [...region.instances.values()].filter(i => region.isVisible(i))
    const instances = named(visible, p.list('InstanceId'), byId, notFound)
    const fields = (i: Instance, name: string) =>
      ({
        'instance-id': i.id,
        'image-id': i.imageId,
        'instance-state-name': i.shownState,
        'instance-type': i.instanceType,
        'key-name': i.keyName ?? [],
        'instance.group-id': i.groupIds,
        'instance.group-name': i.groupNames,
        'group-id': i.groupIds,
        'group-name': i.groupNames,
        'launch-time': i.launchTime,
        'reservation-id': i.reservationId,
        'iam-instance-profile.arn': i.iamInstanceProfile?.arn ?? [],
        'iam-instance-profile.id': i.iamInstanceProfile?.id ?? []
      })[name]
    const found = filterBy(instances, p.filters(), fields, i => i.tags)
    const { page, nextToken } = takePage(found)
    const byReservation = new Map<string, Instance[]>()
    for (const i of page)
      byReservation.set(i.reservationId, [...(byReservation.get(i.reservationId) ?? []), i])
    const reservations = [...byReservation].map(([id, list]) => ({
      reservationId: id,
      ownerId: ACCOUNT_ID,
      groupSet: [],
      instancesSet: list.map(i => {
        observe(i)
        return instanceXml(region, i)
      })
    }))
    return { reservationSet: reservations, nextToken }
  },

  StopInstances: (p, { region }) => ({
    instancesSet: p.list('InstanceId').map(id => {
      const instance = region.instance(id)
      if (instance.state === 'terminated')
        throw new Ec2Error(
          'IncorrectInstanceState',
          `The instance '${id}' is not in a state from which it can be stopped.`
        )
      return transition(instance, 'stopping', 'stopped')
    })
  }),

  TerminateInstances: (p, { region }) => ({
    instancesSet: p.list('InstanceId').map(id => {
      const instance = region.instance(id)
      terminate(region, instance)
      return transition(
        instance,
        instance.state === 'terminated' ? 'terminated' : 'shutting-down',
        'terminated'
      )
    })
  }),

  DescribeVolumes: (p, { region }) => {
    const volumes = named(region.volumes.values(), p.list('VolumeId'), byId, notFound)
    const fields = (v: Volume, name: string) =>
      ({
        'volume-id': v.id,
        'attachment.instance-id': v.attachment?.instanceId ?? '',
        'snapshot-id': v.snapshotId,
        status: v.attachment ? 'in-use' : 'available'
      })[name]
    return { volumeSet: filterBy(volumes, p.filters(), fields, v => v.tags).map(volumeXml) }
  },

  CreateLaunchTemplate: (p, { region }) => {
    const name = p.required('LaunchTemplateName')
    if ([...region.launchTemplates.values()].some(t => t.name === name)) {
      throw new Ec2Error(
        'InvalidLaunchTemplateName.AlreadyExistsException',
        `Launch template name already in use.`
      )
    }
    const lt: LaunchTemplate = {
      id: newId('lt'),
      name,
      createTime: region.now(),
      defaultVersion: 1,
      versions: [
        {
          number: 1,
          imageId: p.get('LaunchTemplateData.ImageId'),
          description: p.get('VersionDescription') ?? '',
          createTime: region.now()
        }
      ],
      tags: p.tagSpecifications('launch-template')
    }
    region.launchTemplates.set(lt.id, lt)
    return { launchTemplate: launchTemplateXml(lt) }
  },

  CreateLaunchTemplateVersion: (p, { region }) => {
    const lt = findLaunchTemplate(region, p)
    const sourceNumber = p.get('SourceVersion')
    const source = sourceNumber
      ? lt.versions.find(v => String(v.number) === sourceNumber)
      : undefined
    const version: LaunchTemplateVersion = {
      number: Math.max(...lt.versions.map(v => v.number)) + 1,
      imageId: p.get('LaunchTemplateData.ImageId') ?? source?.imageId,
      description: p.get('VersionDescription') ?? '',
      createTime: region.now()
    }
    lt.versions.push(version)
    return { launchTemplateVersion: launchTemplateVersionXml(lt, version) }
  },

  ModifyLaunchTemplate: (p, { region }) => {
    const lt = findLaunchTemplate(region, p)
    const wanted = p.get('SetDefaultVersion')
    if (wanted)
      lt.defaultVersion =
        wanted === '$Latest' ? Math.max(...lt.versions.map(v => v.number)) : Number(wanted)
    return { launchTemplate: launchTemplateXml(lt) }
  },

  DeleteLaunchTemplate: (p, { region }) => {
    const lt = findLaunchTemplate(region, p)
    region.launchTemplates.delete(lt.id)
    return { launchTemplate: launchTemplateXml(lt) }
  },

  DescribeLaunchTemplates: (p, { world, region }) => {
    const takePage = pager(p, 'DescribeLaunchTemplates', world.options.pageSize)
    const missingTemplate = (key: string) =>
      new Ec2Error(
        'InvalidLaunchTemplateName.NotFoundException',
        `The specified launch template, with template ${key}, does not exist.`
      )
    const lts = named(
      named(region.launchTemplates.values(), p.list('LaunchTemplateId'), byId, missingTemplate),
      p.list('LaunchTemplateName'),
      t => t.name,
      missingTemplate
    )
    const fields = (t: LaunchTemplate, name: string) =>
      ({ 'launch-template-name': t.name, 'create-time': t.createTime })[name]
    const found = filterBy(lts, p.filters(), fields, t => t.tags)
    const { page, nextToken } = takePage(found)
    return { launchTemplates: page.map(launchTemplateXml), nextToken }
  },

  DescribeLaunchTemplateVersions: (p, { world, region }) => {
    const takePage = pager(p, 'DescribeLaunchTemplateVersions', world.options.pageSize)
    const templates =
      p.get('LaunchTemplateId') || p.get('LaunchTemplateName')
        ? [findLaunchTemplate(region, p)]
        : [...region.launchTemplates.values()]
    const wanted = p.list('LaunchTemplateVersion')
    const versions = templates.flatMap(lt => {
      const latest = Math.max(...lt.versions.map(v => v.number))
      const numbers = wanted.map(w =>
        w === '$Latest' ? latest : w === '$Default' ? lt.defaultVersion : Number(w)
      )
      return lt.versions
        .filter(v => numbers.length === 0 || numbers.includes(v.number))
        .map(v => [lt, v] as const)
    })
    const { page, nextToken } = takePage(versions)
    return {
      launchTemplateVersionSet: page.map(([lt, v]) => launchTemplateVersionXml(lt, v)),
      nextToken
    }
  }
}
