import * as core from '@actions/core'
import * as fs from 'node:fs'
import * as path from 'node:path'
import {
  DEFAULT_ANSIBLE_VERSION,
  DEFAULT_PACKER_MIRROR,
  DEFAULT_PACKER_VERSION,
  Input
} from './constants.js'
import { InputError, errorMessage } from './errors.js'
import { HASHICORP_RELEASE_KEY } from './install/hashicorp-key.js'
import { checkArmoredPublicKey } from './install/verify.js'
import { compileTagPattern } from './release/version.js'
import { checkImageVersion } from './release/version.js'

export type Mode = 'build' | 'validate' | 'install'
export type OnExisting = 'reuse' | 'fail' | 'rebuild'
export type AnsiblePackage = 'ansible-core' | 'ansible'

export interface PackerInputs {
  version: string
  mirror: string
  /** Armored OpenPGP public key that must have signed the SHA256SUMS. */
  signingKey: string
}

export interface AnsibleInputs {
  version: string
  package: AnsiblePackage
  python: string
  /** Absolute path of a Galaxy requirements file, if any. */
  requirements: string | undefined
}

export interface Tag {
  Key: string
  Value: string
}

export interface Inputs {
  mode: Mode
  /** Absolute path of the template file or folder. */
  template: string
  /** Absolute path Packer runs in. */
  workingDirectory: string
  packer: PackerInputs
  /** Undefined with `ansible-version: none`. */
  ansible: AnsibleInputs | undefined
  imageVersion: string | undefined
  releaseTagPattern: RegExp
  releaseTagGlob: string
  onUntagged: 'skip' | 'fail'
  versionTagKey: string
  tags: Tag[]
  awsRegion: string | undefined
  vars: [name: string, value: string][]
  varFiles: string[]
  only: string[]
  except: string[]
  onExisting: OnExisting
  keepGenerations: number
  githubToken: string
  ansibleVaultPassword: string | undefined
}

const EXACT_VERSION = /^\d+\.\d+\.\d+$/
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/
const BUILD_NAME = /^[A-Za-z0-9_.*-]+$/

function oneOf<T extends string>(input: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new InputError(input, `'${value}' is not one of ${allowed.join(', ')}`)
}

function exactVersion(input: string, value: string, what: string): string {
  if (!EXACT_VERSION.test(value)) {
    throw new InputError(input, `'${value}' is not an exact ${what} version X.Y.Z (e.g. 1.2.3)`)
  }
  return value
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

function parseTags(value: string, versionTagKey: string): Tag[] {
  const seen = new Set<string>()
  return parseKeyValueLines(Input.Tags, value).map(([Key, Value]) => {
    checkTagKey(Input.Tags, Key)
    if (Key === versionTagKey) {
      throw new InputError(Input.Tags, `'${Key}' is the version tag; the action sets it itself`)
    }
    if (seen.has(Key)) throw new InputError(Input.Tags, `'${Key}' is given twice`)
    seen.add(Key)
    if (Value.length > 256)
      throw new InputError(Input.Tags, `the value of '${Key}' is over 256 characters`)
    return { Key, Value }
  })
}

function checkTagKey(input: string, key: string): string {
  if (key.length === 0 || key.length > 128) {
    throw new InputError(input, `tag key '${key}' must be 1 to 128 characters`)
  }
  if (key.toLowerCase().startsWith('aws:')) {
    throw new InputError(input, `tag key '${key}' may not start with 'aws:' (reserved by AWS)`)
  }
  return key
}

function parseVars(value: string): [string, string][] {
  return parseKeyValueLines(Input.Vars, value).map(([name, v]) => {
    if (!VARIABLE_NAME.test(name)) {
      throw new InputError(
        Input.Vars,
        `'${name}' is not a variable name (letters, digits, _ and -)`
      )
    }
    if (name === 'image_version') {
      throw new InputError(Input.Vars, `'image_version' is set by the action; use 'image-version'`)
    }
    return [name, v]
  })
}

function parseBuildNames(input: string, value: string): string[] {
  const names = value
    .split(',')
    .map(name => name.trim())
    .filter(name => name !== '')
  for (const name of names) {
    if (!BUILD_NAME.test(name)) {
      throw new InputError(
        input,
        `'${name}' is not a build name (comma-separated, e.g. amazon-ebs.app)`
      )
    }
  }
  return names
}

function parseMirror(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError(
      Input.PackerMirror,
      `'${value}' is not a URL (e.g. https://releases.hashicorp.com)`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(Input.PackerMirror, `'${value}' must be an http or https URL`)
  }
  return value.replace(/\/+$/, '')
}

function parseKeepGenerations(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 10_000) {
    throw new InputError(Input.KeepGenerations, `'${value}' is not a whole number from 0 to 10000`)
  }
  return Number(value)
}

