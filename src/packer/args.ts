import type { Template } from './template.js'

export interface PackerRunContext {
  template: Template
  version: string
  vars: readonly (readonly [string, string])[]
  varFiles: readonly string[]
  only: readonly string[]
  except: readonly string[]
  pluginPath: string
  githubToken: string
  /**
   * The release's region, where the action looks: Packer's AWS_REGION, so that a source without
   * `region` builds there, not where the job's environment points.
   */
  region?: string | undefined
  /** More environment: the vault password file, Galaxy paths. */
  extraEnv?: Record<string, string>
}

/**
 * `-var`/`-var-file`: the release version as `-var image_version=...`, Packer's highest
 * precedence (default < PKR_VAR_ < *.auto.pkrvars.* < -var-file < -var,
 * hashicorp/packer@v1.16.0:hcl2template/types.variables.go:599-795, v1.15.4 :579-772), where
 * the template declares it; HCL2 gets `vars` through PKR_VAR_* (see packerEnv), legacy JSON as
 * `-var`.
 */
function variableArgs(c: PackerRunContext): string[] {
  const args = c.varFiles.map(f => `-var-file=${f}`)
  if (c.template.variables.has('image_version')) args.push('-var', `image_version=${c.version}`)
  if (c.template.format === 'legacy-json')
    for (const [name, value] of c.vars) args.push('-var', `${name}=${value}`)
  return args
}

/** `-only=a,b` and `-except=c` (each when it names anything), the variables, the template. */
const templateArgs = (c: PackerRunContext) => [
  ...(['only', 'except'] as const).filter(k => c[k].length > 0).map(k => `-${k}=${c[k].join(',')}`),
  ...variableArgs(c),
  c.template.path
]

export function validateArgs(c: PackerRunContext): string[] {
  return ['validate', ...templateArgs(c)]
}

export function buildArgs(c: PackerRunContext): string[] {
  return ['build', '-machine-readable', '-color=false', ...templateArgs(c)]
}

export function initArgs(c: PackerRunContext): string[] {
  return ['init', c.template.path]
}

/** What Packer, its plugins and the Ansible it runs see on top of the runner's environment. */
export function packerEnv(c: PackerRunContext): Record<string, string> {
  const env: Record<string, string> = {
    IMAGE_VERSION: c.version,
    PACKER_PLUGIN_PATH: c.pluginPath,
    // No call-home from a release job; any value turns it off (Packer 1.16.0:
    // hashicorp/go-checkpoint@784cec078f5b:check.go:101-103; Packer 1.15.4:
    // @1545e56e46de:checkpoint.go:203-206).
    CHECKPOINT_DISABLE: '1',
    ...c.extraEnv
  }
  if (c.githubToken) env['PACKER_GITHUB_API_TOKEN'] = c.githubToken
  // A source without region takes the SDK's, from AWS_REGION first
  // (hashicorp/packer-plugin-amazon@v1.8.2:common/access_config.go:300).
  if (c.region) env['AWS_REGION'] = c.region
  if (c.template.format === 'hcl') {
    env['PKR_VAR_image_version'] = c.version
    for (const [name, value] of c.vars) env[`PKR_VAR_${name}`] = value
  }
  return env
}
