import { describe, expect, it } from 'vitest'
import { ownImages } from '../../testbed/release-bed.js'
import { EAST, WEST, tag, useReleaseBed } from '../helpers/release-bed.js'
import { errors } from '../../testbed/runner.js'

const { bed, inputsFor } = useReleaseBed()

const STAMPED = '"app-${var.image_version}-${formatdate("hhmmss", timestamp())}${uuidv4()}"'
const everyImage = () =>
  [EAST, WEST].flatMap(region =>
    ownImages(bed.endpoint, region).map(
      i =>
        `${region} ${i.id} ${i.tags['ImageVersion'] ?? 'unreleased'} ${i.tags['ImageVersion:run'] ?? '-'}`
    )
  )

describe('a rebuild whose release tagging failed, re-run', () => {
  it('releases what attempt 1 built, or removes it: nothing is left unreleased', async () => {
    const template = bed.template('attack-rebuild-outage/app.pkr.hcl', {
      builds: [{ name: 'app', amiName: STAMPED, amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'on-existing': 'rebuild' })
    const first = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '10' }
    })
    expect(errors(first)).toEqual([])

    bed.endpoint.failNext('CreateTags', 50, 'unavailable', p => p['Tag.1.Key'] === 'ImageVersion')
    const attempt1 = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '11' }
    })
    await bed.post({ state: attempt1.state })
    bed.endpoint.clearFaults()

    const attempt2 = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '11', GITHUB_RUN_ATTEMPT: '2' }
    })
    expect(errors(attempt2)).toEqual([])
    expect(everyImage().filter(l => l.includes('unreleased'))).toEqual([])
  })
})
