import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../testbed/fixtures.js'
import {
  generateSigningKey,
  startMirror,
  type Mirror,
  type SigningKey
} from '../../testbed/mirror.js'
import {
  buildModernPacker,
  MODERN_PACKER_VERSION,
  publishModernPacker,
  type ModernPacker,
  type PackerCall
} from '../../testbed/modern-packer.js'
import { errors, newJob, runMain, type Job } from '../../testbed/runner.js'
import { hclTemplate, jsonTemplate } from '../../testbed/templates.js'
import { parseRunnerLog } from '../helpers/runner-log.js'

// Packer 1.15.4 (the action's default) cannot run here: these run the bundle against the
// stand-in of testbed/modern-packer.ts, which behaves as hashicorp/packer@v1.15.4 does for the
// commands the action calls (each behaviour cites the upstream lines it reproduces).

const V = MODERN_PACKER_VERSION
const AMAZON = 'github.com/hashicorp/amazon'
const ENDPOINT = 'http://127.0.0.1:9' // never called: validate makes no AWS call

let mirror: Mirror
let key: SigningKey
let packer: ModernPacker
let dirs: string[] = []

beforeAll(async () => {
  mirror = await startMirror()
  key = await generateSigningKey()
  const dir = tempDir('modern-packer')
  dirs.push(dir)
  packer = await publishModernPacker(mirror, key, dir)
})
afterAll(async () => {
  await mirror.close()
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true })
  dirs = []
})

const amazonBuilds = { target: { communicator: 'none' as const }, builds: [{ name: 'app' }] }
const HCL = hclTemplate({ endpoint: ENDPOINT, ...amazonBuilds })
const REQUIRED = [
  'packer {',
  '  required_plugins {',
  '    amazon = {',
  '      version = ">= 1.8.0, < 1.8.2"',
  `      source  = "${AMAZON}"`,
  '    }',
  '  }',
  '}',
  '',
  HCL
].join('\n')

function write(job: Job, relative: string, content: string): string {
  fs.mkdirSync(path.dirname(path.join(job.workspace, relative)), { recursive: true })
  fs.writeFileSync(path.join(job.workspace, relative), content)
  return relative
}

/** `mode: validate` with Packer 1.15.4 from the mirror; the calls the stand-in saw meanwhile. */
async function validate(job: Job, template: string, inputs: Record<string, string> = {}) {
  const before = packer.calls().length
  const result = await runMain(job, {
    inputs: {
      mode: 'validate',
      template,
      'packer-version': V,
      'packer-mirror': mirror.url,
      'packer-signing-key': key.publicKey,
      'ansible-version': 'none',
      ...inputs
    },
    env: { GITHUB_REF: 'refs/pull/7/merge' }
  })
  const calls = packer.calls().slice(before)
  return { result, calls, of: (command: string) => calls.filter(c => c.args[0] === command) }
}

const installs = (calls: PackerCall[]) =>
  calls.filter(c => c.args[0] === 'plugins').map(c => c.args.slice(2).join(' '))

