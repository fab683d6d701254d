import { createHash, generateKeyPairSync } from 'node:crypto'
import { Ec2Error, matchesAny, type Filter, type Params } from './query.js'
import {
  ACCOUNT_ID,
  INSTANCE_STATES,
  notFound,
  REGIONS,
  RESOURCE_TYPES,
  newId,
  now,
  tagSet,
  type Image,
  type Instance,
  type InstanceState,
  type LaunchTemplate,
  type LaunchTemplateVersion,
  type Region,
  type Snapshot,
  type Tags,
  type Volume,
  type World
} from './world.js'
import type { XmlValue } from './xml.js'

export interface Context {
  world: World
  region: Region
}

export type Handler = (params: Params, context: Context) => Record<string, XmlValue>

// One RSA key serves every CreateKeyPair: Packer only parses it when it connects over SSH.
let keyMaterial: string | undefined
function privateKeyPem(): string {
  keyMaterial ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    type: 'pkcs1',
    format: 'pem'
  }) as string
  return keyMaterial
}

/**
 * The items a request's list names (`ImageId.N`, `KeyName.N`, ...): each must exist, as EC2
 * answers a missing one with its NotFound error; without a list, all of them.
 */
function named<T>(
  items: Iterable<T>,
  wanted: string[],
  keyOf: (item: T) => string,
  missing: (key: string) => Ec2Error
): T[] {
  const all = [...items]
  for (const key of wanted) if (!all.some(i => keyOf(i) === key)) throw missing(key)
  return wanted.length === 0 ? all : all.filter(i => wanted.includes(keyOf(i)))
}

const byId = (item: { id: string }) => item.id

/** Applies EC2's filter semantics: every filter must match, any of its values. */
function filterBy<T>(
  items: Iterable<T>,
  filters: Filter[],
  fields: (item: T, name: string) => string | string[] | undefined,
  tags: (item: T) => Tags
): T[] {
  return [...items].filter(item =>
    filters.every(({ name, values }) => {
      const t = tags(item)
      if (name.startsWith('tag:')) return matchesAny(t[name.slice(4)], values)
      if (name === 'tag-key') return Object.keys(t).some(k => matchesAny(k, values))
      if (name === 'tag-value') return Object.values(t).some(v => matchesAny(v, values))
      const field = fields(item, name)
      if (field === undefined)
        throw new Ec2Error('InvalidParameterValue', `The filter '${name}' is invalid`)
      return (Array.isArray(field) ? field : [field]).some(v => matchesAny(v, values))
    })
  )
}

function imageState(image: Image): string {
  return Date.now() >= image.availableAt ? 'available' : 'pending'
}

function imageXml(image: Image): XmlValue {
  return {
    imageId: image.id,
    imageLocation: `${image.ownerId}/${image.name}`,
    imageState: imageState(image),
    imageOwnerId: image.ownerId,
    creationDate: image.creationDate,
    isPublic: image.ownerId !== ACCOUNT_ID,
    architecture: 'x86_64',
    imageType: 'machine',
    name: image.name,
    description: image.description,
    rootDeviceType: 'ebs',
    rootDeviceName: image.blockDevices[0]?.deviceName,
    blockDeviceMapping: image.blockDevices.map(d => ({
      deviceName: d.deviceName,
      ebs: {
        snapshotId: d.snapshotId,
        volumeSize: d.volumeSize,
        deleteOnTermination: d.deleteOnTermination,
        volumeType: 'gp3',
        encrypted: false
      }
    })),
    virtualizationType: 'hvm',
    hypervisor: 'xen',
    enaSupport: true,
    tagSet: tagSet(image.tags)
  }
}

function snapshotXml(snapshot: Snapshot): XmlValue {
  return {
    snapshotId: snapshot.id,
    volumeId: snapshot.volumeId,
    status: 'completed',
    startTime: snapshot.startTime,
    progress: '100%',
    ownerId: snapshot.ownerId,
    volumeSize: snapshot.volumeSize,
    description: snapshot.description,
    encrypted: false,
    tagSet: tagSet(snapshot.tags)
  }
}

