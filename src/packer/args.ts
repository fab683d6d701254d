import type { Template } from './template.js'

export interface PackerRunContext {
  template: Template
  version: string
  vars: [string, string][]
  varFiles: string[]
  only: string[]
  except: string[]
  pluginPath: string
  githubToken: string
  /** Extra environment (e.g. the vault password file). */
  extraEnv?: Record<string, string>
}

/** `-var`/`-var-file` arguments: HCL2 gets variables through PKR_VAR_*, legacy JSON on the command line. */
function variableArgs(c: PackerRunContext): string[] {
  const args = c.varFiles.map(f => `-var-file=${f}`)
  if (c.template.format === 'legacy-json') {
    if (c.template.declaresImageVersion) args.push('-var', `image_version=${c.version}`)
    for (const [name, value] of c.vars) args.push('-var', `${name}=${value}`)
  }
  return args
}

function selectionArgs(c: PackerRunContext): string[] {
  const args: string[] = []
  if (c.only.length > 0) args.push(`-only=${c.only.join(',')}`)
  if (c.except.length > 0) args.push(`-except=${c.except.join(',')}`)
  return args
}

export function validateArgs(c: PackerRunContext): string[] {
  return ['validate', ...selectionArgs(c), ...variableArgs(c), c.template.path]
}

export function buildArgs(c: PackerRunContext): string[] {
  return [
    'build',
    '-machine-readable',
    '-color=false',
    ...selectionArgs(c),
    ...variableArgs(c),
    c.template.path
  ]
}

export function initArgs(c: PackerRunContext): string[] {
  return ['init', c.template.path]
}

/** What Packer and the Ansible it runs see on top of the runner's environment. */
export function packerEnv(c: PackerRunContext): Record<string, string> {
  const env: Record<string, string> = {
    IMAGE_VERSION: c.version,
    PACKER_PLUGIN_PATH: c.pluginPath,
    // No call-home from a release job.
    CHECKPOINT_DISABLE: '1',
    ...c.extraEnv
  }
  if (c.githubToken) env['PACKER_GITHUB_API_TOKEN'] = c.githubToken
  if (c.template.format === 'hcl') {
    env['PKR_VAR_image_version'] = c.version
    for (const [name, value] of c.vars) env[`PKR_VAR_${name}`] = value
  }
  return env
}

/** `X.Y.Z` ≥ `A.B.C`. */
export function versionAtLeast(version: string, minimum: string): boolean {
  const a = version.split('.').map(Number)
  const b = minimum.split('.').map(Number)
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d > 0
  }
  return true
}

/** Legacy JSON component types that live in an external plugin since Packer 1.10. */
const PLUGIN_OF_TYPE: [RegExp, string][] = [
  [/^amazon-/, 'github.com/hashicorp/amazon'],
  [/^ansible(-local)?$/, 'github.com/hashicorp/ansible'],
  [/^docker(-.*)?$/, 'github.com/hashicorp/docker'],
  [/^googlecompute(-.*)?$/, 'github.com/hashicorp/googlecompute'],
  [/^azure-/, 'github.com/hashicorp/azure'],
  [/^qemu$/, 'github.com/hashicorp/qemu'],
  [/^virtualbox-/, 'github.com/hashicorp/virtualbox'],
  [/^vmware-/, 'github.com/hashicorp/vmware'],
  [/^vsphere(-.*)?$/, 'github.com/hashicorp/vsphere'],
  [/^vagrant(-cloud)?$/, 'github.com/hashicorp/vagrant'],
  [/^chef-(solo|client)$/, 'github.com/hashicorp/chef'],
  [/^puppet-(masterless|server)$/, 'github.com/hashicorp/puppet'],
  [/^salt-masterless$/, 'github.com/hashicorp/salt']
]

/**
 * The `packer plugins install` commands a legacy JSON template needs on a Packer that no longer
 * bundles plugins (1.10 and later); none before that.
 */
export function legacyPluginInstalls(template: Template, packerVersion: string): string[][] {
  if (template.format !== 'legacy-json' || !versionAtLeast(packerVersion, '1.10.0')) return []
  const plugins = new Set<string>()
  for (const type of template.componentTypes) {
    const match = PLUGIN_OF_TYPE.find(([pattern]) => pattern.test(type))
    if (match) plugins.add(match[1])
  }
  return [...plugins].sort().map(plugin => ['plugins', 'install', plugin])
}

/** `packer init` exists since 1.7 and matters only for HCL2 templates with required_plugins. */
export function needsInit(template: Template, packerVersion: string): boolean {
  return (
    template.format === 'hcl' && template.requiresPlugins && versionAtLeast(packerVersion, '1.7.0')
  )
}
