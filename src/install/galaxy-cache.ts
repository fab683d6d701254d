import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'

/** Whether `file` is there, through links, as a file (`isFile`) or a folder (`isDirectory`). */
export const statIs = (kind: 'isFile' | 'isDirectory') => (file: string) => {
  try {
    return fs.statSync(file)[kind]()
  } catch {
    return false
  }
}

/**
 * A collection's folder, as ansible-galaxy tells one (a file galaxy.yml in its source, or
 * MANIFEST.json in an installed one).
 */
export const isCollection = (folder: string): boolean =>
  ['galaxy.yml', 'MANIFEST.json'].some(file => statIs('isFile')(path.join(folder, file)))

/**
 * What ansible-galaxy installs through a link in a local source: a file's permission bits and
 * content (it copies a collection's files following links) and, at the top of the source, a
 * collection's folder (`subdirs` finds a namespace's collections through links).
 */
function linked(link: string, top: boolean): string {
  try {
    const stat = fs.statSync(link)
    if (stat.isFile())
      return ` -> ${(stat.mode & 0o777).toString(8)} ${sha256(fs.readFileSync(link))}`
    if (!top || !stat.isDirectory() || !isCollection(link)) return ''
    return ` -> ${sha256(listTree(link, 'files').join('\n'))}`
  } catch {
    return '' // Dangling, or a loop: no content.
  }
}

/**
 * Every entry of a folder, sorted: its relative path, kind, permission bits and, for a file, the
 * sha256 of its content (a link: its target, and with `follow` what ansible-galaxy installs
 * through it). Two folders with one listing hold the same thing.
 */
export function listTree(root: string, follow?: 'files' | 'collections'): string[] {
  const lines: string[] = []
  const walk = (relative: string) => {
    const full = path.join(root, relative)
    for (const name of fs.readdirSync(full).sort()) {
      const rel = relative ? `${relative}/${name}` : name
      const file = path.join(root, rel)
      const stat = fs.lstatSync(file)
      const mode = (stat.mode & 0o777).toString(8)
      if (stat.isSymbolicLink()) {
        const through = follow ? linked(file, follow === 'collections' && !relative) : ''
        lines.push(`l ${mode} ${JSON.stringify(rel)} ${fs.readlinkSync(file)}${through}`)
      } else if (stat.isDirectory()) {
        lines.push(`d ${mode} ${JSON.stringify(rel)}`)
        walk(rel)
      } else if (stat.isFile())
        lines.push(`f ${mode} ${JSON.stringify(rel)} ${sha256(fs.readFileSync(file))}`)
      // A FIFO, socket or device is no install's; it makes the listing another one.
      else lines.push(`? ${mode} ${JSON.stringify(rel)}`)
    }
  }
  walk('')
  return lines
}

export const sha256 = (data: string | Buffer): string =>
  createHash('sha256').update(data).digest('hex')

/**
 * The content of a local source: a file's sha256, or a folder's listing's, with what
 * ansible-galaxy installs through its links (a file's content, a namespace's collection).
 */
export function sourceDigest(source: string): string {
  const stat = fs.statSync(source)
  if (stat.isDirectory()) return `dir ${sha256(listTree(source, 'collections').join('\n'))}`
  return `file ${sha256(fs.readFileSync(source))}`
}

/** Settings of ansible-galaxy that name a secret, never what is installed. */
const SECRET = /(TOKEN|PASSWORD|USERNAME|SECRET)$/

/** ansible-galaxy's settings: its server, its keyring, where it looks for what is installed. */
const GALAXY_SETTING = /^ANSIBLE_(GALAXY_|COLLECTIONS_PATH|ROLES_PATH$|CONFIG$)/

/** A path as ansible reads a setting's (unfrackpath): `$VAR` and `${VAR}`, then `~`, expanded. */
function expandPath(value: string, env: NodeJS.ProcessEnv): string {
  const vars = value.replace(
    /\$(\w+|\{([^}]*)\})/g,
    (whole, name: string, braced: string | undefined) => env[braced ?? name] ?? whole
  )
  const home = (env['HOME'] ?? os.homedir()).replace(/\/+$/, '') || '/'
  return vars.replace(/^~(?=\/|$)/, home)
}

