import { randomBytes } from 'node:crypto'
import { ACCOUNT_ID } from '../aws/account.js'
import type { XmlValue } from '../aws/xml.js'
import type { Clock } from '../clock.js'
import { Ec2Error } from './query.js'

export { ACCOUNT_ID }
export const REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'eu-west-1',
  'eu-central-1',
  'ap-southeast-2'
]
/** The public base image every region starts with. */
export const SOURCE_AMI = 'ami-00000000000000001'
export const SOURCE_AMI_OWNER = '136693071363'
/** EC2 keeps a terminated instance visible for about an hour. */
export const TERMINATED_VISIBLE_MS = 60 * 60 * 1000
/** The cooldown of deregistration protection enabled `WithCooldown`. */
export const PROTECTION_COOLDOWN_MS = 24 * 60 * 60 * 1000

export type Tags = Record<string, string>

export interface BlockDevice {
  deviceName: string
  snapshotId: string
  volumeSize: number
  deleteOnTermination: boolean
}

export type ImageState = 'available' | 'pending' | 'disabled'
export type DeregistrationProtection =
  'disabled' | 'enabled-without-cooldown' | 'enabled-with-cooldown'

/** Who may launch an image besides its owner; group `all` makes it public. */
export interface LaunchPermissions {
  userIds: string[]
  groups: string[]
  organizationArns: string[]
  organizationalUnitArns: string[]
}

export interface Image {
  id: string
  name: string
  description: string
  ownerId: string
  creationDate: string
  /** Before this time (ms, on the endpoint's clock) the image is `pending`. */
  availableAt: number
  blockDevices: BlockDevice[]
  tags: Tags
  /** DisableImage: state `disabled`, hidden unless IncludeDisabled. */
  disabled: boolean
  /** From this time on (ISO) the image is deprecated. */
  deprecationTime: string | undefined
  deregistrationProtection: DeregistrationProtection
  /** After protection with cooldown is disabled, DeregisterImage still refuses until then (ms). */
  protectedUntil: number | undefined
  lastLaunchedTime: string | undefined
  launchPermissions: LaunchPermissions
  /** CreateImage's instance. */
  sourceInstanceId: string | undefined
  /** CopyImage's source. */
  sourceImageId: string | undefined
  sourceImageRegion: string | undefined
}

export interface Snapshot {
  id: string
  volumeId: string
  volumeSize: number
  ownerId: string
  startTime: string
  description: string
  tags: Tags
}

export interface Volume {
  id: string
  size: number
  snapshotId: string
  createTime: string
  attachment: { instanceId: string; deviceName: string; deleteOnTermination: boolean } | undefined
  tags: Tags
}

export const INSTANCE_STATES = {
  pending: 0,
  running: 16,
  'shutting-down': 32,
  terminated: 48,
  stopping: 64,
  stopped: 80
} as const
export type InstanceState = keyof typeof INSTANCE_STATES

export interface InstanceProfileRef {
  arn: string
  id: string
}

export interface Instance {
  id: string
  reservationId: string
  imageId: string
  instanceType: string
  /** What the last call reported; the next read shows `state`. */
  shownState: InstanceState
  state: InstanceState
  keyName: string | undefined
  groupIds: string[]
  /** The names of `groupIds` at launch: a terminated instance still reports them. */
  groupNames: string[]
  iamInstanceProfile: InstanceProfileRef | undefined
  launchTime: string
  /** When TerminateInstances was called (ms); the instance disappears an hour later. */
  terminatedAt: number | undefined
  privateIp: string
  publicIp: string
  volumeIds: string[]
  tags: Tags
}

export interface KeyPair {
  id: string
  name: string
  fingerprint: string
  createTime: string
  tags: Tags
}

export interface SecurityGroup {
  id: string
  name: string
  description: string
  vpcId: string
  ingress: XmlValue[]
  tags: Tags
}

export interface LaunchTemplateVersion {
  number: number
  imageId: string | undefined
  description: string
  createTime: string
}

export interface LaunchTemplate {
  id: string
  name: string
  createTime: string
  defaultVersion: number
  versions: LaunchTemplateVersion[]
  tags: Tags
}

