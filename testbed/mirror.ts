import * as fs from 'node:fs'
import * as http from 'node:http'
import { closeServer, listenOnLoopback } from './loopback.js'
import * as openpgp from 'openpgp'
import { createHash } from 'node:crypto'

export interface SigningKey {
  publicKey: string
  privateKey: string
}

export async function generateSigningKey(
  name = 'Test Mirror',
  expiresInSeconds?: number
): Promise<SigningKey> {
  const { publicKey, privateKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name, email: 'mirror@example.test' }],
    format: 'armored',
    ...(expiresInSeconds === undefined ? {} : { keyExpirationTime: expiresInSeconds })
  })
  return { publicKey, privateKey }
}

export async function signDetached(data: Uint8Array, privateKey: string): Promise<Uint8Array> {
  const key = await openpgp.readPrivateKey({ armoredKey: privateKey })
  const message = await openpgp.createMessage({ binary: data })
  return (await openpgp.sign({
    message,
    signingKeys: key,
    detached: true,
    format: 'binary'
  })) as Uint8Array
}

/** A HashiCorp-layout release mirror on 127.0.0.1 that counts every request it gets. */
export interface Mirror {
  url: string
  /** Path → body; tests change it to tamper with a release. */
  files: Map<string, Buffer>
  requests: string[]
  /** What a missing file gets: 404, or 403 as a private S3 bucket answers one. */
  missing: 404 | 403
  close(): Promise<void>
}

export async function startMirror(): Promise<Mirror> {
  const files = new Map<string, Buffer>()
  const requests: string[] = []
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/'
    requests.push(url)
    const body = files.get(url)
    if (body === undefined) {
      res.writeHead(mirror.missing).end(mirror.missing === 404 ? 'not found' : 'AccessDenied')
      return
    }
    res.writeHead(200, { 'content-length': body.length }).end(body)
  })
  const url = await listenOnLoopback(server)
  const mirror: Mirror = { url, files, requests, missing: 404, close: () => closeServer(server) }
  return mirror
}

export interface PublishedRelease {
  zip: string
  sums: string
  signature: string
}

/**
 * Publishes one release of `product` (`packer`, `packer-plugin-amazon`) in HashiCorp's layout:
 * the linux_amd64 zip, SHA256SUMS listing it (and a windows zip it does not serve), their
 * signature and index.json; `extra` files go beside them, e.g. a plugin's manifest.
 */
export async function publishRelease(
  mirror: Mirror,
  product: string,
  version: string,
  zipFile: string,
  key: SigningKey,
  extra: Record<string, Buffer> = {}
): Promise<PublishedRelease> {
  const zipName = `${product}_${version}_linux_amd64.zip`
  const zip = fs.readFileSync(zipFile)
  const sha = createHash('sha256').update(zip).digest('hex')
  const sums = Buffer.from(
    `${sha}  ${zipName}\n${'0'.repeat(64)}  ${product}_${version}_windows_amd64.zip\n`
  )
  const base = `/${product}/${version}`
  const paths = {
    zip: `${base}/${zipName}`,
    sums: `${base}/${product}_${version}_SHA256SUMS`,
    signature: `${base}/${product}_${version}_SHA256SUMS.72D7468F.sig`
  }
  mirror.files.set(paths.zip, zip)
  mirror.files.set(paths.sums, sums)
  mirror.files.set(paths.signature, Buffer.from(await signDetached(sums, key.privateKey)))
  for (const [name, body] of Object.entries(extra)) mirror.files.set(`${base}/${name}`, body)
  const build = { name: product, version, os: 'linux', arch: 'amd64', filename: zipName }
  mirror.files.set(
    `/${product}/index.json`,
    Buffer.from(
      JSON.stringify({
        name: product,
        versions: {
          [version]: {
            name: product,
            version,
            shasums: `${product}_${version}_SHA256SUMS`,
            shasums_signature: `${product}_${version}_SHA256SUMS.72D7468F.sig`,
            builds: [{ ...build, url: `${mirror.url}${paths.zip}` }]
          }
        }
      })
    )
  )
  return paths
}

/** Publishes one Packer release: zip, SHA256SUMS, its signature and index.json. */
export function publishPacker(
  mirror: Mirror,
  version: string,
  zipFile: string,
  key: SigningKey
): Promise<PublishedRelease> {
  return publishRelease(mirror, 'packer', version, zipFile, key)
}
