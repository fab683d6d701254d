import { describe, expect, it } from 'vitest'
import { EAST, tag, useReleaseBed } from '../helpers/release-bed.js'
import { errors } from '../../testbed/runner.js'
import { ownImages } from '../../testbed/release-bed.js'

/**
 * A claim on the version (src/aws/claim.ts) that neither the main step nor its post step could
 * drop: EC2 refused every DeleteKeyPair of it. Through the bundle as the runner runs it.
 */
const { bed, inputsFor } = useReleaseBed()

const claims = () =>
  bed.endpoint.inspect.keyPairs(EAST).filter(k => k.name.startsWith('packer-ami-release-'))

/** EC2 refuses to delete any claim (by its ID, as the action drops it; Packer's by name pass). */
const refuseClaimDeletes = () =>
  bed.endpoint.failNext('DeleteKeyPair', 10_000, 'unavailable', p =>
    (p['KeyPairId'] ?? '').startsWith('key-')
  )

describe('a claim EC2 would not let the main step nor its post step drop', () => {
  it('after a release: the re-run reuses the release, and drops the claim its earlier attempt left', async () => {
    const inputs = inputsFor(bed.template('left-released/app.pkr.hcl'))
    refuseClaimDeletes()
    const first = await bed.main({ ref: tag('release-1.0.0'), inputs })
    expect(errors(first)).toEqual([])
    expect(first.stdout).toMatch(/::warning::Could not drop the claim packer-ami-release-/)
    const post = await bed.post({ state: first.state })
    expect(post.exitCode).toBe(0)
    bed.endpoint.clearFaults()
    const [left, ...more] = claims()
    // The post step says which key pair is left, and how it goes.
    expect(post.stdout).toContain(
      `::warning::Could not drop this run's claim on its version, the key pair ${left?.name ?? ''} (${left?.id ?? ''}) in ${EAST}: EC2 DeleteKeyPair`
    )
    expect(post.stdout).toContain('A re-run of this job drops it, or delete that key pair')
    expect(more).toEqual([])
    expect(left?.tags['ImageVersion:run']).toBe('acme/images#1.1')

    // The re-run of the same tag reuses the release, and drops the claim its earlier attempt left.
    const rerun = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ATTEMPT: '2' }
    })
    expect(errors(rerun)).toEqual([])
    expect(rerun.outputs['reused']).toBe('true')
    expect(rerun.stdout).toContain(
      `Dropped the claim ${left?.name ?? ''} (${left?.id ?? ''}) that an earlier attempt of this run left on release-1.0.0`
    )
    expect(claims()).toEqual([])
    expect(ownImages(bed.endpoint, EAST)).toHaveLength(1)
  })

  it('after a failed build: a later run of the version takes the claim over at once and releases it', async () => {
    const file = 'left-failed/app.pkr.hcl'
    const inputs = inputsFor(
      bed.template(file, { builds: [{ name: 'app', localCommands: ['exit 3'] }] })
    )
    refuseClaimDeletes()
    const failed = await bed.main({ ref: tag('release-1.0.0'), inputs })
    expect(failed.exitCode).toBe(1)
    await bed.post({ state: failed.state })
    bed.endpoint.clearFaults()
    expect(claims().map(k => k.tags['ImageVersion:run'])).toEqual(['acme/images#1.1'])

    // Another run of the version (a dispatch of the tag), the template fixed: it does not wait
    // for a run that ended, and its claim is the only one left.
    bed.template(file)
    const later = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '2' },
      timeoutMs: 120_000
    })
    expect(later.exitCode).toBe(0)
    expect(errors(later)).toEqual([])
    expect(later.outputs['reused']).toBe('false')
    expect(later.stdout).not.toContain('waiting for it')
    expect(later.stdout).toContain(
      'release-1.0.0 was claimed by acme/images#1.1, which ended and gave the claim up but could not drop it: taking the claim over'
    )
    expect(claims()).toEqual([])
  }, 180_000)
})