export interface WorldOptions {
  /** How long a new image stays `pending`; 0 makes it available at once. */
  imageAvailableAfterMs: number
  /** The same per region, over the default (e.g. to keep a copy pending). */
  imageAvailableAfterMsIn?: Record<string, number>
  /** Caps every page of the paginated Describe calls, with or without MaxResults. */
  pageSize?: number
  /** Answers as an EC2 that predates sourceInstanceId, sourceImageId, sourceImageRegion and lastLaunchedTime. */
  legacyImageFields?: boolean
  /**
   * `false` answers as an EC2 emulator that reports where an AMI was made from
   * (`sourceInstanceId`) but not where a copy was copied from (`sourceImageId`, `sourceImageRegion`).
   */
  reportsCopySource?: boolean
  /**
   * `false` takes a second AMI of a name already used in the region, as some emulators do; real
   * EC2 refuses it with `InvalidAMIName.Duplicate` (EC2 API reference, "Error codes").
   */
  uniqueImageNames?: boolean
  /**
   * Checks RunInstances' IamInstanceProfile.Name/Arn, e.g. against the IAM endpoint
   * (`iam.resolveInstanceProfile`); without it any profile is accepted.
   */
  resolveInstanceProfile?: (ref: InstanceProfileQuery) => InstanceProfileRef | undefined
}

export interface InstanceProfileQuery {
  name: string | undefined
  arn: string | undefined
}

/** The state of one region: regions are separate worlds, as in EC2. */
export class Region {
  images = new Map<string, Image>()
  snapshots = new Map<string, Snapshot>()
  volumes = new Map<string, Volume>()
  instances = new Map<string, Instance>()
  keyPairs = new Map<string, KeyPair>()
  securityGroups = new Map<string, SecurityGroup>()
  launchTemplates = new Map<string, LaunchTemplate>()
  private ipCounter = 10

  constructor(
    readonly name: string,
    readonly options: WorldOptions,
    readonly clock: Clock
  ) {
    const snapshot = this.addSnapshot(
      'vol-ffffffffffffffff0',
      8,
      SOURCE_AMI_OWNER,
      'Debian 12 base'
    )
    this.images.set(
      SOURCE_AMI,
      newImage({
        id: SOURCE_AMI,
        name: 'debian-12-amd64-20260101-0000',
        description: 'Debian 12 (20260101-0000)',
        ownerId: SOURCE_AMI_OWNER,
        creationDate: '2026-01-01T00:00:00.000Z',
        availableAt: 0,
        blockDevices: [
          {
            deviceName: '/dev/xvda',
            snapshotId: snapshot.id,
            volumeSize: 8,
            deleteOnTermination: true
          }
        ],
        launchPermissions: { ...noLaunchPermissions(), groups: ['all'] }
      })
    )
  }

  get az(): string {
    return `${this.name}a`
  }

  /** The endpoint clock's time as EC2 writes it. */
  now(): string {
    return this.clock.iso()
  }

  nextIp(prefix: string): string {
    return `${prefix}.${this.ipCounter++ % 250}`
  }

  addSnapshot(volumeId: string, size: number, ownerId: string, description: string): Snapshot {
    const snapshot: Snapshot = {
      id: newId('snap'),
      volumeId,
      volumeSize: size,
      ownerId,
      startTime: this.now(),
      description,
      tags: {}
    }
    this.snapshots.set(snapshot.id, snapshot)
    return snapshot
  }

  /** Registers an image whose snapshots copy `devices`; it becomes available after the configured delay. */
  registerImage(
    name: string,
    description: string,
    devices: { deviceName: string; size: number; volumeId: string }[],
    ownerId = ACCOUNT_ID
  ): Image {
    for (const image of this.images.values()) {
      if (
        this.options.uniqueImageNames !== false &&
        image.name === name &&
        image.ownerId === ownerId
      ) {
        throw new Ec2Error(
          'InvalidAMIName.Duplicate',
          `AMI name ${name} is already in use by AMI ${image.id}`
        )
      }
    }
    const id = newId('ami')
    const blockDevices = devices.map(d => ({
      deviceName: d.deviceName,
      snapshotId: this.addSnapshot(d.volumeId, d.size, ownerId, `Created by CreateImage for ${id}`)
        .id,
      volumeSize: d.size,
      deleteOnTermination: true
    }))
    const image = newImage({
      id,
      name,
      description,
      ownerId,
      creationDate: this.now(),
      availableAt:
        this.clock.now() +
        (this.options.imageAvailableAfterMsIn?.[this.name] ?? this.options.imageAvailableAfterMs),
      blockDevices
    })
    this.images.set(id, image)
    return image
  }

  imageState(image: Image): ImageState {
    if (image.disabled) return 'disabled'
    return this.clock.now() >= image.availableAt ? 'available' : 'pending'
  }

