import { execFileSync, spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as http from 'node:http'
import * as path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { holdsRecorded, RECORD } from '../../src/install/galaxy-cache.js'
import { GALAXY_LIMITS, installGalaxyRequirements } from '../../src/install/galaxy.js'
import { closeServer, listenOnLoopback } from '../../testbed/loopback.js'
import { DEBIAN_ANSIBLE_CORE, DEBIAN_PYTHON, tempDir } from '../../testbed/fixtures.js'
import { startReleaseBed, type ReleaseBed } from '../../testbed/release-bed.js'
import { errors, runMain, type Job } from '../../testbed/runner.js'
import { hclTemplate } from '../../testbed/templates.js'

// The roles and collections of a requirements file whose every entry is pinned come from the
// runner's tool cache on a second run, as Packer and the venv do. Real ansible-galaxy and
// ansible-playbook (Debian's ansible-core), offline: a role tarball by file://, a collection
// built with `ansible-galaxy collection build`, a role from a local git repository.

const roots: string[] = []
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true })
})

let dir: string
let toolCache: string
/** Each ansible-galaxy call, one line. */
let calls: string
let bin: string

beforeEach(() => {
  // Each test starts from the runner's environment: none keeps a setting another one made.
  vi.unstubAllEnvs()
  dir = tempDir('galaxy-cache')
  roots.push(dir)
  toolCache = path.join(dir, 'tool-cache')
  fs.mkdirSync(toolCache)
  vi.stubEnv('RUNNER_TOOL_CACHE', toolCache)
  vi.stubEnv('ANSIBLE_GALAXY_CACHE_DIR', path.join(dir, 'galaxy-cache'))
  // The pinned Ansible's bin as the action sees it: its python, and an ansible-galaxy that
  // counts its runs before it runs the real one.
  bin = path.join(dir, 'bin')
  fs.mkdirSync(bin)
  fs.symlinkSync(DEBIAN_PYTHON, path.join(bin, 'python'))
  calls = path.join(dir, 'galaxy-calls')
  fs.writeFileSync(calls, '')
  fs.writeFileSync(
    path.join(bin, 'ansible-galaxy'),
    `#!/bin/sh\necho "$1" >> '${calls}'\nexec /usr/bin/ansible-galaxy "$@"\n`,
    { mode: 0o755 }
  )
})

const galaxyRuns = () => fs.readFileSync(calls, 'utf8').split('\n').filter(Boolean).length

/** A role `stamp` that writes `text`, shouted by the collection's filter, into `file`. */
function roleTarball(text: string): string {
  const src = path.join(dir, 'role-src', 'stamp')
  fs.rmSync(path.dirname(src), { recursive: true, force: true })
  fs.mkdirSync(path.join(src, 'tasks'), { recursive: true })
  fs.mkdirSync(path.join(src, 'meta'), { recursive: true })
  fs.writeFileSync(
    path.join(src, 'tasks', 'main.yml'),
    `- ansible.builtin.copy:\n    dest: "{{ stamp_file }}"\n    content: "{{ '${text}' | acme.tools.shout }}"\n`
  )
  fs.writeFileSync(
    path.join(src, 'meta', 'main.yml'),
    'galaxy_info:\n  author: t\n  description: t\n  license: MIT\n  min_ansible_version: "2.14"\n  platforms: []\ndependencies: []\n'
  )
  const tarball = path.join(dir, 'stamp.tar.gz')
  execFileSync('tar', ['czf', tarball, '-C', path.dirname(src), 'stamp'])
  return tarball
}

/** The collection `acme.tools` 1.0.0 with a filter `shout`, built as a tarball. */
function collectionTarball(): string {
  const collection = path.join(dir, 'coll-src', 'acme', 'tools')
  fs.mkdirSync(path.join(collection, 'plugins', 'filter'), { recursive: true })
  fs.writeFileSync(
    path.join(collection, 'galaxy.yml'),
    'namespace: acme\nname: tools\nversion: 1.0.0\nreadme: README.md\nauthors: [t]\n'
  )
  fs.writeFileSync(path.join(collection, 'README.md'), 'test\n')
  fs.writeFileSync(
    path.join(collection, 'plugins', 'filter', 'shout.py'),
    'class FilterModule:\n    def filters(self):\n        return {"shout": lambda s: s.upper()}\n'
  )
  execFileSync('ansible-galaxy', ['collection', 'build', '--force', '--output-path', dir], {
    cwd: collection,
    stdio: 'ignore'
  })
  return path.join(dir, 'acme-tools-1.0.0.tar.gz')
}

