import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { errorMessage } from '../errors.js'
import { childEnv, runProgram, type Bounds } from '../exec/program.js'
import type { InstallOptions } from './packer.js'
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

/** An official plugin (`github.com/hashicorp/<name>`) at one version, from the Packer mirror. */
export interface PluginRequest extends ReleaseSource {
  source: string
  version: string
}

/** The Packer that installs the plugin: `plugins install --path` came in 1.10. */
export interface PackerProgram {
  binary: string
  version: string
}

export interface InstalledPlugin {
  source: string
  version: string
  /** The published cache folder, laid out as a PACKER_PLUGIN_PATH. */
  folder: string
  /** Fingerprint of the key that signed the plugin's SHA256SUMS. */
  fingerprint: string
  cached: boolean
}

/** `packer plugins install --path` runs the plugin's `describe` and copies it: local, but bounded. */
export const PLUGIN_INSTALL_BOUNDS: Bounds = { totalMs: 120_000, stallMs: 60_000 }

/** The plugin's name when `source` is one of HashiCorp's own, which its releases site serves. */
export function officialPluginName(source: string): string | undefined {
  return /^github\.com\/hashicorp\/([a-z0-9][a-z0-9-]*)$/i.exec(source)?.[1]?.toLowerCase()
}

/**
 * A plugin file as Packer installs it, `<source>/packer-plugin-<name>_v<X.Y.Z>_x<api>_<os>_<arch>[.exe]`
 * with `_SHA256SUM` beside it (hashicorp/packer@v1.15.4:command/plugins_install.go:309-374,
 * packer/plugin-getter/plugins.go:699-704,931).
 */
const PLUGIN_FILE = /^packer-plugin-[\w-]+_v(\d+\.\d+\.\d+)_x\d+\.\d+_[a-z0-9]+_[a-z0-9]+(\.exe)?$/

/** Every plugin file under `root` that has its `_SHA256SUM`, with its version. */
export function pluginFiles(root: string): { relative: string; version: string }[] {
  const found: { relative: string; version: string }[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      const version = PLUGIN_FILE.exec(entry.name)?.[1]
      if (version && !entry.isDirectory() && fs.existsSync(`${full}_SHA256SUM`))
        found.push({ relative: path.relative(root, full), version })
    }
  }
  if (fs.existsSync(root)) walk(root)
  return found
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

const versionAtLeast = (version: string, minimum: string) =>
  version.localeCompare(minimum, undefined, { numeric: true }) >= 0

/**
 * An official plugin, verified as Packer is: its release on the mirror in HashiCorp's layout
 * (`<mirror>/packer-plugin-<name>/<v>/…`), the SHA256SUMS signed by the job's key, the zip's
 * sha256, then installed by Packer from the verified binary into a private folder of the tool
 * cache, keyed by the key like Packer. Packer itself would check only a sha256 from the same
 * place as the zip (hashicorp/packer@v1.15.4:packer/plugin-getter/plugins.go:713-847).
 */
export class PluginInstaller {
  readonly label: string
  private readonly entry: ToolCacheEntry
  private readonly tool: string
  private readonly name: string

  constructor(
    private readonly request: PluginRequest,
    private readonly platform: Platform,
    private readonly packer: PackerProgram,
    private readonly temp: string,
    private readonly options: InstallOptions = {}
  ) {
    const name = officialPluginName(request.source)
    if (name === undefined) throw new Error(`${request.source} is not an official plugin`)
    this.name = name
    this.label = `Plugin ${request.source} ${request.version}`
    this.tool = keyedTool(`packer-plugin-${name}`, request.signingKey)
    this.entry = new ToolCacheEntry(this.tool, request.version, platform.nodeArch, {
      usable: folder => this.record(folder) !== undefined,
      ...(options.markerWaitMs === undefined ? {} : { markerWaitMs: options.markerWaitMs })
    })
  }

  private record(folder: string) {
    const { version, signingKey: armoredKey } = this.request
    return readRecord(folder, { tool: this.tool, version, armoredKey })
  }

