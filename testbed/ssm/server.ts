import { ACCOUNT_ID } from '../aws/account.js'
import { serveAws, type AwsProtocol } from '../aws/endpoint.js'
import { AwsError } from '../aws/errors.js'
import type { FaultKind, LoggedRequest } from '../aws/faults.js'
import { Clock, toMillis, type TimeInput } from '../clock.js'

/** A JSON 1.1 request body. */
export type SsmParams = Record<string, unknown>

export type ParameterType = 'String' | 'StringList' | 'SecureString'
const TYPES: ParameterType[] = ['SecureString', 'StringList', 'String']
const DATA_TYPES = ['text', 'aws:ec2:image', 'aws:ssm:integration']
/** SSM's documented form of an AMI ID value. */
const AMI_ID = /^ami-([0-9a-f]{8}|[0-9a-f]{17})$/
/** Parameter Store keeps the 100 most recent versions. */
const MAX_VERSIONS = 100

/** One version of a parameter. */
export interface ParameterVersion {
  name: string
  type: ParameterType
  value: string
  dataType: string
  description: string | undefined
  /** LabelParameterVersion's labels on this version; a label is on one version at a time. */
  labels: string[]
  version: number
  /** ms, from the endpoint's clock. */
  lastModifiedDate: number
}

export interface ParameterSeed {
  name: string
  value: string
  type?: ParameterType
  dataType?: string
  description?: string
  lastModifiedDate?: TimeInput
}

export interface SsmEndpoint {
  url: string
  clock: Clock
  requests: LoggedRequest<SsmParams>[]
  seed: {
    /** Adds a version of a parameter (its first, or the next one); returns the version number. */
    parameter(region: string, seed: ParameterSeed): number
  }
  inspect: {
    /** The current version of every parameter of a region. */
    parameters(region: string): ParameterVersion[]
    /** Every kept version of one parameter, oldest first ([] when it does not exist). */
    history(region: string, name: string): ParameterVersion[]
  }
  /** Answers the next `count` calls of `action` (matching `when`) with ThrottlingException or InternalServerError. */
  failNext(
    action: string,
    count: number,
    kind?: FaultKind,
    when?: (params: SsmParams, region: string) => boolean
  ): void
  hangNext(action: string, count: number): void
  /** Does the next call of `action` at once, and answers it only once `until` settles. */
  holdNext(action: string, until: Promise<void>): void
  /** Runs `hook` once, just before the next call of `action` is answered (a concurrent change). */
  beforeNext(action: string, hook: () => void): void
  reset(): void
  close(): Promise<void>
}

export interface SsmEndpointOptions {
  clock?: Clock
  /**
   * Whether an AMI exists, for parameters of data type `aws:ec2:image` (e.g. from the EC2
   * endpoint). SSM checks this after PutParameter has answered success: a value naming no AMI is
   * then silently not stored. Without it every well-formed AMI ID is accepted.
   */
  imageExists?: (region: string, imageId: string) => boolean
}

function ssmError(code: string, message: string | undefined, status = 400): AwsError {
  return new AwsError(code, message ?? '', status)
}

const validation = (message: string) => ssmError('ValidationException', message)

function text(params: SsmParams, name: string): string | undefined {
  const value = params[name]
  return typeof value === 'string' ? value : undefined
}

/** A required string member, or SSM's validation message for a null member. */
function required(params: SsmParams, name: string): string {
  const value = text(params, name)
  if (value === undefined)
    throw validation(
      `1 validation error detected: Value null at '${name[0]?.toLowerCase() ?? ''}${name.slice(1)}' failed to satisfy constraint: Member must not be null`
    )
  return value
}

function checkName(name: string): void {
  const path = name.startsWith('/') ? name.slice(1) : name
  if (
    /^(aws|ssm)/i.test(path) ||
    !/^[a-zA-Z0-9_.\-/]+$/.test(name) ||
    path.split('/').some(part => part === '')
  )
    throw validation(
      'Parameter name: can\'t be prefixed with "aws" or "ssm" (case-insensitive). If formed as a path, it can consist of sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the following 3 symbols .-_'
    )
}

