import {
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  DescribeRegionsCommand,
  DescribeSecurityGroupsCommand,
  DescribeSnapshotsCommand,
  EC2Client,
  paginateDescribeImages,
  paginateDescribeInstances,
  paginateDescribeLaunchTemplates,
  paginateDescribeLaunchTemplateVersions,
  paginateDescribeSecurityGroups,
  paginateDescribeSnapshots
} from '@aws-sdk/client-ec2'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { awsEnv } from '../aws/env.js'
import { startEc2Endpoint, type Ec2Endpoint } from '../ec2/server.js'
import { SOURCE_AMI } from '../ec2/world.js'

let endpoint: Ec2Endpoint
let client: EC2Client

beforeAll(async () => {
  endpoint = await startEc2Endpoint()
  for (const [name, value] of Object.entries(awsEnv({ ec2: endpoint.url }))) vi.stubEnv(name, value)
  client = new EC2Client({ region: 'us-east-1', maxAttempts: 1 })
})
afterAll(async () => {
  client?.destroy()
  vi.unstubAllEnvs()
  await endpoint?.close()
})
beforeEach(() => endpoint.reset())

async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = []
  for await (const page of pages) all.push(page)
  return all
}

function seedMany(count: number): void {
  const group = endpoint.seed.securityGroup('us-east-1', { name: 'g0' })
  for (let i = 0; i < count; i++) {
    const image = endpoint.seed.image('us-east-1', { name: `app-${i}` })
    endpoint.seed.instance('us-east-1', { imageId: image, groupIds: [group] })
    if (i > 0) endpoint.seed.securityGroup('us-east-1', { name: `g${i}` })
  }
  endpoint.seed.launchTemplate('us-east-1', {
    name: 'lt0',
    versions: Array.from({ length: count }, () => ({ imageId: SOURCE_AMI }))
  })
  for (let i = 1; i < count; i++)
    endpoint.seed.launchTemplate('us-east-1', {
      name: `lt${i}`,
      versions: [{ imageId: SOURCE_AMI }]
    })
}

describe('pagination as EC2 does it', () => {
  it('caps every page at pageSize even without MaxResults, so only a caller that follows NextToken sees all', async () => {
    seedMany(7)
    endpoint.configure({ pageSize: 3 })
    const first = await client.send(new DescribeImagesCommand({ Owners: ['self'] }))
    expect(first.Images).toHaveLength(3)
    expect(first.NextToken).toBeDefined()

    const config = { client }
    const counts = {
      images: (await collect(paginateDescribeImages(config, { Owners: ['self'] }))).map(
        p => p.Images?.length
      ),
      instances: (await collect(paginateDescribeInstances(config, {}))).map(p =>
        p.Reservations?.reduce((n, r) => n + (r.Instances?.length ?? 0), 0)
      ),
      // 7 images of ours plus the source image's snapshot.
      snapshots: (await collect(paginateDescribeSnapshots(config, {}))).map(
        p => p.Snapshots?.length
      ),
      groups: (await collect(paginateDescribeSecurityGroups(config, {}))).map(
        p => p.SecurityGroups?.length
      ),
      templates: (await collect(paginateDescribeLaunchTemplates(config, {}))).map(
        p => p.LaunchTemplates?.length
      ),
      versions: (
        await collect(paginateDescribeLaunchTemplateVersions(config, { LaunchTemplateName: 'lt0' }))
      ).map(p => p.LaunchTemplateVersions?.length)
    }
    expect(counts).toEqual({
      images: [3, 3, 1],
      instances: [3, 3, 1],
      snapshots: [3, 3, 2],
      groups: [3, 3, 1],
      templates: [3, 3, 1],
      versions: [3, 3, 1]
    })
    // A smaller MaxResults wins over pageSize; pageSize caps a larger one.
    const seen = await collect(paginateDescribeSecurityGroups({ client, pageSize: 5 }, {}))
    expect(seen.map(p => p.SecurityGroups?.length)).toEqual([3, 3, 1])
    expect(
      endpoint.requests.filter(r => r.action === 'DescribeSecurityGroups').at(-1)?.params
    ).toMatchObject({
      MaxResults: '5'
    })
  })

  it('pages with MaxResults alone and lists everything without it', async () => {
    seedMany(6)
    const pages = await collect(paginateDescribeInstances({ client, pageSize: 5 }, {}))
    expect(pages.map(p => p.Reservations?.length)).toEqual([5, 1])
    const all = await client.send(new DescribeInstancesCommand({}))
    expect(all.Reservations).toHaveLength(6)
    expect(all.NextToken).toBeUndefined()
  })

  it("respects EC2's MaxResults bounds", async () => {
    const reject = (promise: Promise<unknown>, name: string) =>
      expect(promise).rejects.toMatchObject({ name })
    await reject(
      client.send(new DescribeInstancesCommand({ MaxResults: 4 })),
      'InvalidParameterValue'
    )
    await reject(
      client.send(new DescribeInstancesCommand({ MaxResults: 1001 })),
      'InvalidParameterValue'
    )
    await reject(
      client.send(
        new DescribeInstancesCommand({ MaxResults: 5, InstanceIds: ['i-00000000000000001'] })
      ),
      'InvalidParameterCombination'
    )
    await reject(
      client.send(new DescribeSecurityGroupsCommand({ MaxResults: 4 })),
      'InvalidParameterValue'
    )
    await reject(
      client.send(new DescribeLaunchTemplatesCommand({ MaxResults: 201 })),
      'InvalidParameterValue'
    )
    await reject(
      client.send(new DescribeLaunchTemplateVersionsCommand({ MaxResults: 0 })),
      'InvalidParameterValue'
    )
    // DescribeSnapshots answers at most 1000 instead of refusing more.
    expect(
      (await client.send(new DescribeSnapshotsCommand({ MaxResults: 5000 }))).Snapshots
    ).toHaveLength(1)
    expect((await client.send(new DescribeImagesCommand({ MaxResults: 1 }))).Images).toHaveLength(1)
  })

  it('refuses a NextToken it did not give, or gave for another action', async () => {
    seedMany(2)
    endpoint.configure({ pageSize: 1 })
    const images = await client.send(new DescribeImagesCommand({ Owners: ['self'] }))
    await expect(
      client.send(new DescribeImagesCommand({ NextToken: 'not-a-token' }))
    ).rejects.toMatchObject({ name: 'InvalidPaginationToken' })
    await expect(
      client.send(new DescribeSnapshotsCommand({ NextToken: images.NextToken }))
    ).rejects.toMatchObject({ name: 'InvalidPaginationToken' })
    const second = await client.send(
      new DescribeImagesCommand({ Owners: ['self'], NextToken: images.NextToken })
    )
    expect(second.Images?.[0]?.ImageId).not.toBe(images.Images?.[0]?.ImageId)
    expect(second.NextToken).toBeUndefined()
  })
})

