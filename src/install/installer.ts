/** A tool as installed: where it is and whether the tool cache already had it. */
export interface InstalledTool {
  version: string
  /** The folder put on PATH. */
  bin: string
  /** The tool's main executable. */
  executable: string
  cached: boolean
}

/**
 * A tool from the tool cache first, with no network (as setup-node's distributions); otherwise
 * installed, verified, into the cache.
 */
export interface Installer<T> {
  label: string
  find(): T | undefined
  install(): Promise<T>
}
