import type { ChildProcess } from 'node:child_process'
import type { StepOptions, StepResult } from '../../testbed/runner.js'

/** Calls `act` as soon as the step's log contains `text`: on the output itself, no polling. */
export function when(
  text: string,
  act: (child: ChildProcess) => void
): NonNullable<StepOptions['onSpawn']> {
  return child => {
    let seen = ''
    const look = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4096)
      if (!seen.includes(text)) return
      child.stdout?.off('data', look)
      act(child)
    }
    child.stdout?.on('data', look)
  }
}

/**
 * Holds a job where its log first shows `text`, as a slow runner would: pass `onSpawn` to the
 * step; `isHeld` resolves once it is stopped (SIGSTOP), and `resume` lets it go on (SIGCONT).
 */
export function holdAt(text: string) {
  let child: ChildProcess | undefined
  let held!: () => void
  const isHeld = new Promise<void>(resolve => (held = resolve))
  const onSpawn = when(text, stopped => {
    child = stopped
    stopped.kill('SIGSTOP')
    held()
  })
  return { onSpawn, isHeld, resume: () => child?.kill('SIGCONT') }
}

/** What the runner does when its patience ends: SIGKILL to the whole process tree. */
export function killTree(child: ChildProcess): void {
  try {
    process.kill(-(child.pid as number), 'SIGKILL')
  } catch {
    // already gone
  }
}

/** The `amis` output of a step: region → AMI ID ({} when it wrote none). */
export const amisOf = (result: StepResult) =>
  JSON.parse(result.outputs['amis'] ?? '{}') as Record<string, string>
