import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ANSIBLE_PLUGIN_VERSION, managedPlugins } from '../../src/packer/plugins.js'
import {
  knownString,
  mentionsVariable,
  minimalTemplate,
  readTemplate,
  resolveBuildNames,
  templateFiles,
  TemplateReadError,
  type Template
} from '../../src/packer/template.js'

/** The transcripts the unit tests of Packer's output read too. */
const FIXTURES = path.join(import.meta.dirname, '..', 'unit', 'fixtures', 'packer')
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'template-test-'))
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

let folders = 0
/** A template folder holding `files` (name → text); a name ending in `/` is a folder. */
function folder(files: Record<string, string>): string {
  const dir = path.join(scratch, `t${++folders}`)
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name)
    if (name.endsWith('/')) fs.mkdirSync(file, { recursive: true })
    else {
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, text)
    }
  }
  if (Object.keys(files).length === 0) fs.mkdirSync(dir, { recursive: true })
  return dir
}
/** One template file. */
const file = (name: string, text: string) => path.join(folder({ [name]: text }), name)

const names = (t: Template) => t.builds.map(b => b.name)
const settings = (t: Template, build: string) =>
  Object.fromEntries(t.builds.find(b => b.name === build)?.settings ?? [])

describe('templateFiles: a folder in Packer’s order', () => {
  // hashicorp/packer@v1.16.0:hcl2template/utils.go:77-97 lists the folder (os.ReadDir sorts by
  // name), skips folders and keeps the two suffixes apart; parser.go:103,118-127 reads every
  // *.pkr.hcl, then every *.pkr.json (packer-facts.md §4.3).
  it('reads *.pkr.hcl by name, then *.pkr.json by name, and nothing else', () => {
    const dir = folder({
      'b.pkr.hcl': '',
      'a.pkr.json': '{}',
      'c.pkr.hcl': '',
      '0.pkr.json': '{}',
      'vars.pkrvars.hcl': '',
      'x.auto.pkrvars.hcl': '',
      'x.auto.pkrvars.json': '{}',
      'legacy.json': '{}',
      'README.md': '',
      'b.pkr.hcl.bak': '',
      'sub/d.pkr.hcl': '',
      'folder.pkr.hcl/': ''
    })
    expect(templateFiles(dir).map(f => path.relative(dir, f))).toEqual([
      'b.pkr.hcl',
      'c.pkr.hcl',
      '0.pkr.json',
      'a.pkr.json'
    ])
    expect(readTemplate(dir).files).toEqual(templateFiles(dir))
  })
})

