import {
  AddRoleToInstanceProfileCommand,
  CreateInstanceProfileCommand,
  CreateRoleCommand,
  DeleteInstanceProfileCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  GetInstanceProfileCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListInstanceProfilesForRoleCommand,
  ListRolePoliciesCommand,
  PutRolePolicyCommand,
  RemoveRoleFromInstanceProfileCommand,
  paginateListRolePolicies
} from '@aws-sdk/client-iam'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { awsEnv } from '../aws/env.js'
import { EC2_TRUST_POLICY, startIamEndpoint, type IamEndpoint } from '../iam/server.js'

let iam: IamEndpoint
let client: IAMClient

beforeAll(async () => {
  iam = await startIamEndpoint()
  for (const [name, value] of Object.entries(awsEnv({ iam: iam.url }))) vi.stubEnv(name, value)
  // A plain client: the endpoint comes from AWS_ENDPOINT_URL_IAM.
  client = new IAMClient({ region: 'us-east-1', maxAttempts: 1 })
})
afterAll(async () => {
  client?.destroy()
  vi.unstubAllEnvs()
  await iam?.close()
})
beforeEach(() => {
  iam.reset()
  iam.clock.set('2026-06-01T10:00:00.000Z')
})

const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]
})

describe('IAM through the real SDK (AWS Query, 2010-05-08)', () => {
  it('creates, reads and deletes a role with inline policies, with IAM errors', async () => {
    const { Role } = await client.send(
      new CreateRoleCommand({
        RoleName: 'packer-build',
        Path: '/build/',
        AssumeRolePolicyDocument: EC2_TRUST_POLICY,
        Description: 'for builds',
        Tags: [{ Key: 'Team', Value: 'images' }]
      })
    )
    expect(Role).toMatchObject({
      RoleName: 'packer-build',
      Path: '/build/',
      Arn: 'arn:aws:iam::123456789012:role/build/packer-build',
      RoleId: expect.stringMatching(/^AROA[0-9A-Z]{17}$/) as unknown,
      CreateDate: new Date('2026-06-01T10:00:00.000Z'),
      Tags: [{ Key: 'Team', Value: 'images' }]
    })
    // IAM returns policy documents URL-encoded.
    const fetched = await client.send(new GetRoleCommand({ RoleName: 'packer-build' }))
    expect(decodeURIComponent(fetched.Role?.AssumeRolePolicyDocument ?? '')).toBe(EC2_TRUST_POLICY)
    await expect(
      client.send(
        new CreateRoleCommand({
          RoleName: 'packer-build',
          AssumeRolePolicyDocument: EC2_TRUST_POLICY
        })
      )
    ).rejects.toMatchObject({
      name: 'EntityAlreadyExistsException',
      $metadata: { httpStatusCode: 409 }
    })
    await expect(
      client.send(new CreateRoleCommand({ RoleName: 'bad', AssumeRolePolicyDocument: '{nope' }))
    ).rejects.toMatchObject({ name: 'MalformedPolicyDocumentException' })

    await client.send(
      new PutRolePolicyCommand({
        RoleName: 'packer-build',
        PolicyName: 'read',
        PolicyDocument: POLICY
      })
    )
    const policy = await client.send(
      new GetRolePolicyCommand({ RoleName: 'packer-build', PolicyName: 'read' })
    )
    expect(decodeURIComponent(policy.PolicyDocument ?? '')).toBe(POLICY)
    expect(
      (await client.send(new ListRolePoliciesCommand({ RoleName: 'packer-build' }))).PolicyNames
    ).toEqual(['read'])
    await expect(
      client.send(new DeleteRoleCommand({ RoleName: 'packer-build' }))
    ).rejects.toMatchObject({
      name: 'DeleteConflictException',
      message: 'Cannot delete entity, must delete policies first.'
    })
    await client.send(new DeleteRolePolicyCommand({ RoleName: 'packer-build', PolicyName: 'read' }))
    await expect(
      client.send(new DeleteRolePolicyCommand({ RoleName: 'packer-build', PolicyName: 'read' }))
    ).rejects.toMatchObject({ name: 'NoSuchEntityException', $metadata: { httpStatusCode: 404 } })
    await client.send(new DeleteRoleCommand({ RoleName: 'packer-build' }))
    await expect(
      client.send(new GetRoleCommand({ RoleName: 'packer-build' }))
    ).rejects.toMatchObject({
      name: 'NoSuchEntityException',
      message: 'The role with name packer-build cannot be found.'
    })
  })

  it('ties roles to instance profiles, one role each, and refuses to delete what is tied', async () => {
    iam.seed.role({ name: 'builder', policies: { read: POLICY } })
    iam.seed.role({ name: 'other' })
    const { InstanceProfile } = await client.send(
      new CreateInstanceProfileCommand({ InstanceProfileName: 'builder' })
    )
    expect(InstanceProfile).toMatchObject({
      Arn: 'arn:aws:iam::123456789012:instance-profile/builder',
      InstanceProfileId: expect.stringMatching(/^AIPA[0-9A-Z]{17}$/) as unknown,
      Roles: []
    })
    await client.send(
      new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'builder', RoleName: 'builder' })
    )
    await expect(
      client.send(
        new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'builder', RoleName: 'other' })
      )
    ).rejects.toMatchObject({ name: 'LimitExceededException' })
    const profile = await client.send(
      new GetInstanceProfileCommand({ InstanceProfileName: 'builder' })
    )
    expect(profile.InstanceProfile?.Roles?.map(r => r.RoleName)).toEqual(['builder'])
    const forRole = await client.send(
      new ListInstanceProfilesForRoleCommand({ RoleName: 'builder' })
    )
    expect(forRole.InstanceProfiles?.map(p => p.InstanceProfileName)).toEqual(['builder'])
    expect(forRole.IsTruncated).toBe(false)

    await client.send(new DeleteRolePolicyCommand({ RoleName: 'builder', PolicyName: 'read' }))
    await expect(client.send(new DeleteRoleCommand({ RoleName: 'builder' }))).rejects.toMatchObject(
      {
        name: 'DeleteConflictException',
        message: 'Cannot delete entity, must remove roles from instance profile first.'
      }
    )
    await expect(
      client.send(new DeleteInstanceProfileCommand({ InstanceProfileName: 'builder' }))
    ).rejects.toMatchObject({ name: 'DeleteConflictException' })
    await client.send(
      new RemoveRoleFromInstanceProfileCommand({
        InstanceProfileName: 'builder',
        RoleName: 'builder'
      })
    )
    await client.send(new DeleteInstanceProfileCommand({ InstanceProfileName: 'builder' }))
    await client.send(new DeleteRoleCommand({ RoleName: 'builder' }))
    await expect(
      client.send(new GetInstanceProfileCommand({ InstanceProfileName: 'builder' }))
    ).rejects.toMatchObject({ name: 'NoSuchEntityException' })
    expect(iam.inspect.roles().map(r => r.name)).toEqual(['other'])
  })

  it('pages role policies with Marker and MaxItems for the SDK paginator', async () => {
    iam.seed.role({
      name: 'many',
      policies: Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map(n => [n, POLICY]))
    })
    const pages = []
    for await (const page of paginateListRolePolicies(
      { client, pageSize: 2 },
      { RoleName: 'many' }
    ))
      pages.push(page.PolicyNames)
    expect(pages).toEqual([['a', 'b'], ['c', 'd'], ['e']])
  })

  it('answers as IAM does when unsigned, throttled or failing', async () => {
    const unsigned = await fetch(iam.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetRole&Version=2010-05-08&RoleName=x'
    })
    expect(unsigned.status).toBe(403)
    expect(await unsigned.text()).toContain(
      '<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>MissingAuthenticationToken</Code>'
    )
    iam.failNext('GetRole', 1, 'throttle', p => p['RoleName'] === 'x')
    await expect(client.send(new GetRoleCommand({ RoleName: 'x' }))).rejects.toMatchObject({
      name: 'Throttling'
    })
    await expect(client.send(new GetRoleCommand({ RoleName: 'x' }))).rejects.toMatchObject({
      name: 'NoSuchEntityException'
    })
    expect(iam.requests.map(r => r.error)).toEqual([
      'MissingAuthenticationToken',
      'Throttling',
      'NoSuchEntity'
    ])
  })
})
