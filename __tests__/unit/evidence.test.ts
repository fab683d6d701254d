import { describe, expect, it } from 'vitest'
import {
  addLead,
  buildsOf,
  isLeadShaped,
  leadsOf,
  parseEvidence,
  regionOf,
  type Evidence,
  type LeadKind
} from '../../src/release/evidence.js'

const NOW = Date.parse('2026-11-10T12:30:00.000Z')
const START = '2026-11-10T12:00:00.000Z'

const good = {
  startedAt: START,
  run: 'octo/app#4242.1',
  region: 'us-east-1',
  buildRegions: { 'amazon-ebs.eu': 'eu-west-1' },
  leads: [
    { kind: 'image-name', value: "app 1.2.3 (web) [x] o'k @v/1_2-3", build: 'amazon-ebs.app' },
    { kind: 'instance', value: 'i-0123456789abcdef0', build: 'amazon-ebs.app' }
  ],
  settled: false
}

const parse = (record: unknown) =>
  parseEvidence(typeof record === 'string' ? record : JSON.stringify(record), NOW)

describe('parseEvidence: a record that cannot be used at all', () => {
  it.each([
    ['not JSON', '{"startedAt":', /not JSON/],
    ['JSON null', 'null', /start time '' is not a time in the past/],
    ['a list', '[]', /start time/],
    ['no start time', { ...good, startedAt: undefined }, /start time '' is not a time/],
    [
      'a start time that is not a time',
      { ...good, startedAt: 'yesterday' },
      /'yesterday' is not a time/
    ],
    ['a start time as a number', { ...good, startedAt: 1 }, /start time '' is not a time/],
    [
      'a start time in the future',
      { ...good, startedAt: '2026-11-10T13:00:00.000Z' },
      /not a time in the past/
    ],
    // An old start would make what was launched since look like this run's.
    [
      'a start time before the job could have started',
      { ...good, startedAt: '2020-01-01T00:00:00.000Z' },
      /before this job could have started/
    ],
    ['a bare year', { ...good, startedAt: '1' }, /before this job could have started/],
    [
      'a region that is a URL',
      { ...good, region: 'https://evil.example' },
      /region 'https:\/\/evil\.example' is not a region/
    ],
    ['no region', { ...good, region: undefined }, /region '' is not a region/],
    ['a region with a newline', { ...good, region: 'us-east-1\n' }, /is not a region/]
  ] as const)('%s', (_what, record, problem) => {
    const { evidence, problems } = parse(record)
    expect(evidence).toBeUndefined()
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(problem)
  })
})

