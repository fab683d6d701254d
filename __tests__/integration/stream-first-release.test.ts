import { describe, expect, it } from 'vitest'
import { CreateKeyPairCommand, DeregisterImageCommand, EC2Client } from '@aws-sdk/client-ec2'
import {
  LINEAGE,
  PARAMETER,
  REGION,
  SCHEMA,
  failureOf,
  runSpec,
  useHarness,
  type RunRecord
} from '../helpers/stream-harness.js'
import { releaseMarkName } from '../../src/aws/claim.js'

/**
 * Found by attacking the rule that finishes a retirement left part-way and the mark of a
 * version's first release (each failed on the code before its fix), in process against the
 * test bed's EC2 and SSM: the generations that rule counts are the ones retention counts; a
 * mark made by a run that never released follows the earlier run that did; and no retirement
 * is finished when no mark can be kept.
 */
const WEST = 'us-west-2'
const APP = 'amazon-ebs.app'

const h = useHarness()

const spec = runSpec
const failure = failureOf
async function ok(record: Promise<RunRecord>): Promise<RunRecord> {
  const done = await record
  expect(failure(done)).toBeUndefined()
  return done
}
const ec2 = (region: string) => new EC2Client({ region })
async function deregister(region: string, id: string) {
  const c = ec2(region)
  await c.send(new DeregisterImageCommand({ ImageId: id }))
  c.destroy()
}
/** What EnableImageDeprecation leaves once its time has come (EC2 refuses a time in the past). */
function deprecate(region: string, id: string) {
  const image = h.ec2.world.region(region).images.get(id)
  if (!image) throw new Error(`no ${id} in ${region}`)
  image.deprecationTime = new Date(Date.now() - 60_000).toISOString()
}
const has = (region: string, id: string) => h.ec2.inspect.images(region).some(i => i.id === id)
const ssmIn = (region: string) =>
  h.ssm.inspect.parameters(region).find(p => p.name === PARAMETER)?.value
const art = (r: RunRecord, region: string) =>
  r.result?.artifacts?.find(a => a.region === region)?.amiId ?? ''
const said = (r: RunRecord) => failure(r) ?? r.result?.notes?.join(' ') ?? ''

describe('a run of a version with a copy gone counts generations as retention does', () => {
  it('a newer generation deprecated whole does not push a kept one past keep-generations', async () => {
    const v1 = await ok(h.run(spec('release-1.0.0', 100, { keep: 2 })))
    const v2 = await ok(h.run(spec('release-2.0.0', 101, { keep: 2 })))
    // 2.0.0 turned out bad: the team deprecates every image of it.
    for (const a of v2.result?.artifacts ?? []) deprecate(a.region, a.amiId)
    // 3.0.0 with keep-generations 2: retention counts the generations not retired (3.0.0,
    // 1.0.0) and keeps 1.0.0 whole.
    await ok(h.run(spec('release-3.0.0', 102, { keep: 2 })))
    expect(has(REGION, art(v1, REGION))).toBe(true)
    expect(has(WEST, art(v1, WEST))).toBe(true)
    // Someone deregisters 1.0.0's copy: no retention did it (retention keeps 1.0.0).
    await deregister(WEST, art(v1, WEST))
    // A new run of 1.0.0, same workflow (keep 2, deregister).
    const again = await h.run(spec('release-1.0.0', 103, { keep: 2 }))
    expect(
      has(REGION, art(v1, REGION)),
      `1.0.0's AMI ${art(v1, REGION)}, which retention keeps (one of the 2 newest generations not retired), was deregistered; run said: ${said(again)}`
    ).toBe(true)
  }, 60_000)

  it('control: without the deprecated generation, the same run leaves 1.0.0 alone', async () => {
    const v1 = await ok(h.run(spec('release-1.0.0', 100, { keep: 2 })))
    await ok(h.run(spec('release-3.0.0', 102, { keep: 2 })))
    await deregister(WEST, art(v1, WEST))
    await h.run(spec('release-1.0.0', 103, { keep: 2 }))
    expect(has(REGION, art(v1, REGION))).toBe(true)
  }, 60_000)
})

const markOf = (version: string) =>
  h.ec2.inspect
    .keyPairs(REGION)
    .find(k => k.name === releaseMarkName(LINEAGE, version, SCHEMA.version))
const releasedOf = (version: string) =>
  h.ec2.inspect
    .images(REGION)
    .filter(i => i.tags[SCHEMA.version] === version && i.tags[SCHEMA.builds] !== undefined)

