import * as fs from 'node:fs'
import * as path from 'node:path'
import * as zlib from 'node:zlib'

/**
 * Checks an `aws` command line against the AWS CLI's own model of the service: botocore's
 * `service-2.json` as Debian's python3-botocore ships it. The CLI names an operation and each of
 * its options after the model's names, so `start-instance-refresh` is `StartInstanceRefresh` and
 * `--auto-scaling-group-name` is the member `AutoScalingGroupName`
 * (aws/aws-cli@2.36.7:awscli/clidriver.py:748,1016). A misspelt operation or option, a JSON
 * argument with a member the shape lacks, a value outside an enum or of the wrong type, or a
 * missing required member is a problem here as it would be an error there.
 */

export const BOTOCORE_DATA = '/usr/lib/python3/dist-packages/botocore/data'

interface ShapeRef {
  shape: string
  /** The CLI fills it in: required in the model, not on the command line. */
  idempotencyToken?: boolean
}

export interface Shape {
  type: string
  members?: Record<string, ShapeRef>
  required?: string[]
  member?: ShapeRef
  key?: ShapeRef
  value?: ShapeRef
  enum?: string[]
  min?: number
  max?: number
}

interface Operation {
  name: string
  input?: ShapeRef
  output?: ShapeRef
}

export interface ServiceModel {
  file: string
  operations: Record<string, Operation>
  shapes: Record<string, Shape>
  paginated: Set<string>
}

/**
 * Members added to the model after the botocore Debian 12 ships (1.29.27), as a newer botocore
 * defines them: the auto rollback of an instance refresh and its statuses, which AWS has answered
 * since. boto/botocore@1.43.67:botocore/data/autoscaling/2011-01-01/service-2.json:1393
 * (`"AutoRollback":{"type":"boolean"}`), :5242 (`RefreshPreferences.AutoRollback`), :3588-3591
 * (`InstanceRefreshStatus`: RollbackInProgress, RollbackFailed, RollbackSuccessful, Baking).
 * Applied only where the installed model lacks them.
 */
export const NEWER_MEMBERS: Record<
  string,
  {
    shapes?: Record<string, Shape>
    members?: Record<string, Record<string, ShapeRef>>
    enums?: Record<string, string[]>
  }
> = {
  autoscaling: {
    shapes: { AutoRollback: { type: 'boolean' } },
    members: { RefreshPreferences: { AutoRollback: { shape: 'AutoRollback' } } },
    enums: {
      InstanceRefreshStatus: [
        'RollbackInProgress',
        'RollbackFailed',
        'RollbackSuccessful',
        'Baking'
      ]
    }
  }
}

/** The newest API version's model, as botocore's loader picks it (the last version folder). */
export function loadModel(service: string): ServiceModel {
  if (!fs.existsSync(BOTOCORE_DATA))
    throw new Error(
      `${BOTOCORE_DATA} is missing: install Debian's python3-botocore (apt-get install python3-botocore)`
    )
  const folder = path.join(BOTOCORE_DATA, service)
  const version = fs.readdirSync(folder).sort().pop()
  if (version === undefined) throw new Error(`no model of ${service} in ${folder}`)
  const read = (name: string): unknown => {
    const file = path.join(folder, version, name)
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'))
    if (fs.existsSync(`${file}.gz`))
      return JSON.parse(zlib.gunzipSync(fs.readFileSync(`${file}.gz`)).toString('utf8'))
    return undefined
  }
  const model = read('service-2.json') as Omit<ServiceModel, 'file' | 'paginated'> | undefined
  if (model === undefined) throw new Error(`no service-2.json of ${service} ${version}`)
  const pages = read('paginators-1.json') as { pagination?: Record<string, unknown> } | undefined
  const newer = NEWER_MEMBERS[service] ?? {}
  for (const [name, shape] of Object.entries(newer.shapes ?? {})) model.shapes[name] ??= shape
  for (const [name, members] of Object.entries(newer.members ?? {}))
    for (const [member, ref] of Object.entries(members))
      (model.shapes[name]?.members ?? {})[member] ??= ref
  for (const [name, values] of Object.entries(newer.enums ?? {})) {
    const shape = model.shapes[name]
    if (shape?.enum) shape.enum = [...new Set([...shape.enum, ...values])]
  }
  return {
    file: path.join(folder, version, 'service-2.json'),
    operations: model.operations,
    shapes: model.shapes,
    paginated: new Set(Object.keys(pages?.pagination ?? {}))
  }
}

/**
 * botocore's `xform_name(name, '-')`, which the CLI applies to operation and member names
 * (botocore/__init__.py:33-37,79-100 in Debian's 1.29.27): a trailing plural acronym (`ARNs`)
 * becomes one word, then words split before capitals.
 */
