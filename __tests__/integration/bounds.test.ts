import * as fs from 'node:fs'
import * as http from 'node:http'
import * as path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { updateReleaseNotes } from '../../src/github/release-notes.js'
import { jobTempDir, probeProgram, spawnProgram } from '../../src/exec/program.js'
import { AnsibleInstaller, probePython } from '../../src/install/ansible.js'
import { installGalaxyRequirements } from '../../src/install/galaxy.js'
import { runPackerBuild } from '../../src/packer/run.js'
import { DEBIAN_PYTHON, tempDir } from '../../testbed/fixtures.js'
import {
  huge,
  startMisbehavingHttpServer,
  startSilentServer,
  trickle,
  type MisbehavingHttpServer,
  type SilentServer
} from '../../testbed/misbehaving.js'

// Every program that waits on the network has a wall-clock and a stall bound. These run the
// real pip and ansible-galaxy against the test bed's silent and trickling servers, in process,
// with short bounds passed as values.

async function timed<T>(work: Promise<T>): Promise<{ seconds: number; error: string }> {
  const start = Date.now()
  try {
    await work
    return { seconds: (Date.now() - start) / 1000, error: '' }
  } catch (error) {
    return { seconds: (Date.now() - start) / 1000, error: (error as Error).message }
  }
}

/** Running, and not a zombie waiting for whoever inherited it to reap it. */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

