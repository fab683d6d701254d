import * as net from 'node:net'
import { beforeEach, describe, expect, it } from 'vitest'
import { AWS_LIMITS, AwsError, closeClients, ec2, SDK_BACKOFF } from '../../src/aws/clients.js'
import { findOwnImages } from '../../src/aws/images.js'
import {
  startMisbehavingHttpServer,
  startSilentServer,
  stall,
  type MisbehavingServer
} from '../../testbed/misbehaving.js'
import { setEnv, useAwsBed } from '../helpers/aws.js'

/**
 * Every AWS call is bounded (src/aws/clients.ts): dead, silent and refusing endpoints, throttling
 * and outages, with the limits shortened; and what the real limits allow at worst, computed.
 */
// Read before the bed shortens them.
const REAL_LIMITS = { ...AWS_LIMITS }
const bed = useAwsBed()

const EAST = 'us-east-1'

beforeEach(() => bed.reset())

/** One EC2 call through the action's client; resolves to its error (or fails the test). */
async function failedCall(): Promise<{ error: AwsError; ms: number }> {
  const started = Date.now()
  const outcome = await findOwnImages(EAST, []).then(
    () => undefined,
    (e: unknown) => e
  )
  const ms = Date.now() - started
  expect(outcome).toBeInstanceOf(AwsError)
  return { error: outcome as AwsError, ms }
}

/** Points the action's EC2 clients at `url` for the length of `fn`. */
async function against<T>(url: string, fn: () => Promise<T>): Promise<T> {
  closeClients()
  const restore = setEnv({ AWS_ENDPOINT_URL_EC2: url })
  try {
    return await fn()
  } finally {
    restore()
    closeClients()
  }
}

const host = (url: string) => new URL(url).host

describe('a call that gets no answer', () => {
  it('fails each attempt after the idle limit, and the call after its attempts, naming the call and the host', async () => {
    Object.assign(AWS_LIMITS, { idleMs: 200, requestMs: 10_000, callDeadlineMs: 10_000 })
    bed.ec2.hangNext('DescribeImages', 100)

    const { error, ms } = await failedCall()

    expect(error.code).toBe('Timeout')
    expect(error.message).toMatch(
      new RegExp(
        `^EC2 DescribeImages in ${EAST} \\(${host(bed.ec2.url)}\\): no answer .*after 3 attempts`
      )
    )
    expect(bed.ec2.requests.filter(r => r.hung)).toHaveLength(AWS_LIMITS.maxAttempts)
    // Three idle periods and the (scaled) backoff between them.
    expect(ms).toBeGreaterThanOrEqual(3 * 200)
    expect(ms).toBeLessThan(3 * 200 + 2_000)
  })

  it('ends at the call deadline whatever the attempts would still allow', async () => {
    Object.assign(AWS_LIMITS, {
      idleMs: 60_000,
      requestMs: 60_000,
      callDeadlineMs: 300,
      maxAttempts: 10
    })
    bed.ec2.hangNext('DescribeImages', 100)

    const { error, ms } = await failedCall()

    expect(error).toMatchObject({
      code: 'Timeout',
      message: `EC2 DescribeImages in ${EAST} (${host(bed.ec2.url)}): no answer within 0.3 s`
    })
    expect(ms).toBeGreaterThanOrEqual(300)
    expect(ms).toBeLessThan(2_000)
  })

  it('fails against a server that accepts connections and never sends a byte', async () => {
    Object.assign(AWS_LIMITS, { idleMs: 200, callDeadlineMs: 10_000 })
    const silent = await startSilentServer()
    try {
      const { error, ms } = await against(silent.url, failedCall)
      expect(error.code).toBe('Timeout')
      expect(error.message).toMatch(
        new RegExp(`^EC2 DescribeImages in ${EAST} \\(127\\.0\\.0\\.1:${silent.port}\\): no answer`)
      )
      expect(silent.accepted()).toBeGreaterThanOrEqual(1)
      expect(ms).toBeLessThan(AWS_LIMITS.maxAttempts * 200 + 2_000)
    } finally {
      await silent.close()
    }
  })

  it('fails against a server that stops in the middle of its answer', async () => {
    Object.assign(AWS_LIMITS, { idleMs: 200, callDeadlineMs: 10_000 })
    let server: MisbehavingServer | undefined
    try {
      server = await startMisbehavingHttpServer({
        '/': stall(64, { contentLength: 4_096, headers: { 'content-type': 'text/xml' } })
      })
      const { error, ms } = await against(server.url, failedCall)
      expect(error.code).toBe('Timeout')
      expect(error.message).toContain(`(127.0.0.1:${server.port})`)
      expect(ms).toBeLessThan(AWS_LIMITS.maxAttempts * 200 + 2_000)
    } finally {
      await server?.close()
    }
  })
})

