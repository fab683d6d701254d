import { describe, expect, it } from 'vitest'
import {
  classifyBuild,
  decideOnExisting,
  earlierAttempt,
  type ExistingDecision,
  type PendingImage
} from '../../src/release/decisions.js'
import type { OnExisting } from '../../src/inputs/types.js'

const RUN = 'octo/app#500.2'
const describeRun = { version: 'release-1.2.3', region: 'eu-west-1', run: RUN }

const pending = (id: string, instance: PendingImage['instance'], run?: string): PendingImage => ({
  id,
  imageState: 'available',
  instance,
  run
})

type Found = { released: string[]; pending: PendingImage[] }
const cases: [string, Found, OnExisting, ExistingDecision | RegExp][] = [
  ['nothing yet: build', { released: [], pending: [] }, 'reuse', { action: 'build' }],
  ['nothing yet, fail: build', { released: [], pending: [] }, 'fail', { action: 'build' }],
  ['nothing yet, rebuild: build', { released: [], pending: [] }, 'rebuild', { action: 'build' }],
  ['released, reuse', { released: ['ami-1'], pending: [] }, 'reuse', { action: 'reuse' }],
  [
    'released, fail: names the image, region and version',
    { released: ['ami-1', 'ami-2'], pending: [] },
    'fail',
    /^is 'fail' and ami-1, ami-2 in eu-west-1 already carries release-1\.2\.3$/
  ],
  [
    'released, rebuild: build',
    { released: ['ami-1'], pending: [] },
    'rebuild',
    { action: 'build' }
  ],
  [
    'released and pending, reuse: the released one wins',
    { released: ['ami-1'], pending: [pending('ami-2', 'alive', 'octo/app#9.1')] },
    'reuse',
    { action: 'reuse' }
  ],
  [
    'pending, its instance alive: wait for it',
    { released: [], pending: [pending('ami-2', 'alive', 'octo/app#9.1')] },
    'reuse',
    { action: 'wait', images: ['ami-2'] }
  ],
  [
    "pending of this run's earlier attempt, instance alive: still wait",
    { released: [], pending: [pending('ami-2', 'alive', 'octo/app#500.1')] },
    'reuse',
    { action: 'wait', images: ['ami-2'] }
  ],
  [
    'pending, its instance gone: finish the release',
    { released: [], pending: [pending('ami-2', 'gone', 'octo/app#9.1')] },
    'reuse',
    { action: 'finish', images: ['ami-2'] }
  ],
  [
    'pending, unknown instance, from an earlier attempt of this run: finish',
    { released: [], pending: [pending('ami-2', 'unknown', 'octo/app#500.1')] },
    'reuse',
    { action: 'finish', images: ['ami-2'] }
  ],
  [
    'pending, unknown instance, from another run: fail, naming the image, run and what to do',
    { released: [], pending: [pending('ami-2', 'unknown', 'octo/app#777.1')] },
    'reuse',
    /^ami-2 \(marked by octo\/app#777\.1\) in eu-west-1 is an unreleased image of release-1\.2\.3, and EC2 does not say whether its build still runs; let that run finish, or remove the image$/
  ],
  [
    'pending, unknown instance, no run mark: fail',
    { released: [], pending: [pending('ami-2', 'unknown')] },
    'reuse',
    /ami-2 \(marked by \?\)/
  ],
  [
    'pending, unknown instance, the same run and attempt: not an earlier attempt, fail',
    { released: [], pending: [pending('ami-2', 'unknown', RUN)] },
    'reuse',
    /ami-2 \(marked by octo\/app#500\.2\)/
  ],
  [
    'one alive and one gone: wait for the live one only',
    {
      released: [],
      pending: [
        pending('ami-2', 'gone', 'octo/app#9.1'),
        pending('ami-3', 'alive', 'octo/app#10.1')
      ]
    },
    'reuse',
    { action: 'wait', images: ['ami-3'] }
  ],
  [
    'pending and rebuild: build, with a note that the pending images are left',
    {
      released: [],
      pending: [pending('ami-2', 'alive', 'octo/app#9.1'), pending('ami-3', 'gone')]
    },
    'rebuild',
    {
      action: 'build',
      note: 'ami-2, ami-3 of release-1.2.3, not released, are left as they are'
    }
  ],
  [
    'pending alive, fail: another run is building it',
    { released: [], pending: [pending('ami-2', 'alive', 'octo/app#9.1')] },
    'fail',
    /^is 'fail' and ami-2 in eu-west-1 is an image of release-1\.2\.3 that another run is building$/
  ],
  [
    'pending gone, fail: an earlier run did not release it',
    { released: [], pending: [pending('ami-2', 'gone', 'octo/app#9.1')] },
    'fail',
    /that an earlier run built but did not release$/
  ]
]

describe('decideOnExisting', () => {
  it.each(cases)('%s', (_what, found, onExisting, expected) => {
    const decision = decideOnExisting(found, onExisting, describeRun)
    if (expected instanceof RegExp) {
      expect(decision.action).toBe('fail')
      expect(decision.action === 'fail' ? decision.reason : '').toMatch(expected)
    } else expect(decision).toEqual(expected)
  })
})

describe('earlierAttempt', () => {
  it.each([
    ['octo/app#500.1', 'octo/app#500.2', true],
    ['octo/app#500.1', 'octo/app#500.10', true],
    ['octo/my.app#500.1', 'octo/my.app#500.3', true],
    ['octo/app#500.2', 'octo/app#500.2', false],
    ['octo/app#500.3', 'octo/app#500.2', false],
    ['octo/app#501.1', 'octo/app#500.2', false],
    ['octo/app#50.1', 'octo/app#500.2', false],
    ['other/app#500.1', 'octo/app#500.2', false],
    [undefined, 'octo/app#500.2', false],
    ['', 'octo/app#500.2', false],
    // Marks not of the form `<repository>#<run id>.<attempt>` are no attempt of anything.
    ['octo/app#500', 'octo/app#501', false],
    ['octo/app#500.x', 'octo/app#500.y', false],
    ['abc', 'abd', false],
    ['.1', '.2', false]
  ])('%s before %s: %s', (run, current, expected) => {
    expect(earlierAttempt(run, current)).toBe(expected)
  })
})

describe('classifyBuild', () => {
  it.each([
    [
      'exit 0 with AMIs',
      { exitCode: 0, cancelled: false, artifacts: 2, collision: false },
      'succeeded'
    ],
    [
      'exit 0 without AMIs',
      { exitCode: 0, cancelled: false, artifacts: 0, collision: false },
      'no-ami'
    ],
    [
      'exit 1 with some AMIs',
      { exitCode: 1, cancelled: false, artifacts: 1, collision: false },
      'partial'
    ],
    [
      'exit 1 on a name collision',
      { exitCode: 1, cancelled: false, artifacts: 0, collision: true },
      'collision'
    ],
    [
      'exit 1 with AMIs and a collision',
      { exitCode: 1, cancelled: false, artifacts: 1, collision: true },
      'partial'
    ],
    ['exit 1', { exitCode: 1, cancelled: false, artifacts: 0, collision: false }, 'failed'],
    [
      'killed by a signal',
      { exitCode: null, cancelled: false, artifacts: 0, collision: false },
      'failed'
    ],
    [
      'cancelled, though it exited 0',
      { exitCode: 0, cancelled: true, artifacts: 1, collision: false },
      'cancelled'
    ],
    ['cancelled', { exitCode: null, cancelled: true, artifacts: 0, collision: true }, 'cancelled']
  ] as const)('%s: %s', (_what, result, outcome) => {
    expect(classifyBuild(result)).toBe(outcome)
  })
})
