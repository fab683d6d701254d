import * as fs from 'node:fs'
import * as path from 'node:path'
import { errorMessage } from '../errors.js'
import { childEnv, probeProgram } from '../exec/program.js'
import type { DownloadLimits } from '../net/download.js'
import type { Installer, InstalledTool } from './installer.js'
import type { Platform } from './platform.js'
import {
  downloadVerifiedZip,
  keyDigest,
  keyedTool,
  readRecord,
  writeRecord,
  type ReleaseSource
} from './release.js'
import { ToolCacheEntry } from './tool-cache.js'
import { extractZip } from './zip.js'

/** The Packer a job pins: its version, the mirror it comes from and the key that signs it. */
export interface PackerRequest extends ReleaseSource {
  version: string
}

export interface InstallOptions {
  log?: (line: string) => void
  limits?: Partial<DownloadLimits>
  markerWaitMs?: number
}

/** Reads `Packer v1.6.6` (or `Packer v1.15.4` and more lines) from `packer version`. */
export function parsePackerVersion(output: string): string | undefined {
  return /Packer v(\d+\.\d+\.\d+)/.exec(output)?.[1]
}

/**
 * The pinned Packer: the tool cache first (no network on a hit), otherwise the mirror, with the
 * signature over the sums and the zip's sha256 checked before the zip is opened, its
 * `packer version` checked, and published into the cache in one step. The cache entry is keyed
 * by the signing key too, and used only when its record names this job's key: a Packer that
 * another job verified with another key is never run, whatever it answers to `version`.
 */
export class PackerInstaller implements Installer {
  readonly label: string
  private readonly entry: ToolCacheEntry
  private readonly tool: string
  private readonly binaryName: string

  constructor(
    private readonly request: PackerRequest,
    private readonly platform: Platform,
    private readonly temp: string,
    private readonly options: InstallOptions = {}
  ) {
    this.label = `Packer ${request.version}`
    this.binaryName = platform.os === 'windows' ? 'packer.exe' : 'packer'
    this.tool = keyedTool('packer', request.signingKey)
    this.entry = new ToolCacheEntry(this.tool, request.version, platform.nodeArch, {
      usable: folder => this.record(folder) !== undefined,
      ...(options.markerWaitMs === undefined ? {} : { markerWaitMs: options.markerWaitMs })
    })
  }

  private record(folder: string) {
    const { version, signingKey: armoredKey } = this.request
    return readRecord(folder, { tool: this.tool, version, armoredKey })
  }

  private installed(folder: string, cached: boolean): InstalledTool {
    return {
      name: 'Packer',
      version: this.request.version,
      bin: folder,
      executable: path.join(folder, this.binaryName),
      cached
    }
  }

  find(): InstalledTool | undefined {
    const folder = this.entry.find()
    return folder ? this.installed(folder, true) : undefined
  }

  async install(): Promise<InstalledTool> {
    const { version, signingKey } = this.request
    const work = fs.mkdtempSync(path.join(this.temp, 'packer-'))
    try {
      const zip = await downloadVerifiedZip(
        {
          ...this.request,
          product: 'packer',
          title: 'Packer',
          platform: this.platform,
          limits: this.options.limits
        },
        work
      )
      this.options.log?.(`${zip.name}: signature (key ${zip.signer}) and sha256 verified`)
      const folder = await this.entry.install(async dest => {
        await extractZip(zip.file, dest)
        const binary = path.join(dest, this.binaryName)
        const reported = parsePackerVersion(
          await probeProgram(binary, ['version'], childEnv({ CHECKPOINT_DISABLE: '1' }))
        )
        if (reported !== version)
          throw new Error(`${zip.name} holds Packer ${reported ?? '(unknown)'}, not ${version}`)
        writeRecord(dest, {
          tool: this.tool,
          version,
          key: keyDigest(signingKey),
          fingerprint: zip.signer,
          zip: zip.name,
          zipSha256: zip.sha256,
          binary: this.binaryName,
          size: fs.statSync(binary).size
        })
      })
      return this.installed(folder, false)
    } catch (error) {
      throw new Error(`Packer ${version} was not installed: ${errorMessage(error)}`, {
        cause: error
      })
    } finally {
      fs.rmSync(work, { recursive: true, force: true })
    }
  }
}