describe('readTemplate: builds, their order and names', () => {
  // Recorded with Packer 1.6.6 (unit/fixtures/packer/README.md): `packer build -parallel-builds=1`
  // runs one build at a time in the order Packer lists them, so the `Build '…' finished`
  // lines give that order and the names. Names: hashicorp/packer@v1.16.0:packer/build.go:142-147
  // (`<build name>.` + type) and hcl2template/types.packer_config.go:735-738 (type is
  // `<source type>.<source name or inline name>`), packer-facts.md §3; `sources` come before a
  // build's `source` blocks (hcl2template/types.build.go:127-148 then :174-181).
  it('names and orders the builds of a folder as Packer 1.6.6 did', () => {
    const recorded = [
      ...fs
        .readFileSync(path.join(FIXTURES, 'order.out'), 'utf8')
        .matchAll(/,ui,say,Build '(.+)' finished after /g)
    ].map(m => m[1])
    expect(recorded).toEqual([
      'null.base',
      'null.second',
      'named.null.base',
      'named.null.third',
      'fromjson.null.json',
      'fromjson.null.inline'
    ])
    const template = readTemplate(path.join(FIXTURES, 'order'))
    expect(names(template)).toEqual(recorded)
    expect(template.files.map(f => path.basename(f))).toEqual(['b.pkr.hcl', 'a.pkr.json'])
    expect(template.componentTypes).toEqual(['null', 'shell-local'])
  })

  it.each<[string, string, string[]]>([
    [
      'type.name without a build name',
      'source "amazon-ebs" "app" {}\nbuild {\n  sources = ["source.amazon-ebs.app"]\n}\n',
      ['amazon-ebs.app']
    ],
    [
      'the build name first',
      'source "amazon-ebs" "app" {}\nbuild {\n  name = "release"\n  sources = ["source.amazon-ebs.app"]\n}\n',
      ['release.amazon-ebs.app']
    ],
    [
      'an inline source renamed, after the sources list',
      'source "null" "base" {}\nbuild {\n  source "source.null.base" {\n    name = "second"\n  }\n  sources = ["source.null.base"]\n}\n',
      ['null.base', 'null.second']
    ],
    [
      'an inline source not renamed keeps the source name',
      'source "null" "base" {}\nbuild {\n  source "source.null.base" {}\n}\n',
      ['null.base']
    ],
    [
      'builds in template order, each source as often as used',
      'source "null" "a" {}\nsource "null" "b" {}\nbuild {\n  sources = ["source.null.b", "source.null.a"]\n}\nbuild {\n  name = "again"\n  sources = ["source.null.b"]\n}\n',
      ['null.b', 'null.a', 'again.null.b']
    ],
    [
      'sources declared after the build that uses them',
      'build {\n  sources = ["source.null.late"]\n}\nsource "null" "late" {}\n',
      ['null.late']
    ],
    [
      'an unknown source is left out (packer validate reports it)',
      'source "null" "a" {}\nbuild {\n  sources = ["source.null.a", "source.null.nope"]\n}\n',
      ['null.a']
    ],
    [
      'a sources list written over lines with comments',
      'source "null" "a" {}\nsource "null" "b" {}\nbuild {\n  sources = [\n    "source.null.a", # first, main\n    "source.null.b",\n  ]\n}\n',
      ['null.a', 'null.b']
    ],
    [
      // Read as HCL reads a quoted string, as the build's own name is.
      'names with an escaped $${ read as HCL reads them',
      'source "null" "a" {}\nbuild {\n  name = "r$${x}"\n  source "source.null.a" {\n    name = "s$${y}"\n  }\n}\n',
      ['r${x}.null.s${y}']
    ],
    [
      'a build name with a trailing comment',
      'source "null" "a" {}\nbuild {\n  name = "rel" # the release\n  sources = ["source.null.a"]\n}\n',
      ['rel.null.a']
    ]
  ])('HCL2: %s', (_, text, expected) => {
    expect(names(readTemplate(file('t.pkr.hcl', text)))).toEqual(expected)
  })

  it('takes a build’s source as Packer does, with or without `source.`', () => {
    // hashicorp/packer@v1.16.0:hcl2template/types.build.from.go:10-22
    const template = readTemplate(
      file(
        't.pkr.hcl',
        [
          'source "amazon-ebs" "app" {',
          '  ami_name = "app-${var.image_version}"',
          '}',
          'build {',
          '  sources = ["amazon-ebs.app"]',
          '  source "amazon-ebs.app" {',
          '    name   = "west"',
          '    region = "us-west-2"',
          '  }',
          '}'
        ].join('\n')
      )
    )
    expect(names(template)).toEqual(['amazon-ebs.app', 'amazon-ebs.west'])
    expect(settings(template, 'amazon-ebs.west')).toMatchObject({ region: '"us-west-2"' })
  })

  it('merges a source’s settings with an inline source’s overrides, without its name', () => {
    const template = readTemplate(
      file(
        't.pkr.hcl',
        [
          'source "amazon-ebs" "app" {',
          '  region   = "us-east-1"',
          '  ami_name = "app-${var.image_version}"',
          '}',
          'build {',
          '  sources = ["source.amazon-ebs.app"]',
          '  source "source.amazon-ebs.app" {',
          '    name   = "west"',
          '    region = "us-west-2" # the copy',
          '  }',
          '}'
        ].join('\n')
      )
    )
    expect(names(template)).toEqual(['amazon-ebs.app', 'amazon-ebs.west'])
    expect(settings(template, 'amazon-ebs.app')).toEqual({
      region: '"us-east-1"',
      ami_name: '"app-${var.image_version}"'
    })
    expect(settings(template, 'amazon-ebs.west')).toEqual({
      region: '"us-west-2"',
      ami_name: '"app-${var.image_version}"'
    })
    // A build from `sources` is where its source is; an inline one is where it is written.
    expect(template.builds.map(b => [b.type, b.line])).toEqual([
      ['amazon-ebs', 1],
      ['amazon-ebs', 7]
    ])
  })
})

