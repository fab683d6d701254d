import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { errorMessage } from '../errors.js'
import { childEnv, runProgram } from '../exec/program.js'
import type { PackerInputs } from '../inputs/types.js'
import { downloadBytes, downloadFile, HttpStatusError, redactUrl } from '../net/download.js'
import { HASHICORP_RELEASE_KEY_ID } from './hashicorp-key.js'
import type { Installer, InstalledTool } from './installer.js'
import type { Platform } from './platform.js'
import { ToolCacheEntry } from './tool-cache.js'
import { checksumFor, signingExpiry, verifyDetachedSignature } from './verify.js'
import { extractZip } from './zip.js'

/** What a release file may weigh: HashiCorp's sums are about 1 KB, Packer's zip about 30 MB. */
export const MAX_BYTES = { sums: 64 * 1024, signature: 16 * 1024, zip: 512 * 1024 * 1024 }

/** The URLs of one Packer release in HashiCorp's layout. */
export function packerReleaseFiles(mirror: string, version: string, platform: Platform) {
  const base = `${mirror}/packer/${version}`
  const sums = `packer_${version}_SHA256SUMS`
  const zip = `packer_${version}_${platform.os}_${platform.arch}.zip`
  return {
    zip,
    zipUrl: `${base}/${zip}`,
    sumsUrl: `${base}/${sums}`,
    // HashiCorp signs with key 72D7468F under this name; the plain .sig is the legacy name.
    signatureUrls: [`${base}/${sums}.${HASHICORP_RELEASE_KEY_ID}.sig`, `${base}/${sums}.sig`]
  }
}

/** Reads `Packer v1.6.6` (or `Packer v1.15.4` and more lines) from `packer version`. */
export function parsePackerVersion(output: string): string | undefined {
  return /Packer v(\d+\.\d+\.\d+)/.exec(output)?.[1]
}

async function downloadSignature(
  urls: string[],
  version: string,
  signal: AbortSignal
): Promise<Buffer> {
  for (const url of urls) {
    try {
      return await downloadBytes({
        url,
        what: `the Packer ${version} SHA256SUMS signature`,
        maxBytes: MAX_BYTES.signature,
        signal
      })
    } catch (error) {
      if (!(error instanceof HttpStatusError && error.status === 404)) throw error
    }
  }
  throw new Error(`the SHA256SUMS signature is missing: tried ${urls.map(redactUrl).join(' and ')}`)
}

/**
 * Beside a cached Packer: the sha256 of the armored key that verified it, and until when that
 * key can sign. A key that verified the cached Packer and has not expired since is a usable
 * key, so a run that finds both needs no openpgp at start-up.
 */
const VERIFIED_BY = '.verified-by-key.json'

interface VerifiedBy {
  key: string
  /** ISO time, or null for a key that does not expire. */
  expires: string | null
}

const keyDigest = (armoredKey: string) => createHash('sha256').update(armoredKey).digest('hex')

/**
 * The pinned Packer: the tool cache first (no network on a hit), otherwise HashiCorp's release
 * (or a mirror), with the signature over the sums and the zip's sha256 checked before the zip
 * is opened, its `packer version` checked, and published into the cache in one step.
 */
export class PackerInstaller implements Installer {
  readonly label: string
  private readonly entry: ToolCacheEntry
  private readonly binaryName: string

  constructor(
    private readonly inputs: PackerInputs,
    private readonly platform: Platform,
    toolCache: string,
    private readonly temp: string
  ) {
    this.label = `Packer ${inputs.version}`
    const binaryName = platform.os === 'windows' ? 'packer.exe' : 'packer'
    this.binaryName = binaryName
    this.entry = new ToolCacheEntry(toolCache, 'packer', inputs.version, platform.nodeArch, f =>
      fs.existsSync(path.join(f, binaryName))
    )
  }

