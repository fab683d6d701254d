import * as net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort, startSshd } from '../sshd.js'

let taken: net.Server
let takenPort: number

beforeAll(async () => {
  // Someone else holds this port, as another test worker might between freePort() and sshd's bind.
  taken = net.createServer(socket => socket.destroy())
  await new Promise<void>(resolve => taken.listen(0, '127.0.0.1', resolve))
  takenPort = (taken.address() as net.AddressInfo).port
})
afterAll(async () => {
  await new Promise<void>(resolve => taken.close(() => resolve()))
})

function banner(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('data', (chunk: Buffer) => {
      socket.destroy()
      resolve(chunk.toString('latin1'))
    })
    socket.once('error', reject)
  })
}

describe('the throwaway sshd', () => {
  it('takes another port when sshd cannot bind the one it was given', async () => {
    const ports = [takenPort]
    const sshd = await startSshd({ pickPort: async () => ports.shift() ?? freePort() })
    try {
      expect(sshd.port).not.toBe(takenPort)
      expect(await banner(sshd.port)).toMatch(/^SSH-2\.0-OpenSSH/)
    } finally {
      sshd.stop()
    }
  })

  it('gives up after its attempts, saying why', async () => {
    await expect(
      startSshd({ pickPort: () => Promise.resolve(takenPort), attempts: 2 })
    ).rejects.toThrow(/could not bind a port in 2 attempts/)
  })
})
