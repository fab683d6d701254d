import { randomUUID } from 'node:crypto'
import * as http from 'node:http'
import { closeServer, listenOnLoopback } from '../loopback.js'
import { handlers } from './handlers.js'
import { Ec2Error, Params } from './query.js'
import { World, type WorldOptions } from './world.js'
import { errorXml, responseXml } from './xml.js'

export interface LoggedRequest {
  action: string
  region: string
  params: Record<string, string>
  /** The error code answered, if any. */
  error: string | undefined
}

export interface Ec2Endpoint {
  url: string
  world: World
  requests: LoggedRequest[]
  /** Answers the next `count` calls of `action` with a throttling error or a 503. */
  failNext(action: string, count: number, kind?: 'throttle' | 'unavailable'): void
  /** Runs `hook` once, just before the next call of `action` is answered (a concurrent change). */
  beforeNext(action: string, hook: (world: World) => void): void
  /** Forgets all state and the log; every region starts again from its source image. */
  reset(): void
  close(): Promise<void>
}

/** The region a request was signed for: SigV4 scope `Credential=AKID/DATE/REGION/ec2/aws4_request`. */
export function signedRegion(authorization: string | undefined): string | undefined {
  return /Credential=[^/]+\/\d{8}\/([^/]+)\/ec2\/aws4_request/.exec(authorization ?? '')?.[1]
}

/** A stateful EC2 Query API on 127.0.0.1, for real Packer and the real AWS SDK. */
export async function startEc2Endpoint(options: Partial<WorldOptions> = {}): Promise<Ec2Endpoint> {
  const world = new World({ imageAvailableAfterMs: 0, ...options })
  const requests: LoggedRequest[] = []
  const faults = new Map<string, { count: number; kind: 'throttle' | 'unavailable' }>()
  const hooks = new Map<string, (world: World) => void>()

  const answer = (raw: Record<string, string>, authorization: string | undefined) => {
    const action = raw['Action'] ?? ''
    const requestId = randomUUID()
    const entry: LoggedRequest = {
      action,
      region: signedRegion(authorization) ?? '',
      params: raw,
      error: undefined
    }
    requests.push(entry)
    try {
      if (!entry.region)
        throw new Ec2Error(
          'AuthFailure',
          'The request is not signed with AWS Signature Version 4',
          401
        )
      const fault = faults.get(action)
      if (fault && fault.count > 0) {
        fault.count--
        throw fault.kind === 'throttle'
          ? new Ec2Error('RequestLimitExceeded', 'Request limit exceeded.')
          : new Ec2Error('Unavailable', 'The service is unavailable. Please try again shortly.')
      }
      const hook = hooks.get(action)
      hooks.delete(action)
      hook?.(world)
      const handler = handlers[action]
      if (!handler)
        throw new Ec2Error(
          'InvalidAction',
          `The action ${action} is not valid for this web service (the test endpoint does not implement it).`
        )
      const region = world.region(entry.region)
      return {
        status: 200,
        body: responseXml(action, requestId, handler(new Params(raw), { world, region }))
      }
    } catch (error) {
      const e =
        error instanceof Ec2Error ? error : new Ec2Error('InternalError', String(error), 500)
      entry.error = e.code
      if (e.code === 'InvalidAction') console.error(`EC2 test endpoint: ${e.message}`)
      return { status: e.status, body: errorXml(e.code, e.message, requestId) }
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const query = new URL(req.url ?? '/', 'http://x').searchParams
      const raw: Record<string, string> = Object.fromEntries([
        ...query,
        ...new URLSearchParams(text)
      ])
      const { status, body } = answer(raw, req.headers.authorization)
      res.writeHead(status, {
        'content-type': 'text/xml;charset=UTF-8',
        'content-length': Buffer.byteLength(body)
      })
      res.end(body)
    })
  })
  const url = await listenOnLoopback(server)
  return {
    url,
    world,
    requests,
    failNext(action, count, kind = 'throttle') {
      faults.set(action, { count, kind })
    },
    beforeNext(action, hook) {
      hooks.set(action, hook)
    },
    reset() {
      hooks.clear()
      world.options.imageAvailableAfterMs = options.imageAvailableAfterMs ?? 0
      delete world.options.imageAvailableAfterMsIn
      world.reset()
      requests.length = 0
      faults.clear()
    },
    close: () => closeServer(server)
  }
}
