import type * as http from 'node:http'
import type { AddressInfo } from 'node:net'

/** Listens on 127.0.0.1 on a free port; returns the server's base URL. */
export async function listenOnLoopback(server: http.Server): Promise<string> {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/** Closes the server and every connection still open to it. */
export function closeServer(server: http.Server): Promise<void> {
  return new Promise<void>(resolve => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
}
