import { getExecOutput } from '@actions/exec'
import { spawn, type ChildProcessByStdio } from 'node:child_process'
import { once } from 'node:events'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { setTimeout as sleep } from 'node:timers/promises'
import { inertLog } from './inert-log.js'

/** How long a program that waits on the network may take in all, and without printing a byte. */
export interface Bounds {
  totalMs: number
  stallMs: number
}

export interface ProgramOptions {
  cwd?: string
  /** The program's whole environment; see `childEnv`. */
  env?: Record<string, string>
  /** Relay the program's output to the log as it runs (inert: no workflow commands). */
  echo?: boolean
  /** A network-bound program: stopped, and named in the error, when it passes either bound. */
  bounds?: Bounds
  /** What the program does, for messages; default `<file> <args>`. */
  label?: string
  /** Each line of standard output, as it comes, instead of echoing it. */
  onLine?: (line: string) => void
  /**
   * Waits for the exit, then at most this long for the rest of the output, where a child the
   * program left can hold it open; by default the output is waited for whole.
   */
  drainAfterExitMs?: number
  /** A cancel of the job (SIGINT, SIGTERM) is passed to the program as SIGTERM, and said here. */
  onCancel?: (signal: NodeJS.Signals) => void
}

export interface ProgramResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Output kept per stream: the tail, so a chatty program cannot fill the memory. */
const KEEP_CHARS = 256 * 1024

function collect(stream: Readable, onLine: (line: string) => void, onData: () => void) {
  let text = ''
  stream.on('data', onData)
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  lines.on('line', line => {
    text += `${line}\n`
    if (text.length > 2 * KEEP_CHARS) text = text.slice(-KEEP_CHARS)
    onLine(line)
  })
  const done = new Promise<void>(resolve => lines.once('close', resolve))
  const close = () => {
    lines.close()
    stream.destroy()
  }
  return { text: () => text.slice(-KEEP_CHARS), done, close }
}

// A binary this process has just written can be refused with ETXTBSY for an instant: a child
// forked meanwhile for another program holds a copy of the write handle until it execs.
async function retryBusy<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run()
    } catch (error) {
      if (!/ETXTBSY/.test(String((error as Error).cause ?? error)) || attempt === 5) throw error
      await sleep(50 * attempt)
    }
  }
}

/**
 * Runs `file` with `args` passed apart (no shell), and resolves when it exits, whatever its
 * code. The action's one spawning of its own, where @actions/exec cannot do the job: it can
 * neither stop a program at a wall-clock or stall bound (nor its process group), nor pass a
 * cancel of the job on to the program, and it waits a fixed 10 s for the streams after the exit.
 */
export function spawnProgram(
  file: string,
  args: readonly string[],
  options: ProgramOptions = {}
): Promise<ProgramResult> {
  return retryBusy(() => spawnOnce(file, args, options))
}

async function spawnOnce(file: string, args: readonly string[], options: ProgramOptions) {
  const label = options.label ?? `${file} ${args.join(' ')}`
  let child: ChildProcessByStdio<null, Readable, Readable>
  try {
    child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
      // Its own process group, so a bound stops what it started too (pip's build backends).
      detached: options.bounds !== undefined && process.platform !== 'win32'
    })
  } catch (error) {
    // Node throws some spawn errors (ETXTBSY among them) instead of emitting them.
    throw cannotRun(file, error as Error)
  }
  const bound = options.bounds && watchBounds(child, options.bounds)
  const echo = (line: string) => {
    if (options.echo && line.trim()) inertLog.line(line)
  }
  const stdout = collect(child.stdout, options.onLine ?? echo, () => bound?.heard())
  const stderr = collect(child.stderr, echo, () => bound?.heard())
  const forward = (signal: NodeJS.Signals) => {
    options.onCancel?.(signal)
    child.kill('SIGTERM')
  }
  if (options.onCancel) for (const s of CANCELS) process.on(s, forward)
  try {
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
    const [exitCode, signal] = await exited.catch((error: Error) => {
      throw cannotRun(file, error)
    })
    const output = Promise.all([stdout.done, stderr.done])
    const drain = options.drainAfterExitMs
    await (drain === undefined ? output : Promise.race([output, sleep(drain, 0, { ref: false })]))
    const passed = bound?.passed()
    if (passed) throw new Error(`${label} ${passed}`)
    return { exitCode, signal, stdout: stdout.text(), stderr: stderr.text() }
  } finally {
    for (const s of CANCELS) process.off(s, forward)
    bound?.stop()
    stdout.close()
    stderr.close()
  }
}

