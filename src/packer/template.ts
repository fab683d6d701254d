import * as fs from 'node:fs'
import * as path from 'node:path'
import {
  NAME,
  attempt,
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
  /** Each required plugin's `source` (`github.com/hashicorp/amazon`) and version constraint. */
  requiredPlugins: { source: string; constraint: string }[]
  /** Every builder (source), data source, provisioner and post-processor type used. */
  componentTypes: string[]
  /**
   * The name of each post-processor, else its type, which `-except` also skips; undefined for a
   * name only Packer knows (a variable's).
   */
  postProcessors?: (string | undefined)[]
  /**
   * HCL2 `build` blocks whose `sources` the reader cannot list (`sources = local.x`, which Packer
   * evaluates): each such expression. Their builds are Packer's to know.
   */
  unlistedSources?: string[]
}

export interface Variable {
  name: string
  /** The default as written (an expression in HCL2, a JSON value in legacy JSON). */
  default: string | undefined
  /** Declared `sensitive = true` (legacy JSON: listed in `sensitive-variables`). */
  sensitive: boolean
  /** HCL2: the `type` as written (`string`, `number`), when the block declares one. */
  type?: string | undefined
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
  /** The source's blocks, then the build's (Packer keeps both): `tag`, `ebs_volumes`, ... */
  blocks: HclBlock[]
  file: string
  line: number | undefined
  /** Native HCL2: the line of the `region` the build takes (its inline source block's, if any). */
  regionLine?: number | undefined
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
 * not in subfolders (hashicorp/packer@v1.16.0:hcl2template/utils.go:77-97, parser.go:103-127);
 * with `kind` `.auto.pkrvars`, the variable files Packer loads on its own, in the same order
 * (utils.go:88, parser.go:211-218).
 */
export function templateFiles(folder: string, kind = '.pkr'): string[] {
  const names = fs
    .readdirSync(folder, { withFileTypes: true })
    .filter(entry => !entry.isDirectory())
    .map(entry => entry.name)
    .sort()
  return ['hcl', 'json'].flatMap(suffix =>
    names.filter(n => n.endsWith(`${kind}.${suffix}`)).map(n => path.join(folder, n))
  )
}

/** A file's text, parsed by `parse`; what fails is a TemplateReadError on the file. */
function parseFile<T>(file: string, parse: (text: string) => T, what = ''): T {
  let text: string | undefined
  try {
    text = fs.readFileSync(file, 'utf8')
    return parse(text)
  } catch (error) {
    const { message, line } = error as Error & { line?: number }
    if (text === undefined)
      throw new TemplateReadError(file, undefined, `cannot be read (${message})`)
    throw new TemplateReadError(
      file,
      line,
      what ? `${what} (${message})` : message.replace(/^line \d+: /, '')
    )
  }
}

/** A file of JSON that holds an object. */
export function parseJson(file: string): Record<string, unknown> {
  const json = parseFile(file, text => JSON.parse(text) as unknown, 'is not valid JSON')
  if (!isObject(json)) throw new TemplateReadError(file, undefined, 'is not a JSON object')
  return json
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

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
    requiredPlugins: [],
    componentTypes: []
  }
}

// --- HCL2 -----------------------------------------------------------------------------------

/**
 * Which properties of a JSON body are blocks, and how many labels each takes; every other
 * property is an attribute. Packer's schema, as far as this reader needs it
 * (hashicorp/packer@v1.16.0:hcl2template/types.build.go, types.packer_config.go).
 */
export interface JsonSchema {
  [type: string]: { labels: number; blocks?: JsonSchema }
}

/**
 * The amazon builders' settings written as repeatable blocks of one tag each (`contract.ts` says
 * where each is read), and `ebs_volumes`, which holds its own: blocks in JSON syntax too.
 */
export const TAG_BLOCKS = new Set([
  'tag',
  'snapshot_tag',
  'run_tag',
  'spot_tag',
  'fleet_tag',
  'run_volume_tag',
  'root_volume_tag'
])
const TAGS: JsonSchema = Object.fromEntries([...TAG_BLOCKS].map(t => [t, { labels: 0 }]))
export const SOURCE_SCHEMA: JsonSchema = { ...TAGS, ebs_volumes: { labels: 0, blocks: TAGS } }