describe('readTemplate: HCL2', () => {
  const hcl = [
    'packer {',
    '  required_plugins {',
    '    amazon = {',
    '      version = ">= 1.3.0"',
    '      source  = "github.com/hashicorp/amazon"',
    '    }',
    '    ansible = { source = "github.com/hashicorp/ansible", version = "~> 1" }',
    '  }',
    '}',
    '',
    'variable "image_version" {',
    '  type = string',
    '}',
    'variable "region" {',
    '  default = "eu-west-1"',
    '}',
    'variable "sizes" { default = ["a", "b"] }',
    '',
    'locals {',
    '  name = "app-${var.image_version}"',
    '  tags = {',
    '    Team = "x"',
    '  }',
    '}',
    'local "secret" {',
    '  expression = var.region',
    '  sensitive  = true',
    '}',
    '',
    'data "amazon-ami" "base" {}',
    'source "amazon-ebs" "app" {}',
    'build {',
    '  sources = ["source.amazon-ebs.app"]',
    '  provisioner "ansible" {}',
    '  error-cleanup-provisioner "shell-local" {}',
    '  post-processor "manifest" {}',
    '  post-processors {',
    '    post-processor "amazon-ami-management" { name = var.region }',
    '    post-processor "checksum" { name = "sums" }',
    '  }',
    '}'
  ].join('\n')
  const template = readTemplate(file('app.pkr.hcl', hcl))

  it('reads variables with their defaults as written, and where they are', () => {
    expect(
      [...template.variables.values()].map(v => [v.name, v.default, path.basename(v.file), v.line])
    ).toEqual([
      ['image_version', undefined, 'app.pkr.hcl', 11],
      ['region', '"eu-west-1"', 'app.pkr.hcl', 14],
      ['sizes', '["a", "b"]', 'app.pkr.hcl', 17]
    ])
  })

  it('reads the variables a `variables {}` block declares, each with its default', () => {
    // hashicorp/packer@v1.16.0:hcl2template/types.packer_config.go:175-181
    const t = readTemplate(
      file('vars-block.pkr.hcl', 'variables {\n  image_version = ""\n  team = "core"\n}\n')
    )
    expect([...t.variables.values()].map(v => [v.name, v.default, v.line])).toEqual([
      ['image_version', '""', 2],
      ['team', '"core"', 3]
    ])
    const json = readTemplate(
      file('vars-block.pkr.json', JSON.stringify({ variables: { image_version: '' } }))
    )
    expect([...json.variables.keys()]).toEqual(['image_version'])
  })

  it('reads locals from `locals {}` and `local "x" {}`', () => {
    expect(Object.fromEntries(template.locals)).toEqual({
      name: '"app-${var.image_version}"',
      tags: '{\n    Team = "x"\n  }',
      secret: 'var.region'
    })
  })

  it('reads required_plugins and their sources', () => {
    expect(template.format).toBe('hcl')
    expect(template.requiresPlugins).toBe(true)
    expect(template.requiredPlugins).toEqual([
      { source: 'github.com/hashicorp/amazon', constraint: '>= 1.3.0' },
      { source: 'github.com/hashicorp/ansible', constraint: '~> 1' }
    ])
  })

  it('lists every component type: sources, data, provisioners, post-processors', () => {
    expect(template.componentTypes).toEqual([
      'amazon-ami',
      'amazon-ami-management',
      'amazon-ebs',
      'ansible',
      'checksum',
      'manifest',
      'shell-local'
    ])
  })

  // Packer expands dynamic provisioner and post-processor blocks of a build, whose type is in
  // their labels (hashicorp/packer@v1.16.0:hcl2template/parser.go:576; its fixture
  // command/test-fixtures/hcl/dynamic/build.pkr.hcl:40-46), and refuses a type no plugin it has
  // provides (hcl2template/plugin.go:194-215): the action installs the plugin it needs.
  it('lists the types of dynamic provisioners and post-processors, and installs their plugins', () => {
    const dynamic = readTemplate(
      file(
        'dynamic.pkr.hcl',
        [
          'variable "playbooks" { default = ["base.yml", "app.yml"] }',
          'source "null" "app" {}',
          'build {',
          '  sources = ["source.null.app"]',
          '  dynamic "provisioner" {',
          '    for_each = var.playbooks',
          '    labels   = ["ansible"]',
          '    content {',
          '      playbook_file = provisioner.value',
          '    }',
          '  }',
          '  dynamic "post-processor" {',
          '    for_each = ["a"]',
          '    labels   = ["manifest"]',
          '    content {}',
          '  }',
          '}'
        ].join('\n')
      )
    )
    expect(dynamic.componentTypes).toEqual(['ansible', 'manifest', 'null'])
    expect(managedPlugins(dynamic, '1.16.0', '1.8.2')).toEqual([
      { source: 'github.com/hashicorp/ansible', version: ANSIBLE_PLUGIN_VERSION }
    ])
  })

  it('names each post-processor by its name, else its type; a variable’s only Packer knows', () => {
    expect(template.postProcessors).toEqual(['manifest', undefined, 'sums'])
  })

  it('has no required plugins without a required_plugins block', () => {
    const t = readTemplate(file('t.pkr.hcl', 'packer {\n  required_version = ">= 1.7"\n}\n'))
    expect([t.requiresPlugins, t.requiredPlugins]).toEqual([false, []])
  })

  it('reads a folder’s files together', () => {
    const dir = folder({
      'variables.pkr.hcl': 'variable "image_version" {}\n',
      'sources.pkr.hcl': 'source "amazon-ebs" "app" {\n  region = "us-east-1"\n}\n',
      'build.pkr.hcl': 'build {\n  sources = ["source.amazon-ebs.app"]\n}\n'
    })
    const t = readTemplate(dir)
    expect(t.path).toBe(dir)
    expect(t.files.map(f => path.basename(f))).toEqual([
      'build.pkr.hcl',
      'sources.pkr.hcl',
      'variables.pkr.hcl'
    ])
    expect(names(t)).toEqual(['amazon-ebs.app'])
    expect(t.builds[0]?.file).toBe(path.join(dir, 'sources.pkr.hcl'))
    expect([...t.variables.keys()]).toEqual(['image_version'])
  })
})

