import * as fs from 'node:fs'
import * as path from 'node:path'
import {
  DEFAULT_AMAZON_PLUGIN_VERSION,
  DEFAULT_ANSIBLE_VERSION,
  DEFAULT_PACKER_MIRROR,
  DEFAULT_PACKER_VERSION,
  DEFAULT_RELEASE_TAG_PATTERN,
  DEFAULT_VERSION_TAG_KEY,
  Input,
  REGION
} from '../constants.js'
import type { RunnerContext } from '../context.js'
import { InputError, errorMessage } from '../errors.js'
import { HASHICORP_RELEASE_KEY } from '../install/hashicorp-key.js'
import { compileTagFilter, TagPatternError, type TagFilter } from '../release/tag-pattern.js'
import {
  isReservedTagKey,
  isTakenVersionKey,
  RESERVED_TAG_COUNT,
  SCHEMA_SUFFIX_MAX,
  SOURCE_TAG_KEYS,
  TAG_KEY_MAX,
  TAG_VALUE_MAX,
  TAGS_PER_RESOURCE,
  type Tag
} from '../release/tags.js'
import { versionProblem } from '../release/version.js'

/** An input's value as the runner passes it (`INPUT_<NAME>`), untrimmed; '' when not set. */
export type RawInputs = (name: string) => string

/** The values of each input that takes one of a few; the first is the default. */
const CHOICES = {
  [Input.Mode]: ['build', 'validate', 'install', 'lookup'],
  [Input.AnsiblePackage]: ['ansible-core', 'ansible'],
  [Input.OnUntagged]: ['skip', 'fail'],
  [Input.OnExisting]: ['reuse', 'fail', 'rebuild'],
  [Input.Retire]: ['deregister', 'deprecate', 'disable']
} as const

/**
 * A release's own version: no range, pre-release or leading zero. HashiCorp's releases have no
 * `1.09.4`, and pip reads it as 1.9.4, which the venv's version check then refuses.
 */
const EXACT_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/
const LINEAGE = /^[A-Za-z0-9 _.:/=+@#-]{1,200}$/
const SSM_NAME = /^\/?[A-Za-z0-9_.\-/]+$/
const NEEDS_ANSIBLE = `needs Ansible, but 'ansible-version' is 'none'`

/** Non-empty lines, trimmed, `#` comments skipped. */
function parseLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#'))
}

/** `KEY=VALUE` lines, each key once, each checked by `each`; the value may itself contain `=`. */
function keyValueLines<T>(input: string, value: string, each: (key: string, value: string) => T) {
  const seen = new Set<string>()
  return parseLines(value).map(line => {
    const eq = line.indexOf('=')
    if (eq <= 0) throw new InputError(input, `'${line}' is not a KEY=VALUE line`)
    const key = line.slice(0, eq).trim()
    if (seen.has(key)) throw new InputError(input, `'${key}' is given twice`)
    seen.add(key)
    return each(key, line.slice(eq + 1).trim())
  })
}

/**
 * Where a value seems to start another line: a comma (tags only) or spaces before `NAME=`. A
 * YAML folded block (`tags: >`) hands the action its lines joined by spaces.
 */
const JOINED = {
  [Input.Tags]: { what: 'tag', form: 'KEY=VALUE', at: /(,\s*|\s+)(?=[A-Za-z][\w.:/+@-]*=)/g },
  [Input.Vars]: { what: 'variable', form: 'NAME=VALUE', at: /(\s+)(?=[A-Za-z_][\w-]*=)/g }
}

/** Whether `text` leaves no bracket or quote open: a `vars` value may be an HCL map or list. */
function closed(text: string): boolean {
  let depth = 0
  let quoted = false
  for (const c of text) {
    if (c === '"') quoted = !quoted
    else if (!quoted && (c === '{' || c === '[')) depth++
    else if (!quoted && (c === '}' || c === ']')) depth--
  }
  return depth === 0 && !quoted
}