/** requirements.yml: the role `stamp`, `extraRoles`, and one collection (the tarball unless given). */
function requirementsFile(extraRoles = '', collection?: { name: string; type: string }): string {
  const file = path.join(dir, 'requirements.yml')
  const role = roleTarball('from the role')
  const { name, type } = collection ?? { name: collectionTarball(), type: 'file' }
  fs.writeFileSync(
    file,
    `roles:\n  - name: stamp\n    src: file://${role}\n${extraRoles}` +
      `collections:\n  - name: ${name}\n    type: ${type}\n`
  )
  return file
}

const CACHE = { ansible: { package: 'ansible-core', version: DEBIAN_ANSIBLE_CORE }, arch: 'x64' }

/** One job's install: its own temp folder, the shared tool cache; what it said. */
async function install(requirements: string) {
  const temp = fs.mkdtempSync(path.join(dir, 'job-'))
  const said: string[] = []
  const env = await installGalaxyRequirements(
    { bin },
    requirements,
    temp,
    line => said.push(line),
    GALAXY_LIMITS,
    CACHE
  )
  return { env, said }
}

/** Runs the role on localhost with the job's environment; what it wrote. */
function playbook(env: Record<string, string>): string {
  const site = path.join(dir, 'site.yml')
  const stamp = path.join(dir, `stamp-${Math.random().toString(36).slice(2)}`)
  fs.writeFileSync(site, '- hosts: all\n  gather_facts: false\n  roles:\n    - stamp\n')
  const run = spawnSync(
    'ansible-playbook',
    ['-i', 'localhost,', '-c', 'local', '-e', `stamp_file=${stamp}`, site],
    { encoding: 'utf8', env: { ...process.env, ...env } }
  )
  expect(run.stderr + run.stdout).toMatch(/ok=1/)
  return fs.readFileSync(stamp, 'utf8')
}

/** The published folders of the cache's ansible-galaxy entries. */
const published = () =>
  fs
    .readdirSync(toolCache)
    .filter(name => name.startsWith('ansible-galaxy-'))
    .map(name => path.join(toolCache, name, DEBIAN_ANSIBLE_CORE, 'x64'))
    .filter(link => fs.existsSync(`${link}.complete`))
    .map(link => fs.realpathSync(link))

