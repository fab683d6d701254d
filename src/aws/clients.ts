import type { EC2Client } from '@aws-sdk/client-ec2'
import type { IAMClient } from '@aws-sdk/client-iam'
import type { SSMClient } from '@aws-sdk/client-ssm'

export type Sdk = typeof import('./sdk.js')

let sdk: Promise<Sdk> | undefined

/**
 * The SDK is loaded on the first AWS call only: it is most of the action's start-up cost, and
 * runs that skip, install or validate never need it.
 */
export function loadSdk(): Promise<Sdk> {
  sdk ??= import('./sdk.js')
  return sdk
}

/**
 * Every AWS request is bounded: a connection must open within `connectMs`, an answer may not
 * pause for longer than `idleMs`, one attempt ends by `requestMs`, and one call, its retries
 * included (adaptive, for throttling), ends by `callDeadlineMs`. A dead endpoint fails the
 * step within that.
 */
export const AWS_LIMITS = {
  connectMs: 5_000,
  idleMs: 30_000,
  requestMs: 60_000,
  callDeadlineMs: 90_000,
  maxAttempts: 10,
  /**
   * Scales the SDK's waits between attempts: its backoff and the slowest pace of its adaptive
   * rate limiter. 1 is the SDK's own pacing; tests shorten it.
   */
  backoffScale: 1
}

/**
 * The SDK's backoff (`DefaultRetryBackoffStrategy` of @smithy/core's retry module): a random
 * delay up to base × 2^retries, at most 20 s, where the base is 50 ms, or 1 s after throttling;
 * here times `scale`.
 */
export const SDK_BACKOFF = { baseMs: 50, throttlingBaseMs: 1_000, maxMs: 20_000 }

function scaledBackoff(scale: number) {
  let base = SDK_BACKOFF.baseMs
  return {
    setDelayBase(ms: number) {
      base = ms
    },
    computeNextBackoffDelay(retries: number) {
      return Math.floor(Math.random() * Math.min(base * 2 ** retries, SDK_BACKOFF.maxMs) * scale)
    }
  }
}

/** Retries as the SDK's adaptive mode does, with its waits scaled by `AWS_LIMITS.backoffScale`. */
function retryStrategy(loaded: Sdk) {
  const scale = AWS_LIMITS.backoffScale
  return new loaded.AdaptiveRetryStrategy(AWS_LIMITS.maxAttempts, {
    backoff: scaledBackoff(scale),
    // After a throttle the limiter paces calls at no less than 0.5 a second (its default).
    rateLimiter: new loaded.DefaultRateLimiter({ minFillRate: 0.5 / scale })
  })
}

type ServiceName = 'EC2' | 'SSM' | 'IAM'

/** An AWS call that failed; `code` is the service's error code (e.g. `InvalidAMIID.NotFound`). */
export class AwsError extends Error {
  constructor(
    message: string,
    readonly code: string,
    options?: ErrorOptions
  ) {
    super(message, options)
    this.name = 'AwsError'
  }
}

/** Whether an error is an AWS error whose code matches. */
export function hasCode(error: unknown, code: RegExp): boolean {
  return error instanceof AwsError && code.test(error.code)
}

/** Where the service is reached, for messages: the configured endpoint, else AWS's. */
function endpointHost(service: ServiceName, region: string): string {
  const configured = process.env[`AWS_ENDPOINT_URL_${service}`] || process.env['AWS_ENDPOINT_URL']
  if (configured) {
    try {
      return new URL(configured).host
    } catch {
      return configured
    }
  }
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'
  return service === 'IAM' ? `iam.${suffix}` : `${service.toLowerCase()}.${region}.${suffix}`
}

function describeFailure(error: unknown): { message: string; code: string } {
  const e = error as {
    name?: string
    message?: string
    code?: string
    $metadata?: { attempts?: number }
  }
  const attempts = e.$metadata?.attempts ?? 1
  const after = attempts > 1 ? ` (after ${attempts} attempts)` : ''
  if (e.name === 'AbortError')
    return { message: `no answer within ${AWS_LIMITS.callDeadlineMs / 1000} s`, code: 'Timeout' }
  if (e.name === 'TimeoutError')
    return { message: `no answer (${e.message ?? 'timed out'})${after}`, code: 'Timeout' }
  // A service error is named by its code; a network error (ECONNREFUSED...) is a plain Error.
  const code = e.name && e.name !== 'Error' ? e.name : (e.code ?? 'Error')
  return { message: `${e.message ?? String(error)}${after}`, code }
}