describe('a refused connection', () => {
  it('fails fast, naming the host, without waiting for any timeout', async () => {
    Object.assign(AWS_LIMITS, { connectMs: 5_000, idleMs: 5_000, callDeadlineMs: 10_000 })
    const port = await closedPort()
    const { error, ms } = await against(`http://127.0.0.1:${port}`, failedCall)
    expect(error.code).toBe('ECONNREFUSED')
    expect(error.message).toMatch(
      new RegExp(`^EC2 DescribeImages in ${EAST} \\(127\\.0\\.0\\.1:${port}\\): .*ECONNREFUSED`)
    )
    expect(ms).toBeLessThan(1_000)
  })
})

describe('throttling and outages', () => {
  it('retries a throttled call until it succeeds', async () => {
    bed.ec2.seed.image(EAST, { name: 'app' })
    bed.ec2.failNext('DescribeImages', 2, 'throttle')
    const images = await findOwnImages(EAST, [])
    expect(images.map(i => i.Name)).toEqual(['app'])
    expect(bed.ec2.requests.map(r => r.error)).toEqual([
      'RequestLimitExceeded',
      'RequestLimitExceeded',
      undefined
    ])
  })

  it('fails after the SDK’s attempts when EC2 answers 503 every time, saying so', async () => {
    AWS_LIMITS.maxAttempts = REAL_LIMITS.maxAttempts
    bed.ec2.failNext('DescribeImages', 25, 'unavailable')
    const { error } = await failedCall()
    expect(error).toMatchObject({
      code: 'Unavailable',
      message: `EC2 DescribeImages in ${EAST} (${host(bed.ec2.url)}): The service is unavailable. Please try again shortly. (after ${REAL_LIMITS.maxAttempts} attempts)`
    })
    expect(bed.ec2.requests).toHaveLength(REAL_LIMITS.maxAttempts)
  })

  it('does not retry what retrying cannot fix', async () => {
    const { send, sdk } = await ec2(EAST)
    const error = await send(
      new sdk.DeregisterImageCommand({ ImageId: 'ami-0a1b2c3d4e5f60718' })
    ).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'InvalidAMIID.NotFound' })
    expect(bed.ec2.requests).toHaveLength(1)
  })
})

describe('the real limits', () => {
  it('let a dead endpoint hold one call for at most about two minutes', () => {
    const { connectMs, idleMs, requestMs, callDeadlineMs, maxAttempts, backoffScale } = REAL_LIMITS
    expect(backoffScale).toBe(1)
    // A connection opens within seconds, and an answer that pauses for a minute is abandoned.
    expect(connectMs).toBeLessThanOrEqual(10_000)
    expect(idleMs).toBeLessThanOrEqual(60_000)
    // Attempts alone: each ends by requestMs, with the longest backoff (throttling) between them.
    const backoff = Array.from({ length: maxAttempts - 1 }, (_, retry) =>
      Math.min(SDK_BACKOFF.throttlingBaseMs * 2 ** retry, SDK_BACKOFF.maxMs)
    ).reduce((a, b) => a + b, 0)
    const byAttempts = maxAttempts * requestMs + backoff
    // The call deadline cuts that short.
    const worstCall = Math.min(byAttempts, callDeadlineMs)
    expect(worstCall).toBe(callDeadlineMs)
    expect(worstCall).toBeLessThanOrEqual(120_000)
    // A refused connection waits only for the backoff between attempts (base 50 ms).
    const refused = Array.from({ length: maxAttempts - 1 }, (_, retry) =>
      Math.min(SDK_BACKOFF.baseMs * 2 ** retry, SDK_BACKOFF.maxMs)
    ).reduce((a, b) => a + b, 0)
    expect(refused).toBeLessThanOrEqual(30_000)
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
