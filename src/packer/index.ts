import * as core from '@actions/core'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { TemplateError } from '../errors.js'
import { childEnv, lastLines, spawnProgram } from '../exec/program.js'
import {
  buildArgs,
  initArgs,
  packerEnv,
  pluginInstallArgs,
  validateArgs,
  type PackerRunContext
} from './args.js'
import { managedPlugins, needsInit, PluginFolder } from './plugins.js'
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

function env(job: PackerJob, extra: Record<string, string> = {}): Record<string, string> {
  return childEnv({ ...packerEnv(job.context), ...extra })
}

async function mustSucceed(
  job: PackerJob,
  args: string[],
  what: string,
  extra?: Record<string, string>
): Promise<void> {
  const result = await spawnProgram(job.binary, args, {
    cwd: job.cwd,
    env: env(job, extra),
    echo: true
  })
  if (result.exitCode !== 0)
    throw new Error(
      `${what} failed (exit ${result.exitCode ?? result.signal ?? '?'}):\n${lastLines(`${result.stdout}\n${result.stderr}`, 15)}`
    )
}

/**
 * The job's plugin folder: every plugin cached in the tool cache linked in, the plugins the
 * action manages (amazon, ansible on Packer 1.10+) installed pinned when they are not cached,
 * then `packer init` for the template's own required_plugins, whose downloads are cached too.
 */
export async function providePlugins(
  job: PackerJob,
  toolCache: string,
  arch: string,
  amazonPluginVersion: string
): Promise<void> {
  const plugins = new PluginFolder(job.context.pluginPath, toolCache, arch)
  plugins.linkCached()
  for (const plugin of managedPlugins(
    job.context.template,
    job.packerVersion,
    amazonPluginVersion
  )) {
    const { cached } = await plugins.provide(plugin, folder =>
      mustSucceed(
        job,
        pluginInstallArgs(plugin.source, plugin.version),
        `packer plugins install ${plugin.source} ${plugin.version}`,
        {
          PACKER_PLUGIN_PATH: folder
        }
      )
    )
    core.info(
      `Plugin ${plugin.source} ${plugin.version}: ${cached ? 'found in the tool cache' : 'installed and cached'}`
    )
  }
  if (needsInit(job.context.template, job.packerVersion)) {
    await mustSucceed(job, initArgs(job.context), 'packer init')
    await plugins.publishDownloaded()
  } else if (job.context.template.requiresPlugins) {
    core.info(
      `Packer ${job.packerVersion} has no 'packer init' (1.7+): required_plugins are not installed`
    )
  }
}

/** A folder for the job's PACKER_PLUGIN_PATH: real (Packer skips a linked root), and private. */
export function makePluginFolder(temp: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(temp, 'packer-plugins-')))
}

/** `packer validate` with the build's variables; errors become annotations on file and line. */
export async function validateTemplate(job: PackerJob): Promise<void> {
  const result = await spawnProgram(job.binary, validateArgs(job.context), {
    cwd: job.cwd,
    env: env(job),
    echo: true
  })
  if (result.exitCode === 0) return
  const [first, ...more] = validationAnnotations(
    `${result.stdout}\n${result.stderr}`,
    job.context.template.files,
    job.cwd
  )
  for (const a of more)
    core.error(a.message, {
      title: 'packer validate',
      file: a.file,
      ...(a.line !== undefined ? { startLine: a.line } : {})
    })
  // The first problem is the step's error, annotated where it is; the others have their own.
  throw new TemplateError(
    `${first?.message ?? 'packer validate failed'}${more.length > 0 ? ` (and ${more.length} more problem(s), annotated)` : ''}`,
    first?.file,
    first?.line,
    'packer validate'
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

export type { BuildObserver } from './build-output.js'
export type { BuildResult } from './run.js'
