import { MAXIMUM_RETRY_DELAY, Retry } from '@smithy/core/retry'
import * as net from 'node:net'
import { beforeEach, describe, expect, it } from 'vitest'
import { EC2Client } from '@aws-sdk/client-ec2'
import { IAMClient } from '@aws-sdk/client-iam'
import { SSMClient } from '@aws-sdk/client-ssm'
import {
  AWS_LIMITS,
  Aws,
  AwsError,
  endpointHost,
  hasCode,
  type AwsLimits
} from '../../src/aws/clients.js'
import { findImages } from '../../src/aws/images.js'
import {
  startMisbehavingHttpServer,
  startSilentServer,
  stall,
  type MisbehavingServer
} from '../../testbed/misbehaving.js'
import { setEnv, SHORT_LIMITS, useAwsBed } from '../helpers/aws.js'

/**
 * Every AWS call is bounded (src/aws/clients.ts): dead, silent and refusing endpoints, throttling
 * and outages, with the limits shortened; and what the real limits allow at worst, computed.
 */
const bed = useAwsBed()

const EAST = 'us-east-1'
const WEST = 'us-west-2'

beforeEach(() => bed.reset())

/** Runs `fn` with the clients of a step whose limits differ from the bed's; closes them after. */
async function withLimits<T>(changes: Partial<AwsLimits>, fn: (aws: Aws) => Promise<T>) {
  const aws = new Aws({ ...SHORT_LIMITS, ...changes })
  try {
    return await fn(aws)
  } finally {
    aws.close()
  }
}

/** One EC2 call (a paged DescribeImages) through the action's client; resolves to its error. */
async function failedCall(aws: Aws): Promise<{ error: AwsError; ms: number }> {
  const started = Date.now()
  const outcome = await findImages(aws, EAST, []).then(
    () => undefined,
    (e: unknown) => e
  )
  const ms = Date.now() - started
  expect(outcome).toBeInstanceOf(AwsError)
  return { error: outcome as AwsError, ms }
}

/** Points EC2 at `url` for the length of `fn`, with clients made under that setting. */
async function against<T>(
  url: string,
  changes: Partial<AwsLimits>,
  fn: (aws: Aws) => Promise<T>
): Promise<T> {
  const restore = setEnv({ AWS_ENDPOINT_URL_EC2: url })
  try {
    return await withLimits(changes, fn)
  } finally {
    restore()
  }
}

const host = (url: string) => new URL(url).host

describe('a call that gets no answer', () => {
  it('fails each attempt after the idle limit, and the call after its attempts, naming the call and the host', async () => {
    const limits = { idleMs: 200, requestMs: 10_000, callDeadlineMs: 10_000 }
    bed.ec2.hangNext('DescribeImages', 100)

    const { error, ms } = await withLimits(limits, failedCall)

    expect(error.code).toBe('Timeout')
    expect(error.message).toMatch(
      new RegExp(
        `^EC2 DescribeImages in ${EAST} \\(${host(bed.ec2.url)}\\): no answer .*\\(after ${SHORT_LIMITS.maxAttempts} attempts\\)$`
      )
    )
    expect(bed.ec2.requests.filter(r => r.hung)).toHaveLength(SHORT_LIMITS.maxAttempts)
    // Three idle periods and the (scaled) backoff between them.
    expect(ms).toBeGreaterThanOrEqual(SHORT_LIMITS.maxAttempts * 200)
    expect(ms).toBeLessThan(SHORT_LIMITS.maxAttempts * 200 + 2_000)
  })

  it('ends at the call deadline whatever the attempts would still allow', async () => {
    const limits = { idleMs: 60_000, requestMs: 60_000, callDeadlineMs: 300, maxAttempts: 10 }
    bed.ec2.hangNext('DescribeImages', 100)

    const { error, ms } = await withLimits(limits, failedCall)

    expect(error).toMatchObject({
      code: 'Timeout',
      message: `EC2 DescribeImages in ${EAST} (${host(bed.ec2.url)}): no answer within 0.3 s`
    })
    expect(ms).toBeGreaterThanOrEqual(300)
    expect(ms).toBeLessThan(2_000)
  })

  it('fails against a server that accepts connections and never sends a byte', async () => {
    const silent = await startSilentServer()
    try {
      const { error, ms } = await against(
        silent.url,
        { idleMs: 200, callDeadlineMs: 10_000 },
        failedCall
      )
      expect(error.code).toBe('Timeout')
      expect(error.message).toMatch(
        new RegExp(`^EC2 DescribeImages in ${EAST} \\(127\\.0\\.0\\.1:${silent.port}\\): no answer`)
      )
      expect(silent.accepted()).toBeGreaterThanOrEqual(1)
      expect(ms).toBeLessThan(SHORT_LIMITS.maxAttempts * 200 + 2_000)
    } finally {
      await silent.close()
    }
  })

  it('fails against a server that stops in the middle of its answer', async () => {
    let server: MisbehavingServer | undefined
    try {
      server = await startMisbehavingHttpServer({
        '/': stall(64, { contentLength: 4_096, headers: { 'content-type': 'text/xml' } })
      })
      const { error, ms } = await against(
        server.url,
        { idleMs: 200, callDeadlineMs: 10_000 },
        failedCall
      )
      expect(error.code).toBe('Timeout')
      expect(error.message).toContain(`(127.0.0.1:${server.port})`)
      expect(ms).toBeLessThan(SHORT_LIMITS.maxAttempts * 200 + 2_000)
    } finally {
      await server?.close()
    }
  })
})

