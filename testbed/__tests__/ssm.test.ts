import {
  DeleteParameterCommand,
  GetParameterCommand,
  GetParameterHistoryCommand,
  GetParametersCommand,
  LabelParameterVersionCommand,
  PutParameterCommand,
  SSMClient,
  paginateGetParameterHistory
} from '@aws-sdk/client-ssm'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { awsEnv } from '../aws/env.js'
import { startEc2Endpoint, type Ec2Endpoint } from '../ec2/server.js'
import { startSsmEndpoint, type SsmEndpoint } from '../ssm/server.js'

let ec2: Ec2Endpoint
let ssm: SsmEndpoint
let east: SSMClient
let west: SSMClient

beforeAll(async () => {
  ec2 = await startEc2Endpoint()
  ssm = await startSsmEndpoint({
    clock: ec2.clock,
    imageExists: (region, id) => ec2.inspect.images(region).some(i => i.id === id)
  })
  for (const [name, value] of Object.entries(awsEnv({ ssm: ssm.url }))) vi.stubEnv(name, value)
  // Plain clients: the endpoint comes from AWS_ENDPOINT_URL_SSM.
  east = new SSMClient({ region: 'us-east-1', maxAttempts: 1 })
  west = new SSMClient({ region: 'us-west-2', maxAttempts: 1 })
})
afterAll(async () => {
  east?.destroy()
  west?.destroy()
  vi.unstubAllEnvs()
  await Promise.all([ssm?.close(), ec2?.close()])
})
beforeEach(() => {
  ec2.reset()
  ssm.reset()
  ec2.clock.set('2026-06-01T10:00:00.000Z')
})

const NAME = '/images/app/latest'

