import { randomUUID } from 'node:crypto'
import * as http from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { closeServer, listenOnLoopback } from '../loopback.js'
import { AwsError } from './errors.js'
import { FaultPlan, type FaultKind, type LoggedRequest } from './faults.js'
import { signedScope, type SignedScope } from './sigv4.js'

export interface AwsCall<P> {
  action: string
  params: P
  /** The SigV4 region: one state per region for regional services. */
  region: string
  requestId: string
}

export interface HttpAnswer {
  status: number
  contentType: string
  body: string
}

/** What differs between EC2 Query, AWS Query (IAM) and JSON 1.1 (SSM). */
export interface AwsProtocol<P> {
  /** The SigV4 service of the credential scope: `ec2`, `iam`, `ssm`. */
  service: string
  /** The action and its parameters; never throws (a bad body is the handler's to refuse). */
  parse(body: string, req: http.IncomingMessage): { action: string; params: P }
  /** Answers one call, or throws an AwsError. */
  answer(call: AwsCall<P>): HttpAnswer
  /** Renders an error the way the service does. */
  renderError(error: AwsError, requestId: string): HttpAnswer
  /** The service's error for a request without a SigV4 scope of this service. */
  unsigned(scope: SignedScope | undefined): AwsError
  /** The service's error for an injected fault. */
  fault(kind: FaultKind): AwsError
  /** The service's error for a bug in the test bed. */
  internal(error: unknown): AwsError
}

/** The request log and fault plan shared by the test bed's AWS endpoints. */
export interface AwsServer<P> {
  url: string
  requests: LoggedRequest<P>[]
  faults: FaultPlan<P>
  close(): Promise<void>
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** Serves one AWS protocol on 127.0.0.1: logs every call, applies the fault plan, answers. */
export async function serveAws<P>(protocol: AwsProtocol<P>): Promise<AwsServer<P>> {
  const requests: LoggedRequest<P>[] = []
  const faults = new FaultPlan<P>()

  const handle = (
    text: string,
    req: http.IncomingMessage
  ): HttpAnswer | 'hang' | { answer: HttpAnswer; hold: Promise<void> } => {
    const requestId = randomUUID()
    const { action, params } = protocol.parse(text, req)
    const scope = signedScope(req.headers.authorization)
    const entry: LoggedRequest<P> = {
      action,
      region: scope?.region ?? '',
      params,
      error: undefined,
      hung: false
    }
    requests.push(entry)
    try {
      if (!scope || scope.service !== protocol.service) throw protocol.unsigned(scope)
      const fault = faults.take(action, params, scope.region)
      if (fault === 'hang') {
        entry.hung = true
        return 'hang'
      }
      if (fault && 'fail' in fault) throw protocol.fault(fault.fail)
      const answer = protocol.answer({ action, params, region: scope.region, requestId })
      return fault ? { answer, hold: fault.hold } : answer
    } catch (error) {
      const e = error instanceof AwsError ? error : protocol.internal(error)
      entry.error = e.code
      return protocol.renderError(e, requestId)
    }
  }

  const server = http.createServer((req, res) => {
    readBody(req)
      .then(async text => {
        const handled = handle(text, req)
        // A hung request keeps its socket open until the server closes.
        if (handled === 'hang') return
        const answer = 'hold' in handled ? handled.answer : handled
        if ('hold' in handled) await handled.hold.catch(() => undefined)
        if (faults.latencyMs > 0) await sleep(faults.latencyMs)
        res.writeHead(answer.status, {
          'content-type': answer.contentType,
          'content-length': Buffer.byteLength(answer.body)
        })
        res.end(answer.body)
      })
      .catch(() => res.destroy())
  })
  const url = await listenOnLoopback(server)
  return { url, requests, faults, close: () => closeServer(server) }
}
