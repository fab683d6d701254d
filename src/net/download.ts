import { HttpClient } from '@actions/http-client'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as http from 'node:http'
import * as https from 'node:https'
import type { Socket } from 'node:net'
import { finished } from 'node:stream/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { TLSSocket } from 'node:tls'

/**
 * Every download is bounded: a connection (with its TLS handshake) must open within
 * `connectMs`, the server must send something every `idleMs`, a file may not exceed its cap, and
 * all attempts of one download end by `deadlineMs`. A dead or stalling mirror fails the step in
 * about two minutes at most. Before attempt n + 1, n times `backoffMs` is waited.
 */
export const DEFAULT_DOWNLOAD_LIMITS = Object.freeze({
  connectMs: 10_000,
  idleMs: 30_000,
  attempts: 3,
  backoffMs: 1000,
  deadlineMs: 120_000
})

export type DownloadLimits = Record<keyof typeof DEFAULT_DOWNLOAD_LIMITS, number>

export interface DownloadRequest {
  url: string
  /** What is fetched, for messages: e.g. `the Packer 1.16.0 SHA256SUMS`. */
  what: string
  /** A larger answer is refused (by its content-length) or cut off as it arrives. */
  maxBytes: number
  /** Aborts the download at once, e.g. when a check that runs meanwhile has failed. */
  signal?: AbortSignal
  limits?: Partial<DownloadLimits>
}

/** An answer other than 200; `status` lets a caller try another name on a 404. */
export class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
    this.name = 'HttpStatusError'
  }

  /** Another attempt would not change an answer other than a server error or 429. */
  get permanent(): boolean {
    return this.status < 500 && this.status !== 429
  }
}

/** The URL without user and password, for the log: every caller's URL has been parsed already. */
export function redactUrl(url: string): string {
  const parsed = new URL(url)
  if (!parsed.username && !parsed.password) return url
  parsed.username = '***'
  parsed.password = ''
  return parsed.toString()
}

const MAX_REDIRECTS = 5

/** An answer that another attempt would not change. */
class Permanent extends Error {}

interface Sink {
  /** False when the sink is full: the response pauses until `drain` calls back. */
  write(chunk: Buffer): boolean
  drain(resume: () => void): void
  /** Called before a retry: what an earlier attempt wrote is dropped. */
  reset(): void
}

/** One attempt's request: its limits, where the body goes, and the signal that ends it. */
type Attempt = DownloadRequest & { limits: DownloadLimits; sink: Sink; signal: AbortSignal }

/** Resolves when the connection is open: TCP connected and, for TLS, the handshake done. */
function whenConnected(socket: Socket, connected: () => void): void {
  const tls = socket instanceof TLSSocket
  if (!socket.connecting && !(tls && !socket.authorized && !socket.authorizationError)) connected()
  else socket.once(tls ? 'secureConnect' : 'connect', connected)
}

/**
 * The runner's agent for `url` (HTTPS_PROXY/HTTP_PROXY/NO_PROXY as its tools honour them). A new
 * client each time: one caches the agent of its first URL's protocol, which an `http:` mirror
 * redirecting to `https:` would then be given. Through a proxy, @actions/http-client tunnels
 * with `tunnel`, whose CONNECT request (made from the agent's `proxyOptions`) has no bound and
 * outlives the request it is for: `signal` ends it.
 */
function agentFor(url: URL, signal: AbortSignal): http.Agent {
  const agent = new HttpClient('packer-ami-release').getAgent(url.toString())
  const tunnel = agent as http.Agent & { proxyOptions?: object }
  if (tunnel.proxyOptions) tunnel.proxyOptions = { ...tunnel.proxyOptions, signal }
  return agent
}

/** One GET, following redirects; resolves when the body has been written to `sink`. */
function getOnce(url: URL, request: Attempt, redirects = 0): Promise<void> {
  const { connectMs, idleMs } = request.limits
  return new Promise<void>((resolve, reject) => {
    const aborted = () => settle(request.signal.reason as Error)
    const ended = new AbortController()
    // The first cause wins: a refusal is not turned into "closed early" by the destroy it causes.
    // A redirect settles with the request that follows it.
    let settled = false
    const settle = (error?: Error, redirect?: () => Promise<void>) => {
      if (settled) return
      settled = true
      clearTimeout(connecting)
      request.signal.removeEventListener('abort', aborted)
      if (error) ended.abort(error)
      if (error || redirect) req.destroy()
      if (error) reject(error)
      else resolve(redirect?.())
    }
    const module = url.protocol === 'https:' ? https : http
    const req = module.get(url, {
      agent: agentFor(url, ended.signal),
      signal: request.signal,
      headers: { 'user-agent': 'packer-ami-release' }
    })
    // The connect bound runs from the start: a request given no socket (a proxy that never
    // answers its CONNECT) has no socket timeout, and neither emits nor ends on an abort.
    const connecting = setTimeout(
      () => settle(new Error(`no connection within ${connectMs / 1000} s`)),
      connectMs
    )
    request.signal.addEventListener('abort', aborted)
    if (request.signal.aborted) aborted()
    let phase = 'no answer'
    req.once('socket', socket =>
      whenConnected(socket, () => {
        clearTimeout(connecting)
        req.setTimeout(idleMs)
      })
    )
    req.on('timeout', () => settle(new Error(`${phase} within ${idleMs / 1000} s`)))
    let length = NaN
    // `on`: a proxy's tunnel may report its failure after another error settled the request.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (!error.code?.startsWith('HPE_')) return settle(error)
      // Node's HTTP parser refuses what is not HTTP; after a body of known length, that is
      // whatever the server sent beyond it.
      settle(
        new Permanent(
          Number.isNaN(length)
            ? `its answer is not HTTP (${error.message})`
            : `it sent more than its content-length of ${length} bytes`
        )
      )
    })
    req.once('response', response => {
      const status = response.statusCode ?? 0
      const location = response.headers.location
      // Nothing of a redirect's answer is needed, and a body that stalls must not hold the socket.
      if (status >= 300 && status < 400 && location)
        return settle(undefined, () => followRedirect(url, location, request, redirects))
      if (status !== 200) return settle(new HttpStatusError(status, `HTTP ${status}`))
      length = Number(response.headers['content-length'] ?? NaN)
      if (length > request.maxBytes)
        return settle(
          new Permanent(`its size, ${length} bytes, is over the ${request.maxBytes} bytes allowed`)
        )
      phase = 'no data'
      readBody(response, length, request, settle)
    })
  })
}