describe('Packer 1.15.4 (a stand-in) through the bundle', () => {
  it('an HCL2 template with amazon sources and no required_plugins validates with the pinned plugin; the next run installs nothing', async () => {
    const job = newJob()
    const template = write(job, 'hcl/app.pkr.hcl', HCL)

    const first = await validate(job, template)
    expect(errors(first.result)).toEqual([])
    expect(first.result.exitCode).toBe(0)
    expect(first.result.outputs['packer-version']).toBe(V)
    // packer version at install, then the pinned plugin into a private folder of the tool cache.
    expect(first.calls.map(c => c.args[0])).toEqual(['version', 'plugins', 'validate'])
    expect(installs(first.calls)).toEqual([`${AMAZON} 1.8.2`])
    const [install] = first.of('plugins')
    expect(install?.pluginPath).toMatch(
      new RegExp(`^${job.toolCache}/packer-plugin-github\\.com_hashicorp_amazon/1\\.8\\.2/x64\\.`)
    )
    const [validated] = first.of('validate')
    expect(validated?.loaded['amazon']?.version).toBe('1.8.2')
    // The job's folder links the cached file: Packer follows a linked file, not a linked folder.
    const loaded = validated?.loaded['amazon']
    expect(
      loaded?.path.startsWith(`${validated?.pluginPath ?? '-'}/github.com/hashicorp/amazon/`)
    ).toBe(true)
    expect(loaded?.realPath.startsWith(fs.realpathSync(job.toolCache))).toBe(true)
    expect(first.result.stdout).toContain(`Plugin ${AMAZON} 1.8.2: installed and cached`)
    // What Packer printed is relayed as text; the action's groups around it stay live.
    const log = parseRunnerLog(first.result.stdout)
    expect(log.printed).toContain('The configuration is valid.')
    expect(log.groups).toEqual([
      '##[group]Install Packer and Ansible',
      '##[endgroup]',
      '##[group]Install plugins and validate the template',
      '##[endgroup]'
    ])
    expect(log.stops.every(s => s.resumed !== undefined)).toBe(true)

    const second = await validate(job, template)
    expect(errors(second.result)).toEqual([])
    expect(second.calls.map(c => c.args[0])).toEqual(['validate'])
    expect(second.of('validate')[0]?.loaded['amazon']?.version).toBe('1.8.2')
    expect(second.result.stdout).toContain(`Plugin ${AMAZON} 1.8.2: found in the tool cache`)
    expect(mirror.requests.filter(r => r.includes(`/${V}/`)).length).toBe(3)
  })

  it('another amazon-plugin-version installs and loads that one, though 1.8.2 is cached', async () => {
    const job = newJob()
    const template = write(job, 'hcl/app.pkr.hcl', HCL)
    expect((await validate(job, template)).result.exitCode).toBe(0)

    const older = await validate(job, template, { 'amazon-plugin-version': '1.8.1' })
    expect(errors(older.result)).toEqual([])
    expect(installs(older.calls)).toEqual([`${AMAZON} 1.8.1`])
    // Packer loads the highest version it finds (packer@v1.15.4:packer/plugin.go:98-119): the
    // cached 1.8.2 must not be in the job's folder with it.
    expect(older.of('validate')[0]?.loaded['amazon']?.version).toBe('1.8.1')

    const again = await validate(job, template)
    expect(installs(again.calls)).toEqual([])
    expect(again.of('validate')[0]?.loaded['amazon']?.version).toBe('1.8.2')
  })

  it('a legacy JSON template gets the pinned plugin too', async () => {
    const job = newJob()
    const template = write(
      job,
      'legacy.json',
      jsonTemplate({ endpoint: ENDPOINT, ...amazonBuilds })
    )
    const run = await validate(job, template, { 'amazon-plugin-version': '1.8.0' })
    expect(errors(run.result)).toEqual([])
    expect(installs(run.calls)).toEqual([`${AMAZON} 1.8.0`])
    expect(run.of('init')).toEqual([])
    expect(run.of('validate')[0]?.loaded['amazon']?.version).toBe('1.8.0')
  })

  it('a template with required_plugins runs packer init; the plugin it downloaded is cached for the next run', async () => {
    const job = newJob()
    const template = write(job, 'required/app.pkr.hcl', REQUIRED)

    const first = await validate(job, template)
    expect(errors(first.result)).toEqual([])
    // Its own constraint, not the action's pin: no `plugins install` of amazon.
    expect(installs(first.calls)).toEqual([])
    const [init] = first.of('init')
    expect(init?.args).toEqual(['init', path.join(job.workspace, template)])
    expect(init?.installed.map(f => path.basename(f))).toEqual([
      'packer-plugin-amazon_v1.8.1_x5.0_linux_amd64'
    ])
    expect(first.of('validate')[0]?.loaded['amazon']?.version).toBe('1.8.1')
    const cached = path.join(job.toolCache, 'packer-plugin-github.com_hashicorp_amazon', '1.8.1')
    expect(fs.existsSync(path.join(cached, 'x64.complete'))).toBe(true)

    const second = await validate(job, template)
    expect(errors(second.result)).toEqual([])
    expect(second.of('init')[0]?.installed).toEqual([])
    const loaded = second.of('validate')[0]?.loaded['amazon']
    expect(loaded?.version).toBe('1.8.1')
    expect(loaded?.realPath.startsWith(fs.realpathSync(cached))).toBe(true)
  })

  it('a folder whose required_plugins are in a *.pkr.json file runs packer init too', async () => {
    const job = newJob()
    write(job, 'folder/app.pkr.hcl', HCL)
    write(
      job,
      'folder/plugins.pkr.json',
      JSON.stringify({
        packer: { required_plugins: { amazon: { source: AMAZON, version: '= 1.8.0' } } }
      })
    )
    const run = await validate(job, 'folder')
    expect(errors(run.result)).toEqual([])
    expect(installs(run.calls)).toEqual([])
    expect(run.of('init')[0]?.installed.map(f => path.basename(f))).toEqual([
      'packer-plugin-amazon_v1.8.0_x5.0_linux_amd64'
    ])
    expect(run.of('validate')[0]?.loaded['amazon']?.version).toBe('1.8.0')
  })

  it('runs packer version at install, and every Packer command, with CHECKPOINT_DISABLE', () => {
    const calls = packer.calls()
    const versions = calls.filter(c => c.args[0] === 'version')
    expect(versions.length).toBeGreaterThan(0)
    expect(versions.map(c => c.checkpointDisable)).toEqual(versions.map(() => '1'))
    expect(calls.filter(c => c.checkpointDisable === null)).toEqual([])
  })
})

