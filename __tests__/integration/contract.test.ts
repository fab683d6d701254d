import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Input } from '../../src/constants.js'
import { checkContract, type ContractInputs } from '../../src/packer/contract.js'
import { readTemplate, type Template } from '../../src/packer/template.js'
import { DEBIAN_PACKER } from '../../testbed/fixtures.js'

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'contract-test-'))
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

let folders = 0
/** Writes `files` (name → text) into a new folder and returns its path. */
function folder(files: Record<string, string>): string {
  const dir = path.join(scratch, `t${++folders}`)
  fs.mkdirSync(dir)
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text)
  return dir
}
const written = new Map<string, string>()
const hcl = (text: string): Template => {
  const file = path.join(folder({ 'app.pkr.hcl': text }), 'app.pkr.hcl')
  written.set(text, file)
  return readTemplate(file)
}
/** The file `hcl(text)` wrote. */
const hclFile = (text: string) => written.get(text)
const legacy = (json: unknown): Template => {
  const dir = folder({ 'app.json': JSON.stringify(json) })
  return readTemplate(path.join(dir, 'app.json'))
}

const inputs = (more: Partial<ContractInputs> = {}): ContractInputs => ({
  vars: [],
  varFiles: [],
  region: 'us-east-1',
  regionFrom: 'input',
  versionTagKey: 'ImageVersion',
  ...more
})

/** A source "amazon-ebs" "app" with `settings` (lines of HCL), built by a plain build. */
const ebs = (settings: string[], before: string[] = ['variable "image_version" {}']) =>
  [
    ...before,
    'source "amazon-ebs" "app" {',
    ...settings.map(s => `  ${s}`),
    '}',
    'build {',
    '  sources = ["source.amazon-ebs.app"]',
    '}'
  ].join('\n')

const VERSIONED = 'ami_name = "app-${var.image_version}"'

describe('checkContract: image_version', () => {
  it('an HCL2 template without image_version: a problem that shows the lines to add', () => {
    const template = hcl(ebs(['ami_name = "app"', 'region = "us-east-1"'], []))
    const { problems } = checkContract(template, inputs(), true)
    expect(problems).toHaveLength(1)
    expect(problems[0]?.file).toBe(template.files[0])
    expect(problems[0]?.input).toBeUndefined()
    expect(problems[0]?.message).toContain('app.pkr.hcl declares no image_version variable')
    expect(problems[0]?.message).toContain('variable "image_version" {\n  type = string\n}')
    expect(problems[0]?.message).toContain('ami_name = "app-${var.image_version}"')
  })

  it('a legacy JSON template without image_version: the legacy lines to add', () => {
    const template = legacy({
      builders: [{ type: 'amazon-ebs', ami_name: 'app', region: 'us-east-1' }]
    })
    const { problems } = checkContract(template, inputs(), true)
    expect(problems.map(p => p.message)).toEqual([
      expect.stringContaining('"variables": { "image_version": "" }')
    ])
    expect(problems[0]?.message).toContain('"ami_name": "app-{{user `image_version`}}"')
  })

  it('reads a file that starts with a UTF-8 byte order mark, as Packer 1.6.6 builds it', () => {
    const template = hcl(`\uFEFF${ebs(['ami_name = "app"'])}`)
    const { problems } = checkContract(template, inputs(), true)
    expect(problems.map(p => p.message)).toEqual([
      expect.stringContaining('the ami_name of build amazon-ebs.app ("app") does not use')
    ])
    const vars = path.join(
      folder({ 'a.pkrvars.hcl': '\uFEFFregion = "eu-west-1"\n' }),
      'a.pkrvars.hcl'
    )
    const regional = hcl(
      ebs(
        [VERSIONED, 'region = var.region'],
        ['variable "image_version" {}', 'variable "region" {}']
      )
    )
    expect(checkContract(regional, inputs({ varFiles: [vars] }), true).buildRegions).toEqual({
      'amazon-ebs.app': 'eu-west-1'
    })
  })

  it('is no problem outside a release (mode: validate)', () => {
    const template = hcl(ebs(['ami_name = "app"'], []))
    expect(checkContract(template, inputs(), false).problems).toEqual([])
  })

  const throughLocal = (value: string) => [
    'variable "image_version" {}',
    `locals { name = ${value} }`
  ]
  it.each<[string, boolean, string]>([
    ['used directly', false, ebs([VERSIONED])],
    ['used bare in a function', false, ebs(['ami_name = format("app-%s", var.image_version)'])],
    [
      'used through a local',
      false,
      ebs(['ami_name = local.name'], throughLocal('"app-${var.image_version}"'))
    ],
    ['not used', true, ebs(['ami_name = "app-1.0"'])],
    ['only in a literal', true, ebs(['ami_name = "app-var.image_version"'])],
    ['only in a comment', true, ebs(['ami_name = "app" # var.image_version'])],
    [
      'through a local that does not use it',
      true,
      ebs(['ami_name = local.name'], throughLocal('"app"'))
    ],
    [
      'not used, but skip_create_ami = true',
      false,
      ebs(['ami_name = "app"', 'skip_create_ami = true'])
    ],
    [
      'not used, skip_create_ami = false',
      true,
      ebs(['ami_name = "app"', 'skip_create_ami = false'])
    ]
  ])('HCL2 ami_name %s → problem: %s', (_, problem, text) => {
    const { problems } = checkContract(hcl(text), inputs(), true)
    expect(problems.map(p => [p.file, p.line])).toEqual(
      problem ? [[hclFile(text), text.split('\n').findIndex(l => l.startsWith('source ')) + 1]] : []
    )
    for (const p of problems)
      expect(p.message).toMatch(
        /^the ami_name of build amazon-ebs\.app \(.+\) does not use image_version.+"app-\$\{var\.image_version\}"$/
      )
  })

  it.each([['null'], ['amazon-ebsvolume'], ['docker']])(
    'a %s builder takes no ami_name: no problem',
    type => {
      const template = hcl(
        `variable "image_version" {}\nsource "${type}" "x" {\n  ami_name = "fixed"\n}\nbuild {\n  sources = ["source.${type}.x"]\n}\n`
      )
      expect(checkContract(template, inputs(), true).problems).toEqual([])
    }
  )

  it.each([['amazon-ebs'], ['amazon-ebssurrogate'], ['amazon-instance'], ['amazon-chroot']])(
    'a %s builder makes an AMI: its ami_name is checked',
    type => {
      const template = hcl(
        `variable "image_version" {}\nsource "${type}" "x" {\n  ami_name = "fixed"\n}\nbuild {\n  sources = ["source.${type}.x"]\n}\n`
      )
      expect(checkContract(template, inputs(), true).problems.map(p => p.message)).toEqual([
        expect.stringContaining(`the ami_name of build ${type}.x (`)
      ])
    }
  )

  it('checks each build, with an inline source’s own ami_name', () => {
    const template = hcl(
      [
        'variable "image_version" {}',
        'source "amazon-ebs" "app" {',
        `  ${VERSIONED}`,
        '}',
        'build {',
        '  sources = ["source.amazon-ebs.app"]',
        '  source "source.amazon-ebs.app" {',
        '    name     = "fixed"',
        '    ami_name = "fixed"',
        '  }',
        '}'
      ].join('\n')
    )
    const { problems } = checkContract(template, inputs(), true)
    expect(problems.map(p => [p.message.slice(0, 40), p.line])).toEqual([
      ['the ami_name of build amazon-ebs.fixed (', 7]
    ])
  })

  it.each<[string, string, string | undefined]>([
    ['type = number', 'variable "image_version" {\n  type = number\n}', '1.1'],
    ['a number default', 'variable "image_version" {\n  default = 0\n}', '1.1'],
    ['a null default', 'variable "image_version" {\n  default = null\n}', '1.1'],
    ['a number in a variables block', 'variables {\n  image_version = 0\n}', '1.1'],
    ['type = string', 'variable "image_version" {\n  type = string\n}', undefined],
    ['a string default', 'variable "image_version" {\n  default = ""\n}', undefined],
    ['neither', 'variable "image_version" {}', undefined]
  ])(
    'HCL2 image_version with %s: refused where Packer would turn 1.10 into another version',
    (_, declared, becomes) => {
      // What Packer 1.6.6 makes of `-var image_version=1.10`, as the action passes it.
      const dir = folder({
        'echo.pkr.hcl': [
          declared,
          'source "null" "v" {\n  communicator = "none"\n}',
          'build {\n  sources = ["source.null.v"]',
          '  provisioner "shell-local" {\n    inline = ["echo VERSION=${var.image_version}."]\n  }\n}'
        ].join('\n')
      })
      const run = spawnSync(
        DEBIAN_PACKER,
        ['build', '-var', 'image_version=1.10', 'echo.pkr.hcl'],
        {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, CHECKPOINT_DISABLE: '1', PKR_VAR_image_version: '1.10' }
        }
      )
      expect(run.stdout).toContain(`VERSION=${becomes ?? '1.10'}.`)
      const template = hcl(ebs([VERSIONED], [declared]))
      const { problems } = checkContract(template, inputs(), true)
      expect(problems.map(p => [p.message, p.file, p.line])).toEqual(
        becomes
          ? [
              [
                'image_version is not declared a string, so Packer reads the version as a number (1.10 becomes 1.1, 1e3 becomes 1000) and names the AMI after another version. Declare it:\nvariable "image_version" {\n  type = string\n}',
                template.files[0],
                declared.startsWith('variables') ? 2 : 1
              ]
            ]
          : []
      )
    }
  )

  it.each<[string, unknown, boolean]>([
    ['uses it', 'app-{{user `image_version`}}', false],
    ['does not use it', 'app-{{timestamp}}', true]
  ])('legacy JSON ami_name that %s', (_, amiName, problem) => {
    const template = legacy({
      variables: { image_version: '' },
      builders: [{ type: 'amazon-ebs', ami_name: amiName, region: 'us-east-1' }]
    })
    const { problems } = checkContract(template, inputs(), true)
    expect(problems.map(p => p.message)).toEqual(
      problem
        ? [expect.stringMatching(/does not use image_version.+"app-\{\{user `image_version`\}\}"$/)]
        : []
    )
  })
})

