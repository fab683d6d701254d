import * as fs from 'node:fs'
import * as path from 'node:path'
import { Input } from '../constants.js'
import { isReservedTagKey, RESERVED_TAG_COUNT, TAGS_PER_RESOURCE } from '../release/tags.js'
import {
  NAME,
  attempt,
  attribute,
  callArguments,
  objectKeys,
  onlyReferences,
  soleInterpolation,
  parseHcl,
  stringList,
  stringLiteral,
  type HclAttribute,
  type HclBlock,
  type HclBody
} from './hcl.js'
import {
  asObjects,
  fileBlocks,
  isObject,
  jsonBody,
  knownString,
  legacyPostProcessors,
  mentionsVariable,
  parseJson,
  readsEnvironment,
  reference,
  sourceKey,
  stringValue,
  templateFiles,
  SOURCE_SCHEMA,
  TAG_BLOCKS,
  type Template,
  type TemplateBuild
} from './template.js'

/**
 * What a template must do for a release, checked before anything is installed or built, with
 * the fix in the message: declare `image_version` and use it in every AMI name (else the next
 * tag collides with this one's name), declare every variable `vars` sets (Packer ignores an
 * undeclared PKR_VAR_), leave `image_version` and the version tag to the action, and build in
 * the region the action looks in.
 */
export interface ContractProblem {
  message: string
  /** The input the fix belongs to, when it is one. */
  input?: string | undefined
  /** Where in the template, when it is there. */
  file?: string | undefined
  line?: number | undefined
}

export interface ContractResult {
  problems: ContractProblem[]
  warnings: string[]
  /** Each build's region when the template states it, else the action's region. */
  buildRegions: Record<string, string>
  /** The region to use: `region`, or the template's when `region` only came from the environment. */
  region: string | undefined
}

export interface ContractInputs {
  vars: readonly (readonly [string, string])[]
  varFiles: readonly string[]
  /** The region the action looks in; undefined where none is needed (mode: validate). */
  region: string | undefined
  regionFrom: 'input' | 'environment'
  /**
   * `version-tag-key`: the tag the action writes last, once the whole release is tagged; the
   * template may set neither it nor any key under `<key>:`. Undefined where nothing is tagged
   * (mode: validate), and then not checked.
   */
  versionTagKey: string | undefined
  /** The keys of the `tags` input, which the action writes beside the template's tags. */
  tagKeys?: readonly string[] | undefined
  /** What the step's environment sets (`PKR_VAR_<name>`, name → value), below `vars` and the files. */
  environment?: ReadonlyMap<string, string> | undefined
  /** The builds the release selects (`only`, `except`); all of them when undefined. */
  selected?: readonly string[] | undefined
}

/** Builders that produce an AMI and take `ami_name`. */
const AMI_BUILDERS = /^amazon-(ebs|ebssurrogate|instance|chroot)$/

/** How each format declares image_version and uses it in an AMI name. */
const HINTS = {
  'legacy-json': {
    declare:
      '"variables": { "image_version": "" }  and  "ami_name": "app-{{user `image_version`}}"',
    amiName: '"app-{{user `image_version`}}"'
  },
  hcl: {
    declare:
      'variable "image_version" {\n  type = string\n}\n...and in the source: ami_name = "app-${var.image_version}"',
    amiName: '"app-${var.image_version}"'
  }
}

/**
 * Why Packer refuses a variable file before reading a value of it, if it does. HCL2 reads one by
 * its extension, `.hcl` or `.json`, and refuses any other
 * (hashicorp/packer@v1.16.0:hcl2template/parser.go:223-235); legacy JSON decodes every one as a
 * JSON object of strings, whatever its name (command/meta.go:38-45,
 * command/flag-kv/flag_json.go:14-33), the first value of the file only.
 */
function varFileProblem(format: Template['format'], file: string, text: string) {
  if (format === 'hcl')
    return ['.hcl', '.json'].includes(path.extname(file))
      ? undefined
      : `${file}: a variable file of an HCL2 template must end in .hcl or .json (e.g. prod.pkrvars.hcl), which tells Packer how to read it`
  const legacy = (why: string) =>
    `${file} ${why}: a legacy JSON template's variable files are read as a JSON object of strings (e.g. {"region": "us-east-1"}), whatever their name`
  if (!/^\s*(\{|null)/.test(text)) return legacy('is not a JSON object')
  const json = attempt(() => JSON.parse(text) as unknown, undefined)
  const odd = isObject(json)
    ? Object.entries(json).find(([, v]) => typeof v !== 'string' && v !== null)
    : undefined
  return odd && legacy(`sets ${odd[0]} to ${JSON.stringify(odd[1])}, not a string`)
}

/**
 * What a variable file sets: name → value when the value is a plain string (the only kind the
 * region check can use), undefined when it is anything else.
 */
function variablesSetIn(file: string, text: string, format: Template['format']) {
  if (format === 'legacy-json' || file.endsWith('.json')) {
    const json = attempt(() => JSON.parse(text) as object | null, null) ?? {}
    return new Map(Object.entries(json).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]))
  }
  // What does not parse still names what it sets: Packer says what is wrong with it.
  const names = text.matchAll(new RegExp(String.raw`^\s*(${NAME})\s*=`, 'gmu'))
  return attempt(
    () => new Map(parseHcl(text).attributes.map(a => [a.name, stringLiteral(a.expression)])),
    new Map([...names].map(m => [m[1] as string, undefined]))
  )
}

