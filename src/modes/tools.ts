import * as core from '@actions/core'
import * as fs from 'node:fs'
import type { RunnerContext } from '../context.js'
import type { InstallInputs, ValidateInputs } from '../inputs/types.js'
import { checkToolHost, installTools } from '../install/index.js'
import {
  describePlugins,
  makePluginFolder,
  providePlugins,
  validateTemplate
} from '../packer/index.js'
import { resolveRelease, validationVersion } from '../release/version.js'
import { writeFlags, writeToolOutputs } from '../report/outputs.js'
import type { RunReport } from '../report/summary.js'
import type { Cleanups } from './build.js'
import { readReleaseTemplate } from './template.js'

/** `mode: install`: the pinned tools on PATH for the steps after it. */
export async function installOnly(
  inputs: InstallInputs,
  context: RunnerContext,
  report: RunReport,
  keyChecked: Promise<void>
): Promise<void> {
  const [host] = await Promise.all([checkToolHost(inputs, context, core.warning), keyChecked])
  const tools = await report.phase('Install Packer and Ansible', () =>
    installTools(inputs, host, context, core.info)
  )
  report.tools = { packer: tools.packer.version, ansible: tools.ansible?.version }
  writeFlags({ skipped: false, reused: false })
  writeToolOutputs(tools)
  report.outcome = 'installed'
}

/**
 * `mode: validate`, for pull requests: the template's contract, then `packer init` and
 * `packer validate` with the tools a release would use. No AWS call.
 */
export async function validateOnly(
  inputs: ValidateInputs,
  context: RunnerContext,
  report: RunReport,
  cleanups: Cleanups,
  keyChecked: Promise<void>
): Promise<void> {
  const gate = resolveRelease(context.ref, inputs.releaseTags, inputs.imageVersion)
  const version = gate.kind === 'release' ? gate.version : validationVersion(context.sha)
  report.version = version
  const read = readReleaseTemplate(inputs, { region: undefined, regionFrom: 'environment' }, true)
  const [host] = await Promise.all([checkToolHost(inputs, context, core.warning), keyChecked])
  const tools = await report.phase('Install Packer and Ansible', () =>
    installTools(inputs, host, context, core.info)
  )
  report.tools = { packer: tools.packer.version, ansible: tools.ansible?.version }
  const pluginPath = makePluginFolder(context.temp)
  cleanups.push(() => fs.rmSync(pluginPath, { recursive: true, force: true }))
  const job = {
    context: {
      template: read.template,
      version,
      vars: inputs.vars,
      varFiles: inputs.varFiles,
      only: inputs.only,
      except: inputs.except,
      pluginPath,
      githubToken: inputs.githubToken
    },
    binary: tools.packer.executable,
    cwd: inputs.workingDirectory,
    packerVersion: tools.packer.version
  }
  await report.phase('Install plugins and validate the template', async () => {
    const plugins = await providePlugins(
      job,
      { ...inputs.packer, platform: host.platform, temp: context.temp },
      core.info
    )
    report.notes.push(describePlugins(plugins))
    await validateTemplate(job)
  })
  core.info(`${inputs.template} is valid`)
  writeFlags({ skipped: false, reused: false })
  writeToolOutputs(tools)
  core.setOutput('image-version', version)
  report.outcome = 'validated'
}
