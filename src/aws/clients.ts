import {
  AdaptiveRetryStrategy,
  DefaultRateLimiter,
  MAXIMUM_RETRY_DELAY,
  Retry
} from '@smithy/core/retry'

/**
 * Every AWS request is bounded: a connection must open within `connectMs`, an answer may not
 * pause for longer than `idleMs`, one attempt's answer starts by `requestMs` (the SDK's request
 * timeout ends at the answer's headers; a body that trickles in is bounded by the call), and one
 * call, its retries included (the SDK's adaptive mode, for throttling), ends by `callDeadlineMs`. `backoffScale`
 * scales the SDK's waits between attempts (1: the SDK's own pacing). `waitMaxMs` is how long a
 * waiter (instances terminating) waits, at most.
 */
const LIMITS = {
  connectMs: 5_000,
  idleMs: 30_000,
  requestMs: 60_000,
  callDeadlineMs: 90_000,
  maxAttempts: 10,
  backoffScale: 1,
  waitMaxMs: 60 * 60_000
}
export type AwsLimits = typeof LIMITS
export const AWS_LIMITS: Readonly<AwsLimits> = LIMITS

/**
 * The SDK's adaptive retries, with its backoff (`DefaultRetryBackoffStrategy`: a random delay up
 * to base × 2^retries, at most 20 s, where the base is 50 ms, or 1 s after throttling) scaled.
 */
function retryStrategy(limits: AwsLimits): AdaptiveRetryStrategy {
  let base = Retry.delay()
  const backoff = {
    setDelayBase: (ms: number) => void (base = ms),
    computeNextBackoffDelay: (retries: number) =>
      Math.floor(
        Math.random() * Math.min(base * 2 ** retries, MAXIMUM_RETRY_DELAY) * limits.backoffScale
      )
  }
  return new AdaptiveRetryStrategy(limits.maxAttempts, {
    backoff,
    // After a throttle the limiter paces calls at no less than 0.5 a second (its default).
    rateLimiter: new DefaultRateLimiter({ minFillRate: 0.5 / limits.backoffScale })
  })
}

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

export function hasCode(error: unknown, code: RegExp): boolean {
  return error instanceof AwsError && code.test(error.code)
}

/** What `call` answers, or undefined when it fails with an AWS error whose code matches. */
export async function orNone<T>(call: Promise<T>, code: RegExp): Promise<T | undefined> {
  try {
    return await call
  } catch (error) {
    if (hasCode(error, code)) return undefined
    throw error
  }
}

/**
 * Each service's SDK and client, loaded on its first call: runs that skip, install or validate
 * load none. IAM is global; the region only picks the partition.
 */
const SERVICES = {
  EC2: (config: object) =>
    import('@aws-sdk/client-ec2').then(sdk => ({ sdk, client: new sdk.EC2Client(config) })),
  SSM: (config: object) =>
    import('@aws-sdk/client-ssm').then(sdk => ({ sdk, client: new sdk.SSMClient(config) })),
  IAM: (config: object) =>
    import('@aws-sdk/client-iam').then(sdk => ({ sdk, client: new sdk.IAMClient(config) }))
}
export type ServiceName = keyof typeof SERVICES

interface EndpointConfig {
  useFipsEndpoint(): Promise<boolean>
  useDualstackEndpoint(): Promise<boolean>
  endpointProvider(params: object, context: object): { url: URL }
}

interface Client {
  send(command: { constructor: { name: string } }, options?: object): Promise<unknown>
  destroy(): void
  config: EndpointConfig
}

/**
 * Where the service is reached, for messages: the configured endpoint, else the host the SDK's
 * own endpoint rules give for the region (`iam.us-gov.amazonaws.com`, `ec2.us-iso-east-1.c2s.ic.gov`).
 */
export async function endpointHost(
  client: Pick<Client, 'config'>,
  service: ServiceName,
  region: string
): Promise<string> {
  const configured = process.env[`AWS_ENDPOINT_URL_${service}`] || process.env['AWS_ENDPOINT_URL']
  if (configured) return URL.canParse(configured) ? new URL(configured).host : configured
  const { config } = client
  const params = {
    Region: region,
    UseFIPS: await config.useFipsEndpoint(),
    UseDualStack: await config.useDualstackEndpoint()
  }
  return config.endpointProvider(params, {}).url.host
}

function failure(error: unknown, limits: AwsLimits): { message: string; code: string } {
  const e = error as Partial<Error> & { code?: string; $metadata?: { attempts?: number } }
  const attempts = e.$metadata?.attempts ?? 1
  const after = attempts > 1 ? ` (after ${attempts} attempts)` : ''
  if (e.name === 'AbortError')
    return { message: `no answer within ${limits.callDeadlineMs / 1000} s`, code: 'Timeout' }
  if (e.name === 'TimeoutError')
    return { message: `no answer (${e.message ?? 'timed out'})${after}`, code: 'Timeout' }
  // A service error is named by its code; a network error (ECONNREFUSED...) is a plain Error.
  const code = e.name && e.name !== 'Error' ? e.name : (e.code ?? 'Error')
  return { message: `${e.message ?? String(error)}${after}`, code }
}

/** The client, its `send` bounded by the call deadline and failing with a named AwsError. */
function bound(client: Client, name: ServiceName, region: string, limits: AwsLimits): void {
  const send = client.send.bind(client)
  client.send = async (command, options) => {
    try {
      return await send(command, {
        abortSignal: AbortSignal.timeout(limits.callDeadlineMs),
        ...options
      })
    } catch (error) {
      const { message, code } = failure(error, limits)
      const action = command.constructor.name.replace(/Command$/, '')
      const host = await endpointHost(client, name, region)
      throw new AwsError(`${name} ${action} in ${region} (${host}): ${message}`, code, {
        cause: error
      })
    }
  }
}

/**
 * The AWS clients of one step, one per service and region, each with its SDK module. Each
 * client's `send` (which the SDK's paginators and waiters call too) is bounded by the call
 * deadline and names the service, the call, the region and the host when it fails.
 */
export class Aws {
  private readonly clients = new Map<string, Promise<unknown>>()
  private readonly made: Client[] = []

  constructor(readonly limits: AwsLimits = AWS_LIMITS) {}

  ec2 = (region: string) => this.service('EC2', region)
  ssm = (region: string) => this.service('SSM', region)
  iam = (region: string) => this.service('IAM', region)

  /** Closes every client's sockets, so the process can exit at once. */
  close(): void {
    for (const client of this.made.splice(0)) client.destroy()
    this.clients.clear()
  }

  private service<N extends ServiceName>(name: N, region: string) {
    const { limits } = this
    const key = `${name}:${region}`
    const make = SERVICES[name] as (config: object) => Promise<{ client: Client }>
    const service =
      this.clients.get(key) ??
      make({
        region,
        maxAttempts: limits.maxAttempts,
        retryStrategy: retryStrategy(limits),
        requestHandler: {
          connectionTimeout: limits.connectMs,
          socketTimeout: limits.idleMs,
          requestTimeout: limits.requestMs,
          throwOnRequestTimeout: true
        }
      }).then(made => {
        bound(made.client, name, region, limits)
        this.made.push(made.client)
        return made
      })
    this.clients.set(key, service)
    return service as ReturnType<(typeof SERVICES)[N]>
  }
}