describe('checkContract: vars and var-files', () => {
  const template = hcl(
    ebs([VERSIONED], ['variable "image_version" {}', 'variable "team" {}', 'variable "app" {}'])
  )

  it('a var the template does not declare: a problem on `vars` that lists the declared ones', () => {
    const { problems } = checkContract(
      template,
      inputs({
        vars: [
          ['tema', 'x'],
          ['team', 'y']
        ]
      }),
      false
    )
    expect(problems).toEqual([
      {
        input: Input.Vars,
        message:
          "'tema' is not a variable of app.pkr.hcl, and Packer would ignore it; it declares: app, image_version, team"
      }
    ])
  })

  it('a template that declares none says so', () => {
    const bare = legacy({ builders: [] })
    expect(checkContract(bare, inputs({ vars: [['x', '1']] }), false).problems[0]?.message).toMatch(
      /it declares: \(none\)$/
    )
  })

  it.each<[string, string, string]>([
    ['a .pkrvars.hcl', 'release.pkrvars.hcl', 'image_version = "9.9.9"\nteam = "x"\n'],
    ['a .pkrvars.json', 'release.pkrvars.json', '{"image_version": "9.9.9"}'],
    ['a legacy JSON var file', 'release.json', '{"team": "x", "image_version": "9.9.9"}']
  ])('image_version set in %s: a problem on `var-files`', (_, name, text) => {
    const varFile = path.join(folder({ [name]: text }), name)
    const { problems } = checkContract(template, inputs({ varFiles: [varFile] }), false)
    expect(problems.map(p => [p.input, p.file])).toEqual([[Input.VarFiles, varFile]])
    expect(problems[0]?.message).toMatch(
      /sets image_version, which is the action's to set.+-var image_version.+remove it$/
    )
  })

  it('a var file that does not set image_version is fine', () => {
    const varFile = path.join(
      folder({ 'x.pkrvars.hcl': 'team = "x" # image_version\n' }),
      'x.pkrvars.hcl'
    )
    expect(checkContract(template, inputs({ varFiles: [varFile] }), false)).toMatchObject({
      problems: [],
      warnings: []
    })
  })

  // Packer loads *.auto.pkrvars.* of a folder template, not next to a single file
  // (hashicorp/packer@v1.16.0:hcl2template/utils.go:67-75; packer-facts.md §4.3).
  it.each<[string, string]>([
    ['x.auto.pkrvars.hcl', 'image_version = "dev"\n'],
    ['x.auto.pkrvars.json', '{"image_version": "dev"}']
  ])('image_version in %s of a folder template: a problem on that file', (name, text) => {
    const dir = folder({ 'app.pkr.hcl': ebs([VERSIONED]), [name]: text })
    const { problems } = checkContract(readTemplate(dir), inputs(), true)
    expect(problems.map(p => [p.input, p.file])).toEqual([[undefined, path.join(dir, name)]])
    expect(problems[0]?.message).toContain(`${path.join(dir, name)} sets image_version`)
  })

  it('auto var files: the JSON ones are read after the HCL ones, as Packer reads them', () => {
    const dir = folder({
      'app.pkr.hcl': ebs(
        [VERSIONED, 'region = var.region'],
        ['variable "image_version" {}', 'variable "region" {}']
      ),
      'a.auto.pkrvars.json': '{"region": "us-west-2"}',
      'b.auto.pkrvars.hcl': 'region = "us-east-1"\n'
    })
    const result = checkContract(readTemplate(dir), inputs({ region: 'us-west-2' }), true)
    expect(result).toMatchObject({ problems: [], region: 'us-west-2' })
    expect(result.buildRegions).toEqual({ 'amazon-ebs.app': 'us-west-2' })
  })

  it('a folder named like an auto var file is skipped, as Packer skips it', () => {
    const dir = folder({ 'app.pkr.hcl': ebs([VERSIONED]) })
    fs.mkdirSync(path.join(dir, 'x.auto.pkrvars.hcl'))
    expect(checkContract(readTemplate(dir), inputs(), true)).toMatchObject({
      problems: [],
      warnings: []
    })
  })

  it('the same auto var file next to a single-file template: Packer does not read it', () => {
    const dir = folder({
      'app.pkr.hcl': ebs([VERSIONED]),
      'x.auto.pkrvars.hcl': 'image_version = "dev"\n'
    })
    expect(
      checkContract(readTemplate(path.join(dir, 'app.pkr.hcl')), inputs(), true).problems
    ).toEqual([])
  })

  it('HCL2: a var also set by a var file warns that the file wins (PKR_VAR_ < var files)', () => {
    const varFile = path.join(folder({ 'x.pkrvars.hcl': 'team = "file"\n' }), 'x.pkrvars.hcl')
    const { problems, warnings } = checkContract(
      template,
      inputs({ vars: [['team', 'input']], varFiles: [varFile] }),
      false
    )
    expect(problems).toEqual([])
    expect(warnings).toEqual([
      `Input 'vars' sets team, and so does ${varFile}; the file wins (Packer: PKR_VAR_ < variable files < -var). Set it in one place.`
    ])
  })

  it('HCL2: a var also set by an auto var file of the folder warns too', () => {
    const dir = folder({
      'app.pkr.hcl': ebs([VERSIONED], ['variable "image_version" {}', 'variable "team" {}']),
      'a.auto.pkrvars.hcl': 'team = "auto"\n'
    })
    expect(
      checkContract(readTemplate(dir), inputs({ vars: [['team', 'x']] }), true).warnings
    ).toEqual([
      expect.stringContaining(`so does ${path.join(dir, 'a.auto.pkrvars.hcl')}; the file wins`)
    ])
  })

  // Legacy JSON: the action passes vars as -var, and -var is not overridden by variable files
  // (hashicorp/packer@v1.16.0:command/meta.go:40-57; v1.6.6 :43-60).
  it('legacy JSON: a var also set by a var file warns that vars win', () => {
    const template = legacy({ variables: { image_version: '', team: '' }, builders: [] })
    const varFile = path.join(folder({ 'x.json': '{"team": "file"}' }), 'x.json')
    expect(
      checkContract(template, inputs({ vars: [['team', 'input']], varFiles: [varFile] }), false)
        .warnings
    ).toEqual([
      `Input 'vars' sets team, and so does ${varFile}; 'vars' wins (Packer: -var-file < -var). Set it in one place.`
    ])
  })

  // Legacy JSON: every -var-file is decoded as a JSON object of strings, whatever its name
  // (hashicorp/packer@v1.16.0:command/meta.go:38-45, command/flag-kv/flag_json.go:14-33).
  it('legacy JSON: a var file is JSON whatever its name, as Packer reads it', () => {
    const template = legacy({
      variables: { image_version: '', region: 'us-east-1' },
      builders: [
        { type: 'amazon-ebs', ami_name: 'a-{{user `image_version`}}', region: '{{user `region`}}' }
      ]
    })
    const varFile = path.join(folder({ 'prod.vars': '{"region": "eu-west-1"}\n' }), 'prod.vars')
    const result = checkContract(template, inputs({ varFiles: [varFile] }), true)
    expect(result.buildRegions).toEqual({ 'amazon-ebs': 'eu-west-1' })
    expect(result.problems.map(p => p.message)).toEqual([
      expect.stringMatching(/^'us-east-1' is not where the template builds \(eu-west-1\)/)
    ])
  })

  it.each<[string, string, string, RegExp]>([
    ['HCL', 'prod.pkrvars.hcl', 'team = "x"\n', /is not a JSON object/],
    ['a number', 'prod.json', '{"team": 3}', /sets team to 3, not a string/],
    ['an empty file', 'prod.json', '', /is not a JSON object/]
  ])(
    'legacy JSON: a var file Packer cannot read (%s) is a problem on `var-files`',
    (_, name, text, why) => {
      const template = legacy({ variables: { image_version: '', team: '' }, builders: [] })
      const varFile = path.join(folder({ [name]: text }), name)
      const { problems } = checkContract(template, inputs({ varFiles: [varFile] }), false)
      expect(problems.map(p => [p.input, p.file])).toEqual([[Input.VarFiles, varFile]])
      expect(problems[0]?.message).toMatch(why)
      expect(problems[0]?.message).toMatch(/a JSON object of strings/)
    }
  )

  it('legacy JSON: text after the object, and null values, are what Packer reads too', () => {
    const template = legacy({ variables: { image_version: '', team: '' }, builders: [] })
    const varFile = path.join(folder({ 'v.json': '{"team": null}\n# prod\n' }), 'v.json')
    expect(checkContract(template, inputs({ varFiles: [varFile] }), false).problems).toEqual([])
  })

  // HCL2: a -var-file is read by its extension, .hcl or .json, and refused otherwise
  // (hashicorp/packer@v1.16.0:hcl2template/parser.go:223-235; v1.6.6 :169-180).
  it.each(['prod.vars', 'prod.pkrvars', 'prod.tfvars', 'prod.pkrvars.HCL'])(
    'HCL2: a var file named %s, which Packer refuses, is a problem on `var-files`',
    name => {
      const varFile = path.join(folder({ [name]: 'team = "x"\n' }), name)
      const { problems } = checkContract(template, inputs({ varFiles: [varFile] }), false)
      expect(problems.map(p => [p.input, p.file])).toEqual([[Input.VarFiles, varFile]])
      expect(problems[0]?.message).toMatch(/must end in \.hcl or \.json/)
    }
  )
})

