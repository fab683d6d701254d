/** A tool as installed: where it is and whether the tool cache already had it. */
export interface InstalledTool {
  name: string
  version: string
  /** The folder put on PATH. */
  bin: string
  /** The tool's main executable. */
  executable: string
  cached: boolean
}

/**
 * One shape for every tool the action installs (as setup-node's distributions): look in the
 * tool cache first, with no network; otherwise install, verified, into the cache.
 */
export interface Installer {
  readonly label: string
  find(): InstalledTool | undefined
  install(): Promise<InstalledTool>
}

/** The tool from the cache, or freshly installed. */
export async function provide(
  installer: Installer,
  log: (line: string) => void
): Promise<InstalledTool> {
  const found = installer.find()
  const tool = found ?? (await installer.install())
  log(`${installer.label}: ${found ? 'found in the tool cache' : 'installed'} (${tool.bin})`)
  return tool
}