describe('readTemplate: HCL2 JSON syntax (.pkr.json)', () => {
  const json = {
    packer: {
      required_plugins: {
        amazon: { version: '>= 1.3.0', source: 'github.com/hashicorp/amazon' }
      }
    },
    variable: {
      image_version: { type: 'string' },
      region: { default: 'eu-west-1' }
    },
    locals: { name: 'app-${var.image_version}' },
    local: { secret: { expression: '${var.region}' } },
    data: { 'amazon-ami': { base: {} } },
    source: {
      'amazon-ebs': {
        app: { region: 'us-east-1', ami_name: 'app-${var.image_version}', encrypt_boot: true }
      }
    },
    build: [
      {
        name: 'rel',
        sources: ['source.amazon-ebs.app'],
        source: { 'source.amazon-ebs.app': { name: 'west', region: 'us-west-2' } },
        provisioner: [{ ansible: { playbook_file: 'site.yml' } }, { 'shell-local': {} }],
        'post-processor': { manifest: {} },
        'post-processors': [{ 'post-processor': { checksum: {} } }]
      }
    ]
  }
  const template = readTemplate(file('app.pkr.json', JSON.stringify(json, null, 2)))

  it('reads variables, locals and `local` blocks, strings kept as quoted templates', () => {
    expect(template.format).toBe('hcl')
    expect([...template.variables.values()].map(v => [v.name, v.default])).toEqual([
      ['image_version', undefined],
      ['region', '"eu-west-1"']
    ])
    expect(Object.fromEntries(template.locals)).toEqual({
      name: '"app-${var.image_version}"',
      secret: '"${var.region}"'
    })
  })

  it('reads builds with inline sources, settings as JSON', () => {
    expect(names(template)).toEqual(['rel.amazon-ebs.app', 'rel.amazon-ebs.west'])
    expect(settings(template, 'rel.amazon-ebs.west')).toEqual({
      region: '"us-west-2"',
      ami_name: '"app-${var.image_version}"',
      encrypt_boot: 'true'
    })
  })

  it('reads required_plugins and every component type', () => {
    expect(template.requiresPlugins).toBe(true)
    expect(template.requiredPlugins).toEqual([
      { source: 'github.com/hashicorp/amazon', constraint: '>= 1.3.0' }
    ])
    expect(template.componentTypes).toEqual([
      'amazon-ami',
      'amazon-ebs',
      'ansible',
      'checksum',
      'manifest',
      'shell-local'
    ])
  })

  it('reads a block given as an array at a label', () => {
    const t = readTemplate(
      file(
        't.pkr.json',
        JSON.stringify({
          source: [{ null: { a: {} } }, { null: [{ b: {} }] }],
          build: { sources: ['source.null.a', 'source.null.b'] }
        })
      )
    )
    expect(names(t)).toEqual(['null.a', 'null.b'])
  })
})

