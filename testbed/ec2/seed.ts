import { createHash } from 'node:crypto'
import { isoTime, type TimeInput } from '../clock.js'
import { instanceProfileId, launchInstance, terminate } from './handlers.js'
import {
  ACCOUNT_ID,
  isPublic,
  newId,
  noLaunchPermissions,
  type DeregistrationProtection,
  type Image,
  type ImageState,
  type Instance,
  type InstanceState,
  type KeyPair,
  type LaunchTemplate,
  type SecurityGroup,
  type Snapshot,
  type Tags,
  type Volume,
  type World
} from './world.js'

export interface ImageSeed {
  name: string
  /** Default: the test account, 123456789012. */
  ownerId?: string
  description?: string
  tags?: Tags
  /** Tags on each of its snapshots (a release tags its AMI and their snapshots in one call). */
  snapshotTags?: Tags
  /** Default `available`. A `pending` image stays pending unless `availableAfterMs` is given. */
  state?: ImageState
  /** Pending until this long after now on the endpoint's clock. */
  availableAfterMs?: number
  creationDate?: TimeInput
  lastLaunchedTime?: TimeInput
  deprecationTime?: TimeInput
  /** true is `enabled-without-cooldown`. */
  deregistrationProtection?: boolean | DeregistrationProtection
  public?: boolean
  launchPermissions?: {
    userIds?: string[]
    organizationArns?: string[]
    organizationalUnitArns?: string[]
  }
  sourceInstanceId?: string
  sourceImageId?: string
  sourceImageRegion?: string
  /** EBS devices, each with its own snapshot; default 1. */
  snapshots?: number
}

export interface InstanceSeed {
  imageId: string
  /** Default `running`; `terminated` also removes its delete-on-termination volumes. */
  state?: InstanceState
  instanceType?: string
  keyName?: string
  /** Security groups of the region (their names are recorded as at launch). */
  groupIds?: string[]
  launchTime?: TimeInput
  tags?: Tags
  iamInstanceProfileArn?: string
}

export interface KeyPairSeed {
  name: string
  createTime?: TimeInput
  tags?: Tags
}

export interface SecurityGroupSeed {
  name: string
  description?: string
  tags?: Tags
}

export interface LaunchTemplateSeed {
  name: string
  /** Version 1, 2, ... in order. */
  versions: { imageId: string; description?: string }[]
  /** Default 1. */
  defaultVersion?: number
  createTime?: TimeInput
  tags?: Tags
}

/** State as tests set it up: each helper returns the new resource's ID. */
export interface Ec2Seeder {
  image(region: string, seed: ImageSeed): string
  instance(region: string, seed: InstanceSeed): string
  keyPair(region: string, seed: KeyPairSeed): string
  securityGroup(region: string, seed: SecurityGroupSeed): string
  launchTemplate(region: string, seed: LaunchTemplateSeed): string
}

const DEVICE_LETTERS = 'abcdefghijklmnopqrstuvwxyz'

function protection(
  value: boolean | DeregistrationProtection | undefined
): DeregistrationProtection {
  if (value === true) return 'enabled-without-cooldown'
  return value === false || value === undefined ? 'disabled' : value
}

