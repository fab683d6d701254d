import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  DEBIAN_ANSIBLE_CORE,
  DEBIAN_PACKER_VERSION,
  DEBIAN_PYTHON,
  offlinePipEnv,
  packerZip,
  tempDir
} from '../../testbed/fixtures.js'
import {
  generateSigningKey,
  publishPacker,
  startMirror,
  type Mirror,
  type SigningKey
} from '../../testbed/mirror.js'
import { errors, runMain, type Job } from '../../testbed/runner.js'
import { hclTemplate } from '../../testbed/templates.js'
import { keyedTool } from '../../src/install/release.js'

// Jobs on one self-hosted runner share its tool cache. These run the bundle as several jobs
// at once against one cache, and against a cache whose path has a space.

const V = DEBIAN_PACKER_VERSION
let mirror: Mirror
let key: SigningKey
const roots: string[] = []

beforeAll(async () => {
  mirror = await startMirror()
  key = await generateSigningKey()
  await publishPacker(mirror, V, packerZip(), key)
})
afterAll(async () => {
  await mirror.close()
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true })
})

/** Jobs of one runner: their own temp and workspace, one tool cache at `toolCache`. */
function jobsSharing(toolCache: string, count: number): Job[] {
  const root = tempDir('shared')
  roots.push(root)
  fs.mkdirSync(toolCache, { recursive: true })
  return Array.from({ length: count }, (_, i) => {
    const job = {
      toolCache,
      temp: path.join(root, `temp-${i}`),
      workspace: path.join(root, `ws-${i}`)
    }
    for (const dir of [job.temp, job.workspace]) fs.mkdirSync(dir, { recursive: true })
    return job
  })
}

const installInputs = (extra: Record<string, string> = {}) => ({
  mode: 'install',
  'packer-version': V,
  'packer-mirror': mirror.url,
  'packer-signing-key': key.publicKey,
  'ansible-version': DEBIAN_ANSIBLE_CORE,
  python: DEBIAN_PYTHON,
  ...extra
})

const packerEntry = (toolCache: string) =>
  path.join(toolCache, keyedTool('packer', key.publicKey), V)
const venvEntry = (toolCache: string) =>
  path.join(toolCache, 'ansible-core-python3.11', DEBIAN_ANSIBLE_CORE)

/** One published folder behind `x64`, with its marker, and no other folder left. */
function expectOnePublished(versionDir: string): string {
  const names = fs.readdirSync(versionDir).sort()
  const link = path.join(versionDir, 'x64')
  expect(fs.lstatSync(link).isSymbolicLink()).toBe(true)
  const target = fs.readlinkSync(link)
  expect(names).toEqual(['x64', target, 'x64.complete'].sort())
  return path.join(versionDir, target)
}

/** Every `.complete` marker in the cache has its folder. */
function expectNoMarkerWithoutFolder(toolCache: string): void {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
      const full = path.join(dir, e.name)
      return e.isDirectory() ? walk(full) : [full]
    })
  const markers = walk(toolCache).filter(f => f.endsWith('.complete'))
  expect(markers.length).toBeGreaterThan(0)
  for (const marker of markers)
    expect(fs.existsSync(marker.slice(0, -'.complete'.length))).toBe(true)
}

