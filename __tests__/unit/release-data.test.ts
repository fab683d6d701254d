import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  byBuild,
  orderArtifacts,
  primaryArtifact,
  type Artifact
} from '../../src/release/artifact.js'
import {
  deriveLineage,
  environmentOutsideLineage,
  type LineageInputs
} from '../../src/release/lineage.js'
import {
  copyTags,
  isReservedTagKey,
  recordedCopies,
  SCHEMA_SUFFIX_MAX,
  SOURCE_TAG_KEYS,
  TAG_KEY_MAX,
  TAG_VALUE_MAX,
  tagSchema,
  tagValue
} from '../../src/release/tags.js'

describe('tagSchema', () => {
  it('namespaces every key under the version key', () => {
    expect(tagSchema('ImageVersion')).toEqual({
      version: 'ImageVersion',
      lineage: 'ImageVersion:lineage',
      build: 'ImageVersion:build',
      run: 'ImageVersion:run',
      complete: 'ImageVersion:complete',
      copies: 'ImageVersion:copies',
      builds: 'ImageVersion:builds',
      released: 'ImageVersion:released',
      keep: 'ImageVersion:keep',
      claim: 'ImageVersion:claim',
      holder: 'ImageVersion:holder',
      heartbeat: 'ImageVersion:heartbeat'
    })
    expect(tagSchema('Release').lineage).toBe('Release:lineage')
  })

  it("a version key of the longest length the input allows stays within EC2's key limit", () => {
    const schema = tagSchema('k'.repeat(TAG_KEY_MAX - SCHEMA_SUFFIX_MAX))
    expect(`${schema.copies}.10`.length).toBeLessThanOrEqual(TAG_KEY_MAX)
    for (const key of Object.values({ ...schema }))
      expect(key.length).toBeLessThanOrEqual(TAG_KEY_MAX)
  })
})

describe('isReservedTagKey', () => {
  it.each([
    ['ImageVersion', 'ImageVersion', true],
    ['ImageVersion:lineage', 'ImageVersion', true],
    ['ImageVersion:copies', 'ImageVersion', true],
    ['ImageVersion:copies.2', 'ImageVersion', true],
    ['ImageVersion:keep', 'ImageVersion', true],
    ['ImageVersion:anything', 'ImageVersion', true],
    ['SourceRepository', 'ImageVersion', true],
    ['SourceCommit', 'ImageVersion', true],
    ['SourceRef', 'ImageVersion', true],
    ['BuildRun', 'ImageVersion', true],
    ['Release', 'Release', true],
    ['Release:run', 'Release', true],
    // With another version key, the default one is the user's to set.
    ['ImageVersion', 'Release', false],
    ['ImageVersionX', 'ImageVersion', false],
    ['imageversion', 'ImageVersion', false],
    ['Team', 'ImageVersion', false],
    ['Name', 'ImageVersion', false]
  ])('%s with version key %s: %s', (key, versionKey, reserved) => {
    expect(isReservedTagKey(key, versionKey)).toBe(reserved)
  })

  it('covers every source tag key', () => {
    for (const key of Object.values(SOURCE_TAG_KEYS))
      expect(isReservedTagKey(key, 'ImageVersion')).toBe(true)
  })
})

