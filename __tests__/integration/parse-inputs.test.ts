/**
 * parseInputs against a workspace of real files: the template, var-files and folders it checks.
 * What to mask needs no files: `secretInputs` is tested in unit/inputs.test.ts.
 */
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  DEFAULT_AMAZON_PLUGIN_VERSION,
  DEFAULT_ANSIBLE_VERSION,
  DEFAULT_PACKER_MIRROR,
  DEFAULT_PACKER_VERSION
} from '../../src/constants.js'
import type { RunnerContext } from '../../src/context.js'
import { InputError } from '../../src/errors.js'
import { HASHICORP_RELEASE_KEY } from '../../src/install/hashicorp-key.js'
import { parseInputs } from '../../src/inputs/parse.js'
import type { BuildInputs } from '../../src/inputs/types.js'

let root: string
let workspace: string

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'inputs-test-'))
  workspace = path.join(root, 'ws')
  const write = (file: string, text = '') => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    fs.writeFileSync(path.join(root, file), text)
  }
  write('ws/app.pkr.hcl', 'variable "image_version" { type = string }\n')
  write('ws/legacy.json', '{}')
  write('ws/packer/web.pkr.hcl')
  write('ws/packer/prod.pkrvars.hcl')
  write('ws/prod.pkrvars.hcl')
  write('ws/..dots.pkrvars.hcl')
  write('ws/requirements.yml', 'roles: []\n')
  write('ws/README.md', '# not a template\n')
  fs.mkdirSync(path.join(workspace, 'empty'))
  // Beside the workspace, with a name that starts like it.
  write('ws2/app.pkr.hcl')
  write('outside/x.pkrvars.hcl')
})
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

function context(over: Partial<RunnerContext> = {}): RunnerContext {
  return {
    workspace,
    ref: 'refs/tags/release-1.0.0',
    sha: '0123456789abcdef0123456789abcdef01234567',
    repository: 'octo/app',
    serverUrl: 'https://github.com',
    runId: '42',
    runAttempt: '1',
    toolCache: undefined,
    temp: os.tmpdir(),
    awsRegion: undefined,
    platform: process.platform,
    arch: process.arch,
    ...over
  }
}

const good: Record<string, string> = { template: 'app.pkr.hcl', 'aws-region': 'us-east-1' }
const raw = (values: Record<string, string>) => (name: string) => values[name] ?? ''
const parse = (inputs: Record<string, string> = {}, over: Partial<RunnerContext> = {}) =>
  parseInputs(raw({ ...good, ...inputs }), context(over))
const build = (inputs: Record<string, string> = {}, over: Partial<RunnerContext> = {}) =>
  parse(inputs, over).inputs as BuildInputs

function inputError(fn: () => unknown): InputError {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error
    throw new Error(`threw something else than an InputError: ${String(error)}`, { cause: error })
  }
  throw new Error('did not throw')
}

// [what, inputs over the good ones, input named, message]
type Bad = [string, Record<string, string>, string, RegExp]

