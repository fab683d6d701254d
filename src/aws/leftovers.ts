import * as core from '@actions/core'
import type { Image } from '@aws-sdk/client-ec2'
import { State } from '../constants.js'
import { errorMessage } from '../errors.js'
import type { Leftover } from '../packer/machine-readable.js'
import { ec2 } from './ec2.js'
import { deregisterWithSnapshots } from './images.js'

/** What the main step hands the post step. */
export interface LeftoverState {
  /** When the build started: an image made before it is never this run's. */
  startedAt: string
  /** Where the build ran (aws-region). */
  region: string
  versionTagKey: string
  leftovers: Leftover[]
}

/**
 * Keeps the step state's list of temporary resources current as Packer names them, so the
 * post step knows what to check even when the main step is killed mid-build.
 */
export class LeftoverRecorder {
  private readonly state: LeftoverState

  constructor(region: string, versionTagKey: string) {
    this.state = { startedAt: new Date().toISOString(), region, versionTagKey, leftovers: [] }
  }

  get leftovers(): readonly Leftover[] {
    return this.state.leftovers
  }

  record(leftover: Leftover): void {
    if (
      this.state.leftovers.some(
        r => r.kind === leftover.kind && r.id === leftover.id && r.build === leftover.build
      )
    )
      return
    this.state.leftovers.push(leftover)
    this.save()
  }

  /**
   * A build that Packer reported as an artifact is finished: its AMIs are the release, never
   * leftovers, even if tagging them fails afterwards.
   */
  finished(builds: string[]): void {
    const images: Leftover['kind'][] = ['image', 'image-name', 'copy-region']
    const before = this.state.leftovers.length
    this.state.leftovers = this.state.leftovers.filter(
      l => !(images.includes(l.kind) && builds.includes(l.build))
    )
    if (this.state.leftovers.length !== before) this.save()
  }

  private save(): void {
    core.saveState(State.Leftovers, JSON.stringify(this.state))
  }
}

export interface Removed {
  kind: string
  id: string
  region: string
}

function code(error: unknown): string {
  return (error as { name?: string }).name ?? ''
}

const isNotFound = (error: unknown) => /NotFound/.test(code(error))

async function sleep(ms: number): Promise<void> {
  await new Promise(resolve => setTimeout(resolve, ms))
}

function untagged(image: Image, versionTagKey: string): boolean {
  return !(image.Tags ?? []).some(t => t.Key === versionTagKey)
}

/** Terminates recorded instances that still run or are stopped, and waits until they are gone. */
async function sweepInstances(region: string, ids: string[], removed: Removed[]): Promise<void> {
  if (ids.length === 0) return
  const { client, sdk } = await ec2(region)
  const { Reservations = [] } = await client.send(
    new sdk.DescribeInstancesCommand({ Filters: [{ Name: 'instance-id', Values: ids }] })
  )
  const alive = Reservations.flatMap(r => r.Instances ?? [])
    .filter(i => i.State?.Name !== 'terminated' && i.State?.Name !== 'shutting-down')
    .map(i => i.InstanceId as string)
  if (alive.length === 0) return
  await client.send(new sdk.TerminateInstancesCommand({ InstanceIds: alive }))
  for (const id of alive) removed.push({ kind: 'instance', id, region })
  // A security group cannot be deleted while an instance still uses it.
  await sdk.waitUntilInstanceTerminated(
    { client, maxWaitTime: 300, minDelay: 2, maxDelay: 10 },
    { InstanceIds: alive }
  )
}

async function sweepKeyPairs(region: string, names: string[], removed: Removed[]): Promise<void> {
  if (names.length === 0) return
  const { client, sdk } = await ec2(region)
  const { KeyPairs = [] } = await client.send(
    new sdk.DescribeKeyPairsCommand({ Filters: [{ Name: 'key-name', Values: names }] })
  )
  for (const key of KeyPairs) {
    await client.send(new sdk.DeleteKeyPairCommand({ KeyName: key.KeyName }))
    removed.push({ kind: 'key pair', id: key.KeyName ?? '', region })
  }
}

