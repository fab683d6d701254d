import * as fs from 'node:fs'
import * as path from 'node:path'

/**
 * A tool's folder in the runner's tool cache, built in place: `<cache>/<tool>/<version>/<arch>`
 * with the `<arch>.complete` marker that @actions/tool-cache writes, so `tc.find` sees it. The
 * marker is written last; a folder without it (a killed run) is never used and is rebuilt.
 */
export class ToolCacheFolder {
  readonly folder: string
  readonly marker: string

  constructor(toolCache: string, tool: string, version: string, arch: string) {
    this.folder = path.join(toolCache, tool, version, arch)
    this.marker = `${this.folder}.complete`
  }

  isComplete(): boolean {
    return fs.existsSync(this.marker)
  }

  /** Clears what a killed run may have left and makes the parent folder. */
  prepare(): void {
    this.discard()
    fs.mkdirSync(path.dirname(this.folder), { recursive: true })
  }

  complete(): void {
    fs.writeFileSync(this.marker, '')
  }

  discard(): void {
    fs.rmSync(this.marker, { force: true })
    fs.rmSync(this.folder, { recursive: true, force: true })
  }
}
