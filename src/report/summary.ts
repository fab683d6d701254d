import * as core from '@actions/core'
import type { Artifact } from './outputs.js'

export interface Timings {
  [phase: string]: number
}

/** Measures a phase for the summary. */
export async function timed<T>(
  timings: Timings,
  phase: string,
  work: () => Promise<T>
): Promise<T> {
  const start = performance.now()
  try {
    return await work()
  } finally {
    timings[phase] = performance.now() - start
  }
}

export function consoleLink(region: string, amiId: string): string {
  return `https://${region}.console.aws.amazon.com/ec2/home?region=${region}#ImageDetails:imageId=${amiId}`
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`
}

export interface SummaryContent {
  imageVersion: string
  artifacts: Artifact[]
  reused: boolean
  timings: Timings
  notes?: string[]
}

/** The job summary: the version, every AMI with a console link, and how long each phase took. */
export async function writeSummary(content: SummaryContent): Promise<void> {
  const summary = core.summary.addHeading(`Image ${content.imageVersion}`, 2)
  summary.addRaw(
    content.reused
      ? 'Reused the existing images of this version; nothing was built.'
      : 'Built and tagged.',
    true
  )
  summary.addTable([
    [
      { data: 'Build', header: true },
      { data: 'Region', header: true },
      { data: 'AMI', header: true }
    ],
    ...content.artifacts.map(a => [
      a.build,
      a.region,
      `<a href="${consoleLink(a.region, a.amiId)}">${a.amiId}</a>`
    ])
  ])
  const phases = Object.entries(content.timings)
  if (phases.length > 0) {
    summary.addTable([
      [
        { data: 'Phase', header: true },
        { data: 'Time', header: true }
      ],
      ...phases.map(([phase, ms]) => [phase, seconds(ms)])
    ])
  }
  for (const note of content.notes ?? []) summary.addRaw(note, true)
  await summary.write()
}