/** The warning for a KEY=VALUE line that seems to hold several, showing the lines to write. */
function joinedLines(input: keyof typeof JOINED, key: string, value: string): string | undefined {
  const { what, form, at } = JOINED[input]
  const breaks = [...value.matchAll(at)].filter(m => closed(value.slice(0, m.index)))
  if (breaks.length === 0) return undefined
  const lines = [`${key}=${value.slice(0, breaks[0]?.index)}`]
  breaks.forEach((m, i) => lines.push(value.slice(m.index + m[0].length, breaks[i + 1]?.index)))
  const names = lines.slice(1).map(line => line.slice(0, line.indexOf('=') + 1))
  // A value may hold ` NAME=` (`-o StrictHostKeyChecking=no`): said as a question, not a fault.
  const folded = breaks.some(m => !m[0].startsWith(','))
    ? ` in a '${input}: |' block (a '>' block joins its lines with spaces)`
    : ''
  return `Input '${input}': the line '${key}=${value}' makes one ${what} '${key}' whose value contains '${names.join("', '")}'. If you meant ${lines.length} ${what}s, write one ${form} per line${folded}:\n${lines.map(line => `  ${line}`).join('\n')}`
}

function checkTagKey(input: string, key: string, maxLength = TAG_KEY_MAX): string {
  if (key.length === 0 || key.length > maxLength)
    throw new InputError(input, `tag key '${key}' must be 1 to ${maxLength} characters`)
  if (key.toLowerCase().startsWith('aws:'))
    throw new InputError(input, `tag key '${key}' may not start with 'aws:' (reserved by AWS)`)
  return key
}

