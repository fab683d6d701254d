import { CreateTagsCommand, EC2Client } from '@aws-sdk/client-ec2'
import * as http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { claimName } from '../../src/aws/claim.js'
import { awsEnv } from '../../testbed/aws/env.js'
import { ownImages, startReleaseBed, type ReleaseBed } from '../../testbed/release-bed.js'
import { errors } from '../../testbed/runner.js'
import { parseRunnerLog } from '../helpers/runner-log.js'
import { retentionRows } from '../helpers/summary.js'

/**
 * Text the action prints from AWS and GitHub (tag values anyone with CreateTags can write, the
 * API's answers and headers) is never a workflow command on the step's stdout or stderr: not
 * after a new line (`::error::`, `::add-mask::`, `::set-output`), nor `##[` anywhere in a line.
 */
let bed: ReleaseBed
/** A GitHub releases API on loopback that answers with `answer`'s headers and html_url. */
let api: http.Server
let apiUrl: string
let answer: { headers: Record<string, string>; htmlUrl: string; status: number }

beforeAll(async () => {
  bed = await startReleaseBed()
  let body = ''
  api = http.createServer((req, res) => {
    let sent = ''
    req.on('data', (chunk: Buffer) => (sent += chunk.toString()))
    req.on('end', () => {
      if (req.method === 'PATCH') body = (JSON.parse(sent) as { body: string }).body
      res.writeHead(answer.status, {
        'content-type': 'application/json; charset=utf-8',
        ...answer.headers
      })
      res.end(
        JSON.stringify(
          answer.status === 404
            ? { message: 'Not Found' }
            : { id: 7, tag_name: 'release-0.1.0', body, html_url: answer.htmlUrl }
        )
      )
    })
  })
  await new Promise<void>(resolve => api.listen(0, '127.0.0.1', resolve))
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise(resolve => api?.close(resolve))
  await bed?.close()
})
beforeEach(() => bed.endpoint.reset())

/** Releases `version` of the outside-text template through the bundle's main step. */
const release = (version: string, extra: Record<string, string> = {}) =>
  bed.main({
    ref: `refs/tags/release-${version}`,
    inputs: bed.inputs({
      template: bed.template('outside/app.pkr.hcl'),
      'ansible-version': 'none',
      ...extra
    })
  })

/** Writes `value` into an image's version tag, as anyone with ec2:CreateTags can. */
async function tagVersion(imageId: string, value: string): Promise<void> {
  const saved = { ...process.env }
  Object.assign(process.env, awsEnv({ ec2: bed.endpoint.url }))
  const client = new EC2Client({ region: 'us-east-1' })
  // The image and its snapshots, as a release tags them: the text is the release's version.
  const snapshots = bed.endpoint.world
    .region('us-east-1')
    .image(imageId)
    .blockDevices.map(d => d.snapshotId)
  try {
    await client.send(
      new CreateTagsCommand({
        Resources: [imageId, ...snapshots],
        Tags: [{ Key: 'ImageVersion', Value: value }]
      })
    )
  } finally {
    client.destroy()
    process.env = saved
  }
}

const PLANTED = [
  ['after a new line', '\n::error title=planted::planted\n::add-mask::ImageVersion'],
  ['anywhere in a line', ' ##[error]planted'],
  ['after a carriage return', '\r::error title=planted::planted']
] as const

/** No annotation, mask or output came of the planted text, on stdout or stderr. */
function expectNoCommand(output: string): void {
  const log = parseRunnerLog(output)
  expect(log.annotations.filter(a => a.message.includes('planted'))).toEqual([])
  expect(log.masks).not.toContain('ImageVersion')
  expect(log.outputs).toEqual({})
}

