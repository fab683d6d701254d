import * as core from '@actions/core'
import type { Aws } from '../aws/clients.js'
import { writeRecord } from '../aws/records.js'
import { Input } from '../constants.js'
import { runReference, type RunnerContext } from '../context.js'
import { InputError, TemplateError } from '../errors.js'
import { ssmNameProblem } from '../inputs/parse.js'
import type { ReleaseInputs, TemplateInputs } from '../inputs/types.js'
import { quoteGlob, selectBuilds } from '../packer/build-filter.js'
import {
  amiBuild,
  checkContract,
  variableValues,
  type ContractInputs,
  type ContractResult
} from '../packer/contract.js'
import {
  minimalTemplate,
  readTemplate,
  resolveBuildNames,
  TemplateReadError,
  type Template
} from '../packer/template.js'
import type { Artifact } from '../release/artifact.js'
import type { RunMark } from '../release/facts.js'
import { deriveLineage, environmentOutsideLineage } from '../release/lineage.js'
import { tagSchema, type TagSchema } from '../release/tags.js'
import { resolveRelease } from '../release/version.js'
import type { Release, Stream } from '../stream/model.js'

export interface ReadTemplate {
  /** What could be read; only its path and format when the reader could not follow it. */
  template: Template
  contract: ContractResult
  /** Build names in template order: `ami-id` is the first build's. */
  buildOrder: string[]
  /** The builds the release is made of (selected, making an AMI), in template order; undefined when unknown. */
  selected: string[] | undefined
}

/** The image stream a run releases into, and the run. */
export interface StreamId {
  lineage: string
  schema: TagSchema
  /** The release's region: where each build's AMI records the build and its copies. */
  region: string
}

/** A whole release, and the stream as it was confirmed with it. */
export interface Released {
  release: Extract<Release, { whole: true }>
  stream: Stream
}

/** What a release is, decided before anything is installed or asked of AWS. */
export interface Plan {
  version: string
  /** The tag that triggered the run, if it was one (its GitHub Release gets the notes). */
  tag: string | undefined
  read: ReadTemplate
  stream: StreamId
  run: RunMark
}

/** Writes the completion record of one build of the plan's release (`release/tags.ts`). */
export function recordComplete(aws: Aws, plan: Plan, build: string, artifacts: Artifact[]) {
  const { stream } = plan
  const mark = { version: plan.version, lineage: stream.lineage, run: plan.run, build }
  return writeRecord(aws, stream.schema, mark, artifacts, stream.region)
}

/**
 * The release this run makes: the version from the tag (or `skip`), the template read and held
 * to the release contract, and the stream its images belong to. No download, process or AWS call.
 */
export function planRelease(
  inputs: TemplateInputs & ReleaseInputs,
  context: RunnerContext
): Plan | { skip: string } {
  const gate = resolveRelease(context.ref, inputs.releaseTags, inputs.imageVersion)
  if (gate.kind === 'not-a-release') {
    if (inputs.onUntagged === 'fail')
      throw new InputError(
        Input.OnUntagged,
        `is 'fail', and this run is not a release: ${gate.reason}. Push a tag matching '${inputs.releaseTags.text}' or set 'image-version'.`
      )
    return { skip: gate.reason }
  }
  const read = readReleaseTemplate(inputs, inputs)
  checkInputsAgainstTemplate(inputs, read)
  return {
    version: gate.version,
    tag: gate.tag,
    read,
    stream: streamId(inputs, context, read.contract.region ?? inputs.region),
    run: runReference(context)
  }
}

export function streamId(
  inputs: TemplateInputs & Pick<ReleaseInputs, 'lineage' | 'versionTagKey'>,
  context: RunnerContext,
  region: string
): StreamId {
  const lineage =
    inputs.lineage ??
    deriveLineage({ repository: context.repository, workspace: context.workspace, ...inputs })
  return { lineage, schema: tagSchema(inputs.versionTagKey), region }
}

/**
 * Reads the template and checks what a release needs of it, before anything is installed. A
 * legacy JSON file that is not JSON is refused; an HCL2 file this reader cannot follow is left to
 * `packer validate` (with a warning that the early checks were skipped), never refused here.
 */
export function readReleaseTemplate(
  inputs: TemplateInputs,
  /** Where the release looks, and the version tag key the template may not set; none in validate. */
  release?: Pick<ReleaseInputs, 'region' | 'regionFrom' | 'versionTagKey' | 'tags'>
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
      contract: { problems: [], warnings: [], buildRegions: {}, region: release?.region },
      buildOrder: [],
      selected: undefined
    }
  }
  const { template, unresolved, order: buildOrder, ...selection } = select(read, inputs)
  const contract = checkContract(template, contractInputs(inputs, release, selection.builds), true)
  for (const warning of contract.warnings) core.warning(warning)
  const [problem, ...more] = contract.problems
  if (problem) {
    const others = more.map(p => ({ message: p.message, file: p.file, line: p.line }))
    if (problem.input && others.length === 0) throw new InputError(problem.input, problem.message)
    throw new TemplateError(
      problem.input ? `Input '${problem.input}': ${problem.message}` : problem.message,
      problem.file,
      problem.line,
      undefined,
      others
    )
  }
  if (unresolved.length > 0) {
    core.warning(
      `The names of some builds are known only to Packer (${unresolved.join(', ')}): 'only' and 'except' are not checked, and a release whose builds did not all finish is not completed by a re-run. Give them names of plain text, or of variables set in 'vars' or with a default`
    )
    return { template, contract, buildOrder, selected: undefined }
  }
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
  return { template, contract, buildOrder, selected: selection.release }
}

