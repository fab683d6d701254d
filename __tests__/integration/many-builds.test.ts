import { describe, expect, it } from 'vitest'
import { TAG_VALUE_MAX } from '../../src/release/tags.js'
import { errors } from '../../testbed/runner.js'
import { tag, useReleaseBed } from '../helpers/release-bed.js'

const { bed, inputsFor } = useReleaseBed()

describe('a release of many builds with long names', () => {
  it('records its builds within EC2’s tag value limit, and lookup finds every build', async () => {
    // Seven builds whose names together are longer than the 256 characters of a tag value.
    const names = Array.from({ length: 7 }, (_, i) => `ubuntu-2204-arm64-nvidia-gpu-${i + 1}`)
    const template = bed.template('many-builds/app.pkr.hcl', {
      builds: names.map(name => ({ name }))
    })
    const built = await bed.main({ ref: tag('release-1.0.0'), inputs: inputsFor(template) })
    expect(errors(built)).toEqual([])
    const long = bed.endpoint.requests
      .filter(r => r.action === 'CreateTags')
      .flatMap(r => Object.entries(r.params))
      .filter(([key, value]) => /^Tag\.\d+\.Value$/.test(key) && value.length > TAG_VALUE_MAX)
    // EC2 refuses a tag value over 256 characters (InvalidParameterValue).
    expect(long).toEqual([])

    const found = await bed.main({
      ref: 'refs/heads/main',
      inputs: inputsFor(template, { mode: 'lookup', 'image-version': 'release-1.0.0' })
    })
    expect(errors(found)).toEqual([])
    const builds = JSON.parse(found.outputs['builds'] ?? '{}') as Record<string, unknown>
    expect(Object.keys(builds)).toEqual(names.map(n => `amazon-ebs.${n}`))
    expect(found.outputs['builds']).toBe(built.outputs['builds'])
  })
})