  find(): InstalledPlugin | undefined {
    const folder = this.entry.find()
    const record = folder === undefined ? undefined : this.record(folder)
    return folder && record ? this.installed(folder, record.fingerprint, true) : undefined
  }

  private installed(folder: string, fingerprint: string, cached: boolean): InstalledPlugin {
    const { source, version } = this.request
    return { source, version, folder, fingerprint, cached }
  }

  async install(): Promise<InstalledPlugin> {
    const { source, version } = this.request
    const work = fs.mkdtempSync(path.join(this.temp, 'packer-plugin-'))
    try {
      const zip = await downloadVerifiedZip(
        {
          ...this.request,
          product: `packer-plugin-${this.name}`,
          platform: this.platform,
          limits: this.options.limits
        },
        work
      )
      this.options.log?.(`${zip.name}: signature (key ${zip.signer}) and sha256 verified`)
      const unpacked = path.join(work, 'zip')
      await extractZip(zip.file, unpacked)
      const binary = this.binaryIn(unpacked, zip.name)
      const folder = await this.entry.install(async dest => {
        const file = await this.place(binary, dest)
        writeRecord(dest, {
          tool: this.tool,
          version,
          key: keyDigest(this.request.signingKey),
          fingerprint: zip.signer,
          zip: zip.name,
          zipSha256: zip.sha256,
          binary: file,
          size: fs.statSync(path.join(dest, file)).size
        })
      })
      return this.installed(folder, zip.signer, false)
    } catch (error) {
      throw new Error(`${source} ${version} was not installed: ${errorMessage(error)}`, {
        cause: error
      })
    } finally {
      fs.rmSync(work, { recursive: true, force: true })
    }
  }

  /** The one plugin binary of the zip, named as HashiCorp's release build names it. */
  private binaryIn(dir: string, zip: string): string {
    const { os, arch } = this.platform
    const escaped = this.request.version.replace(/\./g, '\\.')
    const name = new RegExp(
      `^packer-plugin-${this.name}_v${escaped}_x\\d+\\.\\d+_${os}_${arch}(\\.exe)?$`
    )
    const names = fs.readdirSync(dir)
    const binaries = names.filter(n => name.test(n))
    if (binaries.length !== 1 || !fs.lstatSync(path.join(dir, binaries[0] ?? '')).isFile())
      throw new Error(
        `${zip} holds ${names.join(', ') || 'nothing'}, not one packer-plugin-${this.name}_v${this.request.version}_x<api>_${os}_${arch} binary`
      )
    return path.join(dir, binaries[0] ?? '')
  }

  /**
   * Installs the verified binary into `dest` with `packer plugins install --path` (Packer 1.10+),
   * or for an older Packer places it with the `_SHA256SUM` its discovery needs; then checks that
   * what is there is the verified binary. Returns the plugin file, relative to `dest`.
   */
  private async place(binary: string, dest: string): Promise<string> {
    const expected = sha256(binary)
    if (versionAtLeast(this.packer.version, '1.10.0')) {
      const args = ['plugins', 'install', '--path', binary, this.request.source]
      await runProgram(this.packer.binary, args, {
        env: childEnv({ PACKER_PLUGIN_PATH: dest, CHECKPOINT_DISABLE: '1' }),
        echo: true,
        bounds: PLUGIN_INSTALL_BOUNDS,
        label: `packer plugins install --path ${path.basename(binary)} ${this.request.source}`
      })
    } else {
      const target = path.join(dest, ...this.request.source.split('/'), path.basename(binary))
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.copyFileSync(binary, target)
      fs.chmodSync(target, 0o755)
      fs.writeFileSync(`${target}_SHA256SUM`, expected)
    }
    const files = pluginFiles(dest)
    const [file] = files
    if (
      files.length !== 1 ||
      file?.version !== this.request.version ||
      sha256(path.join(dest, file.relative)) !== expected ||
      fs.readFileSync(path.join(dest, `${file.relative}_SHA256SUM`), 'utf8').trim() !== expected
    )
      throw new Error(
        `Packer did not install the verified binary as ${this.request.source} ${this.request.version} (found ${files.map(f => f.relative).join(', ') || 'nothing'})`
      )
    return file.relative
  }
}
