import * as http from 'node:http'
import * as net from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { updateReleaseNotes } from '../../src/github/release-notes.js'
import { startConnectProxy, type ConnectProxy } from '../../testbed/misbehaving.js'

// The release notes through the runner's proxy (HTTPS_PROXY, HTTP_PROXY), as @actions/github
// reaches GitHub: the update is bounded by its deadline, and once it has ended no connection of
// it is left open. A connection left open keeps the step's process alive after its last line:
// the step would end only when the proxy, or undici's own 300 s wait for an answer, gave up.

/** A GitHub releases API with one release, whose notes the update writes. */
function startApi(): Promise<{ server: http.Server; port: number }> {
  let body = ''
  const server = http.createServer((req, res) => {
    let sent = ''
    req.on('data', (chunk: Buffer) => (sent += chunk.toString()))
    req.on('end', () => {
      if (req.method === 'PATCH') body = (JSON.parse(sent) as { body: string }).body
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ id: 7, tag_name: 'release-0.1.0', body, html_url: 'https://x/r' }))
    })
  })
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as net.AddressInfo).port })
    )
  )
}

let api: { server: http.Server; port: number }
let answering: ConnectProxy
let silent: ConnectProxy
/** The proxy the runner names; it passes each connection to the proxy a test chooses. */
let front: net.Server
let target: ConnectProxy
const fronted = new Set<net.Socket>()

beforeAll(async () => {
  api = await startApi()
  answering = await startConnectProxy()
  silent = await startConnectProxy({ answer: false })
  front = net.createServer(socket => {
    const upstream = net.connect(target.port, '127.0.0.1')
    fronted.add(socket)
    socket.on('close', () => fronted.delete(socket))
    socket.pipe(upstream).pipe(socket)
    const end = () => (socket.destroy(), upstream.destroy())
    socket.on('error', end).on('close', end)
    upstream.on('error', end).on('close', end)
  })
  await new Promise<void>(resolve => front.listen(0, '127.0.0.1', resolve))
  const proxy = `http://127.0.0.1:${(front.address() as net.AddressInfo).port}`
  // A host only the proxy resolves (@actions/http-client never proxies loopback).
  vi.stubEnv('GITHUB_API_URL', `http://api.example.test:${api.port}`)
  for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'])
    vi.stubEnv(name, proxy)
  vi.stubEnv('NO_PROXY', '')
  vi.stubEnv('no_proxy', '')
  vi.stubEnv('GITHUB_REPOSITORY', 'acme/images')
  await import('@actions/github')
})
afterAll(async () => {
  vi.unstubAllEnvs()
  for (const socket of fronted) socket.destroy()
  await Promise.all([
    answering?.close(),
    silent?.close(),
    new Promise(resolve => front?.close(resolve)),
    new Promise(resolve => {
      api?.server.closeAllConnections()
      api?.server.close(resolve)
    })
  ])
})

const update = (deadlineMs: number) =>
  updateReleaseNotes({
    token: 'dummy',
    tag: 'release-0.1.0',
    version: 'release-0.1.0',
    lineage: 'acme/images:app.pkr.hcl',
    artifacts: [],
    settleMs: 10,
    deadlineMs
  })

/** Waits until `proxy` has no connection open (or gives up after `ms`). */
async function drained(proxy: ConnectProxy, ms: number): Promise<number> {
  for (let waited = 0; proxy.open() > 0 && waited < ms; waited += 50)
    await new Promise(resolve => setTimeout(resolve, 50))
  return proxy.open()
}

describe('the release notes through the runner’s proxy', () => {
  it('are updated through a proxy that answers', async () => {
    target = answering
    expect(await update(10_000)).toEqual({ kind: 'updated', url: 'https://x/r' })
    expect(answering.connects.every(c => c === `api.example.test:${api.port}`)).toBe(true)
    expect(answering.connects.length).toBeGreaterThan(0)
  })

  it('a proxy that never answers CONNECT: the update ends at its deadline, and leaves no connection open', async () => {
    target = silent
    const started = Date.now()
    const error = await update(1_500).then(
      () => undefined,
      (e: unknown) => (e as Error).message
    )
    expect(error).toBe(
      `GitHub's API (api.example.test:${api.port}) did not finish updating the notes of release release-0.1.0 within 1.5 s`
    )
    expect(Date.now() - started).toBeLessThan(4_000)
    expect(silent.connects.length).toBeGreaterThan(0)
    // An open connection would keep the step's process alive after it failed.
    expect(await drained(silent, 3_000)).toBe(0)
  })
})