function arn(region: string, name: string): string {
  return `arn:aws:ssm:${region}:${ACCOUNT_ID}:parameter${name.startsWith('/') ? '' : '/'}${name}`
}

/** Parameter Store: one store per SigV4 region, every version of every parameter. */
class Store {
  private readonly regions = new Map<string, Map<string, ParameterVersion[]>>()

  constructor(private readonly clock: Clock) {}

  region(name: string): Map<string, ParameterVersion[]> {
    let region = this.regions.get(name)
    if (!region) {
      region = new Map()
      this.regions.set(name, region)
    }
    return region
  }

  history(region: string, name: string): ParameterVersion[] | undefined {
    return this.region(region).get(name)
  }

  current(region: string, name: string): ParameterVersion | undefined {
    return this.history(region, name)?.at(-1)
  }

  put(
    region: string,
    fields: Omit<ParameterVersion, 'version' | 'lastModifiedDate' | 'labels'>,
    at?: number
  ): number {
    const versions = this.region(region).get(fields.name) ?? []
    const version = (versions.at(-1)?.version ?? 0) + 1
    versions.push({ ...fields, labels: [], version, lastModifiedDate: at ?? this.clock.now() })
    if (versions.length > MAX_VERSIONS) versions.shift()
    this.region(region).set(fields.name, versions)
    return version
  }

  delete(region: string, name: string): boolean {
    return this.region(region).delete(name)
  }

  clear(): void {
    this.regions.clear()
  }
}

function parameterJson(region: string, p: ParameterVersion, decrypt: boolean): SsmParams {
  return {
    Name: p.name,
    Type: p.type,
    // Without WithDecryption a SecureString comes back encrypted.
    Value:
      p.type === 'SecureString' && !decrypt
        ? Buffer.from(`kms:alias/aws/ssm:${p.value}`).toString('base64')
        : p.value,
    Version: p.version,
    LastModifiedDate: p.lastModifiedDate / 1000,
    ARN: arn(region, p.name),
    DataType: p.dataType
  }
}

/** `name`, `name:version` (labels are not kept by the test bed). */
function selector(nameWithSelector: string): { name: string; version: number | undefined } {
  const match = /^(.*):(\d+)$/.exec(nameWithSelector)
  return match
    ? { name: match[1] as string, version: Number(match[2]) }
    : { name: nameWithSelector, version: undefined }
}

function notFound(): AwsError {
  // SSM answers ParameterNotFound with no message at all.
  return ssmError('ParameterNotFound', undefined)
}

type Handler = (params: SsmParams, region: string) => SsmParams

