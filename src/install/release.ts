import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { Input } from '../constants.js'
import { errorMessage } from '../errors.js'
import {
  downloadBytes,
  downloadFile,
  HttpStatusError,
  redactUrl,
  type DownloadRequest
} from '../net/download.js'
import { HASHICORP_RELEASE_KEY_ID } from './hashicorp-key.js'
import type { Installer } from './installer.js'
import type { Platform } from './platform.js'
import { ToolCacheEntry } from './tool-cache.js'
import { checksumsFor, verifyDetachedSignature } from './verify.js'

/** What a release file may weigh: HashiCorp's sums are about 1 KB, Packer's zip about 30 MB. */
const MAX_BYTES = { sums: 64 * 1024, signature: 16 * 1024, zip: 512 * 1024 * 1024 }

/** Where a release comes from and who must have signed it. */
export interface ReleaseSource {
  /** Base URL in HashiCorp's layout (the `packer-mirror` input). */
  mirror: string
  /** Armored OpenPGP public key that must have signed the SHA256SUMS. */
  signingKey: string
}

/**
 * One release of `product` (`packer`, `packer-plugin-amazon`) for one platform, and what its
 * installer makes of it.
 */
interface ReleaseRequest<T = unknown> extends ReleaseSource {
  product: string
  /** The product's name in messages, e.g. `Packer`; the product by default. */
  title?: string
  /** The release's name in "… was not installed". */
  name: string
  label: string
  version: string
  platform: Platform
  /** A folder for the download, removed after it. */
  temp: string
  log: (line: string) => void
  /** Fills the folder to publish from the verified zip; returns the verified program, relative to it. */
  place: (zip: VerifiedZip, dest: string, work: string) => Promise<string>
  shape: (release: ProvidedRelease) => T
}

/** The zip as verified; `signer` is the fingerprint of the key that signed its sums. */
type VerifiedZip = Awaited<ReturnType<typeof downloadVerifiedZip>>

const MIRROR_HINT = `; '${Input.PackerMirror}' must serve it in HashiCorp's layout`

/**
 * Downloads the zip into `work` while its SHA256SUMS and signature are checked, and stops the
 * zip at once when they fail; resolves when the sums are signed by the key and list the zip's
 * sha256. A file the mirror does not have fails naming its URL and the input to change.
 *
 * The URLs are HashiCorp's layout: `<mirror>/<product>/<v>/<product>_<v>_SHA256SUMS`, its
 * signature and `<product>_<v>_<os>_<arch>.zip`, for Packer and for its official plugins alike
 * (releases.hashicorp.com/packer-plugin-amazon, releases.hashicorp.com/packer-plugin-docker/1.1.2;
 * hashicorp/packer@v1.16.0:packer/plugin-getter/release/getter.go:88-106).
 */
async function downloadVerifiedZip(r: ReleaseRequest, work: string) {
  const base = `${r.mirror}/${r.product}/${r.version}`
  const sumsUrl = `${base}/${r.product}_${r.version}_SHA256SUMS`
  const name = `${r.product}_${r.version}_${r.platform.os}_${r.platform.arch}.zip`
  const what = `${r.title ?? r.product} ${r.version}`
  const abort = new AbortController()
  const request = (url: string, thing: string, maxBytes: number): DownloadRequest => ({
    url,
    what: `the ${what} ${thing}`,
    maxBytes,
    signal: abort.signal
  })
  void import('openpgp').catch(() => undefined)
  const file = path.join(work, name)
  const zip = downloadFile({ ...request(`${base}/${name}`, 'zip', MAX_BYTES.zip), dest: file })
  zip.catch(() => undefined)
  try {
    const [sums, signature] = await Promise.all([
      downloadBytes(request(sumsUrl, 'SHA256SUMS', MAX_BYTES.sums)),
      // HashiCorp signs with key 72D7468F under this name; the plain .sig is the legacy name.
      downloadSignature(
        [`${sumsUrl}.${HASHICORP_RELEASE_KEY_ID}.sig`, `${sumsUrl}.sig`].map(url =>
          request(url, 'SHA256SUMS signature', MAX_BYTES.signature)
        )
      )
    ])
    const signer = await verifyDetachedSignature(sums, signature, r.signingKey).catch(error => {
      throw new Error(`${redactUrl(sumsUrl)}: ${errorMessage(error)}`, { cause: error })
    })
    const [expected, ...others] = checksumsFor(sums.toString('utf8'), name)
    if (expected === undefined)
      throw new Error(
        `${redactUrl(sumsUrl)} lists no ${name}: ${what} is not released for ${r.platform.os}/${r.platform.arch}`
      )
    if (others.length > 0)
      throw new Error(
        `${redactUrl(sumsUrl)} lists ${name} more than once, with different sha256s (${[expected, ...others].join(', ')}): it does not say which zip is the release`
      )
    const actual = await zip
    if (actual !== expected)
      throw new Error(
        `${name} has sha256 ${actual}, but the signed SHA256SUMS says ${expected}: the download is corrupt or was tampered with`
      )
    return { file, name, sha256: actual, signer }
  } catch (error) {
    abort.abort()
    await zip.catch(() => undefined)
    const hint = error instanceof HttpStatusError && error.status === 404 ? MIRROR_HINT : ''
    throw new Error(`${errorMessage(error)}${hint}`, { cause: error })
  }
}