function parseTags(value: string, versionKey: string, warnings: string[]): Tag[] {
  const tags = keyValueLines(Input.Tags, value, (Key, Value) => {
    checkTagKey(Input.Tags, Key)
    if (isReservedTagKey(Key, versionKey))
      throw new InputError(
        Input.Tags,
        `'${Key}' is a tag the action writes itself (the version key '${versionKey}', keys under '${versionKey}:', and the source tags); choose another key`
      )
    if (Value.length > TAG_VALUE_MAX)
      throw new InputError(Input.Tags, `the value of '${Key}' is over ${TAG_VALUE_MAX} characters`)
    const joined = joinedLines(Input.Tags, Key, Value)
    if (joined !== undefined) warnings.push(joined)
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

function parseVersionTagKey(value: string): string {
  const key = checkTagKey(Input.VersionTagKey, value, TAG_KEY_MAX - SCHEMA_SUFFIX_MAX)
  if (key.includes(':'))
    throw new InputError(
      Input.VersionTagKey,
      `'${key}' may not contain ':'; the action adds keys under '${key}:'`
    )
  // The rule `tags` follows: the version key may not be another tag the action writes.
  if (isTakenVersionKey(key))
    throw new InputError(
      Input.VersionTagKey,
      `'${key}' is a tag the action writes itself (the source tags ${Object.values(SOURCE_TAG_KEYS).join(', ')}); choose another key, e.g. ${DEFAULT_VERSION_TAG_KEY}`
    )
  return key
}

function parseVars(value: string, warnings: string[]): [string, string][] {
  return keyValueLines(Input.Vars, value, (name, v): [string, string] => {
    if (!VARIABLE_NAME.test(name))
      throw new InputError(
        Input.Vars,
        `'${name}' is not a variable name (letters, digits, _ and -)`
      )
    if (name === 'image_version')
      throw new InputError(Input.Vars, `'image_version' is set by the action; use 'image-version'`)
    const joined = joinedLines(Input.Vars, name, v)
    if (joined !== undefined) warnings.push(joined)
    return [name, v]
  })
}

function parseBuildNames(input: string, value: string): string[] {
  const names = value
    .split(',')
    .map(name => name.trim())
    .filter(name => name !== '')
  const bad = names.find(name => /[\p{Cc}"]/u.test(name))
  if (bad !== undefined)
    throw new InputError(
      input,
      `'${bad}' is not a build name (comma-separated, e.g. amazon-ebs.app)`
    )
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
  // An empty `?` or `#` leaves search and hash empty, yet every path put after it would go there.
  if (url.search || url.hash || /[?#]/.test(value))
    throw new InputError(Input.PackerMirror, 'a base URL takes no query or fragment')
  return value.replace(/\/+$/, '')
}

/** What SSM refuses of a parameter name, and why, in the order they are checked. */
const SSM_RULES: [(name: string) => boolean, string][] = [
  [name => !SSM_NAME.test(name), 'takes letters, digits, _ . - and / (and {build})'],
  [name => /^\/?(aws|ssm)/i.test(name), "may not start with 'aws' or 'ssm'"],
  [
    name => name.includes('/') && !name.startsWith('/'),
    'must start with / when it has a hierarchy'
  ],
  [name => name.split('/').length - 1 > 15, 'is deeper than the 15 levels SSM allows'],
  [name => name.includes('//') || name.endsWith('/'), 'has an empty level (// or a trailing /)'],
  [name => name.length > 900, 'is longer than SSM allows']
]

/** Why SSM would refuse a parameter name, if it would. */
export function ssmNameProblem(name: string): string | undefined {
  return SSM_RULES.find(([refuses]) => refuses(name))?.[1]
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
export class Reader {
  /** Things that are allowed but probably not meant; the reader shows them as warnings. */
  readonly warnings: string[] = []
  private dir: string | undefined

  constructor(
    private readonly raw: RawInputs,
    private readonly context: RunnerContext
  ) {}

  get = (name: string, fallback = '') => this.raw(name).trim() || fallback

  /** One of the input's `CHOICES`; the first when it is not set. */
  choice<K extends keyof typeof CHOICES>(name: K): (typeof CHOICES)[K][number] {
    const allowed: readonly string[] = CHOICES[name]
    const value = this.get(name, allowed[0])
    if (!allowed.includes(value))
      throw new InputError(name, `'${value}' is not one of ${allowed.join(', ')}`)
    return value as (typeof CHOICES)[K][number]
  }

  private wholeNumber(name: string, fallback: string, max: number): number {
    const value = this.get(name, fallback)
    if (!/^\d+$/.test(value) || Number(value) > max)
      throw new InputError(name, `'${value}' is not a whole number from 0 to ${max}`)
    return Number(value)
  }

  private boolean(name: string): boolean {
    const value = this.get(name, 'false')
    if (/^(true|True|TRUE)$/.test(value)) return true
    if (/^(false|False|FALSE)$/.test(value)) return false
    throw new InputError(name, `'${value}' is not true or false`)
  }

  private exactVersion(name: string, fallback: string, what: string): string {
    const value = this.get(name, fallback)
    if (!EXACT_VERSION.test(value))
      throw new InputError(
        name,
        `'${value}' is not an exact ${what} version X.Y.Z (e.g. 1.2.3; no leading zeros)`
      )
    return value
  }

  /** `relative` resolved against `base`; it must stay inside the workspace. */
  private inside(input: string, relative: string, base = this.workingDirectory()): string {
    const root = this.context.workspace
    const absolute = path.resolve(base, relative)
    const inside = path.relative(root, absolute)
    if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside))
      throw new InputError(input, `'${relative}' is outside the workspace (${root})`)
    return absolute
  }

  private workingDirectory(): string {
    const given = this.get(Input.WorkingDirectory, '.')
    return (this.dir ??= this.inside(Input.WorkingDirectory, given, this.context.workspace))
  }

  /** What installing the tools needs: every mode but `lookup`. */
  tools() {
    const packer = {
      version: this.exactVersion(Input.PackerVersion, DEFAULT_PACKER_VERSION, 'Packer'),
      /** Base URL, without a trailing slash; may carry credentials (never logged). */
      mirror: parseMirror(this.get(Input.PackerMirror, DEFAULT_PACKER_MIRROR)),
      /** Armored OpenPGP public key that must have signed the SHA256SUMS. */
      signingKey: this.get(Input.PackerSigningKey, HASHICORP_RELEASE_KEY),
      amazonPluginVersion: this.exactVersion(
        Input.AmazonPluginVersion,
        DEFAULT_AMAZON_PLUGIN_VERSION,
        'amazon plugin'
      )
    }
    // `ansible` is undefined with `ansible-version: none`.
    return { packer, ansible: this.ansible(), githubToken: this.get(Input.GithubToken) }
  }

  private ansible() {
    const version = this.get(Input.AnsibleVersion, DEFAULT_ANSIBLE_VERSION)
    const pkg = this.choice(Input.AnsiblePackage)
    const requirements = this.get(Input.AnsibleRequirements)
    if (version === 'none') {
      if (requirements) throw new InputError(Input.AnsibleRequirements, NEEDS_ANSIBLE)
      return undefined
    }
    if (!EXACT_VERSION.test(version))
      throw new InputError(
        Input.AnsibleVersion,
        `'${version}' is not an exact ${pkg} version X.Y.Z (no leading zeros), or 'none'`
      )
    const python = this.get(Input.Python, 'python3')
    if (/\p{Cc}/u.test(python))
      throw new InputError(
        Input.Python,
        'holds a control character; give one interpreter path or name'
      )
    const file = requirements && this.inside(Input.AnsibleRequirements, requirements)
    return {
      version,
      package: pkg,
      /** One path, or one name looked up on PATH: never a command line. */
      python,
      /** Absolute path of a Galaxy requirements file, if any. */
      requirements: file ? existing(Input.AnsibleRequirements, file, 'file') : undefined
    }
  }

  /** What running Packer on the template needs; every path absolute, inside the workspace. */
  template(mustExist: boolean) {
    const dir = this.workingDirectory()
    if (mustExist) existing(Input.WorkingDirectory, dir, 'folder')
    const template = this.inside(Input.Template, this.get(Input.Template, '.'))
    const only = parseBuildNames(Input.Only, this.get(Input.Only))
    const except = parseBuildNames(Input.Except, this.get(Input.Except))
    if (only.length > 0 && except.length > 0)
      throw new InputError(Input.Except, `cannot be combined with 'only'; give one of them`)
    return {
      /** The template file or folder. */
      template: mustExist ? checkTemplatePath(template) : template,
      /** Where Packer runs. */
      workingDirectory: dir,
      vars: parseVars(this.get(Input.Vars), this.warnings),
      varFiles: parseLines(this.get(Input.VarFiles)).map(file => {
        const absolute = this.inside(Input.VarFiles, file)
        return mustExist ? existing(Input.VarFiles, absolute, 'file') : absolute
      }),
      only,
      except
    }
  }

  version() {
    const value = this.get(Input.ImageVersion)
    const problem = value ? versionProblem(value) : undefined
    if (problem) throw new InputError(Input.ImageVersion, problem)
    return {
      imageVersion: value || undefined,
      releaseTags: parseTagFilter(this.get(Input.ReleaseTagPattern))
    }
  }

  /** What identifies the release and its images. */
  release() {
    const versionTagKey = parseVersionTagKey(this.get(Input.VersionTagKey, DEFAULT_VERSION_TAG_KEY))
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
      onUntagged: this.choice(Input.OnUntagged),
      versionTagKey,
      tags: parseTags(this.raw(Input.Tags), versionTagKey, this.warnings),
      /** Given as `lineage`; otherwise derived from the template and what the workflow passes. */
      lineage,
      /** The region the template builds in; `regionFrom` says where it came from. */
      region,
      regionFrom: given ? ('input' as const) : ('environment' as const),
      ssmParameter: this.ssmParameter(),
      releaseNotes: this.boolean(Input.ReleaseNotes)
    }
  }

  private ssmParameter(): string | undefined {
    const value = this.get(Input.SsmParameter)
    const problem = value && ssmNameProblem(value.replace(/\{build\}/g, 'b'))
    if (problem) throw new InputError(Input.SsmParameter, `'${value}' ${problem}`)
    return value || undefined
  }

  retention() {
    return {
      onExisting: this.choice(Input.OnExisting),
      keepGenerations: this.wholeNumber(Input.KeepGenerations, '0', 10_000),
      retire: this.choice(Input.Retire),
      keepLaunchedWithinDays: this.wholeNumber(Input.KeepLaunchedWithinDays, '14', 3650)
    }
  }

  /** The password goes to Ansible byte for byte: no trimming. */
  vaultPassword(tools: { ansible: object | undefined }): string | undefined {
    const password = this.raw(Input.AnsibleVaultPassword)
    if (password && tools.ansible === undefined)
      throw new InputError(Input.AnsibleVaultPassword, NEEDS_ANSIBLE)
    return password || undefined
  }
}

/**
 * Parses and checks every input, for the mode given. Pure but for looking at paths; nothing is
 * downloaded, run or asked of AWS, so a bad input fails the step at once, naming the input.
 */
export function parseInputs(raw: RawInputs, context: RunnerContext) {
  const r = new Reader(raw, context)
  return { inputs: inputsOf(r, r.choice(Input.Mode)), warnings: r.warnings }
}

function inputsOf(r: Reader, mode: (typeof CHOICES)['mode'][number]) {
  switch (mode) {
    case 'install':
      return { mode, ...r.tools() }
    case 'validate':
      return { mode, ...r.tools(), ...r.template(true), ...r.version() }
    case 'lookup':
      return { mode, ...r.template(false), ...r.release() }
    case 'build': {
      const tools = r.tools()
      const rest = { ...r.template(true), ...r.release(), ...r.retention() }
      return { mode, ...tools, ...rest, ansibleVaultPassword: r.vaultPassword(tools) }
    }
  }
}