describe('copyTags and recordedCopies', () => {
  const schema = tagSchema('ImageVersion')
  const copy = (region: string, n: number): Artifact => ({
    build: 'amazon-ebs.app',
    region,
    amiId: `ami-${String(n).padStart(17, '0')}`
  })
  const roundTrip = (copies: Artifact[]) =>
    recordedCopies(schema, Object.fromEntries(copyTags(schema, copies).map(t => [t.Key, t.Value])))

  it('writes a few copies as one tag, region=AMI joined by commas', () => {
    expect(copyTags(schema, [copy('us-west-2', 1), copy('eu-west-1', 2)])).toEqual([
      {
        Key: 'ImageVersion:copies',
        Value: 'us-west-2=ami-00000000000000001,eu-west-1=ami-00000000000000002'
      }
    ])
  })

  it('records no copies as an empty record, which reads back as none (released, not unknown)', () => {
    expect(copyTags(schema, [])).toEqual([{ Key: 'ImageVersion:copies', Value: '' }])
    expect(roundTrip([])).toEqual([])
  })

  it('reads undefined from an image that records nothing (not released)', () => {
    expect(recordedCopies(schema, { ImageVersion: '1.0' })).toBeUndefined()
  })

  it.each([1, 6, 7, 14, 40, 80])('%i copies round-trip, split over 256 characters', n => {
    const regions = Array.from({ length: n }, (_, i) => copy(`ap-southeast-${i + 1}`, i + 1))
    const tags = copyTags(schema, regions)
    for (const t of tags) expect(t.Value.length).toBeLessThanOrEqual(TAG_VALUE_MAX)
    expect(tags.map(t => t.Key)).toEqual(
      tags.map((_, i) => (i === 0 ? 'ImageVersion:copies' : `ImageVersion:copies.${i + 1}`))
    )
    // Every tag but the last is full: one more pair would not fit.
    for (const t of tags.slice(0, -1))
      expect(t.Value.length + ',ap-southeast-1=ami-00000000000000001'.length).toBeGreaterThan(
        TAG_VALUE_MAX
      )
    expect(roundTrip(regions)).toEqual(regions.map(({ region, amiId }) => ({ region, amiId })))
  })

  it('reads the parts in numeric order (.2 before .10), whatever order the tags come in', () => {
    const regions = Array.from({ length: 80 }, (_, i) => copy(`ap-southeast-${i + 1}`, i + 1))
    const tags = copyTags(schema, regions)
    expect(tags.length).toBeGreaterThanOrEqual(10)
    const shuffled = Object.fromEntries([...tags].reverse().map(t => [t.Key, t.Value]))
    expect(recordedCopies(schema, shuffled)).toEqual(
      regions.map(({ region, amiId }) => ({ region, amiId }))
    )
  })

  it('skips malformed pairs and ignores unrelated keys', () => {
    const tags = Object.fromEntries([
      ['ImageVersion:copies', 'us-west-2=ami-1,garbage,=ami-2,eu-west-1=,a=b=c'],
      ['ImageVersion:copiesX', 'x-y-1=ami-3'],
      ['Other:copies.2', 'x-y-2=ami-4']
    ])
    expect(recordedCopies(schema, tags)).toEqual([{ region: 'us-west-2', amiId: 'ami-1' }])
  })
})

describe('tagValue', () => {
  it.each([
    ['', ''],
    ['short', 'short'],
    ['x'.repeat(256), 'x'.repeat(256)],
    ['x'.repeat(300), 'x'.repeat(256)]
  ])('cuts to 256 characters', (value, expected) => {
    expect(tagValue(value)).toBe(expected)
  })
})

describe('orderArtifacts, primaryArtifact, byBuild', () => {
  const a = (build: string, region: string, amiId = `ami-${build}-${region}`): Artifact => ({
    build,
    region,
    amiId
  })
  const buildOrder = ['amazon-ebs.web', 'amazon-ebs.api']
  const expected = [
    a('amazon-ebs.web', 'us-east-1'),
    a('amazon-ebs.web', 'ap-south-1'),
    a('amazon-ebs.web', 'eu-west-1'),
    a('amazon-ebs.api', 'us-east-1'),
    a('amazon-ebs.api', 'eu-west-1'),
    // Builds the template reading did not place: after, by name.
    a('amazon-ebs.extra', 'us-east-1'),
    a('amazon-ebs.extra', 'eu-west-1'),
    a('amazon-ebs.zz', 'us-west-2')
  ]

  function* permutations<T>(items: T[]): Generator<T[]> {
    if (items.length <= 1) {
      yield items
      return
    }
    for (let i = 0; i < items.length; i++)
      for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)]))
        yield [items[i] as T, ...rest]
  }

  it('template order, then unknown builds by name; primary region first, then others by name', () => {
    const input = [...expected].reverse()
    expect(orderArtifacts(input, buildOrder, 'us-east-1')).toEqual(expected)
  })

  it('the same order whatever the input order (every permutation of 6)', () => {
    const six = [...expected.slice(0, 5), a('amazon-ebs.api', 'us-east-1', 'ami-twin')]
    const first = orderArtifacts(six, buildOrder, 'us-east-1')
    let n = 0
    for (const p of permutations(six)) {
      expect(orderArtifacts(p, buildOrder, 'us-east-1')).toEqual(first)
      n++
    }
    expect(n).toBe(720)
  })

  it('does not change its input', () => {
    const input = [...expected].reverse()
    const copy = [...input]
    orderArtifacts(input, buildOrder, 'us-east-1')
    expect(input).toEqual(copy)
  })

  it.each([
    ['the first build in the region', expected, 'us-east-1', a('amazon-ebs.web', 'us-east-1')],
    [
      'the only AMI of the first build',
      [a('b', 'eu-west-1'), a('c', 'us-east-1')],
      'us-east-1',
      a('b', 'eu-west-1')
    ],
    [
      'none: several regions, none is the region',
      [a('b', 'eu-west-1'), a('b', 'ap-south-1'), a('c', 'us-east-1')],
      'us-east-1',
      undefined
    ],
    ['none: nothing built', [], 'us-east-1', undefined]
  ])('primaryArtifact: %s', (_what, ordered, region, primary) => {
    expect(primaryArtifact(ordered, region)).toEqual(primary)
  })

  it('byBuild: build → region → AMI, keeping the order', () => {
    const builds = byBuild(expected)
    expect(Object.keys(builds)).toEqual([
      'amazon-ebs.web',
      'amazon-ebs.api',
      'amazon-ebs.extra',
      'amazon-ebs.zz'
    ])
    expect(builds['amazon-ebs.web']).toEqual({
      'us-east-1': 'ami-amazon-ebs.web-us-east-1',
      'ap-south-1': 'ami-amazon-ebs.web-ap-south-1',
      'eu-west-1': 'ami-amazon-ebs.web-eu-west-1'
    })
    expect(byBuild([])).toEqual({})
  })
})

