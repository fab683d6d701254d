import * as fs from 'node:fs'
import * as path from 'node:path'
import { Input } from '../constants.js'
import { InputError, errorMessage } from '../errors.js'
import { probeProgram, runProgram, type Bounds } from '../exec/program.js'
import { versionAtLeast, type InstalledTool, type Installer } from './installer.js'
import { ToolCacheEntry } from './tool-cache.js'

/** The Ansible a job pins, and the interpreter (one path or a name on PATH) it runs on. */
export interface AnsibleRequest {
  version: string
  package: 'ansible-core' | 'ansible'
  python: string
}

/**
 * pip waits on a package index: `--timeout` bounds each socket read (pip retries 5 times), the
 * bounds stop an index that answers and then trickles, which no socket timeout catches.
 */
export const PIP_LIMITS = { socketTimeoutS: 30, bounds: { totalMs: 600_000, stallMs: 300_000 } }

export interface PythonInfo {
  executable: string
  version: [major: number, minor: number, patch: number]
}

/** Control-node Python 3 minor versions per ansible-core minor (ansible-core's own support matrix). */
const CORE_PYTHON: Record<string, [min: number, max: number]> = {
  '2.14': [9, 11],
  '2.15': [9, 11],
  '2.16': [10, 12],
  '2.17': [10, 12],
  '2.18': [11, 13],
  '2.19': [11, 13],
  '2.20': [12, 14],
  '2.21': [12, 14]
}

/**
 * Refuses an interpreter outside the pinned Ansible's range, before any pip call; returns a
 * warning when the action does not know the range. Each community `ansible` major N (3 on)
 * pins ansible-core 2.(N + 7).
 */
export function checkPythonFits(ansible: AnsibleRequest, python: PythonInfo): string | undefined {
  const [x = '', y = ''] = ansible.version.split('.')
  const range = CORE_PYTHON[ansible.package === 'ansible' ? `2.${Number(x) + 7}` : `${x}.${y}`]
  const [major, minor] = python.version
  if (range === undefined)
    return `this action does not know which Python ${ansible.package} ${ansible.version} runs on (it knows ansible-core ${Object.keys(CORE_PYTHON).join(', ')}); pip will check its Python requirement`
  if (major !== 3 || minor < range[0] || minor > range[1]) {
    throw new InputError(
      Input.Python,
      `'${ansible.python}' is Python ${python.version.join('.')}, but ${ansible.package} ${ansible.version} runs on Python 3.${range[0]} to 3.${range[1]}; set 'python' to such an interpreter (e.g. with actions/setup-python) or pin another 'ansible-version'`
    )
  }
  return undefined
}

const PROBE =
  'import sys, json; print(json.dumps({"executable": sys.executable, "version": list(sys.version_info[:3])}))'

/** Runs `code` on `python`, bounded: a probe is quick, or the interpreter is not usable. */
const probe = (python: string, code: string, name: string) =>
  runProgram(python, ['-c', code], {
    bounds: { totalMs: 30_000, stallMs: 30_000 },
    label: `${python} -c <${name}>`
  })

/** The interpreter's own pip, asked only to build a venv: reading package metadata is slow. */
const PIP_PROBE =
  'try:\n  import importlib.metadata as m; print(m.version("pip"))\nexcept Exception:\n  print("")'

/**
 * Runs `python` as one program (a path or a name on PATH), never as a command line, with
 * standard input closed and a bound: it is the user's interpreter, and @actions/exec can do
 * neither.
 */
export async function probePython(python: string): Promise<PythonInfo> {
  try {
    const { stdout } = await probe(python, PROBE, 'probe')
    return JSON.parse(stdout.trim()) as PythonInfo
  } catch (error) {
    throw new InputError(
      Input.Python,
      `'${python}' cannot be run as a Python interpreter (it is one path or a name on PATH, never a command line): ${errorMessage(error)}`
    )
  }
}

const venvBin = (folder: string) =>
  path.join(folder, process.platform === 'win32' ? 'Scripts' : 'bin')

/**
 * The interpreter a script of the venv starts: its `#!` line or, for a long path or one with a
 * space, the one pip's script maker writes after `#!/bin/sh` (`'''exec' <path> "$0" "$@"`).
 */