/** `*.auto.pkrvars.hcl`/`.json` of a folder template, which Packer loads on its own (not for a single file). */
function autoVarFiles(template: Template): string[] {
  if (template.format !== 'hcl' || !fs.statSync(template.path).isDirectory()) return []
  return templateFiles(template.path, '.auto.pkrvars')
}

/** A boolean setting set to true: `true`, or `"true"`, which Packer converts to it. */
const isSet = ({ settings }: TemplateBuild, name: string) =>
  ['true', '"true"'].includes(settings.get(name)?.trim() ?? '')

/** A setting written and not set to false: `var.x` may be true, so it counts. */
const notFalse = ({ settings }: TemplateBuild, name: string) =>
  ![undefined, 'false', '"false"'].includes(settings.get(name)?.trim())

/** A build that makes an AMI: its builder does, and it does not skip it. */
export function amiBuild(build: TemplateBuild): boolean {
  return AMI_BUILDERS.test(build.type) && !isSet(build, 'skip_create_ami')
}

/** The regions a build copies its AMI to (`ami_regions`); undefined when the reader cannot list them. */
const copyRegions = (build: TemplateBuild) => stringList(build.settings.get('ami_regions') ?? '[]')

const amazon = (type: string | undefined): boolean => type?.startsWith('amazon-') === true

/** What the checks found, in the order they ran. */
type Found = Pick<ContractResult, 'problems' | 'warnings'>

/**
 * Packer reads `-var image_version=<version>` as the variable's type: a number, declared or taken
 * from a number or null default, turns 1.10 into 1.1 and 1e3 into 1000, and the AMI is named
 * after another version than it carries (hashicorp/packer@v1.16.0:
 * hcl2template/types.variables.go expressionFromVariableDefinition, then convert). A string, or
 * no type and a string or no default, keeps it as it is.
 */
function versionTypeProblems(template: Template, releasing: boolean): ContractProblem[] {
  const variable = template.variables.get('image_version')
  if (!releasing || template.format !== 'hcl' || variable === undefined) return []
  const type = variable.type?.trim()
  const byDefault = variable.default?.trim()
  const text = byDefault === undefined || byDefault.startsWith('"') || byDefault.startsWith('<<')
  if (type === undefined ? text : type === 'string') return []
  return [
    {
      message: `image_version is not declared a string, so Packer reads the version as a number (1.10 becomes 1.1, 1e3 becomes 1000) and names the AMI after another version. Declare it:\nvariable "image_version" {\n  type = string\n}`,
      file: variable.file,
      line: variable.line
    }
  ]
}

