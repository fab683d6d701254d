import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { spawnProgram } from '../../src/exec/program.js'
import { AnsibleInstaller } from '../../src/install/ansible.js'
import { pluginInstaller } from '../../src/install/plugin.js'
import { ToolCacheEntry } from '../../src/install/tool-cache.js'
import { PluginFolder } from '../../src/packer/plugins.js'
import { generateSigningKey, startMirror } from '../../testbed/mirror.js'
import { publishPlugin } from '../../testbed/modern-packer.js'
import { ROOT } from '../../testbed/runner.js'

// The tool cache on disk, in process: @actions/tool-cache reads RUNNER_TOOL_CACHE.

let cache: string
const MARKER_WAIT_MS = 300

beforeEach(() => {
  // A space in the path, as in `/opt/tool cache` or `C:\Program Files`.
  cache = fs.mkdtempSync(path.join(os.tmpdir(), 'tool cache-'))
  vi.stubEnv('RUNNER_TOOL_CACHE', cache)
})
afterEach(() => {
  vi.unstubAllEnvs()
  fs.rmSync(cache, { recursive: true, force: true })
})

const entry = (usable?: (folder: string) => boolean) =>
  new ToolCacheEntry('packer', '1.6.6', 'x64', {
    markerWaitMs: MARKER_WAIT_MS,
    ...(usable ? { usable } : {})
  })
const versionDir = () => path.join(cache, 'packer', '1.6.6')
/** What is in `<cache>/packer/1.6.6`, links marked with `->`. */
function listing(): string[] {
  return fs
    .readdirSync(versionDir())
    .map(name => {
      const full = path.join(versionDir(), name)
      return fs.lstatSync(full).isSymbolicLink() ? `${name} -> ${fs.readlinkSync(full)}` : name
    })
    .sort()
}
/** A build that writes `packer` holding `content`, after `ms`. */
const writes =
  (content: string, ms = 0) =>
  async (folder: string) => {
    await sleep(ms)
    fs.writeFileSync(path.join(folder, 'packer'), content)
  }

