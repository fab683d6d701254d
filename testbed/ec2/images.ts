import type { XmlValue } from '../aws/xml.js'
import { isoTime } from '../clock.js'
import { byId, filterBy, named, type Handler } from './describe.js'
import { pager } from './pagination.js'
import { Ec2Error, ec2Params, invalidValue, type Params } from './query.js'
import { imageXml, launchPermissionXml } from './render.js'
import {
  ACCOUNT_ID,
  PROTECTION_COOLDOWN_MS,
  isPublic,
  noLaunchPermissions,
  notFound,
  type Image,
  type LaunchPermissions,
  type Region,
  type Snapshot
} from './world.js'

const YEAR_MS = 365 * 24 * 60 * 60 * 1000

/** What this account may see: its own images, public ones and those shared with it. */
function visible(image: Image): boolean {
  return (
    image.ownerId === ACCOUNT_ID ||
    isPublic(image) ||
    image.launchPermissions.userIds.includes(ACCOUNT_ID)
  )
}

function owned(image: Image, owners: string[]): boolean {
  if (owners.length === 0) return true
  return owners.some(o => (o === 'self' ? image.ownerId === ACCOUNT_ID : o === image.ownerId))
}

/** `ExecutableBy.N`: `all` for public images, `self` or an account for explicit launch permissions. */
function executableBy(image: Image, users: string[]): boolean {
  if (users.length === 0) return true
  return users.some(u =>
    u === 'all'
      ? isPublic(image)
      : image.launchPermissions.userIds.includes(u === 'self' ? ACCOUNT_ID : u)
  )
}

function imageFields(region: Region) {
  const legacy = region.options.legacyImageFields === true
  const common = (i: Image): Record<string, string | string[]> => ({
    'image-id': i.id,
    name: i.name,
    state: region.imageState(i),
    'owner-id': i.ownerId,
    'is-public': String(isPublic(i)),
    description: i.description,
    'creation-date': i.creationDate,
    'block-device-mapping.snapshot-id': i.blockDevices.map(d => d.snapshotId)
  })
  // Documented filters on fields an older EC2 did not have.
  const copies = region.options.reportsCopySource !== false
  const recent = (i: Image): Record<string, string | string[]> => ({
    'source-instance-id': i.sourceInstanceId ?? [],
    'source-image-id': (copies && i.sourceImageId) || [],
    'source-image-region': (copies && i.sourceImageRegion) || []
  })
  return (i: Image, name: string) => ({ ...common(i), ...(legacy ? {} : recent(i)) })[name]
}

