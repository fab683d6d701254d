import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { SOURCE_AMI } from '../../testbed/ec2/world.js'
import { ownImages, startReleaseBed, type ReleaseBed } from '../../testbed/release-bed.js'
import { errors } from '../../testbed/runner.js'
import { hclTemplate } from '../../testbed/templates.js'
import { retentionRows } from '../helpers/summary.js'

let bed: ReleaseBed
beforeAll(async () => {
  bed = await startReleaseBed()
})
afterAll(async () => {
  await bed?.close()
})
beforeEach(() => bed.endpoint.reset())

function template(file: string, amiName?: string) {
  return bed.write(
    file,
    hclTemplate({
      endpoint: bed.endpoint.url,
      target: { communicator: 'none' },
      builds: [{ name: 'app', amiRegions: ['us-west-2'], ...(amiName ? { amiName } : {}) }]
    })
  )
}

async function release(
  version: string,
  extra: Record<string, string> = {},
  file = 'keep/app.pkr.hcl'
) {
  const result = await bed.main({
    ref: `refs/tags/release-${version}`,
    inputs: bed.inputs({ template: template(file), 'ansible-version': 'none', ...extra })
  })
  expect(errors(result)).toEqual([])
  return result
}

const idOf = (region: string, version: string, prefix = 'app') =>
  ownImages(bed.endpoint, region).find(i => i.name === `${prefix}-release-${version}`)?.id as string
const names = (region: string) =>
  ownImages(bed.endpoint, region)
    .map(i => i.name)
    .sort()