describe('Galaxy requirements in the tool cache', () => {
  it('a second run takes every pinned role and collection from the tool cache: no ansible-galaxy, and the playbook gets both', async () => {
    const requirements = requirementsFile()
    const first = await install(requirements)
    expect(galaxyRuns()).toBe(2)
    expect(first.said[1]).toMatch(/^Kept them in the tool cache for the next run/)
    expect(playbook(first.env)).toBe('FROM THE ROLE')

    const second = await install(requirements)
    expect(galaxyRuns()).toBe(2)
    expect(second.said).toEqual([
      expect.stringMatching(/^The requirements of .*requirements\.yml: found in the tool cache/)
    ])
    expect(playbook(second.env)).toBe('FROM THE ROLE')
    // Each job ran from its own copy: the playbook's Python wrote its __pycache__ there, never
    // into the cache, which still holds exactly what ansible-galaxy installed.
    expect(second.env['ANSIBLE_COLLECTIONS_PATH']).not.toContain(toolCache)
    const [folder] = published() as [string]
    expect(published()).toHaveLength(1)
    const record = JSON.parse(fs.readFileSync(path.join(folder, RECORD), 'utf8')) as { key: string }
    expect(holdsRecorded(folder, record.key)).toBe(true)
    expect(spawnSync('find', [folder, '-name', '__pycache__']).stdout.toString()).toBe('')
  })

  it('a changed local tarball, or a changed requirements file, installs anew', async () => {
    const requirements = requirementsFile()
    await install(requirements)
    expect(galaxyRuns()).toBe(2)

    // The same file name, another role inside.
    const text = fs.readFileSync(requirements, 'utf8')
    roleTarball('changed role')
    const changed = await install(requirements)
    expect(galaxyRuns()).toBe(4)
    expect(playbook(changed.env)).toBe('CHANGED ROLE')

    fs.writeFileSync(requirements, `${text}# one more line\n`)
    roleTarball('from the role')
    await install(requirements)
    expect(galaxyRuns()).toBe(6)
    expect(published()).toHaveLength(3)

    // Another Galaxy server is other requirements (a dependency would come from there).
    vi.stubEnv('ANSIBLE_GALAXY_SERVER', 'http://127.0.0.1:9/')
    await install(requirements)
    expect(galaxyRuns()).toBe(8)
    expect(published()).toHaveLength(4)
  })

  it('the install of requirements no job has used for longer than a job runs is removed; one in use is kept', async () => {
    const tools = () => fs.readdirSync(toolCache).filter(n => n.startsWith('ansible-galaxy-'))
    /** Everything of the cache's Galaxy installs, as if last touched `days` ago. */
    const age = (days: number) => {
      const then = new Date(Date.now() - days * 24 * 60 * 60 * 1000)
      const walk = (file: string) => {
        if (fs.lstatSync(file).isDirectory())
          for (const name of fs.readdirSync(file)) walk(path.join(file, name))
        fs.lutimesSync(file, then, then)
      }
      for (const tool of tools()) walk(path.join(toolCache, tool))
    }
    const requirements = requirementsFile()
    const text = fs.readFileSync(requirements, 'utf8')
    await install(requirements)
    const [old] = tools()
    // The requirements change: the older install is another key's, which no job asks for.
    fs.writeFileSync(requirements, `${text}# changed\n`)
    await install(requirements)
    expect(tools()).toHaveLength(2)
    age(7)
    const again = await install(requirements)
    expect(again.said[0]).toMatch(/found in the tool cache/)
    expect(tools()).toHaveLength(1)
    expect(tools()).not.toContain(old)

    // Used by a job a day ago, an install of another key stays for the jobs that still ask for it.
    fs.writeFileSync(requirements, text)
    await install(requirements)
    age(1)
    fs.writeFileSync(requirements, `${text}# changed\n`)
    expect((await install(requirements)).said[0]).toMatch(/found in the tool cache/)
    expect(tools()).toHaveLength(2)
    expect(galaxyRuns()).toBe(6)
  })

  it('an ansible.cfg named by ANSIBLE_CONFIG with `~` or `$HOME`, which ansible expands, is one of the settings', async () => {
    const home = path.join(dir, 'home')
    fs.mkdirSync(home)
    vi.stubEnv('HOME', home)
    const config = path.join(home, 'galaxy.cfg')
    const server = (url: string) => fs.writeFileSync(config, `[galaxy]\nserver = ${url}\n`)
    const requirements = requirementsFile()
    let runs = 0
    for (const named of ['~/galaxy.cfg', '$HOME/galaxy.cfg']) {
      vi.stubEnv('ANSIBLE_CONFIG', named)
      server('http://127.0.0.1:9/one/')
      await install(requirements)
      expect(galaxyRuns()).toBe((runs += 2))
      // Another server in the file ansible reads: a dependency would come from there.
      server('http://127.0.0.1:9/two/')
      const dump = spawnSync('ansible-config', ['dump', '--only-changed'], { encoding: 'utf8' })
      expect(dump.stdout).toContain('http://127.0.0.1:9/two/')
      await install(requirements)
      expect(galaxyRuns()).toBe((runs += 2))
    }
  })

  it("in a world-writable working folder, whose ansible.cfg ansible skips, the user's ansible.cfg is one of the settings", async () => {
    const home = path.join(dir, 'home')
    fs.mkdirSync(home)
    vi.stubEnv('HOME', home)
    const server = (url: string) =>
      fs.writeFileSync(path.join(home, '.ansible.cfg'), `[galaxy]\nserver = ${url}\n`)
    const shared = path.join(dir, 'shared-workspace')
    fs.mkdirSync(shared)
    fs.chmodSync(shared, 0o777)
    fs.writeFileSync(
      path.join(shared, 'ansible.cfg'),
      '[galaxy]\nserver = http://127.0.0.1:9/cwd/\n'
    )
    const requirements = requirementsFile()
    const cwd = process.cwd()
    process.chdir(shared)
    try {
      server('http://127.0.0.1:9/one/')
      await install(requirements)
      expect(galaxyRuns()).toBe(2)
      // Another server in the file ansible reads: a dependency would come from there.
      server('http://127.0.0.1:9/two/')
      const dump = spawnSync('ansible-config', ['dump', '--only-changed'], { encoding: 'utf8' })
      expect(dump.stdout).toContain('http://127.0.0.1:9/two/')
      await install(requirements)
      expect(galaxyRuns()).toBe(4)
    } finally {
      process.chdir(cwd)
    }
  })

  it("git's settings that send a git source to another repository (`url.<base>.insteadOf`) are settings of the install", async () => {
    // Two repositories of the role `stamp`, each with its own tag v1.0.0.
    const repo = (name: string) => {
      const folder = path.join(dir, name)
      fs.mkdirSync(path.join(folder, 'tasks'), { recursive: true })
      fs.mkdirSync(path.join(folder, 'meta'))
      fs.writeFileSync(
        path.join(folder, 'tasks', 'main.yml'),
        `- ansible.builtin.copy:\n    dest: "{{ stamp_file }}"\n    content: "{{ 'from ${name}' | acme.tools.shout }}"\n`
      )
      fs.writeFileSync(
        path.join(folder, 'meta', 'main.yml'),
        'galaxy_info: {author: t}\ndependencies: []\n'
      )
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
          cwd: folder,
          stdio: 'ignore'
        })
      git('init', '-q')
      git('add', '.')
      git('commit', '-q', '-m', 'one')
      git('tag', 'v1.0.0')
      return folder
    }
    const [origin, mirror] = [repo('origin'), repo('mirror')]
    const requirements = path.join(dir, 'requirements.yml')
    fs.writeFileSync(
      requirements,
      `roles:\n  - name: stamp\n    src: git+file://${origin}\n    version: v1.0.0\n` +
        `collections:\n  - name: ${collectionTarball()}\n    type: file\n`
    )
    const home = path.join(dir, 'home')
    fs.mkdirSync(home)
    vi.stubEnv('HOME', home)
    const first = await install(requirements)
    expect(first.said[1]).toMatch(/^Kept them in the tool cache for the next run/)
    expect(playbook(first.env)).toBe('FROM ORIGIN')

    // The runner's git, set up to fetch from a mirror: in the user's git config, or the environment.
    const insteadOf = `[url "file://${mirror}"]\n\tinsteadOf = file://${origin}\n`
    fs.writeFileSync(path.join(home, '.gitconfig'), insteadOf)
    const second = await install(requirements)
    expect(galaxyRuns()).toBe(4)
    expect(playbook(second.env)).toBe('FROM MIRROR')

    fs.rmSync(path.join(home, '.gitconfig'))
    vi.stubEnv('GIT_CONFIG_COUNT', '1')
    vi.stubEnv('GIT_CONFIG_KEY_0', `url.file://${mirror}.insteadOf`)
    vi.stubEnv('GIT_CONFIG_VALUE_0', `file://${origin}`)
    const third = await install(requirements)
    expect(galaxyRuns()).toBe(6)
    expect(playbook(third.env)).toBe('FROM MIRROR')
  })

  /** A role's folder, to be a git repository (`git`, run in it, makes it one). */
  function roleRepository() {
    const repo = path.join(dir, 'repo')
    fs.mkdirSync(path.join(repo, 'tasks'), { recursive: true })
    fs.mkdirSync(path.join(repo, 'meta'))
    fs.writeFileSync(
      path.join(repo, 'meta', 'main.yml'),
      'galaxy_info: {author: t}\ndependencies: []\n'
    )
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
        cwd: repo,
        stdio: 'ignore'
      })
    return { repo, git }
  }

  it('a git source at a version tag that was moved to another commit installs anew', async () => {
    // A role in a git repository, released as v1.0.0; the tag is then moved (`git tag -f`).
    const { repo, git } = roleRepository()
    const release = (text: string) => {
      fs.writeFileSync(
        path.join(repo, 'tasks', 'main.yml'),
        `- ansible.builtin.copy:\n    dest: "{{ stamp_file }}"\n    content: "{{ '${text}' | acme.tools.shout }}"\n`
      )
      git('add', '.')
      git('commit', '-q', '-m', text)
      git('tag', '-f', 'v1.0.0')
    }
    git('init', '-q')
    release('first')
    const requirements = path.join(dir, 'requirements.yml')
    fs.writeFileSync(
      requirements,
      `roles:\n  - name: stamp\n    src: git+file://${repo}\n    version: v1.0.0\n` +
        `collections:\n  - name: ${collectionTarball()}\n    type: file\n`
    )
    const first = await install(requirements)
    expect(first.said[1]).toMatch(/^Kept them in the tool cache for the next run/)
    expect(playbook(first.env)).toBe('FIRST')
    expect((await install(requirements)).said[0]).toMatch(/found in the tool cache/)
    expect(galaxyRuns()).toBe(2)

    release('moved')
    const moved = await install(requirements)
    expect(galaxyRuns()).toBe(4)
    expect(playbook(moved.env)).toBe('MOVED')
  })

  it('a git source whose version names a branch, not a tag, is installed on every run', async () => {
    const { repo, git } = roleRepository()
    fs.writeFileSync(path.join(repo, 'tasks', 'main.yml'), '- ansible.builtin.debug: msg=hi\n')
    git('init', '-q')
    git('add', '.')
    git('commit', '-q', '-m', 'one')
    // A maintenance branch named like a version: it moves with every fix.
    git('branch', '2.0')
    const requirements = requirementsFile(
      `  - name: branch\n    src: git+file://${repo}\n    version: '2.0'\n`
    )
    for (const run of [1, 2]) {
      const { said } = await install(requirements)
      expect(galaxyRuns()).toBe(2 * run)
      expect(said[0]).toBe(
        `Not pinned, so installed on every run: branch (file://${repo}) (a git ref that is a branch). ` +
          "Pin every entry (an exact version, or a local file) and the runner's tool cache keeps them for the next run."
      )
    }
    expect(published()).toEqual([])
  })

  it("a collection folder's file linked from outside it is its content: changed there, it installs anew", async () => {
    // ansible-galaxy copies a folder's collection file by file, following a link to a file
    // outside it (a plugin shared by several collections): the install holds that file's content.
    const shared = path.join(dir, 'shared', 'shout.py')
    const shout = (expression: string) =>
      fs.writeFileSync(
        shared,
        `class FilterModule:\n    def filters(self):\n        return {"shout": lambda s: ${expression}}\n`
      )
    fs.mkdirSync(path.dirname(shared))
    shout('s.upper()')
    collectionTarball()
    const collection = path.join(dir, 'coll-src', 'acme', 'tools')
    const filter = path.join(collection, 'plugins', 'filter', 'shout.py')
    fs.rmSync(filter)
    fs.symlinkSync(path.relative(path.dirname(filter), shared), filter)
    const requirements = requirementsFile('', { name: collection, type: 'dir' })
    const first = await install(requirements)
    expect(first.said[1]).toMatch(/^Kept them in the tool cache for the next run/)
    expect(playbook(first.env)).toBe('FROM THE ROLE')

    shout('s.upper() + "!"')
    const second = await install(requirements)
    expect(galaxyRuns()).toBe(4)
    expect(playbook(second.env)).toBe('FROM THE ROLE!')
  })

  it('a namespace folder (`type: subdirs`) whose collection is a link to a folder elsewhere: changed there, it installs anew', async () => {
    // ansible-galaxy finds the namespace's collections through links and installs what they hold.
    collectionTarball()
    const namespace = path.join(dir, 'namespace', 'acme')
    fs.mkdirSync(namespace, { recursive: true })
    fs.symlinkSync(path.join(dir, 'coll-src', 'acme', 'tools'), path.join(namespace, 'tools'))
    const requirements = requirementsFile('', { name: namespace, type: 'subdirs' })
    const first = await install(requirements)
    expect(first.said[1]).toMatch(/^Kept them in the tool cache for the next run/)
    expect(playbook(first.env)).toBe('FROM THE ROLE')

    fs.writeFileSync(
      path.join(dir, 'coll-src', 'acme', 'tools', 'plugins', 'filter', 'shout.py'),
      'class FilterModule:\n    def filters(self):\n        return {"shout": lambda s: s.upper() + "!"}\n'
    )
    const second = await install(requirements)
    expect(galaxyRuns()).toBe(4)
    expect(playbook(second.env)).toBe('FROM THE ROLE!')
  })

  it('a namespace folder (`type: subdirs`) of several collections comes from the tool cache on a second run', async () => {
    // Two collections of one namespace folder, both pinned by the folder's content.
    collectionTarball()
    const namespace = path.join(dir, 'coll-src', 'acme')
    fs.cpSync(path.join(namespace, 'tools'), path.join(namespace, 'more'), { recursive: true })
    const galaxy = path.join(namespace, 'more', 'galaxy.yml')
    fs.writeFileSync(galaxy, fs.readFileSync(galaxy, 'utf8').replace('name: tools', 'name: more'))
    const requirements = requirementsFile('', { name: namespace, type: 'subdirs' })
    const first = await install(requirements)
    expect(first.said[1]).toMatch(/^Kept them in the tool cache for the next run/)
    const second = await install(requirements)
    expect(galaxyRuns()).toBe(2)
    expect(playbook(second.env)).toBe('FROM THE ROLE')
  })

  it('an entry that is not pinned is installed on every run, and the log says which and how to pin it', async () => {
    // A role from a git repository on this machine, without a version: its branch moves.
    const repo = path.join(dir, 'repo')
    fs.mkdirSync(repo)
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
        cwd: repo,
        stdio: 'ignore'
      })
    git('init', '-q')
    fs.mkdirSync(path.join(repo, 'tasks'))
    fs.writeFileSync(path.join(repo, 'tasks', 'main.yml'), '- ansible.builtin.debug: msg=hi\n')
    fs.mkdirSync(path.join(repo, 'meta'))
    fs.writeFileSync(
      path.join(repo, 'meta', 'main.yml'),
      'galaxy_info: {author: t}\ndependencies: []\n'
    )
    git('add', '.')
    git('commit', '-q', '-m', 'one')
    const requirements = requirementsFile(`  - name: moving\n    src: git+file://${repo}\n`)
    for (const run of [1, 2]) {
      const { env, said } = await install(requirements)
      expect(galaxyRuns()).toBe(2 * run)
      expect(said[0]).toBe(
        `Not pinned, so installed on every run: moving (file://${repo}) (a git ref that is no commit or version tag). ` +
          "Pin every entry (an exact version, or a local file) and the runner's tool cache keeps them for the next run."
      )
      expect(said[1]).toMatch(/^Installed the requirements of .* into .*\/job-/)
      expect(said).toHaveLength(2)
      expect(playbook(env)).toBe('FROM THE ROLE')
    }
    expect(published()).toEqual([])
  })

  it("a role's dependency that ansible-galaxy installs on its own keeps the requirements from the cache", async () => {
    // `stamp` depends on a role `dep` from a tarball the requirements file does not name: its
    // content is in no key, so a cached install could be stale.
    const dep = path.join(dir, 'dep-src', 'dep')
    fs.mkdirSync(path.join(dep, 'meta'), { recursive: true })
    fs.writeFileSync(
      path.join(dep, 'meta', 'main.yml'),
      'galaxy_info: {author: t}\ndependencies: []\n'
    )
    execFileSync('tar', ['czf', path.join(dir, 'dep.tar.gz'), '-C', path.dirname(dep), 'dep'])
    const requirements = requirementsFile()
    const meta = path.join(dir, 'role-src', 'stamp', 'meta', 'main.yml')
    fs.appendFileSync(meta, `  - src: file://${dir}/dep.tar.gz\n    name: dep\n`)
    fs.writeFileSync(
      meta,
      fs.readFileSync(meta, 'utf8').replace('dependencies: []\n', 'dependencies:\n')
    )
    execFileSync('tar', [
      'czf',
      path.join(dir, 'stamp.tar.gz'),
      '-C',
      path.join(dir, 'role-src'),
      'stamp'
    ])
    for (const run of [1, 2]) {
      const { env, said } = await install(requirements)
      expect(galaxyRuns()).toBe(2 * run)
      expect(said[1]).toBe(
        'Installed as dependencies, at versions ansible-galaxy chose, so installed on every run: dep. ' +
          "Pin them in the requirements file (an exact version) and the runner's tool cache keeps them for the next run."
      )
      expect(playbook(env)).toBe('FROM THE ROLE')
    }
    expect(published()).toEqual([])
  })
})