describe('the stand-in finds plugins as Packer 1.15.4 does', () => {
  it('through linked files, never through a linked folder or without a matching checksum', () => {
    const dir = tempDir('modern-packer-direct')
    dirs.push(dir)
    const standIn = buildModernPacker(dir)
    const program = path.join(dir, 'packer')
    const template = path.join(dir, 'app.pkr.hcl')
    fs.writeFileSync(template, HCL)
    const run = (pluginPath: string, ...args: string[]) =>
      spawnSync(program, args, {
        env: { ...process.env, PACKER_PLUGIN_PATH: pluginPath, CHECKPOINT_DISABLE: '1' },
        encoding: 'utf8'
      })

    const real = path.join(dir, 'real')
    expect(run(real, 'plugins', 'install', AMAZON, 'v1.8.2').stdout).toMatch(
      /^Installed plugin github\.com\/hashicorp\/amazon v1\.8\.2 in ".*\/real\/github\.com\/hashicorp\/amazon\/packer-plugin-amazon_v1\.8\.2_x5\.0_linux_amd64"\n$/
    )
    const binary = path.join(
      real,
      'github.com/hashicorp/amazon/packer-plugin-amazon_v1.8.2_x5.0_linux_amd64'
    )
    expect(fs.readFileSync(`${binary}_SHA256SUM`, 'utf8')).toMatch(/^[0-9a-f]{64}$/)
    expect(run(real, 'plugins', 'install', AMAZON, '1.8.2').stdout).toBe('')
    expect(run(real, 'validate', template).status).toBe(0)

    const files = path.join(dir, 'linked-files/github.com/hashicorp/amazon')
    fs.mkdirSync(files, { recursive: true })
    for (const suffix of ['', '_SHA256SUM'])
      fs.symlinkSync(`${binary}${suffix}`, path.join(files, `${path.basename(binary)}${suffix}`))
    expect(run(path.join(dir, 'linked-files'), 'validate', template).status).toBe(0)

    const folder = path.join(dir, 'linked-folder')
    fs.mkdirSync(folder)
    fs.symlinkSync(path.join(real, 'github.com'), path.join(folder, 'github.com'))
    const refused = run(folder, 'validate', template)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/^Error: Unknown source type amazon-ebs\n\n {2}on .* line \d+:/)

    fs.writeFileSync(`${binary}_SHA256SUM`, '0'.repeat(64))
    expect(run(real, 'validate', template).status).toBe(1)
    expect(standIn.calls().map(c => c.exitCode)).toEqual([0, 0, 0, 0, 1, 1])
  })
})
