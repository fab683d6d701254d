import { describe, expect, it } from 'vitest'
import {
  planRetention,
  retentionCandidates,
  wholeGenerations,
  type Generation,
  type RetentionRules
} from '../../src/release/retention.js'

const NOW = new Date('2026-11-10T12:00:00.000Z')
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString()

/** ami-<n>: a higher n is a newer image, created n days after the first. */
function gen(n: number, over: Partial<Generation> = {}): Generation {
  return {
    imageId: `ami-${String(n).padStart(17, '0')}`,
    created: daysAgo(100 - n),
    version: `1.${n}.0`,
    retired: false,
    state: 'available',
    ...over
  }
}
const id = (n: number) => gen(n).imageId

function rules(over: Partial<RetentionRules> = {}): RetentionRules {
  return {
    keep: 2,
    mode: 'deregister',
    current: new Set([id(9)]),
    protectVersion: '1.9.0',
    keepLaunchedWithinDays: 14,
    now: NOW,
    ...over
  }
}

const retired = (g: Generation[], r: RetentionRules) =>
  planRetention(g, r).retire.map(x => x.imageId)
const kept = (g: Generation[], r: RetentionRules) =>
  Object.fromEntries(planRetention(g, r).keep.map(x => [x.imageId, x.reason]))

describe('planRetention: the newest N, this release counted', () => {
  const stream = [gen(9), gen(8), gen(7), gen(6), gen(5)]

  it.each([
    [0, [8, 7, 6, 5]],
    [1, [8, 7, 6, 5]],
    [2, [7, 6, 5]],
    [3, [6, 5]],
    [5, []],
    [50, []]
  ])('keep %i retires %j', (keep, retire) => {
    expect(retired(stream, rules({ keep }))).toEqual(retire.map(id))
  })

  it('keeps this release whatever N is, and says why each is kept', () => {
    expect(kept(stream, rules({ keep: 2 }))).toEqual({
      [id(9)]: 'this release',
      [id(8)]: 'one of the 2 newest'
    })
    expect(kept(stream, rules({ keep: 0 }))).toEqual({ [id(9)]: 'this release' })
  })

  it('the same plan whatever order the images come in', () => {
    const shuffled = [gen(6), gen(9), gen(5), gen(8), gen(7)]
    expect(planRetention(shuffled, rules())).toEqual(planRetention(stream, rules()))
  })

  it('orders images created at the same time by ID, newest ID first', () => {
    const same = daysAgo(3)
    const tie = ['ami-0000000000000000b', 'ami-0000000000000000a', 'ami-0000000000000000c'].map(
      imageId => ({
        imageId,
        created: same,
        version: `1.0.0-${imageId.slice(-1)}`,
        retired: false,
        state: 'available'
      })
    )
    const r = rules({ keep: 1, current: new Set(), protectVersion: undefined })
    expect(retired(tie, r)).toEqual(['ami-0000000000000000b', 'ami-0000000000000000a'])
    expect(retired([...tie].reverse(), r)).toEqual(retired(tie, r))
  })
})

describe('planRetention: already retired images are neither counted nor retired again', () => {
  it.each([
    ['deprecated in the past', { retired: true }],
    ['disabled', { retired: true }]
  ])('%s', (_what, over) => {
    const stream = [gen(9), gen(8, over), gen(7), gen(6)]
    // gen(8) does not take one of the two places: gen(7) keeps it.
    expect(retired(stream, rules({ keep: 2 }))).toEqual([id(6)])
    expect(Object.keys(kept(stream, rules({ keep: 2 })))).not.toContain(id(8))
  })

  it('this release, even when marked retired, is kept and counted', () => {
    const stream = [gen(9, { retired: true }), gen(8), gen(7)]
    expect(retired(stream, rules({ keep: 1 }))).toEqual([id(8), id(7)])
    expect(kept(stream, rules({ keep: 1 }))).toEqual({ [id(9)]: 'this release' })
  })
})

describe('planRetention: only released, available images are generations', () => {
  it.each([
    ['unreleased (a run is still making it, or never finished it)', { version: undefined }],
    ['still pending in EC2', { state: 'pending' }],
    ['failed in EC2', { state: 'failed' }]
  ])('%s: neither counted nor retired', (_what, over: Partial<Generation>) => {
    const stream = [gen(9), gen(8, over), gen(7), gen(6)]
    expect(retired(stream, rules({ keep: 2 }))).toEqual([id(6)])
    expect(Object.keys(kept(stream, rules({ keep: 2 })))).not.toContain(id(8))
  })
})

