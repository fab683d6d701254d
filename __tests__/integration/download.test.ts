import * as fs from 'node:fs'
import * as http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import * as path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  DEFAULT_DOWNLOAD_LIMITS,
  downloadBytes,
  downloadFile,
  HttpStatusError,
  type DownloadRequest
} from '../../src/net/download.js'
import { keyedTool } from '../../src/install/release.js'
import { DEBIAN_PACKER_VERSION, packerZip, tempDir } from '../../testbed/fixtures.js'
import {
  huge,
  overlong,
  stall,
  startConnectProxy,
  startMisbehavingHttpServer,
  startSilentServer,
  type MisbehavingHttpServer,
  type SilentServer
} from '../../testbed/misbehaving.js'
import {
  generateSigningKey,
  publishPacker,
  signDetached,
  type Mirror,
  type PublishedRelease,
  type SigningKey
} from '../../testbed/mirror.js'
import { errors, newJob, runMain, type StepResult } from '../../testbed/runner.js'

const MiB = 1024 * 1024

/** The bounds of the in-process cases: short, so each failure takes a second or two. */
const SHORT = { connectMs: 300, idleMs: 400, attempts: 3, backoffMs: 50, deadlineMs: 8000 }

/** A plain HTTP server on loopback whose handler the test writes; every request recorded. */
async function startServer(
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => void
): Promise<{
  url: string
  host: string
  requests: http.IncomingMessage[]
  close(): Promise<void>
}> {
  const requests: http.IncomingMessage[] = []
  const server = http.createServer((req, res) => {
    requests.push(req)
    handle(req, res)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: `http://${host}`,
    host,
    requests,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

async function elapsed<T>(
  work: Promise<T>
): Promise<{ ms: number; result: T | undefined; error: unknown }> {
  const start = Date.now()
  try {
    const result = await work
    return { ms: Date.now() - start, result, error: undefined }
  } catch (error) {
    return { ms: Date.now() - start, result: undefined, error }
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))
/** Bytes written to `file`; an attempt refused before its file was opened wrote none. */
const sizeOf = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0)

describe('bounded downloads, in process, with short bounds', () => {
  let silent: SilentServer
  let bad: MisbehavingHttpServer
  let dir: string

  beforeAll(async () => {
    silent = await startSilentServer()
    bad = await startMisbehavingHttpServer({
      '/stall': stall(10, { contentLength: 1000 }),
      '/stall-open': stall(10),
      '/overlong': overlong(100, 4 * MiB),
      '/huge': huge(800 * MiB),
      '/huge-open': huge(800 * MiB, false)
    })
    dir = tempDir('download')
  })
  afterAll(async () => {
    await Promise.all([silent.close(), bad.close()])
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const request = (url: string, maxBytes = MiB): DownloadRequest => ({
    url,
    what: 'the test file',
    maxBytes,
    limits: SHORT
  })

  it('a server that accepts and never answers: each attempt ends at the idle bound', async () => {
    const { ms, error } = await elapsed(downloadBytes(request(`${silent.url}/x`)))
    const host = `127.0.0.1:${silent.port}`
    expect(message(error)).toBe(
      `could not download the test file (${silent.url}/x) from ${host}: no answer within 0.4 s`
    )
    // Three attempts of 0.4 s and two pauses: bounded, and retried.
    expect(ms).toBeGreaterThanOrEqual(3 * SHORT.idleMs)
    expect(ms).toBeLessThan(3 * SHORT.idleMs + 1500)
  })

  it('over TLS, a connection whose handshake never completes fails at the connect bound', async () => {
    const url = `https://127.0.0.1:${silent.port}/x`
    const { ms, error } = await elapsed(downloadBytes(request(url)))
    expect(message(error)).toBe(
      `could not download the test file (${url}) from 127.0.0.1:${silent.port}: no connection within 0.3 s`
    )
    expect(ms).toBeLessThan(3 * SHORT.connectMs + 1500)
  })

  it('headers, a few bytes, then nothing: the idle bound, with or without a length', async () => {
    for (const route of ['/stall', '/stall-open']) {
      const { ms, error } = await elapsed(downloadBytes(request(`${bad.url}${route}`)))
      expect(message(error)).toMatch(/: no data within 0\.4 s$/)
      expect(ms).toBeLessThan(3 * SHORT.idleMs + 1500)
    }
  })

  it('a content-length over the cap is refused at once, without a retry', async () => {
    const before = bad.requests.length
    const { ms, error } = await elapsed(downloadBytes(request(`${bad.url}/huge`)))
    expect(message(error)).toMatch(
      new RegExp(`: its size, ${800 * MiB} bytes, is over the ${MiB} bytes allowed$`)
    )
    expect(ms).toBeLessThan(1000)
    expect(bad.requests.length - before).toBe(1)
  })

  it('a body with no length that outgrows the cap is cut off; nothing large is written', async () => {
    const dest = path.join(dir, 'huge-open')
    const { error } = await elapsed(downloadFile({ ...request(`${bad.url}/huge-open`), dest }))
    expect(message(error)).toMatch(/: it sent more than the 1048576 bytes allowed$/)
    expect(sizeOf(dest)).toBeLessThanOrEqual(MiB)
    const sent = bad.requests.filter(r => r.path === '/huge-open')
    expect(sent).toHaveLength(1)
    expect(sent[0]?.bytesSent).toBeLessThan(64 * MiB)
  })

  it('a body longer than its content-length is cut at the length and refused', async () => {
    const dest = path.join(dir, 'overlong')
    const before = bad.requests.length
    const { error } = await elapsed(downloadFile({ ...request(`${bad.url}/overlong`), dest }))
    expect(message(error)).toMatch(/: it sent more than its content-length of 100 bytes$/)
    expect(sizeOf(dest)).toBeLessThanOrEqual(100)
    expect(bad.requests.length - before).toBe(1)
  })

  describe('answers and redirects', () => {
    let servers: Awaited<ReturnType<typeof startServer>>[] = []
    afterEach(async () => {
      await Promise.all(servers.map(s => s.close()))
      servers = []
    })
    const serve = async (handle: Parameters<typeof startServer>[0]) => {
      const server = await startServer(handle)
      servers.push(server)
      return server
    }

    it('404 fails at once; 5xx is retried, and a later 200 succeeds', async () => {
      const missing = await serve((_req, res) => res.writeHead(404).end('no'))
      const notFound = await elapsed(downloadBytes(request(`${missing.url}/f`)))
      expect(notFound.error).toBeInstanceOf(HttpStatusError)
      expect((notFound.error as HttpStatusError).status).toBe(404)
      expect(message(notFound.error)).toMatch(new RegExp(`from ${missing.host}: HTTP 404$`))
      expect(missing.requests).toHaveLength(1)

      const down = await serve((_req, res) => res.writeHead(503).end('busy'))
      const unavailable = await elapsed(downloadBytes(request(`${down.url}/f`)))
      expect(message(unavailable.error)).toMatch(/: HTTP 503$/)
      expect(down.requests).toHaveLength(3)

      let calls = 0
      const flaky = await serve((_req, res) =>
        ++calls === 1 ? res.writeHead(502).end() : res.writeHead(200).end('ok')
      )
      expect((await downloadBytes(request(`${flaky.url}/f`))).toString()).toBe('ok')
      expect(flaky.requests).toHaveLength(2)
    })

    it('credentials go with a redirect on the same host, never to another host', async () => {
      const other = await serve((_req, res) => res.writeHead(200).end('other'))
      const mirror = await serve((req, res) => {
        if (req.url === '/same') res.writeHead(302, { location: '/file' }).end()
        else if (req.url === '/away') res.writeHead(301, { location: `${other.url}/file` }).end()
        else if (req.url === '/loop') res.writeHead(307, { location: '/loop' }).end()
        else res.writeHead(200).end('mine')
      })
      const withAuth = (p: string) => `http://user:t0ken-value@${mirror.host}${p}`
      const basic = `Basic ${Buffer.from('user:t0ken-value').toString('base64')}`

      expect((await downloadBytes(request(withAuth('/same')))).toString()).toBe('mine')
      expect(mirror.requests.map(r => r.headers.authorization)).toEqual([basic, basic])

      expect((await downloadBytes(request(withAuth('/away')))).toString()).toBe('other')
      expect(mirror.requests.at(-1)?.headers.authorization).toBe(basic)
      expect(other.requests.map(r => r.headers.authorization)).toEqual([undefined])

      const loop = await elapsed(downloadBytes(request(withAuth('/loop'))))
      expect(message(loop.error)).toBe(
        `could not download the test file (http://***@${mirror.host}/loop) from ${mirror.host}: more than 5 redirects`
      )
    })

    it('a redirect from http to https gets an https agent, and names the host that failed', async () => {
      const tls = `https://127.0.0.1:${silent.port}/file`
      const mirror = await serve((_req, res) => res.writeHead(302, { location: tls }).end())
      const { error } = await elapsed(downloadBytes(request(`${mirror.url}/f`)))
      expect(message(error)).toBe(
        `could not download the test file (${mirror.url}/f) from ${mirror.host}: redirected to 127.0.0.1:${silent.port}: no connection within 0.3 s`
      )
    })
  })

  it('the abort signal ends a stalled download at once, with its reason', async () => {
    const abort = new AbortController()
    const reason = new Error('the signature check failed')
    setTimeout(() => abort.abort(reason), 100)
    const { ms, error } = await elapsed(
      downloadFile({
        ...request(`${bad.url}/stall-open`),
        dest: path.join(dir, 'aborted'),
        signal: abort.signal
      })
    )
    expect(error).toBe(reason)
    expect(ms).toBeLessThan(SHORT.idleMs)
  })

  it('a file that cannot be written (a full disk) fails the download, naming the file, at once', async () => {
    // /dev/full refuses every write with ENOSPC, as a full runner disk does.
    const before = bad.requests.length
    const { ms, error } = await elapsed(
      downloadFile({ ...request(`${bad.url}/huge`, 1024 * MiB), dest: '/dev/full' })
    )
    expect(message(error)).toBe('could not write /dev/full: ENOSPC: no space left on device, write')
    expect(ms).toBeLessThan(SHORT.idleMs)
    // Not retried: the next attempt would find the disk as full.
    const sent = bad.requests.slice(before)
    expect(sent).toHaveLength(1)
    expect(sent[0]?.bytesSent).toBeLessThan(64 * MiB)
  })
})

describe('bounded downloads through a proxy (HTTP_PROXY, HTTPS_PROXY)', () => {
  const saved = { ...process.env }
  /** Downloads go through `proxy`: loopback never does, so the mirror is a name only it resolves. */
  const useProxy = (proxy: { url: string }) => {
    for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'])
      process.env[name] = proxy.url
    delete process.env['NO_PROXY']
    delete process.env['no_proxy']
  }
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
    Object.assign(process.env, saved)
  })
  const request = (url: string): DownloadRequest => ({
    url,
    what: 'the test file',
    maxBytes: MiB,
    limits: SHORT
  })
  /** `work`, or a failure once it has outlived every bound of SHORT. */
  const bounded = <T>(work: Promise<T>) =>
    Promise.race([
      work,
      new Promise<never>((_resolve, reject) =>
        setTimeout(() => reject(new Error('still waiting after 12 s')), 12_000)
      )
    ])
  /** Waits until the proxy has no connection open (or gives up after `ms`). */
  const drained = async (proxy: { open(): number }, ms = 2000) => {
    for (let waited = 0; proxy.open() > 0 && waited < ms; waited += 50)
      await new Promise(resolve => setTimeout(resolve, 50))
    return proxy.open()
  }

  it('goes through the proxy to a host only the proxy resolves', async () => {
    const origin = await startServer((_req, res) => res.writeHead(200).end('through'))
    const proxy = await startConnectProxy()
    try {
      useProxy(proxy)
      const port = origin.host.split(':')[1] ?? ''
      const url = `http://mirror.example.test:${port}/f`
      expect((await downloadBytes(request(url))).toString()).toBe('through')
      expect(proxy.connects).toEqual([`mirror.example.test:${port}`])
    } finally {
      await Promise.all([origin.close(), proxy.close()])
    }
  })

  it('a proxy that never answers CONNECT: each attempt ends at the connect bound, and no connection to it is left open', async () => {
    const proxy = await startConnectProxy({ answer: false })
    try {
      useProxy(proxy)
      const url = 'http://mirror.example.test:8080/f'
      const { ms, error } = await elapsed(bounded(downloadBytes(request(url))))
      expect(message(error)).toBe(
        `could not download the test file (${url}) from mirror.example.test:8080: no connection within 0.3 s`
      )
      expect(ms).toBeLessThan(3 * SHORT.connectMs + 1500)
      expect(proxy.connects).toHaveLength(3)
      // A connection left open would keep the step's process alive after it failed.
      expect(await drained(proxy)).toBe(0)

      // An abort (the signature check failed) ends such a wait at once, too.
      const abort = new AbortController()
      const reason = new Error('the signature check failed')
      setTimeout(() => abort.abort(reason), 100)
      const aborted = await elapsed(
        bounded(
          downloadBytes({
            ...request(url),
            limits: { ...SHORT, connectMs: 60_000 },
            signal: abort.signal
          })
        )
      )
      expect(aborted.error).toBe(reason)
      expect(aborted.ms).toBeLessThan(1000)
      expect(await drained(proxy)).toBe(0)
    } finally {
      await proxy.close()
    }
  })
})

// ---------------------------------------------------------------------------------------------
// The bundle with the real bounds, the way the runner runs it. The cases run at once, so the
// file takes about as long as its slowest case (the stalled SHA256SUMS: three idle bounds).

/** What a stalled or huge file does on the mirror below. */
type Behaviour = { stall: number } | { generate: number; length: boolean }

interface ServedMirror extends Mirror {
  host: string
  /** Per path: bytes sent, and whether the client closed the connection before the end. */
  served: Map<string, { bytes: number; closedByClient: boolean }>
}

/** A release mirror that serves `files` but stalls or floods the paths in `behaviour`. */
async function startUnreliableMirror(behaviour: Map<string, Behaviour>): Promise<ServedMirror> {
  const files = new Map<string, Buffer>()
  const requests: string[] = []
  const served = new Map<string, { bytes: number; closedByClient: boolean }>()
  const sockets = new Set<Socket>()
  const chunk = Buffer.alloc(64 * 1024, '0123456789abcdef  packer_9.9.9_linux_amd64.zip\n')
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/'
    requests.push(url)
    const what = behaviour.get(url)
    const body = files.get(url)
    if (!what) {
      if (body === undefined) res.writeHead(404).end('not found')
      else res.writeHead(200, { 'content-length': body.length }).end(body)
      return
    }
    const record = { bytes: 0, closedByClient: false }
    served.set(url, record)
    let done = false
    res.on('close', () => (record.closedByClient = !done))
    if ('stall' in what) {
      const content = body ?? chunk
      res.writeHead(200, { 'content-length': content.length })
      res.write(content.subarray(0, what.stall))
      record.bytes = what.stall
      return // and never another byte
    }
    res.writeHead(200, what.length ? { 'content-length': what.generate } : {})
    let left = what.generate
    const pump = () => {
      while (left > 0 && !res.destroyed) {
        const piece = left >= chunk.length ? chunk : chunk.subarray(0, left)
        left -= piece.length
        record.bytes += piece.length
        if (!res.write(piece)) return void res.once('drain', pump)
      }
      if (left === 0) {
        done = true
        res.end()
      }
    }
    pump()
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: `http://${host}`,
    host,
    files,
    requests,
    served,
    missing: 404,
    close: () =>
      new Promise<void>(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

/** The step, timed, with the largest resident set seen while it ran (VmHWM, polled). */
async function timedInstall(
  mirror: ServedMirror,
  key: SigningKey
): Promise<{ result: StepResult; seconds: number; maxRssMiB: number }> {
  const job = newJob()
  let maxRssKiB = 0
  const start = Date.now()
  const result = await runMain(job, {
    inputs: {
      mode: 'install',
      'packer-version': DEBIAN_PACKER_VERSION,
      'packer-mirror': mirror.url,
      'packer-signing-key': key.publicKey,
      'ansible-version': 'none'
    },
    timeoutMs: 170_000,
    onSpawn: child => {
      const poll = setInterval(() => {
        try {
          const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8')
          const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0)
          maxRssKiB = Math.max(maxRssKiB, hwm)
        } catch {
          // exited
        }
      }, 20)
      child.once('exit', () => clearInterval(poll))
    }
  })
  const seconds = (Date.now() - start) / 1000
  // Nothing in the cache: not Packer's folder for this key, nor a folder for any other.
  const entries = fs.existsSync(job.toolCache) ? fs.readdirSync(job.toolCache) : []
  const entry = path.join(job.toolCache, keyedTool('packer', key.publicKey))
  expect(fs.existsSync(entry) ? fs.readdirSync(entry) : []).toEqual([])
  for (const name of entries.filter(name => name.startsWith('packer')))
    expect(fs.readdirSync(path.join(job.toolCache, name))).toEqual([])
  expect(fs.readdirSync(job.temp)).toEqual([])
  console.log(`${mirror.host}: failed in ${seconds.toFixed(1)} s, max RSS ${maxRssKiB >> 10} MiB`)
  return { result, seconds, maxRssMiB: maxRssKiB >> 10 }
}

describe.concurrent('bounded downloads, through the bundle, with the real bounds', () => {
  const V = DEBIAN_PACKER_VERSION
  let key: SigningKey
  const mirrors: ServedMirror[] = []

  beforeAll(async () => {
    key = await generateSigningKey()
  })
  afterAll(async () => {
    await Promise.all(mirrors.map(m => m.close()))
  })

  /** A mirror with the real release, and `behaviour` for some of its files. */
  async function mirrorWith(
    behaviour: (release: PublishedRelease) => Map<string, Behaviour>,
    tamper?: (mirror: ServedMirror, release: PublishedRelease) => Promise<void>
  ): Promise<{ mirror: ServedMirror; release: PublishedRelease }> {
    const plan = new Map<string, Behaviour>()
    const mirror = await startUnreliableMirror(plan)
    mirrors.push(mirror)
    const release = await publishPacker(mirror, V, packerZip(), key)
    for (const [p, b] of behaviour(release)) plan.set(p, b)
    await tamper?.(mirror, release)
    return { mirror, release }
  }

  it('a mirror whose SHA256SUMS stalls fails the step within about two minutes, naming the host', async () => {
    const { mirror, release } = await mirrorWith(r => new Map([[r.sums, { stall: 40 }]]))
    const { result, seconds } = await timedInstall(mirror, key)
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toBe(
      `Packer ${V} was not installed: could not download the Packer ${V} SHA256SUMS (${mirror.url}${release.sums}) from ${mirror.host}: no data within ${DEFAULT_DOWNLOAD_LIMITS.idleMs / 1000} s`
    )
    // Three attempts, each ended by the 30 s idle bound, and the pauses between them.
    expect(seconds).toBeGreaterThan(90)
    expect(seconds).toBeLessThan(125)
    expect(mirror.requests.filter(r => r === release.sums)).toHaveLength(3)
  })

  it('a bad signature while the zip stalls fails within seconds, and the zip download is aborted', async () => {
    const { mirror, release } = await mirrorWith(
      r => new Map([[r.zip, { stall: 1024 }]]),
      async (m, r) => {
        const other = await generateSigningKey('Someone Else')
        m.files.set(
          r.signature,
          Buffer.from(await signDetached(m.files.get(r.sums) as Buffer, other.privateKey))
        )
      }
    )
    const { result, seconds } = await timedInstall(mirror, key)
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toMatch(
      /SHA256SUMS: the signature is not a valid signature by key/
    )
    expect(seconds).toBeLessThan(10)
    expect(mirror.served.get(release.zip)).toEqual({ bytes: 1024, closedByClient: true })
  })

  it.each([
    ['with its content-length', true, /its size, 838860800 bytes, is over the 65536 bytes allowed/],
    ['streamed without a length', false, /it sent more than the 65536 bytes allowed/]
  ])(
    'an 800 MiB SHA256SUMS %s is refused by its size, early and in little memory',
    async (_how, length, refusal) => {
      const { mirror, release } = await mirrorWith(
        r => new Map([[r.sums, { generate: 800 * MiB, length }]])
      )
      const { result, seconds, maxRssMiB } = await timedInstall(mirror, key)
      expect(result.exitCode).toBe(1)
      expect(errors(result).join('\n')).toMatch(
        new RegExp(
          `the Packer ${V} SHA256SUMS \\(${mirror.url}${release.sums}\\) from ${mirror.host}: ${refusal.source}`
        )
      )
      expect(seconds).toBeLessThan(15)
      expect(mirror.served.get(release.sums)?.bytes).toBeLessThan(64 * MiB)
      expect(maxRssMiB).toBeGreaterThan(0)
      expect(maxRssMiB).toBeLessThan(300)
    }
  )
})
