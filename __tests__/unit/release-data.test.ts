import { describe, expect, it } from 'vitest'
import { artifactsOfImage, copyTags, encodeCopies } from '../../src/aws/images.js'
import { amisOfFirstBuild, primaryArtifact, type Artifact } from '../../src/report/outputs.js'

const a = (build: string, region: string, amiId: string): Artifact => ({ build, region, amiId })

describe('primary artifact and amis', () => {
  const artifacts = [
    a('web', 'us-west-2', 'ami-1'),
    a('web', 'us-east-1', 'ami-2'),
    a('db', 'us-east-1', 'ami-3')
  ]
  it.each([
    ['us-east-1', 'ami-2'],
    ['us-west-2', 'ami-1'],
    ['eu-west-1', undefined]
  ])('in %s the first build has %s', (region, ami) =>
    expect(primaryArtifact(artifacts, region)?.amiId).toBe(ami)
  )
  it('takes the only region of the first build whatever aws-region says', () => {
    expect(primaryArtifact([a('web', 'eu-west-1', 'ami-9')], 'us-east-1')?.amiId).toBe('ami-9')
  })
  it('maps regions of the first build only', () => {
    expect(amisOfFirstBuild(artifacts)).toEqual({ 'us-west-2': 'ami-1', 'us-east-1': 'ami-2' })
    expect(amisOfFirstBuild([])).toEqual({})
  })
})

describe('copies recorded on the primary image', () => {
  it('splits long lists into 256-character tag values and reads them back in order', () => {
    const regions = [
      'us-west-1',
      'us-west-2',
      'eu-west-1',
      'eu-west-2',
      'eu-west-3',
      'eu-central-1',
      'ap-south-1',
      'ap-southeast-1',
      'ap-southeast-2',
      'sa-east-1'
    ]
    const copies = regions.map((r, i) => a('app', r, `ami-${String(i).padStart(17, '0')}`))
    const values = encodeCopies(copies)
    expect(values.length).toBeGreaterThan(1)
    for (const v of values) expect(v.length).toBeLessThanOrEqual(256)
    const tags = copyTags('ImageVersion', copies)
    expect(tags.map(t => t.Key)).toEqual(['ImageVersion:copies', 'ImageVersion:copies.2'])
    const image = {
      ImageId: 'ami-primary',
      Name: 'app-1',
      Tags: [...tags].reverse().concat({ Key: 'ImageVersion:build', Value: 'amazon-ebs.app' })
    }
    expect(artifactsOfImage(image, 'us-east-1', 'ImageVersion')).toEqual([
      a('amazon-ebs.app', 'us-east-1', 'ami-primary'),
      ...copies.map(c => ({ ...c, build: 'amazon-ebs.app' }))
    ])
  })
  it('falls back to the image name for an image tagged by hand', () => {
    expect(
      artifactsOfImage({ ImageId: 'ami-1', Name: 'app-1', Tags: [] }, 'us-east-1', 'ImageVersion')
    ).toEqual([a('app-1', 'us-east-1', 'ami-1')])
  })
})
