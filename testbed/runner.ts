import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { tempDir } from './fixtures.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

interface ActionYaml {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
  runs: { using: string; main: string; post?: string; 'post-if'?: string }
}

let action: ActionYaml | undefined

/** action.yml, read once: every step of every test passes all of its inputs. */
export function actionYaml(): ActionYaml {
  action ??= parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYaml
  return action
}

/** Inputs as the runner passes them: every input of action.yml, with its default unless given. */
function inputEnv(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {}
  const declared = actionYaml().inputs
  for (const [name, spec] of Object.entries(declared)) {
    const fallback = (spec.default ?? '').includes('${{') ? '' : (spec.default ?? '')
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = inputs[name] ?? fallback
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in declared)) throw new Error(`test passes unknown input '${name}'`)
  }
  return env
}

/** Reads the `name<<delimiter` file format that @actions/core writes. */
export function parseCommandFile(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name, delimiter] = match as unknown as [string, string, string]
    const body: string[] = []
    while (++i < lines.length && lines[i] !== delimiter) body.push(lines[i] ?? '')
    values[name] = body.join('\n')
  }
  return values
}

export interface Job {
  /** RUNNER_TOOL_CACHE, RUNNER_TEMP and GITHUB_WORKSPACE of one job; kept across runs to share the cache. */
  toolCache: string
  temp: string
  workspace: string
}

export function newJob(): Job {
  const root = tempDir('job')
  const job = {
    toolCache: path.join(root, 'tool-cache'),
    temp: path.join(root, 'temp'),
    workspace: path.join(root, 'workspace')
  }
  for (const dir of Object.values(job)) fs.mkdirSync(dir, { recursive: true })
  return job
}

export interface StepResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
  /** The folders the step added to PATH (GITHUB_PATH), in order. */
  path: string[]
}

export interface StepOptions {
  inputs?: Record<string, string>
  env?: Record<string, string | undefined>
  /** Saved state handed to a post step as STATE_<name>. */
  state?: Record<string, string>
  timeoutMs?: number
  /** Run in its own process group, so a test can kill the whole tree as the runner does. */
  detached?: boolean
  /** Called with the child once it runs, e.g. to signal it. */
  onSpawn?: (child: import('node:child_process').ChildProcess, output: () => string) => void
}

/** Base environment of a step: what the runner provides, nothing from the test process's AWS or INPUT_ settings. */
function baseEnv(job: Job): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? '/root',
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TOOL_CACHE: job.toolCache,
    RUNNER_TEMP: job.temp,
    GITHUB_WORKSPACE: job.workspace,
    GITHUB_REPOSITORY: 'acme/images',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '1',
    AWS_ACCESS_KEY_ID: 'AKIDTESTTESTTEST',
    AWS_SECRET_ACCESS_KEY: 'test-secret',
    AWS_EC2_METADATA_DISABLED: 'true'
  }
}

/** Runs a bundled entry the way the runner does and collects what it wrote. */
export async function runStep(
  entry: string,
  job: Job,
  options: StepOptions = {}
): Promise<StepResult> {
  const files = tempDir('step')
  const outputFile = path.join(files, 'output')
  const stateFile = path.join(files, 'state')
  const summaryFile = path.join(files, 'summary')
  const pathFile = path.join(files, 'path')
  const envFile = path.join(files, 'env')
  for (const file of [outputFile, stateFile, summaryFile, pathFile, envFile])
    fs.writeFileSync(file, '')
  const env: Record<string, string> = {
    ...baseEnv(job),
    ...inputEnv(options.inputs ?? {}),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STATE: stateFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_PATH: pathFile,
    GITHUB_ENV: envFile
  }
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  const child = spawn(process.execPath, [path.resolve(ROOT, entry)], {
    env,
    cwd: job.workspace,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  options.onSpawn?.(child, () => stdout)
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000)
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(resolve =>
    child.on('close', (code, sig) => resolve([code, sig]))
  )
  clearTimeout(timer)
  const result = {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseCommandFile(fs.readFileSync(outputFile, 'utf8')),
    state: parseCommandFile(fs.readFileSync(stateFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8'),
    path: fs.readFileSync(pathFile, 'utf8').split('\n').filter(Boolean)
  }
  fs.rmSync(files, { recursive: true, force: true })
  return result
}

/**
 * The file action.yml names, or the same file of a bundle made elsewhere (ACTION_DIST, from
 * `BUNDLE_OUT=... npm run bundle`), to try a change without rebuilding dist/.
 */
function entry(file: string): string {
  const elsewhere = process.env['ACTION_DIST']
  return elsewhere ? path.join(elsewhere, path.basename(file)) : file
}

/** The main and post steps: the files action.yml names, as the runner would run them. */
export const runMain = (job: Job, options?: StepOptions) =>
  runStep(entry(actionYaml().runs.main), job, options)
export const runPost = (job: Job, options?: StepOptions) =>
  runStep(entry(actionYaml().runs.post ?? 'action.yml names no post step'), job, options)

/** The `::error::` lines of a run, decoded. */
export function errors(result: StepResult): string[] {
  return result.stdout
    .split('\n')
    .filter(line => line.startsWith('::error'))
    .map(line =>
      line
        .replace(/^::error[^:]*::/, '')
        .replace(/%0A/g, '\n')
        .replace(/%25/g, '%')
    )
}
