import * as fs from 'node:fs'
import * as path from 'node:path'
import {
  NAME,
  attribute,
  parseHcl,
  references,
  stringList,
  stringLiteral,
  type HclBlock,
  type HclBody
} from './hcl.js'

/**
 * What the action needs to know of a template, read without running Packer: its format, the
 * variables it declares, its builds in template order with the settings that matter to a
 * release (ami_name, region, ...), and the plugins it needs.
 *
 * Expressions are kept as written. HCL2 (and HCL2's JSON syntax) writes `var.x` and
 * `"${var.x}"`; legacy JSON writes `{{user `x`}}`. `Template.format` says which.
 */
export interface Template {
  /** What Packer is given: the file, or the folder. */
  path: string
  format: 'hcl' | 'legacy-json'
  /** The files read, in the order Packer reads them. */
  files: string[]
  variables: Map<string, Variable>
  /** HCL2 `locals` / `local` blocks: name → expression. */
  locals: Map<string, string>
  builds: TemplateBuild[]
  /** HCL2 `packer { required_plugins { ... } }`: `packer init` installs them. */
  requiresPlugins: boolean
  /** The `source` of each required plugin, e.g. `github.com/hashicorp/amazon`. */
  requiredPluginSources: string[]
  /** Every builder (source), data source, provisioner and post-processor type used. */
  componentTypes: string[]
}

export interface Variable {
  name: string
  /** The default as written (an expression in HCL2, a JSON value in legacy JSON). */
  default: string | undefined
  /** Declared `sensitive = true` (legacy JSON: listed in `sensitive-variables`). */
  sensitive: boolean
  file: string
  line: number | undefined
}

export interface TemplateBuild {
  /** The name Packer gives the build: `type.name`, `<build name>.type.name`, or the JSON builder's name. */
  name: string
  /**
   * When the name takes a variable Packer fills in (a legacy builder `name` with
   * `{{user ...}}`, an HCL2 `build { name = var.x }`): that expression, for `resolveBuildNames`.
   */
  nameExpression?: string
  /** The builder: `amazon-ebs`, `null`, ... */
  type: string
  /** The source's settings (with a build's overrides): name → expression as written. */
  settings: Map<string, string>
  file: string
  line: number | undefined
}

