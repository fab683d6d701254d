import { randomBytes } from 'node:crypto'
import { ACCOUNT_ID } from '../aws/account.js'
import { serveAws, type AwsProtocol } from '../aws/endpoint.js'
import { AwsError } from '../aws/errors.js'
import type { FaultKind, LoggedRequest } from '../aws/faults.js'
import { Params } from '../aws/params.js'
import { queryErrorXml, queryResponseXml, type XmlValue } from '../aws/xml.js'
import { Clock, toMillis, type TimeInput } from '../clock.js'

type RawParams = Record<string, string>

const NS = 'https://iam.amazonaws.com/doc/2010-05-08/'
const VERSION = '2010-05-08'
const NAME = /^[\w+=,.@-]{1,64}$/

export interface Role {
  name: string
  id: string
  path: string
  arn: string
  /** ms, from the endpoint's clock. */
  createDate: number
  assumeRolePolicyDocument: string
  description: string | undefined
  maxSessionDuration: number
  tags: Record<string, string>
  /** Inline policies by name. */
  policies: Record<string, string>
}

export interface InstanceProfile {
  name: string
  id: string
  path: string
  arn: string
  createDate: number
  /** Role names (IAM allows one). */
  roles: string[]
  tags: Record<string, string>
}

export interface RoleSeed {
  name: string
  path?: string
  /** Default: EC2 may assume the role. */
  assumeRolePolicyDocument?: string | object
  description?: string
  policies?: Record<string, string | object>
  tags?: Record<string, string>
  createDate?: TimeInput
}

export interface InstanceProfileSeed {
  name: string
  path?: string
  roles?: string[]
  createDate?: TimeInput
}

export interface IamEndpoint {
  url: string
  clock: Clock
  requests: LoggedRequest[]
  seed: {
    /** Returns the role's ARN. */
    role(seed: RoleSeed): string
    /** Returns the instance profile's ARN. */
    instanceProfile(seed: InstanceProfileSeed): string
  }
  inspect: {
    roles(): Role[]
    instanceProfiles(): InstanceProfile[]
  }
  /**
   * For the EC2 endpoint's `resolveInstanceProfile`: the profile named (or with that ARN), or
   * undefined when IAM has none, so RunInstances refuses it as EC2 does.
   */
  resolveInstanceProfile(ref: {
    name: string | undefined
    arn: string | undefined
  }): { arn: string; id: string } | undefined
  /** Answers the next `count` calls of `action` (matching `when`) with Throttling or ServiceFailure. */
  failNext(
    action: string,
    count: number,
    kind?: FaultKind,
    when?: (params: RawParams) => boolean
  ): void
  hangNext(action: string, count: number): void
  reset(): void
  close(): Promise<void>
}

export const EC2_TRUST_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }
  ]
})

const iamError = (code: string, message: string, status: number) =>
  new AwsError(code, message, status)
const noSuchEntity = (message: string) => iamError('NoSuchEntity', message, 404)
const noSuchRole = (name: string) => noSuchEntity(`The role with name ${name} cannot be found.`)
const noSuchProfile = (name: string) => noSuchEntity(`Instance Profile ${name} cannot be found.`)

/** IAM IDs: a 4-letter prefix (AROA roles, AIPA instance profiles) and 17 characters. */
function iamId(prefix: string): string {
  return `${prefix}${randomBytes(9).toString('hex').slice(0, 17).toUpperCase()}`
}

function normalizePath(path: string | undefined): string {
  if (path === undefined) return '/'
  if (!/^\/([\x21-\x7e]*\/)?$/.test(path))
    throw iamError(
      'ValidationError',
      `The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.`,
      400
    )
  return path
}

function checkName(kind: string, name: string): void {
  if (!NAME.test(name))
    throw iamError(
      'ValidationError',
      `1 validation error detected: Value '${name}' at '${kind}' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+`,
      400
    )
}

function policyText(document: string | object): string {
  return typeof document === 'string' ? document : JSON.stringify(document)
}

function checkPolicy(document: string): void {
  try {
    const parsed: unknown = JSON.parse(document)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return
  } catch {
    // below
  }
  throw iamError('MalformedPolicyDocument', 'This policy contains invalid Json', 400)
}

