import { describe, expect, it } from 'vitest'
import {
  ArtifactCollector,
  leftoverFromUi,
  parseAmiArtifactId,
  parseMachineReadable
} from '../../src/packer/machine-readable.js'
import {
  buildArgs,
  legacyPluginInstalls,
  needsInit,
  packerEnv,
  validateArgs,
  versionAtLeast,
  type PackerRunContext
} from '../../src/packer/args.js'
import type { Template } from '../../src/packer/template.js'
import { validationAnnotations } from '../../src/packer/validate.js'

describe('parseMachineReadable', () => {
  it('decodes commas and newlines inside data', () => {
    expect(
      parseMachineReadable(
        '1700000000,amazon-ebs.app,artifact,0,id,us-east-1:ami-a%!(PACKER_COMMA)us-west-2:ami-b'
      )
    ).toEqual({
      timestamp: 1700000000,
      target: 'amazon-ebs.app',
      type: 'artifact',
      data: ['0', 'id', 'us-east-1:ami-a,us-west-2:ami-b']
    })
    expect(parseMachineReadable('1700000000,,ui,say,==> Builds finished.\\nDone')?.data).toEqual([
      'say',
      '==> Builds finished.\nDone'
    ])
  })
  it.each(['', 'plain text', 'abc,target,type', 'Packer v1.6.6'])('ignores %j', line => {
    expect(parseMachineReadable(line)).toBeUndefined()
  })
})

describe('parseAmiArtifactId', () => {
  it.each([
    ['us-east-1:ami-0abc', [{ region: 'us-east-1', amiId: 'ami-0abc' }]],
    [
      'us-east-1:ami-a1,us-gov-west-1:ami-b2',
      [
        { region: 'us-east-1', amiId: 'ami-a1' },
        { region: 'us-gov-west-1', amiId: 'ami-b2' }
      ]
    ],
    ['manifest.json', undefined],
    ['us-east-1:snap-0abc', undefined],
    ['us-east-1:ami-a,garbage', undefined]
  ])('%s', (id, expected) => expect(parseAmiArtifactId(id)).toEqual(expected))
})

describe('ArtifactCollector', () => {
  const lines = (text: string) =>
    text
      .trim()
      .split('\n')
      .map(l => parseMachineReadable(l.trim())!)
  it('collects AMIs of several builds and regions, skipping non-AMI artifacts', () => {
    const c = new ArtifactCollector()
    for (const e of lines(`
      1,amazon-ebs.web,artifact-count,2
      1,amazon-ebs.web,artifact,0,builder-id,mitchellh.amazonebs
      1,amazon-ebs.web,artifact,0,id,us-east-1:ami-aaa%!(PACKER_COMMA)us-west-2:ami-bbb
      1,amazon-ebs.web,artifact,0,string,AMIs were created:\\nus-east-1: ami-aaa\\n
      1,amazon-ebs.web,artifact,0,end
      1,amazon-ebs.web,artifact,1,builder-id,packer.post-processor.manifest
      1,amazon-ebs.web,artifact,1,id,manifest.json
      1,amazon-ebs.web,artifact,1,end
      1,amazon-ebs.worker,artifact-count,1
      1,amazon-ebs.worker,artifact,0,id,us-east-1:ami-ccc
      1,amazon-ebs.worker,artifact,0,end
    `))
      c.add(e)
    expect(c.artifacts).toEqual([
      { build: 'amazon-ebs.web', region: 'us-east-1', amiId: 'ami-aaa' },
      { build: 'amazon-ebs.web', region: 'us-west-2', amiId: 'ami-bbb' },
      { build: 'amazon-ebs.worker', region: 'us-east-1', amiId: 'ami-ccc' }
    ])
  })
  it('ignores an artifact that never ends', () => {
    const c = new ArtifactCollector()
    for (const e of lines('1,amazon-ebs.web,artifact,0,id,us-east-1:ami-aaa')) c.add(e)
    expect(c.artifacts).toEqual([])
  })
})

describe('leftoverFromUi', () => {
  it.each([
    [
      '==> amazon-ebs.app: Creating temporary keypair: packer_6b022e28-1b12-da4a-2f0c-aa9482a0702e',
      {
        kind: 'key-pair',
        id: 'packer_6b022e28-1b12-da4a-2f0c-aa9482a0702e',
        build: 'amazon-ebs.app'
      }
    ],
    [
      '==> amazon-ebs.app: Creating temporary security group for this instance: packer_6b0',
      { kind: 'security-group', id: 'packer_6b0', build: 'amazon-ebs.app' }
    ],
    [
      '    amazon-ebs.app: Instance ID: i-37d5ba853ae79699b',
      { kind: 'instance', id: 'i-37d5ba853ae79699b', build: 'amazon-ebs.app' }
    ],
    [
      '    legacy: AMI: ami-793afed73480b2db2',
      { kind: 'image', id: 'ami-793afed73480b2db2', build: 'legacy' }
    ],
    ['==> amazon-ebs.app: Prevalidating AMI Name: app-0.1', undefined],
    ['==> amazon-ebs.app: Adding tags to AMI (ami-793afed73480b2db2)...', undefined]
  ])('%s', (text, expected) => expect(leftoverFromUi(text)).toEqual(expected))
})