function ssmHandlers(store: Store, options: SsmEndpointOptions): Record<string, Handler> {
  const find = (region: string, nameWithSelector: string): ParameterVersion => {
    const { name, version } = selector(nameWithSelector)
    const history = store.history(region, name)
    if (!history) throw notFound()
    const found = version === undefined ? history.at(-1) : history.find(v => v.version === version)
    if (!found)
      throw ssmError(
        'ParameterVersionNotFound',
        `Systems Manager could not find version ${version ?? ''} of ${name}. Verify the version and try again.`
      )
    return found
  }

  return {
    PutParameter: (p, region) => {
      const name = required(p, 'Name')
      const value = required(p, 'Value')
      checkName(name)
      const existing = store.current(region, name)
      if (existing && p['Overwrite'] !== true)
        throw ssmError(
          'ParameterAlreadyExists',
          'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.'
        )
      const typeText = text(p, 'Type') ?? existing?.type
      if (typeText === undefined)
        throw validation('A parameter type is required when you create a parameter.')
      const type = TYPES.find(t => t === typeText)
      if (!type)
        throw validation(
          `1 validation error detected: Value '${typeText}' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [${TYPES.join(', ')}]`
        )
      const dataType = text(p, 'DataType') ?? existing?.dataType ?? 'text'
      if (!DATA_TYPES.includes(dataType))
        throw validation(
          `The following data type is not supported: ${dataType} (Data type names are all lowercase.)`
        )
      if (value.length > 4096)
        throw validation(
          "1 validation error detected: Value at 'value' failed to satisfy constraint: Member must have length less than or equal to 4096"
        )
      if (dataType === 'aws:ec2:image') {
        if (type !== 'String')
          throw validation(
            `The data type aws:ec2:image is only supported for parameters of type String.`
          )
        if (!AMI_ID.test(value))
          throw validation(
            `Parameter value, ${value}, is not a valid AMI ID. The value must be in the format ami-12345abcdeEXAMPLE.`
          )
      }
      const version = (existing?.version ?? 0) + 1
      // The AMI's existence is checked asynchronously: success is answered either way.
      if (dataType !== 'aws:ec2:image' || (options.imageExists?.(region, value) ?? true))
        store.put(region, {
          name,
          type,
          value,
          dataType,
          description: text(p, 'Description') ?? existing?.description
        })
      return { Version: version, Tier: 'Standard' }
    },

    GetParameter: (p, region) => ({
      Parameter: parameterJson(
        region,
        find(region, required(p, 'Name')),
        p['WithDecryption'] === true
      )
    }),

    GetParameters: (p, region) => {
      const names = Array.isArray(p['Names']) ? (p['Names'] as unknown[]).map(String) : []
      const found: SsmParams[] = []
      const invalid: string[] = []
      for (const name of names) {
        try {
          found.push(parameterJson(region, find(region, name), p['WithDecryption'] === true))
        } catch {
          invalid.push(name)
        }
      }
      return { Parameters: found, InvalidParameters: invalid }
    },

    GetParameterHistory: (p, region) => {
      const name = required(p, 'Name')
      const history = store.history(region, name)
      if (!history) throw notFound()
      const max = typeof p['MaxResults'] === 'number' ? p['MaxResults'] : 50
      if (max < 1 || max > 50)
        throw validation(
          `1 validation error detected: Value '${max}' at 'maxResults' failed to satisfy constraint: Member must have value ${max < 1 ? 'greater than or equal to 1' : 'less than or equal to 50'}`
        )
      const token = text(p, 'NextToken')
      const offset = token === undefined ? 0 : Number(Buffer.from(token, 'base64url').toString())
      if (!Number.isInteger(offset) || offset < 0 || offset > history.length)
        throw ssmError('InvalidNextToken', "The specified token isn't valid.")
      const page = history.slice(offset, offset + max)
      const next = offset + page.length
      return {
        Parameters: page.map(v => {
          const { Name, Type, Value, Version, LastModifiedDate, DataType } = parameterJson(
            region,
            v,
            p['WithDecryption'] === true
          )
          return {
            Name,
            Type,
            Value,
            Version,
            LastModifiedDate,
            DataType,
            Description: v.description,
            Labels: [...v.labels],
            Tier: 'Standard',
            Policies: [],
            LastModifiedUser: `arn:aws:iam::${ACCOUNT_ID}:user/test`
          }
        }),
        NextToken:
          next < history.length ? Buffer.from(String(next)).toString('base64url') : undefined
      }
    },

    // A label moves to the version it is put on (AWS Systems Manager User Guide, "Working with
    // parameter labels"): letters, digits, ".", "-", "_", up to 100, not starting with a digit,
    // "aws" or "ssm"; others come back in InvalidLabels.
    LabelParameterVersion: (p, region) => {
      const name = required(p, 'Name')
      const history = store.history(region, name)
      if (!history) throw notFound()
      const wanted = p['ParameterVersion']
      const target = find(region, typeof wanted === 'number' ? `${name}:${wanted}` : name)
      const labels = Array.isArray(p['Labels']) ? (p['Labels'] as unknown[]).map(String) : []
      const valid = (l: string) => /^(?![0-9]|aws|ssm)[A-Za-z0-9._-]{1,100}$/i.test(l)
      if (target.labels.length + labels.filter(valid).length > 10)
        throw ssmError(
          'ParameterVersionLabelLimitExceeded',
          'A parameter version can have maximum 10 labels.'
        )
      for (const label of labels.filter(valid)) {
        for (const v of history) v.labels = v.labels.filter(l => l !== label)
        target.labels.push(label)
      }
      return { InvalidLabels: labels.filter(l => !valid(l)), ParameterVersion: target.version }
    },

    DeleteParameter: (p, region) => {
      if (!store.delete(region, required(p, 'Name'))) throw notFound()
      return {}
    }
  }
}