export function checkContract(
  whole: Template,
  inputs: ContractInputs,
  releasing: boolean
): ContractResult {
  // Only the builds Packer runs (`only`, `except`) are checked: it never starts the others.
  const { selected } = inputs
  const builds = whole.builds.filter(b => selected === undefined || selected.includes(b.name))
  const template = { ...whole, builds }
  const found: Found = { problems: [], warnings: [] }
  const { problems } = found
  const { declare, amiName: like } = HINTS[template.format]
  // A template that makes no AMI (or that the reader could not follow) has no AMI name to check.
  const amiBuilds = releasing ? template.builds.filter(amiBuild) : []
  if (amiBuilds.length > 0 && !template.variables.has('image_version'))
    problems.push({
      message: `${path.basename(template.path)} declares no image_version variable, so every release would build the same AMI name and the next tag would collide with this one. Add:\n${declare}`,
      file: template.files[0] ?? template.path
    })
  else {
    problems.push(...versionTypeProblems(template, amiBuilds.length > 0))
    for (const { name, settings, file, line } of amiBuilds) {
      const amiName = settings.get('ami_name')
      if (amiName !== undefined && !mentionsVariable(template, amiName, 'image_version'))
        problems.push({
          message: `the ami_name of build ${name} (${amiName}) does not use image_version, so the next tag would collide with this one's AMI name. Write it like: ${like}`,
          file,
          line
        })
    }
  }

  // A release is the AMI in the region it is built in, with its copies: one kept only in its
  // copies is never found whole (stream/model.ts keys a release by that AMI).
  for (const build of amiBuilds.filter(b => isSet(b, 'skip_save_build_region')))
    problems.push({
      message: `build ${build.name} sets skip_save_build_region: its AMI would be kept only in its copies (ami_regions), and a release is its AMI in the region it is built in, with the copies, so it could never be released. Remove it; to keep no image in the region it builds in, build in one of the regions it copies to`,
      file: build.file,
      line: build.line
    })

  // Packer deregisters whatever AMI holds the name (and with force_delete_snapshot deletes its
  // snapshots), proven to be nothing: another lineage's release, a hand-made image.
  for (const build of releasing ? template.builds.filter(b => amazon(b.type)) : [])
    for (const setting of ['force_deregister', 'force_delete_snapshot'])
      if (notFalse(build, setting))
        problems.push({
          message: `build ${build.name} sets ${setting}: Packer would deregister whatever AMI holds the name, which the action cannot prove is this release's. Remove it: a release's image is reused, or with on-existing: rebuild built anew under a name that differs per build and the older one retired once proven`,
          file: build.file,
          line: build.line
        })

  for (const [name] of inputs.vars)
    if (!template.variables.has(name))
      problems.push({
        input: Input.Vars,
        message: `'${name}' is not a variable of ${path.basename(template.path)}, and Packer would ignore it; it declares: ${[...template.variables.keys()].sort().join(', ') || '(none)'}`
      })
  const values = checkVarFiles(template, inputs, found)
  const regions = checkRegions(template, inputs, values, found)
  problems.push(
    ...sameNameProblems(amiBuilds),
    ...nameClashProblems(template, amiBuilds, values, inputs.region)
  )
  if (releasing && inputs.versionTagKey !== undefined)
    problems.push(
      ...versionTagProblems(template, inputs.versionTagKey, values),
      ...tagRoomProblems(template, inputs, inputs.versionTagKey, values)
    )
  return { ...found, ...regions }
}

/**
 * What the variable files set (the folder's `*.auto.pkrvars.*`, then `var-files`): image_version
 * is refused, a name `vars` sets too is warned about, and the values the region check can use
 * come out in Packer's order. HCL2: PKR_VAR_ (vars) < variable files, in order; legacy JSON: the
 * files < -var (vars). A name set to anything but a plain string has no value here (undefined):
 * it is Packer's to know.
 */
function checkVarFiles(
  template: Template,
  inputs: Pick<ContractInputs, 'vars' | 'varFiles' | 'environment'>,
  { problems, warnings }: Found
): Map<string, string | undefined> {
  const vars = new Map(inputs.vars)
  const fileValues = new Map<string, string | undefined>()
  for (const file of [...autoVarFiles(template), ...inputs.varFiles]) {
    // A file not there (a lookup's template not checked out) sets nothing the reader can see.
    const text = attempt(() => fs.readFileSync(file, 'utf8'), undefined)
    if (text === undefined) continue
    const problem = varFileProblem(template.format, file, text)
    if (problem) {
      problems.push({ input: Input.VarFiles, message: problem, file })
      continue
    }
    const set = variablesSetIn(file, text, template.format)
    for (const [name, value] of set) fileValues.set(name, value)
    if (set.has('image_version'))
      problems.push({
        input: inputs.varFiles.includes(file) ? Input.VarFiles : undefined,
        message: `${file} sets image_version, which is the action's to set: it passes the tag's version (or 'image-version') as -var image_version, which overrides the file, so the file's value is never used; remove it`,
        file
      })
    for (const name of [...set.keys()].filter(n => vars.has(n)))
      warnings.push(
        template.format === 'legacy-json'
          ? // Legacy JSON: -var over -var-file (hashicorp/packer@v1.16.0:command/meta.go:40-57).
            `Input 'vars' sets ${name}, and so does ${file}; 'vars' wins (Packer: -var-file < -var). Set it in one place.`
          : `Input 'vars' sets ${name}, and so does ${file}; the file wins (Packer: PKR_VAR_ < variable files < -var). Set it in one place.`
      )
  }
  return template.format === 'legacy-json'
    ? new Map([...fileValues, ...vars])
    : new Map([...(inputs.environment ?? []), ...vars, ...fileValues])
}

/**
 * The values Packer gives the variables, as far as the reader sees them (`checkVarFiles`'s, its
 * findings aside): what a build's name or region is made of.
 */
export const variableValues = (
  template: Template,
  inputs: Pick<ContractInputs, 'vars' | 'varFiles' | 'environment'>
) => checkVarFiles(template, inputs, { problems: [], warnings: [] })