function scriptInterpreter(script: string): string | undefined {
  // A regular file of a script's size: a FIFO put there would block the read.
  const stat = fs.lstatSync(script)
  if (!stat.isFile() || stat.size > 64 * 1024) return undefined
  const [first = '', second = ''] = fs.readFileSync(script, 'utf8').split('\n', 2)
  if (first.trim() !== '#!/bin/sh')
    return first.startsWith('#!') ? first.slice(2).trim() : undefined
  return /^'''exec' (?:"([^"]+)"|(\S+)) "\$0" "\$@"/.exec(second)?.slice(1).find(Boolean)
}

/**
 * A venv links to the interpreter that made it (by its own path, `build`): a runner image update
 * can remove that one. Its scripts start the venv's python by the path the venv was made at: a
 * job that reaches the tool cache by another path (a container job, where the runner mounts it
 * at /__t) cannot start them.
 */
function usable(folder: string): boolean {
  const bin = venvBin(folder)
  try {
    fs.accessSync(fs.realpathSync(path.join(bin, 'python')), fs.constants.X_OK)
    const interpreter = scriptInterpreter(path.join(bin, 'ansible-playbook'))
    return !!interpreter && fs.realpathSync(path.dirname(interpreter)) === fs.realpathSync(bin)
  } catch {
    return false
  }
}

/**
 * A folder of the job with links to the pinned Ansible's commands (`ansible*`), for PATH. The
 * venv's own bin would put its python (and pip, where the venv has one) before the runner's for
 * every later step: a later `python3` would lose the runner's packages, and a `pip install` would
 * write into the venv that every job on the runner shares.
 */
export function ansibleCommands(bin: string, temp: string): string {
  const folder = fs.mkdtempSync(path.join(temp, 'ansible-bin-'))
  for (const name of fs.readdirSync(bin).filter(n => n.startsWith('ansible')))
    fs.symlinkSync(path.join(bin, name), path.join(folder, name))
  return folder
}

/** The version the venv reports: `ansible-playbook [core 2.14.18]`, or the `ansible` package's. */
async function installedVersion(bin: string, ansible: AnsibleRequest): Promise<string | undefined> {
  const core = await probeProgram(path.join(bin, 'ansible-playbook'), ['--version'])
  if (ansible.package === 'ansible-core') return /\[core (\d+\.\d+\.\d+)\]/.exec(core)?.[1]
  const metadata = 'import importlib.metadata as m; print(m.version("ansible"))'
  return (await probeProgram(path.join(bin, 'python'), ['-c', metadata])).trim()
}

/**
 * The pinned Ansible in a virtual environment, keyed by package, Python minor and arch. A venv
 * cannot be moved, so it is made in its final, private folder and published by a link (see
 * ToolCacheEntry); it counts only once ansible-playbook reports the pinned version.
 */
export class AnsibleInstaller implements Installer<InstalledTool> {
  readonly label: string
  private readonly entry: ToolCacheEntry

  constructor(
    private readonly ansible: AnsibleRequest,
    private readonly python: PythonInfo,
    arch: string,
    private readonly pip: { socketTimeoutS: number; bounds: Bounds } = PIP_LIMITS
  ) {
    this.label = `${ansible.package} ${ansible.version}`
    const tool = `${ansible.package}-python${python.version[0]}.${python.version[1]}`
    this.entry = new ToolCacheEntry(tool, ansible.version, arch, {
      usable,
      ownFolderWhenRefused: true
    })
  }

  private tool(folder: string): InstalledTool {
    const bin = venvBin(folder)
    const { version } = this.ansible
    return { version, bin, executable: path.join(bin, 'ansible-playbook') }
  }

  find(): InstalledTool | undefined {
    const folder = this.entry.find()
    return folder ? this.tool(folder) : undefined
  }

  async install(): Promise<InstalledTool> {
    try {
      // A published venv whose interpreter is gone is stale, and replaced.
      const folder = await this.entry.install(folder => this.build(folder))
      return this.tool(folder)
    } catch (error) {
      throw new Error(`${this.label} was not installed: ${errorMessage(error)}`, { cause: error })
    }
  }

  private async build(folder: string): Promise<void> {
    const { python, ansible, pip } = this
    const bin = venvBin(folder)
    const requirement = `${ansible.package}==${ansible.version}`
    const bounded = { bounds: pip.bounds, label: `pip install ${requirement}` }
    const args = ['install', '--no-compile', '--disable-pip-version-check', '--no-input']
    args.push(`--timeout=${pip.socketTimeoutS}`, requirement)
    // The venv links to the interpreter by the path it is made with: its own, never an alias
    // (/usr/bin/python3) that an OS upgrade moves on to a Python that reads none of the venv's
    // packages (lib/python3.11). Once that interpreter is gone, the venv is not `usable`.
    const interpreter = fs.realpathSync(python.executable)
    const probed = await probe(interpreter, PIP_PROBE, 'pip probe')
    // pip 22.3 added `--python`, which lets one pip install into a venv that has none.
    if (versionAtLeast(probed.stdout.trim(), '22.3')) {
      // No ensurepip and no byte-compiling: about a third of the usual venv + pip install.
      await runProgram(interpreter, ['-m', 'venv', '--without-pip', folder])
      const target = ['-m', 'pip', '--python', path.join(bin, 'python')]
      await runProgram(interpreter, [...target, ...args], bounded)
    } else {
      await runProgram(interpreter, ['-m', 'venv', folder])
      await runProgram(path.join(bin, 'python'), ['-m', 'pip', ...args], bounded)
    }
    const reported = await installedVersion(bin, ansible)
    if (reported !== ansible.version)
      throw new Error(`the venv reports ${ansible.package} ${reported ?? '(unknown)'}`)
  }
}