describe('readTemplate: legacy JSON', () => {
  const legacy = {
    variables: { image_version: '', region: 'us-east-1', count: 2 },
    builders: [
      {
        type: 'amazon-ebs',
        region: '{{user `region`}}',
        ami_name: 'app-{{user `image_version`}}',
        encrypt_boot: true,
        tags: { Name: 'app' }
      },
      { type: 'amazon-ebs', name: 'west', region: 'us-west-2' },
      { type: 'null', name: 'app server.v2' }
    ],
    provisioners: [{ type: 'ansible' }, { type: 'shell' }],
    'post-processors': [
      'compress',
      [{ type: 'manifest' }, { type: 'checksum', name: 'sums' }],
      { type: 'shell-local' }
    ]
  }
  const template = readTemplate(file('app.json', JSON.stringify(legacy)))

  it('names each build by its name, else its type (packer-plugin-sdk template/parse.go:171-174)', () => {
    expect(template.format).toBe('legacy-json')
    expect(names(template)).toEqual(['amazon-ebs', 'west', 'app server.v2'])
    expect(template.builds.map(b => b.type)).toEqual(['amazon-ebs', 'amazon-ebs', 'null'])
  })

  it('keeps strings as written and other settings as JSON, without type and name', () => {
    expect(settings(template, 'amazon-ebs')).toEqual({
      region: '{{user `region`}}',
      ami_name: 'app-{{user `image_version`}}',
      encrypt_boot: 'true',
      tags: '{"Name":"app"}'
    })
    expect(settings(template, 'west')).toEqual({ region: 'us-west-2' })
  })

  it('reads variables with JSON defaults, and no locals or plugins', () => {
    expect([...template.variables.values()].map(v => [v.name, v.default])).toEqual([
      ['image_version', '""'],
      ['region', '"us-east-1"'],
      ['count', '2']
    ])
    expect(template.locals.size).toBe(0)
    expect([template.requiresPlugins, template.requiredPlugins]).toEqual([false, []])
    expect(template.files).toEqual([template.path])
  })

  it('names each post-processor by its name, else its type (template/parse.go:218-221)', () => {
    expect(template.postProcessors).toEqual(['compress', 'manifest', 'sums', 'shell-local'])
  })

  it('lists builders, provisioners and post-processors, nested or as plain names', () => {
    expect(template.componentTypes).toEqual([
      'amazon-ebs',
      'ansible',
      'checksum',
      'compress',
      'manifest',
      'null',
      'shell',
      'shell-local'
    ])
  })
})