describe('checkContract: regions', () => {
  const regionTemplate = (region: string, before: string[] = []) =>
    hcl(ebs([VERSIONED, `region = ${region}`], ['variable "image_version" {}', ...before]))

  it.each<[string, Template, Partial<ContractInputs>, string]>([
    ['a literal', regionTemplate('"eu-west-1"'), {}, 'eu-west-1'],
    [
      'a variable given in vars',
      regionTemplate('var.region', ['variable "region" {}']),
      { vars: [['region', 'eu-west-1']] },
      'eu-west-1'
    ],
    [
      'a variable’s default',
      regionTemplate('var.region', ['variable "region" { default = "eu-west-1" }']),
      {},
      'eu-west-1'
    ],
    [
      'a variable whose name holds a letter outside ASCII',
      regionTemplate('var.région', ['variable "région" { default = "eu-west-1" }']),
      {},
      'eu-west-1'
    ],
    [
      'vars over the default',
      regionTemplate('"${var.region}"', ['variable "region" { default = "us-east-1" }']),
      { vars: [['region', 'eu-west-1']] },
      'eu-west-1'
    ],
    [
      'a local of a literal',
      regionTemplate('local.region', ['locals { region = "eu-west-1" }']),
      {},
      'eu-west-1'
    ],
    [
      'a local of a variable given in vars',
      regionTemplate('"${local.region}"', [
        'variable "region" {}',
        'locals { region = var.region }'
      ]),
      { vars: [['region', 'eu-west-1']] },
      'eu-west-1'
    ],
    [
      'a legacy user variable',
      legacy({
        variables: { image_version: '', region: 'eu-west-1' },
        builders: [
          {
            type: 'amazon-ebs',
            ami_name: 'a-{{user `image_version`}}',
            region: '{{user `region`}}'
          }
        ]
      }),
      {},
      'eu-west-1'
    ]
  ])(
    'a region from %s that aws-region does not name: a problem on aws-region',
    (_, template, more, stated) => {
      const result = checkContract(template, inputs(more), true)
      expect(result.problems).toEqual([
        {
          input: Input.AwsRegion,
          message: `'us-east-1' is not where the template builds (${stated}); set it to ${stated}, so that lookups, outputs and the cleanup look where the images are`
        }
      ])
    }
  )

  it('the same region: no problem, every build in it', () => {
    const result = checkContract(regionTemplate('"us-east-1"'), inputs(), true)
    expect(result).toEqual({
      problems: [],
      warnings: [],
      buildRegions: { 'amazon-ebs.app': 'us-east-1' },
      region: 'us-east-1'
    })
  })

  it('a region from the environment and a local of a literal: the local’s, not refused', () => {
    const result = checkContract(
      regionTemplate('local.region', ['locals { region = "eu-west-1" }']),
      inputs({ regionFrom: 'environment' }),
      true
    )
    expect(result.problems).toEqual([])
    expect(result.region).toBe('eu-west-1')
  })

  it('a region from the environment and one region in the template: the template’s, with a warning', () => {
    const result = checkContract(
      regionTemplate('"eu-west-1"'),
      inputs({ regionFrom: 'environment' }),
      true
    )
    expect(result.problems).toEqual([])
    expect(result.region).toBe('eu-west-1')
    expect(result.buildRegions).toEqual({ 'amazon-ebs.app': 'eu-west-1' })
    expect(result.warnings).toEqual([
      "The template builds in eu-west-1, not in us-east-1 (from AWS_REGION): the action follows the template. Set 'aws-region' to say which region to use."
    ])
  })

  const twoRegions = hcl(
    [
      'variable "image_version" {}',
      'source "amazon-ebs" "east" {',
      '  ami_name = "east-${var.image_version}"',
      '  region = "us-east-2"',
      '  ami_regions = ["us-west-2"]',
      '}',
      'source "amazon-ebs" "west" {',
      `  ${VERSIONED}`,
      '  region = "us-west-2"',
      '}',
      'source "null" "n" {}',
      'build {',
      '  sources = ["source.amazon-ebs.east", "source.amazon-ebs.west", "source.null.n"]',
      '}'
    ].join('\n')
  )

  it.each<[string, ContractInputs['regionFrom']]>([
    ['the input', 'input'],
    ['the environment', 'environment']
  ])('several regions in the template, none of them from %s: a problem', (_, regionFrom) => {
    const result = checkContract(twoRegions, inputs({ regionFrom }), true)
    expect(result.problems).toEqual([
      {
        input: Input.AwsRegion,
        message:
          "'us-east-1' is not where the template builds (us-east-2, us-west-2); set it to one of them, so that lookups, outputs and the cleanup look where the images are"
      }
    ])
  })

  it('several regions, aws-region one of them: each build in its own, the rest in aws-region', () => {
    const result = checkContract(twoRegions, inputs({ region: 'us-west-2' }), true)
    expect(result.problems).toEqual([])
    expect(result.region).toBe('us-west-2')
    expect(result.buildRegions).toEqual({
      'amazon-ebs.east': 'us-east-2',
      'amazon-ebs.west': 'us-west-2',
      'null.n': 'us-west-2'
    })
  })

  // A release is each build's AMI in aws-region with its copies (src/stream/model.ts
  // releaseSets): one made elsewhere and never copied there is never released.
  it('several regions, a build neither made nor copied in aws-region: a problem at its region', () => {
    const text = [
      'variable "image_version" {}',
      'source "amazon-ebs" "east" {',
      `  ${VERSIONED}`,
      '  region = "us-east-2"',
      '}',
      'source "amazon-ebs" "west" {',
      `  ${VERSIONED}`,
      '  region = "us-west-2"',
      '}',
      'build {',
      '  sources = ["source.amazon-ebs.east", "source.amazon-ebs.west"]',
      '}'
    ].join('\n')
    const result = checkContract(hcl(text), inputs({ region: 'us-west-2' }), true)
    expect(result.problems).toEqual([
      {
        input: Input.AwsRegion,
        file: hclFile(text),
        line: 4,
        message:
          "app.pkr.hcl:4: build amazon-ebs.east makes its AMI in us-east-2 and copies it nowhere in us-west-2, and a release is each build's AMI in 'aws-region' with its copies: it would be built and never released. Add \"us-west-2\" to its ami_regions, or build it in us-west-2"
      }
    ])
    const legacyTwo = legacy({
      variables: { image_version: '' },
      builders: ['us-east-2', 'us-west-2'].map(region => ({
        type: 'amazon-ebs',
        name: region,
        ami_name: `${region}-{{user \`image_version\`}}`,
        region,
        ...(region === 'us-east-2' ? { ami_regions: ['us-west-2'] } : {})
      }))
    })
    expect(checkContract(legacyTwo, inputs({ region: 'us-west-2' }), true).problems).toEqual([])
  })

  // The AMI copied to aws-region is the release's there (src/stream/model.ts releaseSets).
  it('a build in another region that copies to aws-region: released in aws-region, not refused', () => {
    const copied = (copies: string) =>
      checkContract(
        hcl(ebs([VERSIONED, 'region = "eu-west-1"', `ami_regions = ${copies}`])),
        inputs(),
        true
      )
    expect(copied('["us-east-1"]')).toMatchObject({
      problems: [],
      region: 'us-east-1',
      buildRegions: { 'amazon-ebs.app': 'eu-west-1' }
    })
    expect(copied('["us-west-2"]').problems.map(p => p.message)).toEqual([
      expect.stringMatching(/^'us-east-1' is not where the template builds \(eu-west-1\)/)
    ])
  })

  it('no region to compare with (mode: validate): no check, only the stated regions', () => {
    const result = checkContract(twoRegions, inputs({ region: undefined }), false)
    expect(result).toEqual({
      problems: [],
      warnings: [],
      buildRegions: { 'amazon-ebs.east': 'us-east-2', 'amazon-ebs.west': 'us-west-2' },
      region: undefined
    })
  })

  it.each<[string, Template, Partial<ContractInputs>]>([
    [
      'an empty default, which leaves it to the AWS environment',
      regionTemplate('var.region', ['variable "region" { default = "" }']),
      {}
    ],
    [
      'a legacy empty default',
      legacy({
        variables: { image_version: '', region: '' },
        builders: [
          {
            type: 'amazon-ebs',
            ami_name: 'a-{{user `image_version`}}',
            region: '{{user `region`}}'
          }
        ]
      }),
      {}
    ],
    ['no region at all', hcl(ebs([VERSIONED])), {}]
  ])('a region the template does not state (%s): aws-region is used', (_, template, more) => {
    const result = checkContract(template, inputs(more), true)
    expect(result.problems).toEqual([])
    expect(result.warnings).toEqual([])
    expect(result.region).toBe('us-east-1')
    expect(result.buildRegions).toEqual({ [template.builds[0]!.name]: 'us-east-1' })
  })

  it('a non-amazon builder’s region is not the AMI’s', () => {
    const template = hcl(
      'variable "image_version" {}\nsource "googlecompute" "g" {\n  region = "europe-west1"\n}\nbuild {\n  sources = ["source.googlecompute.g"]\n}\n'
    )
    expect(checkContract(template, inputs(), true)).toMatchObject({
      problems: [],
      buildRegions: { 'googlecompute.g': 'us-east-1' }
    })
  })
})