const badInputs: Bad[] = [
  [
    'an unknown mode',
    { mode: 'deploy' },
    'mode',
    /'deploy' is not one of build, validate, install, lookup/
  ],
  ['a mode in capitals', { mode: 'Build' }, 'mode', /'Build' is not one of/],

  [
    'packer-version latest',
    { 'packer-version': 'latest' },
    'packer-version',
    /'latest' is not an exact Packer version X\.Y\.Z/
  ],
  [
    'packer-version as a range',
    { 'packer-version': '~1.11' },
    'packer-version',
    /'~1\.11' is not an exact/
  ],
  [
    'packer-version without patch',
    { 'packer-version': '1.11' },
    'packer-version',
    /'1\.11' is not an exact/
  ],
  [
    'packer-version with a v',
    { 'packer-version': 'v1.11.0' },
    'packer-version',
    /'v1\.11\.0' is not an exact/
  ],
  [
    'a packer pre-release',
    { 'packer-version': '1.11.0-beta' },
    'packer-version',
    /is not an exact/
  ],
  [
    'packer-version with a leading zero',
    { 'packer-version': '1.09.4' },
    'packer-version',
    /'1\.09\.4' is not an exact Packer version X\.Y\.Z \(e\.g\. 1\.2\.3; no leading zeros\)/
  ],
  [
    'amazon-plugin-version with a leading zero',
    { 'amazon-plugin-version': '1.3.09' },
    'amazon-plugin-version',
    /'1\.3\.09' is not an exact amazon plugin version/
  ],
  [
    'amazon-plugin-version latest',
    { 'amazon-plugin-version': 'latest' },
    'amazon-plugin-version',
    /'latest' is not an exact amazon plugin version/
  ],

  [
    'an ftp mirror',
    { 'packer-mirror': 'ftp://mirror.example' },
    'packer-mirror',
    /'ftp:' is not http or https/
  ],
  [
    'a file mirror',
    { 'packer-mirror': 'file:///srv/releases' },
    'packer-mirror',
    /'file:' is not http or https/
  ],
  [
    'a mirror that is no URL',
    { 'packer-mirror': 'releases' },
    'packer-mirror',
    /'releases' is not a URL \(e\.g\. https:\/\/releases\.hashicorp\.com\)/
  ],
  [
    'a mirror with a query string',
    { 'packer-mirror': 'https://m.example/hc?token=x' },
    'packer-mirror',
    /a base URL takes no query or fragment/
  ],
  [
    'a mirror with a fragment',
    { 'packer-mirror': 'https://m.example/hc#x' },
    'packer-mirror',
    /no query or fragment/
  ],
  // An empty one too: every release path would go after it, and each download fetch the base.
  [
    'a mirror ending in an empty query',
    { 'packer-mirror': 'https://m.example/hc?' },
    'packer-mirror',
    /a base URL takes no query or fragment/
  ],
  [
    'a mirror ending in an empty fragment',
    { 'packer-mirror': 'https://m.example/hc/#' },
    'packer-mirror',
    /a base URL takes no query or fragment/
  ],

  [
    'ansible-version latest',
    { 'ansible-version': 'latest' },
    'ansible-version',
    /'latest' is not an exact ansible-core version X\.Y\.Z \(no leading zeros\), or 'none'/
  ],
  [
    'ansible-version with a leading zero',
    { 'ansible-version': '2.014.18' },
    'ansible-version',
    /'2\.014\.18' is not an exact ansible-core version X\.Y\.Z \(no leading zeros\), or 'none'/
  ],
  [
    'ansible-version of the bundle, inexact',
    { 'ansible-version': '10', 'ansible-package': 'ansible' },
    'ansible-version',
    /'10' is not an exact ansible version/
  ],
  [
    'an unknown ansible-package',
    { 'ansible-package': 'ansible-lite' },
    'ansible-package',
    /'ansible-lite' is not one of ansible-core, ansible/
  ],
  [
    'ansible-requirements without Ansible',
    { 'ansible-version': 'none', 'ansible-requirements': 'requirements.yml' },
    'ansible-requirements',
    /needs Ansible, but 'ansible-version' is 'none'/
  ],
  [
    'a missing ansible-requirements',
    { 'ansible-requirements': 'missing.yml' },
    'ansible-requirements',
    /'.*missing\.yml' cannot be read/
  ],
  [
    'ansible-requirements outside the workspace',
    { 'ansible-requirements': '../outside/x.pkrvars.hcl' },
    'ansible-requirements',
    /'\.\.\/outside\/x\.pkrvars\.hcl' is outside the workspace/
  ],
  [
    'ansible-requirements that is a folder',
    { 'ansible-requirements': 'packer' },
    'ansible-requirements',
    /is not a file/
  ],
  [
    'a python with a control character',
    { python: 'python3\u0007' },
    'python',
    /holds a control character; give one interpreter path or name/
  ],
  [
    'a python with a newline inside',
    { python: '/usr/bin/python3\n-c print(1)' },
    'python',
    /control character/
  ],

  [
    'a version with a space',
    { 'image-version': '1.0 beta' },
    'image-version',
    /'1\.0 beta' has a character outside the allowed set; an image version takes letters, digits/
  ],
  [
    'a version with shell metacharacters',
    { 'image-version': '1.0;$(id)' },
    'image-version',
    /outside the allowed set/
  ],
  [
    'a SemVer version with build metadata',
    { 'image-version': '1.0.0+build.5' },
    'image-version',
    /'1\.0\.0\+build\.5' has a character outside the allowed set \('\+', which an AMI name cannot hold\); an image version takes letters, digits, "\.", "_" and "-", 1 to 100 characters$/
  ],
  [
    'a version over 100 characters',
    { 'image-version': 'v'.repeat(101) },
    'image-version',
    /is 101 characters long/
  ],

  [
    'a reversed range',
    { 'release-tag-pattern': 'v[z-a]' },
    'release-tag-pattern',
    /'z-a' is not a range .*; it takes GitHub's tag filter syntax, one pattern per line, e\.g\. release-\*/
  ],
  [
    'a glob with a space',
    { 'release-tag-pattern': 'release *' },
    'release-tag-pattern',
    /'release \*' contains whitespace/
  ],
  [
    'an unclosed class',
    { 'release-tag-pattern': 'release-[0-9' },
    'release-tag-pattern',
    /has no '\]'/
  ],
  [
    'a class with a dot',
    { 'release-tag-pattern': 'v[.]' },
    'release-tag-pattern',
    /may list only letters and digits/
  ],
  ['a leading +', { 'release-tag-pattern': '+1' }, 'release-tag-pattern', /follows no character/],
  [
    'only negative patterns',
    { 'release-tag-pattern': '!v1*\n!v2*' },
    'release-tag-pattern',
    /every pattern starts with "!"/
  ],

  [
    'an unknown on-untagged',
    { 'on-untagged': 'ignore' },
    'on-untagged',
    /'ignore' is not one of skip, fail/
  ],

  [
    'a version-tag-key too long',
    { 'version-tag-key': 'k'.repeat(119) },
    'version-tag-key',
    /must be 1 to 118 characters/
  ],
  [
    'a version-tag-key with a colon',
    { 'version-tag-key': 'Image:Version' },
    'version-tag-key',
    /'Image:Version' may not contain ':'; the action adds keys under 'Image:Version:'/
  ],
  [
    'a version-tag-key under aws:',
    { 'version-tag-key': 'aws:version' },
    'version-tag-key',
    /tag key 'aws:version' may not start with 'aws:'/
  ],
  [
    'a version-tag-key under AWS:',
    { 'version-tag-key': 'AWS:Version' },
    'version-tag-key',
    /may not start with 'aws:'/
  ],

  // Two of the action's tags would share the key, and the image would never be released.
  [
    'a source tag as version-tag-key',
    { 'version-tag-key': 'SourceCommit' },
    'version-tag-key',
    /^Input 'version-tag-key': 'SourceCommit' is a tag the action writes itself \(the source tags SourceRepository, SourceCommit, SourceRef, BuildRun\); choose another key, e\.g\. ImageVersion$/
  ],
  [
    'BuildRun as version-tag-key',
    { 'version-tag-key': 'BuildRun' },
    'version-tag-key',
    /'BuildRun' is a tag the action writes itself/
  ],

  [
    'a tags line without =',
    { tags: 'Team=a\nnovalue' },
    'tags',
    /'novalue' is not a KEY=VALUE line/
  ],
  ['a tags line with no key', { tags: '=value' }, 'tags', /'=value' is not a KEY=VALUE line/],
  ['a tag under aws:', { tags: 'aws:x=1' }, 'tags', /tag key 'aws:x' may not start with 'aws:'/],
  ['a tag key over 128', { tags: `${'k'.repeat(129)}=1` }, 'tags', /must be 1 to 128 characters/],
  [
    'the version key in tags',
    { tags: 'ImageVersion=1' },
    'tags',
    /'ImageVersion' is a tag the action writes itself .*; choose another key/
  ],
  [
    'ImageVersion:lineage in tags',
    { tags: 'ImageVersion:lineage=web' },
    'tags',
    /'ImageVersion:lineage' is a tag the action writes itself/
  ],
  [
    'ImageVersion:copies in tags',
    { tags: 'ImageVersion:copies=us-west-2=ami-0123abcd' },
    'tags',
    /'ImageVersion:copies' is a tag the action writes/
  ],
  [
    'ImageVersion:keep in tags',
    { tags: 'ImageVersion:keep=1' },
    'tags',
    /'ImageVersion:keep' is a tag the action writes/
  ],
  [
    'SourceRepository in tags',
    { tags: 'SourceRepository=evil/repo' },
    'tags',
    /'SourceRepository' is a tag the action writes/
  ],
  ['BuildRun in tags', { tags: 'BuildRun=x' }, 'tags', /'BuildRun' is a tag the action writes/],
  [
    'a key under a custom version key',
    { 'version-tag-key': 'Release', tags: 'Release:run=x' },
    'tags',
    /'Release:run' is a tag the action writes itself \(the version key 'Release'/
  ],
  ['a tag given twice', { tags: 'A=1\nA=2' }, 'tags', /'A' is given twice/],
  [
    'a tag value over 256',
    { tags: `A=${'v'.repeat(257)}` },
    'tags',
    /the value of 'A' is over 256 characters/
  ],
  [
    'too many tags',
    { tags: Array.from({ length: 35 }, (_, i) => `T${i}=v`).join('\n') },
    'tags',
    /35 tags are given; EC2 allows 50 on an image and the action needs 16, so at most 34/
  ],

  ['release-notes 1', { 'release-notes': '1' }, 'release-notes', /'1' is not true or false/],

  [
    'a lineage with a wildcard',
    { lineage: 'web-*' },
    'lineage',
    /'web-\*' takes 1 to 200 letters, digits, spaces and _ \. : \/ = \+ @ # - \(e\.g\. web-arm64\)/
  ],
  ['a lineage over 200 characters', { lineage: 'l'.repeat(201) }, 'lineage', /takes 1 to 200/],
  ['a lineage with a tab', { lineage: 'web\tarm' }, 'lineage', /takes 1 to 200/],

  [
    'a region that is no region',
    { 'aws-region': 'Frankfurt' },
    'aws-region',
    /'Frankfurt' is not an AWS region name \(e\.g\. us-east-1\)/
  ],
  [
    'a region that is a URL',
    { 'aws-region': 'https://ec2.example' },
    'aws-region',
    /is not an AWS region name/
  ],
  [
    'no region at all in build mode',
    { 'aws-region': '' },
    'aws-region',
    /no region: set the input, or AWS_REGION/
  ],
  [
    'no region at all in lookup mode',
    { mode: 'lookup', 'aws-region': '' },
    'aws-region',
    /no region/
  ],

  ['a vars line without =', { vars: 'team' }, 'vars', /'team' is not a KEY=VALUE line/],
  [
    'a variable name with a space',
    { vars: 'my team=a' },
    'vars',
    /'my team' is not a variable name \(letters, digits, _ and -\)/
  ],
  [
    'a variable name starting with a digit',
    { vars: '1arch=a' },
    'vars',
    /'1arch' is not a variable name/
  ],
  [
    'image_version in vars',
    { vars: 'image_version=1' },
    'vars',
    /'image_version' is set by the action; use 'image-version'/
  ],
  ['a variable given twice', { vars: 'arch=amd64\narch=arm64' }, 'vars', /'arch' is given twice/],

  [
    'a missing var-file',
    { 'var-files': 'missing.pkrvars.hcl' },
    'var-files',
    /'.*missing\.pkrvars\.hcl' cannot be read/
  ],
  [
    'a var-file outside the workspace',
    { 'var-files': '../outside/x.pkrvars.hcl' },
    'var-files',
    /is outside the workspace/
  ],
  [
    'a var-file by absolute path outside',
    { 'var-files': '/etc/hostname' },
    'var-files',
    /'\/etc\/hostname' is outside the workspace/
  ],
  [
    'a var-file in a folder beside the workspace',
    { 'var-files': '../ws2/app.pkr.hcl' },
    'var-files',
    /is outside the workspace/
  ],
  ['a var-file that is a folder', { 'var-files': 'packer' }, 'var-files', /is not a file/],

  [
    'a missing template',
    { template: 'missing.pkr.hcl' },
    'template',
    /'.*missing\.pkr\.hcl' cannot be read/
  ],
  [
    'a template that is no template',
    { template: 'README.md' },
    'template',
    /'.*README\.md' is not a \*\.pkr\.hcl, \*\.pkr\.json or legacy \*\.json file, or a folder of \*\.pkr\.hcl/
  ],
  [
    'a template outside the workspace',
    { template: '../ws2/app.pkr.hcl' },
    'template',
    /is outside the workspace/
  ],
  [
    'a template folder without templates',
    { template: 'empty' },
    'template',
    /folder '.*empty' holds no \*\.pkr\.hcl file/
  ],

  [
    'a missing working-directory',
    { 'working-directory': 'nowhere' },
    'working-directory',
    /'.*nowhere' cannot be read/
  ],
  [
    'a working-directory outside the workspace',
    { 'working-directory': '..' },
    'working-directory',
    /'\.\.' is outside the workspace/
  ],
  [
    'a working-directory that is a file',
    { 'working-directory': 'app.pkr.hcl', template: '.' },
    'working-directory',
    /'.*app\.pkr\.hcl' is not a folder/
  ],

  [
    'only and except together',
    { only: 'amazon-ebs.a', except: 'amazon-ebs.b' },
    'except',
    /cannot be combined with 'only'; give one of them/
  ],
  [
    'a build name with a quote',
    { only: 'amazon-ebs."a' },
    'only',
    /'amazon-ebs\."a' is not a build name \(comma-separated, e\.g\. amazon-ebs\.app\)/
  ],
  [
    'a build name with a control character',
    { except: 'amazon-ebs.a\u0001' },
    'except',
    /is not a build name/
  ],

  [
    'an unknown on-existing',
    { 'on-existing': 'overwrite' },
    'on-existing',
    /'overwrite' is not one of reuse, fail, rebuild/
  ],
  [
    'negative keep-generations',
    { 'keep-generations': '-1' },
    'keep-generations',
    /'-1' is not a whole number from 0 to 10000/
  ],
  [
    'non-numeric keep-generations',
    { 'keep-generations': 'two' },
    'keep-generations',
    /'two' is not a whole number/
  ],
  [
    'fractional keep-generations',
    { 'keep-generations': '1.5' },
    'keep-generations',
    /'1\.5' is not a whole number/
  ],
  [
    'keep-generations over the bound',
    { 'keep-generations': '10001' },
    'keep-generations',
    /from 0 to 10000/
  ],
  [
    'an unknown retire',
    { retire: 'delete' },
    'retire',
    /'delete' is not one of deregister, deprecate, disable/
  ],
  [
    'negative keep-launched-within-days',
    { 'keep-launched-within-days': '-1' },
    'keep-launched-within-days',
    /'-1' is not a whole number from 0 to 3650/
  ],
  [
    'keep-launched-within-days over ten years',
    { 'keep-launched-within-days': '3651' },
    'keep-launched-within-days',
    /from 0 to 3650/
  ],

  [
    'an ssm-parameter under /aws',
    { 'ssm-parameter': '/aws/images/web' },
    'ssm-parameter',
    /'\/aws\/images\/web' may not start with 'aws' or 'ssm'/
  ],
  [
    'an ssm-parameter prefixed aws',
    { 'ssm-parameter': 'awsImage' },
    'ssm-parameter',
    /may not start with 'aws' or 'ssm'/
  ],
  [
    'an ssm-parameter prefixed SSM',
    { 'ssm-parameter': 'SSM-current' },
    'ssm-parameter',
    /may not start with 'aws' or 'ssm'/
  ],
  [
    'an ssm-parameter under /ssm',
    { 'ssm-parameter': '/ssm/x' },
    'ssm-parameter',
    /may not start with/
  ],
  [
    'an ssm hierarchy without a leading slash',
    { 'ssm-parameter': 'images/web' },
    'ssm-parameter',
    /'images\/web' must start with \/ when it has a hierarchy/
  ],
  [
    'an ssm-parameter 16 levels deep',
    { 'ssm-parameter': '/a'.repeat(16) },
    'ssm-parameter',
    /is deeper than the 15 levels SSM allows/
  ],
  [
    'an ssm-parameter with //',
    { 'ssm-parameter': '/images//web' },
    'ssm-parameter',
    /has an empty level/
  ],
  [
    'an ssm-parameter ending with /',
    { 'ssm-parameter': '/images/web/' },
    'ssm-parameter',
    /has an empty level/
  ],
  [
    'an ssm-parameter with a space',
    { 'ssm-parameter': '/images/web current' },
    'ssm-parameter',
    /takes letters, digits, _ \. - and \/ \(and \{build\}\)/
  ],
  [
    'an ssm-parameter with another placeholder',
    { 'ssm-parameter': '/images/{arch}' },
    'ssm-parameter',
    /takes letters, digits/
  ],
  [
    'an ssm-parameter with a colon',
    { 'ssm-parameter': '/images/web:1' },
    'ssm-parameter',
    /takes letters, digits/
  ],
  [
    'an ssm-parameter too long',
    { 'ssm-parameter': `/${'p'.repeat(900)}` },
    'ssm-parameter',
    /is longer than SSM allows/
  ],

  [
    'a vault password without Ansible',
    { 'ansible-vault-password': 'x', 'ansible-version': 'none' },
    'ansible-vault-password',
    /needs Ansible, but 'ansible-version' is 'none'/
  ]
]

describe('parseInputs: every bad input fails, naming the input and the form it takes', () => {
  it.each(badInputs)('%s', (_what, inputs, input, message) => {
    const error = inputError(() => parse(inputs))
    expect(error.input).toBe(input)
    expect(error.message.startsWith(`Input '${input}': `)).toBe(true)
    expect(error.message).toMatch(message)
  })

  it('covers every input of action.yml that takes a form', () => {
    const named = new Set(badInputs.map(([, , input]) => input))
    for (const input of [
      'mode',
      'template',
      'working-directory',
      'packer-version',
      'packer-mirror',
      'amazon-plugin-version',
      'ansible-version',
      'ansible-package',
      'ansible-requirements',
      'python',
      'image-version',
      'release-tag-pattern',
      'on-untagged',
      'version-tag-key',
      'tags',
      'lineage',
      'aws-region',
      'vars',
      'var-files',
      'only',
      'except',
      'on-existing',
      'keep-generations',
      'retire',
      'keep-launched-within-days',
      'ssm-parameter',
      'release-notes',
      'ansible-vault-password'
    ])
      expect(named, input).toContain(input)
  })
})

describe('parseInputs: good inputs', () => {
  it('defaults, in build mode', () => {
    const { inputs, warnings } = parse()
    expect(warnings).toEqual([])
    const b = inputs as BuildInputs
    expect(b).toMatchObject({
      mode: 'build',
      packer: {
        version: DEFAULT_PACKER_VERSION,
        mirror: DEFAULT_PACKER_MIRROR,
        signingKey: HASHICORP_RELEASE_KEY,
        amazonPluginVersion: DEFAULT_AMAZON_PLUGIN_VERSION
      },
      ansible: {
        version: DEFAULT_ANSIBLE_VERSION,
        package: 'ansible-core',
        python: 'python3',
        requirements: undefined
      },
      githubToken: '',
      template: path.join(workspace, 'app.pkr.hcl'),
      workingDirectory: workspace,
      vars: [],
      varFiles: [],
      only: [],
      except: [],
      imageVersion: undefined,
      onUntagged: 'skip',
      versionTagKey: 'ImageVersion',
      tags: [],
      lineage: undefined,
      region: 'us-east-1',
      regionFrom: 'input',
      ssmParameter: undefined,
      releaseNotes: false,
      onExisting: 'reuse',
      keepGenerations: 0,
      retire: 'deregister',
      keepLaunchedWithinDays: 14,
      ansibleVaultPassword: undefined
    })
    expect(b.releaseTags.matches('release-1.0.0')).toBe(true)
    expect(b.releaseTags.matches('v1.0.0')).toBe(false)
  })

  it('trims values the runner passes with spaces or a newline', () => {
    const b = build({ 'aws-region': ' eu-west-1\n', 'keep-generations': ' 3 ', mode: 'build\n' })
    expect(b.region).toBe('eu-west-1')
    expect(b.keepGenerations).toBe(3)
  })

  it.each([
    ['the input', { 'aws-region': 'eu-west-1' }, { awsRegion: 'us-west-2' }, 'eu-west-1', 'input'],
    [
      'AWS_REGION when the input is empty',
      { 'aws-region': '' },
      { awsRegion: 'us-west-2' },
      'us-west-2',
      'environment'
    ]
  ] as const)('aws-region from %s', (_what, inputs, over, region, from) => {
    expect(build(inputs, over)).toMatchObject({ region, regionFrom: from })
  })

  // Every partition's region names (@aws-sdk/core@3.981.0: .../util-endpoints/lib/aws/partitions.js).
  it.each([
    'us-gov-west-1',
    'cn-northwest-1',
    'us-isob-east-1',
    'eu-isoe-west-1',
    'eusc-de-east-1'
  ])('aws-region %s is a region', region =>
    expect(build({ 'aws-region': region })).toMatchObject({ region })
  )

  it('a region from the environment is checked too', () => {
    expect(inputError(() => parse({ 'aws-region': '' }, { awsRegion: 'nowhere' })).message).toBe(
      "Input 'aws-region': 'nowhere' is not an AWS region name (e.g. us-east-1)"
    )
  })

  it('warns about Team=platform, Env=prod, showing the two lines to write', () => {
    const { inputs, warnings } = parse({ tags: 'Team=platform, Env=prod' })
    expect((inputs as BuildInputs).tags).toEqual([{ Key: 'Team', Value: 'platform, Env=prod' }])
    expect(warnings).toEqual([
      "Input 'tags': the line 'Team=platform, Env=prod' makes one tag 'Team' whose value contains 'Env='. If you meant 2 tags, write one KEY=VALUE per line:\n  Team=platform\n  Env=prod"
    ])
  })

  it('shows every line when a tags line holds three', () => {
    const { warnings } = parse({ tags: 'Team=platform,Env=prod, Tier=web' })
    expect(warnings[0]).toMatch(/contains 'Env=', 'Tier='\. If you meant 3 tags/)
    expect(warnings[0]?.split('\n').slice(1)).toEqual([
      '  Team=platform',
      '  Env=prod',
      '  Tier=web'
    ])
  })

  it.each(['Owner=a, b', 'Urls=a=1,b', 'Team=platform,'])('does not warn about %s', tags => {
    expect(parse({ tags }).warnings).toEqual([])
  })

  // `tags: >` in a workflow: YAML joins the lines with spaces before the action sees them.
  it('warns about tags a YAML folded block joined into one line, saying to write |', () => {
    const { inputs, warnings } = parse({ tags: 'Team=platform Env=prod\n' })
    expect((inputs as BuildInputs).tags).toEqual([{ Key: 'Team', Value: 'platform Env=prod' }])
    expect(warnings).toEqual([
      "Input 'tags': the line 'Team=platform Env=prod' makes one tag 'Team' whose value contains 'Env='. If you meant 2 tags, write one KEY=VALUE per line in a 'tags: |' block (a '>' block joins its lines with spaces):\n  Team=platform\n  Env=prod"
    ])
    // A value with spaces but no second KEY= is one tag.
    expect(parse({ tags: 'Description=built by CI' }).warnings).toEqual([])
  })

  it('warns about vars a YAML folded block joined into one line, not about an HCL value', () => {
    const { inputs, warnings } = parse({ vars: 'arch=arm64 volume_size=20 region=eu-west-1\n' })
    expect((inputs as BuildInputs).vars).toEqual([
      ['arch', 'arm64 volume_size=20 region=eu-west-1']
    ])
    expect(warnings).toEqual([
      "Input 'vars': the line 'arch=arm64 volume_size=20 region=eu-west-1' makes one variable 'arch' whose value contains 'volume_size=', 'region='. If you meant 3 variables, write one NAME=VALUE per line in a 'vars: |' block (a '>' block joins its lines with spaces):\n  arch=arm64\n  volume_size=20\n  region=eu-west-1"
    ])
    // Commas, and NAME= inside an HCL map, list or string, are part of one variable's value.
    const vars = [
      'ami_users=1,2',
      'labels=a=1,b=2',
      'tags={Team="a", Env="b"}',
      'filters=[{name="web-*", owner="self"}]',
      'cmd=echo "a b=c"'
    ]
    expect(parse({ vars: vars.join('\n') }).warnings).toEqual([])
  })

  it('takes tags, vars and build lists one per line, comments and blank lines skipped', () => {
    const b = build({
      tags: '# team\nTeam=platform\n\n  Env = prod  \nUrl=https://x/?a=b',
      vars: 'arch=arm64\nami_users=1,2\nlabel=a=b',
      only: ' amazon-ebs.a , amazon-ebs.b ,,'
    })
    expect(b.tags).toEqual([
      { Key: 'Team', Value: 'platform' },
      { Key: 'Env', Value: 'prod' },
      { Key: 'Url', Value: 'https://x/?a=b' }
    ])
    expect(b.vars).toEqual([
      ['arch', 'arm64'],
      ['ami_users', '1,2'],
      ['label', 'a=b']
    ])
    expect(b.only).toEqual(['amazon-ebs.a', 'amazon-ebs.b'])
  })

  it('takes 34 tags, and tags another version key would reserve', () => {
    const tags = Array.from({ length: 34 }, (_, i) => `T${i}=v`).join('\n')
    expect(build({ tags }).tags).toHaveLength(34)
    expect(build({ 'version-tag-key': 'Release', tags: 'ImageVersion=1' }).tags).toEqual([
      { Key: 'ImageVersion', Value: '1' }
    ])
  })

  it.each([
    ['/images/web/current'],
    ['/images/{build}/current'],
    ['current'],
    ['/current'],
    ['/a'.repeat(15)],
    ['/Images_2.web-x/AMI']
  ])('takes ssm-parameter %s', name => {
    expect(build({ 'ssm-parameter': name }).ssmParameter).toBe(name)
  })

  it.each([
    ['True', true],
    ['FALSE', false]
  ])('release-notes %s', (releaseNotes, r) => {
    expect(build({ 'release-notes': releaseNotes })).toMatchObject({ releaseNotes: r })
  })

  it('takes a lineage, retention settings and on-existing', () => {
    expect(
      build({
        lineage: 'web-arm64 #2: a/b=c+d@e',
        'on-existing': 'rebuild',
        'keep-generations': '3',
        retire: 'disable',
        'keep-launched-within-days': '0'
      })
    ).toMatchObject({
      lineage: 'web-arm64 #2: a/b=c+d@e',
      onExisting: 'rebuild',
      keepGenerations: 3,
      retire: 'disable',
      keepLaunchedWithinDays: 0
    })
  })

  it('keeps the vault password byte for byte: spaces and the newline', () => {
    const password = '  s3cret with spaces \n'
    expect(build({ 'ansible-vault-password': password }).ansibleVaultPassword).toBe(password)
    expect(build({ 'ansible-vault-password': '' }).ansibleVaultPassword).toBeUndefined()
  })

  it('takes a mirror with credentials and a path, without its trailing slash', () => {
    expect(
      build({ 'packer-mirror': 'https://u:t%40k@mirror.example/hashicorp/' }).packer.mirror
    ).toBe('https://u:t%40k@mirror.example/hashicorp')
  })

  it("a signing key of its own is not HashiCorp's", () => {
    const key = '-----BEGIN PGP PUBLIC KEY BLOCK-----\n...\n-----END PGP PUBLIC KEY BLOCK-----'
    const { packer } = build({ 'packer-signing-key': key })
    expect(packer).toMatchObject({ signingKey: key })
    expect(packer.signingKey).not.toBe(HASHICORP_RELEASE_KEY)
  })

  it('takes paths inside the workspace, relative to working-directory', () => {
    const b = build({
      'working-directory': 'packer',
      template: 'web.pkr.hcl',
      'var-files': 'prod.pkrvars.hcl\n../prod.pkrvars.hcl\n../..dots.pkrvars.hcl',
      'ansible-requirements': '../requirements.yml'
    })
    expect(b.workingDirectory).toBe(path.join(workspace, 'packer'))
    expect(b.template).toBe(path.join(workspace, 'packer', 'web.pkr.hcl'))
    expect(b.varFiles).toEqual([
      path.join(workspace, 'packer', 'prod.pkrvars.hcl'),
      path.join(workspace, 'prod.pkrvars.hcl'),
      path.join(workspace, '..dots.pkrvars.hcl')
    ])
    expect(b.ansible?.requirements).toBe(path.join(workspace, 'requirements.yml'))
  })

  it.each([
    ['a folder of templates', () => 'packer', () => path.join(workspace, 'packer')],
    ['a legacy JSON template', () => 'legacy.json', () => path.join(workspace, 'legacy.json')],
    ['the workspace (the default, .)', () => '', () => workspace],
    [
      'an absolute path inside the workspace',
      () => path.join(workspace, 'app.pkr.hcl'),
      () => path.join(workspace, 'app.pkr.hcl')
    ]
  ])('takes as template %s', (_what, template, expected) => {
    expect(build({ template: template() }).template).toBe(expected())
  })

  it('takes a python path with spaces as one path', () => {
    expect(build({ python: '/opt/my python/bin/python3' }).ansible?.python).toBe(
      '/opt/my python/bin/python3'
    )
  })

  it("installs no Ansible with 'none'", () => {
    expect(build({ 'ansible-version': 'none' }).ansible).toBeUndefined()
  })
})

describe('parseInputs: each mode reads what it needs', () => {
  it('install needs no template, no region and no release inputs', () => {
    const { inputs } = parse({
      mode: 'install',
      template: 'missing.pkr.hcl',
      'aws-region': '',
      'release-tag-pattern': 'v[z-a]',
      tags: 'ImageVersion=1',
      'keep-generations': 'many'
    })
    expect(inputs.mode).toBe('install')
    expect(inputs).not.toHaveProperty('template')
    expect(inputs).not.toHaveProperty('region')
    expect(inputs).toHaveProperty('packer')
  })

  it('install still checks the tools', () => {
    expect(inputError(() => parse({ mode: 'install', 'packer-version': 'latest' })).input).toBe(
      'packer-version'
    )
  })

  it('lookup needs no tools, and no template file', () => {
    const { inputs } = parse({
      mode: 'lookup',
      template: 'not-yet-checked-out.pkr.hcl',
      'packer-version': 'latest',
      'packer-mirror': 'ftp://x',
      'ansible-version': 'bogus',
      python: 'python3\u0007',
      'ansible-vault-password': 'x'
    })
    expect(inputs.mode).toBe('lookup')
    expect(inputs).not.toHaveProperty('packer')
    expect(inputs).not.toHaveProperty('ansibleVaultPassword')
    expect(inputs).toMatchObject({
      template: path.join(workspace, 'not-yet-checked-out.pkr.hcl'),
      region: 'us-east-1'
    })
  })

  it('lookup still keeps paths inside the workspace and checks release inputs', () => {
    expect(inputError(() => parse({ mode: 'lookup', template: '../x.pkr.hcl' })).input).toBe(
      'template'
    )
    expect(inputError(() => parse({ mode: 'lookup', lineage: 'a*' })).input).toBe('lineage')
  })

  it('lookup takes the region from the environment', () => {
    const { inputs } = parse({ mode: 'lookup', 'aws-region': '' }, { awsRegion: 'ap-south-1' })
    expect(inputs).toMatchObject({ region: 'ap-south-1', regionFrom: 'environment' })
  })

  it('validate needs a template and tools, but no region or retention inputs', () => {
    const { inputs } = parse({ mode: 'validate', 'aws-region': '', 'keep-generations': 'x' })
    expect(inputs).toMatchObject({
      mode: 'validate',
      template: path.join(workspace, 'app.pkr.hcl')
    })
    expect(inputs).not.toHaveProperty('region')
    expect(inputError(() => parse({ mode: 'validate', template: 'missing.pkr.hcl' })).input).toBe(
      'template'
    )
  })
})