/** A template that cannot be read; the caller decides whether that stops the run. */
export class TemplateReadError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`)
    this.name = 'TemplateReadError'
  }
}

/**
 * The files of a template folder in Packer's order: *.pkr.hcl, then *.pkr.json, each by name,
 * not in subfolders (hashicorp/packer@v1.15.4:hcl2template/utils.go:77-97, parser.go:103-127).
 */
export function templateFiles(folder: string): string[] {
  const names = fs
    .readdirSync(folder, { withFileTypes: true })
    .filter(entry => !entry.isDirectory())
    .map(entry => entry.name)
    .sort()
  return ['hcl', 'json'].flatMap(suffix =>
    names.filter(n => n.endsWith(`.pkr.${suffix}`)).map(n => path.join(folder, n))
  )
}

/** A file's text, parsed by `parse`; what fails is a TemplateReadError on the file. */
function parseFile<T>(file: string, parse: (text: string) => T, what = ''): T {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new TemplateReadError(file, undefined, `cannot be read (${(error as Error).message})`)
  }
  try {
    return parse(text)
  } catch (error) {
    const { message, line } = error as Error & { line?: number }
    throw new TemplateReadError(
      file,
      line,
      what ? `${what} (${message})` : message.replace(/^line \d+: /, '')
    )
  }
}

function parseJson(file: string): Record<string, unknown> {
  const json = parseFile(file, text => JSON.parse(text) as unknown, 'is not valid JSON')
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new TemplateReadError(file, undefined, 'is not a JSON object')
  return json as Record<string, unknown>
}

export function readTemplate(templatePath: string): Template {
  const template = minimalTemplate(templatePath)
  return template.format === 'hcl' ? readHclFiles(template) : readLegacyJson(template)
}

/** A template known only by its path: what Packer needs when the reader could not follow it. */
export function minimalTemplate(templatePath: string): Template {
  const folder = fs.statSync(templatePath).isDirectory()
  return {
    path: templatePath,
    format: folder || /\.pkr\.(hcl|json)$/.test(templatePath) ? 'hcl' : 'legacy-json',
    files: folder ? templateFiles(templatePath) : [templatePath],
    variables: new Map(),
    locals: new Map(),
    builds: [],
    requiresPlugins: false,
    requiredPluginSources: [],
    componentTypes: []
  }
}

// --- HCL2 -----------------------------------------------------------------------------------

type Source = Pick<TemplateBuild, 'type' | 'settings' | 'file' | 'line'> & { name: string }

/**
 * Which properties of a JSON body are blocks, and how many labels each takes; every other
 * property is an attribute. Packer's schema, as far as this reader needs it
 * (hashicorp/packer@v1.15.4:hcl2template/types.build.go, types.packer_config.go).
 */
export interface JsonSchema {
  [type: string]: { labels: number; blocks?: JsonSchema }
}

const FILE_BLOCKS: JsonSchema = {
  variable: { labels: 1 },
  locals: { labels: 0 },
  local: { labels: 1 },
  source: { labels: 2 },
  data: { labels: 2 },
  build: {
    labels: 0,
    blocks: {
      source: { labels: 1 },
      provisioner: { labels: 1 },
      'error-cleanup-provisioner': { labels: 1 },
      'post-processor': { labels: 1 },
      'post-processors': { labels: 0, blocks: { 'post-processor': { labels: 1 } } }
    }
  },
  packer: { labels: 0, blocks: { required_plugins: { labels: 0 } } }
}

/**
 * A body in HCL2's JSON syntax (hashicorp/hcl json/spec.md): a block's labels are nested
 * object keys, and an array stands for several blocks; attributes keep their JSON, so a string
 * stays a quoted template.
 */
export function jsonBody(value: unknown, schema: JsonSchema): HclBody {
  const body: HclBody = { attributes: [], blocks: [] }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return body
  for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
    const block = schema[name]
    if (block === undefined) {
      body.attributes.push({ name, expression: JSON.stringify(v), line: 0 })
      continue
    }
    const visit = (inner: unknown, labels: string[]): void => {
      if (Array.isArray(inner)) for (const item of inner) visit(item, labels)
      else if (typeof inner !== 'object' || inner === null) return
      else if (labels.length === block.labels)
        body.blocks.push({ type: name, labels, body: jsonBody(inner, block.blocks ?? {}), line: 0 })
      else
        for (const [label, nested] of Object.entries(inner as Record<string, unknown>))
          visit(nested, [...labels, label])
    }
    visit(v, [])
  }
  return body
}

/** The top-level blocks of one file of an HCL2 template, native or in JSON syntax. */
export function fileBlocks(file: string): HclBlock[] {
  if (file.endsWith('.pkr.json')) return jsonBody(parseJson(file), FILE_BLOCKS).blocks
  return parseFile(file, text => parseHcl(text).blocks)
}

/** The `required_plugins` of an HCL2 `packer` block: each plugin's source and version constraint. */
export function requiredPluginsOf(blocks: HclBlock[]): { source: string; constraint: string }[] {
  const field = (expression: string, name: string) => {
    const literal = new RegExp(`"?${name}"?\\s*[=:]\\s*("(?:[^"\\\\]|\\\\.)*")`).exec(
      expression
    )?.[1]
    return literal === undefined ? undefined : stringLiteral(literal)
  }
  return blocks
    .filter(b => b.type === 'packer')
    .flatMap(packer => packer.body.blocks.filter(b => b.type === 'required_plugins'))
    .flatMap(required => required.body.attributes)
    .flatMap(({ expression }) => {
      const source = field(expression, 'source')
      const constraint = field(expression, 'version') ?? ''
      return source ? [{ source: source.replace(/^https?:\/\//, ''), constraint }] : []
    })
}

const settingsOf = (body: HclBody) => new Map(body.attributes.map(a => [a.name, a.expression]))

function readHclFiles(template: Template): Template {
  const sources = new Map<string, Source>()
  const types = new Set<string>()
  const builds: { block: HclBlock; file: string }[] = []
  for (const file of template.files) {
    const blocks = fileBlocks(file)
    template.requiredPluginSources.push(...requiredPluginsOf(blocks).map(p => p.source))
    for (const block of blocks) {
      const [first = '', second = ''] = block.labels
      const line = block.line || undefined
      const value = (name: string) => attribute(block.body, name)?.expression
      if (block.type === 'variable') {
        const sensitive = value('sensitive')?.trim() === 'true'
        template.variables.set(first, {
          name: first,
          default: value('default'),
          sensitive,
          file,
          line
        })
      } else if (block.type === 'locals')
        for (const a of block.body.attributes) template.locals.set(a.name, a.expression)
      else if (block.type === 'local' && value('expression') !== undefined)
        template.locals.set(first, value('expression') as string)
      else if (block.type === 'source' || block.type === 'data') types.add(first)
      else if (block.type === 'build') builds.push({ block, file })
      if (block.type === 'source')
        sources.set(`source.${first}.${second}`, {
          type: first,
          name: second,
          settings: settingsOf(block.body),
          file,
          line
        })
      if (block.type === 'packer' && block.body.blocks.some(b => b.type === 'required_plugins'))
        template.requiresPlugins = true
    }
  }
  template.builds = hclBuilds(builds, sources, types)
  return { ...template, componentTypes: [...types].sort() }
}

/** The builds of HCL2 `build` blocks, in Packer's order: a build's `sources`, then its `source` blocks. */
function hclBuilds(
  buildBlocks: { block: HclBlock; file: string }[],
  sources: ReadonlyMap<string, Source>,
  types: Set<string>
): TemplateBuild[] {
  const builds: TemplateBuild[] = []
  for (const { block, file } of buildBlocks) {
    const nameExpression = attribute(block.body, 'name')?.expression
    const buildName = stringValue(nameExpression)
    const prefix = buildName ? `${buildName}.` : ''
    const add = (ref: string, overrides: Map<string, string>, at: number | undefined) => {
      const source = sources.get(ref)
      if (!source) return
      const name = overrides.has('name')
        ? (stringValue(overrides.get('name')) ?? source.name)
        : source.name
      const settings = new Map([...source.settings, ...overrides])
      settings.delete('name')
      builds.push({
        name: `${prefix}${source.type}.${name}`,
        ...(nameExpression !== undefined && buildName === undefined ? { nameExpression } : {}),
        type: source.type,
        settings,
        file: at === undefined ? source.file : file,
        line: at ?? source.line
      })
    }
    for (const ref of stringList(attribute(block.body, 'sources')?.expression ?? '[]') ?? [])
      add(ref, new Map(), undefined)
    for (const inner of block.body.blocks) {
      if (inner.type === 'source' && inner.labels[0])
        add(inner.labels[0], settingsOf(inner.body), inner.line || undefined)
      else if (COMPONENTS.has(inner.type) && inner.labels[0]) types.add(inner.labels[0])
      else if (inner.type === 'post-processors')
        for (const pp of inner.body.blocks) if (pp.labels[0]) types.add(pp.labels[0])
    }
  }
  return builds
}

const COMPONENTS = new Set(['provisioner', 'post-processor', 'error-cleanup-provisioner'])

/** The value of a JSON string; undefined for anything else. */
function stringValue(json: string | undefined): string | undefined {
  try {
    const value: unknown = JSON.parse(json ?? '')
    return typeof value === 'string' ? value : undefined
  } catch {
    return undefined
  }
}

// --- Legacy JSON ----------------------------------------------------------------------------

function readLegacyJson(template: Template): Template {
  const file = template.path
  const json = parseJson(file)
  const { variables, 'sensitive-variables': sensitive } = json
  const declared = typeof variables === 'object' && variables !== null ? variables : {}
  for (const [name, value] of Object.entries(declared))
    template.variables.set(name, {
      name,
      default: JSON.stringify(value),
      sensitive: Array.isArray(sensitive) && sensitive.includes(name),
      file,
      line: undefined
    })
  const types = new Set<string>()
  for (const builder of asObjects(json['builders'])) {
    const type = typeof builder['type'] === 'string' ? builder['type'] : ''
    const name = typeof builder['name'] === 'string' ? builder['name'] : type
    types.add(type)
    const settings = new Map(
      Object.entries(builder)
        .filter(([key]) => key !== 'type' && key !== 'name')
        .map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)])
    )
    const nameExpression = name.includes('{{') ? { nameExpression: name } : {}
    template.builds.push({ name, ...nameExpression, type, settings, file, line: undefined })
  }
  // A post-processor is a name, an object, or a sequence (an array) of them.
  const postProcessors = Array.isArray(json['post-processors'])
    ? json['post-processors'].flat()
    : []
  for (const p of [...asObjects(json['provisioners']), ...(postProcessors as unknown[])]) {
    const type = typeof p === 'string' ? p : (p as { type?: unknown } | null)?.type
    if (typeof type === 'string') types.add(type)
  }
  return { ...template, componentTypes: [...types].filter(Boolean).sort() }
}