describe('SSM Parameter Store through the real SDK (JSON 1.1)', () => {
  it('labels a version; a label moves to the version it is put on; invalid labels come back', async () => {
    for (const Value of ['one', 'two'])
      await east.send(
        new PutParameterCommand({ Name: NAME, Value, Type: 'String', Overwrite: true })
      )
    const labels = async () => {
      const out = await east.send(new GetParameterHistoryCommand({ Name: NAME }))
      return (out.Parameters ?? []).map(p => [p.Version, p.Labels])
    }
    const first = await east.send(
      new LabelParameterVersionCommand({
        Name: NAME,
        ParameterVersion: 1,
        Labels: ['release', 'aws-x', '1st']
      })
    )
    expect(first).toMatchObject({ InvalidLabels: ['aws-x', '1st'], ParameterVersion: 1 })
    expect(await labels()).toEqual([
      [1, ['release']],
      [2, []]
    ])
    // Without a version: the newest.
    expect(
      await east.send(new LabelParameterVersionCommand({ Name: NAME, Labels: ['release'] }))
    ).toMatchObject({ InvalidLabels: [], ParameterVersion: 2 })
    expect(await labels()).toEqual([
      [1, []],
      [2, ['release']]
    ])
    await expect(
      east.send(new LabelParameterVersionCommand({ Name: '/none', Labels: ['release'] }))
    ).rejects.toMatchObject({ name: 'ParameterNotFound' })
  })

  it('puts, overwrites and gets a parameter, numbering versions, one store per region', async () => {
    const first = await east.send(
      new PutParameterCommand({ Name: NAME, Value: 'one', Type: 'String', Description: 'latest' })
    )
    expect(first).toMatchObject({ Version: 1, Tier: 'Standard' })
    await expect(
      east.send(new PutParameterCommand({ Name: NAME, Value: 'two', Type: 'String' }))
    ).rejects.toMatchObject({
      name: 'ParameterAlreadyExists',
      message:
        'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.'
    })
    ssm.clock.advance(1000)
    const second = await east.send(
      new PutParameterCommand({ Name: NAME, Value: 'two', Type: 'String', Overwrite: true })
    )
    expect(second.Version).toBe(2)

    const { Parameter } = await east.send(new GetParameterCommand({ Name: NAME }))
    expect(Parameter).toEqual({
      Name: NAME,
      Type: 'String',
      Value: 'two',
      Version: 2,
      LastModifiedDate: new Date('2026-06-01T10:00:01.000Z'),
      ARN: `arn:aws:ssm:us-east-1:123456789012:parameter${NAME}`,
      DataType: 'text'
    })
    expect((await east.send(new GetParameterCommand({ Name: `${NAME}:1` }))).Parameter?.Value).toBe(
      'one'
    )
    await expect(west.send(new GetParameterCommand({ Name: NAME }))).rejects.toMatchObject({
      name: 'ParameterNotFound',
      $metadata: { httpStatusCode: 400 }
    })
    expect(ssm.inspect.history('us-east-1', NAME).map(v => [v.version, v.description])).toEqual([
      [1, 'latest'],
      [2, 'latest']
    ])
    expect(ssm.requests.map(r => `${r.region} ${r.action} ${r.error ?? ''}`.trim())).toEqual([
      'us-east-1 PutParameter',
      'us-east-1 PutParameter ParameterAlreadyExists',
      'us-east-1 PutParameter',
      'us-east-1 GetParameter',
      'us-east-1 GetParameter',
      'us-west-2 GetParameter ParameterNotFound'
    ])
  })

  it('checks an aws:ec2:image value: its format at once, its AMI after answering', async () => {
    const ami = ec2.seed.image('us-east-1', { name: 'app' })
    const put = (Value: string, Overwrite = true) =>
      east.send(
        new PutParameterCommand({
          Name: NAME,
          Value,
          Type: 'String',
          DataType: 'aws:ec2:image',
          Overwrite
        })
      )
    await expect(put('not-an-ami')).rejects.toMatchObject({ name: 'ValidationException' })
    await expect(put('ami-123')).rejects.toMatchObject({ name: 'ValidationException' })
    expect((await put(ami)).Version).toBe(1)
    expect((await east.send(new GetParameterCommand({ Name: NAME }))).Parameter).toMatchObject({
      Value: ami,
      DataType: 'aws:ec2:image'
    })
    // A well-formed ID of no AMI: success is answered, and nothing is stored (as SSM validates later).
    expect((await put('ami-0123456789abcdef0')).Version).toBe(2)
    expect(ssm.inspect.parameters('us-east-1').map(p => [p.version, p.value])).toEqual([[1, ami]])
    await expect(
      east.send(
        new PutParameterCommand({
          Name: NAME,
          Value: ami,
          Type: 'String',
          DataType: 'Text',
          Overwrite: true
        })
      )
    ).rejects.toMatchObject({ name: 'ValidationException' })
  })

  it('refuses bad names and types with ValidationException, and deletes', async () => {
    await expect(
      east.send(new PutParameterCommand({ Name: '/aws/reserved', Value: 'x', Type: 'String' }))
    ).rejects.toMatchObject({ name: 'ValidationException' })
    await expect(
      east.send(new PutParameterCommand({ Name: 'plain', Value: 'x', Type: 'Number' as 'String' }))
    ).rejects.toMatchObject({ name: 'ValidationException' })
    await expect(
      east.send(new PutParameterCommand({ Name: 'plain', Value: 'x' }))
    ).rejects.toMatchObject({
      name: 'ValidationException'
    })
    await east.send(new PutParameterCommand({ Name: 'plain', Value: 'x', Type: 'SecureString' }))
    const secret = await east.send(new GetParameterCommand({ Name: 'plain' }))
    expect(secret.Parameter?.Value).not.toBe('x')
    expect(
      (await east.send(new GetParameterCommand({ Name: 'plain', WithDecryption: true }))).Parameter
        ?.Value
    ).toBe('x')
    const both = await east.send(new GetParametersCommand({ Names: ['plain', 'missing'] }))
    expect(both.InvalidParameters).toEqual(['missing'])
    await east.send(new DeleteParameterCommand({ Name: 'plain' }))
    await expect(east.send(new DeleteParameterCommand({ Name: 'plain' }))).rejects.toMatchObject({
      name: 'ParameterNotFound'
    })
  })

  it('pages the history with the SDK paginator and seeds versions', async () => {
    for (let i = 1; i <= 5; i++)
      ssm.seed.parameter('eu-west-1', {
        name: 'counter',
        value: String(i),
        lastModifiedDate: i * 1000
      })
    const client = new SSMClient({ region: 'eu-west-1', maxAttempts: 1 })
    try {
      const pages = []
      for await (const page of paginateGetParameterHistory(
        { client, pageSize: 2 },
        { Name: 'counter' }
      ))
        pages.push(page.Parameters?.map(p => p.Value))
      expect(pages).toEqual([['1', '2'], ['3', '4'], ['5']])
      await expect(
        client.send(new GetParameterHistoryCommand({ Name: 'counter', NextToken: 'bogus' }))
      ).rejects.toMatchObject({ name: 'InvalidNextToken' })
    } finally {
      client.destroy()
    }
  })

  it('answers errors as JSON 1.1 with __type, and throttles on request', async () => {
    ssm.failNext('GetParameter', 1, 'throttle', p => p['Name'] === 'busy')
    const missing = await fetch(ssm.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AmazonSSM.GetParameter'
      },
      body: JSON.stringify({ Name: 'x' })
    })
    expect(missing.status).toBe(403)
    expect(missing.headers.get('content-type')).toBe('application/x-amz-json-1.1')
    expect(await missing.json()).toEqual({
      __type: 'MissingAuthenticationTokenException',
      message: 'Missing Authentication Token'
    })
    await expect(east.send(new GetParameterCommand({ Name: 'x' }))).rejects.toMatchObject({
      name: 'ParameterNotFound'
    })
    await expect(east.send(new GetParameterCommand({ Name: 'busy' }))).rejects.toMatchObject({
      name: 'ThrottlingException',
      message: 'Rate exceeded'
    })
    const retried = new SSMClient({ region: 'us-east-1', maxAttempts: 3 })
    try {
      ssm.failNext('PutParameter', 2, 'unavailable')
      expect(
        (await retried.send(new PutParameterCommand({ Name: 'y', Value: '1', Type: 'String' })))
          .Version
      ).toBe(1)
      expect(ssm.requests.filter(r => r.action === 'PutParameter').map(r => r.error)).toEqual([
        'InternalServerError',
        'InternalServerError',
        undefined
      ])
    } finally {
      retried.destroy()
    }
  })
})