describe('parseEvidence: well-formed leads are kept, bad ones reported', () => {
  it('keeps a well-formed record as it was saved', () => {
    const { evidence, problems } = parse(good)
    expect(problems).toEqual([])
    expect(evidence).toEqual(good)
  })

  it('accepts a start a minute ahead (clock skew) and normalises the time', () => {
    const { evidence } = parse({ ...good, startedAt: '2026-11-10T13:30:30+01:00' })
    expect(evidence?.startedAt).toBe('2026-11-10T12:30:30.000Z')
  })

  const lead = (kind: string, value: unknown, build: unknown = 'amazon-ebs.app') => ({
    kind,
    value,
    build
  })
  it.each([
    ['an instance ID with shell metacharacters', lead('instance', 'i-0123456789abcdef0; rm -rf /')],
    ['an instance ID with $()', lead('instance', '$(id)')],
    ['an instance ID of the wrong kind', lead('instance', 'ami-0123456789abcdef0')],
    ['an instance ID in upper case', lead('instance', 'i-0123456789ABCDEF0')],
    ['an AMI name with characters EC2 refuses', lead('image-name', 'app;`id`')],
    ['an AMI name with a newline', lead('image-name', 'app\n::error::x')],
    ['an AMI name too short', lead('image-name', 'ab')],
    ['an AMI name over 128 characters', lead('image-name', 'a'.repeat(129))],
    ['an AMI ID with a path', lead('image', 'ami-0123456789abcdef0/../x')],
    ['a copy region that is a URL', lead('copy-region', 'https://ec2.evil.example')],
    ['a copy region in capitals', lead('copy-region', 'US-EAST-1')],
    ['a key pair name with a control character', lead('key-pair', 'packer_\u0007')],
    ['a key pair name of 256 characters', lead('key-pair', 'k'.repeat(256))],
    // Packer names its temporary groups, profiles and roles (packer/leads.ts); a production
    // group's name is no lead.
    ['a security group Packer did not name', lead('security-group', 'prod-web')],
    ['an instance profile Packer did not name', lead('instance-profile', 'web-profile')],
    ['a role Packer did not name', lead('role', 'packer-role+=,.@_')],
    ['a security group name that is empty', lead('security-group', '')],
    ['a launch template that is not lt-', lead('launch-template', 'web-template')],
    ['a role with a slash', lead('role', 'a/b')],
    ['an instance profile over 128', lead('instance-profile', 'p'.repeat(129))],
    ['an unknown kind', lead('volume', 'vol-0123456789abcdef0')],
    ['a number as value', lead('instance', 123)],
    ['no build', { kind: 'instance', value: 'i-0123456789abcdef0' }],
    ['a build that is not a string', lead('instance', 'i-0123456789abcdef0', 7)],
    ['null', null],
    ['a string', 'i-0123456789abcdef0']
  ])('drops %s, and says so', (_what, bad) => {
    const { evidence, problems } = parse({ ...good, leads: [...good.leads, bad] })
    expect(evidence?.leads).toEqual(good.leads)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/a saved lead is not well-formed/)
  })

  it.each([
    ['key-pair', 'packer_6f1c2a4e-0000-4000-8000-000000000001'],
    ['key-pair', 'my temporary key'],
    ['security-group', 'packer_6f1c2a4e-0000-4000-8000-000000000002'],
    ['instance', 'i-0123abcd'],
    ['instance', 'i-0123456789abcdef0'],
    ['source-image', 'ami-0123456789abcdef0'],
    ['image', 'ami-0123abcd'],
    ['image-name', 'x7k2p9q'],
    ['copy-region', 'us-gov-west-1'],
    ['copy-region', 'ap-southeast-4'],
    ['launch-template', 'lt-0123456789abcdef0'],
    ['instance-profile', 'packer-6f1c2a4e-0000-4000-8000-000000000003'],
    ['role', 'packer-6f1c2a4e-0000-4000-8000-000000000004']
  ] as [LeadKind, string][])('keeps %s %s', (kind, value) => {
    expect(isLeadShaped(kind, value)).toBe(true)
    const { evidence, problems } = parse({ ...good, leads: [{ kind, value, build: 'b' }] })
    expect(problems).toEqual([])
    expect(evidence?.leads).toEqual([{ kind, value, build: 'b' }])
  })

  it('reports leads that are not a list', () => {
    const { evidence, problems } = parse({ ...good, leads: { kind: 'instance' } })
    expect(evidence?.leads).toEqual([])
    expect(problems).toEqual(['the saved leads are not a list'])
  })

  it('drops a build region that is not a region', () => {
    const { evidence, problems } = parse({
      ...good,
      buildRegions: { a: 'eu-west-1', b: 'http://x', c: 5 }
    })
    expect(evidence?.buildRegions).toEqual({ a: 'eu-west-1' })
    expect(problems).toEqual([
      "the region of build 'b' is not a region",
      "the region of build 'c' is not a region"
    ])
  })

  it('takes a build as settled only when the record says true: anything else is swept', () => {
    const { evidence, problems } = parse({ ...good, settled: 'yes' })
    expect(evidence?.settled).toBe(false)
    expect(problems).toEqual([])
    expect(parse({ ...good, settled: true }).evidence?.settled).toBe(true)
  })

  it.each([
    ['longer than 256 characters', 'r'.repeat(257)],
    ['empty', ''],
    ['not a string', 42]
  ])("drops a run mark %s: no image is taken for this run's by it", (_what, run) => {
    const { evidence, problems } = parse({ ...good, run })
    expect(evidence?.run).toBe('')
    expect(problems).toEqual([expect.stringMatching(/run mark is not 1 to 256 characters/)])
  })

  it('keeps a run mark of exactly 256 characters', () => {
    const run = 'r'.repeat(256)
    expect(parse({ ...good, run }).evidence?.run).toBe(run)
  })
})

function record(): Evidence {
  return {
    startedAt: START,
    run: 'octo/app#1.1',
    region: 'us-east-1',
    buildRegions: { 'amazon-ebs.eu': 'eu-west-1' },
    leads: [],
    settled: false
  }
}

