import * as fs from 'node:fs'
import * as path from 'node:path'
import { errorMessage } from '../errors.js'
import { childEnv, probeProgram, runProgram, type Bounds } from '../exec/program.js'
import {
  galaxySettings,
  holdsRecorded,
  isCollection,
  sha256,
  sourceDigest,
  statIs,
  writeRecord
} from './galaxy-cache.js'
import {
  allPins,
  describeUnpinned,
  requirementPins,
  unpinnedDependencies,
  type Requirements
} from './galaxy-requirements.js'
import { ABANDONED_AFTER_MS, ToolCacheEntry } from './tool-cache.js'

/**
 * ansible-galaxy waits on Galaxy (or a git host): `--timeout` bounds each request to the
 * server, the bounds stop one that answers and then trickles, which no request timeout catches.
 */
export const GALAXY_LIMITS = { serverTimeoutS: 60, bounds: { totalMs: 600_000, stallMs: 300_000 } }

/** What keys the cached install besides the requirements: the Ansible that installs them. */
export interface GalaxyCache {
  /** `ansible-core 2.14.18`, or the community package and its version. */
  ansible: { package: string; version: string }
  arch: string
}

type Limits = { serverTimeoutS: number; bounds: Bounds }

/**
 * Runs ansible-galaxy for roles, then collections, into `root`'s `roles` and `collections`, in
 * `cwd`: where Packer runs the playbook, whose ansible.cfg (the Galaxy server) both read.
 */
async function runGalaxy(
  bin: string,
  requirements: string,
  root: string,
  limits: Limits,
  cwd: string
) {
  const galaxy = path.join(bin, 'ansible-galaxy')
  // One `install -r` with a path installs roles only, so each kind gets its own call.
  for (const kind of ['role', 'collection']) {
    const args = [kind, 'install', '-r', requirements, '-p', path.join(root, `${kind}s`)]
    await runProgram(galaxy, [...args, '--timeout', String(limits.serverTimeoutS)], {
      echo: true,
      cwd,
      bounds: limits.bounds,
      label: `ansible-galaxy ${kind} install`
    })
  }
}

/** The requirements file as ansible-galaxy reads it (PyYAML's safe loader), as JSON. */
const READ_YAML = [
  'import json, sys, yaml',
  'Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)',
  'print(json.dumps(yaml.load(open(sys.argv[1], "rb"), Loader=Loader), default=str))'
].join('\n')

/** How many collections a local folder holds: itself, or each of a namespace folder's. */
function collections(folder: string): number {
  if (isCollection(folder)) return 1
  try {
    // As ansible-galaxy globs them: names that do not start with a dot.
    return fs
      .readdirSync(folder)
      .filter(name => !name.startsWith('.') && isCollection(path.join(folder, name))).length
  } catch {
    return 0
  }
}

/**
 * What each git source's version tag names in its repository now (`git ls-remote`, through the
 * runner's git settings, as ansible-galaxy clones it), for the key: a tag moved to another
 * commit is other requirements. A ref that the repository has as a branch, or not as a tag, is
 * no pin, and its entry says so; undefined when a repository cannot be asked (ansible-galaxy
 * says why).
 */
async function tagCommits(entries: Requirements): Promise<string[] | undefined> {
  const lines: string[] = []
  for (const entry of allPins(entries)) {
    const { pin } = entry
    if (pin.kind !== 'git-tag') continue
    const [tag, branch] = [`refs/tags/${pin.tag}`, `refs/heads/${pin.tag}`]
    let listed: string
    try {
      const args = ['ls-remote', '--', pin.repository, tag, branch]
      const env = childEnv({ GIT_TERMINAL_PROMPT: '0' })
      const label = `git ls-remote ${pin.repository}`
      listed = (await runProgram('git', args, { env, bounds: GIT_BOUNDS, label })).stdout
    } catch {
      return undefined
    }
    const refs = listed.split('\n').map(line => line.split('\t'))
    const named = refs.filter(([, ref]) => ref === tag || ref === `${tag}^{}`)
    const why = refs.some(([, ref]) => ref === branch)
      ? 'a git ref that is a branch'
      : named.length === 0 && 'a git ref that is no tag of its repository'
    if (why) entry.pin = { kind: 'unpinned', why }
    else
      lines.push(`git ${JSON.stringify(pin.repository)} ${tag} ${named.map(([c]) => c).join(' ')}`)
  }
  return lines
}

/** `git ls-remote` asks one repository for two refs: quick, or the repository is not there. */
const GIT_BOUNDS = { totalMs: 60_000, stallMs: 60_000 }

/** The requirements' key in the tool cache, their entries, and the cache's entry for the key. */
type Pinned = { key: string; entries: Requirements; entry: ToolCacheEntry }