describe('planRetention: exclusions (EC2 Image Builder lifecycle rules and more)', () => {
  // keep 1: gen(9) is this release; gen(5) is always past the count.
  const cases: [string, Partial<Generation>, Partial<RetentionRules>, string | RegExp | null][] = [
    ['an image with no exclusion', {}, {}, null],
    [
      'in use by an instance',
      { inUse: 'instance i-0abc (running) was launched from it' },
      {},
      'instance i-0abc (running) was launched from it'
    ],
    [
      'in use by a launch template',
      { inUse: 'launch template web (default version 3) uses it' },
      {},
      /launch template web/
    ],
    [
      'shared with an account',
      { sharedWith: 'it is shared with 123456789012' },
      {},
      /123456789012/
    ],
    ['public', { sharedWith: 'it is public' }, {}, 'it is public'],
    ['pinned with the keep tag', { pinned: true }, {}, 'it is pinned with the keep tag'],
    [
      'launched 3 days ago, within 14',
      { lastLaunched: daysAgo(3) },
      {},
      /launched from it on 2026-11-07, within 14 days/
    ],
    ['launched 20 days ago, not within 14', { lastLaunched: daysAgo(20) }, {}, null],
    [
      'launched 3 days ago, with the rule off (0)',
      { lastLaunched: daysAgo(3) },
      { keepLaunchedWithinDays: 0 },
      null
    ],
    [
      'launched 3 days ago, within 2: not kept',
      { lastLaunched: daysAgo(3) },
      { keepLaunchedWithinDays: 2 },
      null
    ],
    [
      'deregistration protection, mode deregister',
      { protected: true },
      { mode: 'deregister' },
      /deregistration protection is on/
    ],
    ['deregistration protection, mode deprecate', { protected: true }, { mode: 'deprecate' }, null],
    ['deregistration protection, mode disable', { protected: true }, { mode: 'disable' }, null],
    [
      "this release's version on an older image",
      { version: '1.9.0' },
      {},
      "it carries this release's version 1.9.0"
    ],
    [
      "this release's version, on a rebuild (no version protected)",
      { version: '1.9.0' },
      { protectVersion: undefined },
      null
    ]
  ]

  it.each(cases)('%s', (_what, over, ruleOver, reason) => {
    const stream = [gen(9), gen(5, over)]
    const r = rules({ keep: 1, ...ruleOver })
    if (reason === null) {
      expect(retired(stream, r)).toEqual([id(5)])
    } else {
      expect(retired(stream, r)).toEqual([])
      const why = kept(stream, r)[id(5)]
      if (typeof reason === 'string') expect(why).toBe(reason)
      else expect(why).toMatch(reason)
    }
  })

  it('an excluded image still takes its place in the count', () => {
    // gen(8) is in use: kept, and it is one of the 2 newest, so gen(7) goes.
    const stream = [gen(9), gen(8, { inUse: 'x' }), gen(7), gen(6, { pinned: true })]
    expect(retired(stream, rules({ keep: 2 }))).toEqual([id(7)])
  })
})

describe('retentionCandidates: what is worth asking AWS about', () => {
  const stream = [gen(9), gen(8), gen(7), gen(6), gen(5)]

  it.each([0, 1, 2, 3, 5])(
    'with keep %i, every image the plan would retire without facts, and no other',
    keep => {
      const r = rules({ keep })
      const candidates = retentionCandidates(stream, r).map(g => g.imageId)
      expect(candidates).toEqual(retired(stream, r))
      expect(candidates).not.toContain(id(9))
    }
  )

  it('an image the plan retires is always a candidate, so an in-use one is never retired unasked', () => {
    // keep 1, this release counted: gen(8) is past the count and must be asked about.
    const generations = [gen(9), gen(8), gen(7)]
    const r = rules({ keep: 1 })
    const candidates = retentionCandidates(generations, r)
    expect(candidates.map(g => g.imageId)).toContain(id(8))
    // What the AWS side does: fill in the facts of the candidates, then plan.
    for (const c of candidates) if (c.imageId === id(8)) c.inUse = 'instance i-1 uses it'
    expect(retired(generations, r)).toEqual([id(7)])
  })

  it('leaves out what is kept without asking: retired, pinned, this version', () => {
    const generations = [
      gen(9),
      gen(6, { retired: true }),
      gen(5, { pinned: true }),
      gen(4, { version: '1.9.0' }),
      gen(3)
    ]
    const r = rules({ keep: 1 })
    expect(retentionCandidates(generations, r).map(g => g.imageId)).toEqual([id(3)])
  })

  it('returns the same objects, for the AWS side to fill in', () => {
    const generations = [gen(9), gen(8)]
    const [candidate] = retentionCandidates(generations, rules({ keep: 1 }))
    expect(candidate).toBe(generations[1])
  })

  it('ignores facts already known when choosing candidates', () => {
    const generations = [gen(9), gen(8, { inUse: 'x', sharedWith: 'y', lastLaunched: daysAgo(1) })]
    expect(retentionCandidates(generations, rules({ keep: 1 })).map(g => g.imageId)).toEqual([
      id(8)
    ])
  })
})

