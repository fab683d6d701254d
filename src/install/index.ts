import * as core from '@actions/core'
import type { Inputs } from '../inputs.js'
import { InputError } from '../errors.js'
import { Input } from '../constants.js'
import { runnerTemp, toolCacheRoot } from '../runner.js'
import {
  checkPythonFits,
  installAnsible,
  probePython,
  type InstalledAnsible,
  type PythonInfo
} from './ansible.js'
import { installPacker, type InstalledPacker } from './packer.js'
import { hashicorpPlatform, type Platform } from './platform.js'

export interface Tools {
  packer: InstalledPacker
  ansible: InstalledAnsible | undefined
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
export async function checkToolHost(inputs: Pick<Inputs, 'ansible'>): Promise<ToolHost> {
  const platform = hashicorpPlatform()
  const ansible = inputs.ansible
  if (!ansible) return { platform, python: undefined }
  if (platform.os === 'windows') {
    throw new InputError(
      Input.AnsibleVersion,
      `Ansible does not run on Windows runners; set it to 'none' or use a Linux or macOS runner`
    )
  }
  const python = await probePython(ansible.python)
  checkPythonFits(ansible, python)
  return { platform, python }
}

/** Installs Packer and Ansible concurrently, on a host that checkToolHost accepted. */
export async function installTools(
  inputs: Pick<Inputs, 'packer' | 'ansible'>,
  host: ToolHost
): Promise<Tools> {
  const { platform, python } = host
  const toolCache = toolCacheRoot()
  const temp = runnerTemp()
  const ansible = inputs.ansible
  const [packer, installedAnsible] = await Promise.all([
    installPacker(inputs.packer, platform, toolCache, temp),
    ansible && python ? installAnsible(ansible, python, toolCache, platform.nodeArch) : undefined
  ])
  core.debug(`tools: ${JSON.stringify({ packer, ansible: installedAnsible })}`)
  return { packer, ansible: installedAnsible }
}
