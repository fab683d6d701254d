import { describe, expect, it, vi } from 'vitest'
import {
  PARAMETER,
  REGION,
  SCHEMA,
  failureOf,
  runSpec,
  useHarness,
  type RunRecord
} from '../helpers/stream-harness.js'

/**
 * Publishing and retention decide from a look at the stream taken after the release's tags,
 * not from the one before them: a newer release made, or an image pinned, while the tags were on
 * their way is seen. Each case failed when the run reused its look from before tagging.
 */

// The release's own tags of a version (those carrying the version key) are held until the test
// opens the gate, as a slow request or a stalled runner holds them; the real CreateTags is then
// sent. Nothing else of the action can be paused at that point, hence the wrapper.
const gates = new Map<string, { reached: () => void; open: Promise<void> }>()
vi.mock('../../src/aws/images.js', async original => {
  const images = await original<typeof import('../../src/aws/images.js')>()
  return {
    ...images,
    createTags: async (...args: Parameters<typeof images.createTags>) => {
      const version = args[3].find(t => t.Key === SCHEMA.version)?.Value
      const gate = version === undefined ? undefined : gates.get(version)
      if (gate) {
        gate.reached()
        await gate.open
      }
      return images.createTags(...args)
    }
  }
})

/** Holds `version`'s release tags: `at` resolves once they are held, `open` lets them go. */
function hold(version: string) {
  let reached!: () => void
  let open!: () => void
  const at = new Promise<void>(resolve => (reached = resolve))
  const opened = new Promise<void>(resolve => (open = resolve))
  gates.set(version, { reached, open: opened })
  return {
    at,
    open: () => {
      gates.delete(version)
      open()
    }
  }
}

const WEST = 'us-west-2'
const h = useHarness()
const ami = (r: RunRecord, region: string) =>
  r.result?.artifacts?.find(a => a.region === region)?.amiId ?? ''
const exists = (region: string, id: string) => h.ec2.inspect.images(region).some(i => i.id === id)
const history = (region: string) => h.ssm.inspect.history(region, PARAMETER).map(v => v.value)
const current = (region: string) =>
  h.ssm.inspect.parameters(region).find(p => p.name === PARAMETER)?.value

async function ok(record: Promise<RunRecord>): Promise<RunRecord> {
  const done = await record
  expect(failureOf(done)).toBeUndefined()
  return done
}

/**
 * 1.0.1 is built and held at its tags; 1.0.0 (the older tag) looks at the stream, seeing 1.0.1
 * only recorded, and is held at its tags; 1.0.1 is released and published; then 1.0.0 tags.
 */
async function olderTagsAfterNewerRelease() {
  const newerTags = hold('release-1.0.1')
  const newer = h.run(runSpec('release-1.0.1', 101, { keep: 0 }))
  await newerTags.at
  const olderTags = hold('release-1.0.0')
  const older = h.run(runSpec('release-1.0.0', 100, { keep: 0 }))
  await olderTags.at
  newerTags.open()
  const v2 = await ok(newer)
  expect(current(REGION)).toBe(ami(v2, REGION))
  return { v2, finishOlder: () => (olderTags.open(), older) }
}

describe('an older tag released while a newer release is published', () => {
  it('never writes its AMI over the newer release in the parameter', async () => {
    const { v2, finishOlder } = await olderTagsAfterNewerRelease()
    const v1 = await finishOlder()
    expect(
      { east: history(REGION), west: history(WEST) },
      `1.0.0's run: ${failureOf(v1) ?? 'succeeded'}`
    ).toEqual({ east: [ami(v2, REGION)], west: [ami(v2, WEST)] })
  })

  it('leaves the parameter at the newer release when EC2 fails after the parameter is written', async () => {
    const { v2, finishOlder } = await olderTagsAfterNewerRelease()
    let written = false
    h.ssm.failNext('PutParameter', 1, 'unavailable', () => {
      written = true
      return false
    })
    h.ec2.failNext('DescribeImages', 1000, 'unavailable', () => written)
    const v1 = await finishOlder()
    h.ec2.clearFaults()
    expect(
      { east: current(REGION), west: current(WEST) },
      `1.0.0's run: ${failureOf(v1) ?? 'succeeded'}`
    ).toEqual({ east: ami(v2, REGION), west: ami(v2, WEST) })
  })
})

describe('an image pinned while a newer release is tagged', () => {
  it('is not retired by that release', async () => {
    const v1 = await ok(h.run(runSpec('release-1.0.0', 100, { keep: 1 })))
    let pinned = false
    // Just before EC2 answers 2.0.0's first release tags, someone puts the keep tag on 1.0.0.
    h.ec2.failNext('CreateTags', 1, 'unavailable', params => {
      if (!pinned && Object.values(params).includes(SCHEMA.version)) {
        const image = h.ec2.world.region(REGION).images.get(ami(v1, REGION))
        if (image) image.tags[SCHEMA.keep] = 'audit'
        pinned = true
      }
      return false
    })
    const v2 = await h.run(runSpec('release-2.0.0', 101, { keep: 1 }))
    expect(pinned).toBe(true)
    expect(failureOf(v2)).toBeUndefined()
    expect({
      east: exists(REGION, ami(v1, REGION)),
      west: exists(WEST, ami(v1, WEST))
    }).toEqual({ east: true, west: true })
  })
})
