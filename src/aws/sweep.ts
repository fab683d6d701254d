import type { Verdict } from '../release/ownership.js'
import { hasCode, type Aws } from './clients.js'

export interface SweepResult {
  removed: Verdict[]
  failures: string[]
}

/** How long a security group may stay in use by a terminated instance's network interface. */
const DEPENDENCY = { retryMs: 5_000, retries: 12 }

const of = (verdicts: Verdict[], kind: Verdict['kind']) => verdicts.filter(v => v.kind === kind)

async function terminate(aws: Aws, instances: Verdict[]): Promise<void> {
  for (const region of new Set(instances.map(v => v.region ?? ''))) {
    const ids = instances.filter(v => v.region === region).map(v => v.id)
    const { client, sdk } = await aws.ec2(region)
    await client.send(new sdk.TerminateInstancesCommand({ InstanceIds: ids }))
    // A security group cannot be deleted while an instance still uses it.
    await sdk.waitUntilInstanceTerminated(
      { client, maxWaitTime: aws.limits.waitMaxMs / 1000, minDelay: 1, maxDelay: 10 },
      { InstanceIds: ids }
    )
  }
}

/**
 * Removes what `planSweep` proved to be this run's: unrecorded AMIs (with their snapshots)
 * first, then instances, then what they used (key pairs, security groups, a spot launch
 * template, an IAM instance profile and role). Each failure is reported and the rest goes on.
 */
export async function sweep(aws: Aws, remove: Verdict[], iamRegion: string): Promise<SweepResult> {
  const removed: Verdict[] = []
  const failures: string[] = []
  const attempt = async (verdict: Verdict, work: () => Promise<unknown>) => {
    try {
      await work()
      removed.push(verdict)
    } catch (error) {
      if (hasCode(error, /NotFound|NoSuchEntity/)) return
      failures.push(
        `${verdict.kind} ${verdict.id}${verdict.region ? ` in ${verdict.region}` : ''}: ${(error as Error).message}`
      )
    }
  }
  const ec2 = async (v: Verdict) => aws.ec2(v.region ?? '')
  for (const v of of(remove, 'image'))
    await attempt(v, async () => {
      const { client, sdk } = await ec2(v)
      await client.send(
        new sdk.DeregisterImageCommand({ ImageId: v.id, DeleteAssociatedSnapshots: true })
      )
    })
  const instances = of(remove, 'instance')
  if (instances.length > 0) {
    try {
      await terminate(aws, instances)
      removed.push(...instances)
    } catch (error) {
      failures.push(`instances ${instances.map(v => v.id).join(', ')}: ${(error as Error).message}`)
    }
  }
  for (const v of of(remove, 'key pair'))
    await attempt(v, async () => {
      const { client, sdk } = await ec2(v)
      await client.send(new sdk.DeleteKeyPairCommand({ KeyName: v.id }))
    })
  for (const v of of(remove, 'security group'))
    await attempt(v, async () => {
      const { client, sdk } = await ec2(v)
      for (let retry = 0; ; retry++) {
        try {
          return await client.send(new sdk.DeleteSecurityGroupCommand({ GroupId: v.id }))
        } catch (error) {
          // An instance's network interface can outlive its termination by a little while.
          if (!hasCode(error, /DependencyViolation/) || retry >= DEPENDENCY.retries) throw error
          await new Promise(resolve => setTimeout(resolve, DEPENDENCY.retryMs))
        }
      }
    })
  for (const v of of(remove, 'launch template'))
    await attempt(v, async () => {
      const { client, sdk } = await ec2(v)
      await client.send(new sdk.DeleteLaunchTemplateCommand({ LaunchTemplateId: v.id }))
    })
  const roles = of(remove, 'role')
  for (const v of of(remove, 'instance profile'))
    await attempt(v, async () => {
      const { client, sdk } = await aws.iam(iamRegion)
      for (const role of roles)
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
    })
  for (const v of roles)
    await attempt(v, async () => {
      const { client, sdk } = await aws.iam(iamRegion)
      const { PolicyNames = [] } = await client.send(
        new sdk.ListRolePoliciesCommand({ RoleName: v.id })
      )
      for (const name of PolicyNames)
        await client.send(new sdk.DeleteRolePolicyCommand({ RoleName: v.id, PolicyName: name }))
      await client.send(new sdk.DeleteRoleCommand({ RoleName: v.id }))
    })
  return { removed, failures }
}