/**
 * Two AMI builds of one name: Packer keeps a run's artifacts by build name, the last to finish
 * (hashicorp/packer@v1.16.0:command/build.go:233-235, 250, 339), so the other's AMI would be made
 * and never reported. A name only Packer knows (`nameExpression`) is not compared.
 */
function sameNameProblems(amiBuilds: TemplateBuild[]): ContractProblem[] {
  const first = new Map<string, TemplateBuild>()
  return amiBuilds
    .filter(build => build.nameExpression === undefined)
    .flatMap(build => {
      const other = first.get(build.name)
      if (!other) return (first.set(build.name, build), [])
      const message = `${where(other.file, other.line)} and ${where(build.file, build.line)} are both the build ${build.name}: Packer reports the artifacts of one build of a name only, so the AMI of the other would be made and never tagged, released or cleaned up. Give each its own name (name = "..." in the build's source block, or a name on its build block)`
      return [{ file: build.file, line: build.line, message }]
    })
}

/**
 * Two AMI builds of a run whose ami_name is the same text of literals and variables (HCL2:
 * `var.x`, `local.y`; legacy JSON: `{{user `x`}}`), in the same region: EC2 takes an AMI name
 * once per region, so Packer fails one of them (InvalidAMIName.Duplicate) on every run, and the
 * version is never released. A name with anything else (a function, `{{build_name}}`) is
 * Packer's to know.
 */
function nameClashProblems(
  template: Template,
  amiBuilds: TemplateBuild[],
  values: ReadonlyMap<string, string | undefined>,
  region: string | undefined
): ContractProblem[] {
  const fixed = (name: string) =>
    template.format === 'hcl'
      ? onlyReferences(name)
      : [...name.matchAll(/\{\{([\s\S]*?)\}\}/g)].every(a =>
          /^\s*user\s+(`[^`]*`|"[^"]*")\s*$/.test(a[1] ?? '')
        )
  const first = new Map<string, TemplateBuild>()
  const problems: ContractProblem[] = []
  for (const build of amiBuilds) {
    const name = build.settings.get('ami_name')?.trim()
    // With skip_save_build_region the AMI in the build region takes a random name, and only
    // its copies the ami_name (hashicorp/packer-plugin-amazon@v1.8.2:builder/ebs/step_create_ami.go:51-63).
    if (name === undefined || !fixed(name) || notFalse(build, 'skip_save_build_region')) continue
    // A region not stated (or empty) is the environment's, the action's too; one the reader
    // cannot evaluate is the same where it is written alike.
    const stated = build.settings.get('region')
    const known = stated === undefined ? '' : knownString(template, stated, values)
    const made = known === undefined ? `?${stated ?? ''}` : known || (region ?? '')
    // Its copies take the name too, in each region of ami_regions the reader can list.
    const copies = copyRegions(build) ?? []
    const key = (r: string) => JSON.stringify([name, r])
    const where = [made, ...copies].find(r => first.has(key(r)))
    const other = where === undefined ? undefined : first.get(key(where))
    for (const r of [made, ...copies]) if (!first.has(key(r))) first.set(key(r), build)
    if (where === undefined || other === undefined) continue
    const hint =
      template.format === 'hcl'
        ? `in the build's source block, e.g. "${build.name.split('.').pop() ?? ''}-\${var.image_version}"`
        : 'e.g. "{{build_name}}-{{user `image_version`}}"'
    problems.push({
      file: build.file,
      line: build.line,
      message: `builds ${other.name} and ${build.name} both name their AMI ${name} in ${where.startsWith('?') ? `the region ${stated ?? ''}` : where || 'the same region'}, and EC2 takes a name once per region: Packer would fail one of them on every run, and the version would never be released. Give each build its own ami_name (${hint})`
    })
  }
  return problems
}

// --- Regions -----------------------------------------------------------------------------------

/** Where a problem is, for a message that goes out without the annotation's file and line. */
function where(file: string, line: number | undefined): string {
  return `${path.basename(file)}${line === undefined ? '' : `:${line}`}`
}

/**
 * Each amazon build's region, compared with the region the action looks in. A region the reader
 * cannot evaluate (a local, a function, a variable with no value it can see) would be built
 * where Packer evaluates it while the action looked in `aws-region`: a re-run would then take
 * the release for another account's image, and the post step would find nothing to clean up
 * next to a build instance left running. Only the workflow can say where that is, by the input.
 */