const JSON_11 = 'application/x-amz-json-1.1'

function ssmProtocol(handlers: Record<string, Handler>): AwsProtocol<SsmParams> {
  const json = (status: number, body: unknown) => ({
    status,
    contentType: JSON_11,
    body: JSON.stringify(body)
  })
  return {
    service: 'ssm',
    parse(body, req) {
      const target = String(req.headers['x-amz-target'] ?? '')
      const action = target.startsWith('AmazonSSM.') ? target.slice('AmazonSSM.'.length) : ''
      let params: SsmParams = {}
      try {
        const parsed: unknown = JSON.parse(body || '{}')
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
          params = parsed as SsmParams
      } catch {
        // left empty: the handler refuses the missing members
      }
      return { action, params }
    },
    answer({ action, params, region }) {
      const handler = handlers[action]
      if (!handler) throw ssmError('UnknownOperationException', undefined)
      return json(200, handler(params, region))
    },
    renderError: error =>
      json(error.status, {
        __type: error.code,
        ...(error.message ? { message: error.message } : {})
      }),
    unsigned: scope =>
      scope
        ? ssmError(
            'InvalidSignatureException',
            "Credential should be scoped to correct service: 'ssm'. ",
            403
          )
        : ssmError('MissingAuthenticationTokenException', 'Missing Authentication Token', 403),
    fault: kind =>
      kind === 'throttle'
        ? ssmError('ThrottlingException', 'Rate exceeded')
        : ssmError('InternalServerError', 'An error occurred on the server side.', 500),
    internal: error => ssmError('InternalServerError', String(error), 500)
  }
}

/**
 * An SSM Parameter Store on 127.0.0.1 speaking JSON 1.1 (`X-Amz-Target: AmazonSSM.<Action>`),
 * one store per SigV4 region. The SDK reaches it through AWS_ENDPOINT_URL_SSM.
 */
export async function startSsmEndpoint(options: SsmEndpointOptions = {}): Promise<SsmEndpoint> {
  const clock = options.clock ?? new Clock()
  const store = new Store(clock)
  const server = await serveAws(ssmProtocol(ssmHandlers(store, options)))
  const copies = (versions: ParameterVersion[] | undefined) => (versions ?? []).map(v => ({ ...v }))
  return {
    url: server.url,
    clock,
    requests: server.requests,
    seed: {
      parameter(region, seed) {
        return store.put(
          region,
          {
            name: seed.name,
            type: seed.type ?? 'String',
            value: seed.value,
            dataType: seed.dataType ?? 'text',
            description: seed.description
          },
          seed.lastModifiedDate === undefined ? undefined : toMillis(seed.lastModifiedDate)
        )
      }
    },
    inspect: {
      parameters: region =>
        [...store.region(region).values()].flatMap(versions => copies(versions.slice(-1))),
      history: (region, name) => copies(store.history(region, name))
    },
    failNext(action, count, kind = 'throttle', when) {
      server.faults.failNext(action, count, kind, when)
    },
    hangNext(action, count) {
      server.faults.hangNext(action, count)
    },
    holdNext(action, until) {
      server.faults.holdNext(action, until)
    },
    beforeNext(action, hook) {
      server.faults.beforeNext(action, hook)
    },
    reset() {
      store.clear()
      if (!options.clock) clock.useRealTime()
      server.requests.length = 0
      server.faults.clear()
    },
    close: () => server.close()
  }
}
