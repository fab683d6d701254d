import type { Verdict } from '../release/ownership.js'
import { ec2, hasCode, iam, poll, POLL, sleep } from './clients.js'
import { describeInstances } from './instances.js'

export interface SweepResult {
  removed: Verdict[]
  failures: string[]
}

const of = (verdicts: Verdict[], kind: Verdict['kind']) => verdicts.filter(v => v.kind === kind)

async function terminate(instances: Verdict[]): Promise<void> {
  for (const region of new Set(instances.map(v => v.region ?? ''))) {
    const ids = instances.filter(v => v.region === region).map(v => v.id)
    const { send, sdk } = await ec2(region)
    await send(new sdk.TerminateInstancesCommand({ InstanceIds: ids }))
    // A security group cannot be deleted while an instance still uses it.
    await poll(
      async () => {
        const states = (
          await describeInstances(region, [{ Name: 'instance-id', Values: ids }])
        ).map(i => i.State?.Name)
        return states.every(s => s === 'terminated') ? true : undefined
      },
      POLL.instanceTerminatedMs,
      POLL.instanceTerminatedMaxMs,
      () =>
        new Error(
          `${ids.join(', ')} in ${region} did not terminate within ${POLL.instanceTerminatedMaxMs / 60_000} minutes`
        )
    )
  }
}

/**
 * Removes what `planSweep` proved to be this run's: unfinished AMIs (with their snapshots)
 * first, then instances, then what they used (key pairs, security groups, a spot launch
 * template, an IAM instance profile and role). Each failure is reported and the rest goes on.
 */
export async function sweep(remove: Verdict[], iamRegion: string): Promise<SweepResult> {
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
  for (const v of of(remove, 'image')) {
    await attempt(v, async () => {
      const { send, sdk } = await ec2(v.region ?? '')
      await send(new sdk.DeregisterImageCommand({ ImageId: v.id, DeleteAssociatedSnapshots: true }))
    })
  }
  const instances = of(remove, 'instance')
  if (instances.length > 0) {
    try {
      await terminate(instances)
      removed.push(...instances)
    } catch (error) {
      failures.push(`instances ${instances.map(v => v.id).join(', ')}: ${(error as Error).message}`)
    }
  }
  for (const v of of(remove, 'key pair')) {
    await attempt(v, async () => {
      const { send, sdk } = await ec2(v.region ?? '')
      await send(new sdk.DeleteKeyPairCommand({ KeyName: v.id }))
    })
  }
  for (const v of of(remove, 'security group')) {
    await attempt(v, async () => {
      const { send, sdk } = await ec2(v.region ?? '')
      for (let retry = 0; ; retry++) {
        try {
          return await send(new sdk.DeleteSecurityGroupCommand({ GroupId: v.id }))
        } catch (error) {
          // An instance's network interface can outlive its termination by a little while.
          if (!hasCode(error, /DependencyViolation/) || retry >= POLL.dependencyRetries) throw error
          await sleep(POLL.dependencyRetryMs)
        }
      }
    })
  }
  for (const v of of(remove, 'launch template')) {
    await attempt(v, async () => {
      const { send, sdk } = await ec2(v.region ?? '')
      await send(new sdk.DeleteLaunchTemplateCommand({ LaunchTemplateId: v.id }))
    })
  }
  const roles = of(remove, 'role')
  for (const v of of(remove, 'instance profile')) {
    await attempt(v, async () => {
      const { send, sdk } = await iam(iamRegion)
      for (const role of roles)
        await send(
          new sdk.RemoveRoleFromInstanceProfileCommand({
            InstanceProfileName: v.id,
            RoleName: role.id
          })
        ).catch((error: unknown) => {
          if (!hasCode(error, /NoSuchEntity/)) throw error
        })
      await send(new sdk.DeleteInstanceProfileCommand({ InstanceProfileName: v.id }))
    })
  }
  for (const v of roles) {
    await attempt(v, async () => {
      const { send, sdk } = await iam(iamRegion)
      const { PolicyNames = [] } = await send(new sdk.ListRolePoliciesCommand({ RoleName: v.id }))
      for (const name of PolicyNames)
        await send(new sdk.DeleteRolePolicyCommand({ RoleName: v.id, PolicyName: name }))
      await send(new sdk.DeleteRoleCommand({ RoleName: v.id }))
    })
  }
  return { removed, failures }
}
