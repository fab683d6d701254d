import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { AwsError } from '../../src/aws/clients.js'
import { errorMessage } from '../../src/errors.js'
import { describeStream } from '../../src/aws/images.js'
import { putImageParameter } from '../../src/aws/ssm.js'
import { copyTags, tagSchema } from '../../src/release/tags.js'
import { releaseOf } from '../../src/stream/model.js'
import { PendingLabels, pointParameter, publish, RELEASE_LABEL } from '../../src/steps/publish.js'
import type { Released } from '../../src/steps/plan.js'
import { startGitHubEndpoint, type GitHubEndpoint } from '../../testbed/github/server.js'
import { cleanUp } from '../../src/post.js'
import { captureCommands, setEnv, useAwsBed } from '../helpers/aws.js'

/**
 * The release's SSM parameter, in-process against the loopback SSM (and EC2, which SSM checks):
 * the parameter itself (`putImageParameter`), and where `publish` points it (forward only, per
 * region, per build).
 */
const bed = useAwsBed()

const EAST = 'us-east-1'
const WEST = 'us-west-2'
const NAME = '/images/web/current'
const LINEAGE = 'octo/images:web.pkr.hcl'
const runNo = (n: number) => `octo/images#${n}.1`
const schema = tagSchema('ImageVersion')
const STREAM = { lineage: LINEAGE, schema, region: EAST }

beforeEach(() => bed.reset())

/** A write of `amiId` as a release makes it. */
const released = (amiId: string) => ({ amiId, label: RELEASE_LABEL })
const puts = () => bed.ssm.requests.filter(r => r.action === 'PutParameter')
const current = (region: string, name = NAME) =>
  bed.ssm.inspect.parameters(region).find(p => p.name === name)

describe('putImageParameter', () => {
  it('creates an aws:ec2:image String parameter, and converges on a re-run', async () => {
    const first = bed.ec2.seed.image(EAST, { name: 'web-1.0.0' })

    expect(await putImageParameter(bed.aws, EAST, NAME, released(first))).toEqual({
      version: 1,
      previous: undefined
    })
    expect(current(EAST)).toMatchObject({
      type: 'String',
      dataType: 'aws:ec2:image',
      value: first,
      version: 1,
      labels: [RELEASE_LABEL]
    })

    // The same AMI again: nothing is written, the version stays.
    expect(await putImageParameter(bed.aws, EAST, NAME, released(first))).toEqual({
      version: 1,
      previous: first
    })
    expect(puts()).toHaveLength(1)
    expect(bed.ssm.inspect.history(EAST, NAME)).toHaveLength(1)

    // A new AMI: a new version, and what it held before.
    const second = bed.ec2.seed.image(EAST, { name: 'web-1.1.0' })
    expect(await putImageParameter(bed.aws, EAST, NAME, released(second))).toEqual({
      version: 2,
      previous: first
    })
    expect(current(EAST)).toMatchObject({ value: second, version: 2 })
    expect(bed.ssm.inspect.history(EAST, NAME).map(v => v.value)).toEqual([first, second])
  })

  it('keeps one parameter per region, each with its region’s AMI', async () => {
    const east = bed.ec2.seed.image(EAST, { name: 'web-1.0.0' })
    const west = bed.ec2.seed.image(WEST, { name: 'web-1.0.0' })
    const older = bed.ec2.seed.image(WEST, { name: 'web-0.9.0' })
    bed.ssm.seed.parameter(WEST, { name: NAME, value: older, dataType: 'aws:ec2:image' })

    const results = await Promise.all([
      putImageParameter(bed.aws, EAST, NAME, released(east)),
      putImageParameter(bed.aws, WEST, NAME, released(west))
    ])

    expect(results).toEqual([
      { version: 1, previous: undefined },
      { version: 2, previous: older }
    ])
    expect(current(EAST)?.value).toBe(east)
    expect(current(WEST)?.value).toBe(west)
    expect(
      puts()
        .map(r => r.region)
        .sort()
    ).toEqual([EAST, WEST])
  })

  it('names the parameter when SSM refuses it', async () => {
    const image = bed.ec2.seed.image(EAST, { name: 'web-1.0.0' })
    const error = await putImageParameter(bed.aws, EAST, '/aws/images/web', released(image)).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(AwsError)
    expect(error).toMatchObject({ code: 'ValidationException' })
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Could not put ${image} in the SSM parameter /aws/images/web: SSM (GetParameter|PutParameter) in ${EAST} \\(127\\.0\\.0\\.1:\\d+\\): .*prefixed with "aws"`
      )
    )
  })

  it('names the parameter when SSM is out of service', async () => {
    const image = bed.ec2.seed.image(EAST, { name: 'web-1.0.0' })
    bed.ssm.failNext('PutParameter', 25, 'unavailable')
    const error = await putImageParameter(bed.aws, EAST, NAME, released(image)).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(AwsError)
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Could not put ${image} in the SSM parameter ${NAME}: SSM PutParameter in ${EAST} .*after 3 attempts`
      )
    )
    expect(current(EAST)).toBeUndefined()
  })
})

