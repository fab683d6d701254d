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
  publishPlugin,
  standInPlugin,
  type ModernPacker,
  type PackerCall
} from '../../testbed/modern-packer.js'
import { errors, newJob, runMain, type Job } from '../../testbed/runner.js'
import { keyedTool } from '../../src/install/release.js'
import { hclTemplate, jsonTemplate } from '../../testbed/templates.js'
import { parseRunnerLog } from '../helpers/runner-log.js'

// Packer 1.16.0 (the action's default) cannot run here: these run the bundle against the
// stand-in of testbed/modern-packer.ts, which behaves as hashicorp/packer@v1.16.0 does for the
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
  for (const version of ['1.8.0', '1.8.1', '1.8.2'])
    await publishPlugin(mirror, key, dir, 'amazon', version)
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

/** `mode: validate` with Packer 1.16.0 from the mirror; the calls the stand-in saw meanwhile. */
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

/** What `plugins install` was given: `--path <the verified binary's name> <source>`. */
const installs = (calls: PackerCall[]) =>
  calls
    .filter(c => c.args[0] === 'plugins')
    .map(c =>
      c.args
        .slice(2)
        .map(a => (a.includes('/tmp/') ? path.basename(a) : a))
        .join(' ')
    )
const fromMirror = (version: string) =>
  `--path packer-plugin-amazon_v${version}_x5.0_linux_amd64 ${AMAZON}`
const pluginTool = () => keyedTool('packer-plugin-amazon', key.publicKey)