  isDeprecated(image: Image): boolean {
    return (
      image.deprecationTime !== undefined && this.clock.now() >= Date.parse(image.deprecationTime)
    )
  }

  /** Whether DeregisterImage must refuse: protected, or within the cooldown after protection. */
  isProtected(image: Image): boolean {
    return (
      image.deregistrationProtection !== 'disabled' ||
      (image.protectedUntil !== undefined && this.clock.now() < image.protectedUntil)
    )
  }

  image(id: string): Image {
    const image = this.images.get(id)
    if (!image) throw new Ec2Error('InvalidAMIID.NotFound', `The image id '[${id}]' does not exist`)
    return image
  }

  /** An image this account owns, for the calls only an owner may make. */
  ownImage(id: string): Image {
    const image = this.image(id)
    if (image.ownerId !== ACCOUNT_ID)
      throw new Ec2Error('AuthFailure', `Not authorized for image:${image.id}`)
    return image
  }

  instance(id: string): Instance {
    const instance = this.instances.get(id)
    if (!instance)
      throw new Ec2Error('InvalidInstanceID.NotFound', `The instance ID '${id}' does not exist`)
    return instance
  }

  /** Whether DescribeInstances still shows a terminated instance. */
  isVisible(instance: Instance): boolean {
    return (
      instance.terminatedAt === undefined ||
      this.clock.now() < instance.terminatedAt + TERMINATED_VISIBLE_MS
    )
  }

  /** Every taggable resource of this region, by ID. */
  taggable(id: string): { tags: Tags } & object {
    const found =
      this.images.get(id) ??
      this.snapshots.get(id) ??
      this.volumes.get(id) ??
      this.instances.get(id) ??
      this.securityGroups.get(id) ??
      [...this.keyPairs.values()].find(k => k.id === id) ??
      this.launchTemplates.get(id)
    if (!found) throw notFound(id)
    return found
  }
}

export function noLaunchPermissions(): LaunchPermissions {
  return { userIds: [], groups: [], organizationArns: [], organizationalUnitArns: [] }
}

/** An image with EC2's defaults for everything not given. */
export function newImage(
  fields: Pick<
    Image,
    'id' | 'name' | 'description' | 'ownerId' | 'creationDate' | 'availableAt' | 'blockDevices'
  > &
    Partial<Image>
): Image {
  return {
    tags: {},
    disabled: false,
    deprecationTime: undefined,
    deregistrationProtection: 'disabled',
    protectedUntil: undefined,
    lastLaunchedTime: undefined,
    launchPermissions: noLaunchPermissions(),
    sourceInstanceId: undefined,
    sourceImageId: undefined,
    sourceImageRegion: undefined,
    ...fields
  }
}

export function isPublic(image: Image): boolean {
  return image.launchPermissions.groups.includes('all')
}

const NOT_FOUND: Record<string, string> = {
  ami: 'InvalidAMIID.NotFound',
  snap: 'InvalidSnapshot.NotFound',
  vol: 'InvalidVolume.NotFound',
  i: 'InvalidInstanceID.NotFound',
  sg: 'InvalidGroup.NotFound',
  key: 'InvalidKeyPair.NotFound',
  lt: 'InvalidLaunchTemplateId.NotFound'
}

/** EC2's NotFound error for an ID, by its prefix (`ami-` → InvalidAMIID.NotFound, ...). */
export function notFound(id: string): Ec2Error {
  const [kind = ''] = id.split('-')
  return new Ec2Error(NOT_FOUND[kind] ?? 'InvalidID', `The ID '${id}' does not exist`)
}

export const RESOURCE_TYPES: Record<string, string> = {
  ami: 'image',
  snap: 'snapshot',
  vol: 'volume',
  i: 'instance',
  sg: 'security-group',
  key: 'key-pair',
  lt: 'launch-template'
}

export class World {
  regions = new Map<string, Region>()
  constructor(
    readonly options: WorldOptions,
    readonly clock: Clock
  ) {
    this.reset()
  }

  reset(): void {
    this.regions.clear()
    for (const name of REGIONS) this.regions.set(name, new Region(name, this.options, this.clock))
  }

  region(name: string): Region {
    const region = this.regions.get(name)
    if (!region)
      throw new Ec2Error(
        'AuthFailure',
        `AWS was not able to validate the provided access credentials for region '${name}'`
      )
    return region
  }
}

export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(9).toString('hex').slice(0, 17)}`
}

export function tagSet(tags: Tags): XmlValue[] {
  return Object.entries(tags).map(([key, value]) => ({ key, value }))
}
