import { describe, expect, it } from 'vitest'
import {
  classifyBuild,
  decideOnExisting,
  earlierAttempt,
  type ExistingDecision,
  type StreamImage
} from '../../src/release/decisions.js'
import type { OnExisting } from '../../src/inputs/types.js'

const RUN = 'octo/app#500.2'
const EARLIER = 'octo/app#500.1'
const OTHER = 'octo/app#9.1'
const NOW = Date.parse('2026-11-10T12:00:00Z')
const describeRun = { version: 'release-1.2.3', region: 'eu-west-1', run: RUN, now: NOW }
const HOURS_AGO = new Date(NOW - 3 * 3600_000).toISOString()
const APP = 'amazon-ebs.app'
const WEB = 'amazon-ebs.web'

const released = (id: string, build = APP): StreamImage => ({
  id,
  build,
  released: true,
  run: undefined,
  complete: true,
  instance: 'gone',
  created: HOURS_AGO
})
const unreleased = (
  id: string,
  instance: StreamImage['instance'],
  run: string | undefined,
  complete: boolean,
  build = APP,
  created = HOURS_AGO
): StreamImage => ({ id, build, released: false, run, complete, instance, created })

const build = (builds?: string[], finish: string[] = []): ExistingDecision => ({
  action: 'build',
  builds,
  finish
})

