import {
  type DescribeImagesCommandInput,
  CopyImageCommand,
  CreateImageCommand,
  CreateKeyPairCommand,
  CreateLaunchTemplateCommand,
  CreateLaunchTemplateVersionCommand,
  CreateSecurityGroupCommand,
  CreateTagsCommand,
  DeleteKeyPairCommand,
  DeleteSecurityGroupCommand,
  DeleteSnapshotCommand,
  DeleteTagsCommand,
  DeregisterImageCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeKeyPairsCommand,
  DescribeLaunchTemplateVersionsCommand,
  DescribeLaunchTemplatesCommand,
  DescribeRegionsCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  DescribeTagsCommand,
  DescribeVolumesCommand,
  DescribeVpcsCommand,
  EC2Client,
  ModifyLaunchTemplateCommand,
  RunInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand
} from '@aws-sdk/client-ec2'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { startEc2Endpoint, type Ec2Endpoint } from '../ec2/server.js'
import { SOURCE_AMI } from '../ec2/world.js'

let endpoint: Ec2Endpoint
const clients = new Map<string, EC2Client>()

function ec2(region = 'us-east-1', maxAttempts = 1): EC2Client {
  const key = `${region}/${maxAttempts}`
  let client = clients.get(key)
  if (!client) {
    // A plain client: the endpoint comes from AWS_ENDPOINT_URL_EC2, as in the action.
    client = new EC2Client({ region, maxAttempts })
    clients.set(key, client)
  }
  return client
}

beforeAll(async () => {
  endpoint = await startEc2Endpoint()
  vi.stubEnv('AWS_ENDPOINT_URL_EC2', endpoint.url)
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDTESTTESTTEST')
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test-secret')
  vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true')
})
afterAll(async () => {
  for (const c of clients.values()) c.destroy()
  vi.unstubAllEnvs()
  await endpoint.close()
})
beforeEach(() => endpoint.reset())

async function launch(region = 'us-east-1') {
  const run = await ec2(region).send(
    new RunInstancesCommand({
      ImageId: SOURCE_AMI,
      MinCount: 1,
      MaxCount: 1,
      InstanceType: 't3.micro'
    })
  )
  return run.Instances?.[0]?.InstanceId as string
}

async function bake(name: string, region = 'us-east-1') {
  const instanceId = await launch(region)
  const { ImageId } = await ec2(region).send(
    new CreateImageCommand({ InstanceId: instanceId, Name: name })
  )
  return ImageId as string
}

async function imageOf(id: string, region = 'us-east-1') {
  const { Images } = await ec2(region).send(new DescribeImagesCommand({ ImageIds: [id] }))
  return Images?.[0]
}

