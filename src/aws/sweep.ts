import type { ResourceKind, Verdict } from '../release/ownership.js'
import { hasCode, type Aws } from './clients.js'

export interface SweepResult {
  removed: Verdict[]
  failures: string[]
}

/** How long a security group may stay in use by a terminated instance's network interface. */
const DEPENDENCY = { retryMs: 5_000, retries: 12 }

type Remove = (aws: Aws, v: Verdict, all: Verdict[]) => Promise<unknown>

const ec2 = (aws: Aws, v: Verdict) => aws.ec2(v.region ?? '')

async function deleteGroup(aws: Aws, v: Verdict): Promise<unknown> {
  const { client, sdk } = await ec2(aws, v)
  for (let retry = 0; ; retry++) {
    try {
      return await client.send(new sdk.DeleteSecurityGroupCommand({ GroupId: v.id }))
    } catch (error) {
      // An instance's network interface can outlive its termination by a little while.
      if (!hasCode(error, /DependencyViolation/) || retry >= DEPENDENCY.retries) throw error
      await new Promise(resolve => setTimeout(resolve, DEPENDENCY.retryMs))
    }
  }
}

/**
 * How each kind is removed, in this order: unrecorded AMIs (with their snapshots), the
 * instances (all of a region at once, waited for: a group cannot go while an instance is in
 * it), then what they used.
 */
const REMOVE: [ResourceKind, Remove][] = [
  [
    'image',
    async (aws, v) => {
      const { client, sdk } = await ec2(aws, v)
      await client.send(
        new sdk.DeregisterImageCommand({ ImageId: v.id, DeleteAssociatedSnapshots: true })
      )
    }
  ],
  [
    'instance',
    async (aws, v) => {
      const { client, sdk } = await ec2(aws, v)
      await client.send(new sdk.TerminateInstancesCommand({ InstanceIds: [v.id] }))
      const bound = { client, maxWaitTime: aws.limits.waitMaxMs / 1000, minDelay: 1, maxDelay: 10 }
      await sdk.waitUntilInstanceTerminated(bound, { InstanceIds: [v.id] })
    }
  ],
  [
    'key pair',
    async (aws, v) => {
      const { client, sdk } = await ec2(aws, v)
      await client.send(new sdk.DeleteKeyPairCommand({ KeyName: v.id }))
    }
  ],
  ['security group', deleteGroup],
  [
    'launch template',
    async (aws, v) => {
      const { client, sdk } = await ec2(aws, v)
      await client.send(new sdk.DeleteLaunchTemplateCommand({ LaunchTemplateId: v.id }))
    }
  ],
  [
    'instance profile',
    async (aws, v, all) => {
      const { client, sdk } = await aws.iam(v.region ?? '')
      for (const role of all.filter(r => r.kind === 'role'))
        await client
          .send(
            new sdk.RemoveRoleFromInstanceProfileCommand({
              InstanceProfileName: v.id,
              RoleName: role.id
            })
          )
          .catch((error: unknown) => {
            if (!hasCode(error, /NoSuchEntity/)) throw error
          })
      await client.send(new sdk.DeleteInstanceProfileCommand({ InstanceProfileName: v.id }))
    }
  ],
  [
    'role',
    async (aws, v) => {
      const { client, sdk } = await aws.iam(v.region ?? '')
      const { PolicyNames = [] } = await client.send(
        new sdk.ListRolePoliciesCommand({ RoleName: v.id })
      )
      for (const name of PolicyNames)
        await client.send(new sdk.DeleteRolePolicyCommand({ RoleName: v.id, PolicyName: name }))
      await client.send(new sdk.DeleteRoleCommand({ RoleName: v.id }))
    }
  ]
]

/**
 * Removes what `planSweep` proved to be this run's, kind by kind (`REMOVE`). Each failure is
 * reported and the rest goes on; what is gone already counts as done.
 */
export async function sweep(aws: Aws, remove: Verdict[], iamRegion: string): Promise<SweepResult> {
  const result: SweepResult = { removed: [], failures: [] }
  const all = remove.map(v => (v.region === undefined ? { ...v, region: iamRegion } : v))
  for (const [kind, removeOne] of REMOVE) {
    const ofKind = all.filter(v => v.kind === kind)
    await Promise.all(
      ofKind.map(async v => {
        try {
          await removeOne(aws, v, all)
          result.removed.push(remove[all.indexOf(v)] ?? v)
        } catch (error) {
          if (hasCode(error, /NotFound|NoSuchEntity/)) return
          result.failures.push(
            `${v.kind} ${v.id}${v.region ? ` in ${v.region}` : ''}: ${(error as Error).message}`
          )
        }
      })
    )
  }
  return result
}
