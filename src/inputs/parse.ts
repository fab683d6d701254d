import * as fs from 'node:fs'
import * as path from 'node:path'
import {
  DEFAULT_AMAZON_PLUGIN_VERSION,
  DEFAULT_ANSIBLE_VERSION,
  DEFAULT_PACKER_MIRROR,
  DEFAULT_PACKER_VERSION,
  DEFAULT_RELEASE_TAG_PATTERN,
  DEFAULT_VERSION_TAG_KEY,
  Input
} from '../constants.js'
import type { RunnerContext } from '../context.js'
import { InputError, errorMessage } from '../errors.js'
import { HASHICORP_RELEASE_KEY } from '../install/hashicorp-key.js'
import { compileTagFilter, TagPatternError, type TagFilter } from '../release/tag-pattern.js'
import {
  isReservedTagKey,
  RESERVED_TAG_COUNT,
  SCHEMA_SUFFIX_MAX,
  TAG_KEY_MAX,
  TAG_VALUE_MAX,
  TAGS_PER_RESOURCE,
  type Tag
} from '../release/tags.js'
import { versionProblem } from '../release/version.js'
import type {
  AnsibleInputs,
  Inputs,
  Mode,
  PackerInputs,
  ReleaseInputs,
  RetentionInputs,
  TemplateInputs,
  ToolInputs
} from './types.js'

/** An input's value as the runner passes it (`INPUT_<NAME>`), untrimmed; '' when not set. */
export type RawInputs = (name: string) => string

export interface ParsedInputs {
  inputs: Inputs
  /** Things that are allowed but probably not meant; the reader shows them as warnings. */
  warnings: string[]
}

const EXACT_VERSION = /^\d+\.\d+\.\d+$/
export const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/
const LINEAGE = /^[A-Za-z0-9 _.:/=+@#-]{1,200}$/
const SSM_NAME = /^\/?[A-Za-z0-9_.\-/]+$/

function oneOf<T extends string>(input: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(input, `'${value}' is not one of ${allowed.join(', ')}`)
}

function exactVersion(input: string, value: string, what: string): string {
  if (!EXACT_VERSION.test(value))
    throw new InputError(input, `'${value}' is not an exact ${what} version X.Y.Z (e.g. 1.2.3)`)
  return value
}

function wholeNumber(input: string, value: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) > max)
    throw new InputError(input, `'${value}' is not a whole number from 0 to ${max}`)
  return Number(value)
}

function boolean(input: string, value: string): boolean {
  if (/^(true|True|TRUE)$/.test(value)) return true
  if (/^(false|False|FALSE)$/.test(value)) return false
  throw new InputError(input, `'${value}' is not true or false`)
}

/** Non-empty lines, trimmed, `#` comments skipped. */
export function parseLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#'))
}

/** `KEY=VALUE` lines; the value may itself contain `=`. */
export function parseKeyValueLines(input: string, value: string): [string, string][] {
  return parseLines(value).map(line => {
    const eq = line.indexOf('=')
    if (eq <= 0) throw new InputError(input, `'${line}' is not a KEY=VALUE line`)
    return [line.slice(0, eq).trim(), line.slice(eq + 1).trim()]
  })
}

function checkTagKey(input: string, key: string, maxLength = TAG_KEY_MAX): string {
  if (key.length === 0 || key.length > maxLength)
    throw new InputError(input, `tag key '${key}' must be 1 to ${maxLength} characters`)
  if (key.toLowerCase().startsWith('aws:'))
    throw new InputError(input, `tag key '${key}' may not start with 'aws:' (reserved by AWS)`)
  return key
}

function parseTags(value: string, versionKey: string, warnings: string[]): Tag[] {
  const seen = new Set<string>()
  const tags = parseKeyValueLines(Input.Tags, value).map(([Key, Value]) => {
    checkTagKey(Input.Tags, Key)
    if (isReservedTagKey(Key, versionKey))
      throw new InputError(
        Input.Tags,
        `'${Key}' is a tag the action writes itself (the version key '${versionKey}', keys under '${versionKey}:', and the source tags); choose another key`
      )
    if (seen.has(Key)) throw new InputError(Input.Tags, `'${Key}' is given twice`)
    seen.add(Key)
    if (Value.length > TAG_VALUE_MAX)
      throw new InputError(Input.Tags, `the value of '${Key}' is over ${TAG_VALUE_MAX} characters`)
    const [first = '', ...more] = Value.split(/,\s*(?=[A-Za-z][\w.:/+@-]*=)/)
    if (more.length > 0)
      warnings.push(
        `Input 'tags': the line '${Key}=${Value}' makes one tag '${Key}' whose value contains '${more.map(m => m.slice(0, m.indexOf('=') + 1)).join("', '")}'. To set ${more.length + 1} tags, write one KEY=VALUE per line:\n${[`${Key}=${first}`, ...more].map(line => `  ${line}`).join('\n')}`
      )
    return { Key, Value }
  })
  const room = TAGS_PER_RESOURCE - RESERVED_TAG_COUNT
  if (tags.length > room)
    throw new InputError(
      Input.Tags,
      `${tags.length} tags are given; EC2 allows ${TAGS_PER_RESOURCE} on an image and the action needs ${RESERVED_TAG_COUNT}, so at most ${room}`
    )
  return tags
}

