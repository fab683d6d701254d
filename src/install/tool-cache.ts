import * as core from '@actions/core'
import * as tc from '@actions/tool-cache'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

/**
 * One tool version in the runner's tool cache: `<cache>/<tool>/<version>/<arch>` and the
 * `<arch>.complete` marker that @actions/tool-cache writes, so `tc.find` sees it.
 *
 * Jobs on one runner share the cache, so nothing is ever built or rewritten in that place. An
 * install builds a private folder beside it, `<arch>.<random>`, and publishes it in one atomic
 * step: a symbolic link `<arch>` to it (a venv cannot be moved, so a link, not a rename), then
 * the marker. A published folder never changes, so no job runs a binary that another is
 * writing. When two jobs install at once, the first link wins and the other job uses it and
 * removes its own folder; nobody removes a folder that another job may be using.
 */
export class ToolCacheEntry {
  readonly path: string
  private readonly marker: string

  constructor(
    toolCache: string,
    private readonly tool: string,
    private readonly version: string,
    private readonly arch: string
  ) {
    this.path = path.join(toolCache, tool, version, arch)
    this.marker = `${this.path}.complete`
  }

  /** The published folder, when there is one and `usable` accepts it. */
  find(usable: (folder: string) => boolean = () => true): string | undefined {
    const found = tc.find(this.tool, this.version, this.arch)
    if (!found) return undefined
    const folder = fs.realpathSync(found)
    return usable(folder) ? folder : undefined
  }

  /**
   * Builds the tool with `build` in a private folder and publishes it. Resolves to the folder
   * to use: this job's, or the one another job published first.
   */
  async install(build: (folder: string) => Promise<void>): Promise<string> {
    const folder = await this.buildPrivately(build)
    if (this.link(folder)) return this.complete(folder)
    // Another job published first: use its folder once it is complete.
    for (let waited = 0; waited < 5000 && !fs.existsSync(this.marker); waited += 100) {
      await sleep(100)
    }
    const theirs = this.readable()
    if (theirs !== undefined && fs.existsSync(this.marker)) {
      fs.rmSync(folder, { recursive: true, force: true })
      return theirs
    }
    // Stale: a job killed before its marker, or a folder this action once built in place.
    core.debug(`${this.path} is incomplete; replacing it with ${folder}`)
    return this.replaceWith(folder)
  }

  /** Replaces a published folder that is no longer usable (e.g. its Python is gone). */
  async reinstall(build: (folder: string) => Promise<void>): Promise<string> {
    return this.replaceWith(await this.buildPrivately(build))
  }

  private async buildPrivately(build: (folder: string) => Promise<void>): Promise<string> {
    fs.mkdirSync(path.dirname(this.path), { recursive: true })
    const folder = fs.mkdtempSync(`${this.path}.`)
    try {
      await build(folder)
    } catch (error) {
      fs.rmSync(folder, { recursive: true, force: true })
      throw error
    }
    return folder
  }

  private target(folder: string): string {
    // Junctions (Windows) need an absolute target; elsewhere the link stays relative.
    return process.platform === 'win32' ? folder : path.basename(folder)
  }

  private link(folder: string): boolean {
    try {
      fs.symlinkSync(this.target(folder), this.path, 'junction')
      return true
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
      throw error
    }
  }

  /** Points the entry at `folder` atomically; the old folder stays, a job may run from it. */
  private replaceWith(folder: string): string {
    const stat = fs.lstatSync(this.path, { throwIfNoEntry: false })
    if (stat && !stat.isSymbolicLink()) fs.renameSync(this.path, `${folder}.stale`)
    const link = `${folder}.link`
    fs.symlinkSync(this.target(folder), link, 'junction')
    fs.renameSync(link, this.path)
    return this.complete(folder)
  }

  private readable(): string | undefined {
    try {
      return fs.realpathSync(this.path)
    } catch {
      return undefined
    }
  }

  private complete(folder: string): string {
    fs.writeFileSync(this.marker, '')
    return folder
  }
}