function checkRegions(
  template: Template,
  inputs: ContractInputs,
  values: ReadonlyMap<string, string | undefined>,
  { problems, warnings }: Found
): Pick<ContractResult, 'buildRegions' | 'region'> {
  const buildRegions: Record<string, string> = {}
  const unknown: { build: TemplateBuild; expression: string; line: number | undefined }[] = []
  for (const build of template.builds.filter(b => amazon(b.type))) {
    const expression = build.settings.get('region')
    // No region leaves it to the AWS environment, where the action's default comes from too;
    // and the action gives Packer its region as AWS_REGION (packer/args.ts), which a variable
    // reading env("AWS_REGION") takes.
    if (expression === undefined || readsEnvironment(template, expression, values, 'AWS_REGION'))
      continue
    const region = knownString(template, expression, values)
    // An empty region leaves it to the AWS environment, as no region does.
    if (region) buildRegions[build.name] = region
    else if (region === undefined)
      unknown.push({ build, expression, line: build.regionLine ?? build.line })
  }
  const stated = new Set(Object.values(buildRegions))
  // Where the AMIs land: the regions the builds state, and those they copy to.
  const copied = template.builds
    .filter(b => amiBuild(b) && buildRegions[b.name] !== undefined)
    .flatMap(b => copyRegions(b) ?? [])
  const landed = new Set([...stated, ...copied])
  let region = inputs.region
  if (region === undefined) return { buildRegions, region }
  for (const { build, expression, line } of unknown) {
    const at = where(build.file, line)
    if (inputs.regionFrom === 'input')
      warnings.push(
        `${at}: build ${build.name} takes its region from ${expression}, which the action cannot evaluate: it follows 'aws-region' (${region}). The template's region must say the same, or lookups, outputs and the cleanup look in the wrong region.`
      )
    else
      problems.push({
        input: Input.AwsRegion,
        file: build.file,
        line,
        message: `${at}: build ${build.name} takes its region from ${expression}, which the action cannot evaluate before the build, so it would look for images and clean up in ${region} (from the environment) wherever Packer builds. Set 'aws-region' to the region that expression gives`
      })
  }
  if (stated.size > 0 && !stated.has(region)) {
    const listed = [...stated].sort().join(', ')
    if (inputs.regionFrom === 'environment' && stated.size === 1 && unknown.length === 0) {
      region = listed
      warnings.push(
        `The template builds in ${region}, not in ${inputs.region} (from AWS_REGION): the action follows the template. Set 'aws-region' to say which region to use.`
      )
    } else if (!landed.has(region))
      problems.push({
        input: Input.AwsRegion,
        message: `'${inputs.region}' is not where the template builds (${listed}); set it to ${stated.size === 1 ? listed : 'one of them'}, so that lookups, outputs and the cleanup look where the images are`
      })
  }
  if (stated.size === 0 || landed.has(region))
    problems.push(...madeElsewhere(template, buildRegions, region))
  for (const build of template.builds) buildRegions[build.name] ??= region
  return { buildRegions, region }
}

/**
 * AMI builds made in a region of their own and copied nowhere in the release's: a release is
 * each build's AMI in that region, with its copies (stream/model.ts `releaseSets`), so theirs
 * would be built and never released. `ami_regions` the reader cannot list is Packer's to know.
 */
function madeElsewhere(
  template: Template,
  buildRegions: Record<string, string>,
  region: string
): ContractProblem[] {
  return template.builds.filter(amiBuild).flatMap(build => {
    const own = buildRegions[build.name]
    const copies = copyRegions(build)
    if (own === undefined || own === region || copies?.includes(region) !== false) return []
    const line = build.regionLine ?? build.line
    const message = `${where(build.file, line)}: build ${build.name} makes its AMI in ${own} and copies it nowhere in ${region}, and a release is each build's AMI in 'aws-region' with its copies: it would be built and never released. Add "${region}" to its ami_regions, or build it in ${region}`
    return [{ input: Input.AwsRegion, file: build.file, line, message }]
  })
}

// --- The version tag ---------------------------------------------------------------------------

