import { beforeEach, describe, expect, it } from 'vitest'
import {
  applyRetention,
  planRegionRetention,
  type RetentionReport
} from '../../src/aws/retention.js'
import type { RetentionRules, RetireMode } from '../../src/release/retention.js'
import { tagSchema } from '../../src/release/tags.js'
import type { ImageSeed } from '../../testbed/ec2/seed.js'
import { useAwsBed } from '../helpers/aws.js'

/**
 * keep-generations in-process against the loopback EC2: the newest N of one stream's build in
 * one region, and every exclusion as EC2 itself reports it (instances, launch templates,
 * launch permissions, last launch, deregistration protection, the keep tag).
 */
const bed = useAwsBed()

const EAST = 'us-east-1'
const NOW = '2026-06-01T12:00:00.000Z'
const DAY = 24 * 60 * 60 * 1000
const LINEAGE = 'octo/images:app.pkr.hcl'
const OTHER_ACCOUNT = '210987654321'
const schema = tagSchema('ImageVersion')
const ofBuild = (build = 'app') => [
  { Name: `tag:${schema.lineage}`, Values: [LINEAGE] },
  { Name: `tag:${schema.build}`, Values: [build] }
]

beforeEach(() => {
  bed.reset(NOW)
  bed.ec2.configure({ pageSize: 1 })
})

/** One image of the stream per version, a day apart (0.1.0 the oldest), with what keeps it. */
function seedGenerations() {
  let day = 0
  const generation = (version: string, extra: Partial<ImageSeed> = {}, build = 'app') =>
    bed.ec2.seed.image(EAST, {
      name: `${build}-release-${version}`,
      creationDate: new Date(Date.parse('2026-05-01T00:00:00.000Z') + day++ * DAY),
      ...extra,
      tags: {
        ImageVersion: version,
        [schema.lineage]: LINEAGE,
        [schema.build]: build,
        ...extra.tags
      }
    })
  const ago = (days: number) => new Date(Date.parse(NOW) - days * DAY)
  const g = {
    plain: generation('0.0.7'),
    launchedLongAgo: generation('0.0.8', { lastLaunchedTime: ago(30) }),
    pinned: generation('0.2.0', { tags: { [schema.keep]: 'audit' } }),
    protected: generation('0.3.0', { deregistrationProtection: true }),
    launchedRecently: generation('0.4.0', { lastLaunchedTime: ago(5) }),
    public: generation('0.5.0', { public: true }),
    shared: generation('0.6.0', { launchPermissions: { userIds: [OTHER_ACCOUNT] } }),
    templateLatest: generation('0.7.0'),
    templateDefault: generation('0.8.0'),
    inUse: generation('0.9.0'),
    previous: generation('0.9.5'),
    // Retired already, and newer than `previous`: were they counted, it would not be kept.
    deprecated: generation('0.9.6', { deprecationTime: ago(1) }),
    disabled: generation('0.9.7', { state: 'disabled' }),
    current: generation('1.0.0'),
    // Not this stream's build, nor its lineage: never looked at.
    otherBuild: generation('0.0.1', {}, 'web'),
    otherLineage: bed.ec2.seed.image(EAST, {
      name: 'other-release-0.0.1',
      creationDate: '2026-04-01T00:00:00.000Z',
      tags: {
        ImageVersion: '0.0.1',
        [schema.lineage]: 'octo/images:other.pkr.hcl',
        [schema.build]: 'app'
      }
    })
  }
  const instance = bed.ec2.seed.instance(EAST, { imageId: g.inUse, state: 'stopped' })
  bed.ec2.seed.launchTemplate(EAST, {
    name: 'web-fleet',
    versions: [{ imageId: g.templateDefault }, { imageId: g.templateLatest }],
    defaultVersion: 1
  })
  return { g, instance }
}

