import type { ResourceKind, Verdict } from '../release/ownership.js'
import { hasCode, orNone, type Aws } from './clients.js'
import { errorMessage } from '../errors.js'

/** How long a security group may stay in use by a terminated instance's network interface. */
const DEPENDENCY = { retryMs: 5_000, retries: 12 }

type Service<S extends 'ec2' | 'iam'> = Awaited<ReturnType<Aws[S]>>
type Remove = (aws: Aws, v: Verdict, region: string, all: Verdict[]) => Promise<unknown>

/** A removal that needs the EC2 (or IAM) client of the resource's region. */
const ec2 =
  (remove: (s: Service<'ec2'>, id: string, aws: Aws) => Promise<unknown>): Remove =>
  async (aws, v, region) =>
    remove(await aws.ec2(region), v.id, aws)
const iam =
  (remove: (s: Service<'iam'>, id: string, all: Verdict[]) => Promise<unknown>): Remove =>
  async (aws, v, region, all) =>
    remove(await aws.iam(region), v.id, all)

/**
 * How each kind is removed, in this order: unrecorded AMIs (with their snapshots), the
 * instances (all of a region at once, waited for: a group cannot go while an instance is in
 * it), then what they used.
 */
const REMOVE: [ResourceKind, Remove][] = [
  [
    'image',
    ec2(({ client, sdk }, ImageId) =>
      client.send(new sdk.DeregisterImageCommand({ ImageId, DeleteAssociatedSnapshots: true }))
    )
  ],
  [
    'instance',
    ec2(async ({ client, sdk }, id, aws) => {
      await client.send(new sdk.TerminateInstancesCommand({ InstanceIds: [id] }))
      const bound = { client, maxWaitTime: aws.limits.waitMaxMs / 1000, minDelay: 1, maxDelay: 10 }
      await sdk.waitUntilInstanceTerminated(bound, { InstanceIds: [id] })
    })
  ],
  [
    'key pair',
    ec2(({ client, sdk }, KeyName) => client.send(new sdk.DeleteKeyPairCommand({ KeyName })))
  ],
  [
    'security group',
    ec2(async ({ client, sdk }, GroupId) => {
      for (let retry = 0; ; retry++) {
        try {
          return await client.send(new sdk.DeleteSecurityGroupCommand({ GroupId }))
        } catch (error) {
          // An instance's network interface can outlive its termination by a little while.
          if (!hasCode(error, /DependencyViolation/) || retry >= DEPENDENCY.retries) throw error
          await new Promise(resolve => setTimeout(resolve, DEPENDENCY.retryMs))
        }
      }
    })
  ],
  [
    'launch template',
    ec2(({ client, sdk }, LaunchTemplateId) =>
      client.send(new sdk.DeleteLaunchTemplateCommand({ LaunchTemplateId }))
    )
  ],
  [
    'instance profile',
    iam(async ({ client, sdk }, InstanceProfileName, all) => {
      for (const role of all.filter(r => r.kind === 'role')) {
        const remove = new sdk.RemoveRoleFromInstanceProfileCommand({
          InstanceProfileName,
          RoleName: role.id
        })
        await orNone(client.send(remove), /NoSuchEntity/)
      }
      await client.send(new sdk.DeleteInstanceProfileCommand({ InstanceProfileName }))
    })
  ],
  [
    'role',
    iam(async ({ client, sdk }, RoleName) => {
      const { PolicyNames = [] } = await client.send(new sdk.ListRolePoliciesCommand({ RoleName }))
      for (const PolicyName of PolicyNames)
        await client.send(new sdk.DeleteRolePolicyCommand({ RoleName, PolicyName }))
      await client.send(new sdk.DeleteRoleCommand({ RoleName }))
    })
  ]
]

/**
 * Removes what `planSweep` proved to be this run's, kind by kind (`REMOVE`). Each failure is
 * reported and the rest goes on; what is gone already counts as done.
 */
export async function sweep(
  aws: Aws,
  remove: Verdict[],
  iamRegion: string
): Promise<{ removed: Verdict[]; failures: string[] }> {
  const result = { removed: new Array<Verdict>(), failures: new Array<string>() }
  for (const [kind, removeOne] of REMOVE) {
    const ofKind = remove.filter(v => v.kind === kind)
    await Promise.all(
      ofKind.map(async v => {
        const region = v.region ?? iamRegion
        try {
          await removeOne(aws, v, region, remove)
          result.removed.push(v)
        } catch (error) {
          if (hasCode(error, /NotFound|NoSuchEntity/)) return
          result.failures.push(
            `${v.kind} ${v.id}${region ? ` in ${region}` : ''}: ${errorMessage(error)}`
          )
        }
      })
    )
  }
  return result
}
