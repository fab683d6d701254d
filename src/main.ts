import * as core from '@actions/core'
import { errorMessage } from './errors.js'
import { readInputs } from './inputs.js'
import { installTools } from './install/index.js'
import { writeOutputs } from './report/outputs.js'

/** The action: inputs → gate → install → reuse? → build → tag → outputs. */
export async function run(): Promise<void> {
  try {
    const inputs = await readInputs()
    if (inputs.mode !== 'install') {
      throw new Error(`mode '${inputs.mode}' is not supported yet by this version of the action`)
    }
    const tools = await core.group('Install Packer and Ansible', () => installTools(inputs))
    writeOutputs({
      skipped: false,
      reused: false,
      packerVersion: tools.packer.version,
      ansibleVersion: tools.ansible?.version
    })
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}