describe('one tool cache, shared by jobs', () => {
  it('two cold installs at once, round after round: all succeed and leave one good copy', async () => {
    for (let round = 1; round <= 5; round++) {
      const toolCache = path.join(tempDir(`round-${round}`), 'tool-cache')
      roots.push(path.dirname(toolCache))
      const jobs = jobsSharing(toolCache, 2)
      const results = await Promise.all(
        jobs.map(job => runMain(job, { inputs: installInputs(), env: offlinePipEnv() }))
      )
      for (const result of results) {
        expect(errors(result)).toEqual([])
        expect(result.stderr).not.toMatch(/ETXTBSY|File exists|Could not locate/)
        expect(result.exitCode).toBe(0)
        expect(result.outputs).toMatchObject({
          'packer-version': V,
          'ansible-version': DEBIAN_ANSIBLE_CORE
        })
      }
      const packer = expectOnePublished(packerEntry(toolCache))
      const venv = expectOnePublished(venvEntry(toolCache))
      expectNoMarkerWithoutFolder(toolCache)
      expect(spawnSync(path.join(packer, 'packer'), ['version']).stdout.toString()).toContain(
        `Packer v${V}`
      )
      expect(
        spawnSync(path.join(venv, 'bin', 'ansible-playbook'), ['--version']).stdout.toString()
      ).toContain(`[core ${DEBIAN_ANSIBLE_CORE}]`)
    }
  })

  it('a job installing while another runs packer from the cache never breaks it', async () => {
    const toolCache = path.join(tempDir('busy'), 'tool-cache')
    roots.push(path.dirname(toolCache))
    const [first, second] = jobsSharing(toolCache, 2) as [Job, Job]
    const inputs = installInputs({ 'ansible-version': 'none' })
    expect((await runMain(first, { inputs })).exitCode).toBe(0)
    const published = expectOnePublished(packerEntry(toolCache))
    // A job killed before its marker: the next job finds the entry stale and installs again.
    fs.rmSync(path.join(packerEntry(toolCache), 'x64.complete'))

    let stop = false
    const runs: { code: number | null; out: string }[] = []
    const loop = (async () => {
      while (!stop) {
        for (const binary of [
          path.join(published, 'packer'),
          path.join(packerEntry(toolCache), 'x64', 'packer')
        ]) {
          const run = spawnSync(binary, ['version'], {
            env: { ...process.env, CHECKPOINT_DISABLE: '1' }
          })
          runs.push({
            code: run.status,
            out: `${run.stdout?.toString() ?? ''}${run.error?.message ?? ''}`
          })
        }
        await new Promise(resolve => setTimeout(resolve, 10))
      }
    })()
    const reinstall = await runMain(second, { inputs })
    stop = true
    await loop
    expect(errors(reinstall)).toEqual([])
    expect(reinstall.stdout).toContain(`Packer ${V}: installed`)
    expect(runs.length).toBeGreaterThan(4)
    expect(runs.filter(r => r.code !== 0 || !r.out.includes(`Packer v${V}`))).toEqual([])
    // The new folder is published; the one in use is still there.
    expect(fs.existsSync(path.join(published, 'packer'))).toBe(true)
    expect(fs.realpathSync(path.join(packerEntry(toolCache), 'x64'))).not.toBe(published)
  })
})

describe('a tool cache path with a space', () => {
  it('installs Packer and Ansible, and both run from there', async () => {
    const toolCache = path.join(tempDir('space'), 'tool cache')
    roots.push(path.dirname(toolCache))
    const [job] = jobsSharing(toolCache, 1) as [Job]
    const installed = await runMain(job, { inputs: installInputs(), env: offlinePipEnv() })
    expect(errors(installed)).toEqual([])
    expect(installed.exitCode).toBe(0)
    const venv = expectOnePublished(venvEntry(toolCache))
    const playbook = spawnSync(path.join(venv, 'bin', 'ansible-playbook'), ['--version'])
    expect(playbook.stdout.toString()).toContain(`[core ${DEBIAN_ANSIBLE_CORE}]`)

    // Packer runs from there too: `packer validate`, from the cache, on a template.
    fs.writeFileSync(
      path.join(job.workspace, 'app.pkr.hcl'),
      hclTemplate({
        endpoint: 'http://127.0.0.1:9',
        target: { communicator: 'none' },
        builds: [{ name: 'app' }]
      })
    )
    const validated = await runMain(job, {
      inputs: installInputs({
        mode: 'validate',
        template: 'app.pkr.hcl',
        'ansible-version': 'none'
      })
    })
    expect(errors(validated)).toEqual([])
    expect(validated.exitCode).toBe(0)
    expect(validated.stdout).toContain(
      `Packer ${V}: found in the tool cache (${packerEntry(toolCache)}/x64.`
    )
  })
})

describe("the 'python' input", () => {
  it('is one program, never a command line: the code in it does not run', async () => {
    const dir = tempDir('python-input')
    roots.push(dir)
    const marker = path.join(dir, 'ran')
    const [job] = jobsSharing(path.join(dir, 'tool-cache'), 1) as [Job]
    const requests = mirror.requests.length
    const result = await runMain(job, {
      inputs: installInputs({ python: `${DEBIAN_PYTHON} -c "open('${marker}','w')"` }),
      env: offlinePipEnv()
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toMatch(
      /^Input 'python': '\/usr\/bin\/python3 -c "open\(.*\)"' cannot be run as a Python interpreter \(it is one path or a name on PATH, never a command line\)/
    )
    expect(fs.existsSync(marker)).toBe(false)
    // An input error: nothing downloaded, nothing installed.
    expect(mirror.requests.length).toBe(requests)
    expect(fs.readdirSync(job.toolCache)).toEqual([])
  })
})
