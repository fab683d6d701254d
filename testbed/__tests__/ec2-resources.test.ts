import {
  CreateKeyPairCommand,
  CreateLaunchTemplateCommand,
  CreateSecurityGroupCommand,
  DeleteLaunchTemplateCommand,
  DeleteSecurityGroupCommand,
  DescribeInstancesCommand,
  DescribeKeyPairsCommand,
  DescribeLaunchTemplatesCommand,
  EC2Client,
  RunInstancesCommand,
  TerminateInstancesCommand,
  type DescribeInstancesCommandInput
} from '@aws-sdk/client-ec2'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { awsEnv } from '../aws/env.js'
import { startEc2Endpoint, type Ec2Endpoint } from '../ec2/server.js'
import { SOURCE_AMI } from '../ec2/world.js'
import { startIamEndpoint, type IamEndpoint } from '../iam/server.js'

let endpoint: Ec2Endpoint
let iam: IamEndpoint
let client: EC2Client

beforeAll(async () => {
  endpoint = await startEc2Endpoint()
  iam = await startIamEndpoint({ clock: endpoint.clock })
  for (const [name, value] of Object.entries(awsEnv({ ec2: endpoint.url }))) vi.stubEnv(name, value)
  client = new EC2Client({ region: 'us-east-1', maxAttempts: 1 })
})
afterAll(async () => {
  client?.destroy()
  vi.unstubAllEnvs()
  await Promise.all([endpoint?.close(), iam?.close()])
})
beforeEach(() => {
  endpoint.reset()
  iam.reset()
  endpoint.clock.set('2026-06-01T10:00:00.000Z')
})

const instanceIds = async (input: DescribeInstancesCommandInput = {}) =>
  ((await client.send(new DescribeInstancesCommand(input))).Reservations ?? [])
    .flatMap(r => r.Instances ?? [])
    .map(i => i.InstanceId)
    .sort()

describe('instances', () => {
  it('keeps a terminated instance visible for an hour, with its key, groups and instance profile', async () => {
    await client.send(new CreateKeyPairCommand({ KeyName: 'packer_1' }))
    const { GroupId } = await client.send(
      new CreateSecurityGroupCommand({ GroupName: 'packer_sg', Description: 'tmp' })
    )
    const run = await client.send(
      new RunInstancesCommand({
        ImageId: SOURCE_AMI,
        MinCount: 1,
        MaxCount: 1,
        KeyName: 'packer_1',
        SecurityGroupIds: [GroupId as string],
        IamInstanceProfile: { Name: 'packer-build' }
      })
    )
    const id = run.Instances?.[0]?.InstanceId as string
    await client.send(new TerminateInstancesCommand({ InstanceIds: [id] }))
    await client.send(new DeleteSecurityGroupCommand({ GroupId }))

    endpoint.clock.advance(59 * 60 * 1000)
    const { Reservations } = await client.send(new DescribeInstancesCommand({ InstanceIds: [id] }))
    expect(Reservations?.[0]?.Instances?.[0]).toMatchObject({
      State: { Name: 'terminated' },
      KeyName: 'packer_1',
      SecurityGroups: [{ GroupId, GroupName: 'packer_sg' }],
      IamInstanceProfile: {
        Arn: 'arn:aws:iam::123456789012:instance-profile/packer-build',
        Id: expect.stringMatching(/^AIPA[0-9A-Z]{17}$/) as unknown
      },
      LaunchTime: new Date('2026-06-01T10:00:00.000Z')
    })
    expect(
      await instanceIds({ Filters: [{ Name: 'instance.group-name', Values: ['packer_*'] }] })
    ).toEqual([id])

    endpoint.clock.advance(60 * 1000)
    expect(await instanceIds()).toEqual([])
    await expect(
      client.send(new DescribeInstancesCommand({ InstanceIds: [id] }))
    ).rejects.toMatchObject({ name: 'InvalidInstanceID.NotFound' })
    expect(endpoint.inspect.instances('us-east-1').map(i => i.state)).toEqual(['terminated'])
  })

  it('filters by image, state, key name, group, launch time, instance profile and tag', async () => {
    const image = endpoint.seed.image('us-east-1', { name: 'app' })
    const group = endpoint.seed.securityGroup('us-east-1', { name: 'web' })
    const a = endpoint.seed.instance('us-east-1', {
      imageId: image,
      keyName: 'k1',
      groupIds: [group],
      launchTime: '2026-05-30T08:00:00Z',
      tags: { Team: 'images' },
      iamInstanceProfileArn: 'arn:aws:iam::123456789012:instance-profile/web'
    })
    const b = endpoint.seed.instance('us-east-1', { imageId: image, state: 'stopped' })
    const c = endpoint.seed.instance('us-east-1', { imageId: SOURCE_AMI, state: 'terminated' })
    const filter = (Name: string, ...Values: string[]) =>
      instanceIds({ Filters: [{ Name, Values }] })

    expect(await filter('image-id', image)).toEqual([a, b].sort())
    expect(await filter('instance-state-name', 'stopped', 'terminated')).toEqual([b, c].sort())
    expect(await filter('key-name', 'k*')).toEqual([a])
    expect(await filter('instance.group-id', group)).toEqual([a])
    expect(await filter('launch-time', '2026-05-30T*')).toEqual([a])
    expect(await filter('iam-instance-profile.arn', '*/web')).toEqual([a])
    expect(await filter('tag:Team', 'images')).toEqual([a])
    expect(await filter('instance-id', c)).toEqual([c])
    await expect(filter('colour', 'red')).rejects.toMatchObject({ name: 'InvalidParameterValue' })
  })

  it('checks the instance profile against IAM when told to', async () => {
    endpoint.configure({ resolveInstanceProfile: ref => iam.resolveInstanceProfile(ref) })
    const run = (name: string) =>
      client.send(
        new RunInstancesCommand({
          ImageId: SOURCE_AMI,
          MinCount: 1,
          MaxCount: 1,
          IamInstanceProfile: { Name: name }
        })
      )
    await expect(run('missing')).rejects.toMatchObject({ name: 'InvalidParameterValue' })
    const arn = iam.seed.instanceProfile({ name: 'builder' })
    const profile = iam.inspect.instanceProfiles()[0]
    const launched = await run('builder')
    expect(launched.Instances?.[0]?.IamInstanceProfile).toEqual({ Arn: arn, Id: profile?.id })
  })
})