describe('readTemplate: what it cannot read', () => {
  const failure = (templatePath: string) => {
    try {
      readTemplate(templatePath)
    } catch (error) {
      return error
    }
    return undefined
  }

  it.each<[string, string, string, number | undefined, RegExp]>([
    [
      'HCL2 that does not parse',
      't.pkr.hcl',
      'a = 1\nsource "null" "x" {\n',
      2,
      /block source "null" "x" is not closed/
    ],
    ['a .pkr.json that is not JSON', 't.pkr.json', '{ "source": ', undefined, /is not valid JSON/],
    ['legacy JSON that is not JSON', 't.json', '{ "builders": [ }', undefined, /is not valid JSON/],
    ['legacy JSON that is not an object', 't.json', '[1, 2]', undefined, /is not a JSON object/]
  ])('%s', (_, name, text, line, message) => {
    const templatePath = file(name, text)
    const error = failure(templatePath)
    expect(error).toBeInstanceOf(TemplateReadError)
    expect((error as TemplateReadError).file).toBe(templatePath)
    expect((error as TemplateReadError).line).toBe(line)
    expect((error as TemplateReadError).message).toMatch(message)
    expect((error as TemplateReadError).message).not.toMatch(/line \d+: line/)
  })

  it('names the file of a folder that does not parse', () => {
    const dir = folder({ 'a.pkr.hcl': 'a = 1\n', 'b.pkr.hcl': 'x = 1\n}\n' })
    const error = failure(dir) as TemplateReadError
    expect([error.file, error.line]).toEqual([path.join(dir, 'b.pkr.hcl'), 2])
    expect(error.message).toBe(`${path.join(dir, 'b.pkr.hcl')}:2: an unexpected "}"`)
  })
})

describe('minimalTemplate', () => {
  it.each<[string, () => string, Template['format'], (p: string) => string[]]>([
    [
      'a folder',
      () => folder({ 'b.pkr.hcl': '', 'a.pkr.json': '{}', 'c.json': '{}' }),
      'hcl',
      p => [path.join(p, 'b.pkr.hcl'), path.join(p, 'a.pkr.json')]
    ],
    ['a .pkr.hcl', () => file('t.pkr.hcl', ''), 'hcl', p => [p]],
    ['a .pkr.json', () => file('t.pkr.json', '{}'), 'hcl', p => [p]],
    ['a legacy .json', () => file('t.json', '{}'), 'legacy-json', p => [p]]
  ])('%s', (_, make, format, files) => {
    const p = make()
    expect(minimalTemplate(p)).toEqual({
      path: p,
      format,
      files: files(p),
      variables: new Map(),
      locals: new Map(),
      builds: [],
      requiresPlugins: false,
      requiredPlugins: [],
      componentTypes: []
    })
  })
})