describe('EC2 endpoint through the real SDK', () => {
  it('lists regions and seeds a source image in each', async () => {
    const { Regions } = await ec2().send(new DescribeRegionsCommand({}))
    expect(Regions?.map(r => r.RegionName)).toContain('us-west-2')
    for (const region of ['us-east-1', 'eu-west-1']) {
      expect((await imageOf(SOURCE_AMI, region))?.State).toBe('available')
    }
    expect(endpoint.requests.map(r => `${r.region} ${r.action}`)).toEqual([
      'us-east-1 DescribeRegions',
      'us-east-1 DescribeImages',
      'eu-west-1 DescribeImages'
    ])
  })

  it('filters images by name wildcard, state, tag, tag-key, id and owner', async () => {
    const a = await bake('app-1.0')
    const b = await bake('app-2.0')
    await bake('db-1.0')
    await ec2().send(
      new CreateTagsCommand({
        Resources: [a, b],
        Tags: [{ Key: 'ImageVersion', Value: 'release-1' }]
      })
    )
    await ec2().send(
      new CreateTagsCommand({ Resources: [b], Tags: [{ Key: 'Lineage', Value: 'x' }] })
    )
    const ids = async (input: DescribeImagesCommandInput) =>
      ((await ec2().send(new DescribeImagesCommand(input))).Images ?? []).map(i => i.ImageId).sort()
    expect(await ids({ Filters: [{ Name: 'name', Values: ['app-*'] }] })).toEqual([a, b].sort())
    expect(await ids({ Filters: [{ Name: 'name', Values: ['app-?.0', 'db-*'] }] })).toHaveLength(3)
    expect(await ids({ Filters: [{ Name: 'tag:ImageVersion', Values: ['release-1'] }] })).toEqual(
      [a, b].sort()
    )
    expect(await ids({ Filters: [{ Name: 'tag-key', Values: ['Lineage'] }] })).toEqual([b])
    // A backslash takes the next character as itself (EC2 API, Filter: `\*amazon\?\\`).
    await ec2().send(
      new CreateTagsCommand({ Resources: [a], Tags: [{ Key: 'Path', Value: 'web-*\\x?' }] })
    )
    await ec2().send(
      new CreateTagsCommand({ Resources: [b], Tags: [{ Key: 'Path', Value: 'web-prod\\xy' }] })
    )
    const path = (value: string) => ids({ Filters: [{ Name: 'tag:Path', Values: [value] }] })
    expect(await path('web-*')).toEqual([a, b].sort())
    expect(await path('web-\\*\\\\x\\?')).toEqual([a])
    expect(await path('web-prod\\\\x?')).toEqual([b])
    expect(
      await ids({
        Filters: [
          { Name: 'image-id', Values: [a] },
          { Name: 'state', Values: ['available'] }
        ]
      })
    ).toEqual([a])
    expect(await ids({ Owners: ['self'] })).toHaveLength(3)
    expect(await ids({})).toHaveLength(4)
    await expect(
      ec2().send(new DescribeImagesCommand({ ImageIds: ['ami-0000000000000dead'] }))
    ).rejects.toMatchObject({
      name: 'InvalidAMIID.NotFound'
    })
    await expect(
      ec2().send(new DescribeImagesCommand({ Filters: [{ Name: 'bogus', Values: ['x'] }] }))
    ).rejects.toMatchObject({
      name: 'InvalidParameterValue'
    })
  })

  it('keeps a new image pending for the configured delay, on the endpoint clock', async () => {
    endpoint.configure({ imageAvailableAfterMs: 300_000 })
    endpoint.clock.set('2026-03-01T12:00:00.000Z')
    const id = await bake('slow')
    const image = await imageOf(id)
    expect(image).toMatchObject({ State: 'pending', CreationDate: '2026-03-01T12:00:00.000Z' })
    endpoint.clock.advance(299_999)
    expect((await imageOf(id))?.State).toBe('pending')
    endpoint.clock.advance(1)
    expect((await imageOf(id))?.State).toBe('available')
  })

  it('keeps a copy pending longer in the region configured for it', async () => {
    endpoint.configure({ imageAvailableAfterMsIn: { 'us-west-2': 60_000 } })
    endpoint.clock.set('2026-03-01T12:00:00.000Z')
    const id = await bake('app')
    expect((await imageOf(id))?.State).toBe('available')
    const copy = await ec2('us-west-2').send(
      new CopyImageCommand({ SourceRegion: 'us-east-1', SourceImageId: id, Name: 'app' })
    )
    expect((await imageOf(copy.ImageId as string, 'us-west-2'))?.State).toBe('pending')
    endpoint.clock.advance(60_000)
    expect((await imageOf(copy.ImageId as string, 'us-west-2'))?.State).toBe('available')
  })

  it('gives each image a snapshot per EBS device, copies across regions, regions apart', async () => {
    const id = await bake('app-1.0')
    const snapshotId = (await imageOf(id))?.BlockDeviceMappings?.[0]?.Ebs?.SnapshotId as string
    expect(snapshotId).toMatch(/^snap-[0-9a-f]{17}$/)
    const { Snapshots } = await ec2().send(
      new DescribeSnapshotsCommand({ SnapshotIds: [snapshotId] })
    )
    expect(Snapshots?.[0]?.OwnerId).toBe('123456789012')

    const copy = await ec2('us-west-2').send(
      new CopyImageCommand({ SourceRegion: 'us-east-1', SourceImageId: id, Name: 'app-1.0' })
    )
    expect(
      (await imageOf(copy.ImageId as string, 'us-west-2'))?.BlockDeviceMappings?.[0]?.Ebs
        ?.SnapshotId
    ).not.toBe(snapshotId)
    await expect(imageOf(id, 'us-west-2')).rejects.toMatchObject({ name: 'InvalidAMIID.NotFound' })
    await expect(imageOf(copy.ImageId as string)).rejects.toMatchObject({
      name: 'InvalidAMIID.NotFound'
    })
    await expect(
      ec2().send(new CreateImageCommand({ InstanceId: await launch(), Name: 'app-1.0' }))
    ).rejects.toMatchObject({
      name: 'InvalidAMIName.Duplicate'
    })
  })

  it('deregisters with or without the snapshots, and refuses to delete a snapshot in use', async () => {
    const keep = await bake('keep')
    const keepSnap = (await imageOf(keep))?.BlockDeviceMappings?.[0]?.Ebs?.SnapshotId as string
    await expect(
      ec2().send(new DeleteSnapshotCommand({ SnapshotId: keepSnap }))
    ).rejects.toMatchObject({ name: 'InvalidSnapshot.InUse' })
    await ec2().send(new DeregisterImageCommand({ ImageId: keep }))
    expect(
      (await ec2().send(new DescribeSnapshotsCommand({ SnapshotIds: [keepSnap] }))).Snapshots
    ).toHaveLength(1)

    const drop = await bake('drop')
    const dropSnap = (await imageOf(drop))?.BlockDeviceMappings?.[0]?.Ebs?.SnapshotId as string
    await ec2().send(new DeregisterImageCommand({ ImageId: drop, DeleteAssociatedSnapshots: true }))
    await expect(
      ec2().send(new DescribeSnapshotsCommand({ SnapshotIds: [dropSnap] }))
    ).rejects.toMatchObject({
      name: 'InvalidSnapshot.NotFound'
    })
    await expect(
      ec2().send(new DeregisterImageCommand({ ImageId: SOURCE_AMI }))
    ).rejects.toMatchObject({ name: 'AuthFailure' })
  })

  it('tags, lists and untags every resource kind', async () => {
    const instanceId = await launch()
    const imageId = await bake('tagged')
    const snapshotId = (await imageOf(imageId))?.BlockDeviceMappings?.[0]?.Ebs?.SnapshotId as string
    const { Volumes } = await ec2().send(
      new DescribeVolumesCommand({
        Filters: [{ Name: 'attachment.instance-id', Values: [instanceId] }]
      })
    )
    const volumeId = Volumes?.[0]?.VolumeId as string
    const { GroupId } = await ec2().send(
      new CreateSecurityGroupCommand({ GroupName: 'g', Description: 'd' })
    )
    const { KeyPairId } = await ec2().send(new CreateKeyPairCommand({ KeyName: 'k' }))
    const { LaunchTemplate } = await ec2().send(
      new CreateLaunchTemplateCommand({
        LaunchTemplateName: 'lt',
        LaunchTemplateData: { ImageId: imageId }
      })
    )
    const resources = [
      instanceId,
      imageId,
      snapshotId,
      volumeId,
      GroupId,
      KeyPairId,
      LaunchTemplate?.LaunchTemplateId
    ] as string[]
    await ec2().send(
      new CreateTagsCommand({ Resources: resources, Tags: [{ Key: 'Team', Value: 'images' }] })
    )
    const { Tags } = await ec2().send(
      new DescribeTagsCommand({ Filters: [{ Name: 'key', Values: ['Team'] }] })
    )
    expect(Tags?.map(t => t.ResourceType).sort()).toEqual(
      [
        'image',
        'instance',
        'key-pair',
        'launch-template',
        'security-group',
        'snapshot',
        'volume'
      ].sort()
    )
    await ec2().send(new DeleteTagsCommand({ Resources: [imageId], Tags: [{ Key: 'Team' }] }))
    const after = await ec2().send(
      new DescribeTagsCommand({ Filters: [{ Name: 'resource-id', Values: [imageId] }] })
    )
    expect(after.Tags).toEqual([])
    await expect(
      ec2().send(
        new CreateTagsCommand({
          Resources: ['i-00000000000000bad'],
          Tags: [{ Key: 'a', Value: 'b' }]
        })
      )
    ).rejects.toMatchObject({
      name: 'InvalidInstanceID.NotFound'
    })
  })

  it('moves instances through pending, running, stopping, stopped, shutting-down, terminated', async () => {
    const run = await ec2().send(
      new RunInstancesCommand({ ImageId: SOURCE_AMI, MinCount: 1, MaxCount: 1 })
    )
    const id = run.Instances?.[0]?.InstanceId as string
    expect(run.Instances?.[0]?.State?.Name).toBe('pending')
    const state = async () =>
      (await ec2().send(new DescribeInstancesCommand({ InstanceIds: [id] }))).Reservations?.[0]
        ?.Instances?.[0]?.State?.Name
    expect(await state()).toBe('running')
    const stop = await ec2().send(new StopInstancesCommand({ InstanceIds: [id] }))
    expect(stop.StoppingInstances?.[0]?.CurrentState?.Name).toBe('stopping')
    expect(await state()).toBe('stopped')
    const term = await ec2().send(new TerminateInstancesCommand({ InstanceIds: [id] }))
    expect(term.TerminatingInstances?.[0]).toMatchObject({
      CurrentState: { Name: 'shutting-down', Code: 32 },
      PreviousState: { Name: 'stopped' }
    })
    expect(await state()).toBe('terminated')
    const { Volumes } = await ec2().send(
      new DescribeVolumesCommand({ Filters: [{ Name: 'attachment.instance-id', Values: [id] }] })
    )
    expect(Volumes).toEqual([])
    const running = await ec2().send(
      new DescribeInstancesCommand({
        Filters: [{ Name: 'instance-state-name', Values: ['running', 'stopped'] }]
      })
    )
    expect(running.Reservations).toEqual([])
  })

  it('has key pairs and security groups with EC2 errors', async () => {
    await ec2().send(new CreateKeyPairCommand({ KeyName: 'packer_x' }))
    await expect(
      ec2().send(new CreateKeyPairCommand({ KeyName: 'packer_x' }))
    ).rejects.toMatchObject({ name: 'InvalidKeyPair.Duplicate' })
    expect(
      (await ec2().send(new DescribeKeyPairsCommand({ KeyNames: ['packer_x'] }))).KeyPairs
    ).toHaveLength(1)
    await ec2().send(new DeleteKeyPairCommand({ KeyName: 'packer_x' }))
    await expect(
      ec2().send(new DescribeKeyPairsCommand({ KeyNames: ['packer_x'] }))
    ).rejects.toMatchObject({ name: 'InvalidKeyPair.NotFound' })

    const { GroupId } = await ec2().send(
      new CreateSecurityGroupCommand({ GroupName: 'packer_sg', Description: 'tmp' })
    )
    const run = await ec2().send(
      new RunInstancesCommand({
        ImageId: SOURCE_AMI,
        MinCount: 1,
        MaxCount: 1,
        SecurityGroupIds: [GroupId as string]
      })
    )
    await expect(ec2().send(new DeleteSecurityGroupCommand({ GroupId }))).rejects.toMatchObject({
      name: 'DependencyViolation'
    })
    await ec2().send(
      new TerminateInstancesCommand({ InstanceIds: [run.Instances?.[0]?.InstanceId as string] })
    )
    await ec2().send(new DeleteSecurityGroupCommand({ GroupId }))
    expect(
      (
        await ec2().send(
          new DescribeSecurityGroupsCommand({
            Filters: [{ Name: 'group-name', Values: ['packer_*'] }]
          })
        )
      ).SecurityGroups
    ).toEqual([])
  })

  it('keeps launch template versions with $Latest and $Default', async () => {
    const a = await bake('a')
    const b = await bake('b')
    const { LaunchTemplate } = await ec2().send(
      new CreateLaunchTemplateCommand({
        LaunchTemplateName: 'web',
        LaunchTemplateData: { ImageId: a }
      })
    )
    const id = LaunchTemplate?.LaunchTemplateId as string
    const v2 = await ec2().send(
      new CreateLaunchTemplateVersionCommand({
        LaunchTemplateId: id,
        SourceVersion: '1',
        LaunchTemplateData: { ImageId: b }
      })
    )
    expect(v2.LaunchTemplateVersion?.VersionNumber).toBe(2)
    const imageOfVersion = async (v: string) =>
      (
        await ec2().send(
          new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, Versions: [v] })
        )
      ).LaunchTemplateVersions?.[0]?.LaunchTemplateData?.ImageId
    expect(await imageOfVersion('$Default')).toBe(a)
    expect(await imageOfVersion('$Latest')).toBe(b)
    await ec2().send(new ModifyLaunchTemplateCommand({ LaunchTemplateId: id, DefaultVersion: '2' }))
    expect(await imageOfVersion('$Default')).toBe(b)
    const { LaunchTemplates } = await ec2().send(new DescribeLaunchTemplatesCommand({}))
    expect(LaunchTemplates?.[0]).toMatchObject({
      LaunchTemplateName: 'web',
      DefaultVersionNumber: 2,
      LatestVersionNumber: 2
    })
  })

  it('injects throttling and outages that the SDK retries', async () => {
    endpoint.failNext('DescribeImages', 2, 'throttle')
    const retried = new EC2Client({ region: 'us-east-1', maxAttempts: 3, retryMode: 'standard' })
    try {
      await expect(imageOf(SOURCE_AMI)).rejects.toMatchObject({
        name: 'RequestLimitExceeded',
        $metadata: { httpStatusCode: 503 }
      })
      expect(
        (await retried.send(new DescribeImagesCommand({ ImageIds: [SOURCE_AMI] }))).Images
      ).toHaveLength(1)
      expect(endpoint.requests.map(r => r.error)).toEqual([
        'RequestLimitExceeded',
        'RequestLimitExceeded',
        undefined
      ])

      endpoint.failNext('DescribeRegions', 1, 'unavailable')
      await expect(ec2().send(new DescribeRegionsCommand({}))).rejects.toMatchObject({
        name: 'Unavailable',
        $metadata: { httpStatusCode: 503 }
      })
    } finally {
      retried.destroy()
    }
  })

  it('answers late when told to, as a region does over the network, until the faults are cleared', async () => {
    endpoint.delayAnswers(2_000)
    await expect(
      ec2().send(new DescribeRegionsCommand({}), { abortSignal: AbortSignal.timeout(200) })
    ).rejects.toMatchObject({ name: 'AbortError' })
    expect(endpoint.requests.map(r => r.action)).toEqual(['DescribeRegions'])
    endpoint.delayAnswers(20)
    expect((await ec2().send(new DescribeRegionsCommand({}))).Regions?.length).toBeGreaterThan(0)
    endpoint.clearFaults()
    const answered = await ec2().send(new DescribeRegionsCommand({}), {
      abortSignal: AbortSignal.timeout(1_000)
    })
    expect(answered.Regions?.length).toBeGreaterThan(0)
  })

  it('does a held call at once and answers it when told, the next call of the action only', async () => {
    let release!: () => void
    endpoint.holdNext('CreateKeyPair', new Promise<void>(resolve => (release = resolve)))
    let answered = false
    const held = ec2()
      .send(new CreateKeyPairCommand({ KeyName: 'held' }))
      .then(r => ((answered = true), r))
    await vi.waitFor(() => expect(endpoint.inspect.keyPairs('us-east-1')).toHaveLength(1))
    await new Promise(resolve => setTimeout(resolve, 200))
    expect(answered).toBe(false)
    const next = await ec2().send(new CreateKeyPairCommand({ KeyName: 'next' }))
    expect(next.KeyName).toBe('next')
    release()
    expect((await held).KeyName).toBe('held')
  })

  it('answers an action it does not implement with InvalidAction, and an unsigned call with AuthFailure', async () => {
    await expect(ec2().send(new DescribeVpcsCommand({}))).rejects.toMatchObject({
      name: 'InvalidAction'
    })
    const response = await fetch(endpoint.url, {
      method: 'POST',
      body: 'Action=DescribeRegions&Version=2016-11-15'
    })
    expect(response.status).toBe(401)
    expect(await response.text()).toContain('<Code>AuthFailure</Code>')
    expect(endpoint.requests.at(-1)).toMatchObject({
      action: 'DescribeRegions',
      error: 'AuthFailure'
    })
  })
})
