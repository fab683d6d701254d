import * as http from 'node:http'
import { closeServer, listenOnLoopback } from './loopback.js'
import type { Socket } from 'node:net'

/**
 * An HTTP(S) proxy on 127.0.0.1 that refuses every request and records it. Given to Packer and
 * Ansible as HTTP_PROXY/HTTPS_PROXY (with loopback exempt through NO_PROXY), it turns any
 * attempt to reach AWS, the metadata address or the internet into a recorded failure.
 */
export interface Tripwire {
  url: string
  attempts: string[]
  env: Record<string, string>
  close(): Promise<void>
}

export async function startTripwire(): Promise<Tripwire> {
  const attempts: string[] = []
  const server = http.createServer((req, res) => {
    attempts.push(`${req.method ?? ''} ${req.url ?? ''}`)
    res.writeHead(403).end('blocked by the test tripwire')
  })
  server.on('connect', (req: http.IncomingMessage, socket: Socket) => {
    attempts.push(`CONNECT ${req.url ?? ''}`)
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
  })
  const url = await listenOnLoopback(server)
  return {
    url,
    attempts,
    env: {
      HTTP_PROXY: url,
      HTTPS_PROXY: url,
      http_proxy: url,
      https_proxy: url,
      NO_PROXY: '127.0.0.1,localhost',
      no_proxy: '127.0.0.1,localhost'
    },
    close: () => closeServer(server)
  }
}