describe('Galaxy requirements in a tool cache shared by jobs', () => {
  /** The published folder of the one entry, and the record its job wrote. */
  const entry = () => {
    const [folder] = published() as [string]
    return {
      folder,
      filter: path.join(folder, 'collections/ansible_collections/acme/tools/plugins/filter')
    }
  }

  it('a folder another job changed is not trusted: this job installs anew and runs what it installed', async () => {
    const requirements = requirementsFile()
    await install(requirements)
    const changes: [string, (folder: string, filter: string) => void][] = [
      // A job's code wrote into the shared collection: the filter now says something else.
      [
        'a plugin rewritten',
        (_, filter) =>
          fs.writeFileSync(
            path.join(filter, 'shout.py'),
            'class FilterModule:\n    def filters(self):\n        return {"shout": lambda s: "forged"}\n'
          )
      ],
      // Python's byte code beside a plugin, as ansible-playbook writes it when it loads one.
      [
        'a __pycache__ written',
        (_, filter) => {
          fs.mkdirSync(path.join(filter, '__pycache__'))
          fs.writeFileSync(path.join(filter, '__pycache__', 'shout.cpython-311.pyc'), 'x')
        }
      ],
      // A role added beside the installed ones.
      [
        'a role added',
        folder => fs.mkdirSync(path.join(folder, 'roles', 'extra', 'tasks'), { recursive: true })
      ],
      // A record that names other requirements (another entry's folder, or its record copied).
      [
        'a record of another key',
        folder => {
          const file = path.join(folder, RECORD)
          const record = JSON.parse(fs.readFileSync(file, 'utf8')) as { key: string }
          fs.writeFileSync(file, JSON.stringify({ ...record, key: '0'.repeat(64) }))
        }
      ],
      // A folder without its record (an install killed before it wrote it, or another layout).
      ['no record', folder => fs.rmSync(path.join(folder, RECORD))]
    ]
    let runs = galaxyRuns()
    for (const [what, change] of changes) {
      const before = entry()
      change(before.folder, before.filter)
      const again = await install(requirements)
      expect({ what, runs: galaxyRuns() }).toEqual({ what, runs: runs + 2 })
      runs = galaxyRuns()
      expect(again.said.join('\n')).toMatch(/Kept them in the tool cache/)
      expect(playbook(again.env)).toBe('FROM THE ROLE')
      // The changed folder is left for any job still running from it; a new one is published.
      expect(entry().folder).not.toBe(before.folder)
      expect(fs.existsSync(before.folder)).toBe(true)
      // And the next job takes the new one.
      expect((await install(requirements)).said[0]).toMatch(/found in the tool cache/)
      expect(galaxyRuns()).toBe(runs)
    }
  })

  it("a killed install's half-written folder is never used", async () => {
    const requirements = requirementsFile()
    await install(requirements)
    const { folder } = entry()
    const link = path.join(path.dirname(folder), 'x64')
    // A killed job's folder linked without its marker: the entry is not complete.
    fs.rmSync(`${link}.complete`)
    fs.rmSync(path.join(folder, 'roles'), { recursive: true })
    const again = await install(requirements)
    expect(galaxyRuns()).toBe(4)
    expect(playbook(again.env)).toBe('FROM THE ROLE')
    expect(entry().folder).not.toBe(folder)
  })
})