/** IAM writes dates without milliseconds. */
function iamDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function tagsXml(tags: Record<string, string>): XmlValue[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
}

/** Policy documents come back URL-encoded, as IAM returns them. */
function roleXml(role: Role): Record<string, XmlValue> {
  return {
    Path: role.path,
    RoleName: role.name,
    RoleId: role.id,
    Arn: role.arn,
    CreateDate: iamDate(role.createDate),
    AssumeRolePolicyDocument: encodeURIComponent(role.assumeRolePolicyDocument),
    Description: role.description,
    MaxSessionDuration: role.maxSessionDuration,
    Tags: Object.keys(role.tags).length > 0 ? tagsXml(role.tags) : undefined
  }
}

/** IAM's Marker/MaxItems pagination. */
function page<T>(
  items: T[],
  p: Params
): { items: T[]; IsTruncated: boolean; Marker: string | undefined } {
  const max = p.int('MaxItems', 100)
  if (!Number.isInteger(max) || max < 1 || max > 1000)
    throw iamError(
      'ValidationError',
      `1 validation error detected: Value '${max}' at 'maxItems' failed to satisfy constraint: Member must have value between 1 and 1000`,
      400
    )
  const marker = p.get('Marker')
  const offset = marker === undefined ? 0 : Number(Buffer.from(marker, 'base64url').toString())
  if (!Number.isInteger(offset) || offset < 0 || offset > items.length)
    throw iamError('ValidationError', 'Invalid Marker.', 400)
  const slice = items.slice(offset, offset + max)
  const next = offset + slice.length
  return {
    items: slice,
    IsTruncated: next < items.length,
    Marker: next < items.length ? Buffer.from(String(next)).toString('base64url') : undefined
  }
}

class Directory {
  roles = new Map<string, Role>()
  profiles = new Map<string, InstanceProfile>()

  constructor(private readonly clock: Clock) {}

  role(name: string): Role {
    const role = this.roles.get(name)
    if (!role) throw noSuchRole(name)
    return role
  }

  profile(name: string): InstanceProfile {
    const profile = this.profiles.get(name)
    if (!profile) throw noSuchProfile(name)
    return profile
  }

  profileXml(profile: InstanceProfile): XmlValue {
    return {
      Path: profile.path,
      InstanceProfileName: profile.name,
      InstanceProfileId: profile.id,
      Arn: profile.arn,
      CreateDate: iamDate(profile.createDate),
      Roles: profile.roles.map(name => roleXml(this.role(name))),
      Tags: Object.keys(profile.tags).length > 0 ? tagsXml(profile.tags) : undefined
    }
  }

  createRole(fields: {
    name: string
    path: string
    assumeRolePolicyDocument: string
    description: string | undefined
    maxSessionDuration: number
    tags: Record<string, string>
    createDate?: number
  }): Role {
    checkName('roleName', fields.name)
    checkPolicy(fields.assumeRolePolicyDocument)
    if (this.roles.has(fields.name))
      throw iamError('EntityAlreadyExists', `Role with name ${fields.name} already exists.`, 409)
    const arn = `arn:aws:iam::${ACCOUNT_ID}:role${fields.path}${fields.name}`
    const role: Role = {
      ...fields,
      id: iamId('AROA'),
      arn,
      createDate: fields.createDate ?? this.clock.now(),
      policies: {}
    }
    this.roles.set(role.name, role)
    return role
  }

  createProfile(fields: {
    name: string
    path: string
    tags: Record<string, string>
    createDate?: number
  }): InstanceProfile {
    checkName('instanceProfileName', fields.name)
    if (this.profiles.has(fields.name))
      throw iamError('EntityAlreadyExists', `Instance Profile ${fields.name} already exists.`, 409)
    const arn = `arn:aws:iam::${ACCOUNT_ID}:instance-profile${fields.path}${fields.name}`
    const profile: InstanceProfile = {
      ...fields,
      id: iamId('AIPA'),
      arn,
      createDate: fields.createDate ?? this.clock.now(),
      roles: []
    }
    this.profiles.set(profile.name, profile)
    return profile
  }