describe('key pairs and launch templates', () => {
  it('reports when a key pair was created, by the endpoint clock', async () => {
    await client.send(new CreateKeyPairCommand({ KeyName: 'new' }))
    endpoint.seed.keyPair('us-east-1', { name: 'old', createTime: '2025-01-01T00:00:00Z' })
    const { KeyPairs } = await client.send(new DescribeKeyPairsCommand({}))
    expect(KeyPairs?.map(k => [k.KeyName, k.CreateTime?.toISOString()])).toEqual([
      ['new', '2026-06-01T10:00:00.000Z'],
      ['old', '2025-01-01T00:00:00.000Z']
    ])
  })

  it('deletes a launch template by ID or name, with EC2 errors for one that does not exist', async () => {
    const seeded = endpoint.seed.launchTemplate('us-east-1', {
      name: 'seeded',
      versions: [{ imageId: SOURCE_AMI }, { imageId: SOURCE_AMI }],
      defaultVersion: 2,
      createTime: '2026-01-01T00:00:00Z'
    })
    const { LaunchTemplate } = await client.send(
      new CreateLaunchTemplateCommand({
        LaunchTemplateName: 'web',
        LaunchTemplateData: { ImageId: SOURCE_AMI }
      })
    )
    const { LaunchTemplates } = await client.send(new DescribeLaunchTemplatesCommand({}))
    expect(
      LaunchTemplates?.map(t => [
        t.LaunchTemplateName,
        t.DefaultVersionNumber,
        t.CreateTime?.toISOString()
      ])
    ).toEqual([
      ['seeded', 2, '2026-01-01T00:00:00.000Z'],
      ['web', 1, '2026-06-01T10:00:00.000Z']
    ])
    const deleted = await client.send(
      new DeleteLaunchTemplateCommand({ LaunchTemplateName: 'web' })
    )
    expect(deleted.LaunchTemplate?.LaunchTemplateId).toBe(LaunchTemplate?.LaunchTemplateId)
    await client.send(new DeleteLaunchTemplateCommand({ LaunchTemplateId: seeded }))
    expect(endpoint.inspect.launchTemplates('us-east-1')).toEqual([])
    await expect(
      client.send(new DeleteLaunchTemplateCommand({ LaunchTemplateName: 'web' }))
    ).rejects.toMatchObject({ name: 'InvalidLaunchTemplateName.NotFoundException' })
    await expect(
      client.send(new DeleteLaunchTemplateCommand({ LaunchTemplateId: seeded }))
    ).rejects.toMatchObject({ name: 'InvalidLaunchTemplateId.NotFound' })
  })
})