describe('through the action: two jobs on one runner', () => {
  let bed: ReleaseBed
  beforeAll(async () => {
    bed = await startReleaseBed()
  })
  afterAll(async () => {
    await bed?.close()
  })

  /** A job of the bed's runner: its own temp and workspace, the bed's tool cache. */
  function otherJob(): Job {
    const root = fs.mkdtempSync(path.join(path.dirname(bed.job.toolCache), 'job-'))
    const job = { ...bed.job, temp: path.join(root, 'temp'), workspace: path.join(root, 'ws') }
    for (const folder of [job.temp, job.workspace]) fs.mkdirSync(folder)
    return job
  }

  /** The requirements, playbook and template of a release, in `job`'s workspace. */
  function workspace(job: Job, requirements: string) {
    const write = (name: string, content: string) => {
      fs.mkdirSync(path.join(job.workspace, 'galaxy'), { recursive: true })
      fs.writeFileSync(path.join(job.workspace, 'galaxy', name), content)
      return path.join(job.workspace, 'galaxy', name)
    }
    write('requirements.yml', requirements)
    const site = write('site.yml', '- hosts: all\n  gather_facts: false\n  roles:\n    - stamp\n')
    write(
      'app.pkr.hcl',
      hclTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'ssh', sshd: bed.sshd },
        builds: [{ name: 'galaxy', playbook: site }]
      })
    )
  }

  it("ansible-galaxy reads the working directory's ansible.cfg, as the playbook does: its Galaxy server, never galaxy.ansible.com", async () => {
    // The Galaxy server the project set beside its template and playbook (a private one).
    const asked: string[] = []
    const galaxy = http.createServer((req, res) => {
      asked.push(req.url ?? '')
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"detail": "Not found."}')
    })
    const url = await listenOnLoopback(galaxy)
    try {
      const job = otherJob()
      workspace(job, 'collections:\n  - name: acme.tools\n    version: 1.0.0\n')
      fs.writeFileSync(
        path.join(job.workspace, 'galaxy', 'ansible.cfg'),
        `[galaxy]\nserver = ${url}/\n`
      )
      const inputs = bed.inputs({
        'working-directory': 'galaxy',
        template: 'app.pkr.hcl',
        'ansible-requirements': 'requirements.yml'
      })
      const before = bed.tripwire.attempts.length
      const result = await runMain(job, { inputs, env: bed.env('refs/tags/release-9.9.1') })
      // The server has no such collection: the install fails, having asked it, and only it.
      expect(errors(result).join('\n')).toMatch(/ansible-galaxy collection install/)
      expect(asked.length).toBeGreaterThan(0)
      expect(bed.tripwire.attempts.slice(before)).toEqual([])
    } finally {
      await closeServer(galaxy)
    }
  })

  it("the playbook finds the roles of ansible-requirements and those of its ansible.cfg's roles_path", async () => {
    const job = otherJob()
    const galaxy = path.join(job.workspace, 'galaxy')
    /** A role `name` in `parent` with one task, that says its name. */
    const role = (parent: string, name: string) => {
      fs.mkdirSync(path.join(parent, name, 'tasks'), { recursive: true })
      fs.writeFileSync(
        path.join(parent, name, 'tasks', 'main.yml'),
        `- ansible.builtin.debug:\n    msg: role ${name} ran\n`
      )
      fs.mkdirSync(path.join(parent, name, 'meta'))
      fs.writeFileSync(
        path.join(parent, name, 'meta', 'main.yml'),
        'galaxy_info: {author: t}\ndependencies: []\n'
      )
      return path.join(parent, name)
    }
    // The project's own role, where its ansible.cfg (beside the template) says roles are.
    role(path.join(galaxy, 'shared-roles'), 'base')
    fs.writeFileSync(path.join(galaxy, 'ansible.cfg'), '[defaults]\nroles_path = shared-roles\n')
    // A role of the requirements, from a tarball.
    const src = fs.mkdtempSync(path.join(job.temp, 'role-'))
    role(src, 'pinned')
    execFileSync('tar', ['czf', path.join(src, 'pinned.tar.gz'), '-C', src, 'pinned'])
    fs.writeFileSync(
      path.join(galaxy, 'requirements.yml'),
      `roles:\n  - name: pinned\n    src: file://${src}/pinned.tar.gz\n`
    )
    const site = path.join(galaxy, 'site.yml')
    fs.writeFileSync(
      site,
      '- hosts: all\n  gather_facts: false\n  roles:\n    - pinned\n    - base\n'
    )
    fs.writeFileSync(
      path.join(galaxy, 'app.pkr.hcl'),
      hclTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'ssh', sshd: bed.sshd },
        builds: [{ name: 'galaxy', playbook: site }]
      })
    )
    const inputs = bed.inputs({
      'working-directory': 'galaxy',
      template: 'app.pkr.hcl',
      'ansible-requirements': 'requirements.yml'
    })
    const result = await runMain(job, { inputs, env: bed.env('refs/tags/release-9.9.2') })
    expect(errors(result)).toEqual([])
    expect(result.stdout).toContain('role pinned ran')
    expect(result.stdout).toContain('role base ran')
  })

  it('the second job takes the roles and collections from the tool cache: no ansible-galaxy, and its playbook gets both', async () => {
    dir = fs.mkdtempSync(path.join(path.dirname(bed.job.toolCache), 'galaxy-src-'))
    const stamp = path.join(bed.sshd.home, `galaxy-stamp-${process.pid}`)
    const tarball = roleTarball('from the role')
    // The role of the bed's target writes a fixed file.
    execFileSync('sh', [
      '-c',
      `sed -i 's|{{ stamp_file }}|${stamp}|' ${dir}/role-src/stamp/tasks/main.yml`
    ])
    execFileSync('tar', ['czf', tarball, '-C', path.join(dir, 'role-src'), 'stamp'])
    const requirements =
      `roles:\n  - name: stamp\n    src: file://${tarball}\n` +
      `collections:\n  - name: ${collectionTarball()}\n    type: file\n`
    const inputs = bed.inputs({
      'working-directory': 'galaxy',
      template: 'app.pkr.hcl',
      'ansible-requirements': 'requirements.yml'
    })
    const release = async (job: Job, tag: string) => {
      workspace(job, requirements)
      fs.rmSync(stamp, { force: true })
      const result = await runMain(job, { inputs, env: bed.env(`refs/tags/${tag}`) })
      expect(errors(result)).toEqual([])
      expect(fs.readFileSync(stamp, 'utf8')).toBe('FROM THE ROLE')
      return result
    }
    const first = await release(bed.job, 'release-0.1.0')
    expect(first.stdout).toMatch(/Kept them in the tool cache for the next run/)

    // The venv's ansible-galaxy, from now on, leaves a mark when it runs.
    const venvBin = path.join(
      fs.realpathSync(
        path.join(bed.job.toolCache, 'ansible-core-python3.11', DEBIAN_ANSIBLE_CORE, 'x64')
      ),
      'bin'
    )
    const galaxy = path.join(venvBin, 'ansible-galaxy')
    const ran = path.join(dir, 'galaxy-ran')
    fs.renameSync(galaxy, `${galaxy}.real`)
    fs.writeFileSync(galaxy, `#!/bin/sh\ntouch '${ran}'\nexec '${galaxy}.real' "$@"\n`, {
      mode: 0o755
    })
    try {
      const second = await release(otherJob(), 'release-0.2.0')
      expect(second.stdout).toMatch(
        /The requirements of .*requirements\.yml: found in the tool cache/
      )
      expect(second.stdout).not.toMatch(/Starting galaxy/)
      expect(fs.existsSync(ran)).toBe(false)
    } finally {
      fs.renameSync(`${galaxy}.real`, galaxy)
    }
  })
})
