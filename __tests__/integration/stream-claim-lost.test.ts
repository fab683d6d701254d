import { describe, expect, it, vi } from 'vitest'
import { REGION, SCHEMA, failureOf, runSpec, useHarness } from '../helpers/stream-harness.js'

/**
 * A run whose claim could not be renewed (EC2 refused its heartbeats for longer than a claim
 * stays live) looks gone to a run of the same version waiting for it, which takes the version
 * over and builds it. The first run must then not release what it built as well: one version,
 * one release.
 */

// The completion record of run 10 is held until the test opens the gate, as a slow build would
// hold it: Packer is still copying while the other run takes over.
let gate: { reached: () => void; open: Promise<void> } | undefined
vi.mock('../../src/aws/images.js', async original => {
  const images = await original<typeof import('../../src/aws/images.js')>()
  return {
    ...images,
    createTags: async (...args: Parameters<typeof images.createTags>) => {
      const tags = args[3]
      const held =
        tags.some(t => t.Key === SCHEMA.complete) &&
        tags.some(t => t.Key === SCHEMA.run && t.Value === 'acme/images#10.1')
      if (held && gate) {
        gate.reached()
        await gate.open
      }
      return images.createTags(...args)
    }
  }
})

const h = useHarness()

describe('a run whose claim was taken over while it built', () => {
  it('releases nothing, and the run that took the version over releases it alone', async () => {
    let reached!: () => void
    let open!: () => void
    const at = new Promise<void>(resolve => (reached = resolve))
    gate = { reached, open: new Promise<void>(resolve => (open = resolve)) }
    // Every heartbeat of a claim fails: EC2 refuses CreateTags on key pairs.
    h.ec2.failNext('CreateTags', 10_000, 'unavailable', params =>
      Object.entries(params).some(([k, v]) => k.startsWith('ResourceId') && v.startsWith('key-'))
    )
    const spec = { uniqueNames: true, ssm: false, copyRegions: [] }
    const first = h.run(runSpec('release-1.0.0', 10, spec))
    await at
    // Its claim shows no life: the next run of the version takes it over, builds and releases.
    const second = await h.run(runSpec('release-1.0.0', 11, spec))
    expect(failureOf(second)).toBeUndefined()
    gate = undefined
    open()
    const lost = await first
    h.ec2.clearFaults()

    expect(failureOf(lost)).toMatch(
      /^another run took release-1\.0\.0 over while this run built it .*: that run builds and releases release-1\.0\.0, so this run releases nothing/
    )
    const released = h.ec2.inspect
      .images(REGION)
      .filter(i => i.tags[SCHEMA.version] === 'release-1.0.0')
      .map(i => i.id)
    expect(released).toEqual([second.result?.artifacts?.[0]?.amiId])
    expect(lost.made.map(a => a.amiId)).not.toContain(released[0])
  }, 60_000)
})