const worldWritable = (folder: string): boolean => {
  try {
    return (fs.statSync(folder).mode & 0o002) !== 0
  } catch {
    return true // Ansible cannot tell either: it skips it.
  }
}

/**
 * What selects the Galaxy server and how ansible-galaxy installs, besides the requirements
 * file: its `ANSIBLE_*` settings (not credentials), and the one ansible.cfg ansible reads
 * (`ANSIBLE_CONFIG`, `./ansible.cfg`, `~/.ansible.cfg`, `/etc/ansible/ansible.cfg`).
 */
export function galaxySettings(env: NodeJS.ProcessEnv, cwd: string): string[] {
  const vars = Object.keys(env)
    .filter(name => GALAXY_SETTING.test(name) && !SECRET.test(name))
    .sort()
    .map(name => `env ${name}=${env[name] ?? ''}`)
  const named = env['ANSIBLE_CONFIG']
  // A relative one is found from the working folder, as ansible finds it.
  const configs = [named && path.resolve(cwd, expandPath(named, env))]
  // Ansible skips the working folder's ansible.cfg when anyone may write that folder.
  if (!worldWritable(cwd)) configs.push(path.join(cwd, 'ansible.cfg'))
  configs.push(path.join(env['HOME'] ?? os.homedir(), '.ansible.cfg'), '/etc/ansible/ansible.cfg')
  return [...vars, ...firstConfig(configs), ...gitSettings(env)]
}

/** The first of `configs` that is there (a folder: its ansible.cfg), as ansible reads one. */
function firstConfig(configs: (string | undefined)[]): string[] {
  for (const config of configs.filter((c): c is string => !!c)) {
    try {
      const file = fs.statSync(config).isDirectory() ? path.join(config, 'ansible.cfg') : config
      return [`config ${file} ${sha256(fs.readFileSync(file))}`]
    } catch {
      // Not there: ansible reads the next.
    }
  }
  return []
}

/**
 * What selects the repository a git source is fetched from besides its URL: git's settings
 * (`url.<base>.insteadOf`) in its environment (`GIT_CONFIG_*`) and its user and system files.
 * Only their digest is kept, in the key.
 */
function gitSettings(env: NodeJS.ProcessEnv): string[] {
  const vars = Object.keys(env)
    .filter(name => name.startsWith('GIT_CONFIG'))
    .sort()
    .map(name => `git env ${name} ${sha256(env[name] ?? '')}`)
  const home = env['HOME'] ?? os.homedir()
  const xdg = env['XDG_CONFIG_HOME'] || path.join(home, '.config')
  const files = [env['GIT_CONFIG_GLOBAL'], env['GIT_CONFIG_SYSTEM'], path.join(home, '.gitconfig')]
  files.push(path.join(xdg, 'git', 'config'), '/etc/gitconfig')
  for (const file of files.filter((f): f is string => !!f)) {
    try {
      vars.push(`git config ${file} ${sha256(fs.readFileSync(file))}`)
    } catch {
      // Not there: git reads none.
    }
  }
  return vars
}

/** Beside the roles and collections: what they were installed for, and every entry installed. */
export const RECORD = '.galaxy-install.json'

interface InstallRecord {
  key: string
  tree: string[]
}

/** Writes the record of `folder`: the key, and the listing of everything but the record. */
export function writeRecord(folder: string, key: string): void {
  const record: InstallRecord = { key, tree: listTree(folder) }
  fs.writeFileSync(path.join(folder, RECORD), JSON.stringify(record))
}

/**
 * Whether `folder` holds exactly what its record says was installed for `key`: a record of
 * another key, a file changed or added (a `__pycache__` that ansible-playbook wrote, a role
 * that wrote beside itself), or a missing one, and it is not.
 */
export function holdsRecorded(folder: string, key: string): boolean {
  try {
    const file = path.join(folder, RECORD)
    const stat = fs.lstatSync(file)
    if (!stat.isFile() || stat.size > 64 * 1024 * 1024) return false
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<InstallRecord>
    if (record.key !== key || !Array.isArray(record.tree)) return false
    const own = ` ${JSON.stringify(RECORD)} `
    const tree = listTree(folder).filter(line => !line.includes(own))
    return JSON.stringify(tree) === JSON.stringify(record.tree)
  } catch {
    return false
  }
}
