import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { officialPluginName, pluginFiles } from '../install/plugin.js'
import { versionAtLeast } from '../install/installer.js'
import { cachedVersions, ToolCacheEntry } from '../install/tool-cache.js'
import type { Template } from './template.js'
import { errorMessage } from '../errors.js'

/** The newest release of github.com/hashicorp/ansible confirmed in its repository (v1.1.6). */
export const ANSIBLE_PLUGIN_VERSION = '1.1.6'

/** A plugin at one version: installed signature-verified from the Packer mirror. */
export interface ManagedPlugin {
  source: string
  version: string
}

/**
 * Plugins that Packer bundled until 1.10 (hashicorp/packer@v1.16.0:CHANGELOG.md:787-798) and
 * that a release template needs: the action installs them itself, pinned, where the template
 * cannot (legacy JSON) or does not (HCL2 without them in required_plugins).
 */
const MANAGED: { source: string; uses: RegExp; version: (amazon: string) => string }[] = [
  { source: 'github.com/hashicorp/amazon', uses: /^amazon-/, version: amazon => amazon },
  {
    source: 'github.com/hashicorp/ansible',
    uses: /^ansible(-local)?$/,
    version: () => ANSIBLE_PLUGIN_VERSION
  }
]

/** The plugins the action installs for this template on this Packer. */
export function managedPlugins(
  template: Template,
  packerVersion: string,
  amazonPluginVersion: string
): ManagedPlugin[] {
  if (!versionAtLeast(packerVersion, '1.10.0')) return []
  return MANAGED.filter(
    m =>
      template.componentTypes.some(t => m.uses.test(t)) &&
      !template.requiredPlugins.some(p => p.source === m.source)
  ).map(m => ({ source: m.source, version: m.version(amazonPluginVersion) }))
}

/** `packer init` exists since 1.7 and matters for HCL2 templates with required_plugins. */
export function needsInit(template: Template, packerVersion: string): boolean {
  return (
    template.format === 'hcl' && template.requiresPlugins && versionAtLeast(packerVersion, '1.7.0')
  )
}

/**
 * The plugins installed signature-verified from the Packer mirror: those the action manages,
 * and the official ones that the template's required_plugins pin to one version (`1.8.2`,
 * `v1.8.2` or `= 1.8.2`; then `packer init` finds them installed and downloads nothing).
 */
export function verifiedPlugins(
  template: Template,
  packerVersion: string,
  amazonPluginVersion: string
): ManagedPlugin[] {
  const plugins = managedPlugins(template, packerVersion, amazonPluginVersion)
  if (!needsInit(template, packerVersion)) return plugins
  for (const { source, constraint } of template.requiredPlugins) {
    const version = /^\s*=?\s*v?(\d+\.\d+\.\d+)\s*$/.exec(constraint)?.[1]
    if (version && officialPluginName(source) && !plugins.some(p => p.source === source))
      plugins.push({ source, version })
  }
  return plugins
}

/** The tool cache's name for plugins that `packer init` downloaded: checked by sha256 only. */
function checksumOnlyTool(source: string): string {
  return `packer-plugin-${source.replace(/[^\w.-]+/g, '_')}`
}

/** The file of `source` at `version` in a checksum-only entry (relative), when it holds one. */
function checksumOnlyFile(folder: string, source: string, version: string): string | undefined {
  const dir = path.join(...source.split('/')).toLowerCase()
  const files = pluginFiles(folder).filter(
    f => f.version === version && path.dirname(f.relative).toLowerCase() === dir
  )
  return files.length === 1 ? files[0]?.relative : undefined
}

/** `file` and its `_SHA256SUM` are regular files, and its sha256 is what the sum says. */
function matchesItsSum(file: string): boolean {
  try {
    // Regular files only: a FIFO or a device put there would block the read.
    const sum = fs.lstatSync(`${file}_SHA256SUM`)
    if (!fs.lstatSync(file).isFile() || !sum.isFile() || sum.size > 256) return false
    const actual = createHash('sha256').update(fs.readFileSync(file)).digest('hex')
    return fs.readFileSync(`${file}_SHA256SUM`, 'utf8').trim() === actual
  } catch {
    return false
  }
}

/**
 * A plugin `packer init` downloaded, in the tool cache: usable when its entry holds the file of
 * its source and version, matching its `_SHA256SUM` (a broken one is replaced by the next job
 * that downloads it). Which job published it cannot be told: a job that can write the tool
 * cache can plant anything in it (docs/how-it-works.md).
 */
