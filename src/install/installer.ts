/** A tool as installed: its version and where it is. */
export interface InstalledTool {
  version: string
  /** The folder of its programs: Packer's is put on PATH; of Ansible's, only its commands. */
  bin: string
  /** The tool's main executable. */
  executable: string
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

/** `X.Y.Z` ≥ `A.B.C`; a missing part is 0. */
export function versionAtLeast(version: string, minimum: string): boolean {
  const a = version.split('.').map(Number)
  const b = minimum.split('.').map(Number)
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d > 0
  }
  return true
}
