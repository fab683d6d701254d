import { describe, expect, it } from 'vitest'
import {
  buildArgs,
  initArgs,
  packerEnv,
  validateArgs,
  type PackerRunContext
} from '../../src/packer/args.js'
import { versionAtLeast } from '../../src/install/installer.js'
import { ANSIBLE_PLUGIN_VERSION, managedPlugins, needsInit } from '../../src/packer/plugins.js'
import type { Template, Variable } from '../../src/packer/template.js'

/** A template as readTemplate gives it, with only what these functions look at. */
function template(more: Partial<Template> & { declares?: string[] } = {}): Template {
  const { declares = [], ...rest } = more
  const format = rest.format ?? 'hcl'
  return {
    path: format === 'hcl' ? '/w/packer' : '/w/app.json',
    format,
    files: [],
    variables: new Map(
      declares.map((name): [string, Variable] => [
        name,
        { name, default: undefined, sensitive: false, file: '', line: undefined }
      ])
    ),
    locals: new Map(),
    builds: [],
    requiresPlugins: false,
    requiredPlugins: [],
    componentTypes: [],
    ...rest
  }
}

function context(more: Partial<PackerRunContext> = {}): PackerRunContext {
  return {
    template: template({ declares: ['image_version', 'team'] }),
    version: '1.2.0',
    vars: [],
    varFiles: [],
    only: [],
    except: [],
    pluginPath: '/tmp/plugins',
    githubToken: '',
    ...more
  }
}

describe('packer arguments', () => {
  it.each<[string, PackerRunContext, string[]]>([
    [
      'HCL2: image_version as -var where declared, vars not on the command line',
      context({ vars: [['team', 'web']] }),
      ['build', '-machine-readable', '-color=false', '-var', 'image_version=1.2.0', '/w/packer']
    ],
    [
      'HCL2 without image_version: no -var (undeclared, Packer would refuse it)',
      context({ template: template({ declares: ['team'] }), vars: [['team', 'web']] }),
      ['build', '-machine-readable', '-color=false', '/w/packer']
    ],
    [
      'var files first, in order, then -var',
      context({ varFiles: ['/w/a.pkrvars.hcl', '/w/b.pkrvars.json'] }),
      [
        'build',
        '-machine-readable',
        '-color=false',
        '-var-file=/w/a.pkrvars.hcl',
        '-var-file=/w/b.pkrvars.json',
        '-var',
        'image_version=1.2.0',
        '/w/packer'
      ]
    ],
    [
      'legacy JSON: image_version and vars as -var, a value with = and spaces kept whole',
      context({
        template: template({ format: 'legacy-json', declares: ['image_version', 'team'] }),
        vars: [
          ['team', 'web ops'],
          ['url', 'https://x/?a=b']
        ]
      }),
      [
        'build',
        '-machine-readable',
        '-color=false',
        '-var',
        'image_version=1.2.0',
        '-var',
        'team=web ops',
        '-var',
        'url=https://x/?a=b',
        '/w/app.json'
      ]
    ],
    [
      'legacy JSON without image_version: vars only',
      context({
        template: template({ format: 'legacy-json' }),
        vars: [['team', 'web']]
      }),
      ['build', '-machine-readable', '-color=false', '-var', 'team=web', '/w/app.json']
    ],
    [
      '-only, its builds joined by commas',
      context({ only: ['amazon-ebs.app', 'release.amazon-ebs.west'] }),
      [
        'build',
        '-machine-readable',
        '-color=false',
        '-only=amazon-ebs.app,release.amazon-ebs.west',
        '-var',
        'image_version=1.2.0',
        '/w/packer'
      ]
    ],
    [
      '-except',
      context({ except: ['null.test'] }),
      [
        'build',
        '-machine-readable',
        '-color=false',
        '-except=null.test',
        '-var',
        'image_version=1.2.0',
        '/w/packer'
      ]
    ]
  ])('build: %s', (_, c, expected) => {
    expect(buildArgs(c)).toEqual(expected)
  })

  it('validate takes the same selection and variables, without machine output', () => {
    const c = context({ only: ['amazon-ebs.app'], varFiles: ['/w/a.pkrvars.hcl'] })
    expect(validateArgs(c)).toEqual([
      'validate',
      '-only=amazon-ebs.app',
      '-var-file=/w/a.pkrvars.hcl',
      '-var',
      'image_version=1.2.0',
      '/w/packer'
    ])
    expect(buildArgs(c).slice(3)).toEqual(validateArgs(c).slice(1))
  })

  it('init takes exactly the template (hashicorp/packer@v1.16.0:command/init.go:50-55)', () => {
    expect(initArgs(context({ vars: [['team', 'x']], only: ['a'] }))).toEqual(['init', '/w/packer'])
  })
})

