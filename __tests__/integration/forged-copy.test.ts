import { describe, expect, it } from 'vitest'
import { tagsOf } from '../../testbed/release-bed.js'
import { EAST, PARAMETER, WEST, tag, useReleaseBed } from '../helpers/release-bed.js'
import { errors } from '../../testbed/runner.js'
import { amisOf } from '../helpers/steps.js'

const { bed, inputsFor, exists, parameterIn } = useReleaseBed()

describe('a copy someone else made of a release, in the release region, with its tags (CopyImage CopyImageTags=true)', () => {
  it('is neither looked up, reused, published nor retired', async () => {
    const template = bed.template('attack-forged-copy/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'ssm-parameter': PARAMETER })
    const first = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '10' }
    })
    expect(errors(first)).toEqual([])
    const ours = amisOf(first)
    const primary = ours[EAST] ?? ''
    // A separate process (say an encrypted copy for another team) copies the AMI in the same
    // region, copying its tags, as CopyImage's CopyImageTags does.
    const foreign = bed.endpoint.seed.image(EAST, {
      name: 'someone-elses-encrypted-copy',
      tags: { ...tagsOf(bed.endpoint, EAST, primary) },
      sourceImageId: primary,
      sourceImageRegion: EAST,
      creationDate: new Date(Date.now() + 60_000)
    })

    const lookup = await bed.main({
      ref: 'refs/heads/main',
      inputs: bed.inputs({ mode: 'lookup', template, 'image-version': 'release-1.0.0' })
    })
    const rerun = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '10', GITHUB_RUN_ATTEMPT: '2' }
    })

    const second = await bed.main({
      ref: tag('release-2.0.0'),
      inputs: { ...inputs, 'keep-generations': '1' },
      env: { GITHUB_RUN_ID: '20' }
    })
    expect(errors(second)).toEqual([])
    expect(exists(EAST, primary)).toBe(false)
    // The release it was copied from is gone now: the copy is still someone else's.
    const third = await bed.main({
      ref: tag('release-3.0.0'),
      inputs: { ...inputs, 'keep-generations': '1' },
      env: { GITHUB_RUN_ID: '30' }
    })
    expect(errors(third)).toEqual([])

    expect(lookup.outputs['ami-id']).toBe(primary)
    expect(rerun.outputs['ami-id']).toBe(primary)
    expect(exists(EAST, foreign)).toBe(true)
  })
})

describe('an AMI someone made and tagged by hand with the tags of a release that has copies', () => {
  it('is not taken for the release, and keeps neither a re-run, a lookup nor retention from it', async () => {
    const template = bed.template('hand-tagged/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'ssm-parameter': PARAMETER })
    const first = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '10' }
    })
    expect(errors(first)).toEqual([])
    const ours = amisOf(first)
    const primary = ours[EAST] ?? ''
    // A hotfix image made from an instance, given every tag of the release's AMI (its record
    // of the copies too), after the release.
    const handMade = bed.endpoint.seed.image(EAST, {
      name: 'hotfix-by-hand',
      tags: { ...tagsOf(bed.endpoint, EAST, primary) },
      sourceInstanceId: 'i-0123456789abcdef0',
      creationDate: new Date(Date.now() + 60_000)
    })

    const lookup = await bed.main({
      ref: 'refs/heads/main',
      inputs: bed.inputs({ mode: 'lookup', template, 'image-version': 'release-1.0.0' })
    })
    expect(errors(lookup)).toEqual([])
    expect(amisOf(lookup)).toEqual(ours)
    const rerun = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '10', GITHUB_RUN_ATTEMPT: '2' }
    })
    expect(errors(rerun)).toEqual([])
    expect(rerun.outputs['reused']).toBe('true')
    expect(amisOf(rerun)).toEqual(ours)
    expect(parameterIn(EAST)).toBe(primary)

    const second = await bed.main({
      ref: tag('release-2.0.0'),
      inputs: { ...inputs, 'keep-generations': '1' },
      env: { GITHUB_RUN_ID: '20' }
    })
    expect(errors(second)).toEqual([])
    // The release is retired whole; the image made by hand is not the action's to touch.
    expect(exists(EAST, primary) || exists(WEST, ours[WEST])).toBe(false)
    expect(exists(EAST, handMade)).toBe(true)
  })
})