/**
 * Every setting through which the amazon builders and post-processor tag what they make, read in
 * hashicorp/packer-plugin-amazon@v1.8.2 (amazon-ebs, -ebssurrogate, -ebsvolume and the
 * post-processor use `common/`, amazon-chroot and -instance `builder/common/`):
 * - maps: `tags` (common/ami_config.go:126, builder/common/ami_config.go:114), `snapshot_tags`
 *   (common/snapshot_config.go:16, builder/common/snapshot_config.go:16), `run_tags`
 *   (common/run_config.go:322, builder/common/run_config.go:325; the AMI inherits them unless
 *   `skip_ami_run_tags`), `spot_tags` (common/run_config.go:443, builder/common/run_config.go:446),
 *   `fleet_tags` (common/run_config.go:238, builder/common/run_config.go:241), `run_volume_tags`
 *   (builder/ebs/builder.go:67, builder/ebssurrogate/builder.go:72, builder/ebsvolume/builder.go:72),
 *   `root_volume_tags` (builder/chroot/builder.go:171), and in amazon-ebsvolume's `ebs_volumes`
 *   blocks `tags` (builder/ebsvolume/block_device.go:20) and `snapshot_tags` (its squashed
 *   SnapshotConfig, :33);
 * - the same as repeatable blocks of one tag each: `tag` (common/ami_config.go:131,
 *   builder/common/ami_config.go:119), `snapshot_tag` (common/snapshot_config.go:21), `run_tag`
 *   (common/run_config.go:327), `spot_tag` (:448), `fleet_tag` (:243), `run_volume_tag`
 *   (builder/ebs/builder.go:72, builder/ebssurrogate/builder.go:77, builder/ebsvolume/builder.go:78),
 *   `root_volume_tag` (builder/chroot/builder.go:176), and `tag`/`snapshot_tag` in `ebs_volumes`
 *   (builder/ebsvolume/block_device.go:25);
 * - the amazon-import post-processor's `tags` (post-processor/import/post-processor.go:46), its
 *   only one.
 * `tags` inside `assume_role` are session tags (common/access_config.go:83), not a resource's: that
 * block is not entered.
 */
const TAG_MAPS = new Set([...TAG_BLOCKS].map(block => `${block}s`))
const TAGGING_POST_PROCESSOR = 'amazon-import'

/** A builder source or post-processor that can tag, with its settings as an HCL body. */
interface Tagger {
  what: string
  file: string
  body: HclBody
  postProcessor: boolean
}

function tagger(file: string, what: string, body: HclBody, postProcessor = false): Tagger {
  return { what, file, body, postProcessor }
}

/** The amazon sources (and a build's inline overrides of them) and amazon-import post-processors. */
function hclTaggers(file: string, blocks: HclBlock[]): Tagger[] {
  const found: Tagger[] = []
  for (const block of blocks) {
    if (block.type === 'source' && amazon(block.labels[0]))
      found.push(tagger(file, `source ${block.labels.join('.')}`, block.body))
    for (const inner of block.type === 'build' ? block.body.blocks : []) {
      if (inner.type === 'source' && amazon(sourceKey(inner.labels[0] ?? '')?.split('.')[1]))
        found.push(tagger(file, `the build's ${inner.labels[0] ?? ''}`, inner.body))
      for (const pp of inner.type === 'post-processors' ? inner.body.blocks : [inner])
        if (pp.type === 'post-processor' && pp.labels[0] === TAGGING_POST_PROCESSOR)
          found.push(tagger(file, `post-processor ${TAGGING_POST_PROCESSOR}`, pp.body, true))
    }
  }
  return found
}

/** Legacy JSON's amazon builders and amazon-import post-processors. */
function legacyTaggers(file: string, json: Record<string, unknown>): Tagger[] {
  const named = (b: Record<string, unknown>) =>
    typeof b['name'] === 'string' ? b['name'] : b['type']
  return [
    ...asObjects(json['builders'])
      .filter(b => typeof b['type'] === 'string' && amazon(b['type']))
      .map(b => tagger(file, `builder ${String(named(b))}`, jsonBody(b, SOURCE_SCHEMA))),
    ...asObjects(legacyPostProcessors(json))
      .filter(pp => pp['type'] === TAGGING_POST_PROCESSOR)
      .map(pp => tagger(file, `post-processor ${TAGGING_POST_PROCESSOR}`, jsonBody(pp, {}), true))
  ]
}

/**
 * The taggers of each file; a file that does not parse has none (the template reader refused it
 * already, or packer validate will).
 */
function taggers(template: Template): Tagger[] {
  if (template.format === 'hcl')
    return template.files.flatMap(file =>
      hclTaggers(
        file,
        attempt(() => fileBlocks(file), [])
      )
    )
  const file = template.files[0] ?? template.path
  return attempt(() => legacyTaggers(file, parseJson(file)), [])
}

type Keys = { key: string; line: number | undefined }[]
type LineOf = (at: number, key: string) => number | undefined

/**
 * Evaluates tag keys as far as the reader can: undefined where only Packer knows them. `values`
 * holds the variables set, each undefined when set to anything but a plain string.
 */