describe('keep-generations', () => {
  it('keeps the newest N of a lineage in every region, and what instances and launch templates use', async () => {
    for (const v of ['0.1.0', '0.2.0', '0.3.0', '0.4.0']) await release(v)
    await release('9.0.0', {}, 'other/app.pkr.hcl') // another lineage (another template)
    // An instance launched from 0.1.0, stopped; a launch template whose default is 0.2.0.
    const instance = bed.endpoint.seed.instance('us-east-1', {
      imageId: idOf('us-east-1', '0.1.0'),
      state: 'stopped'
    })
    bed.endpoint.seed.launchTemplate('us-east-1', {
      name: 'web',
      versions: [{ imageId: idOf('us-east-1', '0.2.0') }, { imageId: idOf('us-east-1', '0.4.0') }],
      defaultVersion: 1
    })
    bed.endpoint.failNext('DeregisterImage', 2, 'throttle')

    const result = await release('0.5.0', { 'keep-generations': '2' })
    expect(names('us-east-1')).toEqual([
      'app-release-0.1.0',
      'app-release-0.2.0',
      'app-release-0.4.0',
      'app-release-0.5.0',
      'app-release-9.0.0'
    ])
    // A generation any region keeps is kept in every region: a release to roll back to.
    expect(names('us-west-2')).toEqual(names('us-east-1'))
    // Retired images take their snapshots with them.
    const used = new Set(
      bed.endpoint.inspect.images('us-west-2').flatMap(i => i.blockDevices.map(d => d.snapshotId))
    )
    expect(bed.endpoint.inspect.snapshots('us-west-2').filter(s => !used.has(s.id))).toEqual([])
    // The throttled calls were retried, not skipped.
    expect(
      bed.endpoint.requests.filter(
        r => r.action === 'DeregisterImage' && r.error === 'RequestLimitExceeded'
      )
    ).toHaveLength(2)
    // One row per image the count reached, in both regions: a generation is kept whole, for
    // the reason of the image that is in use.
    const rows = retentionRows(result.summary).map(r => `${r.region} ${r.version} ${r.outcome}`)
    const east = (v: string) => idOf('us-east-1', v)
    expect(rows).toEqual([
      'us-west-2 release-0.3.0 retired (deregister)',
      'us-east-1 release-0.3.0 retired (deregister)',
      `us-east-1 release-0.2.0 kept: ${east('0.2.0')} in us-east-1: launch template web (default version 1) uses it`,
      `us-west-2 release-0.2.0 kept: ${east('0.2.0')} in us-east-1: launch template web (default version 1) uses it`,
      `us-east-1 release-0.1.0 kept: ${east('0.1.0')} in us-east-1: instance ${instance} (stopped) was launched from it`,
      `us-west-2 release-0.1.0 kept: ${east('0.1.0')} in us-east-1: instance ${instance} (stopped) was launched from it`
    ])
  })

  it('never takes another template for its own when the template path holds an EC2 wildcard (`*`, `?`)', async () => {
    // The derived lineage is the template's path, and EC2 reads `*` and `?` in a filter value
    // as wildcards: images/web-*/ would match images/web-prod/'s releases.
    await release('0.1.0', {}, 'images/web-prod/app.pkr.hcl')
    await release('0.2.0', { 'keep-generations': '1' }, 'images/web-*/app.pkr.hcl')
    await release('0.3.0', { 'keep-generations': '1' }, 'images/web-?rod/app.pkr.hcl')
    expect(names('us-east-1').filter(n => n === 'app-release-0.1.0')).toHaveLength(1)
    expect(bed.endpoint.requests.some(r => r.action === 'DeregisterImage')).toBe(false)
  })

  it('finds its own releases when the template path holds a backslash (EC2’s escape)', async () => {
    const file = 'images/web\\prod/app.pkr.hcl'
    await release('0.1.0', {}, file)
    const again = await release('0.1.0', {}, file)
    expect(again.outputs['reused']).toBe('true')
  })

  it('keeps everything with the default 0', async () => {
    for (const v of ['1.0.0', '1.1.0', '1.2.0']) await release(v)
    expect(names('us-east-1')).toHaveLength(3)
    expect(bed.endpoint.requests.some(r => r.action === 'DeregisterImage')).toBe(false)
  })

  it('never retires the image a concurrent run of the stream has built but not released yet', async () => {
    // A run of 3.0.1 (another tag, so another claim) started a little earlier: its instance is
    // stopped, its AMI is made and carries that run's completion record, and the run is about
    // to release it. Nobody released it yet: it is no older generation.
    const instance = bed.endpoint.seed.instance('us-east-1', {
      imageId: SOURCE_AMI,
      state: 'stopped',
      launchTime: new Date(Date.now() - 10 * 60_000).toISOString()
    })
    const building = bed.endpoint.seed.image('us-east-1', {
      name: 'app-release-3.0.1',
      creationDate: new Date(Date.now() - 2 * 60_000).toISOString(),
      sourceInstanceId: instance,
      tags: {
        'ImageVersion:complete': 'release-3.0.1',
        'ImageVersion:lineage': 'web',
        'ImageVersion:build': 'amazon-ebs.app',
        'ImageVersion:run': 'acme/images#7.1',
        'ImageVersion:copies': ''
      }
    })

    await release('3.1.0', { lineage: 'web', 'keep-generations': '1' }, 'retain/app.pkr.hcl')
    expect(ownImages(bed.endpoint, 'us-east-1').map(i => i.id)).toContain(building)
    expect(bed.endpoint.requests.filter(r => r.action === 'DeregisterImage')).toEqual([])
  })

  it('a generation in use in one region is kept in every region, so a rollback finds it whole', async () => {
    // Retention keeps or retires each generation whole, in every region (src/stream/retention.ts,
    // planRetention): 8.0.0 is in use in us-east-1 only, and its us-west-2 copy stays, so a
    // lookup of 8.0.0 (a rollback, examples/rollback.yml) returns both regions
    // (src/stream/model.ts, releaseOf).
    const file = 'rollback/app.pkr.hcl'
    const old = await release('8.0.0', {}, file)
    const oldAmis = JSON.parse(old.outputs['amis'] ?? '{}') as Record<string, string>
    const [east, west] = [oldAmis['us-east-1'] ?? '', oldAmis['us-west-2'] ?? '']
    expect(east).not.toBe('')
    expect(west).not.toBe('')
    // Production in us-east-1 still runs 8.0.0; nothing in us-west-2 does.
    const instance = bed.endpoint.seed.instance('us-east-1', { imageId: east })
    const unused = await release('8.0.1', {}, file)
    const unusedAmis = JSON.parse(unused.outputs['amis'] ?? '{}') as Record<string, string>

    const next = await release('8.1.0', { 'keep-generations': '1' }, file)
    const why = `kept: ${east} in us-east-1: instance ${instance} (running) was launched from it`
    expect(
      retentionRows(next.summary)
        .filter(r => r.version === 'release-8.0.0')
        .map(r => `${r.region} ${r.amiId} ${r.outcome}`)
    ).toEqual([`us-east-1 ${east} ${why}`, `us-west-2 ${west} ${why}`])
    expect(ownImages(bed.endpoint, 'us-east-1').map(i => i.id)).toContain(east)
    expect(ownImages(bed.endpoint, 'us-west-2').map(i => i.id)).toContain(west)
    // The generation nothing needs goes in both regions.
    expect(ownImages(bed.endpoint, 'us-east-1').map(i => i.id)).not.toContain(
      unusedAmis['us-east-1']
    )
    expect(ownImages(bed.endpoint, 'us-west-2').map(i => i.id)).not.toContain(
      unusedAmis['us-west-2']
    )

    const rollback = await bed.main({
      ref: 'refs/heads/main',
      inputs: bed.inputs({ mode: 'lookup', template: file, 'image-version': 'release-8.0.0' })
    })
    expect(errors(rollback)).toEqual([])
    expect(JSON.parse(rollback.outputs['amis'] ?? '{}')).toEqual({
      'us-east-1': east,
      'us-west-2': west
    })
  })
})

