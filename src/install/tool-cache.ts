import * as tc from '@actions/tool-cache'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

/**
 * Longer than any job runs: GitHub stops a job on a self-hosted runner after 5 days (6 hours on
 * its own runners). A private folder untouched for longer has no job building or using it.
 */
export const ABANDONED_AFTER_MS = 6 * 24 * 60 * 60 * 1000

/** Where `file` resolves to, when it is there. */
function realpath(file: string): string | undefined {
  try {
    return fs.realpathSync(file)
  } catch {
    return undefined
  }
}

export interface ToolCacheOptions {
  /** Tells a published folder that still works and may be trusted (a venv's Python is there, a record names this job's key). */
  usable?: ((folder: string) => boolean) | undefined
  /** How long a job waits for another job that has linked its folder to write the marker. */
  markerWaitMs?: number | undefined
  /**
   * When the cache refuses this job (folders of another user it may not write), build in a
   * folder of the job's own, in RUNNER_TEMP, and use that, unpublished.
   */
  ownFolderWhenRefused?: boolean | undefined
}

/** The file system refuses this user: a folder another user made, or a read-only cache. */
const refused = (error: unknown) =>
  ['EACCES', 'EPERM', 'EROFS'].includes((error as NodeJS.ErrnoException).code ?? '')

/**
 * One tool version in the runner's tool cache, in the layout of @actions/tool-cache
 * (`<cache>/<tool>/<version>/<arch>` and `<arch>.complete`), which reads it (`tc.find`).
 *
 * Jobs on one runner share the cache, so nothing is ever built or rewritten in that place. An
 * install builds a private folder beside it, `<arch>.<random>`, and publishes it in one atomic
 * step: a symbolic link `<arch>` to it (a venv cannot be moved, so a link, not a rename), then
 * the marker. tc.cacheDir has no such step: it copies into the published place. When two jobs
 * install at once, the first link wins and the other job uses it and removes its own folder;
 * nobody removes a folder that another job may be using: a folder left by a killed install or
 * replaced by a newer one goes once it is older than any job can run (`prune`).
 */
export class ToolCacheEntry {
  readonly path: string
  private readonly marker: string

  constructor(
    readonly tool: string,
    readonly version: string,
    readonly arch: string,
    private readonly options: ToolCacheOptions = {}
  ) {
    // RUNNER_TOOL_CACHE, which @actions/tool-cache reads too.
    const root = process.env['RUNNER_TOOL_CACHE']
    if (!root) throw new Error('RUNNER_TOOL_CACHE is not set; the runner sets it for every job')
    this.path = path.join(root, tool, version, arch)
    this.marker = `${this.path}.complete`
  }

  /** The published folder (resolved: a later publish does not move it), when complete and usable. */
  find(): string | undefined {
    const found = tc.find(this.tool, this.version, this.arch)
    // tc.find says '' for none, which realpath would take for the working folder.
    const folder = found ? realpath(found) : undefined
    if (folder === undefined || !(this.options.usable?.(folder) ?? true)) return undefined
    this.prune(folder)
    return folder
  }

  /**
   * Removes this entry's private folders that no job can be using: not the published one, and
   * untouched for longer than a job runs. A killed install leaves its folder, a replaced entry
   * the one it replaced (touched when it is replaced, so its age counts from then). A folder
   * this job may not remove (another user's) is left.
   */
  private prune(published: string): void {
    // Compared as real paths: the cache may be reached through a link (/var on macOS).
    const dir = fs.realpathSync(path.dirname(this.path))
    published = fs.realpathSync(published)
    const mine = new RegExp(`^${path.basename(this.path)}\\.[A-Za-z0-9]{6}(\\.stale)?$`)
    for (const name of fs.readdirSync(dir).filter(n => mine.test(n))) {
      const folder = path.join(dir, name)
      const stat = fs.lstatSync(folder, { throwIfNoEntry: false })
      if (folder === published || !stat?.isDirectory()) continue
      if (Date.now() - stat.mtimeMs <= ABANDONED_AFTER_MS) continue
      try {
        fs.rmSync(folder, { recursive: true, force: true })
      } catch {
        // Another user's folder (a job run as another account): left, never this job's failure.
      }
    }
  }

