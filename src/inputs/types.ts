import type { RetireMode } from '../stream/retention.js'
import type { TagFilter } from '../release/tag-pattern.js'
import type { Tag } from '../release/tags.js'

export type Mode = 'build' | 'validate' | 'install' | 'lookup'
export type OnExisting = 'reuse' | 'fail' | 'rebuild'
export type AnsiblePackage = 'ansible-core' | 'ansible'

export interface PackerInputs {
  version: string
  /** Base URL, without a trailing slash; may carry credentials (never logged). */
  mirror: string
  /** Armored OpenPGP public key that must have signed the SHA256SUMS. */
  signingKey: string
  /** Whether `signingKey` is HashiCorp's embedded key. */
  hashicorpKey: boolean
  amazonPluginVersion: string
}

export interface AnsibleInputs {
  version: string
  package: AnsiblePackage
  /** One path, or one name looked up on PATH: never a command line. */
  python: string
  /** Absolute path of a Galaxy requirements file, if any. */
  requirements: string | undefined
}

/** What installing the tools needs: every mode but `lookup`. */
export interface ToolInputs {
  packer: PackerInputs
  /** Undefined with `ansible-version: none`. */
  ansible: AnsibleInputs | undefined
  githubToken: string
}

/** What running Packer on the template needs. */
export interface TemplateInputs {
  /** Absolute path of the template file or folder, inside the workspace. */
  template: string
  /** Absolute path Packer runs in. */
  workingDirectory: string
  vars: [name: string, value: string][]
  /** Absolute paths. */
  varFiles: string[]
  only: string[]
  except: string[]
}

/** What identifies the release and its images. */
export interface ReleaseInputs {
  imageVersion: string | undefined
  releaseTags: TagFilter
  onUntagged: 'skip' | 'fail'
  versionTagKey: string
  tags: Tag[]
  /** Given as `lineage`; otherwise derived from the template and what the workflow passes. */
  lineage: string | undefined
  /** The region the template builds in; `regionFrom` says where it came from. */
  region: string
  regionFrom: 'input' | 'environment'
  ssmParameter: string | undefined
  releaseNotes: boolean
}

export interface RetentionInputs {
  onExisting: OnExisting
  keepGenerations: number
  retire: RetireMode
  keepLaunchedWithinDays: number
}

export type Inputs =
  | ({ mode: 'install' } & ToolInputs)
  | ({ mode: 'validate' } & ToolInputs &
      TemplateInputs &
      Pick<ReleaseInputs, 'imageVersion' | 'releaseTags'>)
  | ({ mode: 'build' } & ToolInputs &
      TemplateInputs &
      ReleaseInputs &
      RetentionInputs & { ansibleVaultPassword: string | undefined })
  | ({ mode: 'lookup' } & TemplateInputs & ReleaseInputs)

export type BuildInputs = Extract<Inputs, { mode: 'build' }>
export type LookupInputs = Extract<Inputs, { mode: 'lookup' }>
export type ValidateInputs = Extract<Inputs, { mode: 'validate' }>
export type InstallInputs = Extract<Inputs, { mode: 'install' }>
