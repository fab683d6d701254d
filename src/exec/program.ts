import { spawn, type ChildProcessByStdio } from 'node:child_process'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'
import { inertLog } from './inert-log.js'

export interface ProgramOptions {
  cwd?: string
  /** The program's whole environment; see `childEnv`. */
  env?: Record<string, string>
  /** Relay the program's output to the log as it runs (inert: no workflow commands). */
  echo?: boolean
}

export interface ProgramResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Output kept per stream: the tail, so a chatty program cannot fill the memory. */
const KEEP_CHARS = 256 * 1024

/** A program that could not start, or exited with a failure. */
export class ProgramError extends Error {
  constructor(
    message: string,
    readonly result: ProgramResult | undefined,
    options?: ErrorOptions
  ) {
    super(message, options)
    this.name = 'ProgramError'
  }
}

function collect(stream: Readable, echo: boolean): { text: () => string; done: Promise<void> } {
  let text = ''
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  lines.on('line', line => {
    text += `${line}\n`
    if (text.length > 2 * KEEP_CHARS) text = text.slice(-KEEP_CHARS)
    if (echo && line.trim()) inertLog.line(line)
  })
  const done = new Promise<void>(resolve => lines.once('close', resolve))
  return { text: () => text.slice(-KEEP_CHARS), done }
}

/**
 * Runs `file` with `args`, passed apart: no shell and no command line that is split again, so
 * paths with spaces or quotes stay whole. Resolves when the program exits, whatever its code.
 *
 * A binary this process has just written (an extracted Packer) can be refused with ETXTBSY for
 * an instant: a child forked meanwhile for another program holds a copy of the write handle
 * until it execs. That is retried a few times; anything else fails at once.
 */
export async function spawnProgram(
  file: string,
  args: readonly string[],
  options: ProgramOptions = {}
): Promise<ProgramResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await spawnOnce(file, args, options)
    } catch (error) {
      const busy = (error as { cause?: NodeJS.ErrnoException }).cause?.code === 'ETXTBSY'
      if (!busy || attempt === 5) throw error
      await new Promise(resolve => setTimeout(resolve, 50 * attempt))
    }
  }
}

async function spawnOnce(
  file: string,
  args: readonly string[],
  options: ProgramOptions
): Promise<ProgramResult> {
  const cannotRun = (error: Error) =>
    new ProgramError(`${file} could not be run: ${error.message}`, undefined, { cause: error })
  let child: ChildProcessByStdio<null, Readable, Readable>
  try {
    child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true
    })
  } catch (error) {
    // Node throws some spawn errors (ETXTBSY among them) instead of emitting them.
    throw cannotRun(error as Error)
  }
  const stdout = collect(child.stdout, options.echo ?? false)
  const stderr = collect(child.stderr, options.echo ?? false)
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
    (resolve, reject) => {
      child.once('error', error => reject(cannotRun(error)))
      child.once('close', (code, sig) => resolve([code, sig]))
    }
  )
  await Promise.all([stdout.done, stderr.done])
  return { exitCode, signal, stdout: stdout.text(), stderr: stderr.text() }
}

/** `spawnProgram`, where anything but exit code 0 throws with the last lines the program wrote. */
export async function runProgram(
  file: string,
  args: readonly string[],
  options: ProgramOptions = {}
): Promise<ProgramResult> {
  const result = await spawnProgram(file, args, options)
  if (result.exitCode !== 0) {
    const how =
      result.exitCode === null
        ? `was killed (${result.signal ?? '?'})`
        : `exited with ${result.exitCode}`
    const tail = lastLines(`${result.stdout}\n${result.stderr}`, 15)
    throw new ProgramError(`${file} ${args.join(' ')} ${how}:\n${tail}`, result)
  }
  return result
}

export function lastLines(text: string, count: number): string {
  return text
    .split(/\r?\n/)
    .filter(line => line.trim() !== '')
    .slice(-count)
    .join('\n')
}

/** The environment of this process as a plain record, for a child that needs a few more keys. */
export function childEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries({ ...process.env, ...extra })) {
    if (value !== undefined) env[key] = value
  }
  return env
}
