import {
  CopyImageCommand,
  CreateImageCommand,
  DeregisterImageCommand,
  DescribeImageAttributeCommand,
  DescribeImagesCommand,
  DisableImageCommand,
  DisableImageDeprecationCommand,
  DisableImageDeregistrationProtectionCommand,
  EC2Client,
  EnableImageCommand,
  EnableImageDeprecationCommand,
  EnableImageDeregistrationProtectionCommand,
  ModifyImageAttributeCommand,
  RunInstancesCommand,
  waitUntilImageAvailable,
  type DescribeImagesCommandInput
} from '@aws-sdk/client-ec2'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { awsEnv } from '../aws/env.js'
import { startEc2Endpoint, type Ec2Endpoint } from '../ec2/server.js'
import { ACCOUNT_ID, SOURCE_AMI } from '../ec2/world.js'

const OTHER = '210987654321'
let endpoint: Ec2Endpoint
let client: EC2Client
let west: EC2Client

beforeAll(async () => {
  endpoint = await startEc2Endpoint()
  for (const [name, value] of Object.entries(awsEnv({ ec2: endpoint.url }))) vi.stubEnv(name, value)
  client = new EC2Client({ region: 'us-east-1', maxAttempts: 1 })
  west = new EC2Client({ region: 'us-west-2', maxAttempts: 1 })
})
afterAll(async () => {
  client?.destroy()
  west?.destroy()
  vi.unstubAllEnvs()
  await endpoint?.close()
})
beforeEach(() => {
  endpoint.reset()
  endpoint.clock.set('2026-06-01T10:00:00.000Z')
})

const ids = async (input: DescribeImagesCommandInput = {}) =>
  ((await client.send(new DescribeImagesCommand(input))).Images ?? []).map(i => i.ImageId).sort()

const imageOf = async (id: string, on = client) =>
  (await on.send(new DescribeImagesCommand({ ImageIds: [id] }))).Images?.[0]

async function launch(imageId = SOURCE_AMI): Promise<string> {
  const run = await client.send(
    new RunInstancesCommand({ ImageId: imageId, MinCount: 1, MaxCount: 1 })
  )
  return run.Instances?.[0]?.InstanceId as string
}