function resolveInside(base: string, relative: string): string {
  return path.resolve(base, relative)
}

function existingPath(input: string, absolute: string, kind: 'file' | 'any'): string {
  let stat: fs.Stats
  try {
    stat = fs.statSync(absolute)
  } catch (error) {
    throw new InputError(input, `'${absolute}' cannot be read (${errorMessage(error)})`)
  }
  if (kind === 'file' && !stat.isFile()) throw new InputError(input, `'${absolute}' is not a file`)
  return absolute
}

const TEMPLATE_FORM = 'a *.pkr.hcl, *.pkr.json or legacy *.json file, or a folder of *.pkr.hcl'

function checkTemplate(absolute: string): string {
  existingPath(Input.Template, absolute, 'any')
  const stat = fs.statSync(absolute)
  if (stat.isDirectory()) {
    if (!fs.readdirSync(absolute).some(name => name.endsWith('.pkr.hcl'))) {
      throw new InputError(
        Input.Template,
        `folder '${absolute}' holds no *.pkr.hcl file (${TEMPLATE_FORM})`
      )
    }
  } else if (!/\.(pkr\.hcl|json)$/.test(absolute)) {
    throw new InputError(Input.Template, `'${absolute}' is not ${TEMPLATE_FORM}`)
  }
  return absolute
}

/** Checks the form of a user-given signing key; openpgp reads it in full when it verifies. */
function checkSigningKey(armored: string): string {
  if (armored === HASHICORP_RELEASE_KEY) return armored
  try {
    checkArmoredPublicKey(armored)
  } catch (error) {
    throw new InputError(
      Input.PackerSigningKey,
      `not an armored OpenPGP public key (-----BEGIN PGP PUBLIC KEY BLOCK-----): ${errorMessage(error)}`
    )
  }
  return armored
}

/**
 * Reads and checks every input. Nothing is downloaded, spawned or called on AWS before this
 * returns, so a bad input fails the step at once with the input's name.
 */