describe('wholeGenerations: a generation is kept or retired in every region at once', () => {
  const east = (over: Partial<Generation>[] = []) => ({
    region: 'us-east-1',
    ...planRetention([gen(5, over[0]), gen(6, over[1]), gen(7), gen(8), gen(9)], rules())
  })
  const west = (over: Partial<Generation>[] = []) => ({
    region: 'us-west-2',
    ...planRetention(
      [gen(15, { version: '1.5.0', ...over[0] }), gen(16, { version: '1.6.0', ...over[1] })]
        .concat([gen(17, { version: '1.7.0' }), gen(18, { version: '1.8.0' })])
        .concat([gen(19, { version: '1.9.0' })]),
      rules({ current: new Set([id(19)]) })
    )
  })
  const retiredIn = (plans: ReturnType<typeof wholeGenerations>) =>
    plans.map(p => `${p.region}: ${p.retire.map(r => r.version ?? '').join(' ')}`)

  it('changes nothing when every region agrees', () => {
    const plans = [east(), west()]
    expect(wholeGenerations(plans)).toEqual(plans)
    expect(retiredIn(plans)).toEqual([
      'us-east-1: 1.7.0 1.6.0 1.5.0',
      'us-west-2: 1.7.0 1.6.0 1.5.0'
    ])
  })

  it('a version in use in one region is kept in the others too, saying where and why', () => {
    const plans = wholeGenerations([
      east([{}, { inUse: 'instance i-1 (running) was launched from it' }]),
      west()
    ])
    expect(retiredIn(plans)).toEqual(['us-east-1: 1.7.0 1.5.0', 'us-west-2: 1.7.0 1.5.0'])
    expect(plans[1]?.keep.find(k => k.version === '1.6.0')).toEqual({
      imageId: id(16),
      version: '1.6.0',
      reason: 'kept in us-east-1: instance i-1 (running) was launched from it'
    })
  })

  it('whichever region keeps it: a pinned copy keeps the primary', () => {
    const plans = wholeGenerations([east(), west([{ pinned: true }])])
    expect(retiredIn(plans)).toEqual(['us-east-1: 1.7.0 1.6.0', 'us-west-2: 1.7.0 1.6.0'])
    expect(plans[0]?.keep.find(k => k.version === '1.5.0')?.reason).toBe(
      'kept in us-west-2: it is pinned with the keep tag'
    )
  })

  it('an image without a version keeps nothing elsewhere', () => {
    const plans = wholeGenerations([
      {
        region: 'us-east-1',
        retire: [],
        keep: [{ imageId: 'ami-x', version: undefined, reason: 'r' }]
      },
      { region: 'us-west-2', retire: [{ imageId: 'ami-y', version: undefined }], keep: [] }
    ])
    expect(plans[1]?.retire).toEqual([{ imageId: 'ami-y', version: undefined }])
  })
})

describe('planRetention: a generation is a version', () => {
  it('the images of one version (a rebuilt one) count once', () => {
    // 1.9.0 rebuilt: the older 1.9.0 image, still in use, is this version, not a generation.
    const older190 = gen(8, {
      version: '1.9.0',
      inUse: 'instance i-1 (running) was launched from it'
    })
    const generations = [older190, gen(7), gen(6), gen(5)]
    expect(kept([...generations, gen(9)], rules())).toEqual({
      [id(9)]: 'this release',
      [id(8)]: "it carries this release's version 1.9.0",
      [id(7)]: 'one of the 2 newest'
    })
    expect(retired([...generations, gen(9)], rules())).toEqual([id(6), id(5)])
  })

  it('in a rebuild (keep 0, this version only), the older images of the version go', () => {
    const r = rules({ keep: 0, protectVersion: undefined })
    const older = [gen(8, { version: '1.9.0' }), gen(7, { version: '1.9.0' })]
    expect(retired([...older, gen(9)], r)).toEqual([id(8), id(7)])
  })
})

describe('wholeGenerations: across builds', () => {
  it('a version one build keeps is kept for the other builds too', () => {
    const app = { region: 'us-east-1', ...planRetention([gen(5), gen(9)], rules({ keep: 1 })) }
    const api = {
      region: 'us-east-1',
      ...planRetention(
        [gen(15, { version: '1.5.0', pinned: true }), gen(19, { version: '1.9.0' })],
        rules({ keep: 1, current: new Set([id(19)]) })
      )
    }
    expect(app.retire.map(r => r.imageId)).toEqual([id(5)])
    const [wholeApp] = wholeGenerations([app, api])
    expect(wholeApp?.retire).toEqual([])
    expect(wholeApp?.keep.find(k => k.imageId === id(5))?.reason).toBe(
      'kept in us-east-1: it is pinned with the keep tag'
    )
  })
})

describe('planRetention: this release counts even when its images are not among those planned', () => {
  it('a later pass, without this release’s images, still keeps N generations with it', () => {
    expect(retired([gen(8), gen(7), gen(6)], rules())).toEqual([id(7), id(6)])
  })
})
