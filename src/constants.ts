/** Input names, exactly as in action.yml. */
export const Input = {
  Mode: 'mode',
  Template: 'template',
  WorkingDirectory: 'working-directory',
  PackerVersion: 'packer-version',
  PackerMirror: 'packer-mirror',
  PackerSigningKey: 'packer-signing-key',
  AnsibleVersion: 'ansible-version',
  AnsiblePackage: 'ansible-package',
  AnsibleRequirements: 'ansible-requirements',
  Python: 'python',
  ImageVersion: 'image-version',
  ReleaseTagPattern: 'release-tag-pattern',
  OnUntagged: 'on-untagged',
  VersionTagKey: 'version-tag-key',
  Tags: 'tags',
  AwsRegion: 'aws-region',
  Vars: 'vars',
  VarFiles: 'var-files',
  Only: 'only',
  Except: 'except',
  OnExisting: 'on-existing',
  KeepGenerations: 'keep-generations',
  GithubToken: 'github-token',
  AnsibleVaultPassword: 'ansible-vault-password'
} as const

/** Output names, exactly as in action.yml. */
export const Output = {
  AmiId: 'ami-id',
  Amis: 'amis',
  Artifacts: 'artifacts',
  ImageVersion: 'image-version',
  Region: 'region',
  Reused: 'reused',
  Skipped: 'skipped',
  PackerVersion: 'packer-version',
  AnsibleVersion: 'ansible-version'
} as const

/** Keys the main step saves for the post step. */
export const State = {
  Leftovers: 'leftovers',
  VaultPasswordFile: 'vault-password-file'
} as const

/** The newest stable Packer confirmed in HashiCorp's changelog (2026-06). */
export const DEFAULT_PACKER_VERSION = '1.15.4'
/** Supports Python 3.12 to 3.14: ubuntu-24.04 runners have 3.12. */
export const DEFAULT_ANSIBLE_VERSION = '2.21.2'
export const DEFAULT_PACKER_MIRROR = 'https://releases.hashicorp.com'