const hcl: Template = {
  path: '/w/app.pkr.hcl',
  format: 'hcl',
  files: ['/w/app.pkr.hcl'],
  declaresImageVersion: true,
  requiresPlugins: false,
  componentTypes: []
}
const legacy: Template = {
  ...hcl,
  path: '/w/app.json',
  format: 'legacy-json',
  files: ['/w/app.json'],
  componentTypes: ['amazon-ebs', 'ansible', 'shell', 'manifest']
}
const context = (template: Template, extra: Partial<PackerRunContext> = {}): PackerRunContext => ({
  template,
  version: 'release-1',
  vars: [['team', 'a b=c']],
  varFiles: ['/w/x.pkrvars.hcl'],
  only: [],
  except: [],
  pluginPath: '/tc/packer-plugins',
  githubToken: '',
  ...extra
})

describe('packer arguments and environment', () => {
  it('HCL2: variables through PKR_VAR_*, nothing undeclared on the command line', () => {
    expect(buildArgs(context(hcl, { only: ['amazon-ebs.a', 'amazon-ebs.b'] }))).toEqual([
      'build',
      '-machine-readable',
      '-color=false',
      '-only=amazon-ebs.a,amazon-ebs.b',
      '-var-file=/w/x.pkrvars.hcl',
      '/w/app.pkr.hcl'
    ])
    expect(packerEnv(context(hcl, { githubToken: 'ghs_x' }))).toEqual({
      IMAGE_VERSION: 'release-1',
      PACKER_PLUGIN_PATH: '/tc/packer-plugins',
      CHECKPOINT_DISABLE: '1',
      PACKER_GITHUB_API_TOKEN: 'ghs_x',
      PKR_VAR_image_version: 'release-1',
      PKR_VAR_team: 'a b=c'
    })
  })
  it('legacy JSON: -var for image_version only where declared, vars as -var', () => {
    expect(validateArgs(context(legacy, { except: ['x'] }))).toEqual([
      'validate',
      '-except=x',
      '-var-file=/w/x.pkrvars.hcl',
      '-var',
      'image_version=release-1',
      '-var',
      'team=a b=c',
      '/w/app.json'
    ])
    expect(validateArgs(context({ ...legacy, declaresImageVersion: false }))).not.toContain(
      'image_version=release-1'
    )
    expect(packerEnv(context(legacy))).not.toHaveProperty('PKR_VAR_image_version')
    expect(packerEnv(context(legacy))).toHaveProperty('IMAGE_VERSION', 'release-1')
  })
  it.each([
    ['1.6.6', '1.7.0', false],
    ['1.7.0', '1.7.0', true],
    ['1.10.0', '1.9.9', true],
    ['1.15.4', '1.10.0', true],
    ['2.0.0', '1.99.99', true]
  ])('%s ≥ %s is %s', (a, b, expected) => expect(versionAtLeast(a, b)).toBe(expected))
  it('installs the plugins a legacy JSON template needs on Packer 1.10+ only', () => {
    expect(legacyPluginInstalls(legacy, '1.15.4')).toEqual([
      ['plugins', 'install', 'github.com/hashicorp/amazon'],
      ['plugins', 'install', 'github.com/hashicorp/ansible']
    ])
    expect(legacyPluginInstalls(legacy, '1.9.4')).toEqual([])
    expect(legacyPluginInstalls(hcl, '1.15.4')).toEqual([])
  })
  it('runs packer init only for HCL2 with required_plugins on Packer 1.7+', () => {
    expect(needsInit({ ...hcl, requiresPlugins: true }, '1.15.4')).toBe(true)
    expect(needsInit({ ...hcl, requiresPlugins: true }, '1.6.6')).toBe(false)
    expect(needsInit(hcl, '1.15.4')).toBe(false)
  })
})

describe('validationAnnotations', () => {
  it('reads HCL2 file and line', () => {
    const out =
      'Error: Unsupported argument\n\n  on app.pkr.hcl line 11:\n  (source code not available)\n\nAn argument named "x" is not expected here.\n\n'
    expect(validationAnnotations(out, ['/w/app.pkr.hcl'], '/w')).toEqual([
      {
        message: 'Unsupported argument: An argument named "x" is not expected here.',
        file: '/w/app.pkr.hcl',
        line: 11
      }
    ])
  })
  it('reads several errors', () => {
    const out =
      'Error: A\n\n  on a.pkr.hcl line 1:\n\nfirst\n\nError: B\n\n  on b.pkr.hcl line 2:\n\nsecond\n'
    expect(validationAnnotations(out, ['/w'], '/w').map(a => [a.file, a.line])).toEqual([
      ['/w/a.pkr.hcl', 1],
      ['/w/b.pkr.hcl', 2]
    ])
  })
  it('reads a legacy JSON parse error line and falls back to the template file', () => {
    const out =
      "Failed to parse template: Error parsing JSON: invalid character '}'\nAt line 3, column 66 (offset 66):\n    3: {...\n"
    expect(validationAnnotations(out, ['/w/app.json'], '/w')).toEqual([
      {
        message:
          "Failed to parse template: Error parsing JSON: invalid character '}' At line 3, column 66 (offset 66):",
        file: '/w/app.json',
        line: 3
      }
    ])
  })
})