const CANCELS = ['SIGINT', 'SIGTERM'] as const

const cannotRun = (file: string, error: Error) =>
  new Error(`${file} could not be run: ${error.message}`, { cause: error })

/** Stops the program's group when it runs past `totalMs`, or prints nothing for `stallMs`. */
function watchBounds(child: { pid?: number | undefined }, bounds: Bounds) {
  let passed: string | undefined
  const stop = (why: string) => {
    passed ??= why
    const group = (signal: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(process.platform === 'win32' ? child.pid : -child.pid, signal)
      } catch {
        // already gone
      }
    }
    group('SIGTERM')
    setTimeout(() => group('SIGKILL'), 2000).unref()
  }
  const total = setTimeout(
    () => stop(`did not finish within ${bounds.totalMs / 1000} s (its wall-clock bound)`),
    bounds.totalMs
  )
  const stall = setTimeout(
    () => stop(`printed nothing for ${bounds.stallMs / 1000} s (its stall bound)`),
    bounds.stallMs
  )
  return {
    heard: () => stall.refresh(),
    passed: () => passed,
    stop: () => {
      clearTimeout(total)
      clearTimeout(stall)
    }
  }
}

/** `spawnProgram`, where anything but exit code 0 throws with the last lines the program wrote. */
export async function runProgram(
  file: string,
  args: readonly string[],
  options: ProgramOptions = {}
): Promise<ProgramResult> {
  const result = await spawnProgram(file, args, options)
  if (result.exitCode !== 0) throw failed(options.label ?? `${file} ${args.join(' ')}`, result)
  return result
}

function failed(label: string, result: ProgramResult): Error {
  const how =
    result.exitCode === null
      ? `was killed (${result.signal ?? '?'})`
      : `exited with ${result.exitCode}`
  return new Error(`${label} ${how}:\n${lastLines(`${result.stdout}\n${result.stderr}`, 15)}`)
}

/**
 * A short local program that this action installed and checked (`packer version`, the venv's
 * tools) through @actions/exec: the path quoted as one argument (a path holding `"` is refused:
 * exec's parser would split it), nothing echoed; its standard output when it exits 0. Standard
 * input is left an unused pipe: exec's `input` option ends it right after the spawn, and a
 * program that has exited by then turns that write into an unhandled EPIPE that ends the step.
 */
export async function probeProgram(
  file: string,
  args: readonly string[],
  env: Record<string, string> = childEnv(),
  cwd?: string
): Promise<string> {
  if (file.includes('"')) throw new Error(`${file} could not be run: it holds '"'`)
  const options = { env, silent: true, ignoreReturnCode: true, ...(cwd ? { cwd } : {}) }
  const result = await retryBusy(() => getExecOutput(`"${file}"`, [...args], options)).catch(
    (error: unknown) => {
      throw cannotRun(file, error as Error)
    }
  )
  if (result.exitCode !== 0) throw failed(`${file} ${args.join(' ')}`, { ...result, signal: null })
  return result.stdout
}

export function lastLines(text: string, count: number): string {
  return text
    .split(/\r?\n/)
    .filter(line => line.trim() !== '')
    .slice(-count)
    .join('\n')
}

let jobTemp: string | undefined

/**
 * A temp folder of this step's own, made on first use inside RUNNER_TEMP: every program the
 * action starts gets it as TMPDIR, so jobs sharing a runner never share a fixed temp name
 * (Packer extracts a plugin it installs to `<TempDir>/<plugin file name>`,
 * hashicorp/packer@v1.16.0:packer/plugin-getter/plugins.go:878-887).
 */
export function jobTempDir(): string {
  if (jobTemp !== undefined) return jobTemp
  const base = process.env['RUNNER_TEMP'] || os.tmpdir()
  const dir = fs.mkdtempSync(path.join(base, 'packer-ami-release-tmp-'))
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }))
  return (jobTemp = dir)
}

/** This process's environment as a plain record, with the step's temp folder, plus `extra`. */
export function childEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const temp = jobTempDir()
  const env = { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp, ...extra }
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined)
  )
}