describe('image fields as DescribeImages returns them', () => {
  it('records the source instance, the source image and region, and the last launch', async () => {
    const instanceId = await launch()
    const { ImageId } = await client.send(
      new CreateImageCommand({ InstanceId: instanceId, Name: 'app' })
    )
    const image = await imageOf(ImageId as string)
    expect(image).toMatchObject({
      SourceInstanceId: instanceId,
      State: 'available',
      Public: false,
      OwnerId: ACCOUNT_ID,
      DeregistrationProtection: 'disabled',
      CreationDate: '2026-06-01T10:00:00.000Z'
    })
    expect(image?.LastLaunchedTime).toBeUndefined()

    const copy = await west.send(
      new CopyImageCommand({ SourceRegion: 'us-east-1', SourceImageId: ImageId, Name: 'app' })
    )
    expect(await imageOf(copy.ImageId as string, west)).toMatchObject({
      SourceImageId: ImageId,
      SourceImageRegion: 'us-east-1'
    })

    endpoint.clock.advance(90_000)
    await launch(ImageId)
    expect((await imageOf(ImageId as string))?.LastLaunchedTime).toBe('2026-06-01T10:01:30.000Z')
    expect(await ids({ Filters: [{ Name: 'source-instance-id', Values: [instanceId] }] })).toEqual([
      ImageId
    ])
  })

  it('answers as an older EC2 without the newer fields when legacyImageFields is set', async () => {
    const id = endpoint.seed.image('us-east-1', {
      name: 'old',
      sourceInstanceId: 'i-0123456789abcdef0',
      sourceImageId: 'ami-0123456789abcdef0',
      sourceImageRegion: 'eu-west-1',
      lastLaunchedTime: '2026-05-01T00:00:00Z'
    })
    expect(await imageOf(id)).toMatchObject({
      SourceInstanceId: 'i-0123456789abcdef0',
      LastLaunchedTime: '2026-05-01T00:00:00.000Z'
    })
    endpoint.configure({ legacyImageFields: true })
    const image = await imageOf(id)
    for (const field of [
      'SourceInstanceId',
      'SourceImageId',
      'SourceImageRegion',
      'LastLaunchedTime'
    ])
      expect(image).not.toHaveProperty(field)
    await expect(
      client.send(new DescribeImageAttributeCommand({ ImageId: id, Attribute: 'lastLaunchedTime' }))
    ).rejects.toMatchObject({ name: 'InvalidParameterValue' })
    await expect(
      ids({ Filters: [{ Name: 'source-instance-id', Values: ['i-0123456789abcdef0'] }] })
    ).rejects.toMatchObject({ name: 'InvalidParameterValue' })
    endpoint.configure({ legacyImageFields: undefined })
    expect((await imageOf(id))?.SourceImageRegion).toBe('eu-west-1')
  })

  it('filters by name, owner, state, is-public, tag and tag-key, and shows only what the account may see', async () => {
    const own = endpoint.seed.image('us-east-1', { name: 'app-1', tags: { Lineage: 'app' } })
    const pending = endpoint.seed.image('us-east-1', { name: 'app-2', state: 'pending' })
    const shared = endpoint.seed.image('us-east-1', {
      name: 'vendor',
      ownerId: OTHER,
      launchPermissions: { userIds: [ACCOUNT_ID] }
    })
    const open = endpoint.seed.image('us-east-1', { name: 'public', ownerId: OTHER, public: true })
    endpoint.seed.image('us-east-1', { name: 'private', ownerId: OTHER })

    expect(await ids()).toEqual([own, pending, shared, open, SOURCE_AMI].sort())
    expect(await ids({ Owners: ['self'] })).toEqual([own, pending].sort())
    expect(await ids({ Owners: [OTHER] })).toEqual([shared, open].sort())
    expect(await ids({ ExecutableUsers: ['self'] })).toEqual([shared])
    expect(await ids({ Filters: [{ Name: 'name', Values: ['app-*'] }] })).toEqual(
      [own, pending].sort()
    )
    expect(await ids({ Filters: [{ Name: 'state', Values: ['pending'] }] })).toEqual([pending])
    expect(await ids({ Filters: [{ Name: 'is-public', Values: ['true'] }] })).toEqual(
      [open, SOURCE_AMI].sort()
    )
    expect(await ids({ Filters: [{ Name: 'owner-id', Values: [ACCOUNT_ID] }] })).toHaveLength(2)
    expect(await ids({ Filters: [{ Name: 'tag:Lineage', Values: ['app'] }] })).toEqual([own])
    expect(await ids({ Filters: [{ Name: 'tag-key', Values: ['Lin*'] }] })).toEqual([own])
    await expect(
      imageOf(endpoint.inspect.images('us-east-1').find(i => i.name === 'private')?.id as string)
    ).rejects.toMatchObject({
      name: 'InvalidAMIID.NotFound'
    })
  })

  it('turns a pending image available when the clock passes, for the SDK waiter', async () => {
    const id = endpoint.seed.image('us-east-1', { name: 'slow', availableAfterMs: 600_000 })
    // The first poll sees it pending; just before the second, ten minutes pass.
    endpoint.beforeNext('DescribeImages', () =>
      endpoint.beforeNext('DescribeImages', () => endpoint.clock.advance(600_000))
    )
    const result = await waitUntilImageAvailable(
      { client, maxWaitTime: 5, minDelay: 0.01, maxDelay: 0.02 },
      { ImageIds: [id] }
    )
    expect(result.state).toBe('SUCCESS')
    expect(endpoint.requests.filter(r => r.action === 'DescribeImages')).toHaveLength(2)
  })
})