  private tool(folder: string, cached: boolean): InstalledTool {
    return {
      name: 'Packer',
      version: this.inputs.version,
      bin: folder,
      executable: path.join(folder, this.binaryName),
      cached
    }
  }

  find(): InstalledTool | undefined {
    const folder = this.entry.find()
    return folder ? this.tool(folder, true) : undefined
  }

  /** Whether the cached Packer of this version was verified with exactly this key, not expired since. */
  verifiedWith(armoredKey: string, now = new Date()): boolean {
    const folder = this.entry.find()
    if (folder === undefined) return false
    const file = path.join(folder, VERIFIED_BY)
    try {
      // A regular file of a few bytes: a FIFO or a device put there would block the read.
      const stat = fs.lstatSync(file)
      if (!stat.isFile() || stat.size > 1024) return false
      const record = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<VerifiedBy>
      return (
        record.key === keyDigest(armoredKey) &&
        (record.expires === null ||
          (typeof record.expires === 'string' && Date.parse(record.expires) > now.getTime()))
      )
    } catch {
      return false
    }
  }

  async install(): Promise<InstalledTool> {
    const { version, mirror, signingKey } = this.inputs
    const files = packerReleaseFiles(mirror, version, this.platform)
    const work = fs.mkdtempSync(path.join(this.temp, 'packer-'))
    const zipPath = path.join(work, files.zip)
    // The zip downloads while the sums are checked, and stops at once when they fail.
    const abort = new AbortController()
    void import('openpgp').catch(() => undefined)
    const zip = downloadFile({
      url: files.zipUrl,
      dest: zipPath,
      what: `the Packer ${version} zip`,
      maxBytes: MAX_BYTES.zip,
      signal: abort.signal
    })
    zip.catch(() => undefined)
    try {
      const [sums, signature] = await Promise.all([
        downloadBytes({
          url: files.sumsUrl,
          what: `the Packer ${version} SHA256SUMS`,
          maxBytes: MAX_BYTES.sums,
          signal: abort.signal
        }),
        downloadSignature(files.signatureUrls, version, abort.signal)
      ])
      let signer: string
      try {
        signer = await verifyDetachedSignature(sums, signature, signingKey)
      } catch (error) {
        throw new Error(`${redactUrl(files.sumsUrl)}: ${errorMessage(error)}`, { cause: error })
      }
      const expected = checksumFor(sums.toString('utf8'), files.zip)
      if (expected === undefined)
        throw new Error(
          `${redactUrl(files.sumsUrl)} lists no ${files.zip}: Packer ${version} is not released for ${this.platform.os}/${this.platform.arch}`
        )
      const actual = await zip
      if (actual !== expected)
        throw new Error(
          `${files.zip} has sha256 ${actual}, but the signed SHA256SUMS says ${expected}: the download is corrupt or was tampered with`
        )
      core.info(`${files.zip}: signature (key ${signer}) and sha256 verified`)
      const expires = await signingExpiry(signingKey)
      const folder = await this.entry.install(async dest => {
        await extractZip(zipPath, dest)
        const binary = path.join(dest, this.binaryName)
        const { stdout } = await runProgram(binary, ['version'], {
          env: childEnv({ CHECKPOINT_DISABLE: '1' })
        })
        const reported = parsePackerVersion(stdout)
        if (reported !== version)
          throw new Error(`${files.zip} holds Packer ${reported ?? '(unknown)'}, not ${version}`)
        const record: VerifiedBy = {
          key: keyDigest(signingKey),
          expires: expires?.toISOString() ?? null
        }
        fs.writeFileSync(path.join(dest, VERIFIED_BY), JSON.stringify(record))
      })
      return this.tool(folder, false)
    } catch (error) {
      abort.abort()
      throw new Error(`Packer ${version} was not installed: ${errorMessage(error)}`, {
        cause: error
      })
    } finally {
      await zip.catch(() => undefined)
      fs.rmSync(work, { recursive: true, force: true })
    }
  }
}
