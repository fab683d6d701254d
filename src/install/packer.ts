import * as path from 'node:path'
import { childEnv, probeProgram } from '../exec/program.js'
import type { InstalledTool } from './installer.js'
import type { Platform } from './platform.js'
import { VerifiedRelease, type InstallOptions, type ReleaseSource } from './release.js'
import { extractZip } from './zip.js'

/** The Packer a job pins: its version, the mirror it comes from and the key that signs it. */
export interface PackerRequest extends ReleaseSource {
  version: string
}

/** Reads `Packer v1.6.6` (or `Packer v1.15.4` and more lines) from `packer version`. */
const parsePackerVersion = (output: string) => /Packer v(\d+\.\d+\.\d+)/.exec(output)?.[1]

/** The pinned Packer, verified (see VerifiedRelease), and its `packer version` checked. */
export class PackerInstaller {
  readonly label: string
  private readonly release: VerifiedRelease
  private readonly binary: string

  constructor(
    private readonly request: PackerRequest,
    platform: Platform,
    temp: string,
    options: InstallOptions = {}
  ) {
    this.label = `Packer ${request.version}`
    this.binary = platform.os === 'windows' ? 'packer.exe' : 'packer'
    const release = { ...request, product: 'packer', title: 'Packer', platform }
    this.release = new VerifiedRelease('Packer', release, temp, options)
  }

  private installed(folder: string, cached: boolean): InstalledTool {
    const { version } = this.request
    const executable = path.join(folder, this.binary)
    return { name: 'Packer', version, bin: folder, executable, cached }
  }

  find(): InstalledTool | undefined {
    const found = this.release.find()
    return found && this.installed(found.folder, true)
  }

  async install(): Promise<InstalledTool> {
    const { version } = this.request
    const { folder } = await this.release.install(async (zip, dest) => {
      await extractZip(zip.file, dest)
      const reported = parsePackerVersion(
        await probeProgram(
          path.join(dest, this.binary),
          ['version'],
          childEnv({ CHECKPOINT_DISABLE: '1' })
        )
      )
      if (reported !== version)
        throw new Error(`${zip.name} holds Packer ${reported ?? '(unknown)'}, not ${version}`)
      return this.binary
    })
    return this.installed(folder, false)
  }
}