describe('deprecation and disabling', () => {
  it('rounds DeprecateAt to the minute, refuses the past, and hides deprecated images from others', async () => {
    const own = endpoint.seed.image('us-east-1', { name: 'own' })
    const theirs = endpoint.seed.image('us-east-1', {
      name: 'theirs',
      ownerId: OTHER,
      public: true,
      creationDate: '2026-05-01T00:00:00Z',
      deprecationTime: '2026-06-01T11:00:00Z'
    })
    await client.send(
      new EnableImageDeprecationCommand({
        ImageId: own,
        DeprecateAt: new Date('2026-06-01T10:30:31Z')
      })
    )
    expect((await imageOf(own))?.DeprecationTime).toBe('2026-06-01T10:31:00.000Z')
    await expect(
      client.send(
        new EnableImageDeprecationCommand({
          ImageId: own,
          DeprecateAt: new Date('2026-06-01T09:59:00Z')
        })
      )
    ).rejects.toMatchObject({ name: 'InvalidParameterValue' })
    await expect(
      client.send(
        new EnableImageDeprecationCommand({
          ImageId: theirs,
          DeprecateAt: new Date('2026-07-01T00:00:00Z')
        })
      )
    ).rejects.toMatchObject({ name: 'AuthFailure' })

    // Not yet deprecated: everyone sees both.
    expect(await ids({ Filters: [{ Name: 'name', Values: ['own', 'theirs'] }] })).toEqual(
      [own, theirs].sort()
    )
    endpoint.clock.set('2026-06-01T12:00:00Z')
    // The owner still sees its deprecated image; another owner's appears on request or by ID.
    expect(await ids({ Filters: [{ Name: 'name', Values: ['own', 'theirs'] }] })).toEqual([own])
    expect(
      await ids({ IncludeDeprecated: true, Filters: [{ Name: 'name', Values: ['own', 'theirs'] }] })
    ).toEqual([own, theirs].sort())
    expect((await imageOf(theirs))?.ImageId).toBe(theirs)
    expect(endpoint.inspect.images('us-east-1').find(i => i.id === own)?.deprecated).toBe(true)

    await client.send(new DisableImageDeprecationCommand({ ImageId: own }))
    expect((await imageOf(own))?.DeprecationTime).toBeUndefined()
  })

  it('disables an image: state disabled, made private, shown only with IncludeDisabled, not launchable', async () => {
    const id = endpoint.seed.image('us-east-1', { name: 'app', public: true })
    await client.send(new DisableImageCommand({ ImageId: id }))
    expect(await ids({ Owners: ['self'] })).toEqual([])
    expect(await ids({ Owners: ['self'], IncludeDisabled: true })).toEqual([id])
    expect(
      (await client.send(new DescribeImagesCommand({ ImageIds: [id], IncludeDisabled: true })))
        .Images?.[0]
    ).toMatchObject({ State: 'disabled', Public: false })
    expect(
      await ids({ IncludeDisabled: true, Filters: [{ Name: 'state', Values: ['disabled'] }] })
    ).toEqual([id])
    await expect(launch(id)).rejects.toMatchObject({ name: 'InvalidAMIID.Unavailable' })
    await client.send(new EnableImageCommand({ ImageId: id }))
    expect((await imageOf(id))?.State).toBe('available')
  })
})

describe('deregistration protection', () => {
  it('refuses to deregister a protected image, and keeps refusing for the cooldown', async () => {
    const plain = endpoint.seed.image('us-east-1', { name: 'plain' })
    const cooled = endpoint.seed.image('us-east-1', { name: 'cooled' })
    const enabled = await client.send(
      new EnableImageDeregistrationProtectionCommand({ ImageId: plain })
    )
    expect(enabled.Return).toBe('enabled-without-cooldown')
    await client.send(
      new EnableImageDeregistrationProtectionCommand({ ImageId: cooled, WithCooldown: true })
    )
    expect((await imageOf(cooled))?.DeregistrationProtection).toBe('enabled-with-cooldown')

    for (const id of [plain, cooled])
      await expect(client.send(new DeregisterImageCommand({ ImageId: id }))).rejects.toMatchObject({
        name: 'OperationNotPermitted'
      })
    for (const id of [plain, cooled]) {
      const disabled = await client.send(
        new DisableImageDeregistrationProtectionCommand({ ImageId: id })
      )
      expect(disabled.Return).toBe('disabled')
    }
    await client.send(new DeregisterImageCommand({ ImageId: plain }))
    await expect(
      client.send(new DeregisterImageCommand({ ImageId: cooled }))
    ).rejects.toMatchObject({
      name: 'OperationNotPermitted'
    })
    endpoint.clock.advance(24 * 60 * 60 * 1000)
    await client.send(new DeregisterImageCommand({ ImageId: cooled }))
    expect(endpoint.inspect.images('us-east-1').map(i => i.name)).toEqual([
      'debian-12-amd64-20260101-0000'
    ])
  })

  it('seeds protection', async () => {
    const id = endpoint.seed.image('us-east-1', { name: 'kept', deregistrationProtection: true })
    const { DeregistrationProtection } = await client.send(
      new DescribeImageAttributeCommand({ ImageId: id, Attribute: 'deregistrationProtection' })
    )
    expect(DeregistrationProtection?.Value).toBe('enabled-without-cooldown')
  })
})