function asObjects(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
    : []
}

// --- Reading expressions ----------------------------------------------------------------------

const LEGACY_USER = /\{\{\s*user\s+[`"]([^`"]+)[`"]\s*\}\}/g

/** Whether an expression refers to variable `name`, directly or through HCL2 locals. */
export function mentionsVariable(template: Template, expression: string, name: string): boolean {
  if (template.format === 'legacy-json') {
    return [...expression.matchAll(LEGACY_USER)].some(m => m[1] === name)
  }
  const seen = new Set<string>()
  const visit = (text: string): boolean => {
    for (const ref of references(text)) {
      if (ref === `var.${name}`) return true
      if (ref.startsWith('local.') && !seen.has(ref)) {
        seen.add(ref)
        const local = template.locals.get(ref.slice('local.'.length))
        if (local !== undefined && visit(local)) return true
      }
    }
    return false
  }
  return visit(expression)
}

/**
 * The value of an expression when it is a plain string, or one variable whose value is known
 * (given in `vars`, else its default as a plain string); undefined when it takes more.
 */
export function knownString(
  template: Template,
  expression: string,
  vars: ReadonlyMap<string, string | undefined>
): string | undefined {
  const variable = (name: string): string | undefined => {
    if (vars.has(name)) return vars.get(name)
    const fallback = template.variables.get(name)?.default
    if (fallback === undefined) return undefined
    return template.format === 'legacy-json' ? legacyString(fallback) : stringLiteral(fallback)
  }
  if (template.format === 'legacy-json') {
    const only = /^\{\{\s*user\s+[`"]([^`"]+)[`"]\s*\}\}$/.exec(expression.trim())
    if (only) return variable(only[1] as string)
    return expression.includes('{{') ? undefined : expression
  }
  const text = expression.trim()
  const ref = new RegExp(String.raw`^(?:var\.(${NAME})|"\$\{\s*var\.(${NAME})\s*\}")$`, 'u').exec(
    text
  )
  if (ref) return variable((ref[1] ?? ref[2]) as string)
  return stringLiteral(text)
}

