import * as core from '@actions/core'
import * as fs from 'node:fs'
import * as path from 'node:path'
import type { AnsibleInputs } from '../inputs.js'
import { InputError, errorMessage } from '../errors.js'
import { Input } from '../constants.js'
import { runCommand } from '../process.js'
import { ToolCacheFolder } from './cache-folder.js'

export interface InstalledAnsible {
  version: string
  /** The venv's bin folder, first on PATH. */
  bin: string
  /** Absolute path of ansible-playbook. */
  playbook: string
  cached: boolean
}

export interface PythonInfo {
  executable: string
  version: [major: number, minor: number, patch: number]
  /** Version of the interpreter's own pip, if it has one. */
  pip: string | undefined
}

type Range = [min: number, max: number]

/** Control-node Python 3 minor versions per ansible-core minor (ansible-core's own support matrix). */
const CORE_PYTHON: Record<string, Range> = {
  '2.14': [9, 11],
  '2.15': [9, 11],
  '2.16': [10, 12],
  '2.17': [10, 12],
  '2.18': [11, 13],
  '2.19': [11, 13],
  '2.20': [12, 14],
  '2.21': [12, 14]
}

/** The ansible-core minor that each community `ansible` major pins. */
const COMMUNITY_CORE: Record<string, string> = {
  '7': '2.14',
  '8': '2.15',
  '9': '2.16',
  '10': '2.17',
  '11': '2.18',
  '12': '2.19',
  '13': '2.20',
  '14': '2.21'
}

/** The Python range a pinned Ansible supports, or undefined when this action does not know it. */
export function supportedPython(pkg: AnsibleInputs['package'], version: string): Range | undefined {
  const [major = '', minor = ''] = version.split('.')
  const core = pkg === 'ansible' ? COMMUNITY_CORE[major] : `${major}.${minor}`
  return core === undefined ? undefined : CORE_PYTHON[core]
}

/** Refuses an interpreter outside the pinned Ansible's range, before any pip call. */
export function checkPythonFits(ansible: AnsibleInputs, python: PythonInfo): void {
  const range = supportedPython(ansible.package, ansible.version)
  const [major, minor] = python.version
  if (range === undefined) {
    core.warning(
      `${ansible.package} ${ansible.version} is newer than this action knows; pip will check its Python requirement`
    )
    return
  }
  if (major !== 3 || minor < range[0] || minor > range[1]) {
    throw new InputError(
      Input.Python,
      `'${ansible.python}' is Python ${python.version.join('.')}, but ${ansible.package} ${ansible.version} runs on Python 3.${range[0]} to 3.${range[1]}; set 'python' to such an interpreter (e.g. with actions/setup-python) or pin another 'ansible-version'`
    )
  }
}

const PROBE = [
  'import sys, json',
  'try:',
  '  import importlib.metadata as m; pip = m.version("pip")',
  'except Exception:',
  '  pip = None',
  'print(json.dumps({"executable": sys.executable, "version": list(sys.version_info[:3]), "pip": pip}))'
].join('\n')

export async function probePython(python: string): Promise<PythonInfo> {
  try {
    const { stdout } = await runCommand(python, ['-c', PROBE])
    return JSON.parse(stdout.trim()) as PythonInfo
  } catch (error) {
    throw new InputError(
      Input.Python,
      `'${python}' cannot be run as a Python interpreter: ${errorMessage(error)}`
    )
  }
}

/** pip 22.3 added `--python`, which lets one pip install into a venv that has none. */
export function pipCanTarget(pipVersion: string | undefined): boolean {
  if (!pipVersion) return false
  const [major = 0, minor = 0] = pipVersion.split('.').map(Number)
  return major > 22 || (major === 22 && minor >= 3)
}

/** The tool cache folder of one Ansible for one Python minor and arch. */
export function ansibleCacheFolder(
  toolCache: string,
  ansible: AnsibleInputs,
  python: PythonInfo,
  arch: string
): ToolCacheFolder {
  const tool = `${ansible.package}-python${python.version[0]}.${python.version[1]}`
  return new ToolCacheFolder(toolCache, tool, ansible.version, arch)
}

function venvBin(folder: string): string {
  return path.join(folder, process.platform === 'win32' ? 'Scripts' : 'bin')
}

function isUsable(cache: ToolCacheFolder): boolean {
  if (!cache.isComplete()) return false
  // A venv links to the interpreter that made it; a runner image update can remove that one.
  try {
    fs.accessSync(fs.realpathSync(path.join(venvBin(cache.folder), 'python')), fs.constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Reads `ansible-playbook [core 2.14.18]` from `ansible-playbook --version`. */
export function parseAnsibleCoreVersion(output: string): string | undefined {
  return /\[core (\d+\.\d+\.\d+)\]/.exec(output)?.[1]
}

async function installedVersion(bin: string, ansible: AnsibleInputs): Promise<string | undefined> {
  const playbook = path.join(bin, 'ansible-playbook')
  const coreVersion = parseAnsibleCoreVersion((await runCommand(playbook, ['--version'])).stdout)
  if (ansible.package === 'ansible-core') return coreVersion
  const { stdout } = await runCommand(path.join(bin, 'python'), [
    '-c',
    'import importlib.metadata as m; print(m.version("ansible"))'
  ])
  return stdout.trim()
}

/**
 * Installs the pinned Ansible into a virtual environment created in place in the tool cache
 * (a venv cannot be moved), and marks it complete only once ansible-playbook reports the
 * pinned version. A folder without the marker is a killed run's leftover and is rebuilt.
 */
export async function installAnsible(
  ansible: AnsibleInputs,
  python: PythonInfo,
  toolCache: string,
  arch: string
): Promise<InstalledAnsible> {
  const cache = ansibleCacheFolder(toolCache, ansible, python, arch)
  const folder = cache.folder
  const bin = venvBin(folder)
  const playbook = path.join(bin, 'ansible-playbook')
  const label = `${ansible.package} ${ansible.version}`
  if (isUsable(cache)) {
    core.addPath(bin)
    core.info(`${label}: found in the tool cache (${folder})`)
    return { version: ansible.version, bin, playbook, cached: true }
  }

  cache.prepare()
  const requirement = `${ansible.package}==${ansible.version}`
  try {
    if (pipCanTarget(python.pip)) {
      // No ensurepip and no byte-compiling: about a third of the usual venv + pip install.
      await runCommand(python.executable, ['-m', 'venv', '--without-pip', folder])
      await runCommand(python.executable, [
        '-m',
        'pip',
        '--python',
        path.join(bin, 'python'),
        'install',
        '--no-compile',
        '--disable-pip-version-check',
        '--no-input',
        requirement
      ])
    } else {
      await runCommand(python.executable, ['-m', 'venv', folder])
      await runCommand(path.join(bin, 'python'), [
        '-m',
        'pip',
        'install',
        '--no-compile',
        '--disable-pip-version-check',
        '--no-input',
        requirement
      ])
    }
    const reported = await installedVersion(bin, ansible)
    if (reported !== ansible.version) {
      throw new Error(`the venv reports ${ansible.package} ${reported ?? '(unknown)'}`)
    }
  } catch (error) {
    cache.discard()
    throw new Error(`${label} was not installed: ${errorMessage(error)}`, { cause: error })
  }
  cache.complete()
  core.addPath(bin)
  core.info(`${label}: installed in ${folder} with Python ${python.version.join('.')}`)
  return { version: ansible.version, bin, playbook, cached: false }
}