describe('ToolCacheEntry', () => {
  it('builds privately, publishes by a link and a marker, and finds it', async () => {
    const e = entry()
    expect(e.find()).toBeUndefined()
    const folder = await e.install(writes('v1'))
    expect(path.dirname(folder)).toBe(versionDir())
    expect(listing()).toEqual(
      [`x64 -> ${path.basename(folder)}`, path.basename(folder), 'x64.complete'].sort()
    )
    expect(e.find()).toBe(folder)
    expect(fs.readFileSync(path.join(e.path, 'packer'), 'utf8')).toBe('v1')
  })

  it('two installs racing in one process: both get the first published folder, one is left', async () => {
    const builds: string[] = []
    const slow = (name: string, ms: number) => async (folder: string) => {
      builds.push(name)
      await writes(name, ms)(folder)
    }
    const [a, b] = await Promise.all([
      entry().install(slow('a', 50)),
      entry().install(slow('b', 120))
    ])
    expect(builds.sort()).toEqual(['a', 'b'])
    expect(a).toBe(b)
    expect(fs.readFileSync(path.join(a, 'packer'), 'utf8')).toBe('a')
    expect(listing().filter(n => n.startsWith('x64.') && n !== 'x64.complete')).toEqual([
      path.basename(a)
    ])
  })

  it('a link without a marker (a job killed before it) is replaced; its folder stays', async () => {
    const old = path.join(versionDir(), 'x64.old')
    fs.mkdirSync(old, { recursive: true })
    fs.symlinkSync('x64.old', path.join(versionDir(), 'x64'))
    expect(entry().find()).toBeUndefined()
    const folder = await entry().install(writes('new'))
    expect(fs.readlinkSync(path.join(versionDir(), 'x64'))).toBe(path.basename(folder))
    expect(fs.existsSync(old)).toBe(true)
    expect(entry().find()).toBe(folder)
  })

  it('a folder built in place without a marker is moved aside, not deleted', async () => {
    fs.mkdirSync(path.join(versionDir(), 'x64'), { recursive: true })
    fs.writeFileSync(path.join(versionDir(), 'x64', 'packer'), 'half')
    const folder = await entry().install(writes('new'))
    expect(fs.readFileSync(path.join(versionDir(), 'x64', 'packer'), 'utf8')).toBe('new')
    expect(fs.readFileSync(path.join(`${folder}.stale`, 'packer'), 'utf8')).toBe('half')
  })

  it('two jobs replacing the same folder built in place both succeed', async () => {
    fs.mkdirSync(path.join(versionDir(), 'x64'), { recursive: true })
    const [a, b] = await Promise.all([entry().install(writes('a')), entry().install(writes('b'))])
    const published = entry().find()
    expect([a, b]).toContain(published)
    for (const folder of [a, b]) expect(fs.existsSync(path.join(folder, 'packer'))).toBe(true)
  })

  it('a complete folder built in place (an older layout) is found and used as it is', () => {
    fs.mkdirSync(path.join(versionDir(), 'x64'), { recursive: true })
    fs.writeFileSync(path.join(versionDir(), 'x64', 'packer'), 'legacy')
    fs.writeFileSync(path.join(versionDir(), 'x64.complete'), '')
    expect(entry().find()).toBe(path.join(versionDir(), 'x64'))
  })

  it('a published folder that is no longer usable is not found, and replaced at once', async () => {
    const hasPacker = (folder: string) => fs.existsSync(path.join(folder, 'packer'))
    const first = await entry(hasPacker).install(writes('v1'))
    fs.rmSync(path.join(first, 'packer'))
    expect(entry(hasPacker).find()).toBeUndefined()
    const start = Date.now()
    const second = await entry(hasPacker).install(writes('v2'))
    expect(Date.now() - start).toBeLessThan(MARKER_WAIT_MS)
    expect(second).not.toBe(first)
    expect(entry(hasPacker).find()).toBe(second)
    expect(fs.existsSync(first)).toBe(true)
  })

  /** A private folder as an install leaves it, last touched `days` ago. */
  const leftover = (name: string, days: number) => {
    const folder = path.join(versionDir(), name)
    fs.mkdirSync(folder, { recursive: true })
    fs.writeFileSync(path.join(folder, 'packer'), name)
    const then = new Date(Date.now() - days * 24 * 60 * 60 * 1000)
    fs.utimesSync(folder, then, then)
    return folder
  }

  it('removes private folders left longer than a job runs (a killed install), never a fresh one or the published one', async () => {
    const killed = leftover('x64.Ab12Cd', 7)
    const aside = leftover('x64.Ef34Gh.stale', 7)
    const building = leftover('x64.Ij56Kl', 4)
    const other = leftover('x64-notes', 30)
    const published = await entry().install(writes('v1'))
    expect(fs.existsSync(killed)).toBe(false)
    expect(fs.existsSync(aside)).toBe(false)
    for (const kept of [building, other, published]) expect(fs.existsSync(kept)).toBe(true)

    // The published folder stays whatever its age; a job's find tidies the rest.
    const then = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000)
    fs.utimesSync(published, then, then)
    const later = leftover('x64.Mn78Op', 7)
    expect(entry().find()).toBe(published)
    expect(fs.existsSync(published)).toBe(true)
    expect(fs.existsSync(later)).toBe(false)
  })

  it('never removes the published folder when the tool cache is reached through a link', async () => {
    // RUNNER_TOOL_CACHE a link (a self-hosted runner's /opt/hostedtoolcache, or /var on macOS).
    const linked = `${cache}-link`
    fs.symlinkSync(cache, linked)
    vi.stubEnv('RUNNER_TOOL_CACHE', linked)
    try {
      const published = await entry().install(writes('v1'))
      const then = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000)
      fs.utimesSync(published, then, then)
      const found = entry().find()
      expect(fs.existsSync(path.join(found ?? '-', 'packer'))).toBe(true)
      expect(entry().find()).toBe(found)
    } finally {
      fs.rmSync(linked, { force: true })
    }
  })

  it('keeps a replaced folder for as long as a job runs from when it was replaced, however old it is', async () => {
    const hasPacker = (folder: string) => fs.existsSync(path.join(folder, 'packer'))
    const old = path.join(versionDir(), 'x64.Qr90St')
    fs.mkdirSync(old, { recursive: true })
    const then = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000)
    fs.utimesSync(old, then, then)
    fs.symlinkSync('x64.Qr90St', path.join(versionDir(), 'x64'))
    const second = await entry(hasPacker).install(writes('v2'))
    expect(second).not.toBe(old)
    expect(entry(hasPacker).find()).toBe(second)
    expect(fs.existsSync(old)).toBe(true)
    expect(Date.now() - fs.statSync(old).mtimeMs).toBeLessThan(60_000)
  })

  it('publishing replaces a link planted at the marker, never writes through it', async () => {
    // Another job's link at `x64.complete`, to a file of the runner user outside the cache.
    const victim = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'outside-')), 'authorized_keys')
    fs.writeFileSync(victim, 'ssh-ed25519 AAAA ops@example\n')
    fs.mkdirSync(versionDir(), { recursive: true })
    fs.symlinkSync(victim, path.join(versionDir(), 'x64.complete'))

    const folder = await entry().install(writes('v1'))
    expect(fs.readFileSync(victim, 'utf8')).toBe('ssh-ed25519 AAAA ops@example\n')
    expect(fs.lstatSync(path.join(versionDir(), 'x64.complete')).isFile()).toBe(true)
    expect(listing()).toEqual(
      [`x64 -> ${path.basename(folder)}`, path.basename(folder), 'x64.complete'].sort()
    )
    expect(entry().find()).toBe(folder)
  })

  it('a failed build publishes nothing and leaves nothing', async () => {
    await expect(entry().install(() => Promise.reject(new Error('pip failed')))).rejects.toThrow(
      'pip failed'
    )
    expect(fs.readdirSync(versionDir())).toEqual([])
  })
})

