import * as core from '@actions/core'
import * as tc from '@actions/tool-cache'
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { PackerInputs } from '../inputs.js'
import { errorMessage } from '../errors.js'
import { runCommand } from '../process.js'
import { toolCacheRoot } from '../runner.js'
import { ToolCacheFolder } from './cache-folder.js'
import { HASHICORP_RELEASE_KEY_ID } from './hashicorp-key.js'
import type { Platform } from './platform.js'
import { checksumFor, sha256File, verifyDetachedSignature } from './verify.js'
import { extractZip } from './zip.js'

export interface InstalledPacker {
  version: string
  /** Absolute path of the packer binary. */
  binary: string
  /** True when the tool cache had it and nothing was downloaded. */
  cached: boolean
}

const TOOL = 'packer'

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

function binaryName(platform: Platform): string {
  return platform.os === 'windows' ? 'packer.exe' : 'packer'
}

/** Reads `Packer v1.6.6` (or `Packer v1.15.4` + more lines) from `packer version`. */
export function parsePackerVersion(output: string): string | undefined {
  return /Packer v(\d+\.\d+\.\d+)/.exec(output)?.[1]
}

function statusOf(error: unknown): number | undefined {
  return error instanceof tc.HTTPError ? error.httpStatusCode : undefined
}

async function download(url: string, dest: string): Promise<string> {
  try {
    return await tc.downloadTool(url, dest)
  } catch (error) {
    const status = statusOf(error)
    const why = status === undefined ? errorMessage(error) : `HTTP ${status}`
    throw new Error(`could not download ${url}: ${why}`, { cause: error })
  }
}

async function downloadSignature(urls: string[], dest: string): Promise<string> {
  for (const url of urls) {
    try {
      return await tc.downloadTool(url, dest)
    } catch (error) {
      if (statusOf(error) !== 404) {
        throw new Error(`could not download ${url}: ${errorMessage(error)}`, { cause: error })
      }
    }
  }
  throw new Error(`the SHA256SUMS signature is missing: tried ${urls.join(' and ')}`)
}

/**
 * Installs the pinned Packer: the tool cache first (no network on a hit), otherwise download,
 * check the signature over the sums and the zip's sha256, extract into the tool cache folder,
 * check the binary's own version, and only then mark the folder complete.
 */
export async function installPacker(
  inputs: PackerInputs,
  platform: Platform,
  toolCache: string,
  tempRoot: string
): Promise<InstalledPacker> {
  const name = binaryName(platform)
  const hit = tc.find(TOOL, inputs.version, platform.nodeArch)
  if (hit) {
    core.addPath(hit)
    core.info(`Packer ${inputs.version}: found in the tool cache (${hit})`)
    return { version: inputs.version, binary: path.join(hit, name), cached: true }
  }

  const files = packerReleaseFiles(inputs.mirror, inputs.version, platform)
  const work = fs.mkdtempSync(path.join(tempRoot, 'packer-'))
  const cache = new ToolCacheFolder(toolCache, TOOL, inputs.version, platform.nodeArch)
  // The zip downloads while the sums are checked; it is only opened once they are. openpgp
  // starts loading now too, so it is ready when the sums arrive.
  void import('openpgp').catch(() => undefined)
  const zipDownload = download(files.zipUrl, path.join(work, files.zip))
  zipDownload.catch(() => undefined)
  try {
    core.info(`Packer ${inputs.version}: downloading ${files.zipUrl}`)
    // Settled, not raced: a download still running would recreate the folder removed below.
    const [sumsDownload, sigDownload] = await Promise.allSettled([
      download(files.sumsUrl, path.join(work, 'SHA256SUMS')),
      downloadSignature(files.signatureUrls, path.join(work, 'SHA256SUMS.sig'))
    ])
    if (sumsDownload.status === 'rejected') throw sumsDownload.reason
    if (sigDownload.status === 'rejected') throw sigDownload.reason
    const sumsPath = sumsDownload.value
    const sigPath = sigDownload.value
    const sums = fs.readFileSync(sumsPath)
    try {
      await verifyDetachedSignature(sums, fs.readFileSync(sigPath), inputs.signingKey)
    } catch (error) {
      throw new Error(`${files.sumsUrl}: ${errorMessage(error)}`, { cause: error })
    }
    const expected = checksumFor(sums.toString('utf8'), files.zip)
    if (expected === undefined) {
      throw new Error(
        `${files.sumsUrl} lists no ${files.zip}: Packer ${inputs.version} is not released for ${platform.os}/${platform.arch}`
      )
    }
    const zipPath = await zipDownload
    const actual = await sha256File(zipPath)
    if (actual !== expected) {
      throw new Error(
        `${files.zip} has sha256 ${actual}, but the signed SHA256SUMS says ${expected}: the download is corrupt or was tampered with`
      )
    }
    cache.prepare()
    await extractZip(zipPath, cache.folder)
    const binary = path.join(cache.folder, name)
    const reported = parsePackerVersion((await runCommand(binary, ['version'])).stdout)
    if (reported !== inputs.version) {
      throw new Error(`${files.zip} holds Packer ${reported ?? '(unknown)'}, not ${inputs.version}`)
    }
    cache.complete()
    core.addPath(cache.folder)
    core.info(`Packer ${inputs.version}: signature and sha256 verified, cached in ${cache.folder}`)
    return { version: reported, binary, cached: false }
  } catch (error) {
    cache.discard()
    throw new Error(`Packer ${inputs.version} was not installed: ${errorMessage(error)}`, {
      cause: error
    })
  } finally {
    await zipDownload.catch(() => undefined)
    fs.rmSync(work, { recursive: true, force: true })
  }
}

/** Where `packer init` keeps plugins: in the tool cache, so they survive like Packer does. */
export function packerPluginPath(): string {
  return path.join(toolCacheRoot(), 'packer-plugins')
}
