import { describe, expect, it } from 'vitest'
import { ReleaseError } from '../../src/errors.js'
import { REGION, SCHEMA, failureOf, runSpec, useHarness } from '../helpers/stream-harness.js'

/**
 * An EC2 outage after the release is tagged (the look after the parameter is written, the look
 * before retention, the last look that confirms what the outputs name) fails the step, but the
 * release is made: the step must say so, not report a release that built nothing.
 */
const h = useHarness()

describe('an EC2 outage once the release is tagged', () => {
  it('fails saying the images are released, naming them, and the re-run converges', async () => {
    // EC2 stops answering DescribeImages as soon as the parameter is written.
    h.ssm.beforeNext('LabelParameterVersion', () =>
      h.ec2.failNext('DescribeImages', 10_000, 'unavailable')
    )
    const spec = runSpec('release-1.0.0', 10)
    const first = await h.run(spec)
    h.ec2.clearFaults()

    const released = h.ec2.inspect
      .images(REGION)
      .filter(i => i.tags[SCHEMA.version] === 'release-1.0.0')
      .map(i => i.id)
    expect(released).toHaveLength(1)
    expect(failureOf(first)).toMatch(
      /^release-1\.0\.0 is released, but the run could not finish: EC2 DescribeImages in us-east-1 .*Re-run the job/
    )
    expect(first.error).toBeInstanceOf(ReleaseError)
    expect((first.error as ReleaseError).done).toMatchObject({
      tagged: true,
      built: expect.arrayContaining([expect.objectContaining({ amiId: released[0] })]) as unknown
    })

    const again = await h.run({ ...spec, run: 'acme/images#10.2' })
    expect(failureOf(again)).toBeUndefined()
    expect(again.result?.outcome).toBe('reused')
    expect(again.result?.artifacts?.find(a => a.region === REGION)?.amiId).toBe(released[0])
  }, 60_000)
})