describe('ToolCacheEntry, jobs of other users sharing the cache', () => {
  // A self-hosted runner whose jobs do not all run as one user (a job run with sudo, a second
  // runner service under another account). Only root can start a job as another user here, and
  // only with a node that user may run (not one under root's private home, as nvm puts it).
  const NOBODY = 65534
  const asNobody = { uid: NOBODY, gid: NOBODY }
  const otherUserRuns =
    process.getuid?.() === 0 && spawnSync(process.execPath, ['-e', '0'], asNobody).status === 0

  /** Runs `code` (with `entry` in scope) as another user, as a job of that user would. */
  function asOtherUser(code: string) {
    const script = path.join(cache, 'job.mts')
    const home = path.join(cache, 'home')
    fs.mkdirSync(home, { recursive: true })
    fs.chmodSync(home, 0o777)
    fs.writeFileSync(
      script,
      `import { ToolCacheEntry } from ${JSON.stringify(path.join(ROOT, 'src/install/tool-cache.ts'))}\n` +
        `import * as fs from 'node:fs'\nimport * as path from 'node:path'\n` +
        `const entry = new ToolCacheEntry('packer', '1.6.6', 'x64', { markerWaitMs: 100, ownFolderWhenRefused: true })\n${code}\n`,
      { mode: 0o644 }
    )
    const tsx = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs')
    const run = spawnSync(process.execPath, [tsx, script], {
      ...asNobody,
      encoding: 'utf8',
      cwd: home,
      env: { PATH: process.env['PATH'] ?? '', HOME: home, TMPDIR: home, RUNNER_TOOL_CACHE: cache }
    })
    // What the job said, without @actions/tool-cache's debug lines.
    const said = run.stdout.split('\n').filter(line => line && !line.startsWith('::debug::'))
    return { status: run.status, stderr: run.stderr, said }
  }

  it.skipIf(!otherUserRuns)(
    'a private folder another user left, which this job cannot remove, does not stop it installing or finding the entry',
    () => {
      fs.mkdirSync(versionDir(), { recursive: true })
      fs.chmodSync(cache, 0o755)
      for (const dir of [path.dirname(versionDir()), versionDir()]) fs.chmodSync(dir, 0o777)
      // Another user's killed install, private (0700, as mkdtemp makes it), 7 days old.
      const theirs = path.join(versionDir(), 'x64.Ab12Cd')
      fs.mkdirSync(theirs, { mode: 0o700 })
      fs.writeFileSync(path.join(theirs, 'packer'), 'half')
      const then = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000)
      fs.utimesSync(theirs, then, then)

      const install = asOtherUser(
        `const folder = await entry.install(async f => fs.writeFileSync(path.join(f, 'packer'), 'v1'))\n` +
          `console.log(folder === entry.find() ? 'found' : 'not found')`
      )
      expect(install).toEqual({ status: 0, stderr: '', said: ['found'] })
      // A later job of the same user finds it too; the other user's folder is left as it is.
      const later = asOtherUser(`console.log(entry.find() ? 'found' : 'not found')`)
      expect(later).toEqual({ status: 0, stderr: '', said: ['found'] })
      expect(fs.readFileSync(path.join(theirs, 'packer'), 'utf8')).toBe('half')
    }
  )
  it.skipIf(!otherUserRuns)(
    "an entry another user's killed install left, in folders this job may not write, does not stop it installing",
    () => {
      fs.chmodSync(cache, 0o755)
      // Another user's job made the entry's folders (0755, as mkdir makes them) and was killed
      // after it linked its private folder, before the marker.
      fs.mkdirSync(versionDir(), { recursive: true })
      fs.mkdirSync(path.join(versionDir(), 'x64.Ab12Cd'), { mode: 0o700 })
      fs.symlinkSync('x64.Ab12Cd', path.join(versionDir(), 'x64'))

      const install = asOtherUser(
        `const folder = await entry.install(async f => fs.writeFileSync(path.join(f, 'packer'), 'v1'))\n` +
          `console.log(fs.readFileSync(path.join(folder, 'packer'), 'utf8'))`
      )
      expect(install).toEqual({ status: 0, stderr: '', said: ['v1'] })
      // Their entry is left as it is.
      expect(listing()).toEqual(['x64 -> x64.Ab12Cd', 'x64.Ab12Cd'])

      // A folder everyone may write, but only replace their own in (the sticky bit, as /tmp).
      fs.chmodSync(versionDir(), 0o1777)
      const sticky = asOtherUser(
        `const folder = await entry.install(async f => fs.writeFileSync(path.join(f, 'packer'), 'v2'))\n` +
          `console.log(fs.readFileSync(path.join(folder, 'packer'), 'utf8'))`
      )
      expect(sticky).toEqual({ status: 0, stderr: '', said: ['v2'] })
      expect(listing().filter(name => name.startsWith('x64 ') || name.endsWith('.link'))).toEqual([
        'x64 -> x64.Ab12Cd'
      ])
    }
  )

  it.skipIf(!otherUserRuns)(
    "a job removing Galaxy installs no job used for days leaves another user's whole, however open its folders",
    () => {
      fs.chmodSync(cache, 0o777)
      const week = new Date(Date.now() - 7 * 24 * 60 * 60 * 1000)
      /** An install of a Galaxy requirements key nobody used for a week, made with umask 000. */
      const oldInstall = (key: string) => {
        const tool = path.join(cache, `ansible-galaxy-${key.repeat(32)}`)
        const tasks = path.join(tool, '1', 'x64', 'roles', 'web', 'tasks')
        fs.mkdirSync(tasks, { recursive: true })
        fs.writeFileSync(path.join(tasks, 'main.yml'), '- ping:\n')
        for (let dir = tasks; dir !== path.dirname(tool); dir = path.dirname(dir)) {
          fs.chmodSync(dir, 0o777)
          fs.utimesSync(dir, week, week)
        }
        return { tool, file: path.join(tasks, 'main.yml') }
      }
      const roots = oldInstall('a')
      const theirs = oldInstall('b')
      spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, theirs.tool])
      // The job's user made the folders, and root published the install in them.
      const shared = oldInstall('c')
      spawnSync('chown', [`${NOBODY}:${NOBODY}`, shared.tool, path.join(shared.tool, '1')])

      const galaxy = JSON.stringify(path.join(ROOT, 'src/install/galaxy.ts'))
      const prune = asOtherUser(
        `const { pruneOtherKeys } = await import(${galaxy})\npruneOtherKeys(entry)\nconsole.log('pruned')`
      )
      expect(prune).toEqual({ status: 0, stderr: '', said: ['pruned'] })
      // The job's own user's old install is removed; root's are left as they were.
      expect(fs.existsSync(theirs.tool)).toBe(false)
      for (const install of [roots, shared])
        expect(fs.readFileSync(install.file, 'utf8')).toBe('- ping:\n')
    }
  )
})