/**
 * The tool cache's key for these requirements when every entry is pinned (by an exact version,
 * or a local source by its content), and the entries; otherwise undefined, and which entries
 * are not pinned is said.
 */
async function cacheKey(
  bin: string,
  requirements: string,
  cache: GalaxyCache,
  log: (line: string) => void,
  cwd: string
): Promise<Pinned | undefined> {
  let parsed: unknown
  try {
    const bounds = { totalMs: 30_000, stallMs: 30_000 }
    const args = ['-c', READ_YAML, requirements]
    const read = await runProgram(path.join(bin, 'python'), args, { bounds, label: 'read' })
    parsed = JSON.parse(read.stdout)
  } catch {
    return undefined // ansible-galaxy says what it cannot read.
  }
  // ansible-galaxy finds a relative source from where it runs.
  const local = (file: string) => path.resolve(cwd, file)
  const probe = {
    isFile: (file: string) => statIs('isFile')(local(file)),
    isDir: (file: string) => statIs('isDirectory')(local(file)),
    collections: (folder: string) => collections(local(folder))
  }
  const entries = requirementPins(parsed, probe)
  if (!entries) return undefined
  const tags = await tagCommits(entries)
  const loose = describeUnpinned(allPins(entries))
  if (loose || !tags) {
    if (loose) log(loose)
    return undefined
  }
  const key = [
    'galaxy-install 1',
    `${cache.ansible.package} ${cache.ansible.version}`,
    `requirements ${sha256(fs.readFileSync(requirements))}`,
    ...galaxySettings(process.env, cwd),
    ...tags
  ]
  for (const { pin } of allPins(entries)) {
    if (pin.kind !== 'content') continue
    const source = local(pin.path)
    try {
      key.push(`source ${JSON.stringify(source)} ${sourceDigest(source)}`)
    } catch {
      return undefined // Not there: ansible-galaxy says so.
    }
  }
  const digest = sha256(key.join('\n'))
  const tool = `ansible-galaxy-${digest.slice(0, 32)}`
  const entry = new ToolCacheEntry(tool, cache.ansible.version, cache.arch, {
    usable: folder => holdsRecorded(folder, digest)
  })
  return { key: digest, entries, entry }
}

/** A copy of the published install for this job alone, checked to be what was recorded. */
function copyForJob(published: string, key: string, temp: string): string | undefined {
  const root = fs.mkdtempSync(path.join(temp, 'ansible-galaxy-'))
  try {
    fs.cpSync(published, root, { recursive: true, verbatimSymlinks: true, force: true })
    if (holdsRecorded(root, key)) return root
  } catch {
    // Changed while it was copied (a FIFO put there cannot be): installed anew.
  }
  fs.rmSync(root, { recursive: true, force: true })
  return undefined
}

/** The roles and collections (`ns.name`) ansible-galaxy installed into `root`. */
function installedIn(root: string) {
  const dirs = (folder: string) =>
    fs.existsSync(folder)
      ? fs.readdirSync(folder, { withFileTypes: true }).filter(e => e.isDirectory())
      : []
  const namespaces = path.join(root, 'collections', 'ansible_collections')
  return {
    roles: dirs(path.join(root, 'roles')).map(e => e.name),
    collections: dirs(namespaces).flatMap(ns =>
      dirs(path.join(namespaces, ns.name)).map(c => `${ns.name}.${c.name}`)
    )
  }
}

/**
 * The newest time anything of a cache tool's (its versions, links, markers, folders) changed,
 * or undefined when any of them is another user's.
 */
function lastChangedOwn(tool: string): number | undefined {
  const uid = process.getuid?.()
  let newest = 0
  const see = (file: string) => {
    const stat = fs.lstatSync(file)
    newest = Math.max(newest, stat.mtimeMs)
    return uid === undefined || stat.uid === uid
  }
  if (!see(tool)) return undefined
  for (const version of fs.readdirSync(tool)) {
    const folder = path.join(tool, version)
    if (!see(folder)) return undefined
    if (fs.lstatSync(folder).isDirectory())
      for (const name of fs.readdirSync(folder)) if (!see(path.join(folder, name))) return undefined
  }
  return newest
}

/**
 * Requirements that change make new keys, each its own tool in the cache: an install of another
 * key that no job has used (a job touches the marker of the one it uses) for longer than a job
 * runs is removed. Jobs run from copies of their own, so a removal while one copies it only
 * makes that job install anew. Another user's is left whole, whatever its folders' modes allow.
 */
