import * as core from '@actions/core'
import { Input } from '../constants.js'
import { InputError, TemplateError } from '../errors.js'
import type { TemplateInputs } from '../inputs/types.js'
import { quoteGlob, selectBuilds } from '../packer/build-filter.js'
import { amiBuild, checkContract, type ContractResult } from '../packer/contract.js'
import {
  minimalTemplate,
  readTemplate,
  resolveBuildNames,
  TemplateReadError,
  type Template
} from '../packer/template.js'

export interface ReadTemplate {
  /** What could be read; only its path and format when the reader could not follow it. */
  template: Template
  contract: ContractResult
  /** Build names in template order: `ami-id` is the first build's. */
  buildOrder: string[]
  /**
   * The builds the release is made of: those `only` and `except` leave that make an AMI, in
   * template order; undefined when the template could not be read.
   */
  selected: string[] | undefined
}

/**
 * Reads the template and checks what a release needs of it, before anything is installed. A
 * legacy JSON file that is not JSON is refused; an HCL2 file this reader cannot follow is left to
 * `packer validate` (with a warning that the early checks were skipped), never refused here.
 */
export function readReleaseTemplate(
  inputs: TemplateInputs,
  region: {
    region: string | undefined
    regionFrom: 'input' | 'environment'
    versionTagKey?: string | undefined
  },
  releasing: boolean
): ReadTemplate {
  let read: Template
  try {
    read = readTemplate(inputs.template)
  } catch (error) {
    if (!(error instanceof TemplateReadError)) throw error
    if (/\.json$/.test(error.file) && !/\.pkr\.json$/.test(error.file))
      throw new TemplateError(error.message, error.file, error.line)
    core.warning(
      `${error.message}: the checks before the build are skipped; packer validate has the last word`
    )
    return {
      template: minimalTemplate(inputs.template),
      contract: { problems: [], warnings: [], buildRegions: {}, region: region.region },
      buildOrder: [],
      selected: undefined
    }
  }
  const { template, unresolved } = resolveBuildNames(read, new Map(inputs.vars))
  const contract = checkContract(
    template,
    {
      vars: inputs.vars,
      varFiles: inputs.varFiles,
      ...region,
      versionTagKey: region.versionTagKey
    },
    releasing
  )
  for (const warning of contract.warnings) core.warning(warning)
  const [problem, ...more] = contract.problems
  if (problem) {
    for (const p of more)
      core.error(p.message, {
        ...(p.file ? { file: p.file } : {}),
        ...(p.line ? { startLine: p.line } : {})
      })
    if (problem.input) throw new InputError(problem.input, problem.message)
    throw new TemplateError(problem.message, problem.file, problem.line)
  }
  const buildOrder = template.builds.map(b => b.name)
  if (unresolved.length > 0) {
    core.warning(
      `The names of some builds are known only to Packer (${unresolved.join(', ')}): 'only' and 'except' are not checked, and a release whose builds did not all finish is not completed by a re-run. Give them names of plain text, or of variables set in 'vars' or with a default`
    )
    return { template, contract, buildOrder, selected: undefined }
  }
  const selection = selectBuilds(buildOrder, inputs, template.format)
  if (selection.unmatched) {
    const { input, pattern, reason } = selection.unmatched
    throw new InputError(
      input,
      `'${pattern}': ${reason}. The builds of ${template.path} are: ${buildOrder.join(', ')}`
    )
  }
  if (selection.builds.length === 0)
    throw new InputError(
      Input.Except,
      `'only' and 'except' leave no build of ${template.path} to run (its builds: ${buildOrder.join(', ')})`
    )
  return { template, contract, buildOrder, selected: releaseBuilds(template, selection.builds) }
}

/** The builds a release is made of: of those selected, the ones that make an AMI. */
export function releaseBuilds(template: Template, selected: readonly string[]): string[] {
  return template.builds.filter(b => selected.includes(b.name) && amiBuild(b)).map(b => b.name)
}

/** `-only` for exactly these builds, in the syntax of the template's format. */
export function onlyThese(read: ReadTemplate, builds: readonly string[]): string[] {
  return builds.map(b => (read.template.format === 'hcl' ? quoteGlob(b) : b))
}
