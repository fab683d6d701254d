import * as path from 'node:path'
import { childEnv, probeProgram } from '../exec/program.js'
import type { InstalledTool, Installer } from './installer.js'
import type { Platform } from './platform.js'
import { releaseInstaller, type ReleaseSource } from './release.js'
import { extractZip } from './zip.js'

/** The Packer a job pins: its version, the mirror it comes from and the key that signs it. */
export interface PackerRequest extends ReleaseSource {
  version: string
}

/** Reads `Packer v1.6.6` (or `Packer v1.16.0` and more lines) from `packer version`. */
const parsePackerVersion = (output: string) => /Packer v(\d+\.\d+\.\d+)/.exec(output)?.[1]

/** The pinned Packer, verified (see releaseInstaller), and its `packer version` checked. */
export function packerInstaller(
  request: PackerRequest,
  platform: Platform,
  temp: string,
  log: (line: string) => void
): Installer<InstalledTool> {
  const { version } = request
  const binary = platform.os === 'windows' ? 'packer.exe' : 'packer'
  const [name, label] = ['Packer', `Packer ${version}`]
  return releaseInstaller({
    ...request,
    product: 'packer',
    title: name,
    name,
    label,
    platform,
    temp,
    log,
    place: async (zip, dest) => {
      await extractZip(zip.file, dest)
      const env = childEnv({ CHECKPOINT_DISABLE: '1' })
      const output = await probeProgram(path.join(dest, binary), ['version'], env)
      const reported = parsePackerVersion(output)
      if (reported !== version)
        throw new Error(`${zip.name} holds Packer ${reported ?? '(unknown)'}, not ${version}`)
      return binary
    },
    shape: ({ folder: bin }) => ({ version, bin, executable: path.join(bin, binary) })
  })
}