/**
 * The signature at the first of its names that the mirror has. A missing name is a 404, or a
 * 403 from a store that will not say what a reader may not list (a private S3 bucket): a mirror
 * signed with its own key has only the plain `.sig`.
 */
async function downloadSignature(requests: DownloadRequest[]): Promise<Buffer> {
  const tried: string[] = []
  for (const request of requests) {
    try {
      return await downloadBytes(request)
    } catch (error) {
      if (!(error instanceof HttpStatusError && [403, 404].includes(error.status))) throw error
      tried.push(`${redactUrl(request.url)} (${error.status})`)
    }
  }
  throw new HttpStatusError(
    404,
    `the SHA256SUMS signature is missing: tried ${tried.join(' and ')}`
  )
}

/**
 * Beside a verified tool in the cache: what verified it. The key is the sha256 of the armored
 * key as given, so a run that finds its key here needs no openpgp at start-up; a record that
 * names another key, tool or version, or a binary of another size, is not this job's.
 */
interface VerifiedRecord {
  tool: string
  version: string
  key: string
  fingerprint: string
  zip: string
  zipSha256: string
  /** The verified program, relative to the folder, and its size. */
  binary: string
  size: number
}

const RECORD = '.verified-by-key.json'

const keyDigest = (armoredKey: string) =>
  createHash('sha256').update(armoredKey.replace(/\r\n/g, '\n').trim()).digest('hex')

/** The cache's tool name for `tool` verified with `armoredKey`: jobs pinning other keys install beside. */
export const keyedTool = (tool: string, armoredKey: string) =>
  `${tool}-${keyDigest(armoredKey).slice(0, 16)}`

type Expected = Pick<VerifiedRecord, 'tool' | 'version' | 'key'>

/** The folder's record when it says this tool and version were verified with this job's key. */
function readRecord(folder: string, expected: Expected): VerifiedRecord | undefined {
  const file = path.join(folder, RECORD)
  try {
    // A regular file of a few hundred bytes: a FIFO or a device put there would block the read.
    const stat = fs.lstatSync(file)
    if (!stat.isFile() || stat.size > 4096) return undefined
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<VerifiedRecord>
    const binary = typeof record.binary === 'string' ? path.join(folder, record.binary) : ''
    const ok =
      record.tool === expected.tool &&
      record.version === expected.version &&
      record.key === expected.key &&
      !path.relative(folder, binary).startsWith('..') &&
      fs.lstatSync(binary).isFile() &&
      fs.statSync(binary).size === record.size
    return ok ? (record as VerifiedRecord) : undefined
  } catch {
    return undefined
  }
}

/** A release found or installed: its published folder, the verified program in it, and the fingerprint of the key that verified it. */
export interface ProvidedRelease {
  folder: string
  /** Relative to the folder, as its record names it: nothing else there was verified. */
  binary: string
  fingerprint: string
  cached: boolean
}

/**
 * A release from the mirror (Packer, an official plugin) in the tool cache: found there with no
 * network, or downloaded, verified (the signature over the sums, the zip's sha256) before the
 * zip is opened, and published in one step. The entry is keyed by the signing key, and used
 * only when its record names this job's key: a program that another job verified with another
 * key is never run.
 */
export function releaseInstaller<T>(r: ReleaseRequest<T>): Installer<T> {
  const tool = keyedTool(r.product, r.signingKey)
  const expected: Expected = { tool, version: r.version, key: keyDigest(r.signingKey) }
  const entry = new ToolCacheEntry(tool, r.version, r.platform.nodeArch, {
    usable: folder => readRecord(folder, expected) !== undefined,
    ownFolderWhenRefused: true
  })
  const find = () => {
    const folder = entry.find()
    const record = folder === undefined ? undefined : readRecord(folder, expected)
    return folder && record
      ? r.shape({ folder, binary: record.binary, fingerprint: record.fingerprint, cached: true })
      : undefined
  }
  const install = async () => {
    const work = fs.mkdtempSync(path.join(r.temp, `${r.product}-`))
    try {
      const zip = await downloadVerifiedZip(r, work)
      r.log(`${zip.name}: signature (key ${zip.signer}) and sha256 verified`)
      let placed = ''
      const folder = await entry.install(async dest => {
        const binary = await r.place(zip, dest, work)
        placed = binary
        const record: VerifiedRecord = {
          ...expected,
          fingerprint: zip.signer,
          zip: zip.name,
          zipSha256: zip.sha256,
          binary,
          size: fs.statSync(path.join(dest, binary)).size
        }
        fs.writeFileSync(path.join(dest, RECORD), JSON.stringify(record))
      })
      // Another job's folder, published meanwhile, is used with what its own record names.
      const binary = readRecord(folder, expected)?.binary ?? placed
      return r.shape({ folder, binary, fingerprint: zip.signer, cached: false })
    } catch (error) {
      throw new Error(`${r.name} ${r.version} was not installed: ${errorMessage(error)}`, {
        cause: error
      })
    } finally {
      fs.rmSync(work, { recursive: true, force: true })
    }
  }
  return { label: r.label, find, install }
}