describe('faults', () => {
  it('fails only the requests that match `when`, and counts only those', async () => {
    const protectedImage = endpoint.seed.image('us-east-1', { name: 'protected' })
    endpoint.failNext('DescribeImages', 1, 'unavailable', p => p['ImageId.1'] === protectedImage)
    const describe = (id: string) => client.send(new DescribeImagesCommand({ ImageIds: [id] }))
    expect((await describe(SOURCE_AMI)).Images).toHaveLength(1)
    await expect(describe(protectedImage)).rejects.toMatchObject({
      name: 'Unavailable',
      $metadata: { httpStatusCode: 503 }
    })
    expect((await describe(protectedImage)).Images).toHaveLength(1)
    expect(endpoint.requests.map(r => r.error)).toEqual([undefined, 'Unavailable', undefined])
  })

  it('accepts a request and never answers it; the log records the hang and close() ends it', async () => {
    endpoint.hangNext('DescribeRegions', 1)
    const impatient = new EC2Client({
      region: 'us-east-1',
      maxAttempts: 1,
      requestHandler: { requestTimeout: 300, throwOnRequestTimeout: true }
    })
    try {
      const started = Date.now()
      await expect(impatient.send(new DescribeRegionsCommand({}))).rejects.toMatchObject({
        name: 'TimeoutError'
      })
      expect(Date.now() - started).toBeGreaterThanOrEqual(250)
      expect(endpoint.requests).toMatchObject([
        { action: 'DescribeRegions', hung: true, error: undefined }
      ])
      // The next one is answered.
      expect(
        (await impatient.send(new DescribeRegionsCommand({}))).Regions?.length
      ).toBeGreaterThan(0)
    } finally {
      impatient.destroy()
    }

    // A hung request whose client waits forever is released by close().
    const other = await startEc2Endpoint()
    other.hangNext('DescribeRegions', 1)
    const patient = new EC2Client({ region: 'us-east-1', endpoint: other.url, maxAttempts: 1 })
    try {
      const pending = patient.send(new DescribeRegionsCommand({}))
      await vi.waitFor(() => expect(other.requests).toHaveLength(1))
      await other.close()
      await expect(pending).rejects.toThrow()
    } finally {
      patient.destroy()
    }
  })
})
