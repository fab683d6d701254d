import * as core from '@actions/core'
import * as exec from '@actions/exec'
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import type { Artifact } from '../report/outputs.js'
import { childEnv } from '../process.js'
import {
  ArtifactCollector,
  leftoverFromUi,
  parseMachineReadable,
  type Leftover
} from './machine-readable.js'

export interface PackerCommand {
  binary: string
  args: string[]
  cwd: string
  env: Record<string, string>
}

export interface BuildResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  artifacts: Artifact[]
  /** Packer's `ui,error` lines, in order. */
  errors: string[]
  /** A SIGINT or SIGTERM reached the action while Packer ran. */
  cancelled: boolean
}

/** Runs packer init/validate/plugins: output shown live and returned. */
export async function execPacker(
  command: PackerCommand
): Promise<{ exitCode: number; output: string }> {
  const result = await exec.getExecOutput(command.binary, command.args, {
    cwd: command.cwd,
    env: childEnv(command.env),
    ignoreReturnCode: true
  })
  return { exitCode: result.exitCode, output: `${result.stdout}\n${result.stderr}` }
}

// After Packer exits, a provisioner's child (ansible-playbook after a cancel) can hold its
// stdout open; the rest of the log is waited for this long, not until the pipe closes.
const DRAIN_AFTER_EXIT_MS = 1000

/**
 * Runs `packer build -machine-readable`, renders its UI lines into the log, collects AMI
 * artifacts, and reports every temporary resource Packer names as it appears. A cancel of the
 * job (SIGINT, then SIGTERM from the runner) is passed to Packer as SIGTERM, the signal it
 * turns into its own cleanup; the action then waits for Packer to exit.
 */
export async function runPackerBuild(
  command: PackerCommand,
  onLeftover: (leftover: Leftover) => void
): Promise<BuildResult> {
  const child = spawn(command.binary, command.args, {
    cwd: command.cwd,
    env: childEnv(command.env),
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const collector = new ArtifactCollector()
  const errors: string[] = []
  let cancelled = false
  const forward = (signal: NodeJS.Signals) => {
    cancelled = true
    core.warning(
      `Received ${signal}: asking Packer to stop and clean up (SIGTERM), waiting for it to exit`
    )
    child.kill('SIGTERM')
  }
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)

  const lines = createInterface({ input: child.stdout })
  lines.on('line', line => {
    const event = parseMachineReadable(line)
    if (!event) {
      if (line.trim()) core.info(line)
      return
    }
    if (event.type === 'ui') {
      const [level, text = ''] = event.data
      for (const l of text.split('\n')) if (l.trim()) core.info(l)
      if (level === 'error') errors.push(text.trim())
      const leftover = leftoverFromUi(text)
      if (leftover) onLeftover(leftover)
      return
    }
    collector.add(event)
    core.debug(line)
  })
  const stderr = createInterface({ input: child.stderr })
  stderr.on('line', line => {
    if (line.trim()) core.info(line)
  })

  try {
    const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
      (resolve, reject) => {
        child.once('error', reject)
        child.once('exit', (code, sig) => resolve([code, sig]))
      }
    )
    if (child.stdout.readable) {
      await new Promise<void>(resolve => {
        const timer = setTimeout(resolve, DRAIN_AFTER_EXIT_MS)
        lines.once('close', () => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
    lines.close()
    stderr.close()
    child.stdout.destroy()
    child.stderr.destroy()
    return { exitCode, signal, artifacts: collector.artifacts, errors, cancelled }
  } finally {
    process.off('SIGINT', forward)
    process.off('SIGTERM', forward)
  }
}
