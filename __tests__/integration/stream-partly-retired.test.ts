import { describe, expect, it } from 'vitest'
import { CreateTagsCommand, DeregisterImageCommand, EC2Client } from '@aws-sdk/client-ec2'
import { releaseMarkName } from '../../src/aws/claim.js'
import { captureCommands } from '../helpers/aws.js'
import {
  LINEAGE,
  REGION,
  SCHEMA,
  failureOf,
  runSpec,
  useHarness,
  type RunRecord,
  type RunSpec
} from '../helpers/stream-harness.js'

/**
 * Where a version's first release is remembered: its images, and its mark (`markRelease`).
 * And a run of a version finishes a retirement left part-way (`decide`'s `partlyRetired`,
 * `finishRetirement`) only where its own retention would have retired that generation, and
 * only when nothing keeps any image of the generation. In process against the test bed's EC2
 * and SSM; each case is one an attack on the first version of that rule reproduced.
 */
const WEST = 'us-west-2'

const h = useHarness()

const spec = (version: string, run: number, over: Partial<RunSpec> = {}) =>
  runSpec(version, run, { keep: 1, ...over })
const failure = failureOf
async function released(record: Promise<RunRecord>): Promise<Record<string, string>> {
  const r = await record
  expect(failure(r)).toBeUndefined()
  return Object.fromEntries((r.result?.artifacts ?? []).map(a => [a.region, a.amiId]))
}
async function send(region: string, command: DeregisterImageCommand | CreateTagsCommand) {
  const client = new EC2Client({ region })
  try {
    await client.send(command as DeregisterImageCommand)
  } finally {
    client.destroy()
  }
}
const has = (region: string, id: string | undefined) =>
  h.ec2.inspect.images(region).some(i => i.id === id)

describe('a run of a version with a recorded copy gone', () => {
  it('removes nothing when its own keep-generations keeps that generation', async () => {
    const one = await released(h.run(spec('release-1.0.0', 100, { keep: 3 })))
    await released(h.run(spec('release-2.0.0', 101, { keep: 3 })))
    // Someone deregisters 1.0.0's copy: no retention did (keep 3).
    await send(WEST, new DeregisterImageCommand({ ImageId: one[WEST] }))
    const again = await h.run(spec('release-1.0.0', 102, { keep: 3 }))
    expect(failure(again)).toMatch(/as its copy, but EC2 has no such image.*nothing is removed/)
    expect(has(REGION, one[REGION])).toBe(true)
  })

  it('removes nothing with retire: deprecate, which never deregisters', async () => {
    const one = await released(h.run(spec('release-1.0.0', 100, { keep: 0 })))
    await released(h.run(spec('release-2.0.0', 101, { keep: 0 })))
    await send(WEST, new DeregisterImageCommand({ ImageId: one[WEST] }))
    const again = await h.run(spec('release-1.0.0', 102, { retire: 'deprecate' }))
    expect(failure(again)).toMatch(/as its copy, but EC2 has no such image/)
    expect(has(REGION, one[REGION])).toBe(true)
  })

  it('removes nothing while any image of the generation is pinned, an older release of it too', async () => {
    const unique = { uniqueNames: true }
    const first = await released(h.run(spec('release-1.0.0', 100, unique)))
    await send(
      REGION,
      new CreateTagsCommand({
        Resources: [first[REGION] ?? ''],
        Tags: [{ Key: SCHEMA.keep, Value: 'audit' }]
      })
    )
    const rebuilt = await released(
      h.run(spec('release-1.0.0', 101, { ...unique, onExisting: 'rebuild' }))
    )
    expect(has(REGION, first[REGION])).toBe(true)
    await released(h.run(spec('release-2.0.0', 102, { ...unique, keep: 0 })))
    await send(WEST, new DeregisterImageCommand({ ImageId: rebuilt[WEST] }))
    const again = await h.run(spec('release-1.0.0', 103, unique))
    expect(failure(again)).toContain(
      `what is left of it is kept: ${first[REGION]} in ${REGION}: it is pinned with the keep tag`
    )
    expect([has(REGION, first[REGION]), has(REGION, rebuilt[REGION])]).toEqual([true, true])
  })
})

describe('the mark of a first release', () => {
  it("a key pair of its name that is not this stream's is left, and the run says what that costs", async () => {
    const name = releaseMarkName(LINEAGE, 'release-1.0.0', SCHEMA.version)
    h.ec2.seed.keyPair(REGION, { name, tags: { [SCHEMA.lineage]: 'someone/else:app' } })
    const { result, warnings } = await captureCommands(() =>
      h.run(spec('release-1.0.0', 100, { keep: 0 }))
    )
    expect(failure(result)).toBeUndefined()
    expect(warnings).toEqual([
      expect.stringContaining(
        `The key pair ${name} in ${REGION} is not this stream's mark of release-1.0.0's first release`
      )
    ])
    expect(h.ec2.inspect.keyPairs(REGION).map(k => k.tags[SCHEMA.lineage])).toEqual([
      'someone/else:app'
    ])
  })
})
