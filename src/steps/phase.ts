import * as core from '@actions/core'

/** One phase of a run: a group in the log, timed for the summary. */
export type Phase = <T>(title: string, work: () => Promise<T>) => Promise<T>

/** A phase runner, and the phases it timed. */
export function timedPhases(): { phase: Phase; timings: [string, number][] } {
  const timings: [string, number][] = []
  const phase: Phase = async (title, work) => {
    const start = performance.now()
    try {
      return await core.group(title, work)
    } finally {
      timings.push([title, performance.now() - start])
    }
  }
  return { phase, timings }
}