export function pruneOtherKeys(entry: ToolCacheEntry): void {
  try {
    fs.lutimesSync(`${entry.path}.complete`, new Date(), new Date())
  } catch {
    // Not published (a dependency it did not pin), or another user's marker.
  }
  const root = path.dirname(path.dirname(path.dirname(entry.path)))
  const names = fs.existsSync(root) ? fs.readdirSync(root) : []
  for (const name of names) {
    if (!/^ansible-galaxy-[0-9a-f]{32}$/.test(name) || name === entry.tool) continue
    const tool = path.join(root, name)
    try {
      const changed = lastChangedOwn(tool)
      if (changed !== undefined && Date.now() - changed > ABANDONED_AFTER_MS)
        fs.rmSync(tool, { recursive: true, force: true })
    } catch {
      // Removed meanwhile by another job, or not all of it this user's to remove: left.
    }
  }
}

/**
 * Publishes this job's install of pinned requirements in the tool cache, when ansible-galaxy
 * installed nothing they do not pin; a cache that cannot take it does not fail the job.
 */
async function publish(root: string, pinned: Pinned, log: (line: string) => void): Promise<void> {
  const loose = unpinnedDependencies(pinned.entries, installedIn(root))
  if (loose) return log(loose)
  try {
    const published = await pinned.entry.install(folder => {
      fs.cpSync(root, folder, { recursive: true, verbatimSymlinks: true, force: true })
      writeRecord(folder, pinned.key)
      return Promise.resolve()
    })
    log(`Kept them in the tool cache for the next run (${published})`)
  } catch (error) {
    log(`Could not keep them in the tool cache: ${errorMessage(error)}`)
  }
}

/**
 * Installs the roles and collections of a Galaxy requirements file into folders of this job,
 * and returns the environment that makes the pinned Ansible find them first. With `cache`, and
 * every entry pinned, a second run takes them from the runner's tool cache: no ansible-galaxy,
 * no connection. ansible-galaxy runs in `cwd`, where Packer runs the playbook: it reads the same
 * ansible.cfg (its Galaxy server), and finds a relative source from there. The job gets its own
 * copy, checked against what was installed: a playbook that writes into its roles or
 * collections (Python's `__pycache__`) never changes the cache.
 */
export async function installGalaxyRequirements(
  ansible: { bin: string },
  requirements: string,
  temp: string,
  log: (line: string) => void,
  limits: Limits = GALAXY_LIMITS,
  cache?: GalaxyCache,
  cwd: string = process.cwd()
): Promise<Record<string, string>> {
  const pinned = cache && (await cacheKey(ansible.bin, requirements, cache, log, cwd))
  const found = pinned && pinned.entry.find()
  const copy = found && pinned && copyForJob(found, pinned.key, temp)
  const root = copy || fs.mkdtempSync(path.join(temp, 'ansible-galaxy-'))
  if (copy) log(`The requirements of ${requirements}: found in the tool cache (${found})`)
  else {
    await runGalaxy(ansible.bin, requirements, root, limits, cwd)
    log(`Installed the requirements of ${requirements} into ${root}`)
    if (pinned) await publish(root, pinned, log)
  }
  if (pinned) pruneOtherKeys(pinned.entry)
  const [roles, collections] = await searchPaths(ansible.bin, cwd)
  const prepend = (kind: string, paths: string[]) =>
    [path.join(root, kind), ...paths].join(path.delimiter)
  return {
    ANSIBLE_ROLES_PATH: prepend('roles', roles),
    ANSIBLE_COLLECTIONS_PATH: prepend('collections', collections)
  }
}

/** Where the pinned Ansible looks for roles and collections, as `ansible-playbook` reads it. */
const SEARCH_PATHS = [
  'import json',
  'from ansible import constants as C',
  'print(json.dumps([C.DEFAULT_ROLES_PATH, getattr(C, "COLLECTIONS_PATHS", [])]))'
].join('\n')

/**
 * The roles and collections paths Ansible, run in `cwd` as Packer runs the playbook, would use:
 * its environment, else the ansible.cfg it reads there (`roles_path`, relative to that file),
 * else its defaults. The paths set for the requirements replace all of them, so they go after;
 * when Ansible cannot say, the environment's.
 */
async function searchPaths(bin: string, cwd: string): Promise<[string[], string[]]> {
  const env = (name: string) => (process.env[name] ?? '').split(path.delimiter).filter(Boolean)
  try {
    const read = await probeProgram(path.join(bin, 'python'), ['-c', SEARCH_PATHS], childEnv(), cwd)
    const [roles, collections] = JSON.parse(read.trim().split('\n').pop() ?? '') as unknown[]
    const list = (value: unknown) =>
      Array.isArray(value) && value.every(p => typeof p === 'string') ? value : undefined
    const [r, c] = [list(roles), list(collections)]
    if (r && c) return [r, c]
  } catch {
    // Not an Ansible that says: the environment's paths.
  }
  return [env('ANSIBLE_ROLES_PATH'), env('ANSIBLE_COLLECTIONS_PATH')]
}
