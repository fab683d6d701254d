import { describe, expect, it } from 'vitest'
import { EAST, WEST, tag, useReleaseBed } from '../helpers/release-bed.js'
import { errors } from '../../testbed/runner.js'
import { amisOf } from '../helpers/steps.js'

const { bed, inputsFor, exists } = useReleaseBed()

describe('I1: one image of a generation in use keeps all of it', () => {
  it('a copy in use by a running instance, disabled since (its region wound down), keeps its generation', async () => {
    const template = bed.template('attack-h11/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'keep-generations': '1' })
    const one = await bed.main({ ref: tag('release-1.0.0'), inputs, env: { GITHUB_RUN_ID: '10' } })
    const old = amisOf(one)
    bed.endpoint.seed.instance(WEST, { imageId: old[WEST] ?? '' })
    const copy = bed.endpoint.world.region(WEST).images.get(old[WEST] ?? '')
    if (!copy) throw new Error('no copy')
    copy.disabled = true
    const two = await bed.main({ ref: tag('release-2.0.0'), inputs, env: { GITHUB_RUN_ID: '20' } })
    expect(errors(two)).toEqual([])
    expect(exists(WEST, old[WEST])).toBe(true)
    expect(exists(EAST, old[EAST])).toBe(true)
  })
})

describe('I1: one image of a generation in use keeps all of it (deprecated copy)', () => {
  it('a copy in use by a running instance whose deprecation time has passed keeps its generation', async () => {
    const template = bed.template('attack-h12/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'keep-generations': '1' })
    const one = await bed.main({ ref: tag('release-1.0.0'), inputs, env: { GITHUB_RUN_ID: '10' } })
    const old = amisOf(one)
    bed.endpoint.seed.instance(WEST, { imageId: old[WEST] ?? '' })
    const copy = bed.endpoint.world.region(WEST).images.get(old[WEST] ?? '')
    if (!copy) throw new Error('no copy')
    copy.deprecationTime = new Date(Date.now() - 60_000).toISOString()
    const two = await bed.main({ ref: tag('release-2.0.0'), inputs, env: { GITHUB_RUN_ID: '20' } })
    expect(errors(two)).toEqual([])
    expect(exists(WEST, old[WEST])).toBe(true)
    expect(exists(EAST, old[EAST])).toBe(true)
  })
})
