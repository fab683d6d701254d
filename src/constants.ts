/** Input names, exactly as in action.yml. */
export const Input = {
  Mode: 'mode',
  Template: 'template',
  WorkingDirectory: 'working-directory',
  PackerVersion: 'packer-version',
  PackerMirror: 'packer-mirror',
  PackerSigningKey: 'packer-signing-key',
  AmazonPluginVersion: 'amazon-plugin-version',
  AnsibleVersion: 'ansible-version',
  AnsiblePackage: 'ansible-package',
  AnsibleRequirements: 'ansible-requirements',
  Python: 'python',
  ImageVersion: 'image-version',
  ReleaseTagPattern: 'release-tag-pattern',
  OnUntagged: 'on-untagged',
  VersionTagKey: 'version-tag-key',
  Tags: 'tags',
  Lineage: 'lineage',
  AwsRegion: 'aws-region',
  Vars: 'vars',
  VarFiles: 'var-files',
  Only: 'only',
  Except: 'except',
  OnExisting: 'on-existing',
  KeepGenerations: 'keep-generations',
  Retire: 'retire',
  KeepLaunchedWithinDays: 'keep-launched-within-days',
  SsmParameter: 'ssm-parameter',
  ReleaseNotes: 'release-notes',
  GithubToken: 'github-token',
  AnsibleVaultPassword: 'ansible-vault-password'
} as const

/** Output names, exactly as in action.yml. */
export const Output = {
  AmiId: 'ami-id',
  Amis: 'amis',
  Artifacts: 'artifacts',
  Builds: 'builds',
  ImageVersion: 'image-version',
  Lineage: 'lineage',
  Region: 'region',
  Reused: 'reused',
  Skipped: 'skipped',
  PackerVersion: 'packer-version',
  AnsibleVersion: 'ansible-version',
  SsmParameterVersions: 'ssm-parameter-versions'
} as const

/** Keys the main step saves for the post step. */
export const State = {
  Evidence: 'evidence',
  Claim: 'claim',
  /** A release's parameter writes not labelled yet (publish.ts), for the post step. */
  ParameterWrites: 'parameter-writes',
  VaultPasswordFile: 'vault-password-file'
} as const

/** The newest stable Packer confirmed in HashiCorp's changelog (2026-07). */
export const DEFAULT_PACKER_VERSION = '1.16.0'
/** The newest release of github.com/hashicorp/amazon confirmed in its repository. */
export const DEFAULT_AMAZON_PLUGIN_VERSION = '1.8.2'
/** Supports Python 3.12 to 3.14: ubuntu-24.04 runners have 3.12. */
export const DEFAULT_ANSIBLE_VERSION = '2.21.2'
export const DEFAULT_PACKER_MIRROR = 'https://releases.hashicorp.com'
export const DEFAULT_RELEASE_TAG_PATTERN = 'release-*'
export const DEFAULT_VERSION_TAG_KEY = 'ImageVersion'

/**
 * An AWS region's name, in every partition's pattern (@aws-sdk/core@3.981.0:dist-es/submodules/
 * client/util-endpoints/lib/aws/partitions.js): `us-east-1`, `cn-north-1`, `us-isob-east-1`,
 * `eusc-de-east-1`. One pattern for the input, the state and what Packer's log names.
 */
export const REGION_NAME = String.raw`[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}`
export const REGION = new RegExp(`^${REGION_NAME}$`)