/**
 * A released set of `build`: its AMI in us-east-1 recording its copies, as the action tags a
 * release; `released` is the run that first released the version, which orders generations.
 */
function seedRelease(
  version: string,
  released: string,
  {
    build = 'web',
    copies = [WEST],
    builds = [build]
  }: { build?: string; copies?: string[]; builds?: string[] } = {}
): { primary: string; copies: Record<string, string> } {
  const marks = {
    ImageVersion: version,
    [schema.lineage]: LINEAGE,
    [schema.build]: build,
    [schema.run]: released,
    [schema.complete]: version
  }
  const primary = bed.ec2.seed.image(EAST, { name: `${build}-${version}`, tags: marks })
  const made = Object.fromEntries(
    copies.map(region => [
      region,
      bed.ec2.seed.image(region, {
        name: `${build}-${version}`,
        sourceImageId: primary,
        sourceImageRegion: EAST,
        tags: marks
      })
    ])
  )
  const record = copyTags(
    schema,
    Object.entries(made).map(([region, amiId]) => ({ region, amiId }))
  )
  // The record names the copies, made after it: written into the bed's EC2 directly.
  const east = bed.ec2.world.region(EAST)
  const release = { [schema.builds]: builds.join(','), [schema.released]: released }
  Object.assign(east.image(primary).tags, {
    ...Object.fromEntries(record.map(t => [t.Key, t.Value])),
    ...release
  })
  // The release tags the AMI's snapshots with it, as it does.
  for (const { snapshotId } of east.image(primary).blockDevices)
    Object.assign(east.snapshots.get(snapshotId)?.tags ?? {}, marks, release)
  return { primary, copies: made }
}

/** The release as the release step hands it on: confirmed whole in EC2. */
async function releasedOf(version: string): Promise<Released> {
  const stream = await describeStream(bed.aws, STREAM)
  const release = releaseOf(stream, version)
  if (!release.whole) throw new Error(release.reason)
  return { release, stream }
}

/** Publishes `version` to the parameter as the release step does (the release confirmed whole). */
const publishAs = async (version: string, released?: Released) =>
  publish(
    bed.aws,
    STREAM,
    released ?? (await releasedOf(version)),
    { ssmParameter: NAME, notes: undefined },
    version
  )

/**
 * A lost race: 2.0.0 is released, and its run's write of the parameter lands in each region,
 * just before the next PutParameter. What 2.0.0 is, once it is.
 */
function newerWritesFirst(copies = [WEST]) {
  let newer: ReturnType<typeof seedRelease> | undefined
  bed.ssm.beforeNext('PutParameter', () => {
    newer = seedRelease('2.0.0', runNo(50), { copies })
    for (const [region, amiId] of [[EAST, newer.primary], ...Object.entries(newer.copies)])
      bed.ssm.seed.parameter(region ?? '', {
        name: NAME,
        value: amiId ?? '',
        dataType: 'aws:ec2:image'
      })
  })
  return () => newer
}