describe('deriveLineage', () => {
  const workspace = path.resolve('/work/ws')
  const base: LineageInputs = {
    repository: 'octo/images',
    workspace,
    template: path.join(workspace, 'packer', 'web.pkr.hcl'),
    vars: [],
    varFiles: [],
    only: [],
    except: []
  }
  const lineage = (over: Partial<LineageInputs> = {}) => deriveLineage({ ...base, ...over })

  it('with no selection: repository:template path', () => {
    expect(lineage()).toBe('octo/images:packer/web.pkr.hcl')
    expect(lineage({ template: workspace })).toBe('octo/images:.')
  })

  it.each([
    ['vars', { vars: [['arch', 'amd64']] }],
    ['var-files', { varFiles: [path.join(workspace, 'prod.pkrvars.hcl')] }],
    ['only', { only: ['amazon-ebs.web'] }],
    ['except', { except: ['amazon-ebs.web'] }]
  ] as [string, Partial<LineageInputs>][])('%s change it, with a digest after #', (_what, over) => {
    const changed = lineage(over)
    expect(changed).toMatch(/^octo\/images:packer\/web\.pkr\.hcl#[0-9a-f]{12}$/)
    expect(changed).not.toBe(lineage())
  })

  it('tells the jobs of a matrix apart (arch=amd64 and arch=arm64), and is stable', () => {
    const amd64 = lineage({ vars: [['arch', 'amd64']] })
    const arm64 = lineage({ vars: [['arch', 'arm64']] })
    expect(amd64).not.toBe(arm64)
    expect(lineage({ vars: [['arch', 'amd64']] })).toBe(amd64)
  })

  it('the order of vars, only and except does not matter; the order of var-files does', () => {
    expect(
      lineage({
        vars: [
          ['a', '1'],
          ['b', '2']
        ],
        only: ['x', 'y']
      })
    ).toBe(
      lineage({
        vars: [
          ['b', '2'],
          ['a', '1']
        ],
        only: ['y', 'x']
      })
    )
    // Packer's last var-file wins: another order can build another image.
    const one = path.join(workspace, 'a.pkrvars.hcl')
    const two = path.join(workspace, 'b.pkrvars.hcl')
    expect(lineage({ varFiles: [one, two] })).not.toBe(lineage({ varFiles: [two, one] }))
  })

  it('tells only from except, and one value from another', () => {
    expect(lineage({ only: ['a'] })).not.toBe(lineage({ except: ['a'] }))
    expect(lineage({ vars: [['a', 'b=c']] })).not.toBe(lineage({ vars: [['a', 'b']] }))
  })

  it.each([
    ['no selection', {}],
    ['a selection', { vars: [['arch', 'arm64']] }]
  ] as [string, Partial<LineageInputs>][])(
    'stays within 256 characters with a long path and %s',
    (_what, over) => {
      const template = path.join(
        workspace,
        ...Array.from({ length: 30 }, () => 'deep-folder'),
        'x.pkr.hcl'
      )
      const long = lineage({ repository: `octo/${'r'.repeat(100)}`, template, ...over })
      expect(long.length).toBeLessThanOrEqual(TAG_VALUE_MAX)
      if (over.vars) expect(long).toMatch(/#[0-9a-f]{12}$/)
    }
  )
})

describe('environmentOutsideLineage', () => {
  const declared = new Map([
    ['arch', { sensitive: false }],
    ['region', { sensitive: false }],
    ['db_password', { sensitive: true }],
    ['image_version', { sensitive: false }]
  ])

  it('names the declared variables the environment sets and the lineage does not know', () => {
    expect(
      environmentOutsideLineage(
        declared,
        { PKR_VAR_region: 'eu-west-1', PKR_VAR_arch: 'arm64', PATH: '/bin' },
        []
      )
    ).toEqual(['arch', 'region'])
  })

  it('leaves out secrets, what vars sets, image_version and undeclared names', () => {
    expect(
      environmentOutsideLineage(
        declared,
        {
          PKR_VAR_db_password: 'hunter2',
          PKR_VAR_arch: 'arm64',
          PKR_VAR_image_version: '1.0.0',
          PKR_VAR_unused: 'x'
        },
        [['arch', 'arm64']]
      )
    ).toEqual([])
  })
})
