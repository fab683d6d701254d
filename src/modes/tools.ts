import * as core from '@actions/core'
import type { RunnerContext } from '../context.js'
import { say } from '../exec/inert-log.js'
import type { InstallInputs, ValidateInputs } from '../inputs/types.js'
import { checkToolHost } from '../install/index.js'
import { resolveRelease, validationVersion } from '../release/version.js'
import type { RunResult } from '../report/result.js'
import type { Phase } from '../steps/phase.js'
import { readReleaseTemplate } from '../steps/plan.js'
import { install, prepareTools, toolVersions } from '../steps/tools.js'

/** `mode: install`: the pinned tools, verified, on PATH for the steps after it. */
export async function installMode(
  inputs: InstallInputs,
  context: RunnerContext,
  phase: Phase
): Promise<RunResult> {
  const host = await checkToolHost(inputs, context, core.warning)
  const tools = await install(inputs, host, context, phase)
  return {
    outcome: 'installed',
    tools: { packer: tools.packer.version, ansible: tools.ansible?.version }
  }
}

/**
 * `mode: validate`, for pull requests: the template's contract, then the tools a release would
 * use, `packer init` and `packer validate`. No AWS call.
 */
export async function validateMode(
  inputs: ValidateInputs,
  context: RunnerContext,
  phase: Phase
): Promise<RunResult> {
  const gate = resolveRelease(context.ref, inputs.releaseTags, inputs.imageVersion)
  const version = gate.kind === 'release' ? gate.version : validationVersion(context.sha)
  const read = readReleaseTemplate(inputs)
  const host = await checkToolHost(inputs, context, core.warning)
  const run = { ...inputs, template: read.template, version, building: false }
  const prepared = await prepareTools(inputs, host, context, run, phase)
  prepared.cleanup()
  say(`${inputs.template} is valid`)
  return { outcome: 'validated', version, tools: toolVersions(prepared) }
}
