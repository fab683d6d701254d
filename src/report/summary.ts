import type { RunnerContext } from '../context.js'
import type { Artifact } from '../release/artifact.js'
import { consoleLink } from '../release/console.js'
import type { Outcome, RunResult } from './result.js'

/**
 * Text for HTML: the summary shows names and messages that programs and people wrote. Line
 * breaks too are character references: the summary is Markdown whose HTML blocks end at a blank
 * line, after which text would be Markdown again (a heading, a link) and say what it likes.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\r\n]/g, c => `&#${c.charCodeAt(0)};`)
}

export function duration(ms: number): string {
  // Rounded to the unit shown before the unit is chosen: 179.6 s is 3 min 0 s, not 2 min 60 s.
  if (Math.round(ms) < 1000) return `${Math.round(ms)} ms`
  const tenths = Math.round(ms / 100)
  if (tenths < 1200) return `${(tenths / 10).toFixed(1)} s`
  const seconds = Math.round(ms / 1000)
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`
}

/** A table whose cells are HTML already (escaped where they are text). */
function table(header: string[], rows: string[][]): string {
  const tr = (cells: string[], tag: string) =>
    `<tr>${cells.map(c => `<${tag}>${c}</${tag}>`).join('')}</tr>`
  return `<table>${tr(header, 'th')}${rows.map(r => tr(r, 'td')).join('')}</table>\n`
}

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`

/** Each outcome's title and sentence, from the version and how many AMIs the release has. */
type Headline = (version: string, amis: string) => [string, string]
const HEADLINES: Record<Exclude<Outcome, 'failed' | 'installed'>, Headline> = {
  built: (v, amis) => [`Released ${v}`, `Built and tagged ${amis}.`],
  reused: v => [
    `Reused ${v}`,
    'An image of this version and lineage already existed: it was reused, and nothing was built.'
  ],
  finished: (v, amis) => [
    `Released ${v}`,
    `An earlier attempt of this run built the release but did not release it; this run released ${amis}. Nothing was built.`
  ],
  found: (v, amis) => [
    `Found ${v}`,
    `The release exists: ${amis}. Nothing was installed or built.`
  ],
  cancelled: v => [
    `Release ${v} cancelled`,
    'The build was cancelled; Packer was asked to clean up, and the post step removes what this run left.'
  ],
  skipped: () => ['Not a release', 'Nothing was installed, built or changed.'],
  'invalid-input': () => ['Inputs refused', 'Nothing was downloaded, run, or asked of AWS.'],
  validated: () => ['Template valid', 'The template passed packer validate. Nothing was built.']
}

function headline(r: RunResult): [string, string] {
  const v = r.version ?? ''
  // A failure names a release only when it was one (its version known): a template that failed
  // mode: validate on a pull request, or a lookup, is no release that failed.
  if (r.outcome === 'failed') return [v ? `Release ${v} failed` : 'Failed', failureDetail(r)]
  if (r.outcome === 'installed') return ['Tools installed', installed(r)]
  return HEADLINES[r.outcome](v, plural(r.artifacts?.length ?? 0, 'AMI'))
}

/** What `mode: install` put on PATH: Packer, and Ansible unless ansible-version was none. */
function installed(r: RunResult): string {
  const packer = `Packer ${r.tools?.packer ?? ''}`.trim()
  return r.tools?.ansible
    ? `${packer} and Ansible ${r.tools.ansible} are on PATH for the next steps.`
    : `${packer} is on PATH for the next steps; no Ansible was installed (ansible-version: none).`
}

function failureDetail(r: RunResult): string {
  const built = r.built ?? []
  if (built.length === 0) return 'No AMI was built.'
  const list = built.map(a => `${a.amiId} (${a.region})`).join(', ')
  return r.tagged
    ? `These AMIs were built and tagged before the failure: ${list}.`
    : `These AMIs were built but not released (not tagged): ${list}. Re-run the job: it releases them, and builds only what is missing.`
}

function amiCell(a: Artifact): string {
  const link = consoleLink(a.region, a.amiId)
  return link ? `<a href="${escapeHtml(link)}">${escapeHtml(a.amiId)}</a>` : escapeHtml(a.amiId)
}

function details(r: RunResult, context: RunnerContext, totalMs: number): string[][] {
  const run = context.runId
    ? `${context.serverUrl}/${context.repository}/actions/runs/${context.runId}`
    : undefined
  const rows: [string, string | undefined][] = [
    ['Version', r.version],
    ['Lineage', r.lineage],
    ['Region', r.region],
    ['Source AMI', r.sourceImages?.join(', ') || undefined],
    ['Packer', r.tools?.packer],
    ['Plugins', r.tools?.plugins],
    ['Ansible', r.tools?.ansible],
    ['Commit', context.sha ? `${context.repository}@${context.sha.slice(0, 12)}` : undefined],
    ['Run', run],
    ['Total time', duration(totalMs)]
  ]
  return rows
    .filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '')
    .map(([k, v]) => [
      k,
      k === 'Run' ? `<a href="${escapeHtml(v)}">${escapeHtml(v)}</a>` : escapeHtml(v)
    ])
}

/** The job summary of a run, as HTML: what the outcome was, the AMIs, where they were published, what retention did. */
export function renderSummary(
  r: RunResult,
  context: RunnerContext,
  phases: [string, number][],
  totalMs: number
): string {
  const [title, sentence] = headline(r)
  let html = `<h2>${escapeHtml(title)}</h2>\n${escapeHtml(sentence)}\n`
  if (r.error) html += `<pre lang="text"><code>${escapeHtml(r.error)}</code></pre>\n`
  for (const note of r.notes ?? []) html += `<p>${escapeHtml(note)}</p>\n`
  const shown = r.artifacts?.length ? r.artifacts : (r.built ?? [])
  if (shown.length > 0)
    html += table(
      ['Build', 'Region', 'AMI', 'Name'],
      shown.map(a => [
        escapeHtml(a.build),
        escapeHtml(a.region),
        amiCell(a),
        escapeHtml(r.names?.[a.amiId] ?? '')
      ])
    )
  if (r.ssm?.length)
    html += `<h3>SSM parameter</h3>\n${table(
      ['Region', 'Parameter', 'Version', 'Before'],
      r.ssm.map(p => [p.region, p.parameter, String(p.version), p.previous ?? ''].map(escapeHtml))
    )}`
  if (r.retention?.rows.length)
    html += `<h3>Older images</h3>\n${table(
      ['Region', 'Build', 'AMI', 'Version', 'Outcome'],
      r.retention.rows.map(row =>
        [row.region, row.build, row.amiId, row.version, row.outcome].map(escapeHtml)
      )
    )}`
  const rows = details(r, context, totalMs)
  if (r.version !== undefined && rows.length > 0)
    html += `<h3>Details</h3>\n${table(['', ''], rows).replace(/<tr><th><\/th><th><\/th><\/tr>/, '')}`
  if (phases.length > 0)
    html += `<h3>Phases</h3>\n${table(
      ['Phase', 'Time'],
      phases.map(([phase, ms]) => [escapeHtml(phase), duration(ms)])
    )}`
  return html
}