function parseVars(value: string): [string, string][] {
  const seen = new Set<string>()
  return parseKeyValueLines(Input.Vars, value).map(([name, v]) => {
    if (!VARIABLE_NAME.test(name))
      throw new InputError(
        Input.Vars,
        `'${name}' is not a variable name (letters, digits, _ and -)`
      )
    if (name === 'image_version')
      throw new InputError(Input.Vars, `'image_version' is set by the action; use 'image-version'`)
    if (seen.has(name)) throw new InputError(Input.Vars, `'${name}' is given twice`)
    seen.add(name)
    return [name, v]
  })
}

function parseBuildNames(input: string, value: string): string[] {
  const names = value
    .split(',')
    .map(name => name.trim())
    .filter(name => name !== '')
  for (const name of names) {
    if (/[\p{Cc}"]/u.test(name))
      throw new InputError(
        input,
        `'${name}' is not a build name (comma-separated, e.g. amazon-ebs.app)`
      )
  }
  return names
}

function parseMirror(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    // Never the credentials, even of a URL that does not parse.
    const shown = value.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1***@')
    throw new InputError(
      Input.PackerMirror,
      `'${shown}' is not a URL (e.g. https://releases.hashicorp.com)`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new InputError(Input.PackerMirror, `'${url.protocol}' is not http or https`)
  if (url.search || url.hash)
    throw new InputError(Input.PackerMirror, 'a base URL takes no query or fragment')
  return value.replace(/\/+$/, '')
}

/** Why SSM would refuse a parameter name, if it would. */
export function ssmNameProblem(name: string): string | undefined {
  return !SSM_NAME.test(name)
    ? 'takes letters, digits, _ . - and / (and {build})'
    : /^\/?(aws|ssm)/i.test(name)
      ? "may not start with 'aws' or 'ssm'"
      : name.includes('/') && !name.startsWith('/')
        ? 'must start with / when it has a hierarchy'
        : name.split('/').length - 1 > 15
          ? 'is deeper than the 15 levels SSM allows'
          : name.includes('//') || name.endsWith('/')
            ? 'has an empty level (// or a trailing /)'
            : name.length > 900
              ? 'is longer than SSM allows'
              : undefined
}

function parseSsmParameter(value: string): string | undefined {
  if (value === '') return undefined
  const problem = ssmNameProblem(value.replace(/\{build\}/g, 'b'))
  if (problem) throw new InputError(Input.SsmParameter, `'${value}' ${problem}`)
  return value
}

/** `base`/`relative`, which must stay inside `base`. */
export function resolveWithin(input: string, base: string, relative: string, root: string): string {
  const absolute = path.resolve(base, relative)
  const inside = path.relative(root, absolute)
  if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside))
    throw new InputError(input, `'${relative}' is outside the workspace (${root})`)
  return absolute
}

function existing(input: string, absolute: string, kind: 'file' | 'folder' | 'any'): string {
  let stat: fs.Stats
  try {
    stat = fs.statSync(absolute)
  } catch (error) {
    throw new InputError(input, `'${absolute}' cannot be read (${errorMessage(error)})`)
  }
  if (kind === 'file' && !stat.isFile()) throw new InputError(input, `'${absolute}' is not a file`)
  if (kind === 'folder' && !stat.isDirectory())
    throw new InputError(input, `'${absolute}' is not a folder`)
  return absolute
}

const TEMPLATE_FORM = 'a *.pkr.hcl, *.pkr.json or legacy *.json file, or a folder of *.pkr.hcl'

function checkTemplatePath(absolute: string): string {
  existing(Input.Template, absolute, 'any')
  if (fs.statSync(absolute).isDirectory()) {
    if (!fs.readdirSync(absolute).some(name => /\.pkr\.(hcl|json)$/.test(name)))
      throw new InputError(
        Input.Template,
        `folder '${absolute}' holds no *.pkr.hcl file (${TEMPLATE_FORM})`
      )
  } else if (!/\.(pkr\.hcl|json)$/.test(absolute)) {
    throw new InputError(Input.Template, `'${absolute}' is not ${TEMPLATE_FORM}`)
  }
  return absolute
}

function parseTagFilter(value: string): TagFilter {
  try {
    return compileTagFilter(parseLines(value || DEFAULT_RELEASE_TAG_PATTERN))
  } catch (error) {
    if (!(error instanceof TagPatternError)) throw error
    throw new InputError(
      Input.ReleaseTagPattern,
      `${error.message}; it takes GitHub's tag filter syntax, one pattern per line, e.g. release-* or v[0-9]+.[0-9]+.[0-9]+`
    )
  }
}

/** The inputs of one step, read group by group; a bad value throws, naming the input. */
class Reader {
  readonly warnings: string[] = []
  private dir: string | undefined

  constructor(
    private readonly raw: RawInputs,
    private readonly context: RunnerContext
  ) {}

  get = (name: string) => this.raw(name).trim()
  choice = <T extends string>(name: string, fallback: T, allowed: readonly T[]) =>
    oneOf(name, this.get(name) || fallback, allowed)

  tools(): ToolInputs {
    const signingKey = this.get(Input.PackerSigningKey) || HASHICORP_RELEASE_KEY
    const version = (name: string, fallback: string, what: string) =>
      exactVersion(name, this.get(name) || fallback, what)
    const packer: PackerInputs = {
      version: version(Input.PackerVersion, DEFAULT_PACKER_VERSION, 'Packer'),
      mirror: parseMirror(this.get(Input.PackerMirror) || DEFAULT_PACKER_MIRROR),
      signingKey,
      hashicorpKey: signingKey === HASHICORP_RELEASE_KEY,
      amazonPluginVersion: version(
        Input.AmazonPluginVersion,
        DEFAULT_AMAZON_PLUGIN_VERSION,
        'amazon plugin'
      )
    }
    return { packer, ansible: this.ansible(), githubToken: this.get(Input.GithubToken) }
  }

  private ansible(): AnsibleInputs | undefined {
    const version = this.get(Input.AnsibleVersion) || DEFAULT_ANSIBLE_VERSION
    const pkg = this.choice(Input.AnsiblePackage, 'ansible-core', [
      'ansible-core',
      'ansible'
    ] as const)
    const requirements = this.get(Input.AnsibleRequirements)
    if (version === 'none') {
      if (requirements)
        throw new InputError(
          Input.AnsibleRequirements,
          `needs Ansible, but 'ansible-version' is 'none'`
        )
      return undefined
    }
    if (!EXACT_VERSION.test(version))
      throw new InputError(
        Input.AnsibleVersion,
        `'${version}' is not an exact ${pkg} version X.Y.Z, or 'none'`
      )
    const python = this.get(Input.Python) || 'python3'
    if (/\p{Cc}/u.test(python))
      throw new InputError(
        Input.Python,
        'holds a control character; give one interpreter path or name'
      )
    const inside = (relative: string) =>
      resolveWithin(
        Input.AnsibleRequirements,
        this.workingDirectory(),
        relative,
        this.context.workspace
      )
    return {
      version,
      package: pkg,
      python,
      requirements: requirements
        ? existing(Input.AnsibleRequirements, inside(requirements), 'file')
        : undefined
    }
  }

  private workingDirectory(): string {
    const { workspace } = this.context
    this.dir ??= resolveWithin(
      Input.WorkingDirectory,
      workspace,
      this.get(Input.WorkingDirectory) || '.',
      workspace
    )
    return this.dir
  }

  template(mustExist: boolean): TemplateInputs {
    const dir = this.workingDirectory()
    const { workspace } = this.context
    if (mustExist) existing(Input.WorkingDirectory, dir, 'folder')
    const template = resolveWithin(Input.Template, dir, this.get(Input.Template) || '.', workspace)
    const only = parseBuildNames(Input.Only, this.get(Input.Only))
    const except = parseBuildNames(Input.Except, this.get(Input.Except))
    if (only.length > 0 && except.length > 0)
      throw new InputError(Input.Except, `cannot be combined with 'only'; give one of them`)
    return {
      template: mustExist ? checkTemplatePath(template) : template,
      workingDirectory: dir,
      vars: parseVars(this.get(Input.Vars)),
      varFiles: parseLines(this.get(Input.VarFiles)).map(file => {
        const absolute = resolveWithin(Input.VarFiles, dir, file, workspace)
        return mustExist ? existing(Input.VarFiles, absolute, 'file') : absolute
      }),
      only,
      except
    }
  }

  version(): Pick<ReleaseInputs, 'imageVersion' | 'releaseTags'> {
    const value = this.get(Input.ImageVersion)
    const problem = value ? versionProblem(value) : undefined
    if (problem) throw new InputError(Input.ImageVersion, problem)
    return {
      imageVersion: value || undefined,
      releaseTags: parseTagFilter(this.get(Input.ReleaseTagPattern))
    }
  }

  release(): ReleaseInputs {
    const key = this.get(Input.VersionTagKey) || DEFAULT_VERSION_TAG_KEY
    const versionTagKey = checkTagKey(Input.VersionTagKey, key, TAG_KEY_MAX - SCHEMA_SUFFIX_MAX)
    if (versionTagKey.includes(':'))
      throw new InputError(
        Input.VersionTagKey,
        `'${versionTagKey}' may not contain ':'; the action adds keys under '${versionTagKey}:'`
      )
    const lineage = this.get(Input.Lineage) || undefined
    if (lineage !== undefined && !LINEAGE.test(lineage))
      throw new InputError(
        Input.Lineage,
        `'${lineage}' takes 1 to 200 letters, digits, spaces and _ . : / = + @ # - (e.g. web-arm64)`
      )
    const given = this.get(Input.AwsRegion)
    const region = given || this.context.awsRegion
    if (region === undefined)
      throw new InputError(
        Input.AwsRegion,
        'no region: set the input, or AWS_REGION (aws-actions/configure-aws-credentials sets it)'
      )
    if (!REGION.test(region))
      throw new InputError(
        Input.AwsRegion,
        `'${region}' is not an AWS region name (e.g. us-east-1)`
      )
    return {
      ...this.version(),
      onUntagged: this.choice(Input.OnUntagged, 'skip', ['skip', 'fail'] as const),
      versionTagKey,
      tags: parseTags(this.raw(Input.Tags), versionTagKey, this.warnings),
      lineage,
      region,
      regionFrom: given ? 'input' : 'environment',
      ssmParameter: parseSsmParameter(this.get(Input.SsmParameter)),
      releaseNotes: boolean(Input.ReleaseNotes, this.get(Input.ReleaseNotes) || 'false')
    }
  }

  retention(): RetentionInputs {
    const days = this.get(Input.KeepLaunchedWithinDays) || '14'
    return {
      onExisting: this.choice(Input.OnExisting, 'reuse', ['reuse', 'fail', 'rebuild'] as const),
      keepGenerations: wholeNumber(
        Input.KeepGenerations,
        this.get(Input.KeepGenerations) || '0',
        10_000
      ),
      retire: this.choice(Input.Retire, 'deregister', [
        'deregister',
        'deprecate',
        'disable'
      ] as const),
      keepLaunchedWithinDays: wholeNumber(Input.KeepLaunchedWithinDays, days, 3650)
    }
  }

  /** The password goes to Ansible byte for byte: no trimming. */
  vaultPassword(tools: ToolInputs): string | undefined {
    const password = this.raw(Input.AnsibleVaultPassword)
    if (password && tools.ansible === undefined)
      throw new InputError(
        Input.AnsibleVaultPassword,
        `needs Ansible, but 'ansible-version' is 'none'`
      )
    return password || undefined
  }
}

/**
 * Parses and checks every input, for the mode given. Pure but for looking at paths; nothing is
 * downloaded, run or asked of AWS, so a bad input fails the step at once, naming the input.
 */
export function parseInputs(raw: RawInputs, context: RunnerContext): ParsedInputs {
  const r = new Reader(raw, context)
  const mode: Mode = r.choice(Input.Mode, 'build', [
    'build',
    'validate',
    'install',
    'lookup'
  ] as const)
  let inputs: Inputs
  if (mode === 'install') inputs = { mode, ...r.tools() }
  else if (mode === 'validate') inputs = { mode, ...r.tools(), ...r.template(true), ...r.version() }
  else if (mode === 'lookup') inputs = { mode, ...r.template(false), ...r.release() }
  else {
    const tools = r.tools()
    inputs = {
      mode,
      ...tools,
      ...r.template(true),
      ...r.release(),
      ...r.retention(),
      ansibleVaultPassword: r.vaultPassword(tools)
    }
  }
  return { inputs, warnings: r.warnings }
}