export function seeder(world: World): Ec2Seeder {
  return {
    image(regionName, seed) {
      const region = world.region(regionName)
      const devices = Array.from({ length: seed.snapshots ?? 1 }, (_, i) => ({
        deviceName: `/dev/xvd${DEVICE_LETTERS[i] ?? 'z'}`,
        size: 8,
        volumeId: 'vol-ffffffff'
      }))
      const image = region.registerImage(
        seed.name,
        seed.description ?? '',
        devices,
        seed.ownerId ?? ACCOUNT_ID
      )
      const now = region.clock.now()
      if (seed.creationDate !== undefined) {
        image.creationDate = isoTime(seed.creationDate)
        for (const d of image.blockDevices) {
          const snapshot = region.snapshots.get(d.snapshotId)
          if (snapshot) snapshot.startTime = image.creationDate
        }
      }
      image.availableAt =
        seed.availableAfterMs !== undefined
          ? now + seed.availableAfterMs
          : seed.state === 'pending'
            ? Number.POSITIVE_INFINITY
            : 0
      image.disabled = seed.state === 'disabled'
      image.tags = { ...seed.tags }
      for (const d of image.blockDevices)
        Object.assign(region.snapshots.get(d.snapshotId)?.tags ?? {}, seed.snapshotTags)
      image.lastLaunchedTime =
        seed.lastLaunchedTime === undefined ? undefined : isoTime(seed.lastLaunchedTime)
      image.deprecationTime =
        seed.deprecationTime === undefined ? undefined : isoTime(seed.deprecationTime)
      image.deregistrationProtection = protection(seed.deregistrationProtection)
      image.launchPermissions = {
        ...noLaunchPermissions(),
        ...seed.launchPermissions,
        groups: seed.public ? ['all'] : []
      }
      image.sourceInstanceId = seed.sourceInstanceId
      image.sourceImageId = seed.sourceImageId
      image.sourceImageRegion = seed.sourceImageRegion
      return image.id
    },

    instance(regionName, seed) {
      const region = world.region(regionName)
      const groupIds = seed.groupIds ?? []
      for (const id of groupIds)
        if (!region.securityGroups.has(id))
          throw new Error(`no security group ${id} in ${regionName}`)
      const arn = seed.iamInstanceProfileArn
      const instance = launchInstance(region, {
        imageId: seed.imageId,
        reservationId: newId('r'),
        instanceType: seed.instanceType ?? 't3.micro',
        keyName: seed.keyName,
        groupIds,
        iamInstanceProfile: arn === undefined ? undefined : { arn, id: instanceProfileId(arn) },
        launchTime: seed.launchTime === undefined ? region.now() : isoTime(seed.launchTime),
        tags: { ...seed.tags }
      })
      const state = seed.state ?? 'running'
      instance.state = instance.shownState = state
      if (state === 'terminated') terminate(region, instance)
      return instance.id
    },

    keyPair(regionName, seed) {
      const region = world.region(regionName)
      if (region.keyPairs.has(seed.name)) throw new Error(`key pair ${seed.name} exists`)
      const key: KeyPair = {
        id: newId('key'),
        name: seed.name,
        fingerprint: createHash('sha1')
          .update(seed.name)
          .digest('hex')
          .replace(/(..)(?!$)/g, '$1:'),
        createTime: seed.createTime === undefined ? region.now() : isoTime(seed.createTime),
        tags: { ...seed.tags }
      }
      region.keyPairs.set(key.name, key)
      return key.id
    },

    securityGroup(regionName, seed) {
      const region = world.region(regionName)
      const group: SecurityGroup = {
        id: newId('sg'),
        name: seed.name,
        description: seed.description ?? seed.name,
        vpcId: 'vpc-00000000000000001',
        ingress: [],
        tags: { ...seed.tags }
      }
      region.securityGroups.set(group.id, group)
      return group.id
    },

    launchTemplate(regionName, seed) {
      const region = world.region(regionName)
      const createTime = seed.createTime === undefined ? region.now() : isoTime(seed.createTime)
      const lt: LaunchTemplate = {
        id: newId('lt'),
        name: seed.name,
        createTime,
        defaultVersion: seed.defaultVersion ?? 1,
        versions: seed.versions.map((v, i) => ({
          number: i + 1,
          imageId: v.imageId,
          description: v.description ?? '',
          createTime
        })),
        tags: { ...seed.tags }
      }
      region.launchTemplates.set(lt.id, lt)
      return lt.id
    }
  }
}

/** An image as a test reads it: its fields plus what the endpoint derives from the clock. */
export type ImageView = Image & { state: ImageState; public: boolean; deprecated: boolean }

/** Copies of a region's resources, to assert on without reaching into the endpoint. */
export interface Ec2Inspector {
  images(region: string): ImageView[]
  instances(region: string): Instance[]
  keyPairs(region: string): KeyPair[]
  securityGroups(region: string): SecurityGroup[]
  snapshots(region: string): Snapshot[]
  volumes(region: string): Volume[]
  launchTemplates(region: string): LaunchTemplate[]
}

export function inspector(world: World): Ec2Inspector {
  const copies = <T>(items: Iterable<T>): T[] => [...items].map(i => structuredClone(i))
  return {
    images: name => {
      const region = world.region(name)
      return copies(region.images.values()).map(i => ({
        ...i,
        state: region.imageState(i),
        public: isPublic(i),
        deprecated: region.isDeprecated(i)
      }))
    },
    instances: name => copies(world.region(name).instances.values()),
    keyPairs: name => copies(world.region(name).keyPairs.values()),
    securityGroups: name => copies(world.region(name).securityGroups.values()),
    snapshots: name => copies(world.region(name).snapshots.values()),
    volumes: name => copies(world.region(name).volumes.values()),
    launchTemplates: name => copies(world.region(name).launchTemplates.values())
  }
}
