import * as core from '@actions/core'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

export const TOOL_CACHE_TIMING = {
  /** How long a job waits for another job that has linked its folder to write the marker. */
  markerWaitMs: 5000
}

/**
 * One tool version in the runner's tool cache: `<cache>/<tool>/<version>/<arch>` and the
 * `<arch>.complete` marker, the layout of @actions/tool-cache, so `tc.find` sees it too.
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

  /** `usable` tells a published folder that still works (e.g. its venv's Python is there). */
  constructor(
    toolCache: string,
    tool: string,
    version: string,
    arch: string,
    private readonly usable: (folder: string) => boolean = () => true
  ) {
    this.path = path.join(toolCache, tool, version, arch)
    this.marker = `${this.path}.complete`
  }

  /** The published folder (resolved), when it is complete and usable. */
  find(): string | undefined {
    if (!fs.existsSync(this.marker)) return undefined
    const folder = this.resolved()
    return folder !== undefined && this.usable(folder) ? folder : undefined
  }

  /**
   * Builds the tool with `build` in a private folder and publishes it. Resolves to the folder
   * to use: this job's, or one that another job published meanwhile. A published entry that is
   * stale (no marker, a folder built in place, or no longer usable) is replaced.
   */
  async install(build: (folder: string) => Promise<void>): Promise<string> {
    const folder = await this.buildPrivately(build)
    if (this.link(folder)) return this.complete(folder)
    // Another job linked first; it writes the marker right after.
    const { markerWaitMs } = TOOL_CACHE_TIMING
    for (let waited = 0; waited < markerWaitMs && !fs.existsSync(this.marker); waited += 50)
      await sleep(50)
    const theirs = this.find()
    if (theirs !== undefined) {
      fs.rmSync(folder, { recursive: true, force: true })
      return theirs
    }
    core.debug(`${this.path} is stale; publishing ${folder} in its place`)
    return this.replaceWith(folder)
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

  /**
   * Points the entry at `folder` atomically (a new link renamed over the old). The old folder
   * stays: a job may still run from it. A folder built in place is moved aside first; when
   * another job moved it already, there is nothing to move.
   */
  private replaceWith(folder: string): string {
    const stat = fs.lstatSync(this.path, { throwIfNoEntry: false })
    if (stat && !stat.isSymbolicLink()) {
      try {
        fs.renameSync(this.path, `${folder}.stale`)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      }
    }
    const link = `${folder}.link`
    fs.symlinkSync(this.target(folder), link, 'junction')
    fs.renameSync(link, this.path)
    return this.complete(folder)
  }

  private resolved(): string | undefined {
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