/** A file's blocks. */
const FILE_SCHEMA: JsonSchema = {
  variable: { labels: 1 },
  variables: { labels: 0 },
  locals: { labels: 0 },
  local: { labels: 1 },
  source: { labels: 2, blocks: SOURCE_SCHEMA },
  data: { labels: 2 },
  build: {
    labels: 0,
    blocks: {
      source: { labels: 1, blocks: SOURCE_SCHEMA },
      dynamic: { labels: 1 },
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
export function jsonBody(value: Record<string, unknown>, schema: JsonSchema): HclBody {
  const body: HclBody = { attributes: [], blocks: [] }
  const visit = (type: string, block: JsonSchema[string], inner: unknown, labels: string[]) => {
    if (Array.isArray(inner)) for (const item of inner) visit(type, block, item, labels)
    else if (!isObject(inner)) return
    else if (labels.length === block.labels)
      body.blocks.push({ type, labels, body: jsonBody(inner, block.blocks ?? {}), line: 0 })
    else for (const [label, v] of Object.entries(inner)) visit(type, block, v, [...labels, label])
  }
  for (const [name, v] of Object.entries(value)) {
    // A key is a setting's name, also one an object has by default (`constructor`).
    const block = Object.hasOwn(schema, name) ? schema[name] : undefined
    if (block) visit(name, block, v, [])
    else body.attributes.push({ name, expression: JSON.stringify(v), line: 0 })
  }
  return body
}

/** The top-level blocks of one file of an HCL2 template, native or in JSON syntax. */
export function fileBlocks(file: string): HclBlock[] {
  if (file.endsWith('.pkr.json')) return jsonBody(parseJson(file), FILE_SCHEMA).blocks
  return parseFile(file, text => parseHcl(text).blocks)
}

/** The `required_plugins` of an HCL2 `packer` block: each plugin's source and version constraint. */
function requiredPluginsOf(blocks: HclBlock[]): { source: string; constraint: string }[] {
  const field = (expression: string, name: string) =>
    stringLiteral(
      new RegExp(`"?${name}"?\\s*[=:]\\s*("(?:[^"\\\\]|\\\\.)*")`).exec(expression)?.[1] ?? ''
    )
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
const COMPONENTS = new Set(['provisioner', 'post-processor', 'error-cleanup-provisioner'])

/**
 * A `dynamic "provisioner"` (or other) block as a block of what it makes: its type from
 * `labels`, its `content` as the body. Packer expands it with the variables and locals
 * (hashicorp/packer@v1.16.0:hcl2template/parser.go:576); any other block as it is.
 */
function undynamic(block: HclBlock): HclBlock {
  if (block.type !== 'dynamic') return block
  const labels = stringList(attribute(block.body, 'labels')?.expression ?? '') ?? []
  const content = block.body.blocks.find(b => b.type === 'content')
  return {
    ...block,
    type: block.labels[0] ?? '',
    labels,
    body: content?.body ?? { attributes: [], blocks: [] }
  }
}

function readHclFiles(template: Template): Template {
  const blocks = template.files.flatMap(file => fileBlocks(file).map(block => ({ ...block, file })))
  const of = (...types: string[]) => blocks.filter(b => types.includes(b.type))
  const value = (block: HclBlock, name: string) => attribute(block.body, name)?.expression
  const at = ({ file, line }: (typeof blocks)[number]) => ({ file, line: line || undefined })
  const variables = of('variable', 'variables').flatMap((b): (readonly [string, Variable])[] => {
    // Each attribute of a `variables` block declares one, with that default
    // (hashicorp/packer@v1.16.0:hcl2template/types.packer_config.go:175-181).
    if (b.type === 'variables')
      return b.body.attributes.map(({ name, expression, line }) => {
        const where = { file: b.file, line: line || undefined }
        return [name, { name, default: expression, sensitive: false, ...where }] as const
      })
    const [name = ''] = b.labels
    const sensitive = value(b, 'sensitive')?.trim() === 'true'
    const declared = { default: value(b, 'default'), type: value(b, 'type'), sensitive }
    return [[name, { name, ...declared, ...at(b) }] as const]
  })
  const locals = of('locals', 'local').flatMap(b => {
    if (b.type === 'locals') return b.body.attributes.map(a => [a.name, a.expression] as const)
    const expression = value(b, 'expression')
    return expression === undefined ? [] : [[b.labels[0] ?? '', expression] as const]
  })
  const sources = new Map(
    of('source').map(b => {
      const [type = '', name = ''] = b.labels
      const settings = settingsOf(b.body)
      const { blocks: inner } = b.body
      const regionLine = attribute(b.body, 'region')?.line
      return [
        `source.${type}.${name}`,
        { type, name, settings, blocks: inner, regionLine, ...at(b) }
      ]
    })
  )
  const components = of('build')
    .flatMap(b => b.body.blocks.map(undynamic))
    .flatMap(i =>
      i.type === 'post-processors'
        ? i.body.blocks.map(undynamic)
        : COMPONENTS.has(i.type)
          ? [i]
          : []
    )
  const types = [
    ...of('source', 'data').map(b => b.labels[0] ?? ''),
    ...components.flatMap(c => (c.labels[0] ? [c.labels[0]] : []))
  ]
  // A post-processor's name, else its type (hashicorp/packer@v1.16.0:hcl2template/types.packer_config.go:612-615).
  const postProcessors = components
    .filter(c => c.type === 'post-processor')
    .map(c => {
      const name = value(c, 'name')
      return name === undefined ? (c.labels[0] ?? '') : stringLiteral(name)
    })
  return {
    ...template,
    variables: new Map(variables),
    locals: new Map(locals),
    builds: of('build').flatMap(b => hclBuilds(b, sources)),
    unlistedSources: of('build').flatMap(b => {
      const expression = value(b, 'sources')
      const listed = expression !== undefined && stringList(expression) === undefined
      // `dynamic "source"` blocks, which Packer expands with the variables and locals
      // (hashicorp/packer@v1.16.0:hcl2template/parser.go:576).
      const dynamic = b.body.blocks
        .filter(inner => inner.type === 'dynamic' && inner.labels[0] === 'source')
        .map(inner => `dynamic "source" (for_each = ${value(inner, 'for_each') ?? '?'})`)
      return [...(listed ? [expression] : []), ...dynamic]
    }),
    requiresPlugins: of('packer').some(b => b.body.blocks.some(i => i.type === 'required_plugins')),
    requiredPlugins: requiredPluginsOf(blocks),
    componentTypes: [...new Set(types)].sort(),
    postProcessors
  }
}

/**
 * A build's reference to a source, `source.<type>.<name>` or `<type>.<name>`, as the sources are
 * keyed (`source.<type>.<name>`); undefined for one Packer cannot read
 * (hashicorp/packer@v1.16.0:hcl2template/types.build.from.go:10-22).
 */
export function sourceKey(ref: string): string | undefined {
  const parts = ref.split('.')
  if (parts.length < 2) return undefined
  const [type, name] = parts.length > 2 ? parts.slice(1) : parts
  return `source.${type ?? ''}.${name ?? ''}`
}

/** The builds of an HCL2 `build` block, in Packer's order: its `sources`, then its `source` blocks. */
function hclBuilds(
  { body, file }: HclBlock & { file: string },
  sources: ReadonlyMap<string, Omit<TemplateBuild, 'nameExpression'>>
): TemplateBuild[] {
  const nameExpression = attribute(body, 'name')?.expression
  // Packer evaluates the name with the variables and locals, `"${var.x}"` included
  // (hashicorp/packer@v1.16.0:hcl2template/types.build.go:101).
  const buildName = nameExpression === undefined ? undefined : stringLiteral(nameExpression)
  /** The source `ref`, with the overrides of `inline`, a `source` block of the build. */
  const build = (ref: string, inline?: HclBlock) => {
    const source = sources.get(sourceKey(ref) ?? '')
    if (!source) return []
    const overrides = inline ? settingsOf(inline.body) : new Map<string, string>()
    const name = stringLiteral(overrides.get('name') ?? '') ?? source.name
    const settings = new Map([...source.settings, ...overrides])
    settings.delete('name')
    const blocks = [...source.blocks, ...(inline?.body.blocks ?? [])]
    const at = inline?.line || undefined
    const regionLine = inline?.line ? attribute(inline.body, 'region')?.line : source.regionLine
    return [
      {
        name: `${buildName ? `${buildName}.` : ''}${source.type}.${name}`,
        ...(nameExpression !== undefined && buildName === undefined ? { nameExpression } : {}),
        type: source.type,
        settings,
        blocks,
        file: at === undefined ? source.file : file,
        line: at ?? source.line,
        ...(regionLine ? { regionLine } : {})
      }
    ]
  }
  const refs = stringList(attribute(body, 'sources')?.expression ?? '[]') ?? []
  const inline = body.blocks.filter(inner => inner.type === 'source' && inner.labels[0])
  return [
    ...refs.map(ref => build(ref)),
    ...inline.map(b => build(b.labels[0] as string, b))
  ].flat()
}

/** The value of a JSON string; undefined for anything else. */
export function stringValue(json: string | undefined): string | undefined {
  const value = attempt(() => JSON.parse(json ?? '') as unknown, undefined)
  return typeof value === 'string' ? value : undefined
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
    const { blocks } = jsonBody(builder, SOURCE_SCHEMA)
    template.builds.push({ name, ...nameExpression, type, settings, blocks, file, line: undefined })
  }
  const postProcessors: string[] = []
  for (const p of asObjects(json['provisioners']))
    if (typeof p['type'] === 'string') types.add(p['type'])
  for (const p of legacyPostProcessors(json)) {
    const { type, name } =
      typeof p === 'string' ? { type: p, name: undefined } : isObject(p) ? p : {}
    if (typeof type === 'string') types.add(type)
    // A post-processor's name, else its type (packer-plugin-sdk template/parse.go:218-221 in
    // hashicorp/packer@v1.6.6).
    const named = typeof name === 'string' && name !== '' ? name : type
    if (typeof named === 'string') postProcessors.push(named)
  }
  return { ...template, componentTypes: [...types].filter(Boolean).sort(), postProcessors }
}

/** A legacy template's post-processors: each a name, an object, or a sequence (an array) of them. */
export const legacyPostProcessors = (json: Record<string, unknown>): unknown[] =>
  Array.isArray(json['post-processors']) ? json['post-processors'].flat() : []

export function asObjects(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
    : []
}

// --- Reading expressions ----------------------------------------------------------------------

const LEGACY_USER = /\{\{\s*user\s+[`"]([^`"]+)[`"]\s*\}\}/g

/**
 * The variables a legacy template string reads with `user`, anywhere in a `{{ }}` action: alone,
 * piped on (`{{user `x` | clean_resource_name}}`) or as an argument (`{{lower (user `x`)}}`).
 */
function legacyUserReads(text: string): string[] {
  return [...text.matchAll(/\{\{([\s\S]*?)\}\}/g)].flatMap(action =>
    [...(action[1] ?? '').matchAll(/(?<![\w.$-])user\s+(?:`([^`]*)`|"([^"]*)")/g)].map(
      m => m[1] ?? m[2] ?? ''
    )
  )
}

/**
 * Whether an expression refers to variable `name`, directly or through HCL2 locals (legacy JSON:
 * through other variables' defaults, which Packer renders in turn,
 * hashicorp/packer@v1.6.6:packer/core.go:694).
 */
export function mentionsVariable(template: Template, expression: string, name: string): boolean {
  const legacy = template.format === 'legacy-json'
  const seen = new Set<string>()
  const visit = (text: string): boolean =>
    (legacy ? legacyUserReads(text) : [...references(text)]).some(read => {
      if (read === (legacy ? name : `var.${name}`)) return true
      if (seen.has(read)) return false
      seen.add(read)
      const next = legacy
        ? stringValue(template.variables.get(read)?.default)
        : read.startsWith('local.')
          ? template.locals.get(read.slice('local.'.length))
          : undefined
      return next !== undefined && visit(next)
    })
  return visit(expression)
}

/**
 * The value of an expression when it is a plain string, one variable whose value is known
 * (given in `vars`, else its default as a plain string), or one HCL2 local that is either (a
 * local is no input: its expression is its value); undefined when it takes more.
 */
export function knownString(
  template: Template,
  expression: string,
  vars: ReadonlyMap<string, string | undefined>,
  depth = 0
): string | undefined {
  if (template.format === 'legacy-json') {
    const only = new RegExp(`^${LEGACY_USER.source}$`).exec(expression.trim())
    if (only) return variableValue(template, only[1] as string, vars)
    return expression.includes('{{') ? undefined : expression
  }
  const ref = reference(expression)
  if (ref?.kind === 'var') return variableValue(template, ref.name, vars)
  if (ref?.kind === 'local') {
    // Locals that refer to each other are Packer's to refuse.
    const local = depth < 16 ? template.locals.get(ref.name) : undefined
    return local === undefined ? undefined : knownString(template, local, vars, depth + 1)
  }
  return stringLiteral(expression.trim())
}

/**
 * Whether an expression is one variable (HCL2: through locals too) that nothing sets and whose
 * default reads the environment variable `name`: HCL2 `env("name")`, legacy `{{env `name`}}`
 * (both only allowed in a variable's default).
 */
export function readsEnvironment(
  template: Template,
  expression: string,
  vars: ReadonlyMap<string, string | undefined>,
  name: string,
  depth = 0
): boolean {
  const variable = (v: string, env: RegExp) => {
    const fallback = template.variables.get(v)?.default ?? ''
    const text = template.format === 'legacy-json' ? stringValue(fallback) : fallback
    return !vars.has(v) && env.test(text?.trim() ?? '')
  }
  if (template.format === 'legacy-json') {
    const only = new RegExp(`^${LEGACY_USER.source}$`).exec(expression.trim())
    const env = new RegExp(`^\\{\\{\\s*env\\s+(\`${name}\`|"${name}")\\s*\\}\\}$`)
    return only !== null && variable(only[1] as string, env)
  }
  const ref = reference(expression)
  if (ref?.kind === 'var')
    return variable(ref.name, new RegExp(String.raw`^env\(\s*"${name}"\s*\)$`))
  const local = ref?.kind === 'local' && depth < 16 ? template.locals.get(ref.name) : undefined
  return local !== undefined && readsEnvironment(template, local, vars, name, depth + 1)
}

/**
 * A variable's value when known: given in `vars`, else its default when that is a plain string
 * (in legacy JSON, not a template such as `{{env `X`}}`, which Packer renders).
 */
function variableValue(
  template: Template,
  name: string,
  vars: ReadonlyMap<string, string | undefined>
): string | undefined {
  if (vars.has(name)) return vars.get(name)
  const fallback = template.variables.get(name)?.default ?? ''
  if (template.format !== 'legacy-json') return stringLiteral(fallback)
  const value = stringValue(fallback)
  return value?.includes('{{') ? undefined : value
}

/** `var.x` or `local.x`, alone or as the one interpolation of a template (`"${var.x}"`). */
export function reference(expression: string): { kind: string; name: string } | undefined {
  const text = expression.trim()
  const inner = /^"\$\{\s*([\s\S]*?)\s*\}"$/.exec(text)?.[1] ?? text
  const ref = new RegExp(String.raw`^(var|local)\.(${NAME})$`, 'u').exec(inner)
  return ref ? { kind: ref[1] as string, name: ref[2] as string } : undefined
}

/**
 * The template with the names Packer will give its builds where they take variables: a legacy
 * builder's `{{user `x`}}` filled in, an HCL2 build's `name = var.x` prefixed, from the values
 * set (`variableValues`: vars, variable files, PKR_VAR_) or the defaults. `unresolved` lists the
 * names that take more than that (Packer will know them, the action does not).
 */
export function resolveBuildNames(
  template: Template,
  vars: ReadonlyMap<string, string | undefined>
): { template: Template; unresolved: string[] } {
  const unresolved: string[] = []
  const builds = template.builds.map(build => {
    const { nameExpression, ...rest } = build
    if (nameExpression === undefined) return build
    let name: string | undefined
    if (template.format === 'legacy-json') {
      // A variable with no known value stays a template: Packer alone can render it.
      name = nameExpression.replace(
        LEGACY_USER,
        (_, v: string) => variableValue(template, v, vars) ?? '{{'
      )
      if (name.includes('{{')) name = undefined
    } else {
      const value = knownString(template, nameExpression, vars)
      name = value === undefined ? undefined : `${value}.${build.name}`
    }
    if (name !== undefined) return { ...rest, name }
    unresolved.push(nameExpression)
    return build
  })
  return { template: { ...template, builds }, unresolved }
}
