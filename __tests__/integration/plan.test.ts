import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { readReleaseTemplate } from '../../src/steps/plan.js'

const warnings = vi.hoisted(() => [] as string[])
vi.mock('@actions/core', async original => ({
  ...(await original<typeof import('@actions/core')>()),
  warning: (message: string) => warnings.push(message)
}))

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-test-'))
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

/** A template whose build takes its sources from an expression the reader does not evaluate. */
function write(sources: string, before: string[]): string {
  const file = path.join(scratch, `t${fs.readdirSync(scratch).length}.pkr.hcl`)
  const text = [
    'variable "image_version" {}',
    ...before,
    'source "amazon-ebs" "app" {',
    '  ami_name = "app-${var.image_version}"',
    '}',
    'build {',
    `  sources = ${sources}`,
    '}'
  ].join('\n')
  fs.writeFileSync(file, text)
  return file
}

const inputs = (template: string, more: { only?: string[]; except?: string[] } = {}) => ({
  template,
  workingDirectory: scratch,
  vars: [] as [string, string][],
  varFiles: [],
  only: more.only ?? [],
  except: more.except ?? []
})

describe('readReleaseTemplate: builds the reader cannot list', () => {
  // Packer decodes a build's sources with the variables and locals
  // (hashicorp/packer@v1.16.0:hcl2template/parser.go:547-563 evaluates the locals, then
  // types.build.go:101 decodes the build block with cfg.EvalContext(LocalContext, nil)).
  it.each([
    ['a local', 'local.sources', ['locals { sources = ["source.amazon-ebs.app"] }']],
    [
      'a variable',
      'var.sources',
      ['variable "sources" {\n  default = ["source.amazon-ebs.app"]\n}']
    ]
  ])('sources from %s: left to Packer with a warning, not refused', (_, sources, before) => {
    const template = write(sources, before)
    for (const more of [{}, { only: ['amazon-ebs.app'] }, { except: ['amazon-ebs.web'] }]) {
      warnings.length = 0
      const read = readReleaseTemplate(inputs(template, more))
      expect(read.selected).toBeUndefined()
      expect(warnings).toEqual([
        expect.stringContaining(`The names of some builds are known only to Packer (${sources})`)
      ])
    }
  })
})

describe('readReleaseTemplate: builds of dynamic source blocks', () => {
  // Packer expands `dynamic "source"` blocks of a build with the variables and locals
  // (hashicorp/packer@v1.16.0:hcl2template/parser.go:576; its fixture
  // command/test-fixtures/hcl/dynamic/build.pkr.hcl:29-37, run by command/build_test.go:415-417).
  const dynamic = [
    'variable "image_version" {}',
    'variable "roles" {',
    '  default = ["web", "worker"]',
    '}',
    'source "amazon-ebs" "base" {',
    '  region = "us-east-1"',
    '}',
    'build {',
    '  dynamic "source" {',
    '    for_each = var.roles',
    '    labels   = ["amazon-ebs.base"]',
    '    content {',
    '      name     = source.value',
    '      ami_name = "${source.value}-${var.image_version}"',
    '    }',
    '  }',
    '}'
  ]

  it.each<[string, string, string]>([
    ['native HCL', 'app.pkr.hcl', dynamic.join('\n')],
    [
      'JSON syntax',
      'app.pkr.json',
      JSON.stringify({
        variable: { image_version: {} },
        source: { 'amazon-ebs': { base: { region: 'us-east-1' } } },
        build: {
          dynamic: {
            source: {
              for_each: '${["web", "worker"]}',
              labels: ['amazon-ebs.base'],
              content: { name: '${source.value}', ami_name: '${source.value}-${var.image_version}' }
            }
          }
        }
      })
    ]
  ])('in %s: left to Packer with a warning, not refused', (_, name, text) => {
    const dir = fs.mkdtempSync(path.join(scratch, 'dynamic-'))
    fs.writeFileSync(path.join(dir, name), text)
    warnings.length = 0
    const read = readReleaseTemplate(inputs(path.join(dir, name)))
    expect(read.selected).toBeUndefined()
    expect(warnings).toEqual([
      expect.stringContaining('The names of some builds are known only to Packer (dynamic "source"')
    ])
  })
})

describe('readReleaseTemplate: build names that take a variable', () => {
  /** A folder holding `files` (name → text). */
  function folder(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(scratch, 'names-'))
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text)
    return dir
  }
  const builder = {
    type: 'amazon-ebs',
    name: 'web-{{user `arch`}}',
    ami_name: 'web-{{user `arch`}}-{{user `image_version`}}'
  }
  const legacy = JSON.stringify({
    variables: { image_version: '', arch: 'amd64' },
    builders: [builder]
  })

  // A legacy builder's name is rendered with the variables, var files included
  // (hashicorp/packer@v1.16.0:command/meta.go:38-57 sets the var files' values beside -var;
  // Packer 1.6.6 names the build 'web-arm64' with -var-file of {"arch": "arm64"}).
  it('legacy JSON: a var file sets the name, as Packer names the build', () => {
    const dir = folder({ 'app.json': legacy, 'arm.json': '{"arch": "arm64"}' })
    const given = { ...inputs(path.join(dir, 'app.json')), varFiles: [path.join(dir, 'arm.json')] }
    expect(readReleaseTemplate(given)).toMatchObject({
      buildOrder: ['web-arm64'],
      selected: ['web-arm64']
    })
    expect(readReleaseTemplate({ ...given, only: ['web-arm64'] }).selected).toEqual(['web-arm64'])
  })

  // HCL2 evaluates a build's name with the variables, whatever sets them
  // (hashicorp/packer@v1.16.0:hcl2template/types.build.go:101; the values: types.variables.go:599-795).
  it('HCL2: an auto var file of the folder and a var file set the name', () => {
    const template = [
      'variable "image_version" {}',
      'variable "arch" {\n  default = "amd64"\n}',
      'source "amazon-ebs" "app" {',
      '  ami_name = "app-${var.arch}-${var.image_version}"',
      '}',
      'build {',
      '  name    = var.arch',
      '  sources = ["source.amazon-ebs.app"]',
      '}'
    ].join('\n')
    const dir = folder({
      'app.pkr.hcl': template,
      'a.auto.pkrvars.hcl': 'arch = "arm64"\n',
      'x.pkrvars.hcl': 'arch = "x86"\n'
    })
    expect(readReleaseTemplate(inputs(dir)).buildOrder).toEqual(['arm64.amazon-ebs.app'])
    const varFiles = [path.join(dir, 'x.pkrvars.hcl')]
    expect(readReleaseTemplate({ ...inputs(dir), varFiles }).buildOrder).toEqual([
      'x86.amazon-ebs.app'
    ])
  })
})