const cases: [
  string,
  StreamImage[],
  string[] | undefined,
  OnExisting,
  ExistingDecision | RegExp
][] = [
  ['nothing yet: build', [], [APP], 'reuse', build()],
  ['nothing yet, fail: build', [], [APP], 'fail', build()],
  ['nothing yet, rebuild: build', [], [APP], 'rebuild', build()],
  ['nothing yet, the template unread: build', [], undefined, 'reuse', build()],
  ['released, reuse', [released('ami-1')], [APP], 'reuse', { action: 'reuse' }],
  [
    'released, the template unread: reuse',
    [released('ami-1')],
    undefined,
    'reuse',
    { action: 'reuse' }
  ],
  [
    'released, fail: names the image, region and version',
    [released('ami-1'), released('ami-2', WEB)],
    [APP, WEB],
    'fail',
    /^is 'fail' and ami-1, ami-2 in eu-west-1 already carries release-1\.2\.3$/
  ],
  ['released, rebuild: build', [released('ami-1')], [APP], 'rebuild', build()],
  [
    'released and another run’s image alive, reuse: the released one wins',
    [released('ami-1'), unreleased('ami-2', 'alive', OTHER, false)],
    [APP],
    'reuse',
    { action: 'reuse' }
  ],
  [
    'one build of two released: build the other only',
    [released('ami-1')],
    [APP, WEB],
    'reuse',
    build([WEB])
  ],
  [
    'a released build the template no longer selects does not count',
    [released('ami-1', 'amazon-ebs.old')],
    [APP],
    'reuse',
    build()
  ],
  [
    'another run is building it: wait',
    [unreleased('ami-2', 'alive', OTHER, false)],
    [APP],
    'reuse',
    { action: 'wait', images: ['ami-2'] }
  ],
  [
    'an earlier attempt of this run, its instance alive: still wait',
    [unreleased('ami-2', 'alive', EARLIER, false)],
    [APP],
    'reuse',
    { action: 'wait', images: ['ami-2'] }
  ],
  [
    'an earlier attempt built it whole, tagging failed: finish',
    [unreleased('ami-2', 'gone', EARLIER, true)],
    [APP],
    'reuse',
    { action: 'finish', finish: ['ami-2'] }
  ],
  [
    'an earlier attempt built it whole, EC2 reports no source instance: finish',
    [unreleased('ami-2', 'unknown', EARLIER, true)],
    [APP],
    'reuse',
    { action: 'finish', finish: ['ami-2'] }
  ],
  [
    'one build released, the other built whole by an earlier attempt: finish',
    [released('ami-1'), unreleased('ami-2', 'gone', EARLIER, true, WEB)],
    [APP, WEB],
    'reuse',
    { action: 'finish', finish: ['ami-2'] }
  ],
  [
    'one build built whole by an earlier attempt, the other failed there: build it, finish the first',
    [unreleased('ami-2', 'gone', EARLIER, true)],
    [APP, WEB],
    'reuse',
    build([WEB], ['ami-2'])
  ],
  [
    'an earlier attempt was killed before Packer reported the build: fail, naming it',
    [unreleased('ami-2', 'gone', EARLIER, false)],
    [APP],
    'reuse',
    /^ami-2 \(amazon-ebs\.app\) was left unfinished by octo\/app#500\.1: its build stopped before Packer reported it \(in eu-west-1, release-1\.2\.3\): nothing is built over it, and nothing is removed, since the action cannot prove it made it\. If your workflow made it, deregister it/
  ],
  [
    'marked by nobody (forged marks on an old image): fail, never finish',
    [unreleased('ami-2', 'gone', undefined, true)],
    [APP],
    'reuse',
    /^ami-2 \(amazon-ebs\.app\) was built by an unknown run, which did not release it/
  ],
  [
    'another run built it whole: wait while it releases it',
    [unreleased('ami-2', 'gone', OTHER, true)],
    [APP],
    'reuse',
    { action: 'wait', images: ['ami-2'] }
  ],
  [
    'another run built it whole and did not release it for long: fail, naming the run',
    [unreleased('ami-2', 'gone', OTHER, true)],
    [APP],
    'reuse',
    /^ami-2 \(amazon-ebs\.app\) was built by octo\/app#9\.1, which did not release it; re-run that run to release it/
  ],
  [
    'another run, EC2 reports no source instance: wait a while for it',
    [unreleased('ami-2', 'unknown', OTHER, false)],
    [APP],
    'reuse',
    { action: 'wait', images: ['ami-2'] }
  ],
  [
    'another run, EC2 reports no source instance, for long: fail, naming the run',
    [unreleased('ami-2', 'unknown', OTHER, false)],
    [APP],
    'reuse',
    /^ami-2 \(amazon-ebs\.app\) is marked by octo\/app#9\.1, and EC2 does not say whether its build still runs; let that run finish/
  ],
  [
    'another run’s build whose instance is gone (its post-processors run): wait a while',
    [unreleased('ami-2', 'gone', OTHER, false)],
    [APP],
    'reuse',
    { action: 'wait', images: ['ami-2'] }
  ],
  [
    'another run’s build whose instance is gone, for long: fail, naming the run',
    [unreleased('ami-2', 'gone', OTHER, false)],
    [APP],
    'reuse',
    /^ami-2 \(amazon-ebs\.app\) was left unfinished by octo\/app#9\.1/
  ],
  [
    'another run with a build still going: its finished build waits with it, for long too',
    [unreleased('ami-2', 'gone', OTHER, true), unreleased('ami-3', 'alive', OTHER, false, WEB)],
    [APP, WEB],
    'reuse',
    { action: 'wait', images: ['ami-2', 'ami-3'] }
  ],
  [
    'marked complete by an earlier attempt, but made long before any attempt could have: fail',
    [unreleased('ami-2', 'gone', EARLIER, true, APP, '2020-06-01T00:00:00.000Z')],
    [APP],
    'reuse',
    /^ami-2 \(amazon-ebs\.app\) is marked by octo\/app#500\.1, but EC2 made it on 2020-06-01T00:00:00\.000Z, before an earlier attempt of this run could have/
  ],
  [
    'complete from an earlier attempt, but the template unread: fail, the builds needed are not known',
    [unreleased('ami-2', 'gone', EARLIER, true)],
    undefined,
    'reuse',
    /^ami-2 \(amazon-ebs\.app\) is complete, but which builds the release is made of is not known/
  ],
  [
    'the same run and attempt: not an earlier attempt, never finished',
    [unreleased('ami-2', 'unknown', RUN, true)],
    [APP],
    'reuse',
    /ami-2 \(amazon-ebs\.app\) is marked by octo\/app#500\.2/
  ],
  [
    'one alive and one left unfinished: wait for the live one first',
    [unreleased('ami-2', 'gone', EARLIER, false, WEB), unreleased('ami-3', 'alive', OTHER, false)],
    [APP, WEB],
    'reuse',
    { action: 'wait', images: ['ami-3'] }
  ],
  [
    'unreleased and rebuild: build, with a note that they are left',
    [unreleased('ami-2', 'alive', OTHER, false), unreleased('ami-3', 'gone', undefined, false)],
    [APP],
    'rebuild',
    {
      action: 'build',
      builds: undefined,
      finish: [],
      note: 'ami-2, ami-3 of release-1.2.3, not released, are left as they are'
    }
  ],
  [
    'unreleased, fail: names it',
    [unreleased('ami-2', 'alive', OTHER, false)],
    [APP],
    'fail',
    /^is 'fail' and ami-2 in eu-west-1 is an unreleased image of release-1\.2\.3$/
  ]
]

describe('decideOnExisting', () => {
  it.each(cases)('%s', (what, images, builds, onExisting, expected) => {
    const patience = { waitForOtherRuns: !what.includes('for long') }
    const decision = decideOnExisting(images, builds, onExisting, describeRun, patience)
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
