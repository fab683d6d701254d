import { HttpClient } from '@actions/http-client'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as http from 'node:http'
import * as https from 'node:https'

/**
 * Every download is bounded: a connection must open within `connectMs`, the server must send
 * something every `idleMs`, a file may not exceed its cap, and all attempts of one download end
 * by `deadlineMs`. A dead or stalling mirror fails the step in about two minutes at most.
 */
export const DOWNLOAD_LIMITS = {
  connectMs: 10_000,
  idleMs: 30_000,
  attempts: 3,
  deadlineMs: 120_000
}

export interface DownloadRequest {
  url: string
  /** What is fetched, for messages: e.g. `the Packer 1.15.4 SHA256SUMS`. */
  what: string
  /** A larger answer is refused (by its content-length) or cut off as it arrives. */
  maxBytes: number
  /** Aborts the download at once, e.g. when a check that runs meanwhile has failed. */
  signal?: AbortSignal
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
}

/** The URL without user and password, for the log. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (!parsed.username && !parsed.password) return url
    parsed.username = '***'
    parsed.password = ''
    return parsed.toString()
  } catch {
    return url.replace(/\/\/[^/@]*@/, '//***@')
  }
}

const proxies = new HttpClient('packer-ami-release')
const MAX_REDIRECTS = 5

class Permanent extends Error {}

interface Sink {
  /** False when the sink is full: the response pauses until `drain` calls back. */
  write(chunk: Buffer): boolean
  drain(resume: () => void): void
  /** Called before a retry: what an earlier attempt wrote is dropped. */
  reset(): void
}

function describe(request: DownloadRequest): string {
  return `${request.what} (${redactUrl(request.url)})`
}

/** One GET, following redirects; resolves when the body has been written to `sink`. */
function getOnce(
  url: URL,
  request: DownloadRequest,
  sink: Sink,
  signal: AbortSignal,
  redirects = 0
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const module = url.protocol === 'https:' ? https : http
    const req = module.get(url, {
      agent: proxies.getAgent(url.toString()),
      timeout: DOWNLOAD_LIMITS.connectMs,
      signal,
      headers: { 'user-agent': 'packer-ami-release' }
    })
    let phase = 'no connection'
    req.once('socket', socket => {
      const connected = () => {
        phase = 'no answer'
        req.setTimeout(DOWNLOAD_LIMITS.idleMs)
      }
      if (socket.connecting) socket.once('connect', connected)
      else connected()
    })
    req.on('timeout', () => {
      const ms = phase === 'no connection' ? DOWNLOAD_LIMITS.connectMs : DOWNLOAD_LIMITS.idleMs
      req.destroy(new Error(`${phase} within ${ms / 1000} s`))
    })
    req.once('error', reject)
    req.once('response', response => {
      const status = response.statusCode ?? 0
      const location = response.headers.location
      if (status >= 300 && status < 400 && location) {
        response.resume()
        if (redirects >= MAX_REDIRECTS)
          return reject(new Permanent(`more than ${MAX_REDIRECTS} redirects`))
        const next = new URL(location, url)
        // Credentials are for the mirror's own host, never for wherever it redirects.
        if (next.host !== url.host) next.username = next.password = ''
        return resolve(getOnce(next, request, sink, signal, redirects + 1))
      }
      if (status !== 200) {
        response.resume()
        const error = new HttpStatusError(status, `HTTP ${status}`)
        return reject(
          status >= 500 || status === 429 ? error : Object.assign(error, { permanent: true })
        )
      }
      const length = Number(response.headers['content-length'] ?? NaN)
      if (length > request.maxBytes) {
        response.destroy()
        return reject(
          new Permanent(`its size, ${length} bytes, is over the ${request.maxBytes} bytes allowed`)
        )
      }
      phase = 'no data'
      let received = 0
      response.on('data', (chunk: Buffer) => {
        received += chunk.length
        if (received > request.maxBytes) {
          response.destroy(new Permanent(`it sent more than the ${request.maxBytes} bytes allowed`))
          return
        }
        if (!sink.write(chunk)) {
          response.pause()
          sink.drain(() => response.resume())
        }
      })
      response.once('error', reject)
      response.once('aborted', () => reject(new Error('the connection closed early')))
      response.once('end', () => {
        if (!Number.isNaN(length) && received !== length)
          reject(new Error(`it sent ${received} of ${length} bytes`))
        else resolve()
      })
    })
  })
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    const abort = () => {
      clearTimeout(timer)
      reject(signal.reason)
    }
    signal.addEventListener('abort', abort, { once: true })
  })

async function download(request: DownloadRequest, sink: Sink): Promise<void> {
  const deadline = AbortSignal.timeout(DOWNLOAD_LIMITS.deadlineMs)
  const signal = request.signal ? AbortSignal.any([request.signal, deadline]) : deadline
  const url = new URL(request.url)
  let last: unknown
  for (let attempt = 1; attempt <= DOWNLOAD_LIMITS.attempts; attempt++) {
    try {
      sink.reset()
      await getOnce(url, request, sink, signal)
      return
    } catch (error) {
      last = error
      if (request.signal?.aborted) throw request.signal.reason
      const permanent = error instanceof Permanent || (error as { permanent?: boolean }).permanent
      if (permanent || deadline.aborted || attempt === DOWNLOAD_LIMITS.attempts) break
      await sleep(1000 * attempt, signal).catch(() => undefined)
    }
  }
  const why = deadline.aborted
    ? `no complete answer within ${DOWNLOAD_LIMITS.deadlineMs / 1000} s`
    : last instanceof Error
      ? last.message
      : String(last)
  const message = `could not download ${describe(request)} from ${url.host}: ${why}`
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
  const closed = () =>
    new Promise<void>((resolve, reject) => {
      if (!out) return resolve()
      out.once('error', reject)
      out.end(resolve)
    })
  try {
    await download(request, {
      write: chunk => {
        hash.update(chunk)
        return out?.write(chunk) ?? true
      },
      drain: resume => out?.once('drain', resume),
      reset: () => {
        out?.destroy()
        hash = createHash('sha256')
        out = fs.createWriteStream(request.dest)
      }
    })
    await closed()
  } catch (error) {
    out?.destroy()
    throw error
  }
  return hash.digest('hex')
}
