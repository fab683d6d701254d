import * as http from 'node:http'
import { closeServer, listenOnLoopback } from '../loopback.js'
import { Clock } from '../clock.js'

/** One release as the endpoint keeps it. */
export interface Release {
  id: number
  owner: string
  repo: string
  tagName: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  createdAt: string
  publishedAt: string | null
}

export interface ReleaseSeed {
  tag: string
  name?: string
  body?: string
  draft?: boolean
  prerelease?: boolean
}

export interface GitHubRequest {
  method: string
  path: string
  status: number
  /** Whether an `authorization` header came with it (never its value). */
  authorized: boolean
  /** The parsed JSON body of a PATCH. */
  body: unknown
}

export interface GitHubEndpoint {
  url: string
  requests: GitHubRequest[]
  seed: {
    /** Returns the release's ID. */
    release(owner: string, repo: string, seed: ReleaseSeed): number
  }
  inspect: {
    releases(owner: string, repo: string): Release[]
  }
  /** Answers the next `count` requests (matching `when`) with `status` and GitHub's error body. */
  failNext(
    count: number,
    status?: number,
    when?: (request: { method: string; path: string }) => boolean
  ): void
  reset(): void
  close(): Promise<void>
}

const DOCS = 'https://docs.github.com/rest'

interface Route {
  method: string
  pattern: RegExp
  /** GitHub's documentation link in a 404 of this route. */
  docs: string
  /** The answer, or undefined for GitHub's 404. */
  handle(match: string[], body: unknown, query: URLSearchParams): unknown
}

function errorJson(message: string, status: number, docs = DOCS) {
  return { status, json: { message, documentation_url: docs, status: String(status) } }
}

/**
 * The part of GitHub's REST API the action uses, on 127.0.0.1 for Octokit (GITHUB_API_URL):
 * get a release by tag, list releases, update a release. Every request needs an `authorization` header.
 */