interface Sendable {
  send(command: never, options?: never): Promise<unknown>
  destroy(): void
}

/** A client whose `send` is bounded by the call deadline and names the host when it fails. */
export interface Service<C extends Sendable> {
  client: C
  sdk: Sdk
  send: C['send']
}

function bounded<C extends Sendable>(
  service: ServiceName,
  region: string,
  client: C,
  loaded: Sdk
): Service<C> {
  const send = async (command: { constructor: { name: string } }) => {
    try {
      return await (client.send as (c: unknown, o: unknown) => Promise<unknown>)(command, {
        abortSignal: AbortSignal.timeout(AWS_LIMITS.callDeadlineMs)
      })
    } catch (error) {
      const { message, code } = describeFailure(error)
      const action = command.constructor.name.replace(/Command$/, '')
      throw new AwsError(
        `${service} ${action} in ${region} (${endpointHost(service, region)}): ${message}`,
        code,
        { cause: error }
      )
    }
  }
  return { client, sdk: loaded, send }
}

const clients = new Map<string, Service<Sendable>>()

async function service<C extends Sendable>(
  name: ServiceName,
  region: string,
  make: (loaded: Sdk, config: object) => C
): Promise<Service<C>> {
  const key = `${name}:${region}`
  const known = clients.get(key)
  if (known) return known as unknown as Service<C>
  const loaded = await loadSdk()
  const client = make(loaded, {
    region,
    maxAttempts: AWS_LIMITS.maxAttempts,
    retryStrategy: retryStrategy(loaded),
    requestHandler: {
      connectionTimeout: AWS_LIMITS.connectMs,
      socketTimeout: AWS_LIMITS.idleMs,
      requestTimeout: AWS_LIMITS.requestMs,
      throwOnRequestTimeout: true
    }
  })
  const made = bounded(name, region, client, loaded)
  clients.set(key, made)
  return made
}

/** One EC2 client per region; the endpoint comes from the SDK's own settings (AWS_ENDPOINT_URL_EC2 ...). */
export const ec2 = (region: string): Promise<Service<EC2Client>> =>
  service('EC2', region, (s, config) => new s.EC2Client(config))

export const ssm = (region: string): Promise<Service<SSMClient>> =>
  service('SSM', region, (s, config) => new s.SSMClient(config))

/** IAM is global; the region only picks the partition. */
export const iam = (region: string): Promise<Service<IAMClient>> =>
  service('IAM', region, (s, config) => new s.IAMClient(config))

/** Closes every client's sockets, so the process can exit at once. */
export function closeClients(): void {
  for (const { client } of clients.values()) client.destroy()
  clients.clear()
}

/** Waits `ms`; tests of the middle layer shorten the waits through `POLL`. */
export const sleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms))

/** How often waits poll EC2, and for how long at most. */
export const POLL = {
  imageAvailableMs: 5_000,
  imageAvailableMaxMs: 60 * 60_000,
  instanceTerminatedMs: 2_000,
  instanceTerminatedMaxMs: 5 * 60_000,
  dependencyRetryMs: 5_000,
  dependencyRetries: 12,
  inProgressMs: 15_000,
  inProgressMaxMs: 60 * 60_000
}

/**
 * Polls `check` until it returns a value, every `everyMs`, for at most `maxMs`; then throws
 * `timeout()`. Every wait of the action has such a bound.
 */
export async function poll<T>(
  check: () => Promise<T | undefined>,
  everyMs: number,
  maxMs: number,
  timeout: () => Error
): Promise<T> {
  const deadline = Date.now() + maxMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() + everyMs > deadline) throw timeout()
    await sleep(everyMs)
  }
}

/** All pages of a paginated describe call. */
export async function allPages<Page extends { NextToken?: string | undefined }>(
  fetch: (token: string | undefined) => Promise<Page>
): Promise<Page[]> {
  const pages: Page[] = []
  let token: string | undefined
  do {
    const page = await fetch(token)
    pages.push(page)
    token = page.NextToken
  } while (token)
  return pages
}