/** The 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex(l => l.includes(needle)) + 1

describe('checkContract: a region the action cannot evaluate', () => {
  const withRegion = (region: string, before: string[]) =>
    ebs([VERSIONED, `region = ${region}`], ['variable "image_version" {}', ...before])
  const legacyEnv = {
    variables: { image_version: '', region: '{{env `AWS_DEFAULT_REGION`}}' },
    builders: [
      { type: 'amazon-ebs', ami_name: 'a-{{user `image_version`}}', region: '{{user `region`}}' }
    ]
  }
  const opaqueFile = () =>
    path.join(folder({ 'r.pkrvars.hcl': 'region = lower("EU-WEST-1")\n' }), 'r.pkrvars.hcl')

  it.each<[string, () => { template: Template; more?: Partial<ContractInputs> }, string]>([
    [
      'a local of a function',
      () => ({
        template: hcl(withRegion('local.region', ['locals { region = lower("EU-WEST-1") }']))
      }),
      'local.region'
    ],
    [
      'a function',
      () => ({
        template: hcl(
          withRegion('lower(var.region)', ['variable "region" { default = "EU-WEST-1" }'])
        )
      }),
      'lower(var.region)'
    ],
    [
      'a variable with no value the action sees',
      () => ({ template: hcl(withRegion('var.region', ['variable "region" {}'])) }),
      'var.region'
    ],
    [
      'a variable a var file sets to an expression, over vars',
      () => ({
        template: hcl(withRegion('var.region', ['variable "region" {}'])),
        more: { vars: [['region', 'us-east-1']], varFiles: [opaqueFile()] }
      }),
      'var.region'
    ],
    [
      'a legacy default read from the environment',
      () => ({ template: legacy(legacyEnv) }),
      '{{user `region`}}'
    ]
  ])('%s', (_, make, expression) => {
    const { template, more = {} } = make()
    const file = template.files[0] as string
    const text = fs.readFileSync(file, 'utf8')
    const line = template.format === 'hcl' ? lineOf(text, '  region = ') : undefined
    const at = `${path.basename(file)}${line === undefined ? '' : `:${line}`}`
    const build = template.builds[0]?.name ?? ''

    // From the environment: refused before anything is built, naming where and the input to set.
    const refused = checkContract(template, inputs({ ...more, regionFrom: 'environment' }), true)
    expect(refused.problems).toEqual([
      {
        input: Input.AwsRegion,
        file,
        line,
        message: `${at}: build ${build} takes its region from ${expression}, which the action cannot evaluate before the build, so it would look for images and clean up in us-east-1 (from the environment) wherever Packer builds. Set 'aws-region' to the region that expression gives`
      }
    ])

    // Given as the input: followed, with a warning that the template must say the same.
    const followed = checkContract(template, inputs(more), true)
    expect(followed.problems).toEqual([])
    expect(followed.region).toBe('us-east-1')
    expect(followed.buildRegions).toEqual({ [build]: 'us-east-1' })
    expect(followed.warnings.filter(w => !w.startsWith("Input 'vars'"))).toEqual([
      `${at}: build ${build} takes its region from ${expression}, which the action cannot evaluate: it follows 'aws-region' (us-east-1). The template's region must say the same, or lookups, outputs and the cleanup look in the wrong region.`
    ])

    // No region is needed where nothing is looked up (mode: validate).
    expect(checkContract(template, inputs({ ...more, region: undefined }), false)).toMatchObject({
      problems: [],
      warnings: expect.not.arrayContaining([expect.stringContaining('cannot evaluate')]) as unknown
    })
  })

  it('the line of the region in a build’s inline source is that attribute’s', () => {
    const text = [
      'variable "image_version" {}',
      'source "amazon-ebs" "app" {',
      `  ${VERSIONED}`,
      '}',
      'build {',
      '  source "source.amazon-ebs.app" {',
      '    name   = "east"',
      '    region = local.region',
      '  }',
      '}',
      'locals { region = lower("US-EAST-1") }'
    ].join('\n')
    const { problems } = checkContract(hcl(text), inputs({ regionFrom: 'environment' }), true)
    expect(problems.map(p => [p.line, p.message.slice(0, 40)])).toEqual([
      [8, 'app.pkr.hcl:8: build amazon-ebs.east tak']
    ])
  })

  it('a region set in a var file is the file’s (HCL2: var files over vars)', () => {
    const template = hcl(withRegion('var.region', ['variable "region" {}']))
    const varFile = path.join(
      folder({ 'r.pkrvars.hcl': 'region = "eu-west-1"\n' }),
      'r.pkrvars.hcl'
    )
    const result = checkContract(
      template,
      inputs({ vars: [['region', 'us-east-1']], varFiles: [varFile] }),
      true
    )
    expect(result.problems.map(p => p.message)).toEqual([
      expect.stringMatching(/^'us-east-1' is not where the template builds \(eu-west-1\)/)
    ])
  })

  it('legacy JSON: vars over the var file (-var-file < -var)', () => {
    const template = legacy({
      variables: { image_version: '', region: '' },
      builders: [
        { type: 'amazon-ebs', ami_name: 'a-{{user `image_version`}}', region: '{{user `region`}}' }
      ]
    })
    const varFile = path.join(folder({ 'r.json': '{"region": "eu-west-1"}' }), 'r.json')
    const result = checkContract(
      template,
      inputs({ vars: [['region', 'us-east-1']], varFiles: [varFile] }),
      true
    )
    expect(result.problems).toEqual([])
    expect(result.buildRegions).toEqual({ 'amazon-ebs': 'us-east-1' })
  })
})

describe('checkContract: a region read from AWS_REGION', () => {
  // The action gives Packer the release's region as AWS_REGION (src/packer/args.ts), which a
  // variable's default reads with env() (hashicorp/packer@v1.16.0:hcl2template/types.packer_config.go:165-167;
  // legacy JSON: {{env}} in a variable's default): the region the action looks in.
  const hclEnv = (regionFrom: ContractInputs['regionFrom']) =>
    checkContract(
      hcl(
        ebs(
          [VERSIONED, 'region = var.region'],
          ['variable "image_version" {}', 'variable "region" {\n  default = env("AWS_REGION")\n}']
        )
      ),
      inputs({ regionFrom }),
      true
    )
  const legacyEnv = (regionFrom: ContractInputs['regionFrom']) =>
    checkContract(
      legacy({
        variables: { image_version: '', region: '{{ env `AWS_REGION` }}' },
        builders: [
          {
            type: 'amazon-ebs',
            ami_name: 'a-{{user `image_version`}}',
            region: '{{user `region`}}'
          }
        ]
      }),
      inputs({ regionFrom }),
      true
    )

  it.each([
    ['HCL2, aws-region from the environment', () => hclEnv('environment'), 'amazon-ebs.app'],
    ['HCL2, aws-region given', () => hclEnv('input'), 'amazon-ebs.app'],
    ['legacy JSON, aws-region from the environment', () => legacyEnv('environment'), 'amazon-ebs'],
    ['legacy JSON, aws-region given', () => legacyEnv('input'), 'amazon-ebs']
  ])('%s: the region the action looks in, neither refused nor warned about', (_, check, build) => {
    expect(check()).toEqual({
      problems: [],
      warnings: [],
      buildRegions: { [build]: 'us-east-1' },
      region: 'us-east-1'
    })
  })

  it('a value given for the variable is that value', () => {
    const template = hcl(
      ebs(
        [VERSIONED, 'region = var.region'],
        ['variable "image_version" {}', 'variable "region" {\n  default = env("AWS_REGION")\n}']
      )
    )
    const result = checkContract(template, inputs({ vars: [['region', 'eu-west-1']] }), true)
    expect(result.problems.map(p => p.message)).toEqual([
      expect.stringMatching(/^'us-east-1' is not where the template builds \(eu-west-1\)/)
    ])
  })
})

describe('checkContract: one AMI name per build and region', () => {
  // EC2 takes an AMI name once per region: with the loopback EC2 as with AWS, Packer 1.6.6 fails
  // the second build with InvalidAMIName.Duplicate on every run, and the version is never released.
  const twoSources = (web: string[], worker: string[], before: string[] = []) =>
    [
      'variable "image_version" {}',
      ...before,
      'source "amazon-ebs" "base" {',
      `  ${VERSIONED}`,
      '  region = "us-east-1"',
      '}',
      'build {',
      '  source "source.amazon-ebs.base" {',
      '    name = "web"',
      ...web.map(l => `    ${l}`),
      '  }',
      '  source "source.amazon-ebs.base" {',
      '    name = "worker"',
      ...worker.map(l => `    ${l}`),
      '  }',
      '}'
    ].join('\n')

  it('refuses two builds that would name their AMI alike in one region, at the second', () => {
    const text = twoSources([], [])
    const { problems } = checkContract(hcl(text), inputs(), true)
    expect(problems).toEqual([
      {
        file: hclFile(text),
        line: lineOf(text, 'name = "worker"') - 1,
        message: `builds amazon-ebs.web and amazon-ebs.worker both name their AMI "app-\${var.image_version}" in us-east-1, and EC2 takes a name once per region: Packer would fail one of them on every run, and the version would never be released. Give each build its own ami_name (in the build's source block, e.g. "worker-\${var.image_version}")`
      }
    ])
  })

  it.each<[string, string, string]>([
    [
      'through the same local',
      twoSources(
        ['ami_name = local.name'],
        ['ami_name = local.name'],
        ['locals { name = "app-${var.image_version}" }']
      ),
      'us-east-1'
    ],
    [
      'in another region, both',
      twoSources(['region = "eu-west-1"'], ['region = "eu-west-1"']),
      'eu-west-1'
    ]
  ])('refuses them %s too', (_, text, region) => {
    expect(
      checkContract(hcl(text), inputs({ region }), true).problems.map(p => p.message.slice(0, 43))
    ).toEqual(['builds amazon-ebs.web and amazon-ebs.worker'])
  })

  it.each<[string, string, Partial<ContractInputs>]>([
    ['names of their own', twoSources(['ami_name = "web-${var.image_version}"'], []), {}],
    // Packer evaluates a function per build: the reader does not claim to know it.
    [
      'a name a function makes',
      twoSources(
        ['ami_name = "app-${var.image_version}-${uuidv4()}"'],
        ['ami_name = "app-${var.image_version}-${uuidv4()}"']
      ),
      {}
    ],
    ['one build left out by only', twoSources([], []), { selected: ['amazon-ebs.web'] }]
  ])('lets two builds with %s be', (_, text, more) => {
    expect(checkContract(hcl(text), inputs(more), true).problems).toEqual([])
  })

  // A copy takes the AMI's name in its region (CopyImage answers InvalidAMIName.Duplicate).
  it('refuses a build whose copy takes another build’s AMI name in that region', () => {
    const text = twoSources([], ['region = "eu-west-1"', 'ami_regions = ["us-east-1"]'])
    expect(checkContract(hcl(text), inputs(), true).problems.map(p => p.message)).toEqual([
      expect.stringMatching(
        /^builds amazon-ebs\.web and amazon-ebs\.worker both name their AMI "app-\$\{var\.image_version\}" in us-east-1,/
      )
    ])
    const own = twoSources(
      [],
      ['region = "eu-west-1"', 'ami_regions = ["us-east-1"]', 'ami_name = "w-${var.image_version}"']
    )
    expect(checkContract(hcl(own), inputs(), true).problems).toEqual([])
  })

  it('refuses skip_save_build_region, which keeps the AMI only in copies no release is found by, and only that', () => {
    // The build region's AMI then has a random name, and the copies take the ami_name
    // (hashicorp/packer-plugin-amazon@v1.8.2:builder/ebs/step_create_ami.go:51-63): no name clash.
    const text = twoSources(['skip_save_build_region = true'], ['skip_save_build_region = "true"'])
    const { problems } = checkContract(hcl(text), inputs(), true)
    expect(problems.map(p => p.message)).toEqual([
      expect.stringMatching(
        /^build amazon-ebs\.web sets skip_save_build_region: its AMI would be kept only in its copies \(ami_regions\).*so it could never be released/
      ),
      expect.stringMatching(/^build amazon-ebs\.worker sets skip_save_build_region/)
    ])
    const off = twoSources(
      ['skip_save_build_region = false', 'ami_name = "web-${var.image_version}"'],
      []
    )
    expect(checkContract(hcl(off), inputs(), true).problems).toEqual([])
    // Outside a release (mode: validate) it is the template's own business.
    expect(checkContract(hcl(text), inputs(), false).problems).toEqual([])
  })

  it('legacy JSON: two builders with one name, unless build_name or a region tells them apart', () => {
    const builder = (name: string, more: object = {}) => ({
      type: 'amazon-ebs',
      name,
      region: 'us-east-1',
      ami_name: 'app-{{user `image_version`}}',
      ...more
    })
    const problems = (builders: object[]) =>
      checkContract(
        legacy({ variables: { image_version: '' }, builders }),
        inputs(),
        true
      ).problems.map(p => p.message.slice(0, 21))
    expect(problems([builder('web'), builder('worker')])).toEqual(['builds web and worker'])
    const named = { ami_name: '{{build_name}}-{{user `image_version`}}' }
    expect(problems([builder('web', named), builder('worker', named)])).toEqual([])
    // Told apart by a region, the one elsewhere is never in aws-region: never released.
    expect(problems([builder('web'), builder('worker', { region: 'eu-west-1' })])).toEqual([
      'app.json: build worke'
    ])
  })
})

describe('checkContract: one name per build', () => {
  // Packer keeps the artifacts of a run by build name: of two builds with one name, it reports
  // the artifacts of the one that finished last (hashicorp/packer@v1.16.0:command/build.go:233-235,
  // 250, 339; the same in Packer 1.6.6, run here).
  it('Packer 1.6.6 makes both builds of one name, and reports the artifact of one', () => {
    const dir = folder({
      'out.pkr.hcl': [
        'source "file" "out" {',
        '  content = "x"',
        '}',
        'build {',
        '  source "source.file.out" {',
        '    target = "web.txt"',
        '  }',
        '}',
        'build {',
        '  source "source.file.out" {',
        '    target = "worker.txt"',
        '  }',
        '}'
      ].join('\n')
    })
    const run = spawnSync(DEBIAN_PACKER, ['build', '-machine-readable', 'out.pkr.hcl'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, CHECKPOINT_DISABLE: '1' }
    })
    expect(run.status).toBe(0)
    expect(['web.txt', 'worker.txt'].map(f => fs.existsSync(path.join(dir, f)))).toEqual([
      true,
      true
    ])
    expect(run.stdout.match(/^\d+,file\.out,artifact,0,string,.*$/gm)).toHaveLength(1)
  })

  const twoOfOneName = (second: string) =>
    hcl(
      [
        'variable "image_version" {}',
        'source "amazon-ebs" "base" {',
        '  region = "us-east-1"',
        '}',
        'build {',
        '  source "source.amazon-ebs.base" {',
        '    ami_name = "web-${var.image_version}"',
        '  }',
        '}',
        'build {',
        '  source "source.amazon-ebs.base" {',
        second,
        '    ami_name = "worker-${var.image_version}"',
        '  }',
        '}'
      ].join('\n')
    )

  it('refuses two AMI builds of one name: one of their AMIs would never be reported', () => {
    const template = twoOfOneName('')
    const { problems } = checkContract(template, inputs(), true)
    expect(problems.map(p => [p.line, p.message])).toEqual([
      [
        11,
        expect.stringMatching(
          /^app\.pkr\.hcl:6 and app\.pkr\.hcl:11 are both the build amazon-ebs\.base: Packer reports the artifacts of one build of a name only/
        )
      ]
    ])
  })

  it('takes them with a name each, and is no problem outside a release', () => {
    expect(checkContract(twoOfOneName('    name = "worker"'), inputs(), true).problems).toEqual([])
    expect(checkContract(twoOfOneName(''), inputs(), false).problems).toEqual([])
  })
})

describe('checkContract: Packer never deregisters an AMI the action has not proven', () => {
  it.each([
    ['force_deregister = true', 'force_deregister'],
    ['force_delete_snapshot = true', 'force_delete_snapshot'],
    ['force_deregister = var.force', 'force_deregister']
  ])('%s is refused in a release, naming the build and the setting', (line, setting) => {
    const template = hcl(ebs([VERSIONED, line]))
    const { problems } = checkContract(template, inputs(), true)
    expect(problems).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          new RegExp(
            `^build amazon-ebs\\.app sets ${setting}: Packer would deregister whatever AMI holds the name`
          )
        ) as unknown,
        file: template.files[0]
      })
    ])
    // Validating a pull request is no release: nothing is deregistered there.
    expect(checkContract(template, inputs(), false).problems).toEqual([])
  })

  it('checks only the builds the release runs (`only`, `except`): Packer never starts the others', () => {
    const template = hcl(
      [
        'variable "image_version" {}',
        `source "amazon-ebs" "app" {\n  ${VERSIONED}\n}`,
        `source "amazon-ebs" "scratch" {\n  ami_name = "scratch"\n  force_deregister = true\n}`,
        'build {\n  sources = ["source.amazon-ebs.app", "amazon-ebs.scratch"]\n}'
      ].join('\n')
    )
    const messages = (selected?: string[]) =>
      checkContract(template, inputs({ selected }), true).problems.map(p => p.message.slice(0, 40))
    expect(messages()).toEqual([
      'the ami_name of build amazon-ebs.scratch',
      'build amazon-ebs.scratch sets force_dere'
    ])
    expect(messages(['amazon-ebs.app'])).toEqual([])
  })

  it('false is no problem, nor is the setting in legacy JSON set to false', () => {
    expect(
      checkContract(hcl(ebs([VERSIONED, 'force_deregister = false'])), inputs(), true).problems
    ).toEqual([])
    const json = legacy({
      variables: { image_version: '' },
      builders: [
        {
          type: 'amazon-ebs',
          ami_name: 'app-{{user `image_version`}}',
          force_deregister: false,
          region: 'us-east-1'
        }
      ]
    })
    expect(checkContract(json, inputs(), true).problems).toEqual([])
  })
})

describe('checkContract: the version tag is the action’s', () => {
  /** Refusals as `line: tag (setting)`, read back from the messages. */
  const refusals = (template: Template, more: Partial<ContractInputs> = {}) =>
    checkContract(template, inputs(more), true).problems.map(p => {
      const m = / sets the tag (\S+) in (.+?)\. Tags named /.exec(p.message)
      return `${p.line ?? '-'}: ${m?.[1] ?? p.message} (${m?.[2] ?? ''})`
    })

  // hashicorp/packer-plugin-amazon@v1.8.2: every setting that tags (see contract.ts).
  it.each<[string, string, string[], string[]]>([
    [
      'tags',
      'amazon-ebs',
      ['tags = {', '  Name         = "app"', '  ImageVersion = "1.0"', '}'],
      ['2: ImageVersion (tags)']
    ],
    [
      'a key under the version key, quoted',
      'amazon-ebs',
      ['tags = { "ImageVersion:lineage" = "x" }'],
      ['0: ImageVersion:lineage (tags)']
    ],
    [
      'snapshot_tags',
      'amazon-ebs',
      ['snapshot_tags = { ImageVersion = "1" }'],
      ['0: ImageVersion (snapshot_tags)']
    ],
    [
      'run_tags',
      'amazon-ebs',
      ['run_tags = { ImageVersion = "1" }'],
      ['0: ImageVersion (run_tags)']
    ],
    [
      'run_volume_tags',
      'amazon-ebs',
      ['run_volume_tags = { ImageVersion = "1" }'],
      ['0: ImageVersion (run_volume_tags)']
    ],
    [
      'spot_tags',
      'amazon-ebs',
      ['spot_tags = { ImageVersion = "1" }'],
      ['0: ImageVersion (spot_tags)']
    ],
    [
      'fleet_tags',
      'amazon-ebs',
      ['fleet_tags = { ImageVersion = "1" }'],
      ['0: ImageVersion (fleet_tags)']
    ],
    [
      'root_volume_tags of amazon-chroot',
      'amazon-chroot',
      ['root_volume_tags = { ImageVersion = "1" }'],
      ['0: ImageVersion (root_volume_tags)']
    ],
    [
      'a tag block',
      'amazon-ebs',
      ['tag {', '  key   = "ImageVersion"', '  value = "1"', '}'],
      ['1: ImageVersion (a tag block)']
    ],
    [
      'a snapshot_tag block',
      'amazon-instance',
      ['snapshot_tag {', '  key   = "ImageVersion:build"', '  value = "x"', '}'],
      ['1: ImageVersion:build (a snapshot_tag block)']
    ],
    [
      'run_tag, spot_tag and fleet_tag blocks',
      'amazon-ebs',
      [
        'run_tag {',
        '  key   = "ImageVersion"',
        '  value = "1"',
        '}',
        'spot_tag {',
        '  key = "ImageVersion"',
        '}',
        'fleet_tag {',
        '  key = "ImageVersion"',
        '}'
      ],
      [
        '1: ImageVersion (a run_tag block)',
        '5: ImageVersion (a spot_tag block)',
        '8: ImageVersion (a fleet_tag block)'
      ]
    ],
    [
      'a run_volume_tag block (name and value in amazon-ebs)',
      'amazon-ebs',
      ['run_volume_tag {', '  name  = "ImageVersion"', '  value = "1"', '}'],
      ['1: ImageVersion (a run_volume_tag block)']
    ],
    [
      'a root_volume_tag block',
      'amazon-chroot',
      ['root_volume_tag {', '  key = "ImageVersion"', '}'],
      ['1: ImageVersion (a root_volume_tag block)']
    ],
    [
      'tags of a volume of amazon-ebsvolume',
      'amazon-ebsvolume',
      [
        'ebs_volumes {',
        '  device_name = "/dev/xvdf"',
        '  tags = { ImageVersion = "1" }',
        '  snapshot_tag {',
        '    key = "ImageVersion"',
        '  }',
        '}'
      ],
      [
        '2: ImageVersion (ebs_volumes > tags)',
        '4: ImageVersion (ebs_volumes > a snapshot_tag block)'
      ]
    ],
    [
      'a key from a variable in parentheses',
      'amazon-ebs',
      ['tags = { (var.key) = "1" }'],
      ['0: ImageVersion (tags)']
    ],
    [
      'a key from a variable, interpolated',
      'amazon-ebs',
      ['tags = { "${var.key}" = "1" }'],
      ['0: ImageVersion (tags)']
    ],
    [
      'a map in a variable’s default',
      'amazon-ebs',
      ['tags = var.tags'],
      ['0: ImageVersion (tags)']
    ],
    [
      'a map in a local',
      'amazon-ebs',
      ['snapshot_tags = local.tags'],
      ['0: ImageVersion (snapshot_tags)']
    ],
    [
      'object syntax with colons and commas',
      'amazon-ebs',
      ['tags = { "Name": "x", "ImageVersion": "1" }'],
      ['0: ImageVersion (tags)']
    ],
    [
      'values that hold braces, quotes and comments',
      'amazon-ebs',
      [
        'tags = {',
        '  Name = "{${var.key}}" # ImageVersion = "no"',
        '  Note = <<EOT',
        'ImageVersion = "no"',
        'EOT',
        '  ImageVersion = "1"',
        '}'
      ],
      ['5: ImageVersion (tags)']
    ],
    [
      'another key that only starts alike',
      'amazon-ebs',
      ['tags = { ImageVersionNote = "1", MyImageVersion = "1", "Image:Version" = "1" }'],
      []
    ],
    [
      'the key as a value',
      'amazon-ebs',
      [
        'tags = { Name = "ImageVersion" }',
        'tag {',
        '  key   = "Name"',
        '  value = "ImageVersion"',
        '}'
      ],
      []
    ],
    [
      'merge() of object constructors',
      'amazon-ebs',
      ['tags = merge({ Name = "x" }, { ImageVersion = var.image_version })'],
      ['0: ImageVersion (tags)']
    ],
    [
      'merge() over lines, of a variable and an object constructor',
      'amazon-ebs',
      [
        'run_tags = merge(',
        '  var.unset,',
        '  {',
        '    Name = "x"',
        '    "ImageVersion:build" = "1"',
        '  }',
        ')'
      ],
      ['4: ImageVersion:build (run_tags)']
    ],
    [
      'merge() of a local that sets it',
      'amazon-ebs',
      ['snapshot_tags = merge(local.tags, { Name = "x" })'],
      ['0: ImageVersion (snapshot_tags)']
    ],
    [
      'merge() in a template of one interpolation, which HCL reads as the map itself',
      'amazon-ebs',
      ['tags = "${merge(var.unset, { ImageVersion = "1" })}"'],
      ['0: ImageVersion (tags)']
    ],
    [
      'merge() in merge(), four deep',
      'amazon-ebs',
      ['tags = merge(merge(merge(merge({ ImageVersion = "1" }))))'],
      ['0: ImageVersion (tags)']
    ],
    [
      'a key the reader cannot evaluate',
      'amazon-ebs',
      [
        'tags = merge(local.base, { (lower("IMAGEVERSION")) = "1" })',
        'tag {',
        '  key = var.unset',
        '}'
      ],
      []
    ],
    [
      'a dynamic tag block',
      'amazon-ebs',
      [
        'dynamic "tag" {',
        '  for_each = { ImageVersion = "1" }',
        '  content {',
        '    key   = tag.key',
        '    value = tag.value',
        '  }',
        '}'
      ],
      []
    ],
    [
      'session tags of assume_role',
      'amazon-ebs',
      [
        'assume_role {',
        '  role_arn = "arn:aws:iam::1:role/r"',
        '  tags     = { ImageVersion = "1" }',
        '}'
      ],
      []
    ],
    [
      'tags of a builder not from the amazon plugin',
      'docker',
      ['tags = { ImageVersion = "1" }'],
      []
    ]
  ])('%s', (_, type, settings, expected) => {
    const text = [
      'variable "image_version" {}',
      'variable "key" { default = "ImageVersion" }',
      'variable "unset" {}',
      'variable "tags" { default = { ImageVersion = "1" } }',
      'locals { tags = { "ImageVersion" = "1" } }',
      `source "${type}" "app" {`,
      `  ${VERSIONED}`,
      ...settings.map(l => `  ${l}`),
      '}',
      'build {',
      `  sources = ["source.${type}.app"]`,
      '}'
    ].join('\n')
    const template = hcl(text)
    // Expected as `<index of the setting line that holds the key>: key (setting)`; the settings
    // start on line 8.
    expect(refusals(template)).toEqual(
      expected.map(e => e.replace(/^(\d+):/, (_, i: string) => `${Number(i) + 8}:`))
    )
    // The message names the file too, for logs that show no annotation.
    for (const p of checkContract(template, inputs(), true).problems) {
      expect(p.file).toBe(template.files[0])
      expect(p.input).toBeUndefined()
      expect(p.message).toMatch(
        /^app\.pkr\.hcl:\d+: source \S+ sets the tag .+ the action tags the AMIs and snapshots with the version itself$/
      )
    }
  })

  it('a build’s inline source and the amazon-import post-processor are checked too', () => {
    const text = [
      'variable "image_version" {}',
      'source "amazon-ebs" "app" {',
      `  ${VERSIONED}`,
      '}',
      'build {',
      '  source "source.amazon-ebs.app" {',
      '    name = "b"',
      '    tags = { ImageVersion = "1" }',
      '  }',
      '  post-processor "amazon-import" {',
      '    tags = { "ImageVersion:copies" = "x" }',
      '  }',
      '  post-processors {',
      '    post-processor "amazon-import" {',
      '      tags = {',
      '        ImageVersion = "1"',
      '      }',
      '    }',
      '  }',
      '  post-processor "manifest" {',
      '    tags = { ImageVersion = "not an amazon post-processor" }',
      '  }',
      '}'
    ].join('\n')
    expect(refusals(hcl(text))).toEqual([
      '8: ImageVersion (tags)',
      '11: ImageVersion:copies (tags)',
      '16: ImageVersion (tags)'
    ])
  })

  it('a variable a var file sets to something other than a string is not read from its default', () => {
    const text = [
      'variable "image_version" {}',
      'variable "tags" { default = { ImageVersion = "1" } }',
      'variable "key" { default = "Name" }',
      'source "amazon-ebs" "app" {',
      `  ${VERSIONED}`,
      '  tags = var.tags',
      '  snapshot_tags = { (var.key) = "1" }',
      '}',
      'build {',
      '  sources = ["source.amazon-ebs.app"]',
      '}'
    ].join('\n')
    const template = hcl(text)
    // Packer uses the file's map, not the default: only Packer knows its keys.
    const file = (body: string) => path.join(folder({ 'x.pkrvars.hcl': body }), 'x.pkrvars.hcl')
    expect(refusals(template, { varFiles: [file('tags = { Name = "web" }\n')] })).toEqual([])
    expect(refusals(template)).toEqual(['6: ImageVersion (tags)'])
    // A string the file sets is read, as before.
    expect(refusals(template, { varFiles: [file('key = "ImageVersion"\n')] })).toEqual([
      '6: ImageVersion (tags)',
      '7: ImageVersion (snapshot_tags)'
    ])
  })

  it('follows version-tag-key', () => {
    const template = hcl(ebs([VERSIONED, 'tags = { ImageVersion = "1", "Release:x" = "2" }']))
    expect(refusals(template, { versionTagKey: 'Release' })).toEqual(['4: Release:x (tags)'])
  })

  it('is not checked outside a release, nor where no tag key is known (mode: validate)', () => {
    const template = hcl(ebs([VERSIONED, 'tags = { ImageVersion = "1" }']))
    expect(checkContract(template, inputs(), false).problems).toEqual([])
    expect(checkContract(template, inputs({ versionTagKey: undefined }), true).problems).toEqual([])
  })

  it('legacy JSON: maps, tag lists (key, or name), volumes and post-processor sequences', () => {
    const json = {
      variables: { image_version: '', key: 'ImageVersion' },
      builders: [
        {
          type: 'amazon-ebs',
          name: 'app',
          ami_name: 'app-{{user `image_version`}}',
          region: 'us-east-1',
          tags: { Name: 'x', '{{user `key`}}': '1' },
          run_tag: [{ key: 'ImageVersion:build', value: 'x' }],
          run_volume_tag: [{ name: 'ImageVersion', value: 'x' }]
        },
        { type: 'amazon-ebsvolume', ebs_volumes: [{ tags: { 'ImageVersion:lineage': 'x' } }] },
        { type: 'docker', tags: { ImageVersion: 'not an amazon builder' } }
      ],
      'post-processors': [['manifest', { type: 'amazon-import', tags: { ImageVersion: '1' } }]]
    }
    const template = legacy(json)
    expect(refusals(template).map(r => r.replace(/^\S+: /, ''))).toEqual([
      'ImageVersion (tags)',
      'ImageVersion:build (a run_tag block)',
      'ImageVersion (a run_volume_tag block)',
      'ImageVersion:lineage (ebs_volumes > tags)',
      'ImageVersion (tags)'
    ])
    expect(checkContract(template, inputs(), true).problems[1]?.message).toMatch(
      /^app\.json(:\d+)?: builder app sets the tag ImageVersion:build in a run_tag block\./
    )
  })

  it('HCL2 JSON syntax: a source’s tags and tag blocks, a build’s post-processor', () => {
    const json = {
      variable: { image_version: {} },
      source: {
        'amazon-ebs': {
          app: {
            ami_name: 'app-${var.image_version}',
            tags: { ImageVersion: '1' },
            tag: [{ key: 'ImageVersion:x', value: '1' }]
          }
        }
      },
      build: [
        {
          sources: ['source.amazon-ebs.app'],
          'post-processor': { 'amazon-import': { tags: { 'ImageVersion:copies': 'x' } } }
        }
      ]
    }
    const text = JSON.stringify(json, null, 2)
    const file = path.join(folder({ 'app.pkr.json': text }), 'app.pkr.json')
    expect(refusals(readTemplate(file))).toEqual([
      `${lineOf(text, '"ImageVersion"')}: ImageVersion (tags)`,
      `${lineOf(text, '"ImageVersion:x"')}: ImageVersion:x (a tag block)`,
      `${lineOf(text, '"ImageVersion:copies"')}: ImageVersion:copies (tags)`
    ])
  })

  it('HCL2 JSON syntax: merge() in a string of one interpolation', () => {
    const json = {
      variable: { image_version: {}, base: { default: {} } },
      source: {
        'amazon-ebs': {
          app: {
            ami_name: 'app-${var.image_version}',
            tags: '${merge(var.base, { ImageVersion = "1" })}'
          }
        }
      },
      build: [{ sources: ['source.amazon-ebs.app'] }]
    }
    const text = JSON.stringify(json, null, 2)
    const file = path.join(folder({ 'app.pkr.json': text }), 'app.pkr.json')
    expect(refusals(readTemplate(file))).toEqual([`${lineOf(text, '"tags"')}: ImageVersion (tags)`])
  })

  // A JSON key is a name like any other, also one Object.prototype has.
  it.each(['common', 'constructor', 'toString', '__proto__'])(
    'HCL2 JSON syntax: a local named %s is read',
    name => {
      const json = {
        variable: { image_version: {} },
        locals: { [name]: { ImageVersion: '1' } },
        source: {
          'amazon-ebs': { app: { ami_name: 'app-${var.image_version}', tags: `\${local.${name}}` } }
        },
        build: [{ sources: ['source.amazon-ebs.app'] }]
      }
      const text = JSON.stringify(json, null, 2)
      const file = path.join(folder({ 'app.pkr.json': text }), 'app.pkr.json')
      expect(refusals(readTemplate(file))).toEqual([
        `${lineOf(text, '"ImageVersion"')}: ImageVersion (tags)`
      ])
    }
  )

  it('the example template sets no version tag', () => {
    const template = readTemplate(path.join(import.meta.dirname, '../../examples/packer'))
    expect(
      checkContract(template, inputs({ vars: [['copy_regions', '[]']] }), true).problems
    ).toEqual([])
  })
})