function checksumOnlyEntry(source: string, version: string, arch: string): ToolCacheEntry {
  return new ToolCacheEntry(checksumOnlyTool(source), version, arch, {
    usable: folder => {
      const file = checksumOnlyFile(folder, source, version)
      return file !== undefined && matchesItsSum(path.join(folder, file))
    }
  })
}

/**
 * The folder Packer sees as PACKER_PLUGIN_PATH for one job: real folders (Packer does not
 * descend into linked ones) holding links to plugin files in the tool cache, so a job never
 * writes where another job reads, and a cached plugin costs no download. Only what this job
 * trusts is linked: the plugins verified with its key, and the checksum-only ones its
 * template's required_plugins name. Any other plugin in the folder could be loaded: without
 * required_plugins Packer loads the highest version of each plugin name, whatever its source
 * (hashicorp/packer@v1.16.0:packer/plugin.go:80-119).
 */
export class PluginFolder {
  constructor(
    readonly folder: string,
    private readonly arch: string
  ) {}

  /**
   * Links `plugin` (relative) of `entry`, a published tool cache folder, with its `_SHA256SUM`:
   * only the file this job checked, never another that a job put beside it.
   */
  link(entry: string, plugin: string): void {
    for (const file of [plugin, `${plugin}_SHA256SUM`]) {
      const target = path.join(this.folder, file)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.rmSync(target, { force: true })
      fs.symlinkSync(path.join(entry, file), target)
    }
  }

  /**
   * Links the cached checksum-only versions of `sources`, for `packer init` to find: of each
   * entry, the one file of its source and version, when it matches its `_SHA256SUM`.
   */
  linkChecksumOnly(sources: string[]): void {
    for (const source of sources)
      for (const version of cachedVersions(checksumOnlyTool(source), this.arch)) {
        const entry = checksumOnlyEntry(source, version, this.arch).find()
        const plugin = entry === undefined ? undefined : checksumOnlyFile(entry, source, version)
        if (entry !== undefined && plugin !== undefined) this.link(entry, plugin)
      }
  }

  /**
   * After `packer init`: the plugins it downloaded (real files, not links) go to the tool cache
   * for next time. Returns every checksum-only plugin in the folder, and whether it was cached.
   */
  async publishDownloaded(log: (line: string) => void): Promise<CachedPlugin[]> {
    const found: CachedPlugin[] = []
    for (const { relative, version } of pluginFiles(this.folder)) {
      const file = path.join(this.folder, relative)
      const source = path.dirname(relative).split(path.sep).join('/')
      if (fs.lstatSync(file).isSymbolicLink()) {
        const target = fs.realpathSync(file)
        if (target.includes(`${path.sep}${checksumOnlyTool(source)}${path.sep}`))
          found.push({ source, version, cached: true })
        continue
      }
      found.push({ source, version, cached: false })
      const entry = checksumOnlyEntry(source, version, this.arch)
      if (entry.find()) continue
      try {
        // copyFile keeps the file's mode: the plugin stays executable.
        await entry.install(folder => {
          fs.mkdirSync(path.dirname(path.join(folder, relative)), { recursive: true })
          for (const f of [relative, `${relative}_SHA256SUM`])
            fs.copyFileSync(path.join(this.folder, f), path.join(folder, f))
          return Promise.resolve()
        })
        log(`Cached plugin ${source} ${version} in the tool cache`)
      } catch (error) {
        log(`Could not cache plugin ${source} ${version}: ${errorMessage(error)}`)
      }
    }
    return found
  }
}

type CachedPlugin = ManagedPlugin & { cached: boolean }

/** One plugin in a job's folder, and how it was checked. */
export interface ProvidedPlugin extends CachedPlugin {
  /** `signature`: from the Packer mirror, SHA256SUMS signed by the job's key; `checksum`: `packer init`'s own sha256 check. */
  verification: 'signature' | 'checksum'
  fingerprint?: string
}

/** One line for the job summary: which plugins were signature-verified, which checksum-only. */
export function describePlugins(plugins: ProvidedPlugin[]): string {
  const one = (p: ProvidedPlugin) =>
    p.verification === 'signature'
      ? `${p.source} ${p.version} signature-verified (key ${p.fingerprint ?? '?'}, from packer-mirror)`
      : `${p.source} ${p.version} checksum only (packer init)`
  return `Packer plugins: ${plugins.map(one).join('; ') || 'none installed'}`
}
