import * as core from '@actions/core'
import type { RetentionReport } from '../aws/retention.js'
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
  retention?: RetentionReport[]
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
  const retention = content.retention ?? []
  if (retention.some(r => r.retired.length > 0 || r.kept.length > 0)) {
    summary.addHeading('Older images', 3)
    summary.addTable([
      [
        { data: 'Region', header: true },
        { data: 'AMI', header: true },
        { data: 'Outcome', header: true }
      ],
      ...retention.flatMap(r => [
        ...r.retired.map(id => [r.region, id, 'retired with its snapshots']),
        ...r.kept.map(k => [r.region, k.imageId, `kept: ${k.reason}`])
      ])
    ])
  }
  await summary.write()
}
