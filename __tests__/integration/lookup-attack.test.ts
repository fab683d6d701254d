import * as fs from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { errors } from '../../testbed/runner.js'
import { jsonTemplate } from '../../testbed/templates.js'
import { EAST, tag, useReleaseBed } from '../helpers/release-bed.js'

/**
 * `mode: lookup` as a deploy job meets a stream that is not tidy: what it outputs is always an
 * AMI of a whole release the action made, or nothing.
 */
const { bed, inputsFor } = useReleaseBed()

/** A deploy job's `mode: lookup` of release-1.0.0 in lineage `web`, from a branch. */
const lookup = (template: string, extra: Record<string, string>) =>
  bed.main({
    ref: 'refs/heads/main',
    inputs: bed.inputs({
      mode: 'lookup',
      template,
      lineage: 'web',
      'image-version': 'release-1.0.0',
      ...extra
    })
  })

describe('a lookup of one build, with only, in a job without the template', () => {
  const release = async () => {
    const template = bed.template('lookup-attack-only/app.pkr.hcl', {
      builds: [{ name: 'a' }, { name: 'b' }]
    })
    const built = await bed.main({
      ref: tag('release-1.0.0'),
      inputs: inputsFor(template, { lineage: 'web' })
    })
    expect(errors(built)).toEqual([])
    const builds = JSON.parse(built.outputs['builds'] ?? '{}') as Record<
      string,
      Record<string, string>
    >
    fs.rmSync(path.join(bed.job.workspace, template))
    return { template, builds }
  }

  it('outputs that build, not the first', async () => {
    const { template, builds } = await release()
    const found = await lookup(template, { only: 'amazon-ebs.b' })
    expect(errors(found)).toEqual([])
    expect(found.outputs['ami-id']).toBe(builds['amazon-ebs.b']?.[EAST])
    expect(Object.keys(JSON.parse(found.outputs['builds'] ?? '{}') as object)).toEqual([
      'amazon-ebs.b'
    ])
  })

  it('refuses a pattern that names no build of the release, naming the input', async () => {
    const { template } = await release()
    const found = await lookup(template, { only: 'amazon-ebs.bb' })
    expect(found.exitCode).toBe(1)
    expect(found.outputs['ami-id']).toBeUndefined()
    expect(errors(found).join('\n')).toMatch(/only/)
  })
})

describe('a rollback whose {build} parameter names a build SSM refuses', () => {
  it('is refused naming ssm-parameter before any AWS call', async () => {
    const template = bed.write(
      'lookup-attack-names/app.json',
      jsonTemplate({
        target: { communicator: 'none' },
        endpoint: bed.endpoint.url,
        builds: [{ name: 'my app' }]
      })
    )
    const built = await bed.main({
      ref: tag('release-1.0.0'),
      inputs: inputsFor(template, { lineage: 'web' })
    })
    expect(errors(built)).toEqual([])
    bed.endpoint.requests.length = 0
    bed.ssm.requests.length = 0
    const found = await lookup(template, { 'ssm-parameter': '/img/{build}' })
    expect(found.exitCode).toBe(1)
    expect(errors(found).join('\n')).toMatch(/ssm-parameter/)
    expect(bed.endpoint.requests).toEqual([])
    expect(bed.ssm.requests).toEqual([])
  })
})
