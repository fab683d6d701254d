import * as core from '@actions/core'
import * as fs from 'node:fs'
import { State } from '../constants.js'
import type { RunnerContext } from '../context.js'
import { say } from '../exec/inert-log.js'
import type { TemplateInputs, ToolInputs } from '../inputs/types.js'
import { GALAXY_LIMITS, installGalaxyRequirements } from '../install/galaxy.js'
import { ansibleCommands } from '../install/ansible.js'
import { installTools, type ToolHost, type Tools } from '../install/index.js'
import {
  describePlugins,
  makePluginFolder,
  providePlugins,
  validateTemplate,
  type PackerJob,
  type ProvidedPlugin
} from '../packer/index.js'
import type { PackerRunContext } from '../packer/args.js'
import { writeVaultPasswordFile } from '../state/vault.js'
import type { Phase } from './phase.js'

/** What Packer runs with, and what the step must undo when it ends. */
export interface Prepared {
  tools: Tools
  job: PackerJob
  /** The plugins Packer runs with, and how each was verified. */
  plugins: ProvidedPlugin[]
  cleanup: () => void
}

/** The pinned tools, verified for this job and on PATH for the steps after this one. */
export async function install(
  inputs: ToolInputs,
  host: ToolHost,
  context: RunnerContext,
  phase: Phase
): Promise<Tools> {
  const title = inputs.ansible ? 'Install Packer and Ansible' : 'Install Packer'
  const tools = await phase(title, () => installTools(inputs, host, context, say))
  core.addPath(tools.packer.bin)
  if (tools.ansible) core.addPath(ansibleCommands(tools.ansible.bin, context.temp))
  return tools
}

/** The versions the run used, for the outputs and the summary. */
export function toolVersions({ tools, plugins }: Prepared) {
  return {
    packer: tools.packer.version,
    ansible: tools.ansible?.version,
    plugins: describePlugins(plugins)
  }
}

/**
 * The pinned tools, verified for this job, then what Packer needs to build this template: the
 * Galaxy roles and collections, the vault password file, the plugins, and (when not building)
 * `packer validate`.
 */
export async function prepareTools(
  inputs: ToolInputs & TemplateInputs & { ansibleVaultPassword?: string | undefined },
  host: ToolHost,
  context: RunnerContext,
  run: Pick<PackerRunContext, 'template' | 'version' | 'only' | 'except' | 'region'> & {
    building: boolean
  },
  phase: Phase
): Promise<Prepared> {
  const tools = await install(inputs, host, context, phase)
  const undo: (() => void)[] = []
  const cleanup = () => undo.forEach(u => u())
  try {
    const pinned = inputs.ansible
    const requirements = pinned?.requirements
    const ansible = tools.ansible
    // Keyed by the Ansible that installs them; roles and collections of every entry pinned
    // come from the tool cache on the next run.
    const cache = pinned && { ansible: pinned, arch: host.platform.nodeArch }
    const galaxyEnv =
      requirements && ansible && run.building
        ? await phase('Install Ansible roles and collections', () =>
            installGalaxyRequirements(
              ansible,
              requirements,
              context.temp,
              say,
              GALAXY_LIMITS,
              cache,
              inputs.workingDirectory
            )
          )
        : {}
    const vault = writeVaultPasswordFile(inputs.ansibleVaultPassword, context.temp)
    if (vault.file) {
      core.saveState(State.VaultPasswordFile, vault.file)
      const dir = vault.file.replace(/\/password$/, '')
      undo.push(() => fs.rmSync(dir, { recursive: true, force: true }))
    }
    const pluginPath = makePluginFolder(context.temp)
    undo.push(() => fs.rmSync(pluginPath, { recursive: true, force: true }))
    const job: PackerJob = {
      context: {
        template: run.template,
        version: run.version,
        only: run.only,
        except: run.except,
        vars: inputs.vars,
        varFiles: inputs.varFiles,
        pluginPath,
        githubToken: inputs.githubToken,
        region: run.region,
        extraEnv: { ...vault.env, ...galaxyEnv }
      },
      binary: tools.packer.executable,
      cwd: inputs.workingDirectory,
      packerVersion: tools.packer.version
    }
    // A build needs no `packer validate` of its own: `packer build` refuses a template it
    // cannot build before it starts anything (and the release then validates, to annotate).
    const title = run.building ? 'Install plugins' : 'Install plugins and validate the template'
    const plugins = await phase(title, async () => {
      const source = { ...inputs.packer, platform: host.platform, temp: context.temp }
      const provided = await providePlugins(job, source, say)
      if (!run.building) await validateTemplate(job)
      return provided
    })
    return { tools, job, plugins, cleanup }
  } catch (error) {
    cleanup()
    throw error
  }
}