function rules(
  over: Partial<Omit<RetentionRules, 'current'>> & { current: string[] }
): RetentionRules {
  return {
    keep: 2,
    mode: 'deregister',
    protectVersion: '1.0.0',
    keepLaunchedWithinDays: 14,
    now: new Date(NOW),
    ...over,
    current: new Set(over.current)
  }
}

const kept = (report: RetentionReport) =>
  Object.fromEntries(report.keep.map(k => [k.imageId, k.reason]))
const exists = (id: string) => bed.ec2.inspect.images(EAST).some(i => i.id === id)
const imageView = (id: string) => bed.ec2.inspect.images(EAST).find(i => i.id === id)

/** One region's plan, then what it retires: as the release's retire phase runs them. */
async function retain(...args: Parameters<typeof planRegionRetention>): Promise<RetentionReport> {
  const rules = args[3]
  const reports: RetentionReport[] = []
  await applyRetention(
    await planRegionRetention(...args),
    rules.mode,
    rules.now,
    reports,
    new Set()
  )
  return reports[0] as RetentionReport
}

describe('planRegionRetention, then applyRetention', () => {
  it('keeps the newest N and every image EC2 shows is still needed, and retires the rest', async () => {
    const { g, instance } = seedGenerations()
    // EC2 throttles the first retirements: the SDK retries them.
    bed.ec2.failNext('DeregisterImage', 2, 'throttle')

    const report = await retain(EAST, 'app', ofBuild(), rules({ current: [g.current] }), schema)

    expect(kept(report)).toEqual({
      [g.current]: 'this release',
      [g.previous]: 'one of the 2 newest',
      [g.inUse]: `instance ${instance} (stopped) was launched from it`,
      [g.templateDefault]: 'launch template web-fleet (default version 1) uses it',
      [g.templateLatest]: 'launch template web-fleet (latest version 2) uses it',
      [g.shared]: `it is shared with ${OTHER_ACCOUNT}`,
      [g.public]: 'it is public',
      [g.launchedRecently]: 'an instance was launched from it on 2026-05-27, within 14 days',
      [g.protected]: 'deregistration protection is on; the action never turns it off',
      [g.pinned]: 'it is pinned with the keep tag'
    })
    expect(report.retire.map(r => r.imageId).sort()).toEqual([g.plain, g.launchedLongAgo].sort())
    expect(report).toMatchObject({ region: EAST, build: 'app' })

    expect(exists(g.plain)).toBe(false)
    expect(exists(g.launchedLongAgo)).toBe(false)
    for (const id of Object.keys(kept(report))) expect(exists(id)).toBe(true)
    // Already retired (deprecated, disabled): neither counted nor touched; other streams untouched.
    for (const id of [g.deprecated, g.disabled, g.otherBuild, g.otherLineage])
      expect(exists(id)).toBe(true)
    expect(imageView(g.disabled)?.state).toBe('disabled')

    const deregisters = bed.ec2.requests.filter(r => r.action === 'DeregisterImage')
    expect(deregisters.filter(r => r.error === 'RequestLimitExceeded')).toHaveLength(2)
    expect(deregisters.filter(r => r.error === undefined)).toHaveLength(2)
  })

  it('retires an image launched recently when the rule is off (0 days)', async () => {
    const { g } = seedGenerations()
    const report = await retain(
      EAST,
      'app',
      ofBuild(),
      rules({ current: [g.current], keepLaunchedWithinDays: 0 }),
      schema
    )
    expect(report.retire.map(r => r.imageId).sort()).toEqual(
      [g.plain, g.launchedLongAgo, g.launchedRecently].sort()
    )
    expect(exists(g.launchedRecently)).toBe(false)
  })

  it.each<[RetireMode, (id: string) => void]>([
    ['deprecate', id => expect(imageView(id)?.deprecationTime).toBe('2026-06-01T12:01:00.000Z')],
    ['disable', id => expect(imageView(id)?.state).toBe('disabled')]
  ])('%s retires a protected image too, and leaves its protection on', async (mode, retired) => {
    const { g } = seedGenerations()
    const report = await retain(
      EAST,
      'app',
      ofBuild(),
      rules({ current: [g.current], mode }),
      schema
    )
    expect(report.retire.map(r => r.imageId).sort()).toEqual(
      [g.plain, g.launchedLongAgo, g.protected].sort()
    )
    for (const id of [g.plain, g.launchedLongAgo, g.protected]) retired(id)
    expect(imageView(g.protected)?.deregistrationProtection).toBe('enabled-without-cooldown')
    // Kept ones are left as they were.
    expect(imageView(g.pinned)).toMatchObject({ state: 'available', deprecationTime: undefined })
  })

  it('after a rebuild retires the older images of this version, except what is still needed', async () => {
    const { g, instance } = seedGenerations()
    const older = bed.ec2.seed.image(EAST, {
      name: 'app-release-1.0.0-first',
      creationDate: '2026-05-31T00:00:00.000Z',
      tags: { ImageVersion: '1.0.0', [schema.lineage]: LINEAGE, [schema.build]: 'app' }
    })
    const usedOlder = bed.ec2.seed.image(EAST, {
      name: 'app-release-1.0.0-second',
      creationDate: '2026-05-31T06:00:00.000Z',
      tags: { ImageVersion: '1.0.0', [schema.lineage]: LINEAGE, [schema.build]: 'app' }
    })
    const user = bed.ec2.seed.instance(EAST, { imageId: usedOlder })
    const report = await retain(
      EAST,
      'app',
      [...ofBuild(), { Name: 'tag:ImageVersion', Values: ['1.0.0'] }],
      rules({ current: [g.current], keep: 0, protectVersion: undefined }),
      schema
    )
    expect(report.retire.map(r => r.imageId)).toEqual([older])
    expect(kept(report)).toEqual({
      [g.current]: 'this release',
      [usedOlder]: `instance ${user} (running) was launched from it`
    })
    expect(exists(older)).toBe(false)
    expect(instance).toBeTruthy()
  })

  it('a retirement that fails part-way still reports the images already retired', async () => {
    const { g } = seedGenerations()
    const r = rules({ current: [g.current] })
    const plan = await planRegionRetention(EAST, 'app', ofBuild(), r, schema)
    const [first, second] = plan.retire
    expect(second).toBeDefined()
    bed.ec2.failNext('DeregisterImage', 50, 'unavailable', p => p['ImageId'] === second?.imageId)
    const reports: RetentionReport[] = []
    const decided = new Set<string>()
    const error = await applyRetention(plan, r.mode, r.now, reports, decided).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(Error)
    expect(reports).toHaveLength(1)
    expect(reports[0]?.retire).toEqual([first])
    expect(exists(first?.imageId ?? '')).toBe(false)
    expect(exists(second?.imageId ?? '')).toBe(true)
    expect(decided.has(first?.imageId ?? '')).toBe(true)
  })

  it('retires nothing on an EC2 that cannot say when an image was last launched, and says how to go on', async () => {
    bed.ec2.configure({ legacyImageFields: true })
    const { g } = seedGenerations()
    const error = await retain(
      EAST,
      'app',
      ofBuild(),
      rules({ current: [g.current] }),
      schema
    ).catch((e: unknown) => e)
    expect(error).toMatchObject({
      code: 'LastLaunchedTimeUnsupported',
      message: expect.stringContaining("set 'keep-launched-within-days: 0'") as unknown
    })
    expect(bed.ec2.requests.filter(r => r.action === 'DeregisterImage')).toEqual([])

    // Without the rule it goes on; what EC2 still reports (sharing, use) keeps images.
    const report = await retain(
      EAST,
      'app',
      ofBuild(),
      rules({ current: [g.current], keepLaunchedWithinDays: 0 }),
      schema
    )
    expect(report.retire.map(r => r.imageId).sort()).toEqual(
      [g.plain, g.launchedLongAgo, g.launchedRecently].sort()
    )
  })
})