describe('packerEnv', () => {
  it('HCL2: PKR_VAR_ for image_version and each var, no call-home, the plugin folder', () => {
    expect(packerEnv(context({ vars: [['team', 'web ops']] }))).toEqual({
      IMAGE_VERSION: '1.2.0',
      PACKER_PLUGIN_PATH: '/tmp/plugins',
      CHECKPOINT_DISABLE: '1',
      PKR_VAR_image_version: '1.2.0',
      PKR_VAR_team: 'web ops'
    })
  })

  it('HCL2: PKR_VAR_image_version also where the template does not declare it (Packer ignores it)', () => {
    expect(packerEnv(context({ template: template() }))['PKR_VAR_image_version']).toBe('1.2.0')
  })

  // A source without region takes the SDK's from AWS_REGION (hashicorp/packer@v1.6.6:
  // builder/amazon/common/access_config.go:221-223; hashicorp/packer-plugin-amazon@v1.8.2:
  // common/access_config.go:300): the release's region, where the action looks.
  it('gives Packer the release’s region as AWS_REGION, where there is one', () => {
    expect(packerEnv(context({ region: 'eu-west-1' }))['AWS_REGION']).toBe('eu-west-1')
    expect(packerEnv(context())).not.toHaveProperty('AWS_REGION')
  })

  it('legacy JSON: no PKR_VAR_ at all (its vars go as -var)', () => {
    const env = packerEnv(
      context({ template: template({ format: 'legacy-json' }), vars: [['team', 'web']] })
    )
    expect(Object.keys(env).filter(k => k.startsWith('PKR_VAR_'))).toEqual([])
    expect(env).toEqual({
      IMAGE_VERSION: '1.2.0',
      PACKER_PLUGIN_PATH: '/tmp/plugins',
      CHECKPOINT_DISABLE: '1'
    })
  })

  it.each<[string, string, string | undefined]>([
    ['a token', 'ghs_abc', 'ghs_abc'],
    ['no token', '', undefined]
  ])('PACKER_GITHUB_API_TOKEN with %s', (_, githubToken, expected) => {
    const env = packerEnv(context({ githubToken }))
    expect(env['PACKER_GITHUB_API_TOKEN']).toBe(expected)
    expect('PACKER_GITHUB_API_TOKEN' in env).toBe(expected !== undefined)
  })

  it('adds the extra environment (vault password file, Galaxy paths)', () => {
    const env = packerEnv(
      context({
        extraEnv: { ANSIBLE_VAULT_PASSWORD_FILE: '/tmp/v', ANSIBLE_ROLES_PATH: '/tmp/roles' }
      })
    )
    expect(env).toMatchObject({
      ANSIBLE_VAULT_PASSWORD_FILE: '/tmp/v',
      ANSIBLE_ROLES_PATH: '/tmp/roles',
      CHECKPOINT_DISABLE: '1'
    })
  })
})