/**
 * The template with the names Packer will give its builds where they take variables: a legacy
 * builder's `{{user `x`}}` filled in, an HCL2 build's `name = var.x` prefixed, from `vars` or
 * the defaults. `unresolved` lists the names that take more than that (Packer will know them,
 * the action does not).
 */
export function resolveBuildNames(
  template: Template,
  vars: ReadonlyMap<string, string>
): { template: Template; unresolved: string[] } {
  const unresolved: string[] = []
  const builds = template.builds.map(build => {
    if (build.nameExpression === undefined) return build
    const { nameExpression, ...rest } = build
    let name: string | undefined
    if (template.format === 'legacy-json') {
      let missing = false
      const rendered = nameExpression.replace(LEGACY_USER, (_, variable: string) => {
        const value = knownString(template, `{{user \`${variable}\`}}`, vars)
        if (value === undefined) missing = true
        return value ?? ''
      })
      name = missing || rendered.includes('{{') ? undefined : rendered
    } else {
      const value = knownString(template, nameExpression, vars)
      name = value === undefined ? undefined : `${value}.${build.name}`
    }
    if (name === undefined) {
      unresolved.push(nameExpression)
      return build
    }
    return { ...rest, name }
  })
  return { template: { ...template, builds }, unresolved }
}

/** A legacy JSON value that is a plain string: not a template (`{{env `X`}}`), which Packer renders. */
function legacyString(json: string): string | undefined {
  const value = stringValue(json)
  return value?.includes('{{') ? undefined : value
}