export function deleteSnapshotChecked(region: Region, id: string): void {
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

const PERMISSION_KINDS = {
  UserId: { key: 'userIds', type: 'userId', valid: /^\d{12}$/ },
  Group: { key: 'groups', type: 'group', valid: /^all$/ },
  OrganizationArn: {
    key: 'organizationArns',
    type: 'organizationArn',
    valid: /^arn:aws[a-z-]*:organizations::\d{12}:organization\/o-[a-z0-9]{10,32}$/
  },
  OrganizationalUnitArn: {
    key: 'organizationalUnitArns',
    type: 'organizationalUnitArn',
    valid:
      /^arn:aws[a-z-]*:organizations::\d{12}:ou\/o-[a-z0-9]{10,32}\/ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/
  }
} as const

/** Adds or removes one `LaunchPermission.Add.N` / `.Remove.N` entry. */
function changePermission(permissions: LaunchPermissions, entry: Params, add: boolean): void {
  for (const [param, kind] of Object.entries(PERMISSION_KINDS)) {
    const value = entry.get(param)
    if (value === undefined) continue
    if (!kind.valid.test(value))
      throw new Ec2Error(
        'InvalidAMIAttributeItemValue',
        `Invalid attribute item value "${value}" for ${kind.type} item type.`
      )
    const list = permissions[kind.key]
    const rest = list.filter(v => v !== value)
    permissions[kind.key] = add ? [...rest, value] : rest
  }
}

/** The older form: `Attribute=launchPermission&OperationType=add&UserId.N=...&UserGroup.N=all`. */
function legacyPermissionChanges(p: Params): { add: boolean; entries: Params[] } {
  if (p.get('Attribute') !== 'launchPermission') return { add: true, entries: [] }
  const entries = [
    ...p.list('UserId').map(UserId => ec2Params({ UserId })),
    ...p.list('UserGroup').map(Group => ec2Params({ Group }))
  ]
  return { add: p.get('OperationType') !== 'remove', entries }
}

function deprecationTime(region: Region, image: Image, text: string): string {
  const requested = Date.parse(text)
  if (!Number.isFinite(requested)) throw invalidValue('DeprecateAt', text, 'Invalid date.')
  const now = region.clock.now()
  if (requested < now)
    throw new Ec2Error(
      'InvalidParameterValue',
      `The deprecation time ${text} is in the past. Specify a time in the future.`
    )
  const limit = isPublic(image) ? Date.parse(image.creationDate) + 2 * YEAR_MS : now + 10 * YEAR_MS
  if (requested > limit)
    throw new Ec2Error(
      'InvalidParameterValue',
      `The deprecation time ${text} is too far in the future: at most ${isPublic(image) ? '2 years after the creation date of a public AMI' : '10 years from now'}.`
    )
  // "If you specify a value for seconds, Amazon EC2 rounds the seconds to the nearest minute."
  return isoTime(Math.round(requested / 60_000) * 60_000)
}

export const imageHandlers: Record<string, Handler> = {
  DescribeImages: (p, { world, region }) => {
    const takePage = pager(p, 'DescribeImages', world.options.pageSize)
    const ids = p.list('ImageId')
    const images = named([...region.images.values()].filter(visible), ids, byId, notFound)
      .filter(i => owned(i, p.list('Owner')))
      .filter(i => executableBy(i, p.list('ExecutableBy')))
      // Disabled images only on request, even for their owner.
      .filter(i => !i.disabled || p.bool('IncludeDisabled'))
      // The owner always sees its deprecated images; others on request or by ID.
      .filter(
        i =>
          i.ownerId === ACCOUNT_ID ||
          ids.length > 0 ||
          p.bool('IncludeDeprecated') ||
          !region.isDeprecated(i)
      )
    const found = filterBy(images, p.filters(), imageFields(region), i => i.tags)
    const { page, nextToken } = takePage(found)
    return { imagesSet: page.map(i => imageXml(region, i)), nextToken }
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
    image.sourceInstanceId = instance.id
    Object.assign(image.tags, p.tagSpecifications('image'))
    for (const d of image.blockDevices)
      Object.assign(
        (region.snapshots.get(d.snapshotId) as Snapshot).tags,
        p.tagSpecifications('snapshot')
      )
    return { imageId: image.id }
  },

  CopyImage: (p, { world, region }) => {
    const sourceRegion = p.required('SourceRegion')
    const source = world.region(sourceRegion).image(p.required('SourceImageId'))
    if (world.region(sourceRegion).imageState(source) !== 'available')
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
    image.sourceImageId = source.id
    image.sourceImageRegion = sourceRegion
    Object.assign(image.tags, p.tagSpecifications('image'))
    return { imageId: image.id }
  },

  // ebssurrogate and ebsvolume register their AMI from snapshots.
  RegisterImage: (p, { region }) => {
    const devices = p.structs('BlockDeviceMapping').map(d => {
      const snapshot = region.snapshots.get(d.get('Ebs.SnapshotId') ?? '')
      if (!snapshot)
        throw new Ec2Error(
          'InvalidSnapshot.NotFound',
          `The snapshot '${d.get('Ebs.SnapshotId') ?? ''}' does not exist.`
        )
      return {
        deviceName: d.get('DeviceName') ?? '/dev/xvda',
        size: snapshot.volumeSize,
        volumeId: snapshot.volumeId
      }
    })
    const image = region.registerImage(p.required('Name'), p.get('Description') ?? '', devices)
    Object.assign(image.tags, p.tagSpecifications('image'))
    return { imageId: image.id }
  },

  DeregisterImage: (p, { region }) => {
    const image = region.ownImage(p.required('ImageId'))
    if (region.isProtected(image))
      // Inferred from EC2's other protections (DisableApiTermination answers OperationNotPermitted).
      throw new Ec2Error(
        'OperationNotPermitted',
        `The image '${image.id}' has deregistration protection enabled and may not be deregistered. Disable deregistration protection and try again.`
      )
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

  DescribeImageAttribute: (p, { region }) => {
    const image = region.ownImage(p.required('ImageId'))
    const attribute = p.required('Attribute')
    const legacy = region.options.legacyImageFields === true
    const value = (v: string | undefined): XmlValue => (v === undefined ? {} : { value: v })
    const answers: Record<string, () => XmlValue> = {
      description: () => value(image.description),
      launchPermission: () => launchPermissionXml(image),
      deregistrationProtection: () => value(image.deregistrationProtection),
      productCodes: () => [],
      ...Object.fromEntries(
        [
          'kernel',
          'ramdisk',
          'sriovNetSupport',
          'bootMode',
          'tpmSupport',
          'uefiData',
          'imdsSupport'
        ].map(a => [a, () => ({})])
      ),
      ...(legacy ? {} : { lastLaunchedTime: () => value(image.lastLaunchedTime) })
    }
    if (attribute === 'blockDeviceMapping')
      // "The blockDeviceMapping attribute is deprecated. Using this attribute returns the Client.AuthFailure error."
      throw new Ec2Error('AuthFailure', `Not authorized for image:${image.id}`)
    const answer = answers[attribute]
    if (!answer) throw invalidValue('attribute', attribute, 'Unknown attribute.')
    return { imageId: image.id, [attribute]: answer() }
  },

  ModifyImageAttribute: (p, { region }) => {
    const image = region.ownImage(p.required('ImageId'))
    const permissions = structuredClone(image.launchPermissions)
    for (const entry of p.structs('LaunchPermission.Add'))
      changePermission(permissions, entry, true)
    for (const entry of p.structs('LaunchPermission.Remove'))
      changePermission(permissions, entry, false)
    const older = legacyPermissionChanges(p)
    for (const entry of older.entries) changePermission(permissions, entry, older.add)
    image.launchPermissions = permissions
    const description =
      p.get('Description.Value') ??
      (p.get('Attribute') === 'description' ? p.get('Value') : undefined)
    if (description !== undefined) image.description = description
    return { return: true }
  },

  EnableImageDeprecation: (p, { region }) => {
    const image = region.ownImage(p.required('ImageId'))
    image.deprecationTime = deprecationTime(region, image, p.required('DeprecateAt'))
    return { return: true }
  },

  DisableImageDeprecation: (p, { region }) => {
    region.ownImage(p.required('ImageId')).deprecationTime = undefined
    return { return: true }
  },

  DisableImage: (p, { region }) => {
    const image = region.ownImage(p.required('ImageId'))
    image.disabled = true
    // A disabled AMI is made private: its launch permissions go.
    image.launchPermissions = noLaunchPermissions()
    return { return: true }
  },

  EnableImage: (p, { region }) => {
    region.ownImage(p.required('ImageId')).disabled = false
    return { return: true }
  },

  EnableImageDeregistrationProtection: (p, { region }) => {
    const image = region.ownImage(p.required('ImageId'))
    image.deregistrationProtection = p.bool('WithCooldown')
      ? 'enabled-with-cooldown'
      : 'enabled-without-cooldown'
    image.protectedUntil = undefined
    return { return: image.deregistrationProtection }
  },

  DisableImageDeregistrationProtection: (p, { region }) => {
    const image = region.ownImage(p.required('ImageId'))
    if (image.deregistrationProtection === 'enabled-with-cooldown')
      image.protectedUntil = region.clock.now() + PROTECTION_COOLDOWN_MS
    image.deregistrationProtection = 'disabled'
    return { return: image.deregistrationProtection }
  }
}
