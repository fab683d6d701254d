import { describe, expect, it } from 'vitest'
import { planRetention } from '../../src/aws/retention.js'

const gens = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    imageId: `ami-${i + 1}`,
    created: `2026-01-0${i + 1}T00:00:00.000Z`
  }))

describe('planRetention', () => {
  it.each([
    [5, 2, [], {}, ['ami-3', 'ami-2', 'ami-1']],
    [5, 5, [], {}, []],
    [5, 9, [], {}, []],
    [3, 1, ['ami-3'], {}, ['ami-2', 'ami-1']],
    [3, 1, ['ami-1'], {}, ['ami-2']],
    [4, 1, ['ami-4'], { 'ami-1': 'instance i-1 uses it' }, ['ami-3', 'ami-2']],
    [4, 0, ['ami-4'], { 'ami-2': 'launch template' }, ['ami-3', 'ami-1']]
  ])(
    '%i generations, keep %i, current %j, in use %j → retire %j',
    (n, keep, current, inUse, retire) => {
      expect(
        planRetention(gens(n), keep, new Set(current), new Map(Object.entries(inUse))).retire
      ).toEqual(retire)
    }
  )
  it('says why each kept image stays', () => {
    const plan = planRetention(
      gens(4),
      1,
      new Set(['ami-4']),
      new Map([['ami-1', 'instance i-9 (stopped) was launched from it']])
    )
    expect(plan.keep).toEqual([
      { imageId: 'ami-4', reason: 'this release' },
      { imageId: 'ami-1', reason: 'instance i-9 (stopped) was launched from it' }
    ])
  })
  it('orders by creation date, not by input order', () => {
    const shuffled = [gens(3)[2]!, gens(3)[0]!, gens(3)[1]!]
    expect(planRetention(shuffled, 1, new Set(), new Map()).retire).toEqual(['ami-2', 'ami-1'])
  })
})