describe('versionAtLeast', () => {
  it.each<[string, string, boolean]>([
    ['1.10.0', '1.10.0', true],
    ['1.10.1', '1.10.0', true],
    ['1.11.0', '1.10.0', true],
    ['2.0.0', '1.10.0', true],
    ['1.9.5', '1.10.0', false],
    ['1.6.6', '1.7.0', false],
    ['1.7.0', '1.7.0', true],
    ['1.10', '1.10.0', true],
    ['0.12.31', '1.7.0', false],
    // pip's version, for its `--python` (22.3); '' where the interpreter has no pip.
    ['22.3', '22.3', true],
    ['22.2.2', '22.3', false],
    ['23.0', '22.3', true],
    ['', '22.3', false]
  ])('%s ≥ %s: %s', (version, minimum, expected) => {
    expect(versionAtLeast(version, minimum)).toBe(expected)
  })
})

describe('needsInit: `packer init` exists since 1.7, for HCL2 with required_plugins', () => {
  it.each<[string, Template, string, boolean]>([
    ['HCL2 with required_plugins', template({ requiresPlugins: true }), '1.15.4', true],
    ['on Packer 1.7.0', template({ requiresPlugins: true }), '1.7.0', true],
    ['on Packer 1.6.6', template({ requiresPlugins: true }), '1.6.6', false],
    ['HCL2 without required_plugins', template(), '1.15.4', false],
    ['legacy JSON', template({ format: 'legacy-json', requiresPlugins: true }), '1.15.4', false]
  ])('%s', (_, t, packer, expected) => {
    expect(needsInit(t, packer)).toBe(expected)
  })
})

describe('managedPlugins: what Packer stopped bundling in 1.10 (packer@v1.16.0:CHANGELOG.md:787-798)', () => {
  const AMAZON = { source: 'github.com/hashicorp/amazon', version: '1.8.2' }
  const ANSIBLE = { source: 'github.com/hashicorp/ansible', version: ANSIBLE_PLUGIN_VERSION }

  it.each<[string, Template, string, { source: string; version: string }[]]>([
    [
      'Packer 1.9 still bundles them',
      template({ componentTypes: ['amazon-ebs', 'ansible'] }),
      '1.9.5',
      []
    ],
    ['Packer 1.6.6', template({ componentTypes: ['amazon-ebs'] }), '1.6.6', []],
    [
      'HCL2 with amazon sources and no required_plugins: amazon at the given version',
      template({ componentTypes: ['amazon-ebs', 'shell'] }),
      '1.10.0',
      [AMAZON]
    ],
    [
      'an amazon data source counts too',
      template({ componentTypes: ['amazon-ami', 'null'] }),
      '1.15.4',
      [AMAZON]
    ],
    [
      'HCL2 whose required_plugins lists amazon: none (packer init installs it)',
      template({
        componentTypes: ['amazon-ebs'],
        requiresPlugins: true,
        requiredPlugins: [{ source: 'github.com/hashicorp/amazon', constraint: '>= 1.2' }]
      }),
      '1.15.4',
      []
    ],
    [
      'required_plugins lists ansible only: amazon is the action’s',
      template({
        componentTypes: ['amazon-ebs', 'ansible'],
        requiresPlugins: true,
        requiredPlugins: [{ source: 'github.com/hashicorp/ansible', constraint: '>= 1' }]
      }),
      '1.15.4',
      [AMAZON]
    ],
    [
      'legacy JSON with amazon-ebs and the ansible provisioner: both, ansible pinned',
      template({ format: 'legacy-json', componentTypes: ['amazon-ebs', 'ansible', 'shell'] }),
      '1.15.4',
      [AMAZON, ANSIBLE]
    ],
    [
      'ansible-local is the ansible plugin’s too',
      template({ format: 'legacy-json', componentTypes: ['ansible-local', 'null'] }),
      '1.15.4',
      [ANSIBLE]
    ],
    [
      'neither: none',
      template({ componentTypes: ['null', 'shell-local', 'ansible-lint'] }),
      '1.15.4',
      []
    ]
  ])('%s', (_, t, packer, expected) => {
    expect(managedPlugins(t, packer, '1.8.2')).toEqual(expected)
  })

  it('pins ansible at the version confirmed upstream', () => {
    expect(ANSIBLE_PLUGIN_VERSION).toBe('1.1.6')
  })
})