describe('a refused connection', () => {
  it('fails fast, naming the host, without waiting for any timeout', async () => {
    const port = await closedPort()
    const { error, ms } = await against(
      `http://127.0.0.1:${port}`,
      { connectMs: 5_000, idleMs: 5_000, callDeadlineMs: 10_000 },
      failedCall
    )
    expect(error.code).toBe('ECONNREFUSED')
    expect(error.message).toMatch(
      new RegExp(`^EC2 DescribeImages in ${EAST} \\(127\\.0\\.0\\.1:${port}\\): .*ECONNREFUSED`)
    )
    expect(ms).toBeLessThan(1_000)
  })
})

describe('throttling and outages', () => {
  it('retries a throttled call until it succeeds', async () => {
    const id = bed.ec2.seed.image(EAST, { name: 'app' })
    bed.ec2.failNext('DescribeImages', 2, 'throttle')
    const images = await findImages(bed.aws, EAST, [{ Name: 'image-id', Values: [id] }])
    expect(images.map(i => i.name)).toEqual(['app'])
    expect(bed.ec2.requests.map(r => r.error)).toEqual([
      'RequestLimitExceeded',
      'RequestLimitExceeded',
      undefined
    ])
  })

  it('fails after the SDK’s attempts when EC2 answers 503 every time, saying so', async () => {
    const { maxAttempts } = AWS_LIMITS
    bed.ec2.failNext('DescribeImages', 25, 'unavailable')
    const { error } = await withLimits({ maxAttempts }, failedCall)
    expect(error).toMatchObject({
      code: 'Unavailable',
      message: `EC2 DescribeImages in ${EAST} (${host(bed.ec2.url)}): The service is unavailable. Please try again shortly. (after ${maxAttempts} attempts)`
    })
    expect(bed.ec2.requests).toHaveLength(maxAttempts)
  })

  it('does not retry what retrying cannot fix, and keeps EC2’s code', async () => {
    const { client, sdk } = await bed.aws.ec2(EAST)
    const error = await client
      .send(new sdk.DeregisterImageCommand({ ImageId: 'ami-0a1b2c3d4e5f60718' }))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AwsError)
    expect(hasCode(error, /^InvalidAMIID\.NotFound$/)).toBe(true)
    expect((error as Error).message).toMatch(
      new RegExp(
        `^EC2 DeregisterImage in ${EAST} \\(${host(bed.ec2.url)}\\): .*ami-0a1b2c3d4e5f60718`
      )
    )
    expect(bed.ec2.requests).toHaveLength(1)
  })
})

describe('the clients of one step', () => {
  it('holds one client per service and region, each signing for its region, until closed', async () => {
    const east = await bed.aws.ec2(EAST)
    expect(await bed.aws.ec2(EAST)).toBe(east)
    const west = await bed.aws.ec2(WEST)
    expect(west.client).not.toBe(east.client)
    expect((await bed.aws.ssm(EAST)).client).not.toBe(east.client)

    bed.ec2.seed.image(WEST, { name: 'west' })
    await Promise.all([findImages(bed.aws, EAST, []), findImages(bed.aws, WEST, [])])
    expect(bed.ec2.requests.map(r => r.region).sort()).toEqual([EAST, WEST])

    bed.aws.close()
    const again = await bed.aws.ec2(EAST)
    expect(again.client).not.toBe(east.client)
    // A closed step's clients are gone; the new one answers.
    expect(await findImages(bed.aws, EAST, [])).toEqual([])
  })
})