describe("PluginFolder: a job's plugin path, linked from the shared tool cache", () => {
  // Without required_plugins Packer loads the highest version of each plugin name it finds
  // there: a file another job put in the cache must never be linked beside the one trusted.
  const AMAZON = 'github.com/hashicorp/amazon'
  const file = (version: string) =>
    path.join(...AMAZON.split('/'), `packer-plugin-amazon_v${version}_x5.0_linux_amd64`)
  const checksumOnly = `packer-plugin-${AMAZON.replace(/[^\w.-]+/g, '_')}`

  /** A plugin file in `folder` with its `_SHA256SUM` (its own sha256 unless `sum` is given). */
  function plant(folder: string, version: string, sum?: string): void {
    const binary = path.join(folder, file(version))
    fs.mkdirSync(path.dirname(binary), { recursive: true })
    fs.writeFileSync(binary, `#!/bin/sh\necho ${version}\n`, { mode: 0o755 })
    const own = createHash('sha256').update(fs.readFileSync(binary)).digest('hex')
    fs.writeFileSync(`${binary}_SHA256SUM`, sum ?? own)
  }
  /** Publishes a checksum-only entry as a job that ran `packer init` does. */
  const publish = (version: string, build: (folder: string) => void) =>
    new ToolCacheEntry(checksumOnly, version, 'x64').install(folder => {
      build(folder)
      return Promise.resolve()
    })
  let job: string
  beforeEach(() => {
    job = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-path-'))
  })
  /** The plugin files linked in the job's folder. */
  const linked = () => {
    const dir = path.join(job, ...AMAZON.split('/'))
    return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []
  }
  const name = (version: string) => path.basename(file(version))

  it('links only the binary the record verified, with its _SHA256SUM', () => {
    const entry = path.join(cache, 'packer-plugin-amazon-0123456789abcdef', '1.8.2', 'x64.Ab12Cd')
    plant(entry, '1.8.2')
    // Another job adds a higher version, with a matching _SHA256SUM, beside it.
    plant(entry, '9.9.9')
    new PluginFolder(job, 'x64').link(entry, file('1.8.2'))
    expect(linked()).toEqual([name('1.8.2'), `${name('1.8.2')}_SHA256SUM`])
  })

  it('a verified plugin, installed or found, is linked by the binary its record names, alone', async () => {
    const mirror = await startMirror()
    try {
      const key = await generateSigningKey()
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-'))
      await publishPlugin(mirror, key, dir, 'amazon', '1.8.2')
      const installer = pluginInstaller(
        { source: AMAZON, version: '1.8.2', mirror: mirror.url, signingKey: key.publicKey },
        { os: 'linux', arch: 'amd64', nodeArch: 'x64' },
        // Before Packer 1.10 the action places the verified binary itself: no Packer runs.
        { binary: path.join(dir, 'no-packer'), version: '1.9.4' },
        dir,
        () => undefined
      )
      const installed = await installer.install()
      plant(installed.folder, '9.9.9')
      const found = installer.find()
      expect([installed.binary, found?.binary]).toEqual([file('1.8.2'), file('1.8.2')])
      new PluginFolder(job, 'x64').link(found?.folder ?? '', found?.binary ?? '')
      expect(linked()).toEqual([name('1.8.2'), `${name('1.8.2')}_SHA256SUM`])
    } finally {
      await mirror.close()
    }
  })

  it('links a checksum-only version only when its entry holds that version whole, and only that file', async () => {
    await publish('1.2.3', folder => {
      plant(folder, '1.2.3')
      plant(folder, '9.9.9')
    })
    // An entry whose plugin does not match its _SHA256SUM.
    await publish('9.9.8', folder => plant(folder, '9.9.8', '0'.repeat(64)))
    new PluginFolder(job, 'x64').linkChecksumOnly([AMAZON])
    expect(linked()).toEqual([name('1.2.3'), `${name('1.2.3')}_SHA256SUM`])
  })

  it('a checksum-only entry that is not whole is replaced by the plugin a job downloaded', async () => {
    await publish('1.2.3', folder => plant(folder, '1.2.3', '0'.repeat(64)))
    // `packer init` downloaded 1.2.3 into this job's folder.
    plant(job, '1.2.3')
    const cached = await new PluginFolder(job, 'x64').publishDownloaded(() => undefined)
    expect(cached).toEqual([{ source: AMAZON, version: '1.2.3', cached: false }])

    const next = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin-path-'))
    new PluginFolder(next, 'x64').linkChecksumOnly([AMAZON])
    const binary = path.join(next, file('1.2.3'))
    expect(fs.readFileSync(`${binary}_SHA256SUM`, 'utf8')).toBe(
      createHash('sha256').update(fs.readFileSync(binary)).digest('hex')
    )
  })
})

