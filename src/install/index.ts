import * as core from '@actions/core'
import { Input } from '../constants.js'
import { requireToolCache, type RunnerContext } from '../context.js'
import { InputError } from '../errors.js'
import type { ToolInputs } from '../inputs/types.js'
import { AnsibleInstaller, checkPythonFits, probePython, type PythonInfo } from './ansible.js'
import { provide, type InstalledTool } from './installer.js'
import { PackerInstaller } from './packer.js'
import { hashicorpPlatform, type Platform } from './platform.js'

export type { InstalledTool } from './installer.js'

export interface Tools {
  packer: InstalledTool
  ansible: InstalledTool | undefined
}

/** What the runner offers the tools: the platform and, when Ansible is wanted, the Python. */
export interface ToolHost {
  platform: Platform
  python: PythonInfo | undefined
}

/**
 * Checks everything about the runner that can refuse the job (platform, interpreter, Python
 * range) without downloading anything, so a bad input fails before any download or AWS call.
 */
export async function checkToolHost(
  inputs: Pick<ToolInputs, 'ansible'>,
  context: RunnerContext
): Promise<ToolHost> {
  const platform = hashicorpPlatform(context.platform, context.arch)
  const ansible = inputs.ansible
  if (!ansible) return { platform, python: undefined }
  if (platform.os === 'windows')
    throw new InputError(
      Input.AnsibleVersion,
      `Ansible does not run on Windows runners; set it to 'none' or use a Linux or macOS runner`
    )
  const python = await probePython(ansible.python)
  checkPythonFits(ansible, python)
  return { platform, python }
}

/** Installs Packer and Ansible concurrently, on a host that checkToolHost accepted. */
export async function installTools(
  inputs: ToolInputs,
  host: ToolHost,
  context: RunnerContext
): Promise<Tools> {
  const toolCache = requireToolCache(context)
  const { platform, python } = host
  const [packer, ansible] = await Promise.all([
    provide(new PackerInstaller(inputs.packer, platform, toolCache, context.temp)),
    inputs.ansible && python
      ? provide(new AnsibleInstaller(inputs.ansible, python, toolCache, platform.nodeArch))
      : undefined
  ])
  core.debug(`tools: ${JSON.stringify({ packer, ansible })}`)
  return { packer, ansible }
}