describe('the real limits', () => {
  it('let a dead endpoint hold one call for at most about two minutes', () => {
    const { connectMs, idleMs, requestMs, callDeadlineMs, maxAttempts, backoffScale } = AWS_LIMITS
    expect(backoffScale).toBe(1)
    // A connection opens within seconds, and an answer that pauses for a minute is abandoned.
    expect(connectMs).toBeLessThanOrEqual(10_000)
    expect(idleMs).toBeLessThanOrEqual(60_000)
    // Attempts alone: each ends by requestMs, with the SDK's longest backoff (after throttling,
    // its base of 1 s doubling up to 20 s) between them.
    const backoff = (base: number) =>
      Array.from({ length: maxAttempts - 1 }, (_, retry) =>
        Math.min(base * 2 ** retry, MAXIMUM_RETRY_DELAY)
      ).reduce((a, b) => a + b, 0)
    const byAttempts = maxAttempts * requestMs + backoff(Retry.throttlingDelay())
    // The call deadline cuts that short.
    const worstCall = Math.min(byAttempts, callDeadlineMs)
    expect(worstCall).toBe(callDeadlineMs)
    expect(worstCall).toBeLessThanOrEqual(120_000)
    // A refused connection waits only for the backoff between attempts (base 50 ms).
    expect(backoff(Retry.delay())).toBeLessThanOrEqual(30_000)
    // A waiter (an AMI becoming available) may take as long as a big AMI's copy, but not forever.
    expect(AWS_LIMITS.waitMaxMs).toBeGreaterThanOrEqual(30 * 60_000)
    expect(AWS_LIMITS.waitMaxMs).toBeLessThanOrEqual(2 * 60 * 60_000)
  })
})

describe('the host a failure names', () => {
  // Clients are only made, never sent through: these hosts are AWS’s, not the test bed’s.
  it('is the one the SDK’s endpoint rules give for the region, in every partition', async () => {
    const restore = setEnv({
      AWS_ENDPOINT_URL: undefined,
      AWS_ENDPOINT_URL_EC2: undefined,
      AWS_ENDPOINT_URL_SSM: undefined,
      AWS_ENDPOINT_URL_IAM: undefined,
      AWS_USE_FIPS_ENDPOINT: undefined,
      AWS_USE_DUALSTACK_ENDPOINT: undefined
    })
    try {
      const hosts = async (region: string) => [
        await endpointHost(new EC2Client({ region }), 'EC2', region),
        await endpointHost(new SSMClient({ region }), 'SSM', region),
        await endpointHost(new IAMClient({ region }), 'IAM', region)
      ]
      expect(await hosts('us-east-1')).toEqual([
        'ec2.us-east-1.amazonaws.com',
        'ssm.us-east-1.amazonaws.com',
        'iam.amazonaws.com'
      ])
      expect(await hosts('cn-north-1')).toEqual([
        'ec2.cn-north-1.amazonaws.com.cn',
        'ssm.cn-north-1.amazonaws.com.cn',
        'iam.cn-north-1.amazonaws.com.cn'
      ])
      expect((await hosts('us-gov-west-1'))[2]).toBe('iam.us-gov.amazonaws.com')
      expect((await hosts('us-iso-east-1'))[0]).toBe('ec2.us-iso-east-1.c2s.ic.gov')
      expect((await hosts('eusc-de-east-1'))[1]).toBe('ssm.eusc-de-east-1.amazonaws.eu')
    } finally {
      restore()
    }
  })

  it('is the configured endpoint when there is one', async () => {
    const restore = setEnv({
      AWS_ENDPOINT_URL: 'http://127.0.0.1:1',
      AWS_ENDPOINT_URL_SSM: undefined
    })
    try {
      const region = 'eu-west-1'
      expect(await endpointHost(new SSMClient({ region }), 'SSM', region)).toBe('127.0.0.1:1')
    } finally {
      restore()
    }
  })
})

/** A port on 127.0.0.1 with nothing listening: bound, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}