describe('mentionsVariable', () => {
  const hcl = readTemplate(
    file(
      't.pkr.hcl',
      [
        'variable "image_version" {}',
        'locals {',
        '  version = var.image_version',
        '  name    = "app-${local.version}"',
        '  other   = "app-${var.other}"',
        '  loop_a  = local.loop_b',
        '  loop_b  = local.loop_a',
        '}',
        'local "single" {',
        '  expression = "v${var.image_version}"',
        '}'
      ].join('\n')
    )
  )
  // A legacy variable's default may use another (hashicorp/packer@v1.6.6:packer/core.go:694,
  // renderVarsRecursively); `packer console -var image_version=1.2` prints app-1.2 for {{user `name`}}.
  const legacy = readTemplate(
    file(
      't.json',
      JSON.stringify({
        variables: {
          image_version: '',
          name: 'app-{{user `image_version`}}',
          via: '{{user `name`}}-x',
          other: 'app',
          loop_a: '{{user `loop_b`}}',
          loop_b: '{{user `loop_a`}}'
        },
        builders: []
      })
    )
  )

  it.each<[string, Template, string, boolean]>([
    ['HCL2 interpolation', hcl, '"app-${var.image_version}"', true],
    ['HCL2 bare reference', hcl, 'var.image_version', true],
    ['HCL2 in a function', hcl, 'format("app-%s", var.image_version)', true],
    ['through a local', hcl, 'local.version', true],
    ['through two locals', hcl, '"${local.name}-x"', true],
    ['through a `local` block', hcl, 'local.single', true],
    ['a local that does not use it', hcl, 'local.other', false],
    ['locals that refer to each other', hcl, 'local.loop_a', false],
    ['an undeclared local', hcl, 'local.nope', false],
    ['a longer name', hcl, '"${var.image_version_x}"', false],
    ['a literal that only looks like it', hcl, '"app-var.image_version"', false],
    ['a fixed name', hcl, '"app-1.0"', false],
    ['legacy user function', legacy, 'app-{{user `image_version`}}', true],
    [
      'legacy user function, spaced and with quotes',
      legacy,
      'app-{{ user "image_version" }}',
      true
    ],
    // `packer validate` 1.6.6 takes these for an amazon-ebs ami_name, and builds them.
    ['legacy: piped on', legacy, 'app-{{user `image_version` | clean_resource_name}}', true],
    ['legacy: an argument', legacy, '{{ clean_resource_name (user "image_version") }}', true],
    ['legacy: through a variable', legacy, '{{user `name`}}', true],
    ['legacy: through two variables', legacy, '{{user `via` | clean_resource_name}}', true],
    ['legacy: variables that refer to each other', legacy, '{{user `loop_a`}}', false],
    ['legacy: a variable that does not use it', legacy, '{{user `other`}}', false],
    ['legacy: outside {{ }}', legacy, 'app-user `image_version`', false],
    ['legacy: another variable', legacy, 'app-{{user `other`}}', false],
    ['legacy: HCL syntax means nothing there', legacy, 'app-${var.image_version}', false]
  ])('%s: %s', (_, template, expression, expected) => {
    expect(mentionsVariable(template, expression, 'image_version')).toBe(expected)
  })
})

describe('knownString', () => {
  const hcl = readTemplate(
    file(
      't.pkr.hcl',
      [
        'variable "region" { default = "eu-west-1" }',
        'variable "bare" {}',
        'variable "computed" { default = "${local.x}" }',
        'variable "number" { default = 3 }',
        // Locals are not inputs: a local of a literal or of one variable is that value
        // (hashicorp/packer@v1.16.0:hcl2template/types.packer_config.go, evaluateLocalVariables).
        'locals {',
        '  region  = "ap-northeast-1"',
        '  of_var  = var.bare',
        '  via     = "${local.of_var}"',
        '  upper   = upper(var.region)',
        '  loop_a  = local.loop_b',
        '  loop_b  = local.loop_a',
        '}'
      ].join('\n')
    )
  )
  const legacy = readTemplate(
    file(
      't.json',
      JSON.stringify({
        variables: { region: 'eu-west-1', bare: '', env: '{{env `AWS_REGION`}}' },
        builders: []
      })
    )
  )
  const vars = new Map([['bare', 'ap-south-1']])

  it.each<[string, Template, string, string | undefined]>([
    ['an HCL2 literal', hcl, '"us-east-1"', 'us-east-1'],
    ['an HCL2 literal with a trailing space', hcl, ' "us-east-1" ', 'us-east-1'],
    ['a variable given in vars', hcl, 'var.bare', 'ap-south-1'],
    ['a variable given in vars, interpolated alone', hcl, '"${var.bare}"', 'ap-south-1'],
    ['a variable’s default', hcl, 'var.region', 'eu-west-1'],
    ['a variable’s default, interpolated alone', hcl, '"${ var.region }"', 'eu-west-1'],
    ['a variable without default or value', hcl, 'var.nope', undefined],
    ['a default that is an expression', hcl, 'var.computed', undefined],
    ['a default that is not a string', hcl, 'var.number', undefined],
    ['more than one variable', hcl, '"${var.region}-${var.bare}"', undefined],
    ['a function', hcl, 'lower(var.region)', undefined],
    ['a local of a literal', hcl, 'local.region', 'ap-northeast-1'],
    ['a local of a literal, interpolated alone', hcl, '"${local.region}"', 'ap-northeast-1'],
    ['a local of a variable', hcl, 'local.of_var', 'ap-south-1'],
    ['a local of a local', hcl, 'local.via', 'ap-south-1'],
    ['a local of a function', hcl, 'local.upper', undefined],
    ['locals that refer to each other', hcl, 'local.loop_a', undefined],
    ['an undeclared local', hcl, 'local.nope', undefined],
    ['a legacy literal', legacy, 'us-east-1', 'us-east-1'],
    ['a legacy user variable’s default', legacy, '{{user `region`}}', 'eu-west-1'],
    ['a legacy user variable given in vars', legacy, '{{ user `bare` }}', 'ap-south-1'],
    ['a legacy default that is a template', legacy, '{{user `env`}}', undefined],
    ['a legacy template function', legacy, '{{env `AWS_REGION`}}', undefined]
  ])('%s', (_, template, expression, expected) => {
    expect(knownString(template, expression, vars)).toBe(expected)
  })
})