async function sweepSecurityGroups(
  region: string,
  names: string[],
  removed: Removed[]
): Promise<void> {
  if (names.length === 0) return
  const { client, sdk } = await ec2(region)
  const { SecurityGroups = [] } = await client.send(
    new sdk.DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-name', Values: names }] })
  )
  for (const group of SecurityGroups) {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.send(new sdk.DeleteSecurityGroupCommand({ GroupId: group.GroupId }))
        removed.push({
          kind: 'security group',
          id: `${group.GroupName ?? ''} (${group.GroupId ?? ''})`,
          region
        })
        break
      } catch (error) {
        // An instance's network interface can outlive its termination by a little while.
        if (code(error) !== 'DependencyViolation' || attempt === 12) throw error
        await sleep(5000)
      }
    }
  }
}

async function deregister(region: string, images: Image[], removed: Removed[]): Promise<void> {
  for (const image of images) {
    await deregisterWithSnapshots(region, image.ImageId ?? '')
    const snapshots = (image.BlockDeviceMappings ?? []).map(m => m.Ebs?.SnapshotId).filter(Boolean)
    removed.push({
      kind: 'image',
      id: `${image.ImageId ?? ''}${snapshots.length ? ` with ${snapshots.join(', ')}` : ''}`,
      region
    })
  }
}

/** Recorded AMIs that never got the version tag: a build that did not finish. */
async function sweepImages(state: LeftoverState, removed: Removed[]): Promise<void> {
  const ids = state.leftovers.filter(l => l.kind === 'image').map(l => l.id)
  if (ids.length > 0) {
    const { client, sdk } = await ec2(state.region)
    const { Images = [] } = await client.send(
      new sdk.DescribeImagesCommand({
        Owners: ['self'],
        Filters: [{ Name: 'image-id', Values: ids }]
      })
    )
    await deregister(
      state.region,
      Images.filter(i => untagged(i, state.versionTagKey)),
      removed
    )
  }
  // Copies in progress when the build stopped (hashicorp/packer#10248): this run's AMI name,
  // made after this run started, without the version tag.
  const names = state.leftovers.filter(l => l.kind === 'image-name').map(l => l.id)
  const regions = [...new Set(state.leftovers.filter(l => l.kind === 'copy-region').map(l => l.id))]
  if (names.length === 0) return
  for (const region of regions) {
    const { client, sdk } = await ec2(region)
    const { Images = [] } = await client.send(
      new sdk.DescribeImagesCommand({
        Owners: ['self'],
        Filters: [{ Name: 'name', Values: names }]
      })
    )
    const ours = Images.filter(
      i => untagged(i, state.versionTagKey) && (i.CreationDate ?? '') >= state.startedAt
    )
    await deregister(region, ours, removed)
  }
}

/**
 * Checks each resource the main step recorded and removes what is still there: instances
 * first, then key pairs and security groups, then AMIs that never got the version tag, with
 * their snapshots. Nothing that was not recorded is touched.
 */
export async function sweepLeftovers(
  state: LeftoverState
): Promise<{ removed: Removed[]; failures: string[] }> {
  const removed: Removed[] = []
  const failures: string[] = []
  const of = (kind: Leftover['kind']) => [
    ...new Set(state.leftovers.filter(l => l.kind === kind).map(l => l.id))
  ]
  const attempt = async (what: string, work: () => Promise<void>) => {
    try {
      await work()
    } catch (error) {
      if (!isNotFound(error)) failures.push(`${what}: ${errorMessage(error)}`)
    }
  }
  await attempt('instances', () => sweepInstances(state.region, of('instance'), removed))
  await Promise.all([
    attempt('key pairs', () => sweepKeyPairs(state.region, of('key-pair'), removed)),
    attempt('security groups', () =>
      sweepSecurityGroups(state.region, of('security-group'), removed)
    ),
    attempt('images', () => sweepImages(state, removed))
  ])
  const order = ['instance', 'key pair', 'security group', 'image']
  removed.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
  return { removed, failures }
}