  addRole(profileName: string, roleName: string): void {
    const profile = this.profile(profileName)
    this.role(roleName)
    if (profile.roles.length > 0)
      throw iamError(
        'LimitExceeded',
        'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1',
        409
      )
    profile.roles.push(roleName)
  }

  profilesOf(roleName: string): InstanceProfile[] {
    return [...this.profiles.values()].filter(p => p.roles.includes(roleName))
  }
}

type Handler = (p: Params) => Record<string, XmlValue> | undefined

function iamHandlers(dir: Directory): Record<string, Handler> {
  return {
    CreateRole: p => ({
      Role: roleXml(
        dir.createRole({
          name: p.required('RoleName'),
          path: normalizePath(p.get('Path')),
          assumeRolePolicyDocument: p.required('AssumeRolePolicyDocument'),
          description: p.get('Description'),
          maxSessionDuration: p.int('MaxSessionDuration', 3600),
          tags: p.tags('Tags.member')
        })
      )
    }),

    GetRole: p => ({
      Role: { ...roleXml(dir.role(p.required('RoleName'))), RoleLastUsed: {} }
    }),

    DeleteRole: p => {
      const role = dir.role(p.required('RoleName'))
      if (Object.keys(role.policies).length > 0)
        throw iamError('DeleteConflict', 'Cannot delete entity, must delete policies first.', 409)
      if (dir.profilesOf(role.name).length > 0)
        throw iamError(
          'DeleteConflict',
          'Cannot delete entity, must remove roles from instance profile first.',
          409
        )
      dir.roles.delete(role.name)
      return undefined
    },

    PutRolePolicy: p => {
      const role = dir.role(p.required('RoleName'))
      const name = p.required('PolicyName')
      checkName('policyName', name)
      const document = p.required('PolicyDocument')
      checkPolicy(document)
      role.policies[name] = document
      return undefined
    },

    GetRolePolicy: p => {
      const role = dir.role(p.required('RoleName'))
      const name = p.required('PolicyName')
      const document = role.policies[name]
      if (document === undefined)
        throw noSuchEntity(`The role policy with name ${name} cannot be found.`)
      return { RoleName: role.name, PolicyName: name, PolicyDocument: encodeURIComponent(document) }
    },

    DeleteRolePolicy: p => {
      const role = dir.role(p.required('RoleName'))
      const name = p.required('PolicyName')
      if (!(name in role.policies))
        throw noSuchEntity(`The role policy with name ${name} cannot be found.`)
      delete role.policies[name]
      return undefined
    },

    ListRolePolicies: p => {
      const role = dir.role(p.required('RoleName'))
      const { items, ...more } = page(Object.keys(role.policies).sort(), p)
      return { PolicyNames: items, ...more }
    },

    CreateInstanceProfile: p => ({
      InstanceProfile: dir.profileXml(
        dir.createProfile({
          name: p.required('InstanceProfileName'),
          path: normalizePath(p.get('Path')),
          tags: p.tags('Tags.member')
        })
      )
    }),

    GetInstanceProfile: p => ({
      InstanceProfile: dir.profileXml(dir.profile(p.required('InstanceProfileName')))
    }),

    DeleteInstanceProfile: p => {
      const profile = dir.profile(p.required('InstanceProfileName'))
      if (profile.roles.length > 0)
        throw iamError(
          'DeleteConflict',
          'Cannot delete entity, must remove roles from instance profile first.',
          409
        )
      dir.profiles.delete(profile.name)
      return undefined
    },

    AddRoleToInstanceProfile: p => {
      dir.addRole(p.required('InstanceProfileName'), p.required('RoleName'))
      return undefined
    },

    RemoveRoleFromInstanceProfile: p => {
      const profile = dir.profile(p.required('InstanceProfileName'))
      const roleName = p.required('RoleName')
      if (!profile.roles.includes(roleName)) throw noSuchRole(roleName)
      profile.roles = profile.roles.filter(r => r !== roleName)
      return undefined
    },

    ListInstanceProfilesForRole: p => {
      const role = dir.role(p.required('RoleName'))
      const { items, ...more } = page(dir.profilesOf(role.name), p)
      return { InstanceProfiles: items.map(profile => dir.profileXml(profile)), ...more }
    }
  }
}