describe('image attributes', () => {
  it('adds and removes launch permissions for accounts, everyone, organizations and OUs', async () => {
    const id = endpoint.seed.image('us-east-1', { name: 'shared' })
    const org = 'arn:aws:organizations::123456789012:organization/o-abcdefghij'
    const ou = 'arn:aws:organizations::123456789012:ou/o-abcdefghij/ou-ab12-abcdefgh'
    await client.send(
      new ModifyImageAttributeCommand({
        ImageId: id,
        LaunchPermission: {
          Add: [
            { UserId: OTHER },
            { Group: 'all' },
            { OrganizationArn: org },
            { OrganizationalUnitArn: ou }
          ]
        }
      })
    )
    const permissions = async () =>
      (
        await client.send(
          new DescribeImageAttributeCommand({ ImageId: id, Attribute: 'launchPermission' })
        )
      ).LaunchPermissions
    expect(await permissions()).toEqual([
      { Group: 'all' },
      { UserId: OTHER },
      { OrganizationArn: org },
      { OrganizationalUnitArn: ou }
    ])
    expect((await imageOf(id))?.Public).toBe(true)
    await client.send(
      new ModifyImageAttributeCommand({
        ImageId: id,
        LaunchPermission: {
          Remove: [{ Group: 'all' }, { UserId: OTHER }, { OrganizationArn: org }]
        }
      })
    )
    expect(await permissions()).toEqual([{ OrganizationalUnitArn: ou }])
    expect((await imageOf(id))?.Public).toBe(false)

    await expect(
      client.send(
        new ModifyImageAttributeCommand({
          ImageId: id,
          LaunchPermission: { Add: [{ UserId: 'nobody' }] }
        })
      )
    ).rejects.toMatchObject({ name: 'InvalidAMIAttributeItemValue' })
    await expect(
      client.send(
        new ModifyImageAttributeCommand({
          ImageId: SOURCE_AMI,
          LaunchPermission: { Add: [{ UserId: OTHER }] }
        })
      )
    ).rejects.toMatchObject({ name: 'AuthFailure' })
  })

  it('describes the description and the last launch, and refuses an unknown attribute', async () => {
    const id = endpoint.seed.image('us-east-1', { name: 'app', description: 'App image' })
    await client.send(
      new ModifyImageAttributeCommand({ ImageId: id, Description: { Value: 'App v2' } })
    )
    const attribute = (name: 'description' | 'lastLaunchedTime') =>
      client.send(new DescribeImageAttributeCommand({ ImageId: id, Attribute: name }))
    expect((await attribute('description')).Description?.Value).toBe('App v2')
    expect((await attribute('lastLaunchedTime')).LastLaunchedTime?.Value).toBeUndefined()
    await launch(id)
    expect((await attribute('lastLaunchedTime')).LastLaunchedTime?.Value).toBe(
      '2026-06-01T10:00:00.000Z'
    )
    await expect(
      client.send(
        new DescribeImageAttributeCommand({ ImageId: id, Attribute: 'colour' as 'description' })
      )
    ).rejects.toMatchObject({ name: 'InvalidParameterValue' })
  })
})