describe('the mark of a first release made by a run that never released', () => {
  it('follows the earlier run that released the version', async () => {
    const prefix = async () => {
      h.ec2.reset()
      h.ssm.reset()
      // Run 103 of 1.0.0 fails (its build); run 104 releases 2.0.0.
      await h.run(spec('release-1.0.0', 103, { keep: 2, failBuild: APP }))
      return ok(h.run(spec('release-2.0.0', 104, { keep: 2 })))
    }
    // Run 105 of 1.0.0 (workflow_dispatch) is killed after its mark, before the release's tags.
    let v2: RunRecord | undefined
    let killed: RunRecord | undefined
    for (let k = 5; k < 150 && !killed; k++) {
      v2 = await prefix()
      const r = await h.run(spec('release-1.0.0', 105, { keep: 2, killAfter: k }))
      if (markOf('release-1.0.0') && releasedOf('release-1.0.0').length === 0) killed = r
    }
    expect(killed?.killed, 'no kill point between the mark and the release').toBe(true)
    expect(markOf('release-1.0.0')?.tags[SCHEMA.released]).toBe('acme/images#105.1')
    // Run 103's re-run names run 105's leftovers; as its error says, they are deregistered.
    const blocked = await h.run({
      ...spec('release-1.0.0', 103, { keep: 2 }),
      run: 'acme/images#103.2'
    })
    const leftovers = [REGION, WEST].flatMap(region =>
      h.ec2.inspect
        .images(region)
        .filter(i => i.tags[SCHEMA.run] === 'acme/images#105.1')
        .map(i => ({ region, id: i.id }))
    )
    if (leftovers.length > 0) {
      expect(failure(blocked)).toMatch(/105/)
      for (const i of leftovers) await deregister(i.region, i.id)
    }
    // Run 103's next re-run releases 1.0.0: it takes the earlier run, 103, as its first release.
    const v1 = await h.run({ ...spec('release-1.0.0', 103, { keep: 2 }), run: 'acme/images#103.3' })
    expect(failure(v1), said(v1)).toBeUndefined()
    expect(releasedOf('release-1.0.0')[0]?.tags[SCHEMA.released]).toMatch(/#103\./)
    // 3.0.0 (keep 2) retires 1.0.0, the oldest: [3.0.0 (106), 2.0.0 (104), 1.0.0 (103)].
    const v3 = await ok(h.run(spec('release-3.0.0', 106, { keep: 2 })))
    expect(releasedOf('release-1.0.0')).toEqual([])
    // A new run of 1.0.0, same workflow.
    const again = await h.run(spec('release-1.0.0', 107, { keep: 2 }))
    const w = v2?.result?.artifacts ?? []
    const lost = w.filter(a => !has(a.region, a.amiId)).map(a => `${a.region} ${a.amiId}`)
    expect(
      { lost, ssm: ssmIn(REGION) === art(v3, REGION) },
      `1.0.0 (first released by run 103) came back as first released by ${releasedOf('release-1.0.0')[0]?.tags[SCHEMA.released]}; run said: ${said(again)}`
    ).toEqual({ lost: [], ssm: true })
  }, 120_000)
})

describe('a retirement left part-way, where no mark can be kept', () => {
  it("is not finished while a key pair that is not the stream's holds the mark's name", async () => {
    // A key pair holds the mark's name but is not this stream's (the warning path).
    const c = ec2(REGION)
    await c.send(
      new CreateKeyPairCommand({
        KeyName: releaseMarkName(LINEAGE, 'release-1.0.0', SCHEMA.version),
        TagSpecifications: [
          { ResourceType: 'key-pair', Tags: [{ Key: SCHEMA.lineage, Value: 'someone/else' }] }
        ]
      })
    )
    c.destroy()
    const v1 = await ok(h.run(spec('release-1.0.0', 100)))
    // 2.0.0's retention (keep 1) deregisters 1.0.0's copy, then stops (DeregisterImage down in us-east-1).
    h.ec2.failNext('DeregisterImage', 50, 'unavailable', (_p, region) => region === REGION)
    const v2 = await h.run(spec('release-2.0.0', 101, { keep: 1 }))
    h.ec2.clearFaults()
    expect(has(WEST, art(v1, WEST))).toBe(false)
    expect(has(REGION, art(v1, REGION))).toBe(true)
    const w = v2.result?.artifacts ?? []
    // A new run of 1.0.0 cannot keep a mark, so it removes nothing; its build fails.
    const failed = await h.run(spec('release-1.0.0', 102, { keep: 1, failBuild: APP }))
    const removed = !has(REGION, art(v1, REGION))
    // Its re-run.
    const rerun = await h.run({
      ...spec('release-1.0.0', 102, { keep: 1 }),
      run: 'acme/images#102.2'
    })
    const lost = w.filter(a => !has(a.region, a.amiId)).map(a => `${a.region} ${a.amiId}`)
    expect(
      { removed, lost, ssm: ssmIn(REGION) === w.find(a => a.region === REGION)?.amiId },
      `first: ${said(failed)} | re-run: ${said(rerun)}`
    ).toEqual({ removed: false, lost: [], ssm: true })
  }, 60_000)
})

describe('a rollback to 1.0.0, then its copy is gone, then a run of 1.0.0', () => {
  it('the parameter naming the AMI in the release region keeps 1.0.0', async () => {
    const v1 = await ok(h.run(spec('release-1.0.0', 100, { keep: 1 })))
    await ok(h.run(spec('release-2.0.0', 101, { keep: 0 })))
    const back = await h.lookup('release-1.0.0', true)
    expect(back instanceof Error ? back.message : undefined).toBeUndefined()
    expect(ssmIn(REGION)).toBe(art(v1, REGION))
    await deregister(WEST, art(v1, WEST))
    const again = await h.run(spec('release-1.0.0', 102, { keep: 1 }))
    expect(has(REGION, art(v1, REGION)), said(again)).toBe(true)
    expect(ssmIn(REGION)).toBe(art(v1, REGION))
  }, 60_000)
})

describe('a rollback to a release that a newer release retires while the rollback writes', () => {
  it('outputs none of its AMIs and fails, naming the release that is gone', async () => {
    const v1 = await ok(h.run(spec('release-1.0.0', 100, { keep: 0 })))
    const v2 = await ok(h.run(spec('release-2.0.0', 101, { keep: 0 })))
    // A newer release's retention (the parameter names 2.0.0, so nothing keeps 1.0.0) deregisters
    // 1.0.0 in every region just as the rollback writes; SSM then drops the writes of its AMIs.
    let retired = false
    h.ssm.beforeNext('PutParameter', () => {
      for (const region of [REGION, WEST]) h.ec2.world.region(region).images.delete(art(v1, region))
      retired = true
    })

    const back = await h.lookup('release-1.0.0', true)

    expect(retired).toBe(true)
    const failed = back instanceof Error ? back.message : back.error
    expect(failed).toMatch(/release-1\.0\.0 was retired while the parameter was pointed at it/)
    expect(back instanceof Error ? undefined : back.artifacts).toBeUndefined()
    expect(ssmIn(REGION)).toBe(art(v2, REGION))
  }, 60_000)
})

describe('a rollback to a release that has no AMI in a region the parameter is in', () => {
  it('says the parameter there still names the newer release, and fails', async () => {
    const v1 = await ok(h.run(spec('release-1.0.0', 100, { copyRegions: [] })))
    const v2 = await ok(h.run(spec('release-2.0.0', 101)))
    expect(ssmIn(WEST)).toBe(art(v2, WEST))

    const back = await h.lookup('release-1.0.0', true)

    expect(ssmIn(REGION)).toBe(art(v1, REGION))
    expect(ssmIn(WEST)).toBe(art(v2, WEST))
    const failed = back instanceof Error ? back.message : back.error
    expect(failed).toContain(
      `${WEST}: ${PARAMETER} still names ${art(v2, WEST)} of release-2.0.0, and release-1.0.0 has no AMI in ${WEST}`
    )
  }, 60_000)
})

describe('a rollback, with {build}, to a release that lacks a build a newer release added', () => {
  it("says that build's parameter still names the newer release, and fails", async () => {
    const perBuild = { parameter: '/images/{build}', copyRegions: [] }
    const API = 'amazon-ebs.api'
    const v1 = await ok(h.run(spec('release-1.0.0', 100, perBuild)))
    const v2 = await ok(h.run(spec('release-2.0.0', 101, { ...perBuild, builds: [APP, API] })))
    const named = (build: string) =>
      h.ssm.inspect.parameters(REGION).find(p => p.name === `/images/${build}`)?.value
    const api = v2.result?.artifacts?.find(a => a.build === API)?.amiId ?? ''
    expect(named(API)).toBe(api)

    const back = await h.lookup('release-1.0.0', true, '/images/{build}')

    expect(named(APP)).toBe(art(v1, REGION))
    // Deploys that read /images/amazon-ebs.api still get 2.0.0: the rollback says so, and fails.
    expect(named(API)).toBe(api)
    const failed = back instanceof Error ? back.message : back.error
    expect(failed).toContain(
      `${REGION}: /images/${API} still names ${api} of release-2.0.0, and release-1.0.0 has no AMI of build ${API}`
    )
  }, 60_000)
})