/** What the contract is checked with: what a release's inputs say of its tags and region; none in validate. */
function contractInputs(
  inputs: TemplateInputs,
  release: Pick<ReleaseInputs, 'region' | 'regionFrom' | 'versionTagKey' | 'tags'> | undefined,
  selected: string[]
): ContractInputs {
  const { vars, varFiles } = inputs
  const none = { versionTagKey: undefined, region: undefined, regionFrom: 'environment' as const }
  if (!release) return { vars, varFiles, selected, ...none }
  const { region, regionFrom, versionTagKey, tags } = release
  const environment = pkrVarEnvironment()
  const tagKeys = tags.map(t => t.Key)
  return { vars, varFiles, selected, versionTagKey, region, regionFrom, tagKeys, environment }
}

/** What the step's environment sets as `PKR_VAR_<name>`: name → value. */
const pkrVarEnvironment = () =>
  new Map(
    Object.entries(process.env)
      .filter(([key]) => key.startsWith('PKR_VAR_'))
      .map(([key, value]) => [key.slice('PKR_VAR_'.length), value ?? ''])
  )

/** The builds in order, those selected, and of those the ones making an AMI (the release's). */
function select(read: Template, inputs: TemplateInputs) {
  // Named as Packer names them: with the values of vars, the variable files and PKR_VAR_.
  const values = variableValues(read, { ...inputs, environment: pkrVarEnvironment() })
  const resolved = resolveBuildNames(read, values)
  const { template } = resolved
  // A build's sources given by an expression (hashicorp/packer@v1.16.0:hcl2template/types.build.go:101
  // evaluates them with the variables and locals): its builds are Packer's to name.
  const unresolved = [...resolved.unresolved, ...(read.unlistedSources ?? [])]
  const order = template.builds.map(b => b.name)
  const { builds, unmatched } = selectBuilds(
    order,
    inputs,
    template.format,
    template.postProcessors
  )
  const ami = template.builds.filter(b => builds.includes(b.name) && amiBuild(b))
  return { template, unresolved, order, builds, unmatched, release: ami.map(b => b.name) }
}

/** `-only` for exactly these builds, in the syntax of the template's format. */
export function onlyThese(read: ReadTemplate, builds: readonly string[]): string[] {
  return builds.map(b => (read.template.format === 'hcl' ? quoteGlob(b) : b))
}

/**
 * What a job that may not have the template checked out (lookup) reads of it: the builds in
 * order, those the release is made of (undefined when unknown), and the release's region as a
 * release with these inputs takes it (`readReleaseTemplate`): 'aws-region', or, when that only
 * came from the environment, the one region the template builds in. A template that is not
 * there, or not read, leaves the builds unknown and the region 'aws-region'. Says nothing.
 */
export function lookupView(
  inputs: TemplateInputs & Pick<ReleaseInputs, 'region' | 'regionFrom' | 'versionTagKey' | 'tags'>
): { order: string[]; selected: string[] | undefined; region: string } {
  try {
    // A template that is not there fails to read (readTemplate stats it): unknown too.
    const { template, order, unresolved, unmatched, builds, release } = select(
      readTemplate(inputs.template),
      inputs
    )
    // A job that did not check the template out reads a folder with no builds: the release's
    // own record says which builds make it whole.
    const unknown = order.length === 0 || unresolved.length > 0 || unmatched !== undefined
    const { region } = checkContract(template, contractInputs(inputs, inputs, builds), true)
    return { order, selected: unknown ? undefined : release, region: region ?? inputs.region }
  } catch {
    return { order: [], selected: undefined, region: inputs.region }
  }
}

/** A parameter name SSM would refuse for one of `builds` (`{build}`): refused, naming the input. */
export function checkParameterNames(
  parameter: string | undefined,
  builds: readonly string[]
): void {
  if (!parameter?.includes('{build}')) return
  for (const build of builds) {
    const name = parameter.replace(/\{build\}/g, build)
    const problem = ssmNameProblem(name)
    if (problem)
      throw new InputError(
        Input.SsmParameter,
        `'${parameter}' names '${name}' for build ${build}, which SSM refuses: it ${problem}`
      )
  }
}

/** What the inputs may not ask of this template: found before anything is installed. */
function checkInputsAgainstTemplate(
  inputs: TemplateInputs & ReleaseInputs,
  read: ReadTemplate
): void {
  checkParameterNames(inputs.ssmParameter, read.selected ?? [])
  if (inputs.lineage !== undefined || read.template.format !== 'hcl') return
  const unseen = environmentOutsideLineage(read.template.variables, process.env, inputs.vars)
  if (unseen.length > 0)
    throw new InputError(
      Input.Vars,
      `the environment sets ${unseen.map(n => `PKR_VAR_${n}`).join(', ')}, which can change the image but not the derived lineage: jobs that differ only there would share one image stream, and one would reuse the other's image. Pass ${unseen.length === 1 ? 'it' : 'them'} in 'vars' (${unseen.map(n => `${n}=...`).join(', ')}), or set 'lineage'`
    )
}