function tagKeys(template: Template, values: ReadonlyMap<string, string | undefined>) {
  const legacy = template.format === 'legacy-json'
  const texts = new Map<string, string[]>()
  /** A string expression's value (legacy JSON: the JSON string, which may hold `{{user}}`). */
  const value = (expression: string): string | undefined => {
    const text = legacy ? stringValue(expression) : expression
    return text === undefined ? undefined : knownString(template, text, values)
  }
  /** An object key: a bare name is the key itself (HCL's object constructor), `(expr)` is evaluated. */
  const key = (expression: string): string | undefined =>
    new RegExp(`^${NAME}$`, 'u').test(expression)
      ? expression
      : value(/^\(([\s\S]*)\)$/.exec(expression)?.[1] ?? expression)
  /** `var.tags` or `local.tags` whose value the reader sees: that text, to read the keys from. */
  const resolve = (expression: string, depth = 0): string | undefined => {
    const ref = reference(expression)
    if (!ref || depth > 3) return expression
    // A variable set to anything but a string (a var file's map) is Packer's to know: its
    // default is not what Packer uses.
    const variable = () =>
      values.has(ref.name) ? values.get(ref.name) : template.variables.get(ref.name)?.default
    const text = ref.kind === 'local' ? template.locals.get(ref.name) : variable()
    return text === undefined ? undefined : resolve(text, depth + 1)
  }
  /** JSON keeps no positions: the first line where the key is written points at it. */
  const lineOf = (file: string, key: string): number | undefined => {
    if (!texts.has(file)) texts.set(file, fs.readFileSync(file, 'utf8').split('\n'))
    const index = (texts.get(file) ?? []).findIndex(l => l.includes(JSON.stringify(key)))
    return index < 0 ? undefined : index + 1
  }
  /**
   * The keys of a map expression: an object constructor, in place or in a variable or local
   * (`resolve`), each argument of `merge()`, or a template that is one interpolation of those.
   * `lineAt` places an offset of the expression as written (a resolved one has no place of its
   * own).
   */
  const mapKeys = (expression: string, lineAt: LineOf, depth = 0): Keys => {
    const text = resolve(expression)
    // Each step reads a shorter text, but a variable may hold a merge() of itself.
    if (text === undefined || depth > 16) return []
    const within =
      (offset: number): LineOf =>
      (at, found) =>
        text === expression ? lineAt(offset + at, found) : lineAt(0, found)
    const inner = soleInterpolation(text)
    if (inner) return mapKeys(inner.text, within(inner.at), depth + 1)
    const args = callArguments(text, 'merge')
    if (args) return args.flatMap(a => mapKeys(a.text, within(a.at), depth + 1))
    return (objectKeys(text) ?? []).flatMap(k => {
      const found = key(k.key)
      return found === undefined ? [] : [{ key: found, line: within(0)(k.at, found) }]
    })
  }
  /** The keys a map setting sets, with the line of each where it is written in place. */
  const ofMap = (attr: HclAttribute, file: string): Keys => {
    const lineAt = (at: number) => attr.line + attr.expression.slice(0, at).split('\n').length - 1
    // Native HCL2 only: JSON, legacy or HCL2's, keeps no lines.
    if (attr.line > 0) return mapKeys(attr.expression, lineAt)
    // JSON: an object, or (HCL2 JSON syntax) a string holding an expression.
    const json = attempt(() => JSON.parse(attr.expression) as unknown, undefined)
    if (typeof json === 'string' && !legacy)
      return mapKeys(`"${json}"`, (_, k) => lineOf(file, k) ?? lineOf(file, attr.name))
    return (isObject(json) ? Object.keys(json) : []).flatMap(raw => {
      const found = key(JSON.stringify(raw))
      return found === undefined ? [] : [{ key: found, line: lineOf(file, raw) }]
    })
  }
  return { value, lineOf, ofMap }
}

/** Builders whose AMI has EBS snapshots, which carry its tags and snapshot_tags. */
const SNAPSHOTTING = /^amazon-(ebs|ebssurrogate|chroot)$/

/**
 * Builders that create the AMI with the run tags on it and its snapshots, unless
 * `skip_ami_run_tags` (hashicorp/packer-plugin-amazon@v1.8.2:builder/ebs/step_create_ami.go:81-87,
 * builder/ebssurrogate/step_create_ami.go:80-86; since v1.0.2).
 */
const RUN_TAGGING = /^amazon-(ebs|ebssurrogate)$/

/** The tag maps (and, by their name, tag blocks) whose keys end up on a build's AMI and snapshots. */
function amiTagMaps(build: TemplateBuild): string[] {
  const maps = SNAPSHOTTING.test(build.type) ? ['tags', 'snapshot_tags'] : ['tags']
  return RUN_TAGGING.test(build.type) && !isSet(build, 'skip_ami_run_tags')
    ? [...maps, 'run_tags']
    : maps
}

/**
 * EC2 takes 50 tags on a resource, and a release's snapshots carry the most: the AMI's tags and
 * snapshot_tags (hashicorp/packer-plugin-amazon@v1.8.2:common/step_create_tags.go:78-134), the
 * run tags amazon-ebs and amazon-ebssurrogate create the AMI with (`amiTagMaps`), the
 * `tags` input and the action's own (up to RESERVED_TAG_COUNT, the source tags among them, so
 * a template's source tag counts once). Over that, the AMI is built and never released. Counted
 * per selected AMI build, with its source's settings and the build's overrides, maps and tag
 * blocks alike; keys only Packer can know are not counted.
 */
