import * as core from '@actions/core'
import * as os from 'node:os'
import type { Inputs } from '../inputs.js'
import { InputError } from '../errors.js'
import { Input } from '../constants.js'
import { checkPythonFits, installAnsible, probePython, type InstalledAnsible } from './ansible.js'
import { installPacker, type InstalledPacker } from './packer.js'
import { hashicorpPlatform } from './platform.js'

export interface Tools {
  packer: InstalledPacker
  ansible: InstalledAnsible | undefined
}

function requiredEnv(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set; the runner sets it for every job`)
  return value
}

/**
 * Installs Packer and Ansible concurrently. Everything that can refuse the job (platform,
 * interpreter, Python range) is checked before either install starts.
 */
export async function installTools(inputs: Pick<Inputs, 'packer' | 'ansible'>): Promise<Tools> {
  const platform = hashicorpPlatform()
  const toolCache = requiredEnv('RUNNER_TOOL_CACHE')
  const temp = process.env['RUNNER_TEMP'] || os.tmpdir()
  const ansible = inputs.ansible
  let python
  if (ansible) {
    if (platform.os === 'windows') {
      throw new InputError(
        Input.AnsibleVersion,
        `Ansible does not run on Windows runners; set it to 'none' or use a Linux or macOS runner`
      )
    }
    python = await probePython(ansible.python)
    checkPythonFits(ansible, python)
  }
  const [packer, installedAnsible] = await Promise.all([
    installPacker(inputs.packer, platform, toolCache, temp),
    ansible && python ? installAnsible(ansible, python, toolCache, platform.nodeArch) : undefined
  ])
  core.debug(`tools: ${JSON.stringify({ packer, ansible: installedAnsible })}`)
  return { packer, ansible: installedAnsible }
}