function volumeXml(volume: Volume): XmlValue {
  return {
    volumeId: volume.id,
    size: volume.size,
    snapshotId: volume.snapshotId,
    availabilityZone: 'a',
    status: volume.attachment ? 'in-use' : 'available',
    createTime: volume.createTime,
    attachmentSet: volume.attachment
      ? [
          {
            volumeId: volume.id,
            instanceId: volume.attachment.instanceId,
            device: volume.attachment.deviceName,
            status: 'attached',
            attachTime: volume.createTime,
            deleteOnTermination: volume.attachment.deleteOnTermination
          }
        ]
      : [],
    volumeType: 'gp3',
    encrypted: false,
    tagSet: tagSet(volume.tags)
  }
}

function stateXml(state: InstanceState): XmlValue {
  return { code: INSTANCE_STATES[state], name: state }
}

function instanceXml(region: Region, instance: Instance): XmlValue {
  const volumes = instance.volumeIds.map(id => region.volumes.get(id)).filter(v => v !== undefined)
  return {
    instanceId: instance.id,
    imageId: instance.imageId,
    instanceState: stateXml(instance.shownState),
    privateDnsName: `ip-${instance.privateIp.replace(/\./g, '-')}.ec2.internal`,
    dnsName: '',
    keyName: instance.keyName,
    amiLaunchIndex: 0,
    instanceType: instance.instanceType,
    launchTime: instance.launchTime,
    placement: { availabilityZone: region.az, tenancy: 'default' },
    monitoring: { state: 'disabled' },
    subnetId: 'subnet-00000000000000001',
    vpcId: 'vpc-00000000000000001',
    privateIpAddress: instance.privateIp,
    ipAddress: instance.shownState === 'running' ? instance.publicIp : undefined,
    architecture: 'x86_64',
    rootDeviceType: 'ebs',
    rootDeviceName: '/dev/xvda',
    blockDeviceMapping: volumes.map(v => ({
      deviceName: v.attachment?.deviceName,
      ebs: {
        volumeId: v.id,
        status: 'attached',
        attachTime: v.createTime,
        deleteOnTermination: v.attachment?.deleteOnTermination
      }
    })),
    virtualizationType: 'hvm',
    hypervisor: 'xen',
    groupSet: instance.groupIds.map(id => ({
      groupId: id,
      groupName: region.securityGroups.get(id)?.name
    })),
    tagSet: tagSet(instance.tags)
  }
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

function launchTemplateXml(lt: LaunchTemplate): XmlValue {
  return {
    launchTemplateId: lt.id,
    launchTemplateName: lt.name,
    createTime: lt.createTime,
    createdBy: `arn:aws:iam::${ACCOUNT_ID}:root`,
    defaultVersionNumber: lt.defaultVersion,
    latestVersionNumber: Math.max(...lt.versions.map(v => v.number)),
    tagSet: tagSet(lt.tags)
  }
}

function launchTemplateVersionXml(lt: LaunchTemplate, v: LaunchTemplateVersion): XmlValue {
  return {
    launchTemplateId: lt.id,
    launchTemplateName: lt.name,
    versionNumber: v.number,
    versionDescription: v.description,
    createTime: v.createTime,
    createdBy: `arn:aws:iam::${ACCOUNT_ID}:root`,
    defaultVersion: v.number === lt.defaultVersion,
    launchTemplateData: { imageId: v.imageId }
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

function owned(image: Image, owners: string[]): boolean {
  if (owners.length === 0) return true
  return owners.some(o => (o === 'self' ? image.ownerId === ACCOUNT_ID : o === image.ownerId))
}

function deleteSnapshotChecked(region: Region, id: string): void {
  if (!region.snapshots.has(id))
    throw new Ec2Error('InvalidSnapshot.NotFound', `The snapshot '${id}' does not exist.`)
  for (const image of region.images.values()) {
    if (image.blockDevices.some(d => d.snapshotId === id)) {
      throw new Ec2Error(
        'InvalidSnapshot.InUse',
        `The snapshot ${id} is currently in use by ${image.id}`
      )
    }
  }
  region.snapshots.delete(id)
}

export const handlers: Record<string, Handler> = {
  DescribeRegions: () => ({
    regionInfo: REGIONS.map(name => ({
      regionName: name,
      regionEndpoint: `ec2.${name}.amazonaws.com`,
      optInStatus: 'opt-in-not-required'
    }))
  }),

  DescribeImages: (p, { region }) => {
    const images = named(region.images.values(), p.list('ImageId'), byId, notFound).filter(i =>
      owned(i, p.list('Owner'))
    )
    const fields = (i: Image, name: string) =>
      ({
        'image-id': i.id,
        name: i.name,
        state: imageState(i),
        'owner-id': i.ownerId,
        'is-public': String(i.ownerId !== ACCOUNT_ID),
        description: i.description
      })[name]
    return { imagesSet: filterBy(images, p.filters(), fields, i => i.tags).map(imageXml) }
  },

  CreateImage: (p, { region }) => {
    const instance = region.instance(p.required('InstanceId'))
    if (instance.state === 'terminated')
      throw new Ec2Error(
        'IncorrectInstanceState',
        `The instance '${instance.id}' is not in a state from which it can be imaged.`
      )
    const devices = instance.volumeIds
      .map(id => region.volumes.get(id))
      .filter(v => v !== undefined)
      .map(v => ({
        deviceName: v.attachment?.deviceName ?? '/dev/xvda',
        size: v.size,
        volumeId: v.id
      }))
    const image = region.registerImage(p.required('Name'), p.get('Description') ?? '', devices)
    Object.assign(image.tags, p.tagSpecifications('image'))
    for (const d of image.blockDevices)
      Object.assign(
        (region.snapshots.get(d.snapshotId) as Snapshot).tags,
        p.tagSpecifications('snapshot')
      )
    return { imageId: image.id }
  },

  CopyImage: (p, { world, region }) => {
    const source = world.region(p.required('SourceRegion')).image(p.required('SourceImageId'))
    if (imageState(source) !== 'available')
      throw new Ec2Error('IncorrectState', `Image ${source.id} is not in a valid state for copying`)
    const image = region.registerImage(
      p.required('Name'),
      p.get('Description') ?? '',
      source.blockDevices.map(d => ({
        deviceName: d.deviceName,
        size: d.volumeSize,
        volumeId: 'vol-ffffffff'
      }))
    )
    Object.assign(image.tags, p.tagSpecifications('image'))
    return { imageId: image.id }
  },

  DeregisterImage: (p, { region }) => {
    const image = region.image(p.required('ImageId'))
    if (image.ownerId !== ACCOUNT_ID)
      throw new Ec2Error('AuthFailure', `Not authorized for image:${image.id}`)
    region.images.delete(image.id)
    const deleted: XmlValue[] = []
    if (p.bool('DeleteAssociatedSnapshots')) {
      for (const d of image.blockDevices) {
        deleteSnapshotChecked(region, d.snapshotId)
        deleted.push({ snapshotId: d.snapshotId, returnCode: 'success' })
      }
    }
    return { return: true, deleteSnapshotResultSet: deleted }
  },

  DescribeSnapshots: (p, { region }) => {
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
        description: s.description
      })[name]
    return { snapshotSet: filterBy(snapshots, p.filters(), fields, s => s.tags).map(snapshotXml) }
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
    const key = { id: newId('key'), name, fingerprint, tags: p.tagSpecifications('key-pair') }
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
    return {
      keySet: filterBy(keys, p.filters(), fields, k => k.tags).map(k => ({
        keyPairId: k.id,
        keyName: k.name,
        keyFingerprint: k.fingerprint,
        keyType: 'rsa',
        tagSet: tagSet(k.tags)
      }))
    }
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

  DescribeSecurityGroups: (p, { region }) => {
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
    return {
      securityGroupInfo: filterBy(groups, p.filters(), fields, g => g.tags).map(g => ({
        ownerId: ACCOUNT_ID,
        groupId: g.id,
        groupName: g.name,
        groupDescription: g.description,
        vpcId: g.vpcId,
        ipPermissions: g.ingress,
        ipPermissionsEgress: [],
        tagSet: tagSet(g.tags)
      }))
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

  RunInstances: (p, { region }) => {
    const image = region.image(p.required('ImageId'))
    if (imageState(image) !== 'available')
      throw new Ec2Error('InvalidAMIID.Unavailable', `The image '${image.id}' is not available`)
    const keyName = p.get('KeyName')
    if (keyName && !region.keyPairs.has(keyName))
      throw new Ec2Error('InvalidKeyPair.NotFound', `The key pair '${keyName}' does not exist`)
    const groupIds = p.list('SecurityGroupId')
    for (const id of groupIds)
      if (!region.securityGroups.has(id))
        throw new Ec2Error('InvalidGroup.NotFound', `The security group '${id}' does not exist`)
    const count = p.int('MaxCount', 1)
    const reservationId = newId('r')
    const instances = Array.from({ length: count }, () => {
      const instance: Instance = {
        id: newId('i'),
        reservationId,
        imageId: image.id,
        instanceType: p.get('InstanceType') ?? 'm1.small',
        shownState: 'pending',
        state: 'running',
        keyName,
        groupIds,
        launchTime: now(),
        // Documentation ranges (RFC 5737): nothing ever answers there.
        privateIp: region.nextIp('192.0.2'),
        publicIp: region.nextIp('198.51.100'),
        volumeIds: [],
        tags: p.tagSpecifications('instance')
      }
      for (const d of image.blockDevices) {
        const volume: Volume = {
          id: newId('vol'),
          size: d.volumeSize,
          snapshotId: d.snapshotId,
          createTime: now(),
          attachment: {
            instanceId: instance.id,
            deviceName: d.deviceName,
            deleteOnTermination: d.deleteOnTermination
          },
          tags: p.tagSpecifications('volume')
        }
        region.volumes.set(volume.id, volume)
        instance.volumeIds.push(volume.id)
      }
      region.instances.set(instance.id, instance)
      return instance
    })
    return {
      reservationId,
      ownerId: ACCOUNT_ID,
      groupSet: groupIds.map(id => ({
        groupId: id,
        groupName: region.securityGroups.get(id)?.name
      })),
      instancesSet: instances.map(i => instanceXml(region, i))
    }
  },

  DescribeInstances: (p, { region }) => {
    const instances = named(region.instances.values(), p.list('InstanceId'), byId, notFound)
    const fields = (i: Instance, name: string) =>
      ({
        'instance-id': i.id,
        'image-id': i.imageId,
        'instance-state-name': i.shownState,
        'key-name': i.keyName ?? '',
        'instance.group-id': i.groupIds
      })[name]
    const found = filterBy(instances, p.filters(), fields, i => i.tags)
    const byReservation = new Map<string, Instance[]>()
    for (const i of found)
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
    return { reservationSet: reservations }
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
      for (const volumeId of instance.volumeIds) {
        const volume = region.volumes.get(volumeId)
        if (volume?.attachment?.deleteOnTermination) region.volumes.delete(volumeId)
        else if (volume) volume.attachment = undefined
      }
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
      createTime: now(),
      defaultVersion: 1,
      versions: [
        {
          number: 1,
          imageId: p.get('LaunchTemplateData.ImageId'),
          description: p.get('VersionDescription') ?? '',
          createTime: now()
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
      createTime: now()
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

  DescribeLaunchTemplates: (p, { region }) => {
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
    const fields = (t: LaunchTemplate, name: string) => ({ 'launch-template-name': t.name })[name]
    return {
      launchTemplates: filterBy(lts, p.filters(), fields, t => t.tags).map(launchTemplateXml)
    }
  },

  DescribeLaunchTemplateVersions: (p, { region }) => {
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
        .map(v => launchTemplateVersionXml(lt, v))
    })
    return { launchTemplateVersionSet: versions }
  }
}
