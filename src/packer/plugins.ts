import * as core from '@actions/core'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { ToolCacheEntry } from '../install/tool-cache.js'
import type { Template } from './template.js'

/** `X.Y.Z` ≥ `A.B.C`. */
export function versionAtLeast(version: string, minimum: string): boolean {
  const a = version.split('.').map(Number)
  const b = minimum.split('.').map(Number)
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d > 0
  }
  return true
}

/** The newest release of github.com/hashicorp/ansible confirmed in its repository (v1.1.6). */
export const ANSIBLE_PLUGIN_VERSION = '1.1.6'

/**
 * Plugins that Packer bundled until 1.10 (hashicorp/packer@v1.15.4:CHANGELOG.md:734-745) and
 * that a release template needs: the action installs them itself, pinned, where the template
 * cannot (legacy JSON) or does not (HCL2 without them in required_plugins).
 */
export interface ManagedPlugin {
  source: string
  version: string
}

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
      !template.requiredPluginSources.includes(m.source)
  ).map(m => ({ source: m.source, version: m.version(amazonPluginVersion) }))
}

/** `packer init` exists since 1.7 and matters for HCL2 templates with required_plugins. */
export function needsInit(template: Template, packerVersion: string): boolean {
  return (
    template.format === 'hcl' && template.requiresPlugins && versionAtLeast(packerVersion, '1.7.0')
  )
}

/**
 * A plugin file as `packer plugins install` and `packer init` lay it out:
 * `<source>/packer-plugin-<name>_v<X.Y.Z>_x<api>_<os>_<arch>[.exe]` and a `_SHA256SUM` beside it
 * (hashicorp/packer@v1.15.4:packer/plugin-getter/plugins.go:699-704,931; release/getter.go:196-205).
 */
const PLUGIN_FILE = /^packer-plugin-[\w-]+_v(\d+\.\d+\.\d+)_x\d+\.\d+_[a-z0-9]+_[a-z0-9]+(\.exe)?$/

function toolName(source: string): string {
  return `packer-plugin-${source.replace(/[^\w.-]+/g, '_')}`
}

function pluginFiles(root: string): { relative: string; version: string }[] {
  const found: { relative: string; version: string }[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else {
        const version = PLUGIN_FILE.exec(entry.name)?.[1]
        if (version && fs.existsSync(`${full}_SHA256SUM`))
          found.push({ relative: path.relative(root, full), version })
      }
    }
  }
  if (fs.existsSync(root)) walk(root)
  return found
}

/**
 * The folder Packer sees as PACKER_PLUGIN_PATH for one job: real folders (Packer does not
 * descend into linked ones) holding links to the plugin files cached in the tool cache, so a
 * job never writes where another job reads, and a cached plugin costs no download.
 */
export class PluginFolder {
  constructor(
    readonly folder: string,
    private readonly toolCache: string,
    private readonly arch: string
  ) {}

  /** Links every plugin of `entry` (a published tool cache folder) in. */
  link(entry: string): void {
    for (const { relative } of pluginFiles(entry)) {
      for (const file of [relative, `${relative}_SHA256SUM`]) {
        const target = path.join(this.folder, file)
        fs.mkdirSync(path.dirname(target), { recursive: true })
        fs.rmSync(target, { force: true })
        fs.symlinkSync(path.join(entry, file), target)
      }
    }
  }

  /** Links every plugin cached for this architecture, for `packer init` to find. */
  linkCached(): void {
    if (!fs.existsSync(this.toolCache)) return
    for (const tool of fs.readdirSync(this.toolCache).filter(t => t.startsWith('packer-plugin-'))) {
      const versions = path.join(this.toolCache, tool)
      for (const version of fs.readdirSync(versions)) {
        const entry = new ToolCacheEntry(this.toolCache, tool, version, this.arch).find()
        if (entry) this.link(entry)
      }
    }
  }

  /**
   * A managed plugin: from the cache, or installed into it with `install`, then linked as the
   * only version of it in the folder: Packer loads the highest version it finds of a plugin that
   * no required_plugins pins (hashicorp/packer@v1.15.4:packer/plugin.go:98-119), and other
   * versions may have been linked from the cache.
   */
  async provide(
    plugin: ManagedPlugin,
    install: (folder: string) => Promise<void>
  ): Promise<{ cached: boolean }> {
    const pinned = (folder: string) => pluginFiles(folder).some(f => f.version === plugin.version)
    const entry = new ToolCacheEntry(
      this.toolCache,
      toolName(plugin.source),
      plugin.version,
      this.arch,
      pinned
    )
    const found = entry.find()
    const published =
      found ??
      (await entry.install(async folder => {
        await install(folder)
        if (!pinned(folder))
          throw new Error(
            `installing ${plugin.source} ${plugin.version} left no plugin ${plugin.version} in ${folder}`
          )
      }))
    this.unlinkOtherVersions(plugin)
    this.link(published)
    return { cached: found !== undefined }
  }

  private unlinkOtherVersions(plugin: ManagedPlugin): void {
    const dir = path.join(this.folder, ...plugin.source.split('/'))
    for (const { relative, version } of pluginFiles(dir)) {
      if (version === plugin.version) continue
      for (const file of [relative, `${relative}_SHA256SUM`])
        fs.rmSync(path.join(dir, file), { force: true })
    }
  }

  /** After `packer init`: plugins it downloaded (real files) go to the tool cache for next time. */
  async publishDownloaded(): Promise<void> {
    for (const { relative, version } of pluginFiles(this.folder)) {
      const file = path.join(this.folder, relative)
      if (fs.lstatSync(file).isSymbolicLink()) continue
      const source = path.dirname(relative).split(path.sep).join('/')
      const entry = new ToolCacheEntry(this.toolCache, toolName(source), version, this.arch)
      if (entry.find()) continue
      try {
        await entry.install(folder => {
          for (const f of [relative, `${relative}_SHA256SUM`]) {
            fs.mkdirSync(path.dirname(path.join(folder, f)), { recursive: true })
            fs.copyFileSync(path.join(this.folder, f), path.join(folder, f))
            fs.chmodSync(path.join(folder, f), fs.statSync(path.join(this.folder, f)).mode)
          }
          return Promise.resolve()
        })
        core.info(`Cached plugin ${source} ${version} in the tool cache`)
      } catch (error) {
        core.warning(`Could not cache plugin ${source} ${version}: ${(error as Error).message}`)
      }
    }
  }
}
