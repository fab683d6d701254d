import * as http from 'node:http'
import * as net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  huge,
  overlong,
  stall,
  startConnectProxy,
  startMisbehavingHttpServer,
  startSilentServer,
  type MisbehavingHttpServer,
  type SilentServer
} from '../misbehaving.js'

const GiB = 1024 ** 3

let silent: SilentServer
let server: MisbehavingHttpServer

beforeAll(async () => {
  silent = await startSilentServer()
  server = await startMisbehavingHttpServer({
    '/stall': stall(10, { contentLength: 1000 }),
    '/stall-open': stall(10),
    '/overlong': overlong(100, 1024 * 1024),
    '/huge': huge(10 * GiB),
    '/huge-open': huge(10 * GiB, false)
  })
})
afterAll(async () => {
  await Promise.all([silent?.close(), server?.close()])
})

interface Received {
  status: number | undefined
  headers: http.IncomingHttpHeaders
  body: number
  /** How the read ended. */
  end: 'end' | 'idle' | 'limit' | 'error'
}

/** GETs a path; gives up after `idleMs` without a byte or after `limit` body bytes. */
function get(url: string, idleMs: number, limit = Number.POSITIVE_INFINITY): Promise<Received> {
  return new Promise(resolve => {
    const received: Received = { status: undefined, headers: {}, body: 0, end: 'end' }
    const req = http.get(url, { timeout: idleMs, agent: false }, res => {
      received.status = res.statusCode
      received.headers = res.headers
      res.on('data', (chunk: Buffer) => {
        received.body += chunk.length
        if (received.body >= limit) {
          received.end = 'limit'
          req.destroy()
        }
      })
      res.on('end', () => resolve(received))
      res.on('error', () => resolve(received))
    })
    req.on('timeout', () => {
      received.end = 'idle'
      req.destroy()
    })
    req.on('error', () => {
      if (received.end === 'end') received.end = 'error'
      resolve(received)
    })
    req.on('close', () => resolve(received))
  })
}

describe('misbehaving servers for timeout tests', () => {
  it('accepts a TCP connection and never sends a byte', async () => {
    const socket = net.connect(silent.port, '127.0.0.1')
    let bytes = 0
    socket.on('data', (c: Buffer) => (bytes += c.length))
    await new Promise<void>(resolve => socket.once('connect', () => resolve()))
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n')
    await expect(fetch(silent.url, { signal: AbortSignal.timeout(200) })).rejects.toMatchObject({
      name: 'TimeoutError'
    })
    expect(bytes).toBe(0)
    expect(silent.accepted()).toBe(2)
    socket.destroy()
  })

  it('sends headers and part of a body, then stalls, with or without a content-length', async () => {
    const declared = await get(`${server.url}/stall`, 300)
    expect(declared).toMatchObject({ status: 200, body: 10, end: 'idle' })
    expect(declared.headers['content-length']).toBe('1000')

    const open = await get(`${server.url}/stall-open`, 300)
    expect(open).toMatchObject({ status: 200, body: 10, end: 'idle' })
    expect(open.headers['content-length']).toBeUndefined()
  })

  it('sends far more than its content-length claims', async () => {
    const received = await get(`${server.url}/overlong`, 2000)
    expect(received.headers['content-length']).toBe('100')
    // The client stops at the declared length; the server wrote on.
    expect(received.body).toBe(100)
    const entry = server.requests.find(r => r.path === '/overlong')
    expect(entry?.bytesSent).toBeGreaterThan(100)
  })

  it('streams a huge generated body only as fast as the client reads it', async () => {
    for (const path of ['/huge', '/huge-open']) {
      const received = await get(`${server.url}${path}`, 2000, 8 * 1024 * 1024)
      expect(received.end).toBe('limit')
      expect(received.headers['content-length']).toBe(
        path === '/huge' ? String(10 * GiB) : undefined
      )
      const entry = server.requests.find(r => r.path === path)
      // Generated on demand: nowhere near the 10 GiB it announces.
      expect(entry?.bytesSent).toBeLessThan(64 * 1024 * 1024)
    }
    expect((await get(`${server.url}/nothing`, 1000)).status).toBe(404)
  })

  it('closes with connections still stalled', async () => {
    const other = await startMisbehavingHttpServer({ '/': stall(1) })
    const pending = get(other.url, 10_000)
    await new Promise(resolve => setTimeout(resolve, 100))
    await other.close()
    expect((await pending).end).not.toBe('idle')
  })

  it('a CONNECT proxy tunnels to loopback whatever the host name, or never answers', async () => {
    const connect = (port: number, host: string) =>
      new Promise<string>(resolve => {
        const socket = net.connect(port, '127.0.0.1', () =>
          socket.write(`CONNECT ${host} HTTP/1.1\r\nHost: ${host}\r\n\r\n`)
        )
        let got = ''
        socket.on('data', (c: Buffer) => {
          got += c.toString('latin1')
          if (!got.includes('\r\n\r\n')) return
          socket.write('GET /stall HTTP/1.1\r\nHost: x\r\n\r\n')
          if (got.includes('content-length: 1000')) {
            socket.destroy()
            resolve(got)
          }
        })
        setTimeout(() => {
          socket.destroy()
          resolve(got)
        }, 300)
      })
    const proxy = await startConnectProxy()
    const port = new URL(server.url).port
    const tunnel = await connect(proxy.port, `mirror.example.test:${port}`)
    expect(tunnel).toMatch(/^HTTP\/1\.1 200 Connection established\r\n\r\nHTTP\/1\.1 200 OK/)
    expect(proxy.connects).toEqual([`mirror.example.test:${port}`])
    await proxy.close()

    const silentProxy = await startConnectProxy({ answer: false })
    expect(await connect(silentProxy.port, `mirror.example.test:${port}`)).toBe('')
    expect(silentProxy.connects).toHaveLength(1)
    await silentProxy.close()
  })
})
