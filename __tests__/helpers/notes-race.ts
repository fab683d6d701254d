import * as http from 'node:http'
import { closeServer, listenOnLoopback } from '../../testbed/loopback.js'

/**
 * A proxy in front of the test bed's GitHub endpoint (pass its `url` as GITHUB_API_URL) that
 * makes two jobs editing one GitHub Release lose an update, as GitHub's API (which has no
 * conditional update) lets them: both jobs read the notes at the same moment (the first two
 * reads of a release are held until both have arrived), the first writes at once, and the
 * second writes just after the first has read the notes again, or `writeDelayMs` after the
 * first write, whichever comes first: a write arriving that late after its read is still well
 * within what a job may see over a slow network.
 */
export interface NotesRace {
  url: string
  /** What passed, in order: `GET`, `PATCH`, as they were answered. */
  log: string[]
  close(): Promise<void>
}

export async function startNotesRace(
  target: string,
  options: { writeDelayMs?: number; barrierMs?: number } = {}
): Promise<NotesRace> {
  const writeDelayMs = options.writeDelayMs ?? 1_000
  const barrierMs = options.barrierMs ?? 150_000
  const log: string[] = []
  let reads = 0
  let writes = 0
  let bothRead!: () => void
  const barrier = new Promise<void>(resolve => (bothRead = resolve))
  let firstWritten!: () => void
  const firstWrite = new Promise<void>(resolve => (firstWritten = resolve))
  let readAgain!: () => void
  const readAfterWrite = new Promise<void>(resolve => (readAgain = resolve))
  let written = false

  const forward = (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse) =>
    new Promise<void>((resolve, reject) => {
      const url = new URL(req.url ?? '/', target)
      const headers = { ...req.headers, host: url.host }
      const upstream = http.request(url, { method: req.method, headers }, answer => {
        const chunks: Buffer[] = []
        answer.on('data', (c: Buffer) => chunks.push(c))
        answer.on('end', () => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          res.end(Buffer.concat(chunks))
          resolve()
        })
        answer.on('error', reject)
      })
      upstream.on('error', reject)
      upstream.end(body)
    })

  const handle = async (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse) => {
    const path = new URL(req.url ?? '/', target).pathname
    if (req.method === 'GET' && /\/releases\/tags\//.test(path)) {
      const n = ++reads
      if (n === 2) bothRead()
      if (n <= 2)
        await Promise.race([barrier, new Promise(resolve => setTimeout(resolve, barrierMs))])
      await forward(req, body, res)
      log.push('GET')
      if (written) readAgain()
      return
    }
    if (req.method === 'PATCH') {
      const n = ++writes
      if (n === 2) {
        await firstWrite
        await Promise.race([
          readAfterWrite,
          new Promise(resolve => setTimeout(resolve, writeDelayMs))
        ])
      }
      await forward(req, body, res)
      log.push('PATCH')
      if (n === 1) {
        written = true
        firstWritten()
      }
      return
    }
    await forward(req, body, res)
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      handle(req, Buffer.concat(chunks), res).catch((error: unknown) => {
        res.writeHead(502, { 'content-type': 'application/json' })
        res.end(JSON.stringify({ message: String(error) }))
      })
    })
  })
  const url = await listenOnLoopback(server)
  return { url, log, close: () => closeServer(server) }
}