describe('checkContract: room for the tags a release writes', () => {
  // EC2 takes 50 tags on a resource; the action writes up to 16 of its own, so the template's
  // tags (with snapshot_tags on the snapshots) and the `tags` input share 34. Over that, the AMI
  // is built and never released.
  const tags = (n: number, from = 0) =>
    `tags = { ${Array.from({ length: n }, (_, i) => `T${from + i} = "x"`).join(', ')} }`
  const problems = (template: Template, tagKeys: string[], more: Partial<ContractInputs> = {}) =>
    checkContract(template, inputs({ tagKeys, ...more }), true).problems.map(p => [p.input, p.line])
  const build = (sources: string, body: string[] = []) =>
    `variable "image_version" {}\n${sources}\nbuild {\n${body.map(l => `  ${l}`).join('\n')}\n}\n`

  it('refuses an AMI whose template tags and `tags` input are over 34 keys, naming the input', () => {
    const template = hcl(ebs([VERSIONED, tags(30)]))
    const given = ['A', 'B', 'C', 'D', 'E']
    expect(problems(template, given)).toEqual([['tags', 2]])
    const [problem] = checkContract(template, inputs({ tagKeys: given }), true).problems
    expect(problem?.message).toBe(
      "app.pkr.hcl:2: build amazon-ebs.app tags its AMI and snapshots with 30 keys and 'tags' adds 5 more: 35 in all, where EC2 takes 50 on a resource and the action writes up to 16 of its own, so at most 34. The AMI could be built but not released; drop some, or move them to run_tags with skip_ami_run_tags = true"
    )
  })

  it('counts a key both set once, a source tag the action writes once, and takes 34 in all', () => {
    const template = hcl(ebs([VERSIONED, tags(30)]))
    expect(problems(template, ['T0', 'T1', 'A', 'B'])).toEqual([])
    expect(problems(template, ['A', 'B', 'C', 'D'])).toEqual([])
    expect(problems(hcl(ebs([VERSIONED, tags(35)])), [])).toEqual([['tags', 2]])
    const own = 'SourceRepository = "x", SourceCommit = "x", SourceRef = "x", BuildRun = "x"'
    expect(problems(hcl(ebs([VERSIONED, tags(31).replace('{ ', `{ ${own}, `)])), [])).toEqual([])
  })

  it('adds snapshot_tags where the AMI has EBS snapshots, and a build’s overrides to its source', () => {
    const snapshots = tags(35, 10).replace('tags', 'snapshot_tags')
    expect(problems(hcl(ebs([VERSIONED, tags(10), snapshots])), [])).toEqual([['tags', 2]])
    // Packer merges the build's source block into the source (`amazon-ebs.app` is
    // `source.amazon-ebs.app`: hashicorp/packer@v1.16.0:hcl2template/types.build.from.go:10-22).
    const overridden = hcl(
      build(`source "amazon-ebs" "app" {\n  ${VERSIONED}\n  ${tags(20)}\n}`, [
        'source "amazon-ebs.app" {',
        `  ${tags(20, 20).replace('tags', 'snapshot_tags')}`,
        '}'
      ])
    )
    expect(problems(overridden, [])).toEqual([['tags', 7]])
    // An instance-store AMI has no EBS snapshot: its snapshot_tags tag nothing.
    const instance = hcl(
      build(`source "amazon-instance" "app" {\n  ${VERSIONED}\n  ${tags(20)}\n  ${snapshots}\n}`, [
        'sources = ["source.amazon-instance.app"]'
      ])
    )
    expect(problems(instance, [])).toEqual([])
  })

  it('counts tag and snapshot_tag blocks with the maps, in a source and a build’s overrides', () => {
    // `tag { key, value }` blocks are copied into `tags`, `snapshot_tag` into `snapshot_tags`
    // (hashicorp/packer-plugin-amazon@v1.8.2:common/ami_config.go:242-243).
    const blocks = (n: number, type = 'tag', from = 100) =>
      Array.from(
        { length: n },
        (_, i) => `${type} {\n    key = "B${from + i}"\n    value = "x"\n  }`
      )
    expect(problems(hcl(ebs([VERSIONED, tags(20), ...blocks(15)])), [])).toEqual([['tags', 2]])
    expect(problems(hcl(ebs([VERSIONED, tags(20), ...blocks(14)])), [])).toEqual([])
    expect(problems(hcl(ebs([VERSIONED, tags(20), ...blocks(14)])), ['A'])).toEqual([['tags', 2]])
    // A block's key the map also sets is one tag.
    const same = blocks(15).map(b => b.replace(/B1(\d\d)/, 'T$1'))
    expect(problems(hcl(ebs([VERSIONED, tags(20), ...same])), [])).toEqual([])
    // snapshot_tag blocks where the AMI has EBS snapshots; a build's source block adds its own.
    const overridden = hcl(
      build(`source "amazon-ebs" "app" {\n  ${VERSIONED}\n  ${tags(30)}\n}`, [
        'source "amazon-ebs.app" {',
        ...blocks(5, 'snapshot_tag').map(b => `  ${b}`),
        '}'
      ])
    )
    expect(problems(overridden, [])).toEqual([['tags', 7]])
    const instance = hcl(
      build(
        `source "amazon-instance" "app" {\n  ${VERSIONED}\n  ${tags(30)}\n  ${blocks(5, 'snapshot_tag').join('\n  ')}\n}`,
        ['sources = ["source.amazon-instance.app"]']
      )
    )
    expect(problems(instance, [])).toEqual([])
    // run_tag blocks tag the instance, and not the AMI with skip_ami_run_tags.
    const skipped = [VERSIONED, 'skip_ami_run_tags = true', tags(20), ...blocks(15, 'run_tag')]
    expect(problems(hcl(ebs(skipped)), [])).toEqual([])
  })

  it('counts tag blocks in JSON: HCL2’s JSON syntax and a legacy builder', () => {
    const keyed = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `B${i}`, value: 'x' }))
    const map = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`T${i}`, 'x']))
    const ami = { ami_name: 'app-${var.image_version}', tags: map }
    const json = (n: number) =>
      readTemplate(
        path.join(
          folder({
            'app.pkr.json': JSON.stringify({
              variable: { image_version: {} },
              source: { 'amazon-ebs': { app: { ...ami, tag: keyed(n) } } },
              build: { sources: ['source.amazon-ebs.app'] }
            })
          }),
          'app.pkr.json'
        )
      )
    expect(problems(json(15), [])).toEqual([['tags', undefined]])
    expect(problems(json(14), [])).toEqual([])
    const builder = (n: number) => ({
      variables: { image_version: '' },
      builders: [
        { type: 'amazon-ebs', ami_name: 'app-{{user `image_version`}}', tags: map, tag: keyed(n) }
      ]
    })
    expect(problems(legacy(builder(15)), [])).toEqual([['tags', undefined]])
    expect(problems(legacy(builder(14)), [])).toEqual([])
  })

  it('counts no build that makes no AMI or that the release leaves out', () => {
    const volumes = hcl(
      build(
        `source "amazon-ebsvolume" "data" {\n  ebs_volumes {\n    device_name = "/dev/xvdf"\n    ${tags(40)}\n  }\n}`,
        ['sources = ["source.amazon-ebsvolume.data"]']
      )
    )
    expect(problems(volumes, [])).toEqual([])
    expect(problems(hcl(ebs([VERSIONED, tags(40), 'skip_create_ami = true'])), [])).toEqual([])
    // A string Packer converts to the boolean.
    expect(problems(hcl(ebs([VERSIONED, tags(40), 'skip_create_ami = "true"'])), [])).toEqual([])
    const big = hcl(
      build(
        `source "amazon-ebs" "app" {\n  ${VERSIONED}\n}\nsource "amazon-ebs" "big" {\n  ami_name = "big-\${var.image_version}"\n  ${tags(40)}\n}`,
        ['sources = ["source.amazon-ebs.app", "source.amazon-ebs.big"]']
      )
    )
    expect(problems(big, [])).toEqual([['tags', 5]])
    expect(problems(big, [], { selected: ['amazon-ebs.app'] })).toEqual([])
  })

  it('takes a variable from the step’s environment (PKR_VAR_), below vars and variable files', () => {
    const forty = tags(40).replace('tags = ', '')
    const variables = ['variable "image_version" {}', `variable "tags" {\n  default = ${forty}\n}`]
    const template = hcl(ebs([VERSIONED, 'tags = var.tags'], variables))
    expect(problems(template, [])).toEqual([['tags', 5]])
    const environment = new Map([['tags', '{ Team = "x" }']])
    expect(problems(template, [], { environment })).toEqual([])
    // The region too: the one the environment gives is where Packer builds.
    const region = [
      'variable "image_version" {}',
      'variable "region" {\n  default = "eu-west-1"\n}'
    ]
    const regional = hcl(ebs([VERSIONED, 'region = var.region'], region))
    const fromEnvironment = new Map([['region', 'us-east-1']])
    expect(
      checkContract(regional, inputs({ environment: fromEnvironment }), true).problems
    ).toEqual([])
    expect(checkContract(regional, inputs(), true).problems).not.toEqual([])
  })

  it('counts only what the reader sees (a variable it cannot read is Packer’s)', () => {
    const unknown = hcl(
      ebs([VERSIONED, 'tags = var.tags'], ['variable "image_version" {}', 'variable "tags" {}'])
    )
    expect(problems(unknown, ['A'])).toEqual([])
  })

  // amazon-ebs and amazon-ebssurrogate create the AMI with the run tags on it and its snapshots
  // unless skip_ami_run_tags (hashicorp/packer-plugin-amazon@v1.8.2:builder/ebs/step_create_ami.go:81-87,
  // builder/ebs/builder.go:415-422; builder/ebssurrogate/step_create_ami.go:80-86), since
  // v1.0.2; then the tags are added (common/step_create_tags.go).
  it.each([['amazon-ebs'], ['amazon-ebssurrogate']])(
    'counts the run_tags %s puts on the AMI, unless skip_ami_run_tags',
    type => {
      const runTags = tags(20, 20).replace('tags', 'run_tags')
      const source = (more: string[]) =>
        hcl(
          build(
            `source "${type}" "app" {\n  ${[VERSIONED, tags(20), runTags, ...more].join('\n  ')}\n}`,
            [`sources = ["source.${type}.app"]`]
          )
        )
      expect(problems(source([]), [])).toEqual([['tags', 2]])
      const [problem] = checkContract(source([]), inputs(), true).problems
      expect(problem?.message).toContain(
        `build ${type}.app tags its AMI and snapshots with 40 keys and 'tags' adds 0 more: 40 in all`
      )
      expect(problems(source(['skip_ami_run_tags = true']), [])).toEqual([])
      // A run_tag block is a run tag too (builder/ebs/builder.go via common/run_config.go:327).
      const blocks = Array.from(
        { length: 20 },
        (_, i) => `run_tag {\n    key = "R${i}"\n    value = "x"\n  }`
      )
      expect(problems(source(blocks.concat(['run_tags = {}'])), [])).toEqual([['tags', 2]])
    }
  )

  it('counts no run_tags where the builder does not put them on the AMI (amazon-instance)', () => {
    const runTags = tags(20, 20).replace('tags', 'run_tags')
    const template = hcl(
      build(
        `source "amazon-instance" "app" {\n  ${[VERSIONED, tags(20), runTags].join('\n  ')}\n}`,
        ['sources = ["source.amazon-instance.app"]']
      )
    )
    expect(problems(template, [])).toEqual([])
  })
})