describe('AnsibleInstaller.find', () => {
  const python = {
    executable: '/usr/bin/python3',
    version: [3, 11, 2] as [number, number, number]
  }
  const ansible = {
    version: '2.14.18',
    package: 'ansible-core' as const,
    python: '/usr/bin/python3',
    requirements: undefined
  }

  /** A venv folder published in the tool cache as the installer publishes one, with no files. */
  const publishedVenv = () => {
    const versions = path.join(cache, 'ansible-core-python3.11', '2.14.18')
    const venv = path.join(versions, 'x64.abc')
    fs.mkdirSync(path.join(venv, 'bin'), { recursive: true })
    fs.symlinkSync(venv, path.join(versions, 'x64'))
    fs.writeFileSync(path.join(versions, 'x64.complete'), '')
    return venv
  }

  /** The venv's ansible-playbook, as pip writes it: started by the venv's python. */
  const script = (venv: string) =>
    fs.writeFileSync(
      path.join(venv, 'bin', 'ansible-playbook'),
      `#!${path.join(venv, 'bin', 'python')}\nimport sys\n`,
      { mode: 0o755 }
    )

  it('ignores a venv whose Python is gone (a runner image update removed it)', () => {
    const installer = new AnsibleInstaller(ansible, python, 'x64')
    const venv = publishedVenv()

    fs.symlinkSync('/usr/bin/python3', path.join(venv, 'bin', 'python'))
    script(venv)
    expect(installer.find()?.bin).toBe(path.join(venv, 'bin'))

    fs.rmSync(path.join(venv, 'bin', 'python'))
    fs.symlinkSync('/nonexistent/python3.11', path.join(venv, 'bin', 'python'))
    expect(installer.find()).toBeUndefined()
  })
})

describe('running a binary just written into the cache', () => {
  it('waits out ETXTBSY (a write handle still open elsewhere) instead of failing', async () => {
    const binary = path.join(cache, 'tool')
    fs.writeFileSync(binary, '#!/bin/sh\necho ran\n', { mode: 0o755 })
    const writer = fs.openSync(binary, 'r+')
    setTimeout(() => fs.closeSync(writer), 30)
    const result = await spawnProgram(binary, [])
    expect(result.stdout).toBe('ran\n')
  })

  it('still fails at once for a binary that is not there', async () => {
    await expect(spawnProgram(path.join(cache, 'missing'), [])).rejects.toThrow(/ENOENT/)
  })
})