  /**
   * Builds the tool with `build` in a private folder and publishes it. Resolves to the folder
   * to use: this job's, or one that another job published meanwhile. A published entry that is
   * stale (no marker, a folder built in place, or not usable) is replaced.
   */
  async install(build: (folder: string) => Promise<void>): Promise<string> {
    let folder: string
    try {
      fs.mkdirSync(path.dirname(this.path), { recursive: true })
      folder = fs.mkdtempSync(`${this.path}.`)
    } catch (error) {
      if (!this.options.ownFolderWhenRefused || !refused(error)) throw error
      const temp = process.env['RUNNER_TEMP'] || os.tmpdir()
      folder = fs.mkdtempSync(path.join(temp, `${this.tool}-${this.version}-${this.arch}-`))
      await this.build(folder, build)
      return folder
    }
    await this.build(folder, build)
    try {
      this.link(folder, this.path)
      return this.complete(folder)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    // Another job linked first; it writes the marker right after.
    const waitMs = this.options.markerWaitMs ?? 5000
    for (let waited = 0; waited < waitMs && !fs.existsSync(this.marker); waited += 50)
      await sleep(50)
    const theirs = this.find()
    if (theirs !== undefined) {
      fs.rmSync(folder, { recursive: true, force: true })
      return theirs
    }
    try {
      return this.replaceWith(folder)
    } catch (error) {
      if (!this.options.ownFolderWhenRefused || !refused(error)) throw error
      return folder // Another user's entry, which this job may not replace: its own, unpublished.
    }
  }

  private async build(folder: string, build: (folder: string) => Promise<void>): Promise<void> {
    try {
      await build(folder)
    } catch (error) {
      fs.rmSync(folder, { recursive: true, force: true })
      throw error
    }
  }

  /** Junctions (Windows) need an absolute target; elsewhere the link stays relative. */
  private link(folder: string, link: string): void {
    fs.symlinkSync(process.platform === 'win32' ? folder : path.basename(folder), link, 'junction')
  }

  /**
   * Points the entry at `folder` atomically (a new link renamed over the old). The old folder
   * stays while a job may still run from it (`prune`). A folder built in place is moved aside first; when
   * another job moved it already, there is nothing to move.
   */
  private replaceWith(folder: string): string {
    const stat = fs.lstatSync(this.path, { throwIfNoEntry: false })
    // A job may run from the folder it replaces for as long as a job runs, counted from now.
    const old = stat?.isSymbolicLink() ? realpath(this.path) : stat && this.path
    try {
      if (old !== undefined) fs.utimesSync(old, new Date(), new Date())
    } catch {
      // Another job moved it aside already, and touched it.
    }
    if (stat && !stat.isSymbolicLink()) {
      try {
        fs.renameSync(this.path, `${folder}.stale`)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      }
    }
    this.link(folder, `${folder}.link`)
    try {
      fs.renameSync(`${folder}.link`, this.path)
    } catch (error) {
      fs.rmSync(`${folder}.link`, { force: true })
      throw error
    }
    return this.complete(folder)
  }

  /**
   * Writes the marker beside this job's folder and renames it into place: a link another job
   * put at the marker's path is replaced, never written through.
   */
  private complete(folder: string): string {
    const marker = `${folder}.marker`
    try {
      fs.writeFileSync(marker, '', { flag: 'wx' })
      fs.renameSync(marker, this.marker)
    } finally {
      fs.rmSync(marker, { force: true })
    }
    this.prune(folder)
    return folder
  }
}

/** The versions of `tool` published for `arch`, as @actions/tool-cache lists them. */
export const cachedVersions = (tool: string, arch: string): string[] =>
  tc.findAllVersions(tool, arch)