describe('publish: the parameter follows the newest whole release', () => {
  it('points the parameter of every region at the release’s AMI there, per build with {build}', async () => {
    const web = seedRelease('2.0.0', runNo(50), { builds: ['web', 'api'] })
    const api = seedRelease('2.0.0', runNo(50), {
      build: 'api',
      builds: ['web', 'api']
    })

    const published = await publish(
      bed.aws,
      STREAM,
      await releasedOf('2.0.0'),
      { ssmParameter: '/images/{build}/current', notes: undefined },
      '2.0.0'
    )

    expect(published.problems).toEqual([])
    expect(published.held).toBeUndefined()
    expect(
      published.ssm.map(w => `${w.region} ${w.parameter} ${w.amiId} v${w.version}`).sort()
    ).toEqual(
      [
        `${EAST} /images/web/current ${web.primary} v1`,
        `${WEST} /images/web/current ${web.copies[WEST]} v1`,
        `${EAST} /images/api/current ${api.primary} v1`,
        `${WEST} /images/api/current ${api.copies[WEST]} v1`
      ].sort()
    )
    expect(current(EAST, '/images/web/current')?.value).toBe(web.primary)
    expect(current(WEST, '/images/api/current')?.value).toBe(api.copies[WEST])
  })

  it('leaves the parameter at a newer release when an older version is re-run, and says why', async () => {
    const newer = seedRelease('2.0.0', runNo(50))
    seedRelease('1.0.0', runNo(40))
    bed.ssm.seed.parameter(EAST, { name: NAME, value: newer.primary, dataType: 'aws:ec2:image' })

    const { result: published, warnings } = await captureCommands(async () => publishAs('1.0.0'))

    expect(published).toMatchObject({
      ssm: [],
      problems: [],
      held: 'the parameter is left as it is (2.0.0 is newer than 1.0.0)'
    })
    expect(warnings).toEqual([])
    expect(puts()).toEqual([])
    expect(current(EAST)?.value).toBe(newer.primary)
  })

  it('writes over an AMI of no release of its stream, and warns that two streams would take turns', async () => {
    // Another stream's release on the same parameter: a matrix over architectures, say.
    const other = bed.ec2.seed.image(EAST, {
      name: 'web-arm64-2.0.0',
      tags: { ImageVersion: '2.0.0', [schema.lineage]: `${LINEAGE}#arm64` }
    })
    bed.ssm.seed.parameter(EAST, { name: NAME, value: other, dataType: 'aws:ec2:image' })
    const ours = seedRelease('2.0.0', runNo(50), { copies: [] })

    const { result: published, warnings } = await captureCommands(async () => publishAs('2.0.0'))

    expect(published.problems).toEqual([])
    expect(current(EAST)?.value).toBe(ours.primary)
    expect(warnings).toEqual([
      `${EAST}: ${NAME} named ${other}, no image of this stream (lineage ${LINEAGE}); it names ${ours.primary} now. If another stream publishes to it too (a matrix job with another template, vars or architecture), each release takes it from the other: give each stream its own parameter ({build} or the matrix value in 'ssm-parameter')`
    ])

    // The stream's own older release there: moved forward without a word.
    const next = seedRelease('2.1.0', runNo(60), { copies: [] })
    const quiet = await captureCommands(async () => publishAs('2.1.0'))
    expect(current(EAST)?.value).toBe(next.primary)
    expect(quiet.warnings).toEqual([])
  })

  it('follows a release made while it wrote, so racing runs end at the newest', async () => {
    const first = seedRelease('1.0.0', runNo(50))
    const released = await releasedOf('1.0.0')
    let newer: ReturnType<typeof seedRelease> | undefined
    // Another run releases 2.0.0 just before this one looks again after writing.
    bed.ec2.beforeNext('DescribeImages', () => {
      newer = seedRelease('2.0.0', runNo(60))
    })

    const published = await publishAs('1.0.0', released)

    expect(published.problems).toEqual([])
    expect(newer).toBeDefined()
    expect(bed.ssm.inspect.history(EAST, NAME).map(v => v.value)).toEqual([
      first.primary,
      newer?.primary
    ])
    expect(current(WEST)?.value).toBe(newer?.copies[WEST])
    expect(
      published.ssm
        .map(w => [w.region, w.amiId, w.previous])
        .filter(([, id]) => id === newer?.primary)
    ).toEqual([[EAST, newer?.primary, first.primary]])
  })

  it('never writes over a newer release that was only built when it looked, and published since', async () => {
    const first = seedRelease('1.0.0', runNo(40))
    await putImageParameter(bed.aws, EAST, NAME, released(first.primary))
    seedRelease('2.0.0', runNo(50))
    // 3.0.0 is built and recorded complete, not yet released, when 2.0.0's run looks.
    const newer = seedRelease('3.0.0', runNo(60))
    const images = [
      bed.ec2.world.region(EAST).image(newer.primary),
      ...Object.entries(newer.copies).map(([r, id]) => bed.ec2.world.region(r).image(id))
    ]
    const releaseTags = [schema.version, schema.builds, schema.released]
    const kept = images.map(i => ({ ...i.tags }))
    for (const image of images) for (const key of releaseTags) delete image.tags[key]
    const ready = await releasedOf('2.0.0')
    // Then 3.0.0's run releases it and points the parameter at it, before 2.0.0's run publishes.
    images.forEach((image, i) => Object.assign(image.tags, kept[i]))
    for (const [region, id] of [[EAST, newer.primary], ...Object.entries(newer.copies)])
      await putImageParameter(bed.aws, region ?? '', NAME, released(id ?? ''))

    const published = await publishAs('2.0.0', ready)

    expect(published.problems).toEqual([])
    for (const [region, id] of [[EAST, newer.primary], ...Object.entries(newer.copies)]) {
      const values = bed.ssm.inspect.history(region ?? '', NAME).map(v => v.value)
      expect(values.slice(values.indexOf(id ?? '')), region).toEqual([id])
    }
  })

  it('a race lost in an outage leaves the parameter back at the older release; its re-run takes it on to the newest', async () => {
    seedRelease('0.9.0', runNo(30))
    const older = seedRelease('1.0.0', runNo(40))
    const released = await releasedOf('1.0.0')
    // 2.0.0 is released (its run writes the parameter first) while 1.0.0's run writes, and
    // 1.0.0's look after its write fails: it cannot tell it went back.
    const newer = newerWritesFirst()
    bed.ec2.failNext('DescribeImages', 25, 'unavailable')
    const lost = await publishAs('1.0.0', released).then(
      () => 'published',
      (error: unknown) => error
    )
    expect(lost).toBeInstanceOf(Error)
    expect(current(EAST)?.value).toBe(older.primary)
    bed.ec2.clearFaults()

    // The job run again: 1.0.0 is no longer the newest, and the parameter holds its own write.
    const rerun = await publishAs('1.0.0')
    expect(rerun.problems).toEqual([])
    expect(rerun.held).toBe('the parameter is left as it is (2.0.0 is newer than 1.0.0)')
    expect(current(EAST)).toMatchObject({ value: newer()?.primary, labels: [RELEASE_LABEL] })
    expect(current(WEST)?.value).toBe(newer()?.copies[WEST])
    expect(rerun.ssm.map(w => [w.region, w.previous, w.amiId]).sort()).toEqual(
      [
        [EAST, older.primary, newer()?.primary],
        [WEST, older.copies[WEST], newer()?.copies[WEST]]
      ].sort()
    )
  })

  it('a race lost in an outage between its write and its label: the post step labels the write, and the re-run takes the parameter on', async () => {
    const older = seedRelease('1.0.0', runNo(40))
    const released = await releasedOf('1.0.0')
    // 2.0.0 is released (its run writes the parameter first) while 1.0.0's run writes; then
    // SSM stops answering before 1.0.0's write is labelled, and EC2 before its look after.
    const newer = newerWritesFirst()
    bed.ssm.failNext('LabelParameterVersion', 6, 'unavailable')
    bed.ec2.failNext('DescribeImages', 25, 'unavailable')
    const lost = await publishAs('1.0.0', released).then(
      () => 'published',
      (error: unknown) => error
    )
    expect(lost).toBeInstanceOf(Error)
    expect(current(EAST)).toMatchObject({ value: older.primary, labels: [] })
    bed.ec2.clearFaults()

    // The step state is read back as input: a post step whose 'ssm-parameter' names another
    // parameter labels nothing. The job's own post step, then the job run again.
    const saved = bed.savedState()['parameter-writes'] ?? ''
    const post = (parameter: string) =>
      cleanUp(bed.aws, {
        temp: bed.temp,
        run: runNo(40),
        schema,
        evidenceFolder: '',
        claim: '',
        parameterWrites: saved,
        parameter
      })
    await post('/images/other/current')
    expect(current(EAST)).toMatchObject({ value: older.primary, labels: [] })
    await post(NAME)
    expect(current(EAST)).toMatchObject({ value: older.primary, labels: [RELEASE_LABEL] })
    const rerun = await publishAs('1.0.0')
    expect(rerun.problems).toEqual([])
    expect(current(EAST)).toMatchObject({ value: newer()?.primary, labels: [RELEASE_LABEL] })
    expect(current(WEST)?.value).toBe(newer()?.copies[WEST])
  })

  it('a race lost in an outage with its write sent twice (an answer lost): the re-run takes the parameter on', async () => {
    const older = seedRelease('1.0.0', runNo(40), { copies: [] })
    const released = await releasedOf('1.0.0')
    const newer = newerWritesFirst([])
    // SSM writes 1.0.0's AMI and its answer never comes: the SDK sends the write again.
    bed.ssm.holdNext('PutParameter', new Promise<void>(() => {}))
    bed.ec2.failNext('DescribeImages', 25, 'unavailable')
    const lost = await publishAs('1.0.0', released).then(
      () => 'published',
      (error: unknown) => error
    )
    expect(lost).toBeInstanceOf(Error)
    expect(bed.ssm.inspect.history(EAST, NAME).map(v => [v.value, v.labels])).toEqual([
      [newer()?.primary, []],
      [older.primary, []],
      [older.primary, [RELEASE_LABEL]]
    ])
    bed.ec2.clearFaults()

    const rerun = await publishAs('1.0.0')
    expect(rerun.problems).toEqual([])
    expect(current(EAST)).toMatchObject({ value: newer()?.primary, labels: [RELEASE_LABEL] })
  })

  it('a rollback made after a write whose answer was lost is not labelled by the post step, and its re-run leaves it', async () => {
    const older = seedRelease('1.0.0', runNo(40), { copies: [] })
    const released = await releasedOf('1.0.0')
    const newer = newerWritesFirst([])
    // SSM writes 1.0.0's AMI, its answer never comes, and SSM answers no write after it.
    bed.ssm.holdNext('PutParameter', new Promise<void>(() => {}))
    let outage = true
    let sent = 0
    bed.ssm.failNext('PutParameter', 50, 'unavailable', () => outage && sent++ > 0)
    bed.ec2.failNext('DescribeImages', 25, 'unavailable')
    const lost = await publishAs('1.0.0', released).then(
      () => 'published',
      (error: unknown) => error
    )
    expect(lost).not.toBeInstanceOf(Error)
    expect(bed.ssm.inspect.history(EAST, NAME).map(v => [v.value, v.labels])).toEqual([
      [newer()?.primary, []],
      [older.primary, []]
    ])
    outage = false
    bed.ec2.clearFaults()
    // Ten minutes later, before the job's post step, an operator rolls back to 1.0.0 (2.0.0 is bad).
    bed.ssm.seed.parameter(EAST, {
      name: NAME,
      value: older.primary,
      dataType: 'aws:ec2:image',
      lastModifiedDate: bed.clock.now() + 10 * 60_000
    })
    await cleanUp(bed.aws, {
      temp: bed.temp,
      run: runNo(40),
      schema,
      evidenceFolder: '',
      claim: '',
      parameterWrites: bed.savedState()['parameter-writes'] ?? '',
      parameter: NAME
    })
    expect(current(EAST)).toMatchObject({ value: older.primary, labels: [] })

    const rerun = await publishAs('1.0.0')
    expect(rerun.problems).toEqual([])
    expect(current(EAST)).toMatchObject({ value: older.primary })
  })

  it('a re-run of an older version leaves the parameter at a newer release that lost a copy', async () => {
    const newer = seedRelease('2.0.0', runNo(50))
    seedRelease('1.0.0', runNo(40))
    await putImageParameter(bed.aws, EAST, NAME, released(newer.primary))
    // Someone deregisters 2.0.0's copy: 2.0.0 is no longer whole, its AMI in us-east-1 is.
    const { client, sdk } = await bed.aws.ec2(WEST)
    await client.send(new sdk.DeregisterImageCommand({ ImageId: newer.copies[WEST] }))

    const rerun = await publishAs('1.0.0')

    expect(bed.ssm.inspect.history(EAST, NAME).map(v => v.value)).toEqual([newer.primary])
    expect(rerun).toMatchObject({
      problems: [],
      held: 'the parameter is left as it is where it names a newer release (2.0.0 is newer than 1.0.0)'
    })
  })

  it('a re-run that cannot read the parameter’s history leaves it, says why, and does not fail', async () => {
    const newer = seedRelease('2.0.0', runNo(50))
    const older = seedRelease('1.0.0', runNo(40))
    await putImageParameter(bed.aws, EAST, NAME, released(newer.primary))
    await putImageParameter(bed.aws, EAST, NAME, released(older.primary))
    bed.ssm.failNext('GetParameterHistory', 25, 'unavailable')

    const { result: rerun, warnings } = await captureCommands(async () => publishAs('1.0.0'))

    expect(rerun).toMatchObject({ ssm: [], problems: [] })
    expect(warnings).toHaveLength(2)
    for (const [i, region] of [EAST, WEST].entries())
      expect(warnings[i]).toMatch(
        new RegExp(`^${region}: left ${NAME} as it is: .*GetParameterHistory`)
      )
    expect(current(EAST)?.value).toBe(older.primary)
  })

  it('a rollback to the older version made while its re-run decides is not undone', async () => {
    const newer = seedRelease('2.0.0', runNo(50))
    const older = seedRelease('1.0.0', runNo(40))
    // The lost race: 2.0.0's write, then 1.0.0's, both labelled by their release.
    await putImageParameter(bed.aws, EAST, NAME, released(newer.primary))
    await putImageParameter(bed.aws, EAST, NAME, released(older.primary))
    const ready = await releasedOf('1.0.0')
    // The operator rolls back to 1.0.0 (mode: lookup, an unlabelled write of its AMI) after the
    // re-run read the history, before it writes.
    bed.ssm.beforeNext('GetParameter', () => {
      bed.ssm.seed.parameter(EAST, { name: NAME, value: older.primary, dataType: 'aws:ec2:image' })
    })

    await publishAs('1.0.0', ready)

    const newest = bed.ssm.inspect.history(EAST, NAME).at(-1)
    expect(newest).toMatchObject({ value: older.primary, labels: [] })
  })

  type Older = ReturnType<typeof seedRelease>
  it.each([
    [
      'a rollback to it (mode: lookup), even over its own release’s write',
      async (older: Older) => {
        const target = { build: 'web', region: EAST, amiId: older.primary, version: '1.0.0' }
        await pointParameter(bed.aws, NAME, [target], new PendingLabels())
        await pointParameter(bed.aws, NAME, [target], 'lookup')
        return older.primary
      }
    ],
    [
      'a write by someone else',
      async (older: Older) => {
        await putImageParameter(bed.aws, EAST, NAME, released(older.primary))
        bed.ssm.seed.parameter(EAST, {
          name: NAME,
          value: older.primary,
          dataType: 'aws:ec2:image'
        })
        return older.primary
      }
    ],
    [
      'its own release, when the newer release was never published (its run did not get there)',
      async (older: Older) => {
        await putImageParameter(bed.aws, EAST, NAME, released(older.primary))
        return older.primary
      }
    ],
    [
      'a release of another version',
      async () => {
        const oldest = seedRelease('0.9.0', runNo(30))
        await putImageParameter(bed.aws, EAST, NAME, released(oldest.primary))
        return oldest.primary
      }
    ]
  ])(
    'a re-run of an older version leaves the parameter after %s',
    async (_, write: (older: Older) => Promise<string>) => {
      seedRelease('2.0.0', runNo(50))
      const held = await write(seedRelease('1.0.0', runNo(40)))
      const written = puts().length

      const rerun = await publishAs('1.0.0')

      expect(rerun).toMatchObject({
        ssm: [],
        problems: [],
        held: 'the parameter is left as it is (2.0.0 is newer than 1.0.0)'
      })
      expect(puts()).toHaveLength(written)
      expect(current(EAST)?.value).toBe(held)
    }
  )

  it.each([
    ['a SecureString', { type: 'SecureString' as const, value: 'hunter2' }],
    ['a StringList', { type: 'StringList' as const, value: 'ami-0123456789abcdef0,ami-1' }],
    ['a String that names no AMI', { value: '{"db":"prod-1.internal"}' }]
  ])(
    'never writes over a parameter that is not an image pointer (%s): the release and a rollback name it and leave it',
    async (_, held) => {
      const web = seedRelease('1.0.0', runNo(50))
      bed.ssm.seed.parameter(EAST, { name: NAME, ...held })
      const before = bed.ssm.inspect.history(EAST, NAME)

      const published = await publishAs('1.0.0')
      const target = { build: 'web', region: EAST, amiId: web.primary, version: '1.0.0' }
      const rollback = await pointParameter(bed.aws, NAME, [target], 'lookup')

      expect(bed.ssm.inspect.history(EAST, NAME)).toEqual(before)
      for (const problems of [published.problems, rollback.problems])
        expect(problems).toEqual([
          expect.stringMatching(
            new RegExp(`^Could not put ${web.primary} in the SSM parameter ${NAME}: .*not an AMI`)
          )
        ])
      // The region whose parameter is the release's own is still written.
      expect(current(WEST)?.value).toBe(web.copies[WEST])
    }
  )

  it('reports a parameter SSM refuses as a problem, and writes the others', async () => {
    const web = seedRelease('1.0.0', runNo(50))
    const west = web.copies[WEST] ?? ''
    bed.ssm.failNext('PutParameter', 25, 'unavailable', p => JSON.stringify(p).includes(west))

    const published = await publishAs('1.0.0')

    expect(current(EAST)?.value).toBe(web.primary)
    expect(published.ssm.map(w => w.region)).toEqual([EAST])
    expect(published.problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Could not put ${west} in the SSM parameter ${NAME}: SSM PutParameter in ${WEST} .*after 3 attempts`
        )
      )
    ])
  })
})

describe('publish: the release notes name only a release that is still whole', () => {
  let github: GitHubEndpoint
  let restore = () => {}
  beforeAll(async () => {
    github = await startGitHubEndpoint()
    restore = setEnv({ GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo/images' })
  })
  beforeEach(() => github.reset())
  afterAll(async () => {
    restore()
    await github.close()
  })

  /** 2.0.0's retention (keep 1) retires 1.0.0 everywhere after 1.0.0's run looked at its release. */
  async function retiredAfterTheLook(older: ReturnType<typeof seedRelease>) {
    const ready = await releasedOf('1.0.0')
    for (const [region, id] of [[EAST, older.primary], ...Object.entries(older.copies)]) {
      const { client, sdk } = await bed.aws.ec2(region ?? '')
      await client.send(new sdk.DeregisterImageCommand({ ImageId: id }))
    }
    return ready
  }

  it.each([
    ['with the parameter at the newer release', NAME],
    ['without a parameter', undefined]
  ])(
    'an older tag retired by a newer release while its run published adds none of its AMIs (%s)',
    async (_, ssmParameter) => {
      seedRelease('2.0.0', runNo(50))
      const older = seedRelease('1.0.0', runNo(40))
      github.seed.release('octo', 'images', { tag: 'release-1.0.0', body: 'Fixes.' })
      const ready = await retiredAfterTheLook(older)

      const published = await publish(
        bed.aws,
        STREAM,
        ready,
        { ssmParameter, notes: { token: 'ghs_test', tag: 'release-1.0.0' } },
        '1.0.0'
      ).catch((error: unknown) => ({ problems: [errorMessage(error)] }))

      expect(github.inspect.releases('octo', 'images').map(r => r.body)).toEqual(['Fixes.'])
      expect(published.problems.join('; ')).toMatch(
        /1\.0\.0 was released, then retired by the retention of the newer 2\.0\.0/
      )
    }
  )
})
