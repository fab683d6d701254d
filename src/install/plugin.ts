import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { childEnv, runProgram } from '../exec/program.js'
import { versionAtLeast, type Installer } from './installer.js'
import type { Platform } from './platform.js'
import { releaseInstaller, type ProvidedRelease, type ReleaseSource } from './release.js'
import { extractZip } from './zip.js'

/** An official plugin (`github.com/hashicorp/<name>`) at one version, from the Packer mirror. */
export interface PluginRequest extends ReleaseSource {
  source: string
  version: string
}

/** `packer plugins install --path` runs the plugin's `describe` and copies it: local, but bounded. */
const PLUGIN_INSTALL_BOUNDS = { totalMs: 120_000, stallMs: 60_000 }

/** The plugin's name when `source` is one of HashiCorp's own, which its releases site serves. */
export function officialPluginName(source: string): string | undefined {
  return /^github\.com\/hashicorp\/([a-z0-9][a-z0-9-]*)$/i.exec(source)?.[1]?.toLowerCase()
}

/**
 * A plugin file as Packer installs it, `<source>/packer-plugin-<name>_v<X.Y.Z>_x<api>_<os>_<arch>[.exe]`
 * with `_SHA256SUM` beside it (hashicorp/packer@v1.16.0:command/plugins_install.go:309-374,
 * packer/plugin-getter/plugins.go:699-704,931).
 */
const PLUGIN_FILE = /^packer-plugin-[\w-]+_v(\d+\.\d+\.\d+)_x\d+\.\d+_[a-z0-9]+_[a-z0-9]+(\.exe)?$/

/** Every plugin file under `root` that has its `_SHA256SUM`, with its version. */
export function pluginFiles(root: string): { relative: string; version: string }[] {
  if (!fs.existsSync(root)) return []
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .map(entry => ({ entry, full: path.join(entry.parentPath, entry.name) }))
    .filter(({ entry, full }) => !entry.isDirectory() && fs.existsSync(`${full}_SHA256SUM`))
    .flatMap(({ entry, full }) => {
      const version = PLUGIN_FILE.exec(entry.name)?.[1]
      return version ? [{ relative: path.relative(root, full), version }] : []
    })
}

/** The plugin's published folder is laid out as a PACKER_PLUGIN_PATH. */
export type InstalledPlugin = Pick<PluginRequest, 'source' | 'version'> & ProvidedRelease

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

/**
 * An official plugin, verified as Packer is (see releaseInstaller): its release on the mirror in
 * HashiCorp's layout (`<mirror>/packer-plugin-<name>/<v>/…`), then installed by Packer from the
 * verified binary into a private folder of the tool cache. Packer itself would check only a
 * sha256 from the same place as the zip (hashicorp/packer@v1.16.0:packer/plugin-getter/plugins.go:713-847).
 */
export function pluginInstaller(
  request: PluginRequest,
  platform: Platform,
  /** The Packer that installs the plugin: `plugins install --path` came in 1.10. */
  packer: { binary: string; version: string },
  temp: string,
  log: (line: string) => void
): Installer<InstalledPlugin> {
  const { source, version } = request
  const name = officialPluginName(source)
  if (name === undefined) throw new Error(`${source} is not an official plugin`)
  const product = `packer-plugin-${name}`
  const { os, arch } = platform

  /** The one plugin binary of the zip, named as HashiCorp's release build names it. */
  const binaryIn = (dir: string, zip: string) => {
    const escaped = version.replace(/\./g, '\\.')
    const file = new RegExp(`^${product}_v${escaped}_x\\d+\\.\\d+_${os}_${arch}(\\.exe)?$`)
    const names = fs.readdirSync(dir)
    const binaries = names.filter(n => file.test(n))
    if (binaries.length !== 1 || !fs.lstatSync(path.join(dir, binaries[0] ?? '')).isFile())
      throw new Error(
        `${zip} holds ${names.join(', ') || 'nothing'}, not one ${product}_v${version}_x<api>_${os}_${arch} binary`
      )
    return path.join(dir, binaries[0] ?? '')
  }

  /**
   * Installs the verified binary into `dest` with `packer plugins install --path` (Packer 1.10+),
   * or for an older Packer places it with its `_SHA256SUM`; then checks that what is there is the
   * verified binary, named as the release names it, not by its `describe`. Returns it, relative.
   */
  const place = async (binary: string, dest: string) => {
    const expected = sha256(binary)
    if (versionAtLeast(packer.version, '1.10.0')) {
      const args = ['plugins', 'install', '--path', binary, source]
      await runProgram(packer.binary, args, {
        env: childEnv({ PACKER_PLUGIN_PATH: dest, CHECKPOINT_DISABLE: '1' }),
        echo: true,
        bounds: PLUGIN_INSTALL_BOUNDS,
        label: `packer plugins install --path ${path.basename(binary)} ${source}`
      })
    } else {
      const target = path.join(dest, ...source.split('/'), path.basename(binary))
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.copyFileSync(binary, target)
      fs.chmodSync(target, 0o755)
      fs.writeFileSync(`${target}_SHA256SUM`, expected)
    }
    const files = pluginFiles(dest)
    const [file] = files
    if (
      files.length !== 1 ||
      file?.version !== version ||
      path.basename(file.relative).toLowerCase() !== path.basename(binary).toLowerCase() ||
      sha256(path.join(dest, file.relative)) !== expected ||
      fs.readFileSync(path.join(dest, `${file.relative}_SHA256SUM`), 'utf8').trim() !== expected
    )
      throw new Error(
        `Packer did not install the verified binary as ${source} ${version} (found ${files.map(f => f.relative).join(', ') || 'nothing'}): the release names it ${path.basename(binary)}`
      )
    return file.relative
  }

  return releaseInstaller({
    ...request,
    product,
    name: source,
    label: `Plugin ${source} ${version}`,
    platform,
    temp,
    log,
    place: async (zip, dest, work) => {
      const unpacked = path.join(work, 'zip')
      await extractZip(zip.file, unpacked)
      return place(binaryIn(unpacked, zip.name), dest)
    },
    shape: found => ({ source, version, ...found })
  })
}