function tagRoomProblems(
  template: Template,
  inputs: ContractInputs,
  versionTagKey: string,
  values: ReadonlyMap<string, string | undefined>
): ContractProblem[] {
  const room = TAGS_PER_RESOURCE - RESERVED_TAG_COUNT
  const keys = tagKeys(template, values)
  return template.builds.filter(amiBuild).flatMap(build => {
    const maps = amiTagMaps(build)
    const fromMaps = maps.flatMap(name => {
      const expression = build.settings.get(name)
      const attr = { name, expression: expression ?? '', line: build.line ?? 0 }
      return expression === undefined ? [] : keys.ofMap(attr, build.file).map(k => k.key)
    })
    // `tag { key = … }`, `snapshot_tag` and `run_tag` blocks add to the maps (KeyValues.CopyOn,
    // hashicorp/packer-plugin-amazon@v1.8.2:common/ami_config.go:242-243).
    const fromBlocks = build.blocks
      .filter(block => maps.includes(`${block.type}s`))
      .map(block => keys.value(attribute(block.body, 'key')?.expression ?? ''))
    const found = [...fromMaps, ...fromBlocks].filter(key => key !== undefined)
    const own = new Set(found.filter(k => !isReservedTagKey(k, versionTagKey)))
    const all = new Set([...(inputs.tagKeys ?? []), ...own])
    if (all.size <= room) return []
    return [
      {
        input: Input.Tags,
        file: build.file,
        line: build.line,
        message: `${where(build.file, build.line)}: build ${build.name} tags its AMI${maps.length > 1 ? ' and snapshots' : ''} with ${own.size} keys and 'tags' adds ${all.size - own.size} more: ${all.size} in all, where EC2 takes ${TAGS_PER_RESOURCE} on a resource and the action writes up to ${RESERVED_TAG_COUNT} of its own, so at most ${room}. The AMI could be built but not released; drop some, or move them to run_tags with skip_ami_run_tags = true`
      }
    ]
  })
}

/**
 * The version key (or a key under `<key>:`) set by the template, before anything is built: the
 * action writes it last, once the whole release is tagged, and what carries it is a release to
 * every lookup, reuse and retention. Keys given by an expression the reader cannot evaluate (a
 * function other than `merge()`, a `dynamic` block, a variable without a value it can see) are
 * not counted or refused: Packer alone knows them.
 */
function versionTagProblems(
  template: Template,
  versionTagKey: string,
  values: ReadonlyMap<string, string | undefined>
): ContractProblem[] {
  const problems: ContractProblem[] = []
  const keys = tagKeys(template, values)
  const ours = (key: string) => key === versionTagKey || key.startsWith(`${versionTagKey}:`)
  const refuse = (tagger: Tagger, setting: string, found: string, line: number | undefined) =>
    problems.push({
      file: tagger.file,
      line,
      message: `${where(tagger.file, line)}: ${tagger.what} sets the tag ${found} in ${setting}. Tags named ${versionTagKey} or ${versionTagKey}:… are the action's ('version-tag-key'): it writes them last, once the whole release is tagged, and an image that carries them is a release to every lookup, re-run and retention. Remove it: the action tags the AMIs and snapshots with the version itself`
    })
  const check = (tagger: Tagger, body: HclBody, within: string) => {
    for (const attr of body.attributes)
      if (TAG_MAPS.has(attr.name) && (!tagger.postProcessor || attr.name === 'tags'))
        for (const { key, line } of keys.ofMap(attr, tagger.file))
          if (ours(key)) refuse(tagger, `${within}${attr.name}`, key, line)
    if (tagger.postProcessor) return
    for (const block of body.blocks) {
      // amazon-ebsvolume's volumes tag what they describe.
      if (block.type === 'ebs_volumes') check(tagger, block.body, `${block.type} > `)
      if (!TAG_BLOCKS.has(block.type)) continue
      // `key`, or `name` in amazon-ebs's and amazon-ebssurrogate's run_volume_tag (NameValue,
      // hashicorp/packer-plugin-sdk@v0.6.10:template/config/custom_types.go:73,107).
      const named = attribute(block.body, 'key') ?? attribute(block.body, 'name')
      const found = named === undefined ? undefined : keys.value(named.expression)
      if (found === undefined || !ours(found)) continue
      const line = named?.line || block.line || keys.lineOf(tagger.file, found)
      refuse(tagger, `${within}a ${block.type} block`, found, line)
    }
  }
  for (const tagger of taggers(template)) check(tagger, tagger.body, '')
  return problems
}