describe('resolveBuildNames: the names Packer gives builds that take variables', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'names-'))
  const write = (name: string, text: string) => {
    const file = path.join(dir, name)
    fs.writeFileSync(file, text)
    return readTemplate(file)
  }

  it('fills a legacy builder name from vars, else from the default', () => {
    const template = write(
      'legacy.json',
      JSON.stringify({
        variables: { image_version: '', arch: 'amd64', flavour: '' },
        builders: [
          { type: 'amazon-ebs', name: 'app-{{user `arch`}}' },
          { type: 'amazon-ebs', name: 'web' }
        ]
      })
    )
    expect(resolveBuildNames(template, new Map()).template.builds.map(b => b.name)).toEqual([
      'app-amd64',
      'web'
    ])
    const { template: named, unresolved } = resolveBuildNames(
      template,
      new Map([['arch', 'arm64']])
    )
    expect(named.builds.map(b => b.name)).toEqual(['app-arm64', 'web'])
    expect(unresolved).toEqual([])
  })

  it('says which names it cannot know: another function, a variable without a value', () => {
    const template = write(
      'unknown.json',
      JSON.stringify({
        variables: { flavour: '' },
        builders: [
          { type: 'amazon-ebs', name: 'app-{{env `ARCH`}}' },
          { type: 'amazon-ebs', name: 'web-{{user `missing`}}' }
        ]
      })
    )
    expect(resolveBuildNames(template, new Map()).unresolved).toEqual([
      'app-{{env `ARCH`}}',
      'web-{{user `missing`}}'
    ])
  })

  it('prefixes an HCL2 build named by a variable', () => {
    const template = write(
      'named.pkr.hcl',
      [
        'variable "arch" {\n  default = "arm64"\n}',
        'source "amazon-ebs" "app" {\n  ami_name = "x"\n}',
        'build {\n  name    = var.arch\n  sources = ["source.amazon-ebs.app"]\n}'
      ].join('\n')
    )
    expect(resolveBuildNames(template, new Map()).template.builds.map(b => b.name)).toEqual([
      'arm64.amazon-ebs.app'
    ])
    expect(
      resolveBuildNames(template, new Map([['arch', 'x86']])).template.builds.map(b => b.name)
    ).toEqual(['x86.amazon-ebs.app'])
  })

  it('prefixes an HCL2 build named by a template of a variable, as Packer evaluates it', () => {
    const template = write(
      'interpolated.pkr.hcl',
      [
        'variable "arch" {\n  default = "arm64"\n}',
        'source "amazon-ebs" "app" {\n  ami_name = "x"\n}',
        'build {\n  name    = "${var.arch}"\n  sources = ["source.amazon-ebs.app"]\n}',
        'build {\n  name    = "${var.arch}-web"\n  sources = ["source.amazon-ebs.app"]\n}',
        'build {\n  name    = "$${literal}"\n  sources = ["source.amazon-ebs.app"]\n}'
      ].join('\n')
    )
    const { template: resolved, unresolved } = resolveBuildNames(template, new Map())
    // A name the reader cannot evaluate is left to Packer and said so, never taken as text.
    expect(resolved.builds.map(b => b.name)).toEqual([
      'arm64.amazon-ebs.app',
      'amazon-ebs.app',
      '${literal}.amazon-ebs.app'
    ])
    expect(unresolved).toEqual(['"${var.arch}-web"'])
  })
})
