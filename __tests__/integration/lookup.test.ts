import * as fs from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { errors, type StepResult } from '../../testbed/runner.js'
import { jsonTemplate } from '../../testbed/templates.js'
import { useReleaseBed } from '../helpers/release-bed.js'

/**
 * `mode: lookup` as deploy and rollback jobs use it: the outputs of the whole release of a
 * version, the same the release job wrote, whatever the lookup job has checked out.
 */
const { bed } = useReleaseBed()

/** A deploy job's lookup of release-1.0.0 with `template`. */
const lookup = (
  template: string,
  extra: Record<string, string> = {},
  env?: Record<string, string>
) =>
  bed.main({
    ref: 'refs/heads/main',
    ...(env ? { env } : {}),
    inputs: bed.inputs({ mode: 'lookup', template, 'image-version': 'release-1.0.0', ...extra })
  })

/** `found` gives the `outputs` the release job `built` gave. */
const expectSame = (found: StepResult, built: StepResult, outputs: string[]) => {
  expect(errors(found)).toEqual([])
  for (const output of outputs) expect(found.outputs[output], output).toBe(built.outputs[output])
}

describe('mode: lookup without a checkout of the template', () => {
  it('outputs the first build in the release’s template order, as the release job did', async () => {
    // Template order is not name order: `zeta` is the first build.
    const template = bed.template('lookup-order/app.pkr.hcl', {
      builds: [
        { name: 'zeta', amiRegions: ['us-west-2'] },
        { name: 'alpha', amiRegions: ['us-west-2'] }
      ]
    })
    const built = await bed.main({
      ref: 'refs/tags/release-1.0.0',
      inputs: bed.inputs({ template, 'ansible-version': 'none', lineage: 'web' })
    })
    expect(errors(built)).toEqual([])
    const builds = JSON.parse(built.outputs['builds'] ?? '{}') as Record<string, unknown>
    expect(Object.keys(builds)[0]).toMatch(/zeta/)

    const file = path.join(bed.job.workspace, template)
    fs.rmSync(file)
    const outputs = ['ami-id', 'amis', 'artifacts', 'builds', 'region']
    expectSame(await lookup(template, { lineage: 'web' }), built, outputs)

    // A checkout where the template lists the same builds in another order since.
    bed.template('lookup-order/app.pkr.hcl', {
      builds: [
        { name: 'alpha', amiRegions: ['us-west-2'] },
        { name: 'zeta', amiRegions: ['us-west-2'] }
      ]
    })
    const again = await lookup(template, { lineage: 'web', 'ssm-parameter': '/img/web' })
    expectSame(again, built, outputs)
    const parameter = bed.ssm.inspect.parameters('us-east-1').find(p => p.name === '/img/web')
    expect(parameter?.value).toBe(built.outputs['ami-id'])
  })
})

describe('mode: lookup with the region from AWS_REGION', () => {
  it('looks where the template builds, as the release job did', async () => {
    // The template builds in us-west-2; the job's AWS_REGION (configure-aws-credentials) says
    // us-east-1, and no aws-region is given: the release follows the template.
    const template = bed.template('lookup-region/app.pkr.hcl', {
      region: 'us-west-2',
      builds: [{ name: 'app' }]
    })
    const env = { AWS_REGION: 'us-east-1' }
    const built = await bed.main({
      ref: 'refs/tags/release-1.0.0',
      env,
      inputs: bed.inputs({ template, 'ansible-version': 'none', 'aws-region': '' })
    })
    expect(errors(built)).toEqual([])
    expect(built.outputs['region']).toBe('us-west-2')

    const found = await lookup(template, { 'aws-region': '' }, env)
    expectSame(found, built, ['ami-id', 'amis', 'artifacts', 'builds', 'lineage', 'region'])
  })
})

describe('outputs of a build of any name', () => {
  it('a legacy JSON builder named constructor is in amis and builds, released and looked up', async () => {
    const template = bed.write(
      'lookup-names/app.json',
      jsonTemplate({
        target: { communicator: 'none' },
        endpoint: bed.endpoint.url,
        builds: [{ name: 'constructor', amiRegions: ['us-west-2'] }]
      })
    )
    const built = await bed.main({
      ref: 'refs/tags/release-1.0.0',
      inputs: bed.inputs({ template, 'ansible-version': 'none' })
    })
    expect(errors(built)).toEqual([])
    const amis = {
      'us-east-1': built.outputs['ami-id'],
      'us-west-2': expect.stringMatching(/^ami-/) as unknown
    }
    expect(JSON.parse(built.outputs['amis'] ?? 'null')).toEqual(amis)
    expect(JSON.parse(built.outputs['builds'] ?? 'null')).toEqual({ constructor: amis })
    expectSame(await lookup(template), built, ['ami-id', 'amis', 'builds'])
  })
})

describe('a rollback of one build, with only', () => {
  it('points that build’s parameter back and leaves the others, without failing', async () => {
    const template = bed.template('lookup-only/app.pkr.hcl', {
      builds: [{ name: 'a' }, { name: 'b' }]
    })
    const release = async (version: string) => {
      const result = await bed.main({
        ref: `refs/tags/${version}`,
        inputs: bed.inputs({
          template,
          'ansible-version': 'none',
          lineage: 'web',
          'ssm-parameter': '/img/{build}'
        })
      })
      expect(errors(result)).toEqual([])
      return JSON.parse(result.outputs['builds'] ?? '{}') as Record<string, Record<string, string>>
    }
    const first = await release('release-1.0.0')
    const second = await release('release-2.0.0')
    const found = await lookup(template, {
      lineage: 'web',
      only: 'amazon-ebs.b',
      'ssm-parameter': '/img/{build}'
    })
    expect(errors(found)).toEqual([])
    const value = (name: string) =>
      bed.ssm.inspect.parameters('us-east-1').find(p => p.name === name)?.value
    expect(value('/img/amazon-ebs.b')).toBe(first['amazon-ebs.b']?.['us-east-1'])
    expect(value('/img/amazon-ebs.a')).toBe(second['amazon-ebs.a']?.['us-east-1'])
  })
})
