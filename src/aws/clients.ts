type Ec2Sdk = typeof import('./sdk/ec2.js')
type SsmSdk = typeof import('./sdk/ssm.js')
type IamSdk = typeof import('./sdk/iam.js')
/** What every service's SDK module has: the retry strategy. */
type Retry = Pick<Ec2Sdk, 'AdaptiveRetryStrategy' | 'DefaultRateLimiter'>

/**
 * Every AWS request is bounded: a connection must open within `connectMs`, an answer may not
 * pause for longer than `idleMs`, one attempt ends by `requestMs`, and one call, its retries
 * included (the SDK's adaptive mode, for throttling), ends by `callDeadlineMs`. `backoffScale`
 * scales the SDK's waits between attempts (1: the SDK's own pacing).
 */
export interface AwsLimits {
  connectMs: number
  idleMs: number
  requestMs: number
  callDeadlineMs: number
  maxAttempts: number
  backoffScale: number
  /** How long a waiter (an AMI becoming available, instances terminating) waits, at most. */
  waitMaxMs: number
}

export const AWS_LIMITS: Readonly<AwsLimits> = {
  connectMs: 5_000,
  idleMs: 30_000,
  requestMs: 60_000,
  callDeadlineMs: 90_000,
  maxAttempts: 10,
  backoffScale: 1,
  waitMaxMs: 60 * 60_000
}

/**
 * The SDK's backoff (`DefaultRetryBackoffStrategy` of @smithy/core's retry module): a random
 * delay up to base × 2^retries, at most 20 s, where the base is 50 ms, or 1 s after throttling.
 */
const SDK_BACKOFF = { baseMs: 50, maxMs: 20_000 }

function retryStrategy(sdk: Retry, limits: AwsLimits) {
  let base = SDK_BACKOFF.baseMs
  const backoff = {
    setDelayBase: (ms: number) => void (base = ms),
    computeNextBackoffDelay: (retries: number) =>
      Math.floor(
        Math.random() * Math.min(base * 2 ** retries, SDK_BACKOFF.maxMs) * limits.backoffScale
      )
  }
  return new sdk.AdaptiveRetryStrategy(limits.maxAttempts, {
    backoff,
    // After a throttle the limiter paces calls at no less than 0.5 a second (its default).
    rateLimiter: new sdk.DefaultRateLimiter({ minFillRate: 0.5 / limits.backoffScale })
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
  if (configured) return URL.canParse(configured) ? new URL(configured).host : configured
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'
  return service === 'IAM' ? `iam.${suffix}` : `${service.toLowerCase()}.${region}.${suffix}`
}

function failure(error: unknown, limits: AwsLimits): { message: string; code: string } {
  const e = error as {
    name?: string
    message?: string
    code?: string
    $metadata?: { attempts?: number }
  }
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

interface Client {
  send(command: never, options?: never): Promise<unknown>
  destroy(): void
}

/** A client and the SDK module its commands come from. */
export interface Service<C extends Client, S> {
  client: C
  sdk: S
}

/**
 * The AWS clients of one step, one per service and region. Each client's `send` (which the
 * SDK's paginators and waiters call too) is bounded by the call deadline and names the service,
 * the call, the region and the host when it fails.
 */
export class Aws {
  private readonly clients = new Map<string, Promise<Service<Client, unknown>>>()
  private readonly made: Client[] = []

  constructor(readonly limits: AwsLimits = AWS_LIMITS) {}

  // Each service's SDK is loaded on its first call: runs that skip, install or validate load none.
  ec2 = (region: string) =>
    this.service(
      'EC2',
      region,
      () => import('./sdk/ec2.js'),
      (s: Ec2Sdk, c) => new s.EC2Client(c)
    )
  ssm = (region: string) =>
    this.service(
      'SSM',
      region,
      () => import('./sdk/ssm.js'),
      (s: SsmSdk, c) => new s.SSMClient(c)
    )
  /** IAM is global; the region only picks the partition. */
  iam = (region: string) =>
    this.service(
      'IAM',
      region,
      () => import('./sdk/iam.js'),
      (s: IamSdk, c) => new s.IAMClient(c)
    )

  /** Closes every client's sockets, so the process can exit at once. */
  close(): void {
    for (const client of this.made.splice(0)) client.destroy()
    this.clients.clear()
  }

  private service<C extends Client, S extends Retry>(
    name: ServiceName,
    region: string,
    load: () => Promise<S>,
    make: (sdk: S, config: object) => C
  ): Promise<Service<C, S>> {
    const key = `${name}:${region}`
    const known = this.clients.get(key) as Promise<Service<C, S>> | undefined
    if (known) return known
    const service = load().then(sdk => ({
      client: this.bound(name, region, make(sdk, this.config(sdk, region))),
      sdk
    }))
    this.clients.set(key, service)
    return service
  }

  private config(sdk: Retry, region: string): object {
    const { limits } = this
    return {
      region,
      maxAttempts: limits.maxAttempts,
      retryStrategy: retryStrategy(sdk, limits),
      requestHandler: {
        connectionTimeout: limits.connectMs,
        socketTimeout: limits.idleMs,
        requestTimeout: limits.requestMs,
        throwOnRequestTimeout: true
      }
    }
  }

  /** The client, its `send` bounded by the call deadline and failing with a named AwsError. */
  private bound<C extends Client>(name: ServiceName, region: string, client: C): C {
    const { limits } = this
    this.made.push(client)
    const send = client.send.bind(client) as (c: unknown, o?: object) => Promise<unknown>
    Object.assign(client, {
      send: async (command: { constructor: { name: string } }, options?: object) => {
        try {
          return await send(command, {
            abortSignal: AbortSignal.timeout(limits.callDeadlineMs),
            ...options
          })
        } catch (error) {
          const { message, code } = failure(error, limits)
          const action = command.constructor.name.replace(/Command$/, '')
          throw new AwsError(
            `${name} ${action} in ${region} (${endpointHost(name, region)}): ${message}`,
            code,
            {
              cause: error
            }
          )
        }
      }
    })
    return client
  }
}
