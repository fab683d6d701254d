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

describe('the post step of a run killed while it built', () => {
  // A run of the same version waits for the claim. Once the claim is gone it goes on at once,
  // and Packer's first look is for the AMI name: while the killed build's AMI still holds it,
  // that run fails on the name, though the post step removes the AMI a moment later.
  it('removes what the build left before it gives the version up', async () => {
    // Killed at each of its AWS calls in turn, until the kill leaves an AMI its post step removes.
    for (let kill = 5; kill < 30; kill++) {
      h.ec2.reset()
      await h.run(runSpec('release-1.0.0', 10, { ssm: false, copyRegions: [], killAfter: kill }))
      const calls = h.ec2.requests.map(r => r.action)
      const removed = calls.lastIndexOf('DeregisterImage')
      if (removed < 0) continue
      const claim = h.ec2.requests.findIndex(
        r => r.action === 'DeleteKeyPair' && r.params['KeyPairId']?.startsWith('key-') === true
      )
      expect(claim).toBeGreaterThan(removed)
      return
    }
    throw new Error('no kill left an AMI for the post step to remove')
  }, 60_000)
})
