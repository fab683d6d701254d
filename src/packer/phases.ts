import * as core from '@actions/core'
import type { Inputs } from '../inputs.js'
import type { Tools } from '../install/index.js'
import { packerPluginPath } from '../install/packer.js'
import { lastLines } from '../process.js'
import {
  buildArgs,
  initArgs,
  legacyPluginInstalls,
  needsInit,
  packerEnv,
  validateArgs,
  type PackerRunContext
} from './args.js'
import type { Leftover } from './machine-readable.js'
import { execPacker, runPackerBuild, type BuildResult, type PackerCommand } from './run.js'
import { readTemplate } from './template.js'
import { validationAnnotations } from './validate.js'

export interface PreparedPacker {
  context: PackerRunContext
  binary: string
  cwd: string
  packerVersion: string
}

export function preparePacker(
  inputs: Inputs,
  tools: Tools,
  version: string,
  extraEnv: Record<string, string> = {}
): PreparedPacker {
  return {
    context: {
      template: readTemplate(inputs.template),
      version,
      vars: inputs.vars,
      varFiles: inputs.varFiles,
      only: inputs.only,
      except: inputs.except,
      pluginPath: packerPluginPath(),
      githubToken: inputs.githubToken,
      extraEnv
    },
    binary: tools.packer.binary,
    cwd: inputs.workingDirectory,
    packerVersion: tools.packer.version
  }
}

function command(p: PreparedPacker, args: string[]): PackerCommand {
  return { binary: p.binary, args, cwd: p.cwd, env: packerEnv(p.context) }
}

async function mustSucceed(p: PreparedPacker, args: string[], what: string): Promise<void> {
  const { exitCode, output } = await execPacker(command(p, args))
  if (exitCode !== 0)
    throw new Error(`${what} failed (exit ${exitCode}):\n${lastLines(output, 15)}`)
}

/** `packer init` for HCL2 required_plugins, or plugin installs for a legacy JSON template. */
export async function installPlugins(p: PreparedPacker): Promise<void> {
  if (needsInit(p.context.template, p.packerVersion)) {
    await mustSucceed(p, initArgs(p.context), 'packer init')
  } else if (p.context.template.requiresPlugins) {
    core.info(
      `Packer ${p.packerVersion} has no 'packer init' (1.7+): required_plugins are not installed`
    )
  }
  for (const args of legacyPluginInstalls(p.context.template, p.packerVersion)) {
    await mustSucceed(p, args, `packer ${args.join(' ')}`)
  }
}

/** `packer validate` with the build's variables; errors become annotations on file and line. */
export async function validateTemplate(p: PreparedPacker): Promise<void> {
  const { exitCode, output } = await execPacker(command(p, validateArgs(p.context)))
  if (exitCode === 0) return
  const annotations = validationAnnotations(output, p.context.template.files, p.cwd)
  for (const a of annotations) {
    core.error(a.message, {
      title: 'packer validate',
      file: a.file,
      ...(a.line !== undefined ? { startLine: a.line } : {})
    })
  }
  throw new Error(
    `packer validate found ${annotations.length} problem(s) in ${p.context.template.path}: ${annotations.map(a => a.message).join('; ')}`
  )
}

export function buildImages(
  p: PreparedPacker,
  onLeftover: (leftover: Leftover) => void
): Promise<BuildResult> {
  return runPackerBuild(command(p, buildArgs(p.context)), onLeftover)
}