export async function startGitHubEndpoint(
  options: { clock?: Clock } = {}
): Promise<GitHubEndpoint> {
  const clock = options.clock ?? new Clock()
  const releases = new Map<number, Release>()
  const requests: GitHubRequest[] = []
  let failures: {
    count: number
    status: number
    when: ((r: { method: string; path: string }) => boolean) | undefined
  }[] = []
  let nextId = 1000
  let url = ''

  const releaseJson = (r: Release) => {
    const api = `${url}/repos/${r.owner}/${r.repo}/releases/${r.id}`
    return {
      url: api,
      assets_url: `${api}/assets`,
      upload_url: `https://uploads.github.com/repos/${r.owner}/${r.repo}/releases/${r.id}/assets{?name,label}`,
      html_url: `https://github.com/${r.owner}/${r.repo}/releases/tag/${r.tagName}`,
      id: r.id,
      node_id: `RE_${Buffer.from(String(r.id)).toString('base64')}`,
      tag_name: r.tagName,
      target_commitish: 'main',
      name: r.name,
      draft: r.draft,
      prerelease: r.prerelease,
      created_at: r.createdAt,
      published_at: r.publishedAt,
      author: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
      assets: [],
      tarball_url: `${url}/repos/${r.owner}/${r.repo}/tarball/${r.tagName}`,
      zipball_url: `${url}/repos/${r.owner}/${r.repo}/zipball/${r.tagName}`,
      body: r.body
    }
  }

  const find = (owner: string, repo: string, test: (r: Release) => boolean) =>
    [...releases.values()].find(r => r.owner === owner && r.repo === repo && test(r))

  const routes: Route[] = [
    {
      method: 'GET',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/releases\/tags\/(.+)$/,
      docs: 'https://docs.github.com/rest/releases/releases#get-a-release-by-tag-name',
      // "Get a published release with the specified tag": a draft is not one.
      handle: ([owner = '', repo = '', tag = '']) => {
        const release = find(owner, repo, r => r.tagName === decodeURIComponent(tag) && !r.draft)
        return release && releaseJson(release)
      }
    },
    {
      method: 'GET',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/releases$/,
      docs: 'https://docs.github.com/rest/releases/releases#list-releases',
      // Newest first, drafts too (every request here has push access); `per_page` up to 100.
      handle: ([owner = '', repo = ''], _body, query) => {
        const perPage = Math.min(100, Number(query.get('per_page') ?? 30) || 30)
        const page = Math.max(1, Number(query.get('page') ?? 1) || 1)
        return [...releases.values()]
          .filter(r => r.owner === owner && r.repo === repo)
          .sort((a, b) => b.id - a.id)
          .slice((page - 1) * perPage, page * perPage)
          .map(releaseJson)
      }
    },
    {
      method: 'GET',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/releases\/(\d+)$/,
      docs: 'https://docs.github.com/rest/releases/releases#get-a-release',
      handle: ([owner = '', repo = '', id = '']) => {
        const release = find(owner, repo, r => r.id === Number(id))
        return release && releaseJson(release)
      }
    },
    {
      method: 'PATCH',
      pattern: /^\/repos\/([^/]+)\/([^/]+)\/releases\/(\d+)$/,
      docs: 'https://docs.github.com/rest/releases/releases#update-a-release',
      handle: ([owner = '', repo = '', id = ''], body) => {
        const release = find(owner, repo, r => r.id === Number(id))
        if (!release) return undefined
        const changes = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>
        if (typeof changes['body'] === 'string') release.body = changes['body']
        if (typeof changes['name'] === 'string') release.name = changes['name']
        if (typeof changes['tag_name'] === 'string') release.tagName = changes['tag_name']
        if (typeof changes['draft'] === 'boolean') release.draft = changes['draft']
        if (typeof changes['prerelease'] === 'boolean') release.prerelease = changes['prerelease']
        return releaseJson(release)
      }
    }
  ]

  const answer = (
    method: string,
    path: string,
    authorized: boolean,
    body: unknown,
    query: URLSearchParams
  ) => {
    const failure = failures.find(f => f.count > 0 && (f.when?.({ method, path }) ?? true))
    if (failure) {
      failure.count--
      return errorJson(failure.status >= 500 ? 'Server Error' : 'Error', failure.status)
    }
    if (!authorized) return errorJson('Requires authentication', 401)
    for (const route of routes) {
      const match = route.method === method ? route.pattern.exec(path) : null
      if (!match) continue
      const json = route.handle(match.slice(1), body, query)
      return json === undefined ? errorJson('Not Found', 404, route.docs) : { status: 200, json }
    }
    return errorJson('Not Found', 404)
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const method = req.method ?? 'GET'
      const { pathname: path, searchParams: query } = new URL(req.url ?? '/', 'http://x')
      const text = Buffer.concat(chunks).toString('utf8')
      let body: unknown
      try {
        body = text ? JSON.parse(text) : undefined
      } catch {
        body = text
      }
      const authorized = Boolean(req.headers.authorization)
      const { status, json } = answer(method, path, authorized, body, query)
      requests.push({ method, path, status, authorized, body })
      const payload = JSON.stringify(json)
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(payload),
        'x-github-request-id': `TESTBED:${requests.length}`,
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999'
      })
      res.end(payload)
    })
  })
  url = await listenOnLoopback(server)

  return {
    url,
    requests,
    seed: {
      release(owner, repo, seed) {
        const id = nextId++
        const now = clock.iso().replace(/\.\d{3}Z$/, 'Z')
        releases.set(id, {
          id,
          owner,
          repo,
          tagName: seed.tag,
          name: seed.name ?? seed.tag,
          body: seed.body ?? null,
          draft: seed.draft ?? false,
          prerelease: seed.prerelease ?? false,
          createdAt: now,
          publishedAt: seed.draft ? null : now
        })
        return id
      }
    },
    inspect: {
      releases: (owner, repo) =>
        [...releases.values()]
          .filter(r => r.owner === owner && r.repo === repo)
          .map(r => ({ ...r }))
    },
    failNext(count, status = 502, when) {
      failures.push({ count, status, when })
    },
    reset() {
      releases.clear()
      requests.length = 0
      failures = []
      if (!options.clock) clock.useRealTime()
    },
    close: () => closeServer(server)
  }
}