export function readInputs(env: NodeJS.ProcessEnv = process.env): Inputs {
  const get = (name: string): string => core.getInput(name)
  const mode = oneOf(Input.Mode, get(Input.Mode) || 'build', [
    'build',
    'validate',
    'install'
  ] as const)

  const workspace = env['GITHUB_WORKSPACE'] || process.cwd()
  const workingDirectory = resolveInside(workspace, get(Input.WorkingDirectory) || '.')
  if (mode !== 'install') existingPath(Input.WorkingDirectory, workingDirectory, 'any')
  const templatePath = resolveInside(workingDirectory, get(Input.Template) || '.')
  const template = mode === 'install' ? templatePath : checkTemplate(templatePath)

  const packer: PackerInputs = {
    version: exactVersion(
      Input.PackerVersion,
      get(Input.PackerVersion) || DEFAULT_PACKER_VERSION,
      'Packer'
    ),
    mirror: parseMirror(get(Input.PackerMirror) || DEFAULT_PACKER_MIRROR),
    signingKey: get(Input.PackerSigningKey) || HASHICORP_RELEASE_KEY
  }

  const ansibleVersion = get(Input.AnsibleVersion) || DEFAULT_ANSIBLE_VERSION
  const ansiblePackage = oneOf(Input.AnsiblePackage, get(Input.AnsiblePackage) || 'ansible-core', [
    'ansible-core',
    'ansible'
  ] as const)
  const python = get(Input.Python) || 'python3'
  const requirements = get(Input.AnsibleRequirements)
  let ansible: AnsibleInputs | undefined
  if (ansibleVersion === 'none') {
    if (requirements) {
      throw new InputError(
        Input.AnsibleRequirements,
        `needs Ansible, but 'ansible-version' is 'none'`
      )
    }
  } else {
    if (!EXACT_VERSION.test(ansibleVersion)) {
      throw new InputError(
        Input.AnsibleVersion,
        `'${ansibleVersion}' is not an exact ${ansiblePackage} version X.Y.Z, or 'none'`
      )
    }
    ansible = {
      version: ansibleVersion,
      package: ansiblePackage,
      python,
      requirements: requirements
        ? existingPath(
            Input.AnsibleRequirements,
            resolveInside(workingDirectory, requirements),
            'file'
          )
        : undefined
    }
  }

  const explicitVersion = get(Input.ImageVersion)
  const imageVersion = explicitVersion
    ? checkImageVersion(Input.ImageVersion, explicitVersion)
    : undefined
  const releaseTagGlob = get(Input.ReleaseTagPattern) || 'release-*'
  const releaseTagPattern = compileTagPattern(releaseTagGlob)
  const onUntagged = oneOf(Input.OnUntagged, get(Input.OnUntagged) || 'skip', [
    'skip',
    'fail'
  ] as const)
  const versionTagKey = checkTagKey(Input.VersionTagKey, get(Input.VersionTagKey) || 'ImageVersion')
  const tags = parseTags(get(Input.Tags), versionTagKey)

  const region = get(Input.AwsRegion) || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || undefined
  if (region !== undefined && !REGION.test(region)) {
    throw new InputError(Input.AwsRegion, `'${region}' is not an AWS region name (e.g. us-east-1)`)
  }
  if (mode === 'build' && region === undefined) {
    throw new InputError(
      Input.AwsRegion,
      'no region: set the input, or AWS_REGION (aws-actions/configure-aws-credentials sets it)'
    )
  }

  const varFiles = parseLines(get(Input.VarFiles)).map(file =>
    existingPath(Input.VarFiles, resolveInside(workingDirectory, file), 'file')
  )
  const only = parseBuildNames(Input.Only, get(Input.Only))
  const except = parseBuildNames(Input.Except, get(Input.Except))
  if (only.length > 0 && except.length > 0) {
    throw new InputError(Input.Except, `cannot be combined with 'only'; give one of them`)
  }

  const onExisting = oneOf(Input.OnExisting, get(Input.OnExisting) || 'reuse', [
    'reuse',
    'fail',
    'rebuild'
  ] as const)
  const keepGenerations = parseKeepGenerations(get(Input.KeepGenerations) || '0')

  const githubToken = get(Input.GithubToken)
  if (githubToken) core.setSecret(githubToken)
  const vaultPassword = get(Input.AnsibleVaultPassword)
  if (vaultPassword) core.setSecret(vaultPassword)
  if (vaultPassword && ansible === undefined) {
    throw new InputError(
      Input.AnsibleVaultPassword,
      `needs Ansible, but 'ansible-version' is 'none'`
    )
  }

  checkSigningKey(packer.signingKey)

  return {
    mode,
    template,
    workingDirectory,
    packer,
    ansible,
    imageVersion,
    releaseTagPattern,
    releaseTagGlob,
    onUntagged,
    versionTagKey,
    tags,
    awsRegion: region,
    vars: parseVars(get(Input.Vars)),
    varFiles,
    only,
    except,
    onExisting,
    keepGenerations,
    githubToken,
    ansibleVaultPassword: vaultPassword || undefined
  }
}
