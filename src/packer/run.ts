import { inertLog } from '../exec/inert-log.js'
import { childEnv, spawnProgram } from '../exec/program.js'
import type { Artifact } from '../release/artifact.js'
import { BuildOutputReader, type BuildObserver } from './build-output.js'

export interface PackerCommand {
  binary: string
  args: string[]
  cwd: string
  env: Record<string, string>
}

export interface BuildResult extends Pick<
  BuildOutputReader,
  'errors' | 'buildErrors' | 'ansibleFailure'
> {
  exitCode: number | null
  signal: NodeJS.Signals | null
  artifacts: Artifact[]
  /** A SIGINT or SIGTERM reached the action while Packer ran. */
  cancelled: boolean
}

// After Packer exits, a provisioner's child (ansible-playbook after a cancel) can hold its
// stdout open; the rest of the log is waited for this long, not until the pipe closes.
const DRAIN_AFTER_EXIT_MS = 1000

/**
 * Runs `packer build -machine-readable` and reads its output (BuildOutputReader): lines go to
 * the log as text only (see InertLog), and what Packer says of the builds (the resources a
 * build names, a build that finished, an artifact) is handed to `observer` as it appears. A
 * cancel of the job (SIGINT, then SIGTERM from the runner) is passed to Packer as SIGTERM, which
 * its parent process forwards to the build (it ignores SIGINT:
 * mitchellh/panicwrap@v1.0.0:panicwrap.go:171-194); the action then waits for Packer to exit.
 */
export async function runPackerBuild(
  command: PackerCommand,
  builds: readonly string[],
  observer: BuildObserver
): Promise<BuildResult> {
  const reader = new BuildOutputReader(builds, line => inertLog.line(line), observer)
  let cancelled = false
  const { exitCode, signal } = await spawnProgram(command.binary, command.args, {
    cwd: command.cwd,
    env: childEnv(command.env),
    echo: true,
    onLine: line => reader.line(line),
    drainAfterExitMs: DRAIN_AFTER_EXIT_MS,
    onCancel: signal => {
      cancelled = true
      observer.cancelled(signal)
    }
  })
  return {
    exitCode,
    signal,
    artifacts: reader.artifacts.artifacts,
    errors: reader.errors,
    buildErrors: reader.buildErrors,
    ansibleFailure: reader.ansibleFailure,
    cancelled
  }
}
