import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { startGitHubEndpoint, type GitHubEndpoint } from '../github/server.js'

type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>

let github: GitHubEndpoint
let octokit: Octokit

beforeAll(async () => {
  github = await startGitHubEndpoint()
  // @actions/github reads GITHUB_API_URL when it is first imported.
  vi.stubEnv('GITHUB_API_URL', github.url)
  const { getOctokit } = await import('@actions/github')
  octokit = getOctokit('ghs_testtoken')
})
afterAll(async () => {
  vi.unstubAllEnvs()
  await github?.close()
})
beforeEach(() => github.reset())

describe('GitHub releases through Octokit (@actions/github)', () => {
  it('gets a release by tag and updates its body', async () => {
    const id = github.seed.release('acme', 'images', { tag: 'release-1.0.0', body: 'Notes' })
    const { data } = await octokit.rest.repos.getReleaseByTag({
      owner: 'acme',
      repo: 'images',
      tag: 'release-1.0.0'
    })
    expect(data).toMatchObject({ id, tag_name: 'release-1.0.0', body: 'Notes', draft: false })

    const updated = await octokit.rest.repos.updateRelease({
      owner: 'acme',
      repo: 'images',
      release_id: id,
      body: 'Notes\n\nAMIs: us-east-1 ami-0123456789abcdef0'
    })
    expect(updated.data.body).toBe('Notes\n\nAMIs: us-east-1 ami-0123456789abcdef0')
    expect(github.inspect.releases('acme', 'images')[0]?.body).toContain('ami-0123456789abcdef0')
    expect(github.requests.map(r => [r.method, r.path, r.status, r.authorized])).toEqual([
      ['GET', '/repos/acme/images/releases/tags/release-1.0.0', 200, true],
      ['PATCH', `/repos/acme/images/releases/${id}`, 200, true]
    ])
    expect(github.requests[1]?.body).toEqual({
      body: 'Notes\n\nAMIs: us-east-1 ami-0123456789abcdef0'
    })
  })

  it('answers 404 as GitHub does for a tag without a release, or another repository', async () => {
    github.seed.release('acme', 'images', { tag: 'release-1.0.0' })
    for (const [repo, tag] of [
      ['images', 'release-9.9.9'],
      ['other', 'release-1.0.0']
    ] as const) {
      await expect(
        octokit.rest.repos.getReleaseByTag({ owner: 'acme', repo, tag })
      ).rejects.toMatchObject({
        status: 404,
        response: {
          data: {
            message: 'Not Found',
            documentation_url:
              'https://docs.github.com/rest/releases/releases#get-a-release-by-tag-name',
            status: '404'
          }
        }
      })
    }
    await expect(
      octokit.rest.repos.updateRelease({ owner: 'acme', repo: 'images', release_id: 1, body: 'x' })
    ).rejects.toMatchObject({ status: 404 })
  })

  it('finds a draft only in the list of releases, newest first, paged', async () => {
    const published = github.seed.release('acme', 'images', { tag: 'release-1.0.0' })
    const draft = github.seed.release('acme', 'images', { tag: 'release-2.0.0', draft: true })
    github.seed.release('acme', 'other', { tag: 'release-3.0.0' })
    // "Get a published release with the specified tag".
    await expect(
      octokit.rest.repos.getReleaseByTag({ owner: 'acme', repo: 'images', tag: 'release-2.0.0' })
    ).rejects.toMatchObject({ status: 404 })
    const { data } = await octokit.rest.repos.listReleases({ owner: 'acme', repo: 'images' })
    expect(data.map(r => [r.id, r.tag_name, r.draft])).toEqual([
      [draft, 'release-2.0.0', true],
      [published, 'release-1.0.0', false]
    ])
    const second = await octokit.rest.repos.listReleases({
      owner: 'acme',
      repo: 'images',
      per_page: 1,
      page: 2
    })
    expect(second.data.map(r => r.id)).toEqual([published])
  })

  it('requires an authorization header, and fails on request', async () => {
    github.seed.release('acme', 'images', { tag: 'v1' })
    const anonymous = await fetch(`${github.url}/repos/acme/images/releases/tags/v1`)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({
      message: 'Requires authentication',
      documentation_url: 'https://docs.github.com/rest',
      status: '401'
    })
    github.failNext(1, 502, r => r.method === 'PATCH')
    const { data } = await octokit.rest.repos.getReleaseByTag({
      owner: 'acme',
      repo: 'images',
      tag: 'v1'
    })
    await expect(
      octokit.rest.repos.updateRelease({
        owner: 'acme',
        repo: 'images',
        release_id: data.id,
        body: 'y'
      })
    ).rejects.toMatchObject({ status: 502 })
    expect(github.requests.map(r => r.status)).toEqual([401, 200, 502])
  })
})