let dir: string
beforeEach(() => {
  dir = tempDir('bounds')
})
afterEach(() => {
  vi.unstubAllEnvs()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('programs with bounds', () => {
  it('a program that prints nothing is stopped at its stall bound, with what it started', async () => {
    const pids = path.join(dir, 'pids')
    const run = timed(
      spawnProgram('sh', ['-c', `sleep 30 & echo $! > '${pids}'; wait`], {
        bounds: { totalMs: 60_000, stallMs: 700 },
        label: 'a silent program'
      })
    )
    const { seconds, error } = await run
    expect(error).toBe('a silent program printed nothing for 0.7 s (its stall bound)')
    expect(seconds).toBeLessThan(4)
    const sleeper = Number(fs.readFileSync(pids, 'utf8'))
    await new Promise(resolve => setTimeout(resolve, 200))
    expect(alive(sleeper)).toBe(false)
  })

  it('a program that trickles output is stopped at its wall-clock bound', async () => {
    const { seconds, error } = await timed(
      spawnProgram('sh', ['-c', 'while :; do printf .; sleep 0.2; done'], {
        bounds: { totalMs: 1500, stallMs: 1000 },
        label: 'a trickling program'
      })
    )
    expect(error).toBe('a trickling program did not finish within 1.5 s (its wall-clock bound)')
    expect(seconds).toBeGreaterThanOrEqual(1.4)
    expect(seconds).toBeLessThan(4)
  })

  it('every program gets a temp folder of the step’s own as TMPDIR', async () => {
    const { stdout } = await spawnProgram('sh', ['-c', 'echo "$TMPDIR $TMP $TEMP"'])
    const temp = jobTempDir()
    expect(stdout.trim()).toBe(`${temp} ${temp} ${temp}`)
    expect(path.basename(temp)).toMatch(/^packer-ami-release-tmp-/)
    expect(fs.statSync(temp).mode & 0o777).toBe(0o700)
    expect((await probeProgram('sh', ['-c', 'echo $TMPDIR'])).trim()).toBe(temp)
  })

  it('a probe runs one path, quoted, its arguments apart', async () => {
    const spaced = path.join(dir, 'a tool')
    fs.writeFileSync(spaced, '#!/bin/sh\necho "ran with $# argument(s): $1"\n', { mode: 0o755 })
    expect(await probeProgram(spaced, ['x y'])).toBe('ran with 1 argument(s): x y\n')
    await expect(probeProgram(`${spaced}" -c "x`, [])).rejects.toThrow(/could not be run/)
  })

  it("the user's python is probed with standard input closed: one that reads it does not hang", async () => {
    const python = path.join(dir, 'python wrapper')
    fs.writeFileSync(python, `#!/bin/sh\ncat > /dev/null\nexec ${DEBIAN_PYTHON} "$@"\n`, {
      mode: 0o755
    })
    const info = await probePython(python)
    expect(info.executable).toMatch(/python3/)
  })
})

describe('pip and ansible-galaxy against a package index that stalls or trickles', () => {
  let silent: SilentServer
  let bad: MisbehavingHttpServer
  beforeAll(async () => {
    silent = await startSilentServer()
    bad = await startMisbehavingHttpServer({ '/*': trickle(500) })
  })
  afterAll(async () => {
    await Promise.all([silent.close(), bad.close()])
  })

  const ansible = { version: '2.14.18', package: 'ansible-core' as const, python: DEBIAN_PYTHON }
  async function installAnsible(index: string, bounds: { totalMs: number; stallMs: number }) {
    const cache = path.join(dir, 'tool-cache')
    vi.stubEnv('RUNNER_TOOL_CACHE', cache)
    vi.stubEnv('PIP_CONFIG_FILE', '/dev/null')
    vi.stubEnv('PIP_INDEX_URL', `${index}/simple/`)
    vi.stubEnv('PIP_NO_INDEX', undefined)
    vi.stubEnv('PIP_FIND_LINKS', undefined)
    const python = await probePython(DEBIAN_PYTHON)
    const installer = new AnsibleInstaller(ansible, python, 'x64', { socketTimeoutS: 30, bounds })
    const result = await timed(installer.install())
    const left = path.join(cache, 'ansible-core-python3.11', '2.14.18')
    return { ...result, left: fs.existsSync(left) ? fs.readdirSync(left) : [] }
  }

  it('pip against an index that trickles ends at the wall-clock bound; no venv is left', async () => {
    const { seconds, error, left } = await installAnsible(bad.url, {
      totalMs: 5000,
      stallMs: 60_000
    })
    expect(error).toMatch(
      /^ansible-core 2\.14\.18 was not installed: pip install ansible-core==2\.14\.18 did not finish within 5 s \(its wall-clock bound\)/
    )
    expect(seconds).toBeLessThan(12)
    expect(bad.requests.some(r => r.path.startsWith('/simple/'))).toBe(true)
    expect(left).toEqual([])
  })

  it('pip against an index that never answers ends at the stall bound, before its 30 s socket timeout', async () => {
    const { seconds, error, left } = await installAnsible(silent.url, {
      totalMs: 60_000,
      stallMs: 4000
    })
    expect(error).toMatch(
      /^ansible-core 2\.14\.18 was not installed: pip install ansible-core==2\.14\.18 printed nothing for 4 s \(its stall bound\)/
    )
    expect(seconds).toBeLessThan(12)
    expect(silent.accepted()).toBeGreaterThan(0)
    expect(left).toEqual([])
  })

  const galaxy = async (server: string, bounds: { totalMs: number; stallMs: number }) => {
    const requirements = path.join(dir, 'requirements.yml')
    fs.writeFileSync(
      requirements,
      `collections:\n  - name: example.tools\n    version: 1.0.0\n    source: ${server}/\n`
    )
    vi.stubEnv('ANSIBLE_GALAXY_CACHE_DIR', path.join(dir, 'galaxy-cache'))
    const tool = {
      name: 'ansible-core',
      version: '2.14.18',
      bin: '/usr/bin',
      executable: '/usr/bin/ansible-playbook',
      cached: true
    }
    return timed(
      installGalaxyRequirements(tool, requirements, dir, () => undefined, {
        serverTimeoutS: 60,
        bounds
      })
    )
  }

  it('ansible-galaxy against a Galaxy that trickles ends at the wall-clock bound', async () => {
    const { seconds, error } = await galaxy(bad.url, { totalMs: 6000, stallMs: 60_000 })
    expect(error).toBe(
      'ansible-galaxy collection install did not finish within 6 s (its wall-clock bound)'
    )
    expect(seconds).toBeLessThan(12)
  })

  it('ansible-galaxy against a Galaxy that never answers ends at the stall bound', async () => {
    const { seconds, error } = await galaxy(silent.url, { totalMs: 60_000, stallMs: 5000 })
    expect(error).toBe(
      'ansible-galaxy collection install printed nothing for 5 s (its stall bound)'
    )
    expect(seconds).toBeLessThan(12)
  })
})

describe('packer build, run as every other program is', () => {
  // A cancel is passed on to Packer only while it runs: no listener is left behind.
  const listeners = () => ['SIGINT', 'SIGTERM'].map(s => process.listenerCount(s))

  it('a Packer that cannot be started is named, with why', async () => {
    const binary = path.join(dir, 'no-packer')
    const command = { binary, args: ['build'], cwd: dir, env: {} }
    const observer = { lead() {}, artifact() {}, cancelled() {}, finished() {} }
    const before = listeners()
    await expect(runPackerBuild(command, [], observer)).rejects.toThrow(
      `${binary} could not be run: spawn ${binary} ENOENT`
    )
    expect(listeners()).toEqual(before)
  })

  // A provisioner's child can hold Packer's stdout after Packer exits. sh stands in for Packer
  // here: real Packer cannot be made to leave such a child on demand. The lines are Packer's
  // machine-readable ones (see __tests__/unit/fixtures/packer/ebs-ok.out).
  it('what the child writes within 1 s of the exit is read, then the build ends without it', async () => {
    const pids = path.join(dir, 'pids')
    const lines = (...l: string[]) => l.map(x => `printf '%s\\n' "1,${x}"`).join('; ')
    const script = [
      lines(
        'amazon-ebs,artifact-count,1',
        'amazon-ebs,artifact,0,builder-id,mitchellh.amazonebs',
        'amazon-ebs,artifact,0,id,us-east-1:ami-0123456789abcdef0',
        'amazon-ebs,artifact,0,end'
      ),
      `(sleep 0.3; ${lines(",ui,say,Build 'amazon-ebs' finished after 1 second.")}; exec sleep 30) &`,
      `echo $! > '${pids}'`
    ].join('\n')
    const finished: string[] = []
    const observer = {
      lead() {},
      artifact() {},
      cancelled() {},
      finished: (b: string) => void finished.push(b)
    }
    try {
      const command = { binary: 'sh', args: ['-c', script], cwd: dir, env: {} }
      const before = listeners()
      const start = Date.now()
      const result = await runPackerBuild(command, ['amazon-ebs'], observer)
      const seconds = (Date.now() - start) / 1000
      expect(result.exitCode).toBe(0)
      expect(result.artifacts).toEqual([
        { build: 'amazon-ebs', region: 'us-east-1', amiId: 'ami-0123456789abcdef0' }
      ])
      expect(finished).toEqual(['amazon-ebs'])
      expect(seconds).toBeLessThan(10)
      expect(listeners()).toEqual(before)
    } finally {
      const child = Number(fs.readFileSync(pids, 'utf8'))
      if (alive(child)) process.kill(child, 'SIGKILL')
    }
  })
})

describe('the release notes against a GitHub that never answers or trickles', () => {
  let silent: SilentServer
  let bad: MisbehavingHttpServer
  beforeAll(async () => {
    silent = await startSilentServer()
    bad = await startMisbehavingHttpServer({ '/*': trickle(200) })
  })
  afterAll(async () => {
    await Promise.all([silent.close(), bad.close()])
  })

  // @actions/github reads GITHUB_API_URL when it loads, and a test file loads it once: both
  // servers sit behind one address that the test points where it wants.
  let target = ''
  let api = ''
  let front: http.Server
  beforeAll(async () => {
    front = http.createServer((req, res) => {
      const upstream = http.request(`${target}${req.url ?? '/'}`, { method: req.method }, up => {
        res.writeHead(up.statusCode ?? 502, up.headers)
        up.pipe(res)
      })
      upstream.on('error', () => res.destroy())
      req.pipe(upstream)
    })
    await new Promise<void>(resolve => front.listen(0, '127.0.0.1', resolve))
    api = `http://127.0.0.1:${(front.address() as { port: number }).port}`
    vi.stubEnv('GITHUB_API_URL', api)
    await import('@actions/github')
    vi.unstubAllEnvs()
  })
  afterAll(async () => {
    front.closeAllConnections()
    await new Promise(resolve => front.close(resolve))
  })

  const update = () => {
    vi.stubEnv('GITHUB_API_URL', api)
    vi.stubEnv('GITHUB_REPOSITORY', 'acme/images')
    return timed(
      updateReleaseNotes({
        token: 'dummy',
        tag: 'release-0.1.0',
        version: 'release-0.1.0',
        lineage: 'acme/images:app.pkr.hcl',
        artifacts: [],
        deadlineMs: 1_500
      })
    )
  }

  it('a GitHub that accepts and never answers ends the update at its deadline', async () => {
    target = silent.url
    const { seconds, error } = await update()
    expect(error).toBe(
      `GitHub's API (${new URL(api).host}) did not finish updating the notes of release release-0.1.0 within 1.5 s`
    )
    expect(seconds).toBeLessThan(5)
    expect(silent.accepted()).toBeGreaterThan(0)
  })

  it('an answer that is no release (a proxy’s page) fails the update, never reads as “no release”', async () => {
    const page = await startMisbehavingHttpServer({ '/*': huge(100) })
    try {
      target = page.url
      const { error } = await update()
      expect(error).toBe("GitHub's answer about the release of release-0.1.0 could not be read")
    } finally {
      await page.close()
    }
  })

  it('a GitHub that trickles its answer ends the update at its deadline', async () => {
    target = bad.url
    const { seconds, error } = await update()
    expect(error).toBe(
      `GitHub's API (${new URL(api).host}) did not finish updating the notes of release release-0.1.0 within 1.5 s`
    )
    expect(seconds).toBeLessThan(5)
    expect(bad.requests.map(r => r.path)).toContain(
      '/repos/acme/images/releases/tags/release-0.1.0'
    )
  })
})