describe('addLead, leadsOf, buildsOf, regionOf', () => {
  it('adds a lead once per kind, value and build', () => {
    const e = record()
    const i = { kind: 'instance' as const, value: 'i-0123abcd', build: 'a' }
    expect(addLead(e, i)).toBe(true)
    expect(addLead(e, { ...i })).toBe(false)
    expect(addLead(e, { ...i, build: 'b' })).toBe(true)
    expect(addLead(e, { ...i, kind: 'image', value: 'ami-0123abcd' })).toBe(true)
    expect(e.leads).toHaveLength(3)
  })

  it.each([
    'image-name',
    'source-image',
    'key-pair',
    'security-group',
    'instance-profile',
    'role',
    'launch-template',
    'instance'
  ] as const)(
    'takes only the first %s of a build: Packer says it once, before any provisioner',
    kind => {
      const e = record()
      const values: Record<typeof kind, [string, string]> = {
        'image-name': ['app-1', 'prod-1'],
        'source-image': ['ami-0123abcd', 'ami-0456abcd'],
        'key-pair': ['packer_1', 'prod-key'],
        'security-group': ['packer_1', 'packer_2'],
        'instance-profile': ['packer-1', 'packer-2'],
        role: ['packer-1', 'packer-2'],
        'launch-template': ['lt-0123abcd', 'lt-0456abcd'],
        instance: ['i-0123abcd', 'i-0456abcd']
      }
      const [first, later] = values[kind]
      expect(addLead(e, { kind, value: first, build: 'a' })).toBe(true)
      expect(addLead(e, { kind, value: later, build: 'a' })).toBe(false)
      expect(addLead(e, { kind, value: later, build: 'b' })).toBe(true)
      expect(leadsOf(e, kind, 'a')).toEqual([first])
      // And so when the record is read back.
      const { evidence, problems } = parseEvidence(
        JSON.stringify({ ...e, leads: [...e.leads, { kind, value: later, build: 'a' }] }),
        NOW
      )
      expect(evidence?.leads).toEqual(e.leads)
      expect(problems).toEqual([
        `a saved lead is not taken: build 'a' announced its ${kind} (${first}) already; a later one is not Packer's`
      ])
    }
  )

  it.each([
    ['key-pair', 'packer_6e1d', 'instance', 'i-0123abcd'],
    ['key-pair', 'packer_6e1d', 'launch-template', 'lt-0123abcd'],
    ['instance-profile', 'packer-1', 'instance', 'i-0123abcd'],
    ['role', 'packer-1', 'instance', 'i-0123abcd'],
    ['security-group', 'packer_1', 'role', 'packer-1'],
    ['image-name', 'app-1', 'source-image', 'ami-0123abcd']
  ] as const)(
    "takes no %s a build names after its %s: Packer announces its own before, so a later one is a provisioner's",
    (kind, value, after, first) => {
      // A template that brings its own key pair (ssh_private_key_file) makes Packer announce
      // none: a provisioner printing Packer's words must not name another Packer's key pair.
      const e = record()
      expect(addLead(e, { kind: after, value: first, build: 'a' })).toBe(true)
      expect(addLead(e, { kind, value, build: 'a' })).toBe(false)
      expect(addLead(e, { kind, value, build: 'b' })).toBe(true)
      expect(leadsOf(e, kind, 'a')).toEqual([])
      const { evidence, problems } = parseEvidence(
        JSON.stringify({ ...e, leads: [...e.leads, { kind, value, build: 'a' }] }),
        NOW
      )
      expect(evidence?.leads).toEqual(e.leads)
      expect(problems).toEqual([
        `a saved lead is not taken: build 'a' announced its ${after} (${first}) already, which Packer does after any ${kind} of its own; a later one is not Packer's`
      ])
    }
  )

  it('takes each kind in the order Packer announces them', () => {
    const e = record()
    const inOrder = [
      ['image-name', 'app-1'],
      ['source-image', 'ami-0123abcd'],
      ['key-pair', 'packer_1'],
      ['security-group', 'packer_1'],
      ['instance-profile', 'packer-1'],
      ['role', 'packer-1'],
      ['launch-template', 'lt-0123abcd'],
      ['instance', 'i-0123abcd'],
      ['image', 'ami-0456abcd'],
      ['copy-region', 'eu-west-1'],
      ['image', 'ami-0789abcd']
    ] as const
    for (const [kind, value] of inOrder) expect(addLead(e, { kind, value, build: 'a' })).toBe(true)
    expect(e.leads).toHaveLength(inOrder.length)
  })

  it('takes every AMI and copy region a build names', () => {
    const e = record()
    for (const value of ['ami-0123abcd', 'ami-0456abcd'])
      expect(addLead(e, { kind: 'image', value, build: 'a' })).toBe(true)
    for (const value of ['us-west-2', 'eu-west-1'])
      expect(addLead(e, { kind: 'copy-region', value, build: 'a' })).toBe(true)
    expect(e.leads).toHaveLength(4)
  })

  it('lists the values of a kind, for one build or all, each once', () => {
    const e = record()
    addLead(e, { kind: 'image-name', value: 'app-1', build: 'a' })
    addLead(e, { kind: 'image-name', value: 'app-1', build: 'b' })
    addLead(e, { kind: 'image-name', value: 'app-2', build: 'c' })
    addLead(e, { kind: 'image', value: 'ami-0123abcd', build: 'a' })
    expect(leadsOf(e, 'image-name')).toEqual(['app-1', 'app-2'])
    expect(leadsOf(e, 'image-name', 'a')).toEqual(['app-1'])
    expect(leadsOf(e, 'image-name', 'd')).toEqual([])
    expect(leadsOf(e, 'role')).toEqual([])
    expect(buildsOf(e)).toEqual(['a', 'b', 'c'])
  })

  it.each([
    ['a build with a region of its own', 'amazon-ebs.eu', 'eu-west-1'],
    ['a build without one', 'amazon-ebs.app', 'us-east-1'],
    ['a build named like a property of every object', 'constructor', 'us-east-1'],
    ['__proto__', '__proto__', 'us-east-1'],
    ['toString', 'toString', 'us-east-1']
  ])('regionOf %s', (_what, build, region) => {
    expect(regionOf(record(), build)).toBe(region)
  })

  it('regionOf a record read back from state with hostile build names', () => {
    const { evidence } = parseEvidence(
      JSON.stringify({
        ...record(),
        buildRegions: { __proto__: 'eu-west-1', hasOwnProperty: 'x' }
      }),
      NOW
    )
    expect(evidence && regionOf(evidence, '__proto__')).toBe('us-east-1')
    expect(evidence && regionOf(evidence, 'hasOwnProperty')).toBe('us-east-1')
  })
})