describe('on-existing', () => {
  it('fail: names the existing AMI and builds nothing', async () => {
    await release('2.0.0')
    const existing = idOf('us-east-1', '2.0.0')
    const result = await bed.main({
      ref: 'refs/tags/release-2.0.0',
      inputs: bed.inputs({
        template: template('keep/app.pkr.hcl'),
        'ansible-version': 'none',
        'on-existing': 'fail'
      })
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toBe(
      `Input 'on-existing': is 'fail' and ${existing} in us-east-1 already carries release-2.0.0`
    )
  })

  it('rebuild: builds, tags the new images, then retires the older ones of this version in every region', async () => {
    const stamped = '"app-${var.image_version}-${formatdate("hhmmss", timestamp())}${uuidv4()}"'
    const file = 'rebuild/app.pkr.hcl'
    bed.write(
      file,
      hclTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'none' },
        builds: [{ name: 'app', amiRegions: ['us-west-2'], amiName: stamped }]
      })
    )
    const run = (extra: Record<string, string> = {}) =>
      bed.main({
        ref: 'refs/tags/release-3.0.0',
        inputs: bed.inputs({
          template: file,
          'ansible-version': 'none',
          'on-existing': 'rebuild',
          ...extra
        })
      })
    const first = await run()
    expect(errors(first)).toEqual([])
    const before = {
      east: ownImages(bed.endpoint, 'us-east-1')[0]?.id,
      west: ownImages(bed.endpoint, 'us-west-2')[0]?.id
    }

    const second = await run()
    expect(errors(second)).toEqual([])
    expect(second.outputs['reused']).toBe('false')
    const after = {
      east: ownImages(bed.endpoint, 'us-east-1').map(i => i.id),
      west: ownImages(bed.endpoint, 'us-west-2').map(i => i.id)
    }
    expect(after.east).toEqual([second.outputs['ami-id']])
    expect(after.east).not.toContain(before.east)
    expect(after.west).toHaveLength(1)
    expect(after.west).not.toContain(before.west)
    expect(JSON.parse(second.outputs['amis'] ?? '{}')).toEqual({
      'us-east-1': after.east[0],
      'us-west-2': after.west[0]
    })
  })

  it('rebuild with an ami_name that does not change per build fails and says why', async () => {
    await release('4.0.0')
    const result = await bed.main({
      ref: 'refs/tags/release-4.0.0',
      inputs: bed.inputs({
        template: template('keep/app.pkr.hcl'),
        'ansible-version': 'none',
        'on-existing': 'rebuild'
      })
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toMatch(/a rebuild needs an ami_name that differs per build/)
    expect(ownImages(bed.endpoint, 'us-east-1')).toHaveLength(1)
  })
})

describe('a generation is a version of the whole release', () => {
  const STAMPED = '"app-${var.image_version}-${formatdate("hhmmss", timestamp())}${uuidv4()}"'
  const write = (file: string, builds: { name: string; amiName?: string }[]) =>
    bed.write(
      file,
      hclTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'none' },
        builds: builds.map(b => ({ ...b, amiRegions: ['us-west-2'] }))
      })
    )
  const run = async (file: string, version: string, extra: Record<string, string> = {}) =>
    bed.main({
      ref: `refs/tags/release-${version}`,
      inputs: bed.inputs({ template: file, 'ansible-version': 'none', ...extra })
    })
  const versions = (region: string) =>
    ownImages(bed.endpoint, region)
      .map(i => `${i.tags['ImageVersion:build'] ?? ''} ${i.tags['ImageVersion'] ?? ''}`)
      .sort()

  it('a version one build keeps in one region is kept for every build in every region', async () => {
    const file = write('whole-builds/app.pkr.hcl', [{ name: 'app' }, { name: 'api' }])
    expect(errors(await run(file, '8.0.0'))).toEqual([])
    const apiEast = ownImages(bed.endpoint, 'us-east-1').find(i => i.name === 'api-release-8.0.0')
    bed.endpoint.seed.instance('us-east-1', { imageId: apiEast?.id ?? '' })
    expect(errors(await run(file, '8.0.1'))).toEqual([])

    const next = await run(file, '8.1.0', { 'keep-generations': '1' })
    expect(errors(next)).toEqual([])
    for (const region of ['us-east-1', 'us-west-2'])
      expect(versions(region)).toEqual([
        'amazon-ebs.api release-8.0.0',
        'amazon-ebs.api release-8.1.0',
        'amazon-ebs.app release-8.0.0',
        'amazon-ebs.app release-8.1.0'
      ])
    const rollback = await bed.main({
      ref: 'refs/heads/main',
      inputs: bed.inputs({ mode: 'lookup', template: file, 'image-version': 'release-8.0.0' })
    })
    expect(errors(rollback)).toEqual([])
    const builds = JSON.parse(rollback.outputs['builds'] ?? '{}') as Record<string, unknown>
    expect(Object.keys(builds).sort()).toEqual(['amazon-ebs.api', 'amazon-ebs.app'])
  })

  it('a rebuild whose older image is still in use keeps the previous generation', async () => {
    const file = write('whole-rebuild/app.pkr.hcl', [{ name: 'app', amiName: STAMPED }])
    expect(errors(await run(file, '6.0.0'))).toEqual([])
    const first = await run(file, '6.1.0')
    bed.endpoint.seed.instance('us-east-1', { imageId: first.outputs['ami-id'] ?? '' })

    const rebuilt = await run(file, '6.1.0', { 'on-existing': 'rebuild', 'keep-generations': '2' })
    expect(errors(rebuilt)).toEqual([])
    expect(versions('us-east-1')).toEqual([
      'amazon-ebs.app release-6.0.0',
      'amazon-ebs.app release-6.1.0',
      'amazon-ebs.app release-6.1.0'
    ])
    // The older image of 6.1.0 is kept, and said once: one row.
    const older = first.outputs['ami-id'] ?? ''
    const rows = retentionRows(rebuilt.summary).filter(r => r.amiId === older)
    expect(rows).toEqual([
      {
        region: 'us-east-1',
        build: 'amazon-ebs.app',
        amiId: older,
        version: 'release-6.1.0',
        outcome: expect.stringMatching(
          new RegExp(
            `^kept: ${older} in us-east-1: instance i-[0-9a-f]+ \\(running\\) was launched from it$`
          )
        ) as unknown
      }
    ])
  })

  it('with retire: deprecate, a rebuild deprecates the older image of its version only, and says so once', async () => {
    const file = write('whole-deprecate/app.pkr.hcl', [{ name: 'app', amiName: STAMPED }])
    const extra = { retire: 'deprecate' }
    expect(errors(await run(file, '5.0.0', extra))).toEqual([])
    const first = await run(file, '5.1.0', extra)
    const older = first.outputs['ami-id'] ?? ''
    const rebuilt = await run(file, '5.1.0', {
      ...extra,
      'on-existing': 'rebuild',
      'keep-generations': '2'
    })
    expect(errors(rebuilt)).toEqual([])
    const deprecated = bed.endpoint.inspect
      .images('us-east-1')
      .filter(i => i.deprecationTime !== undefined)
      .map(i => i.id)
    expect(deprecated).toEqual([older])
    expect(retentionRows(rebuilt.summary).filter(r => r.amiId === older)).toEqual([
      {
        region: 'us-east-1',
        build: 'amazon-ebs.app',
        amiId: older,
        version: 'release-5.1.0',
        outcome: 'retired (deprecate)'
      }
    ])
    expect(rebuilt.summary.split(older).length - 1).toBe(1)
  })

  it('a failure while planning one build retires nothing in any build or region', async () => {
    const file = write('whole-plan/app.pkr.hcl', [{ name: 'app' }, { name: 'api' }])
    expect(errors(await run(file, '9.0.0'))).toEqual([])
    expect(errors(await run(file, '9.1.0'))).toEqual([])
    const apiWest = ownImages(bed.endpoint, 'us-west-2').find(i => i.name === 'api-release-9.0.0')
    bed.endpoint.failNext(
      'DescribeImageAttribute',
      50,
      'unavailable',
      p => p['ImageId'] === apiWest?.id
    )
    const next = await run(file, '9.2.0', { 'keep-generations': '1' })
    expect(next.exitCode).toBe(1)
    // The release stands and is output; only retention failed, and says so.
    expect(errors(next)).toEqual([
      expect.stringMatching(
        /^The images are released, but retiring older images stopped: EC2 DescribeImageAttribute in us-west-2/
      )
    ])
    expect(next.outputs['ami-id']).toMatch(/^ami-/)
    expect(bed.endpoint.requests.filter(r => r.action === 'DeregisterImage')).toEqual([])
    for (const region of ['us-east-1', 'us-west-2'])
      expect(versions(region).filter(v => v.endsWith('release-9.0.0'))).toHaveLength(2)
  })
})