function iamParams(raw: RawParams): Params {
  return new Params(raw, name =>
    iamError(
      'ValidationError',
      `1 validation error detected: Value null at '${name[0]?.toLowerCase() ?? ''}${name.slice(1)}' failed to satisfy constraint: Member must not be null`,
      400
    )
  )
}

function iamProtocol(handlers: Record<string, Handler>): AwsProtocol<RawParams> {
  const xml = (status: number, body: string) => ({ status, contentType: 'text/xml', body })
  return {
    service: 'iam',
    parse(body) {
      const params: RawParams = Object.fromEntries(new URLSearchParams(body))
      return { action: params['Action'] ?? '', params }
    },
    answer({ action, params, requestId }) {
      const handler = handlers[action]
      if (!handler || params['Version'] !== VERSION)
        throw iamError(
          'InvalidAction',
          `Could not find operation ${action} for version ${params['Version'] ?? 'NO_VERSION_SPECIFIED'}`,
          400
        )
      return xml(200, queryResponseXml(NS, action, requestId, handler(iamParams(params))))
    },
    renderError: (error, requestId) => xml(error.status, queryErrorXml(NS, error, requestId)),
    unsigned: scope =>
      scope
        ? iamError(
            'SignatureDoesNotMatch',
            "Credential should be scoped to correct service: 'iam'. ",
            403
          )
        : iamError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403),
    fault: kind =>
      kind === 'throttle'
        ? iamError('Throttling', 'Rate exceeded', 400)
        : iamError(
            'ServiceFailure',
            'The request processing has failed because of an unknown error.',
            500
          ),
    internal: error => iamError('ServiceFailure', String(error), 500)
  }
}

/**
 * IAM on 127.0.0.1 (AWS Query, Version 2010-05-08): roles, inline policies and instance
 * profiles, global as IAM is. The SDK reaches it through AWS_ENDPOINT_URL_IAM.
 */
export async function startIamEndpoint(options: { clock?: Clock } = {}): Promise<IamEndpoint> {
  const clock = options.clock ?? new Clock()
  const dir = new Directory(clock)
  const server = await serveAws(iamProtocol(iamHandlers(dir)))
  return {
    url: server.url,
    clock,
    requests: server.requests,
    seed: {
      role(seed) {
        const role = dir.createRole({
          name: seed.name,
          path: normalizePath(seed.path),
          assumeRolePolicyDocument: policyText(seed.assumeRolePolicyDocument ?? EC2_TRUST_POLICY),
          description: seed.description,
          maxSessionDuration: 3600,
          tags: { ...seed.tags },
          ...(seed.createDate === undefined ? {} : { createDate: toMillis(seed.createDate) })
        })
        for (const [name, document] of Object.entries(seed.policies ?? {}))
          role.policies[name] = policyText(document)
        return role.arn
      },
      instanceProfile(seed) {
        const profile = dir.createProfile({
          name: seed.name,
          path: normalizePath(seed.path),
          tags: {},
          ...(seed.createDate === undefined ? {} : { createDate: toMillis(seed.createDate) })
        })
        for (const role of seed.roles ?? []) dir.addRole(profile.name, role)
        return profile.arn
      }
    },
    inspect: {
      roles: () => [...dir.roles.values()].map(r => structuredClone(r)),
      instanceProfiles: () => [...dir.profiles.values()].map(p => structuredClone(p))
    },
    resolveInstanceProfile({ name, arn }) {
      const profile = [...dir.profiles.values()].find(p =>
        arn !== undefined ? p.arn === arn : p.name === name
      )
      return profile && { arn: profile.arn, id: profile.id }
    },
    failNext(action, count, kind = 'throttle', when) {
      server.faults.failNext(action, count, kind, when)
    },
    hangNext(action, count) {
      server.faults.hangNext(action, count)
    },
    reset() {
      dir.roles.clear()
      dir.profiles.clear()
      if (!options.clock) clock.useRealTime()
      server.requests.length = 0
      server.faults.clear()
    },
    close: () => server.close()
  }
}
