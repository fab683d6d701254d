import { serveAws, type AwsProtocol } from '../aws/endpoint.js'
import type { FaultKind, LoggedRequest } from '../aws/faults.js'
import { signedScope } from '../aws/sigv4.js'
import { ec2ErrorXml, ec2ResponseXml } from '../aws/xml.js'
import { Clock } from '../clock.js'
import { handlers } from './handlers.js'
import { Ec2Error, ec2Params } from './query.js'
import { inspector, seeder, type Ec2Inspector, type Ec2Seeder } from './seed.js'
import { World, type WorldOptions } from './world.js'

export type { LoggedRequest } from '../aws/faults.js'

type Params = Record<string, string>

/** What `configure` may change; `undefined` returns a setting to its default. */
export type Ec2Configuration = { [K in keyof WorldOptions]?: WorldOptions[K] | undefined }

export interface Ec2EndpointOptions extends Partial<WorldOptions> {
  /** A clock shared with other endpoints; by default the endpoint has its own. */
  clock?: Clock
}

export interface Ec2Endpoint {
  url: string
  /** The state itself; prefer `seed`, `inspect` and `configure`. */
  world: World
  /** Every time the world records or compares comes from this clock. */
  clock: Clock
  seed: Ec2Seeder
  inspect: Ec2Inspector
  requests: LoggedRequest[]
  configure(settings: Ec2Configuration): void
  /**
   * Answers the next `count` calls of `action` (those for which `when` is true) with a throttling
   * error or a 503.
   */
  failNext(
    action: string,
    count: number,
    kind?: FaultKind,
    when?: (params: Params, region: string) => boolean
  ): void
  /** Accepts the next `count` calls of `action` and never answers them (until close). */
  hangNext(action: string, count: number): void
  /** Answers every call `ms` late, as a region does over the network (until clearFaults). */
  delayAnswers(ms: number): void
  /** Forgets the failures and hangs not used yet (the network is well again). */
  clearFaults(): void
  /** Does the next call of `action` at once, and answers it only once `until` settles. */
  holdNext(action: string, until: Promise<void>): void
  /** Runs `hook` once, just before the next call of `action` is answered (a concurrent change). */
  beforeNext(action: string, hook: (world: World) => void): void
  /** Forgets all state, settings, faults and the log; every region starts again from its source image. */
  reset(): void
  close(): Promise<void>
}

/** The region a request was signed for: SigV4 scope `Credential=AKID/DATE/REGION/ec2/aws4_request`. */
export function signedRegion(authorization: string | undefined): string | undefined {
  const scope = signedScope(authorization)
  return scope?.service === 'ec2' ? scope.region : undefined
}

function ec2Protocol(world: World): AwsProtocol<Params> {
  return {
    service: 'ec2',
    parse(body, req) {
      const query = new URL(req.url ?? '/', 'http://x').searchParams
      const params: Params = Object.fromEntries([...query, ...new URLSearchParams(body)])
      return { action: params['Action'] ?? '', params }
    },
    answer({ action, params, region, requestId }) {
      const handler = handlers[action]
      if (!handler) {
        console.error(`EC2 test endpoint: ${action} is not implemented`)
        throw new Ec2Error(
          'InvalidAction',
          `The action ${action} is not valid for this web service (the test endpoint does not implement it).`
        )
      }
      const body = handler(ec2Params(params), { world, region: world.region(region) })
      return {
        status: 200,
        contentType: 'text/xml;charset=UTF-8',
        body: ec2ResponseXml(action, requestId, body)
      }
    },
    renderError: (error, requestId) => ({
      status: error.status,
      contentType: 'text/xml;charset=UTF-8',
      body: ec2ErrorXml(error.code, error.message, requestId)
    }),
    unsigned: () =>
      new Ec2Error('AuthFailure', 'The request is not signed with AWS Signature Version 4', 401),
    fault: kind =>
      kind === 'throttle'
        ? new Ec2Error('RequestLimitExceeded', 'Request limit exceeded.')
        : new Ec2Error('Unavailable', 'The service is unavailable. Please try again shortly.'),
    internal: error => new Ec2Error('InternalError', String(error), 500)
  }
}

function asRecord(options: WorldOptions): Record<string, unknown> {
  return options as unknown as Record<string, unknown>
}

/** A stateful EC2 Query API on 127.0.0.1, for real Packer and the real AWS SDK. */
export async function startEc2Endpoint(options: Ec2EndpointOptions = {}): Promise<Ec2Endpoint> {
  const { clock: sharedClock, ...worldOptions } = options
  const clock = sharedClock ?? new Clock()
  const defaults = (): WorldOptions => ({ imageAvailableAfterMs: 0, ...worldOptions })
  const world = new World(defaults(), clock)
  const server = await serveAws(ec2Protocol(world))
  return {
    url: server.url,
    world,
    clock,
    seed: seeder(world),
    inspect: inspector(world),
    requests: server.requests,
    configure(settings) {
      const options = asRecord(world.options)
      const fallback = asRecord(defaults())
      for (const [key, value] of Object.entries(settings)) {
        if (value !== undefined) options[key] = value
        else if (fallback[key] !== undefined) options[key] = fallback[key]
        else delete options[key]
      }
    },
    delayAnswers(ms) {
      server.faults.latencyMs = ms
    },
    clearFaults() {
      server.faults.clear()
    },
    failNext(action, count, kind = 'throttle', when) {
      server.faults.failNext(action, count, kind, when)
    },
    hangNext(action, count) {
      server.faults.hangNext(action, count)
    },
    holdNext(action, until) {
      server.faults.holdNext(action, until)
    },
    beforeNext(action, hook) {
      server.faults.beforeNext(action, () => hook(world))
    },
    reset() {
      // The regions hold this very object: change it in place.
      const options = asRecord(world.options)
      for (const key of Object.keys(options)) delete options[key]
      Object.assign(options, defaults())
      // A shared clock belongs to whoever passed it in.
      if (!sharedClock) clock.useRealTime()
      world.reset()
      server.requests.length = 0
      server.faults.clear()
    },
    close: () => server.close()
  }
}