/** Writes a 200's body to `sink`, within `maxBytes`, as long as the answer says it is. */
function readBody(
  response: http.IncomingMessage,
  length: number,
  { maxBytes, sink }: Attempt,
  settle: (error?: Error) => void
): void {
  let received = 0
  response.on('data', (chunk: Buffer) => {
    received += chunk.length
    if (received > maxBytes)
      return settle(new Permanent(`it sent more than the ${maxBytes} bytes allowed`))
    if (!sink.write(chunk)) {
      response.pause()
      sink.drain(() => response.resume())
    }
  })
  response.once('error', settle)
  response.once('close', () => {
    if (!response.complete) settle(new Error(`the connection closed after ${received} bytes`))
  })
  response.once('end', () => {
    if (!Number.isNaN(length) && received !== length)
      settle(new Error(`it sent ${received} of ${length} bytes`))
    else settle()
  })
}

/** Credentials are for the mirror's own host, and never leave TLS for plain HTTP. */
async function followRedirect(from: URL, location: string, request: Attempt, redirects: number) {
  if (redirects >= MAX_REDIRECTS) throw new Permanent(`more than ${MAX_REDIRECTS} redirects`)
  const next = new URL(location, from)
  if (from.protocol === 'https:' && next.protocol !== 'https:')
    throw new Permanent(`it redirects from https to ${next.protocol} (${redactUrl(next.href)})`)
  if (next.host !== from.host) next.username = next.password = ''
  try {
    await getOnce(next, request, redirects + 1)
  } catch (error) {
    if (next.host === from.host || !(error instanceof Error)) throw error
    // Name the host that failed, as the message otherwise names the mirror.
    error.message = `redirected to ${next.host}: ${error.message}`
    throw error
  }
}

async function download(request: DownloadRequest, sink: Sink): Promise<void> {
  const limits = { ...DEFAULT_DOWNLOAD_LIMITS, ...request.limits }
  const deadline = AbortSignal.timeout(limits.deadlineMs)
  const signal = request.signal ? AbortSignal.any([request.signal, deadline]) : deadline
  const url = new URL(request.url)
  let last: unknown
  for (let attempt = 1; attempt <= limits.attempts; attempt++) {
    try {
      sink.reset()
      await getOnce(url, { ...request, limits, sink, signal })
      return
    } catch (error) {
      last = error
      if (request.signal?.aborted) throw request.signal.reason
      const permanent =
        error instanceof Permanent || (error instanceof HttpStatusError && error.permanent)
      if (permanent || deadline.aborted || attempt === limits.attempts) break
      await sleep(limits.backoffMs * attempt, undefined, { signal }).catch(() => undefined)
    }
  }
  const why = deadline.aborted
    ? `no complete answer within ${limits.deadlineMs / 1000} s`
    : last instanceof Error
      ? last.message
      : String(last)
  const message = `could not download ${request.what} (${redactUrl(request.url)}) from ${url.host}: ${why}`
  throw last instanceof HttpStatusError
    ? new HttpStatusError(last.status, message)
    : new Error(message, { cause: last })
}

/** A small file (sums, signature) into memory. */
export async function downloadBytes(request: DownloadRequest): Promise<Buffer> {
  let chunks: Buffer[] = []
  await download(request, {
    write: chunk => chunks.push(chunk) > 0,
    drain: resume => resume(),
    reset: () => (chunks = [])
  })
  return Buffer.concat(chunks)
}

/** A file to disk, hashed as it arrives; returns its sha256 (hex). */
export async function downloadFile(request: DownloadRequest & { dest: string }): Promise<string> {
  let hash = createHash('sha256')
  let out: fs.WriteStream | undefined
  // A write that fails (a full disk) ends the download with its error, never the process.
  const unwritable = new AbortController()
  const signal = AbortSignal.any([unwritable.signal, ...(request.signal ? [request.signal] : [])])
  const failed = (error: Error) =>
    unwritable.abort(
      new Error(`could not write ${request.dest}: ${error.message}`, { cause: error })
    )
  try {
    await download(
      { ...request, signal },
      {
        write: chunk => {
          hash.update(chunk)
          return out?.write(chunk) ?? true
        },
        drain: resume => out?.once('drain', resume),
        reset: () => {
          out?.destroy()
          hash = createHash('sha256')
          out = fs.createWriteStream(request.dest).on('error', failed)
        }
      }
    )
    if (out) await finished(out.end())
  } catch (error) {
    throw unwritable.signal.aborted ? unwritable.signal.reason : error
  } finally {
    out?.destroy()
  }
  return hash.digest('hex')
}
