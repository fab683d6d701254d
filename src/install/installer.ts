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
