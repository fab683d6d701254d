import { createHash } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { say } from '../exec/inert-log.js'
import type { Artifact } from '../release/artifact.js'
import { consoleLink } from '../release/console.js'

function markers(lineage: string): { start: string; end: string } {
  const id = createHash('sha256').update(lineage).digest('hex').slice(0, 12)
  return { start: `<!-- packer-ami-release ${id} -->`, end: `<!-- /packer-ami-release ${id} -->` }
}

/** The release notes' section for one stream: the version and a region → AMI table with links. */
export function amiSection(version: string, lineage: string, artifacts: Artifact[]): string {
  const { start, end } = markers(lineage)
  const cell = (text: string) => text.replace(/\|/g, '\\|')
  const rows = artifacts.map(a => {
    const link = consoleLink(a.region, a.amiId)
    return `| ${cell(a.build)} | ${a.region} | ${link ? `[${a.amiId}](${link})` : a.amiId} |`
  })
  return [
    start,
    `### AMIs of ${cell(version)}`,
    '',
    `Lineage \`${lineage.replace(/`/g, "'")}\``,
    '',
    '| Build | Region | AMI |',
    '| --- | --- | --- |',
    ...rows,
    end
  ].join('\n')
}

/**
 * `body` with the stream's section replaced, or appended when it has none yet. The section is the
 * first end marker with a start before it, from the start nearest before it: a start whose end
 * someone deleted (and what they wrote after it) is left as it is, never taken as the start of a
 * later section.
 */
export function withSection(body: string, lineage: string, section: string): string {
  const { start, end } = markers(lineage)
  for (let to = body.indexOf(end); to >= 0; to = body.indexOf(end, to + end.length)) {
    const from = body.lastIndexOf(start, to)
    if (from >= 0) return `${body.slice(0, from)}${section}${body.slice(to + end.length)}`
  }
  return body.trim() === '' ? section : `${body.replace(/\s+$/, '')}\n\n${section}`
}

/** How long updating a release's notes may take in all, its requests and waits included. */
export const NOTES_DEADLINE_MS = 120_000

type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>

/**
 * The release of `tag`: a published one, or a draft (Release Drafter's, or one made before the
 * tag was pushed), which GitHub finds only in the list of releases, the newest 100 of them
 * (docs.github.com/rest/releases/releases: "Get a published release with the specified tag").
 */
async function releaseOfTag(
  octokit: Octokit,
  { owner, repo, tag, signal }: { owner: string; repo: string; tag: string; signal: AbortSignal }
): Promise<{ id: number; body?: string | null; html_url: string } | undefined> {
  /**
   * Octokit answers an answer whose body it could not read (cut off, or read past the
   * deadline) with no data: that is no answer, never "no release".
   */
  const read = <T>(data: T | undefined, valid: (d: T) => boolean): T => {
    signal.throwIfAborted()
    if (data === undefined || !valid(data))
      throw new Error(`GitHub's answer about the release of ${tag} could not be read`)
    return data
  }
  try {
    const found = await octokit.rest.repos.getReleaseByTag({
      owner,
      repo,
      tag,
      request: { signal }
    })
    return read(found.data, d => typeof d.id === 'number')
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error
  }
  const list = { owner, repo, per_page: 100, request: { signal } }
  const { data } = await octokit.rest.repos.listReleases(list)
  return read(data, Array.isArray).find(r => r.draft && r.tag_name === tag)
}

/**
 * Adds the section to the GitHub Release of `tag` (or replaces it, on a re-run), through
 * @actions/github's Octokit (GITHUB_API_URL). The jobs of a matrix each own a section of one
 * release, and GitHub has no conditional update: a job that read the notes before another's
 * update can write over it. So each job looks again `settleMs` after its last update, and puts
 * its section back when it was dropped; a job never writes from a read older than that. The
 * whole update, every request and read of an answer included, ends by `deadlineMs`: an API that
 * stops answering, or trickles its answer, fails it naming the host.
 */
export async function updateReleaseNotes(options: {
  token: string
  tag: string
  version: string
  lineage: string
  artifacts: Artifact[]
  settleMs?: number
  deadlineMs?: number
}): Promise<{ kind: 'updated'; url: string } | { kind: 'no-release'; tag: string }> {
  const { tag, lineage, settleMs = 3000, deadlineMs = NOTES_DEADLINE_MS } = options
  const signal = AbortSignal.timeout(deadlineMs)
  let proxy: { destroy(): Promise<void> } | undefined
  try {
    const [github, { defaults }, { HttpClient }] = await Promise.all([
      import('@actions/github'),
      import('@actions/github/lib/utils'),
      import('@actions/http-client')
    ])
    // The runner's proxy, for this update alone: the toolkit's one for the process keeps a
    // CONNECT the deadline gave up on waiting (undici: 300 s), and the step's process with it.
    const dispatcher = new HttpClient('packer-ami-release').getAgentDispatcher(
      defaults.baseUrl ?? github.context.apiUrl
    )
    proxy = dispatcher
    const fetch: typeof globalThis.fetch = (url, init) =>
      globalThis.fetch(url, dispatcher ? Object.assign({}, init, { dispatcher }) : init)
    // Octokit warns on stderr, where the runner takes commands too, with the API's headers as they
    // are (a deprecated API's `sunset`); its request options replace the toolkit's (the proxy).
    const log = { debug: () => undefined, info: () => undefined, warn: say, error: say }
    const request = { ...defaults.request, fetch, log }
    const octokit = github.getOctokit(options.token, { log, request })
    const { owner, repo } = github.context.repo
    const section = amiSection(options.version, lineage, options.artifacts)
    for (let attempt = 1; attempt <= 6; attempt++) {
      const release = await releaseOfTag(octokit, { owner, repo, tag, signal })
      if (!release) return { kind: 'no-release', tag }
      const body = release.body ?? ''
      if (body.replace(/\r\n/g, '\n').includes(section))
        return { kind: 'updated', url: release.html_url }
      await octokit.rest.repos.updateRelease({
        owner,
        repo,
        release_id: release.id,
        body: withSection(body, lineage, section),
        request: { signal }
      })
      // Settled once a look this long after the update still shows the section.
      await sleep(settleMs * (0.75 + Math.random() / 2), undefined, { signal })
    }
    throw new Error(`the notes of release ${tag} kept changing under this update`)
  } catch (error) {
    if (!signal.aborted) throw error
    const api = process.env['GITHUB_API_URL'] || 'https://api.github.com'
    const host = URL.canParse(api) ? new URL(api).host : api
    throw new Error(
      `GitHub's API (${host}) did not finish updating the notes of release ${tag} within ${deadlineMs / 1000} s`,
      { cause: error }
    )
  } finally {
    void proxy?.destroy().catch(() => undefined)
  }
}