export function cliName(name: string): string {
  const plural = /[A-Z]{2,}s$/.exec(name)
  const base = plural ? `${name.slice(0, -plural[0].length)}-${plural[0].toLowerCase()}` : name
  return base
    .replace(/(.)([A-Z][a-z]+)/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
}

/**
 * The CLI's own options (aws/aws-cli@2.36.7:awscli/data/cli.json:6-90), with the choices it
 * takes where it has some; `true` for a switch that takes no value.
 */
const GLOBAL_OPTIONS: Record<string, readonly string[] | 'value' | true> = {
  debug: true,
  'endpoint-url': 'value',
  'no-verify-ssl': true,
  'no-paginate': true,
  output: ['json', 'text', 'table', 'yaml', 'yaml-stream', 'off'],
  query: 'value',
  profile: 'value',
  region: 'value',
  version: true,
  color: ['on', 'off', 'auto'],
  'no-sign-request': true,
  'ca-bundle': 'value',
  'cli-read-timeout': 'value',
  'cli-connect-timeout': 'value',
  'cli-binary-format': ['base64', 'raw-in-base64-out'],
  'no-cli-pager': true,
  'cli-auto-prompt': true,
  'no-cli-auto-prompt': true,
  'cli-error-format': ['legacy', 'json', 'yaml', 'text', 'table', 'enhanced'],
  // Every operation's (awscli/clidriver.py), and a paginated one's
  // (awscli/customizations/paginate.py:157-199).
  'cli-input-json': 'value',
  'cli-input-yaml': 'value',
  'generate-cli-skeleton': 'value'
}
const PAGING_OPTIONS = ['starting-token', 'page-size', 'max-items']

const SCALARS = new Set(['string', 'integer', 'long', 'boolean', 'double', 'float', 'timestamp'])

/** Problems with a JSON value against a shape: members, types, enums, lengths, required members. */
export function checkValue(
  model: ServiceModel,
  shapeName: string,
  value: unknown,
  where: string,
  required = true
): string[] {
  const shape = model.shapes[shapeName]
  if (!shape) return [`${where}: the model has no shape ${shapeName}`]
  const problems: string[] = []
  const bounds = (size: number, what: string) => {
    if (shape.min !== undefined && size < shape.min)
      problems.push(`${where}: ${what} ${size} < ${shape.min}`)
    if (shape.max !== undefined && size > shape.max)
      problems.push(`${where}: ${what} ${size} > ${shape.max}`)
  }
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [`${where}: ${shapeName} takes an object, not ${JSON.stringify(value)}`]
      const members = shape.members ?? {}
      for (const [name, inner] of Object.entries(value)) {
        const ref = members[name]
        if (!ref)
          problems.push(
            `${where}: ${shapeName} has no member ${name} (it has ${Object.keys(members).join(', ')})`
          )
        else problems.push(...checkValue(model, ref.shape, inner, `${where}.${name}`, required))
      }
      if (required)
        for (const name of shape.required ?? [])
          if (!(name in value)) problems.push(`${where}: ${shapeName} requires ${name}`)
      return problems
    }
    case 'list':
      if (!Array.isArray(value)) return [`${where}: ${shapeName} takes a list`]
      bounds(value.length, 'items')
      value.forEach((item, i) =>
        problems.push(
          ...checkValue(model, shape.member?.shape ?? '', item, `${where}[${i}]`, required)
        )
      )
      return problems
    case 'map':
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [`${where}: ${shapeName} takes an object`]
      for (const [k, v] of Object.entries(value)) {
        problems.push(...checkValue(model, shape.key?.shape ?? '', k, `${where} key`, required))
        problems.push(...checkValue(model, shape.value?.shape ?? '', v, `${where}.${k}`, required))
      }
      return problems
    case 'string':
      if (typeof value !== 'string')
        return [`${where}: ${shapeName} takes a string, not ${JSON.stringify(value)}`]
      if (shape.enum && !shape.enum.includes(value))
        problems.push(`${where}: '${value}' is not one of ${shape.enum.join(', ')}`)
      bounds(value.length, 'length')
      return problems
    case 'integer':
    case 'long':
      if (typeof value !== 'number' || !Number.isInteger(value))
        return [`${where}: ${shapeName} takes an integer, not ${JSON.stringify(value)}`]
      bounds(value, 'value')
      return problems
    case 'double':
    case 'float':
      return typeof value === 'number' ? [] : [`${where}: ${shapeName} takes a number`]
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${where}: ${shapeName} takes true or false`]
    case 'timestamp':
      return typeof value === 'string' || typeof value === 'number' ? [] : [`${where}: a timestamp`]
    default:
      return []
  }
}

/** A CLI value (one word) as the JSON value of a scalar shape. */
function scalarValue(shape: Shape, word: string): unknown {
  if (shape.type === 'integer' || shape.type === 'long')
    return /^-?\d+$/.test(word) ? Number(word) : word
  if (shape.type === 'double' || shape.type === 'float')
    return Number.isNaN(Number(word)) ? word : Number(word)
  return word
}

/**
 * The JSON value of an option's words: one scalar, a list of scalars as several words, anything
 * else as one JSON text.
 */
function argumentValue(
  model: ServiceModel,
  shape: Shape,
  values: string[],
  at: string
): { value?: unknown; problems: string[] } {
  const first = values[0] as string
  const itemShape = shape.type === 'list' ? model.shapes[shape.member?.shape ?? ''] : undefined
  if (SCALARS.has(shape.type))
    return {
      value: scalarValue(shape, first),
      problems: values.length > 1 ? [`${at} takes one value`] : []
    }
  if (itemShape && SCALARS.has(itemShape.type) && !first.startsWith('['))
    return { value: values.map(v => scalarValue(itemShape, v)), problems: [] }
  const problems = values.length > 1 ? [`${at} takes one JSON value`] : []
  try {
    return { value: JSON.parse(first) as unknown, problems }
  } catch {
    return { problems: [...problems, `${at}: '${first}' is not JSON`] }
  }
}

/**
 * Problems with `aws <service> <operation> [--option value...]...` against the model. Arguments
 * of structures, maps and lists of them are read as JSON (the CLI's shorthand is not read here:
 * the examples write JSON).
 */
export function checkCall(
  argv: readonly string[],
  models: (service: string) => ServiceModel
): string[] {
  const [service, command, ...rest] = argv
  if (!service || !command) return [`'aws ${argv.join(' ')}' names no service and operation`]
  let model: ServiceModel
  try {
    model = models(service)
  } catch {
    return [`aws ${service}: no such service in botocore's data`]
  }
  const operation = Object.keys(model.operations).find(o => cliName(o) === command)
  if (!operation) return [`aws ${service} ${command}: no such operation in ${model.file}`]
  const where = `aws ${service} ${command}`
  const inputName = model.operations[operation]?.input?.shape
  const input = inputName ? model.shapes[inputName] : undefined
  const members = new Map(Object.keys(input?.members ?? {}).map(m => [cliName(m), m]))
  const problems: string[] = []
  const given = new Set<string>()
  for (let i = 0; i < rest.length;) {
    const option = rest[i] as string
    if (!option.startsWith('--')) {
      problems.push(`${where}: '${option}' is no option`)
      i++
      continue
    }
    const name = option.slice(2)
    const values: string[] = []
    for (i++; i < rest.length && !(rest[i] as string).startsWith('--'); i++)
      values.push(rest[i] as string)
    const global =
      GLOBAL_OPTIONS[name] ??
      (model.paginated.has(operation) && PAGING_OPTIONS.includes(name) ? 'value' : undefined)
    if (global !== undefined) {
      if (global === true && values.length > 0) problems.push(`${where}: ${option} takes no value`)
      if (global !== true && values.length !== 1)
        problems.push(`${where}: ${option} takes one value`)
      if (Array.isArray(global) && !global.includes(values[0] ?? ''))
        problems.push(`${where}: ${option} '${values[0] ?? ''}' is not one of ${global.join(', ')}`)
      continue
    }
    const negated = name.startsWith('no-') ? members.get(name.slice(3)) : undefined
    const member = members.get(name) ?? negated
    const ref = member ? input?.members?.[member] : undefined
    const shape = ref ? model.shapes[ref.shape] : undefined
    if (!member || !ref || !shape || (negated && shape.type !== 'boolean')) {
      problems.push(
        `${where}: no option ${option} (the operation ${operation} has ${[...members.keys()].map(m => `--${m}`).join(', ')})`
      )
      continue
    }
    given.add(member)
    const at = `${where} ${option}`
    if (shape.type === 'boolean') {
      if (values.length > 0) problems.push(`${at} is a switch and takes no value`)
      continue
    }
    if (values.length === 0) {
      problems.push(`${at} takes a value`)
      continue
    }
    const parsed = argumentValue(model, shape, values, at)
    problems.push(...parsed.problems)
    if (!('value' in parsed)) continue
    const { value } = parsed
    problems.push(...checkValue(model, ref.shape, value, at))
  }
  for (const name of input?.required ?? [])
    if (!given.has(name) && !input?.members?.[name]?.idempotencyToken)
      problems.push(`${where}: --${cliName(name)} is required`)
  return problems
}
