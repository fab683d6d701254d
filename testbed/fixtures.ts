import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

/**
 * Built once per checkout and reused: a zipped Debian packer and a wheelhouse of Debian's
 * Python debs. Kept with the installed packages, not in a test file's temporary folder.
 */
export const FIXTURES = path.join(
  here,
  '..',
  'node_modules',
  '.cache',
  'packer-ami-release-fixtures'
)
export const DEBIAN_PACKER = '/usr/bin/packer'
export const DEBIAN_PACKER_VERSION = '1.6.6'
export const DEBIAN_PYTHON = '/usr/bin/python3'
export const DEBIAN_ANSIBLE_CORE = '2.14.18'

/** Builds `target` with `make(tmp)` unless it exists; the rename makes parallel workers safe. */
function once(target: string, make: (tmp: string) => void): string {
  if (fs.existsSync(target)) return target
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const tmp = `${target}.${process.pid}.tmp`
  fs.rmSync(tmp, { recursive: true, force: true })
  make(tmp)
  try {
    fs.renameSync(tmp, target)
  } catch (error) {
    if (!fs.existsSync(target)) throw error
    fs.rmSync(tmp, { recursive: true, force: true })
  }
  return target
}

/** Debian's packer binary zipped the way HashiCorp ships it. */
export function packerZip(): string {
  const name = `packer_${DEBIAN_PACKER_VERSION}_linux_amd64.zip`
  return once(path.join(FIXTURES, name), tmp => {
    const dir = fs.mkdtempSync(path.join(FIXTURES, 'zip-'))
    try {
      fs.copyFileSync(DEBIAN_PACKER, path.join(dir, 'packer'))
      fs.chmodSync(path.join(dir, 'packer'), 0o755)
      execFileSync('zip', ['-q', '-1', '-j', tmp, path.join(dir, 'packer')])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
}

const DEBS = [
  'ansible-core',
  'python3-jinja2',
  'python3-markupsafe',
  'python3-yaml',
  'python3-cryptography',
  'python3-cffi-backend',
  'python3-packaging',
  'python3-resolvelib'
]

/** ansible-core 2.14.18 and its dependencies as wheels, from Debian's .debs. */
export function wheelhouse(): string {
  return once(path.join(FIXTURES, 'wheelhouse'), tmp => {
    const debs = fs.mkdtempSync(path.join(FIXTURES, 'debs-'))
    try {
      execFileSync('apt-get', ['download', '-q', ...DEBS], { cwd: debs, stdio: 'pipe' })
      execFileSync(DEBIAN_PYTHON, [path.join(here, 'build-wheelhouse.py'), debs, tmp], {
        stdio: 'pipe'
      })
    } finally {
      fs.rmSync(debs, { recursive: true, force: true })
    }
  })
}

/** pip settings that see only the wheelhouse, whatever pip config the machine carries. */
export function offlinePipEnv(): Record<string, string> {
  return {
    PIP_CONFIG_FILE: os.devNull,
    PIP_NO_INDEX: '1',
    PIP_FIND_LINKS: wheelhouse(),
    PIP_DISABLE_PIP_VERSION_CHECK: '1'
  }
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `par-${prefix}-`))
}