describe('Packer 1.16.0 (a stand-in) through the bundle', () => {
  it('an HCL2 template with amazon sources and no required_plugins validates with the pinned plugin; the next run installs nothing', async () => {
    const job = newJob()
    const template = write(job, 'hcl/app.pkr.hcl', HCL)

    const first = await validate(job, template)
    expect(errors(first.result)).toEqual([])
    expect(first.result.exitCode).toBe(0)
    expect(first.result.outputs['packer-version']).toBe(V)
    // packer version at install, then the pinned plugin, verified, from the mirror into a
    // private folder of the tool cache.
    expect(first.calls.map(c => c.args[0])).toEqual(['version', 'plugins', 'validate'])
    expect(installs(first.calls)).toEqual([fromMirror('1.8.2')])
    const [install] = first.of('plugins')
    expect(install?.pluginPath).toMatch(
      new RegExp(`^${job.toolCache}/${pluginTool()}/1\\.8\\.2/x64\\.`)
    )
    expect(install?.tmpdir?.startsWith(`${job.temp}/`)).toBe(true)
    const zip = 'packer-plugin-amazon_1.8.2_linux_amd64.zip'
    expect(first.result.stdout).toMatch(
      new RegExp(`${zip}: signature \\(key [0-9A-F]{40}\\) and sha256 verified`)
    )
    expect(first.result.stdout).toMatch(
      /Successfully installed plugin github\.com\/hashicorp\/amazon from \/.*\/packer-plugin-amazon_v1\.8\.2_x5\.0_linux_amd64 to \/.*\/github\.com\/hashicorp\/amazon\/packer-plugin-amazon_v1\.8\.2_x5\.0_linux_amd64/
    )
    expect(first.result.summary).toMatch(
      /Packer plugins: github\.com\/hashicorp\/amazon 1\.8\.2 signature-verified \(key [0-9A-F]{40}, from packer-mirror\)/
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
    expect(
      mirror.requests.filter(r => r.startsWith('/packer-plugin-amazon/1.8.2/')).sort()
    ).toEqual(
      [
        `/packer-plugin-amazon/1.8.2/${zip}`,
        '/packer-plugin-amazon/1.8.2/packer-plugin-amazon_1.8.2_SHA256SUMS',
        '/packer-plugin-amazon/1.8.2/packer-plugin-amazon_1.8.2_SHA256SUMS.72D7468F.sig'
      ].sort()
    )
    // What Packer printed is relayed as text; the action's groups around it stay live.
    const log = parseRunnerLog(first.result.stdout)
    expect(log.printed).toContain('The configuration is valid.')
    expect(log.groups).toEqual([
      '##[group]Install Packer',
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
    expect(installs(older.calls)).toEqual([fromMirror('1.8.1')])
    // Packer loads the highest version it finds (packer@v1.16.0:packer/plugin.go:98-119): the
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
    expect(installs(run.calls)).toEqual([fromMirror('1.8.0')])
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
    // Packer extracted it to its temp folder: this job's own.
    expect(init?.tmpdir?.startsWith(`${job.temp}/`)).toBe(true)
    expect(first.result.stdout).toContain(
      `\x1b[1;36mInstalled plugin ${AMAZON} v1.8.1 in "${init?.pluginPath ?? '-'}/${AMAZON}/packer-plugin-amazon_v1.8.1_x5.0_linux_amd64"\x1b[0m`
    )
    expect(first.result.summary).toContain(
      `Packer plugins: ${AMAZON} 1.8.1 checksum only (packer init)`
    )

    const second = await validate(job, template)
    expect(errors(second.result)).toEqual([])
    expect(second.of('init')[0]?.installed).toEqual([])
    const loaded = second.of('validate')[0]?.loaded['amazon']
    expect(loaded?.version).toBe('1.8.1')
    expect(loaded?.realPath.startsWith(fs.realpathSync(cached))).toBe(true)
  })

  it('a folder whose required_plugins are in a *.pkr.json file runs packer init too; an exact pin there comes from the mirror', async () => {
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
    expect(installs(run.calls)).toEqual([fromMirror('1.8.0')])
    expect(run.of('init')[0]?.args).toEqual(['init', path.join(job.workspace, 'folder')])
    expect(run.of('init')[0]?.installed).toEqual([])
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

describe('official plugins from packer-mirror, verified with the packer-signing-key', () => {
  const PINNED = (version: string) =>
    [
      'packer {',
      '  required_plugins {',
      '    amazon = {',
      `      version = "= ${version}"`,
      `      source  = "${AMAZON}"`,
      '    }',
      '    comment = {',
      '      version = ">= 0.1.0"',
      '      source  = "github.com/example/comment"',
      '    }',
      '  }',
      '}',
      '',
      HCL
    ].join('\n')

  it('an official plugin the template pins exactly comes from the mirror before packer init, which downloads only the others', async () => {
    const job = newJob()
    const template = write(job, 'pinned/app.pkr.hcl', PINNED('1.8.1'))
    const run = await validate(job, template)
    expect(errors(run.result)).toEqual([])
    expect(run.calls.map(c => c.args[0])).toEqual(['version', 'plugins', 'init', 'validate'])
    expect(installs(run.calls)).toEqual([fromMirror('1.8.1')])
    // init found amazon installed; it downloaded the other plugin only.
    expect(run.of('init')[0]?.installed.map(f => path.basename(f))).toEqual([
      'packer-plugin-comment_v0.2.0_x5.0_linux_amd64'
    ])
    expect(run.of('validate')[0]?.loaded['amazon']?.version).toBe('1.8.1')
    expect(run.result.summary).toMatch(
      /Packer plugins: github\.com\/hashicorp\/amazon 1\.8\.1 signature-verified \(key [0-9A-F]{40}, from packer-mirror\); github\.com\/example\/comment 0\.2\.0 checksum only \(packer init\)/
    )
  })

  it('a mirror without the plugin fails before validate, naming the URL and the input; nothing is cached', async () => {
    const job = newJob()
    const template = write(job, 'hcl/app.pkr.hcl', HCL)
    const run = await validate(job, template, { 'amazon-plugin-version': '1.7.0' })
    expect(run.result.exitCode).toBe(1)
    expect(errors(run.result).join('\n')).toMatch(
      new RegExp(
        `github\\.com/hashicorp/amazon 1\\.7\\.0 was not installed: could not download the packer-plugin-amazon 1\\.7\\.0 SHA256SUMS \\(${mirror.url}/packer-plugin-amazon/1\\.7\\.0/packer-plugin-amazon_1\\.7\\.0_SHA256SUMS\\) from 127\\.0\\.0\\.1:\\d+: HTTP 404; 'packer-mirror' must serve it in HashiCorp's layout`
      )
    )
    expect(run.of('validate')).toEqual([])
    expect(run.of('plugins')).toEqual([])
    const tool = path.join(job.toolCache, pluginTool())
    expect(fs.existsSync(tool) ? fs.readdirSync(tool) : []).toEqual([])
  })

  it('a plugin whose signature, checksum or binary is not what the release says is refused; nothing is cached', async () => {
    const dir = tempDir('bad-plugins')
    dirs.push(dir)
    const bad = await startMirror()
    try {
      await publishModernPacker(bad, key, dir)
      const cases: [string, () => Promise<void>, RegExp][] = [
        [
          'signed by another key',
          async () => {
            await publishPlugin(
              bad,
              await generateSigningKey('Someone Else'),
              dir,
              'amazon',
              '1.8.2'
            )
          },
          /packer-plugin-amazon_1\.8\.2_SHA256SUMS: the signature is not a valid signature by key/
        ],
        [
          'a zip changed after signing',
          async () => {
            const release = await publishPlugin(bad, key, dir, 'amazon', '1.8.2')
            const zip = Buffer.from(bad.files.get(release.zip) as Buffer)
            zip[40] = (zip[40] as number) ^ 0xff
            bad.files.set(release.zip, zip)
          },
          /packer-plugin-amazon_1\.8\.2_linux_amd64\.zip has sha256 [0-9a-f]{64}, but the signed SHA256SUMS says/
        ],
        [
          'a binary that describes itself as another version',
          async () => {
            await publishPlugin(bad, key, dir, 'amazon', '1.8.2', standInPlugin('amazon', '9.9.9'))
          },
          /Packer did not install the verified binary as github\.com\/hashicorp\/amazon 1\.8\.2 \(found github\.com\/hashicorp\/amazon\/packer-plugin-amazon_v9\.9\.9_x5\.0_linux_amd64\)/
        ],
        [
          // `plugins install --path` names the file by the API its describe reports
          // (hashicorp/packer@v1.16.0:command/plugins_install.go:328-333); Packer's own install
          // names it as the release does, and discovery then ignores a binary whose describe
          // disagrees (packer/plugin-getter/plugins.go:315-319).
          'a binary that describes another plugin API than its release names',
          async () => {
            const lying = standInPlugin('amazon', '1.8.2').replace('"x5.0"', '"x6.0"')
            await publishPlugin(bad, key, dir, 'amazon', '1.8.2', lying)
          },
          /Packer did not install the verified binary as github\.com\/hashicorp\/amazon 1\.8\.2 \(found github\.com\/hashicorp\/amazon\/packer-plugin-amazon_v1\.8\.2_x6\.0_linux_amd64\): the release names it packer-plugin-amazon_v1\.8\.2_x5\.0_linux_amd64/
        ]
      ]
      for (const [, publish, message] of cases) {
        for (const name of [...bad.files.keys()])
          if (name.startsWith('/packer-plugin-')) bad.files.delete(name)
        await publish()
        const job = newJob()
        const template = write(job, 'hcl/app.pkr.hcl', HCL)
        const run = await validate(job, template, { 'packer-mirror': bad.url })
        expect(run.result.exitCode).toBe(1)
        expect(errors(run.result).join('\n')).toMatch(message)
        expect(run.of('validate')).toEqual([])
        const cached = path.join(job.toolCache, pluginTool(), '1.8.2')
        expect(fs.existsSync(cached) ? fs.readdirSync(cached) : []).toEqual([])
      }
    } finally {
      await bad.close()
    }
  })

  it('two jobs on one tool cache installing the plugin at once both succeed, each with its own temp folder', async () => {
    const root = tempDir('two-jobs')
    dirs.push(root)
    const toolCache = path.join(root, 'tool-cache')
    const jobs: Job[] = [0, 1].map(i => ({
      toolCache,
      temp: path.join(root, `temp-${i}`),
      workspace: path.join(root, `ws-${i}`)
    }))
    for (const j of jobs)
      for (const d of [j.toolCache, j.temp, j.workspace]) fs.mkdirSync(d, { recursive: true })
    const runs = await Promise.all(
      jobs.map(j => validate(j, write(j, 'required/app.pkr.hcl', REQUIRED)))
    )
    for (const [i, run] of runs.entries()) {
      expect(errors(run.result)).toEqual([])
      for (const call of packer.calls().filter(c => c.cwd === jobs[i]?.workspace))
        expect(call.tmpdir?.startsWith(`${jobs[i]?.temp ?? '-'}/`)).toBe(true)
    }
    const folder = path.join(toolCache, 'packer-plugin-github.com_hashicorp_amazon', '1.8.1')
    expect(fs.readdirSync(folder).filter(n => n === 'x64' || n === 'x64.complete')).toEqual([
      'x64',
      'x64.complete'
    ])

    // The managed plugin too: two cold installs of it from the mirror at once.
    const again = jobs.map(j => ({ ...j, toolCache: path.join(root, 'second-cache') }))
    fs.mkdirSync(again[0]?.toolCache ?? '', { recursive: true })
    const managed = await Promise.all(again.map(j => validate(j, write(j, 'hcl/app.pkr.hcl', HCL))))
    for (const run of managed) {
      expect(errors(run.result)).toEqual([])
      expect(run.result.exitCode).toBe(0)
    }
    const published = path.join(again[0]?.toolCache ?? '', pluginTool(), '1.8.2')
    // One private folder published; the other job's removed.
    expect(fs.readdirSync(published).filter(n => /^x64\.(?!complete$)/.test(n)).length).toBe(1)
  })
})

describe('the stand-in finds plugins as Packer 1.16.0 does', () => {
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
    // In bold cyan (hashicorp/packer@v1.16.0:packer/ui.go:54-56,89-100; command/plugins_install.go:209-216).
    const installed = `${real}/github.com/hashicorp/amazon/packer-plugin-amazon_v1.8.2_x5.0_linux_amd64`
    expect(run(real, 'plugins', 'install', AMAZON, 'v1.8.2').stdout).toBe(
      `\x1b[1;36mInstalled plugin github.com/hashicorp/amazon v1.8.2 in "${installed}"\x1b[0m\n`
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
