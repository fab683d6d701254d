import * as core from '@actions/core'
import type { RunnerContext } from '../context.js'
import type { Artifact } from '../release/artifact.js'
import type { RetentionReport } from '../aws/retention.js'
import type { RetireMode } from '../release/retention.js'
import { consoleLink } from './console.js'

const RETIRED: Record<RetireMode, string> = {
  deregister: 'retired: deregistered with its snapshots',
  deprecate: 'retired: deprecated',
  disable: 'retired: disabled'
}

export type OutcomeKind =
  | 'built'
  | 'reused'
  | 'finished'
  | 'found'
  | 'failed'
  | 'cancelled'
  | 'skipped'
  | 'invalid-input'
  | 'installed'
  | 'validated'

/** Text for HTML: the summary shows names and messages that programs and people wrote. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)
}

function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`
}

/**
 * What happened in one run, gathered as it goes and written once at the end as the job
 * summary, saying what the outcome was: built, reused, finished, found, failed (and what, if
 * anything, was built and tagged), cancelled, skipped, invalid input, installed, validated.
 */
export class RunReport {
  outcome: OutcomeKind | undefined
  error: string | undefined
  version: string | undefined
  lineage: string | undefined
  region: string | undefined
  /** Released (or found) AMIs, in output order. */
  artifacts: Artifact[] = []
  /** What Packer built in this run, tagged or not. */
  built: Artifact[] = []
  tagged = false
  imageNames = new Map<string, string>()
  sourceImages: string[] = []
  tools: {
    packer?: string | undefined
    amazonPlugin?: string | undefined
    ansible?: string | undefined
  } = {}
  retention: RetentionReport[] = []
  retireMode: RetireMode = 'deregister'
  ssm: { parameter: string; region: string; version: number }[] = []
  notes: string[] = []
  private readonly phases: [string, number][] = []

  constructor(
    private readonly context: RunnerContext,
    private readonly startedAt = performance.now()
  ) {}

  /** One phase of the run: a group in the log, timed for the summary. */
  async phase<T>(title: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now()
    try {
      return await core.group(title, work)
    } finally {
      this.phases.push([title, performance.now() - start])
    }
  }

  private headline(): [string, string] {
    const v = this.version ?? ''
    const amis = `${this.artifacts.length} AMI${this.artifacts.length === 1 ? '' : 's'}`
    switch (this.outcome) {
      case 'built':
        return [`Released ${v}`, `Built and tagged ${amis}.`]
      case 'reused':
        return [
          `Reused ${v}`,
          'An image of this version and lineage already existed: it was reused, and nothing was built.'
        ]
      case 'finished':
        return [
          `Released ${v}`,
          `An earlier attempt of this run built the release but did not release it; this run released ${amis}. Nothing was built.`
        ]
      case 'found':
        return [`Found ${v}`, `The release exists: ${amis}. Nothing was installed or built.`]
      case 'cancelled':
        return [
          `Release ${v} cancelled`,
          'The build was cancelled; Packer was asked to clean up, and the post step removes what this run left.'
        ]
      case 'skipped':
        return ['Not a release', 'Nothing was installed, built or changed.']
      case 'invalid-input':
        return ['Inputs refused', 'Nothing was downloaded, run, or asked of AWS.']
      case 'installed':
        return ['Tools installed', 'Packer and Ansible are on PATH for the next steps.']
      case 'validated':
        return ['Template valid', 'The template passed packer validate. Nothing was built.']
      default:
        return [`Release ${v} failed`.replace('  ', ' '), this.failureDetail()]
    }
  }

  private failureDetail(): string {
    if (this.built.length === 0) return 'No AMI was built.'
    const list = this.built.map(a => `${a.amiId} (${a.region})`).join(', ')
    return this.tagged
      ? `These AMIs were built and tagged before the failure: ${list}.`
      : `These AMIs were built but not released (not tagged): ${list}. Re-run the job: it releases them, and builds only what is missing.`
  }

  private details(): string[][] {
    const rows: [string, string | undefined][] = [
      ['Version', this.version],
      ['Lineage', this.lineage],
      ['Region', this.region],
      ['Source AMI', this.sourceImages.join(', ') || undefined],
      ['Packer', this.tools.packer],
      ['amazon plugin', this.tools.amazonPlugin],
      ['Ansible', this.tools.ansible],
      [
        'Commit',
        this.context.sha ? `${this.context.repository}@${this.context.sha.slice(0, 12)}` : undefined
      ],
      ['Run', this.runUrl()],
      ['Total time', duration(performance.now() - this.startedAt)]
    ]
    return rows
      .filter((r): r is [string, string] => r[1] !== undefined && r[1] !== '')
      .map(([k, v]) => [
        k,
        k === 'Run' ? `<a href="${escapeHtml(v)}">${escapeHtml(v)}</a>` : escapeHtml(v)
      ])
  }

  private runUrl(): string | undefined {
    const c = this.context
    return c.runId ? `${c.serverUrl}/${c.repository}/actions/runs/${c.runId}` : undefined
  }

  private amiCell(a: Artifact): string {
    const link = consoleLink(a.region, a.amiId)
    return link ? `<a href="${escapeHtml(link)}">${escapeHtml(a.amiId)}</a>` : escapeHtml(a.amiId)
  }

  render(): typeof core.summary {
    const [title, sentence] = this.headline()
    const s = core.summary.addHeading(escapeHtml(title), 2).addRaw(escapeHtml(sentence), true)
    if (this.error) s.addCodeBlock(escapeHtml(this.error))
    for (const note of this.notes) s.addRaw(`<p>${escapeHtml(note)}</p>`, true)
    const shown = this.artifacts.length > 0 ? this.artifacts : this.built
    if (shown.length > 0) {
      s.addTable([
        ['Build', 'Region', 'AMI', 'Name'].map(data => ({ data, header: true })),
        ...shown.map(a => [
          escapeHtml(a.build),
          escapeHtml(a.region),
          this.amiCell(a),
          escapeHtml(this.imageNames.get(a.amiId) ?? '')
        ])
      ])
    }
    if (this.ssm.length > 0) {
      s.addHeading('SSM parameter', 3).addTable([
        ['Region', 'Parameter', 'Version'].map(data => ({ data, header: true })),
        ...this.ssm.map(p => [escapeHtml(p.region), escapeHtml(p.parameter), String(p.version)])
      ])
    }
    const retention = this.retention.flatMap(r => [
      ...r.retire.map(i => [
        r.region,
        r.build,
        i.imageId,
        i.version ?? '',
        RETIRED[this.retireMode]
      ]),
      ...r.keep.map(i => [r.region, r.build, i.imageId, i.version ?? '', `kept: ${i.reason}`])
    ])
    if (retention.length > 0) {
      s.addHeading('Older images', 3).addTable([
        ['Region', 'Build', 'AMI', 'Version', 'Outcome'].map(data => ({ data, header: true })),
        ...retention.map(row => row.map(escapeHtml))
      ])
    }
    const details = this.details()
    if (this.version !== undefined && details.length > 0)
      s.addHeading('Details', 3).addTable(details)
    if (this.phases.length > 0) {
      s.addHeading('Phases', 3).addTable([
        ['Phase', 'Time'].map(data => ({ data, header: true })),
        ...this.phases.map(([phase, ms]) => [escapeHtml(phase), duration(ms)])
      ])
    }
    return s
  }

  async write(): Promise<void> {
    if (!process.env['GITHUB_STEP_SUMMARY']) return
    await this.render().write()
  }
}
