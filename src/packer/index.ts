import * as fs from 'node:fs'
import * as path from 'node:path'
import { TemplateError } from '../errors.js'
import { childEnv, runProgram, spawnProgram, type Bounds } from '../exec/program.js'
import { pluginInstaller } from '../install/plugin.js'
import type { Platform } from '../install/platform.js'
import type { ReleaseSource } from '../install/release.js'
import { buildArgs, initArgs, packerEnv, validateArgs, type PackerRunContext } from './args.js'
import { needsInit, PluginFolder, verifiedPlugins, type ProvidedPlugin } from './plugins.js'
import type { BuildObserver } from './build-output.js'
import { runPackerBuild, type BuildResult } from './run.js'
import { validationAnnotations } from './validate.js'

/** Packer, ready to run on one template in one job. */
export interface PackerJob {
  context: PackerRunContext
  binary: string
  cwd: string
  packerVersion: string
}

/** Packer's options for the job: its folder and environment, its output echoed to the log. */
const options = (job: PackerJob) => ({
  cwd: job.cwd,
  env: childEnv(packerEnv(job.context)),
  echo: true
})

/** `packer init` downloads from releases.hashicorp.com or GitHub: bounded like pip. */
export const INIT_BOUNDS: Bounds = { totalMs: 600_000, stallMs: 300_000 }

/** Where the plugins come from: the Packer mirror and key, and the pinned amazon plugin. */
export interface PluginSource extends ReleaseSource {
  amazonPluginVersion: string
  platform: Platform
  /** A folder for downloads, removed after each. */
  temp: string
}

/**
 * The job's plugin folder: the official plugins the release needs (amazon, ansible on Packer
 * 1.10+, and those the template pins to one version) from the Packer mirror, signature-verified
 * and cached; then `packer init` for the template's other required_plugins, checksum-only,
 * whose downloads are cached too. Returns what the folder holds and how each was checked.
 */
export async function providePlugins(
  job: PackerJob,
  source: PluginSource,
  log: (line: string) => void
): Promise<ProvidedPlugin[]> {
  const { template } = job.context
  const folder = new PluginFolder(job.context.pluginPath, source.platform.nodeArch)
  const provided: ProvidedPlugin[] = []
  const packer = { binary: job.binary, version: job.packerVersion }
  for (const plugin of verifiedPlugins(template, job.packerVersion, source.amazonPluginVersion)) {
    const installer = pluginInstaller(
      { ...source, ...plugin },
      source.platform,
      packer,
      source.temp,
      log
    )
    const { fingerprint, cached, ...installed } = installer.find() ?? (await installer.install())
    folder.link(installed.folder, installed.binary)
    provided.push({ ...plugin, verification: 'signature', fingerprint, cached })
    log(`${installer.label}: ${cached ? 'found in the tool cache' : 'installed and cached'}`)
  }
  if (needsInit(template, job.packerVersion)) {
    const verified = new Set(provided.map(p => p.source))
    folder.linkChecksumOnly(
      template.requiredPlugins.map(r => r.source).filter(s => !verified.has(s))
    )
    const init = { ...options(job), bounds: INIT_BOUNDS, label: 'packer init' }
    await runProgram(job.binary, initArgs(job.context), init)
    for (const p of await folder.publishDownloaded(log))
      if (!verified.has(p.source)) provided.push({ ...p, verification: 'checksum' })
  } else if (template.requiresPlugins) {
    log(
      `Packer ${job.packerVersion} has no 'packer init' (1.7+): required_plugins are not installed`
    )
  }
  return provided
}

/** A folder for the job's PACKER_PLUGIN_PATH: real (Packer skips a linked root), and private. */
export function makePluginFolder(temp: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(temp, 'packer-plugins-')))
}

/** `packer validate` with the build's variables; errors become annotations on file and line. */
export async function validateTemplate(job: PackerJob): Promise<void> {
  const result = await spawnProgram(job.binary, validateArgs(job.context), options(job))
  if (result.exitCode === 0) return
  const output = `${result.stdout}\n${result.stderr}`
  const [first, ...more] = validationAnnotations(output, job.context.template.files, job.cwd)
  // The first problem is the step's error, annotated where it is; the others have their own.
  throw new TemplateError(
    `${first?.message ?? 'packer validate failed'}${more.length > 0 ? ` (and ${more.length} more problem(s), annotated)` : ''}`,
    first?.file,
    first?.line,
    'packer validate',
    more
  )
}

export function buildImages(
  job: PackerJob,
  builds: readonly string[],
  observer: BuildObserver
): Promise<BuildResult> {
  return runPackerBuild(
    { binary: job.binary, args: buildArgs(job.context), cwd: job.cwd, env: packerEnv(job.context) },
    builds,
    observer
  )
}

export type { BuildResult } from './run.js'
export { describePlugins, type ProvidedPlugin } from './plugins.js'