describe.each(PLANTED)('text planted %s', (_how, planted) => {
  it('in the run tag of a claim someone else made, while the run waits for it', async () => {
    const lineage = 'web'
    bed.endpoint.seed.keyPair('us-east-1', {
      name: claimName(lineage, 'inj-1', 'ImageVersion'),
      tags: {
        'ImageVersion:lineage': lineage,
        'ImageVersion:claim': 'inj-1',
        'ImageVersion:run': `acme/images#99.1${planted}`
      }
    })
    const result = await bed.main({
      inputs: bed.inputs({
        template: bed.template('outside/app.pkr.hcl'),
        'ansible-version': 'none',
        'image-version': 'inj-1',
        lineage
      }),
      // The run waits up to an hour for the claim: stop it once it said so.
      onSpawn: (child, output) => {
        const timer = setInterval(() => {
          if (!output().includes('waiting for it')) return
          clearInterval(timer)
          child.kill('SIGKILL')
        }, 100)
        child.once('close', () => clearInterval(timer))
      },
      timeoutMs: 60_000
    })
    expect(result.stdout).toContain('waiting for it')
    expectNoCommand(result.stdout)
  })

  it('in the version tag of an older release that retention retires', async () => {
    expect(errors(await release('0.1.0'))).toEqual([])
    const old = ownImages(bed.endpoint, 'us-east-1').find(i => i.name === 'app-release-0.1.0')
    await tagVersion(old?.id ?? '', `release-0.1.0${planted}`)
    const second = await release('0.2.0', { 'keep-generations': '1' })
    expect(second.exitCode).toBe(0)
    expect(second.stdout).toContain(`retired ${old?.id ?? '?'}`)
    expectNoCommand(second.stdout)
  })

  it('in the release URL and the deprecation headers the GitHub API answers', async () => {
    const run = () =>
      bed.main({
        ref: 'refs/tags/release-0.1.0',
        inputs: bed.inputs({
          template: bed.template('outside/app.pkr.hcl'),
          'ansible-version': 'none',
          'release-notes': 'true',
          'github-token': 'ghs_test0token0value0123456789'
        }),
        env: { GITHUB_API_URL: apiUrl }
      })
    // Octokit warns of a deprecated API on stderr, with its headers as they are; a header holds
    // no new line, so only `##[` can be planted there.
    const header = planted.replace(/[\r\n]/g, ' ')
    answer = {
      status: 200,
      htmlUrl: `https://github.com/acme/images/releases/tag/x${planted}`,
      headers: { deprecation: 'true', sunset: `soon${header}` }
    }
    const result = await run()
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain('release-notes: added the AMIs to')
    expectNoCommand(result.stdout)
    expectNoCommand(result.stderr)
    expect(`${result.stdout}${result.stderr}`).toContain('is deprecated')
  })
})

/**
 * The job summary is GitHub Markdown made of HTML blocks: a blank line ends the block, and what
 * follows it is Markdown again. Text from AWS (a tag value anyone with CreateTags can write) is
 * never where it could end the block and say something of its own in the summary.
 */
describe('the job summary', () => {
  it('keeps a version tag with blank lines and Markdown in its table cell', async () => {
    expect(errors(await release('0.1.0'))).toEqual([])
    const old = ownImages(bed.endpoint, 'us-east-1').find(i => i.name === 'app-release-0.1.0')
    const planted = 'release-0.1.0\n\n## Released release-9.9.9\n\n**Nothing was retired.**'
    await tagVersion(old?.id ?? '', planted)
    const second = await release('0.2.0', { 'keep-generations': '1' })
    expect(second.exitCode).toBe(0)
    expect(second.stdout).toContain(`retired ${old?.id ?? '?'}`)
    // The retention row names the planted version, inside its cell, on the table's one line.
    expect(retentionRows(second.summary).map(r => r.version)).toContain(planted)
    expect(
      second.summary
        .trimEnd()
        .split('\n')
        .filter(line => line.trim() === '')
    ).toEqual([])
    expect(second.summary).not.toMatch(/^\s*(##|\*\*)/m)
  })
})
