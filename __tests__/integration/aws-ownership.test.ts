import * as fs from 'node:fs'
import * as path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { gatherFacts } from '../../src/aws/facts.js'
import { writeRecord } from '../../src/aws/records.js'
import { sweep } from '../../src/aws/sweep.js'
import { BuildOutputReader } from '../../src/packer/build-output.js'
import type { Template } from '../../src/packer/template.js'
import {
  addLead,
  isLeadShaped,
  type Evidence,
  type Lead,
  type LeadKind
} from '../../src/release/evidence.js'
import { judgeOwnership, planSweep, type Verdict } from '../../src/release/ownership.js'
import { tagSchema } from '../../src/release/tags.js'
import { Recorder } from '../../src/steps/build.js'
import type { Plan } from '../../src/steps/plan.js'
import { EvidenceRecord } from '../../src/state/evidence-record.js'
import { SOURCE_AMI } from '../../testbed/ec2/world.js'
import { captureCommands, useAwsBed } from '../helpers/aws.js'

/**
 * The post step's path in-process, against the loopback EC2 and IAM: what the main step
 * recorded (evidence) → what AWS describes (gatherFacts) → the ownership rule → the plan →
 * sweep. A killed build left its instance, key pair, group, IAM profile and role, a pending
 * AMI and a copy; the log also named foreign resources, which must all survive. And the main
 * step's side of it: the Recorder keeps the evidence and writes each build's completion record.
 */
const bed = useAwsBed()

const EAST = 'us-east-1'
const WEST = 'us-west-2'
const EU = 'eu-west-1'
const START = '2026-06-01T10:00:00.000Z'
const RUN = 'octo/images#42.1'
const OTHER_RUN = 'octo/images#43.1'
const LINEAGE = 'octo/images:app.pkr.hcl'
const schema = tagSchema('ImageVersion')
const at = (hhmm: string) => `2026-06-01T${hhmm}:00.000Z`

const KEY = 'packer_6a4c1d2e-8f0b-4c3d-9e1f-2a3b4c5d6e7f'
const GROUP = 'packer_7b5d2e3f-9a1c-4d4e-8f2a-3b4c5d6e7f80'
const FOREIGN_KEY = 'packer_8c6e3f4a-0b2d-4e5f-9a3b-4c5d6e7f8091'
const FOREIGN_GROUP = 'packer_9d7f4a5b-1c3e-4f6a-8b4c-5d6e7f8091a2'
const PROFILE = 'packer-1e2d3c4b-5a69-4788-97a6-b5c4d3e2f101'
const ROLE = 'packer-2f3e4d5c-6b7a-4899-a8b7-c6d5e4f3a212'
const OLD_PROFILE = 'packer-3a4f5e6d-7c8b-49aa-b9c8-d7e6f5a4b323'
const OLD_ROLE = 'packer-4b5a6f7e-8d9c-4abb-8ad9-e8f7a6b5c434'
const OTHER_PROFILE = 'packer-5c6b7a8f-9e0d-4bcc-9bea-f9a8b7c6d545'
const OTHER_ROLE = 'packer-6d7c8b9a-0f1e-4cdd-acfb-0a9b8c7d6e56'

interface KilledBuild {
  evidence: Evidence
  own: {
    instance: string
    image: string
    copy: string
    imageSnapshots: string[]
    copySnapshots: string[]
    groupId: string
  }
  foreign: {
    productionDb: string
    golden: string
    untaggedTwin: string
    otherRunImage: string
    keyUser: string
    groupUser: string
    otherRunInstance: string
    groupId: string
  }
}

const snapshotsOf = (region: string, id: string) =>
  bed.ec2.inspect
    .images(region)
    .find(i => i.id === id)
    ?.blockDevices.map(d => d.snapshotId) ?? []

/** What a killed build of `app` leaves, and the foreign resources its log named. */
function seedKilledBuild(): KilledBuild {
  const { seed } = bed.ec2
  // This run's: key pair, group and IAM profile made after the start, the instance launched
  // with them (stopped for CreateImage), the AMI made from it and its copy, both pending.
  seed.keyPair(EAST, { name: KEY, createTime: at('10:01') })
  const groupId = seed.securityGroup(EAST, { name: GROUP })
  bed.iam.seed.role({ name: ROLE, createDate: at('10:01'), policies: { PackerTemporary: POLICY } })
  const profileArn = bed.iam.seed.instanceProfile({
    name: PROFILE,
    roles: [ROLE],
    createDate: at('10:01')
  })
  const instance = seed.instance(EAST, {
    imageId: SOURCE_AMI,
    keyName: KEY,
    groupIds: [groupId],
    launchTime: at('10:02'),
    state: 'stopped',
    iamInstanceProfileArn: profileArn
  })
  const image = seed.image(EAST, {
    name: 'app-release-1.0.0',
    state: 'pending',
    creationDate: at('10:05'),
    sourceInstanceId: instance
  })
  const copy = seed.image(WEST, {
    name: 'app-release-1.0.0',
    state: 'pending',
    creationDate: at('10:06'),
    sourceImageId: image,
    sourceImageRegion: EAST
  })

  // Foreign: named in the log (provisioner output, Packer's duplicate-name error), not ours.
  const productionDb = seed.instance(EAST, {
    imageId: SOURCE_AMI,
    keyName: 'ops',
    launchTime: '2025-11-03T08:00:00.000Z',
    tags: { Name: 'production-db' }
  })
  seed.keyPair(EAST, { name: 'ops', createTime: '2025-01-01T00:00:00.000Z' })
  const golden = seed.image(EAST, { name: 'golden-2020', creationDate: '2020-03-01T00:00:00.000Z' })
  // The duplicate-name collisions: an untagged image made by hand before the start, and
  // another run's image of the same release, made after the start and marked as that run's.
  const untaggedTwin = seed.image(EAST, {
    name: 'web-release-1.0.0',
    creationDate: '2026-05-20T09:00:00.000Z'
  })
  seed.keyPair(EAST, { name: 'packer_other-run', createTime: at('10:07') })
  const otherRunInstance = seed.instance(EAST, {
    imageId: SOURCE_AMI,
    keyName: 'packer_other-run',
    launchTime: at('10:08')
  })
  const otherRunImage = seed.image(EAST, {
    name: 'api-release-1.0.0',
    state: 'pending',
    creationDate: at('10:10'),
    sourceInstanceId: otherRunInstance,
    tags: {
      [schema.complete]: '1.0.0',
      [schema.lineage]: LINEAGE,
      [schema.build]: 'api',
      [schema.run]: OTHER_RUN
    }
  })
  // A key pair named like Packer's and made after the start, but used by another instance;
  // a group named like Packer's, used by another instance.
  seed.keyPair(EAST, { name: FOREIGN_KEY, createTime: at('10:03') })
  const keyUser = seed.instance(EAST, {
    imageId: SOURCE_AMI,
    keyName: FOREIGN_KEY,
    launchTime: at('10:04')
  })
  const foreignGroupId = seed.securityGroup(EAST, { name: FOREIGN_GROUP })
  const groupUser = seed.instance(EAST, {
    imageId: SOURCE_AMI,
    groupIds: [foreignGroupId],
    launchTime: '2026-05-01T00:00:00.000Z'
  })
  // An IAM profile and role named like Packer's temporary ones, made before the start.
  bed.iam.seed.role({ name: OLD_ROLE, createDate: '2026-05-01T00:00:00.000Z' })
  bed.iam.seed.instanceProfile({
    name: OLD_PROFILE,
    roles: [OLD_ROLE],
    createDate: '2026-05-01T00:00:00.000Z'
  })

  const leads: [LeadKind, string, string][] = [
    ['image-name', 'app-release-1.0.0', 'app'],
    ['source-image', SOURCE_AMI, 'app'],
    ['key-pair', KEY, 'app'],
    ['security-group', GROUP, 'app'],
    ['instance-profile', PROFILE, 'app'],
    ['role', ROLE, 'app'],
    ['instance', instance, 'app'],
    ['image', image, 'app'],
    ['copy-region', WEST, 'app'],
    // What provisioners printed in the same build.
    ['instance', productionDb, 'app'],
    ['image', golden, 'app'],
    ['key-pair', FOREIGN_KEY, 'app'],
    ['security-group', FOREIGN_GROUP, 'app'],
    ['instance-profile', OLD_PROFILE, 'app'],
    ['role', OLD_ROLE, 'app'],
    // Two builds that collided with an existing name: Packer's error names the holder.
    ['image-name', 'web-release-1.0.0', 'web'],
    ['image', untaggedTwin, 'web'],
    ['image-name', 'api-release-1.0.0', 'api'],
    ['image', otherRunImage, 'api']
  ]
  return {
    evidence: {
      startedAt: START,
      run: RUN,
      region: EAST,
      buildRegions: { app: EAST, web: EAST, api: EAST },
      leads: leads.map(([kind, value, build]) => ({ kind, value, build }))
    },
    own: {
      instance,
      image,
      copy,
      imageSnapshots: snapshotsOf(EAST, image),
      copySnapshots: snapshotsOf(WEST, copy),
      groupId
    },
    foreign: {
      productionDb,
      golden,
      untaggedTwin,
      otherRunImage,
      keyUser,
      groupUser,
      otherRunInstance,
      groupId: foreignGroupId
    }
  }
}

const POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'ec2:DescribeImages', Resource: '*' }]
}

/** The post step's sequence, as post.ts runs it. */
async function postStep(evidence: Evidence) {
  const facts = await gatherFacts(bed.aws, evidence)
  const verdicts = judgeOwnership(evidence, facts, schema)
  const plan = planSweep(evidence, verdicts, facts, schema)
  const result = await sweep(bed.aws, plan.remove, evidence.region)
  return { facts, verdicts, plan, result }
}

const key = (v: Pick<Verdict, 'kind' | 'id'>) => `${v.kind} ${v.id}`

/** A verdict that the resource is (or is not) this run's, for a reason matching `reason`. */
const verdict = (ours: boolean, reason: RegExp): unknown =>
  expect.objectContaining({ ours, reason: expect.stringMatching(reason) as unknown })

beforeEach(() => {
  bed.reset(at('10:30'))
  // Every Describe answers one item a page: the facts must follow NextToken.
  bed.ec2.configure({ pageSize: 1 })
})

describe.each([
  { ec2: 'current EC2', legacy: false },
  { ec2: 'an EC2 without SourceInstanceId and SourceImageId', legacy: true }
])('the post step after a killed build, against $ec2', ({ legacy }) => {
  it('removes exactly the build’s own resources, with snapshots, and leaves every foreign one', async () => {
    bed.ec2.configure({ legacyImageFields: legacy })
    const { evidence, own, foreign } = seedKilledBuild()

    const { verdicts, plan, result } = await postStep(evidence)

    const judged = Object.fromEntries(verdicts.map(v => [key(v), v]))
    const ours = (reason: RegExp) => verdict(true, reason)
    const notOurs = (reason: RegExp) => verdict(false, reason)
    expect(judged).toEqual({
      [`instance ${own.instance}`]: ours(/launched by this run/),
      [`key pair ${KEY}`]: ours(/created by this run/),
      [`security group ${own.groupId}`]: ours(/build's own instance/),
      [`instance profile ${PROFILE}`]: ours(/created by this run/),
      [`role ${ROLE}`]: ours(/created by this run/),
      [`image ${own.image}`]: ours(
        legacy ? /with the ID and name the build announced/ : new RegExp(`instance ${own.instance}`)
      ),
      [`image ${own.copy}`]: ours(
        legacy ? /a copy this run made/ : new RegExp(`copied from .*${own.image}`)
      ),
      [`instance ${foreign.productionDb}`]: notOurs(/2025-11-03.*before this run started/),
      [`image ${foreign.golden}`]: notOurs(/2020-03-01.*before this run started/),
      [`image ${foreign.untaggedTwin}`]: notOurs(/2026-05-20.*before this run started/),
      [`image ${foreign.otherRunImage}`]: notOurs(new RegExp(`another run \\(${OTHER_RUN}\\)`)),
      [`key pair ${FOREIGN_KEY}`]: notOurs(new RegExp(`instance ${foreign.keyUser} uses it`)),
      [`security group ${foreign.groupId}`]: notOurs(
        new RegExp(`instance ${foreign.groupUser} uses it`)
      ),
      [`instance profile ${OLD_PROFILE}`]: notOurs(/before this run started/),
      [`role ${OLD_ROLE}`]: notOurs(new RegExp(`instance profile ${OLD_PROFILE} uses it`))
    })
    expect(plan.foreign.map(key).sort()).toEqual(
      verdicts
        .filter(v => !v.ours)
        .map(key)
        .sort()
    )
    expect(result.failures).toEqual([])
    expect(result.removed.map(key).sort()).toEqual(
      [
        `instance ${own.instance}`,
        `key pair ${KEY}`,
        `security group ${own.groupId}`,
        `instance profile ${PROFILE}`,
        `role ${ROLE}`,
        `image ${own.image}`,
        `image ${own.copy}`
      ].sort()
    )
    expect(result.removed.find(v => v.id === own.image)?.snapshotIds).toEqual(own.imageSnapshots)

    // What is left in EC2 and IAM.
    const { inspect } = bed.ec2
    const images = (region: string) => inspect.images(region).map(i => i.id)
    const snapshots = (region: string) => inspect.snapshots(region).map(s => s.id)
    expect(images(EAST)).not.toContain(own.image)
    expect(images(WEST)).not.toContain(own.copy)
    for (const s of own.imageSnapshots) expect(snapshots(EAST)).not.toContain(s)
    for (const s of own.copySnapshots) expect(snapshots(WEST)).not.toContain(s)
    for (const id of [foreign.golden, foreign.untaggedTwin, foreign.otherRunImage]) {
      expect(images(EAST)).toContain(id)
      for (const s of snapshotsOf(EAST, id)) expect(snapshots(EAST)).toContain(s)
    }
    const state = (id: string) => inspect.instances(EAST).find(i => i.id === id)?.state
    expect(state(own.instance)).toBe('terminated')
    for (const id of [
      foreign.productionDb,
      foreign.keyUser,
      foreign.groupUser,
      foreign.otherRunInstance
    ])
      expect(state(id)).toBe('running')
    expect(
      inspect
        .keyPairs(EAST)
        .map(k => k.name)
        .sort()
    ).toEqual([FOREIGN_KEY, 'ops', 'packer_other-run'].sort())
    expect(inspect.securityGroups(EAST).map(g => g.name)).toEqual([FOREIGN_GROUP])
    expect(bed.iam.inspect.instanceProfiles().map(p => p.name)).toEqual([OLD_PROFILE])
    expect(bed.iam.inspect.roles().map(r => r.name)).toEqual([OLD_ROLE])

    // With one item a page, the describes had to follow NextToken.
    const paged = bed.ec2.requests.filter(r => r.params['NextToken'] !== undefined)
    expect(new Set(paged.map(r => r.action))).toEqual(
      new Set(['DescribeInstances', 'DescribeImages', 'DescribeSecurityGroups'])
    )
    expect(bed.ec2.requests.filter(r => r.error !== undefined)).toEqual([])
  })

  it.each([
    {
      what: 'a completion record of this run names',
      released: false,
      reason: 'its build is recorded complete: a re-run of the job releases it'
    },
    {
      what: 'this run released',
      released: true,
      reason: 'it is released'
    }
  ])(
    'keeps the AMIs $what, and removes the rest of its leftovers',
    async ({ released, reason }) => {
      bed.ec2.configure({ legacyImageFields: legacy })
      const { evidence, own } = seedKilledBuild()
      const artifacts = [
        { build: 'app', region: EAST, amiId: own.image },
        { build: 'app', region: WEST, amiId: own.copy }
      ]
      const mark = { version: '1.0.0', lineage: LINEAGE, run: RUN, build: 'app' }
      await writeRecord(bed.aws, schema, mark, artifacts, EAST)
      // Released as a release tags it: the version on both, the builds record on the AMI in EAST.
      if (released) {
        for (const a of artifacts)
          bed.ec2.world.region(a.region).image(a.amiId).tags['ImageVersion'] = '1.0.0'
        bed.ec2.world.region(EAST).image(own.image).tags[schema.builds] = 'app'
      }

      const { plan, result } = await postStep(evidence)

      expect(plan.keep.map(k => [k.verdict.id, k.reason]).sort()).toEqual(
        [
          [own.image, reason],
          [own.copy, reason]
        ].sort()
      )
      expect(result.failures).toEqual([])
      expect(result.removed.map(v => v.kind).sort()).toEqual(
        ['instance', 'instance profile', 'key pair', 'role', 'security group'].sort()
      )
      expect(bed.ec2.inspect.images(EAST).map(i => i.id)).toContain(own.image)
      expect(bed.ec2.inspect.images(WEST).map(i => i.id)).toContain(own.copy)
      for (const s of own.imageSnapshots)
        expect(bed.ec2.inspect.snapshots(EAST).map(x => x.id)).toContain(s)
    }
  )
})

describe('the post step after a killed build, while IAM does not answer', () => {
  // An IAM outage (its endpoint answers 503 past the SDK's retries) must not leave the build's
  // instance, key pair, group and unfinished AMI: the AMI would hold its name, and a re-run of
  // the job would stop at it. What IAM would have shown is left alone, and said.
  it('removes the build’s EC2 leftovers, and leaves its instance profile and role, saying why', async () => {
    const { evidence, own } = seedKilledBuild()
    bed.iam.failNext('GetInstanceProfile', 100, 'unavailable')
    bed.iam.failNext('GetRole', 100, 'unavailable')

    const { facts, result } = await postStep(evidence)

    expect(facts.unread).toEqual([
      expect.stringMatching(/^IAM Get(InstanceProfile|Role) in us-east-1 \(127\.0\.0\.1:\d+\): /)
    ])
    expect(result.failures).toEqual([])
    expect(result.removed.map(key).sort()).toEqual(
      [
        `instance ${own.instance}`,
        `key pair ${KEY}`,
        `security group ${own.groupId}`,
        `image ${own.image}`,
        `image ${own.copy}`
      ].sort()
    )
    expect(bed.ec2.inspect.instances(EAST).find(i => i.id === own.instance)?.state).toBe(
      'terminated'
    )
    expect(bed.iam.inspect.instanceProfiles().map(p => p.name)).toContain(PROFILE)
    expect(bed.iam.inspect.roles().map(r => r.name)).toContain(ROLE)
  })
})

describe('the post step after a killed build, while EC2 in its copy region does not answer', () => {
  // An outage of EC2 in one region (503 past the SDK's retries) must not leave what the build
  // left in the others: its instance, key pair, group and unfinished AMI, whose name a re-run
  // would stop at. Nothing is known of that region, so nothing there is touched, no AMI is
  // taken for a copy of one there, and no IAM profile is taken as unused there.
  it.each([
    { ec2: 'current EC2', legacy: false },
    { ec2: 'an EC2 without SourceInstanceId and SourceImageId', legacy: true }
  ])(
    'against $ec2: removes what it left in the region that answers, and nothing else',
    async ({ legacy }) => {
      bed.ec2.configure({ legacyImageFields: legacy })
      const { evidence, own } = seedKilledBuild()
      bed.ec2.failNext('DescribeImages', 100, 'unavailable', (_, region) => region === WEST)

      const { facts, result } = await postStep(evidence)

      expect(facts.unread).toEqual([expect.stringMatching(/^EC2 DescribeImages in us-west-2 /)])
      expect(result.failures).toEqual([])
      expect(result.removed.map(key).sort()).toEqual(
        [
          `instance ${own.instance}`,
          `key pair ${KEY}`,
          `security group ${own.groupId}`,
          `image ${own.image}`
        ].sort()
      )
      expect(bed.ec2.inspect.images(WEST).map(i => i.id)).toContain(own.copy)
      expect(bed.iam.inspect.instanceProfiles().map(p => p.name)).toContain(PROFILE)
      expect(bed.iam.inspect.roles().map(r => r.name)).toContain(ROLE)
    }
  )

  it('takes no AMI for a copy of one that is gone when the region of that one does not answer', async () => {
    // The build's AMI in us-east-1 looks gone only because us-east-1 did not answer: its copy
    // in us-west-2, released with it, is no leftover.
    const { evidence, own } = seedKilledBuild()
    const artifacts = [
      { build: 'app', region: EAST, amiId: own.image },
      { build: 'app', region: WEST, amiId: own.copy }
    ]
    const mark = { version: '1.0.0', lineage: LINEAGE, run: RUN, build: 'app' }
    await writeRecord(bed.aws, schema, mark, artifacts, EAST)
    for (const a of artifacts)
      bed.ec2.world.region(a.region).image(a.amiId).tags['ImageVersion'] = '1.0.0'
    bed.ec2.world.region(EAST).image(own.image).tags[schema.builds] = 'app'
    bed.ec2.failNext('DescribeImages', 100, 'unavailable', (_, region) => region === EAST)

    const { facts, result } = await postStep(evidence)

    expect(facts.unread).toEqual([expect.stringMatching(/^EC2 DescribeImages in us-east-1 /)])
    expect(result.removed.filter(v => v.kind === 'image')).toEqual([])
    expect(bed.ec2.inspect.images(WEST).map(i => i.id)).toContain(own.copy)
    expect(bed.ec2.inspect.images(EAST).map(i => i.id)).toContain(own.image)
  })
})

describe('the post step after a build killed while its RunInstances was in flight', () => {
  // EC2 launched the instance, and Packer never printed its ID: no lead names it.
  it('removes the instance that uses the build’s temporary key pair and group, and no other user of them', async () => {
    const { seed } = bed.ec2
    seed.keyPair(EAST, { name: KEY, createTime: at('10:01') })
    const groupId = seed.securityGroup(EAST, { name: GROUP })
    const launched = { keyName: KEY, groupIds: [groupId] }
    const own = seed.instance(EAST, { imageId: SOURCE_AMI, ...launched, launchTime: at('10:02') })
    // Users of the same key pair and group that are not this build's instance.
    const older = seed.instance(EAST, {
      imageId: SOURCE_AMI,
      ...launched,
      launchTime: '2026-05-01T00:00:00.000Z'
    })
    const otherAmi = seed.instance(EAST, {
      imageId: 'ami-0000000000000abcd',
      ...launched,
      launchTime: at('10:03')
    })
    const leads: [LeadKind, string][] = [
      ['image-name', 'app-release-1.0.0'],
      ['source-image', SOURCE_AMI],
      ['key-pair', KEY],
      ['security-group', GROUP]
    ]
    const evidence: Evidence = {
      startedAt: START,
      run: RUN,
      region: EAST,
      buildRegions: { app: EAST },
      leads: leads.map(([kind, value]) => ({ kind, value, build: 'app' }))
    }

    const { verdicts, result } = await postStep(evidence)

    expect(verdicts.find(v => v.id === own)).toMatchObject({
      ours: true,
      reason: 'launched by this run with its temporary key pair or security group'
    })
    expect(result.removed.map(key)).toEqual([`instance ${own}`])
    const state = (id: string) => bed.ec2.inspect.instances(EAST).find(i => i.id === id)?.state
    expect([state(own), state(older), state(otherAmi)]).toEqual([
      'terminated',
      'running',
      'running'
    ])
    // They use the key pair and the group: both stay, named for it.
    expect(bed.ec2.inspect.keyPairs(EAST).map(k => k.name)).toContain(KEY)
    expect(bed.ec2.inspect.securityGroups(EAST).map(g => g.id)).toContain(groupId)
  })
})

describe('the Recorder (main step)', () => {
  // The file as written: the bed's clock is not the file system's, which the post step's
  // reading of it compares (src/state/evidence-record.ts).
  const saved = () => {
    const folder = bed.savedState()['evidence']
    return folder === undefined
      ? undefined
      : (JSON.parse(fs.readFileSync(path.join(folder, 'evidence.json'), 'utf8')) as Evidence)
  }

  /** The plan of a release of `builds`, as `planRelease` makes it. */
  const planOf = (builds: string[]): Plan => ({
    version: '1.0.0',
    tag: 'v1.0.0',
    read: {
      template: { path: 'app.pkr.hcl', format: 'hcl', builds: [] } as unknown as Template,
      contract: { problems: [], warnings: [], buildRegions: {}, region: EAST },
      buildOrder: builds,
      selected: builds
    },
    stream: { lineage: LINEAGE, schema, region: EAST },
    run: RUN
  })

  const recorderOf = (builds: string[], announces = (_build: string) => true) =>
    new Recorder(
      bed.aws,
      planOf(builds),
      { startedAt: START, run: RUN, region: EAST, buildRegions: { app: EAST }, leads: [] },
      new EvidenceRecord(bed.temp),
      announces
    )

  const recordMarks = {
    [schema.complete]: '1.0.0',
    [schema.lineage]: LINEAGE,
    [schema.build]: 'app',
    [schema.run]: RUN
  }
  const tagsOf = (region: string, id: string) =>
    bed.ec2.inspect.images(region).find(i => i.id === id)?.tags
  const tagCalls = () => bed.ec2.requests.filter(r => r.action === 'CreateTags')

  it('keeps the evidence on disk as leads arrive, only leads shaped like what they name', async () => {
    const recorder = recorderOf(['app', 'shell'], build => build !== 'shell')
    expect(saved()).toEqual({
      startedAt: START,
      run: RUN,
      region: EAST,
      buildRegions: { app: EAST },
      leads: []
    })

    const leads: Lead[] = [
      { kind: 'image-name', value: 'app-release-1.0.0', build: 'app' },
      { kind: 'source-image', value: SOURCE_AMI, build: 'app' },
      { kind: 'key-pair', value: KEY, build: 'app' },
      { kind: 'security-group', value: GROUP, build: 'app' },
      { kind: 'instance', value: 'i-0a1b2c3d4e5f60718', build: 'app' }
    ]
    for (const [n, lead] of leads.entries()) {
      recorder.lead(lead)
      // On disk at once: a killed step leaves the post step everything named so far.
      expect(saved()?.leads).toEqual(leads.slice(0, n + 1))
    }
    // A line shaped like a lead but not like an ID; a second instance of a build (only a
    // provisioner prints one after Packer's); a build that makes no AWS resources.
    recorder.lead({ kind: 'image', value: 'ami-../../etc', build: 'app' })
    recorder.lead({ kind: 'instance', value: 'i-0ffffffffffffffff', build: 'app' })
    recorder.lead({ kind: 'instance', value: 'i-0eeeeeeeeeeeeeeee', build: 'shell' })
    expect(saved()?.leads).toEqual(leads)

    // Packer ended with success: the post step has nothing to sweep.
    recorder.settle()
    expect(saved()).toMatchObject({ settled: true, leads })
    await recorder.settled()
    expect(bed.ec2.requests).toEqual([])
  })

  it('writes a build’s completion record when Packer reports its artifact, without an AMI EC2 no longer has', async () => {
    const recorder = recorderOf(['app'])
    const primary = bed.ec2.seed.image(EAST, { name: 'app-release-1.0.0' })
    const copy = bed.ec2.seed.image(WEST, { name: 'app-release-1.0.0', sourceImageId: primary })
    const gone = 'ami-0a1b2c3d4e5f60718'

    recorder.artifact([
      { build: 'app', region: EAST, amiId: primary },
      { build: 'app', region: WEST, amiId: copy },
      { build: 'app', region: EU, amiId: gone }
    ])
    await recorder.settled()

    expect(tagsOf(EAST, primary)).toEqual({ ...recordMarks, [schema.copies]: `${WEST}=${copy}` })
    expect(tagsOf(WEST, copy)).toEqual(recordMarks)
    expect(recorder.vanished).toEqual([{ build: 'app', region: EU, amiId: gone }])
  })

  it('says when a record cannot be written yet, and goes on', async () => {
    const recorder = recorderOf(['app'])
    const primary = bed.ec2.seed.image(EAST, { name: 'app-release-1.0.0' })
    bed.ec2.failNext('CreateTags', 50, 'unavailable')

    const { warnings } = await captureCommands(async () => {
      recorder.artifact([{ build: 'app', region: EAST, amiId: primary }])
      await recorder.settled()
    })

    expect(warnings).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Could not record app's AMIs as complete yet \\(${EAST}:${primary}\\): EC2 CreateTags in ${EAST} .*unavailable`
        )
      )
    ])
    expect(tagsOf(EAST, primary)).toEqual({})
    expect(recorder.vanished).toEqual([])
  })

  /** A build of `app` in us-east-1 that Packer finished: its instance, its AMI, maybe a copy. */
  function finishedBuild(recorder: Recorder, { copied }: { copied: boolean }) {
    const { seed } = bed.ec2
    seed.keyPair(EAST, { name: KEY, createTime: at('10:01') })
    const instance = seed.instance(EAST, {
      imageId: SOURCE_AMI,
      keyName: KEY,
      launchTime: at('10:02'),
      state: 'stopped'
    })
    const image = seed.image(EAST, {
      name: 'app-release-1.0.0',
      creationDate: at('10:05'),
      sourceInstanceId: instance
    })
    const copy = copied
      ? seed.image(WEST, {
          name: 'app-release-1.0.0',
          creationDate: at('10:06'),
          sourceImageId: image,
          sourceImageRegion: EAST
        })
      : undefined
    const leads: Lead[] = [
      { kind: 'image-name', value: 'app-release-1.0.0', build: 'app' },
      { kind: 'source-image', value: SOURCE_AMI, build: 'app' },
      { kind: 'key-pair', value: KEY, build: 'app' },
      { kind: 'instance', value: instance, build: 'app' },
      { kind: 'image', value: image, build: 'app' },
      { kind: 'copy-region', value: WEST, build: 'app' }
    ]
    for (const lead of leads) recorder.lead(lead)
    return { instance, image, copy }
  }

  it.each([
    { ec2: 'current EC2', legacy: false },
    { ec2: 'an EC2 without SourceInstanceId and SourceImageId', legacy: true }
  ])(
    'records a build complete when it finishes while others still run, from what EC2 proves is its ($ec2)',
    async ({ legacy }) => {
      bed.ec2.configure({ legacyImageFields: legacy })
      const recorder = recorderOf(['app', 'web'])
      const { image, copy } = finishedBuild(recorder, { copied: true })

      recorder.finished('app')
      await recorder.settled()

      expect(tagsOf(EAST, image)).toEqual({ ...recordMarks, [schema.copies]: `${WEST}=${copy}` })
      expect(tagsOf(WEST, copy ?? '')).toEqual(recordMarks)
      // Packer's artifact, later, writes the same record again; nothing else.
      recorder.artifact([
        { build: 'app', region: EAST, amiId: image },
        { build: 'app', region: WEST, amiId: copy ?? '' }
      ])
      await recorder.settled()
      expect(tagsOf(EAST, image)).toEqual({ ...recordMarks, [schema.copies]: `${WEST}=${copy}` })
    }
  )

  it('records nothing on finish without a proven copy in every region the build copies to', async () => {
    const recorder = recorderOf(['app', 'web'])
    const { image } = finishedBuild(recorder, { copied: false })
    recorder.finished('app')
    await recorder.settled()
    expect(tagsOf(EAST, image)).toEqual({})
    expect(tagCalls()).toEqual([])
  })

  it('records nothing on finish for an AMI EC2 cannot show is the build’s', async () => {
    const recorder = recorderOf(['app', 'web'])
    // The AMI exists and was made after the start, but from an instance that is not the build's.
    const other = bed.ec2.seed.instance(EAST, { imageId: SOURCE_AMI, launchTime: at('10:02') })
    const image = bed.ec2.seed.image(EAST, {
      name: 'app-release-1.0.0',
      creationDate: at('10:05'),
      sourceInstanceId: other
    })
    recorder.lead({ kind: 'image-name', value: 'app-release-1.0.0', build: 'app' })
    recorder.lead({ kind: 'image', value: image, build: 'app' })
    recorder.finished('app')
    await recorder.settled()
    expect(tagsOf(EAST, image)).toEqual({})
    expect(tagCalls()).toEqual([])
  })

  it('leaves a one-build template’s record to Packer’s artifact', async () => {
    const recorder = recorderOf(['app'])
    const { image } = finishedBuild(recorder, { copied: true })
    recorder.finished('app')
    await recorder.settled()
    expect(tagsOf(EAST, image)).toEqual({})
    expect(bed.ec2.requests).toEqual([])
  })
})

describe('the post step after a killed run of two builds', () => {
  it('removes each build’s instance, group and spot launch template in its own region, and no older template', async () => {
    const { seed } = bed.ec2
    const leads: Lead[] = []
    const ids: Record<string, { instance: string; group: string; template: string }> = {}
    for (const [build, region] of [
      ['app', EAST],
      ['web', WEST]
    ] as const) {
      const groupName = `packer_${build === 'app' ? '0a' : '0b'}1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e`
      const group = seed.securityGroup(region, { name: groupName })
      const template = seed.launchTemplate(region, {
        // The form Packer names them in (common/step_run_spot_instance.go:301-303).
        name: `packer-fleet-launch-template-${build === 'app' ? 'Ab3dE5f' : 'Zz9Yy8x'}`,
        versions: [{ imageId: SOURCE_AMI }],
        createTime: at('10:01')
      })
      const instance = seed.instance(region, {
        imageId: SOURCE_AMI,
        groupIds: [group],
        launchTime: at('10:02')
      })
      ids[build] = { instance, group, template }
      leads.push(
        { kind: 'source-image', value: SOURCE_AMI, build },
        { kind: 'security-group', value: groupName, build },
        { kind: 'launch-template', value: template, build },
        { kind: 'instance', value: instance, build }
      )
    }
    // A launch template the log named, made before the start: not this run's.
    const older = seed.launchTemplate(EAST, {
      name: 'packer-fleet-launch-template-0ld0ne1',
      versions: [{ imageId: SOURCE_AMI }],
      createTime: '2026-05-01T00:00:00.000Z'
    })
    leads.push({ kind: 'launch-template', value: older, build: 'app' })
    const evidence: Evidence = {
      startedAt: START,
      run: RUN,
      region: EAST,
      buildRegions: { app: EAST, web: WEST },
      leads
    }

    const { verdicts, result } = await postStep(evidence)

    expect(verdicts.find(v => v.id === older)).toEqual(
      verdict(false, /2026-05-01.*before this run started/)
    )
    expect(result.failures).toEqual([])
    expect(result.removed.map(key).sort()).toEqual(
      Object.values(ids)
        .flatMap(({ instance, group, template }) => [
          `instance ${instance}`,
          `security group ${group}`,
          `launch template ${template}`
        ])
        .sort()
    )
    for (const [build, region] of [
      ['app', EAST],
      ['web', WEST]
    ] as const) {
      expect(
        bed.ec2.inspect.instances(region).find(i => i.id === ids[build]!.instance)?.state
      ).toBe('terminated')
      expect(bed.ec2.inspect.securityGroups(region)).toEqual([])
    }
    expect(bed.ec2.inspect.launchTemplates(EAST).map(t => t.id)).toEqual([older])
    expect(bed.ec2.inspect.launchTemplates(WEST)).toEqual([])
  })
})

describe('resources another build is using right now', () => {
  // Another build in the account (a concurrent run) made its own spot launch template, instance
  // profile and role after this run started, and its instance runs with them. This run's log
  // names them (a provisioner printed Packer's lines), but not that instance: nothing ties it to
  // this run, and only EC2's record of what it was launched with shows that it uses them.

  /** This run's own build of `app`: its key pair and its instance, stopped for CreateImage. */
  function ownBuild(): Lead[] {
    const { seed } = bed.ec2
    seed.keyPair(EAST, { name: KEY, createTime: at('10:01') })
    const own = seed.instance(EAST, {
      imageId: SOURCE_AMI,
      keyName: KEY,
      launchTime: at('10:02'),
      state: 'stopped'
    })
    return [
      { kind: 'source-image', value: SOURCE_AMI, build: 'app' },
      { kind: 'key-pair', value: KEY, build: 'app' },
      { kind: 'instance', value: own, build: 'app' }
    ]
  }

  const evidenceOf = (leads: Lead[]): Evidence => ({
    startedAt: START,
    run: RUN,
    region: EAST,
    buildRegions: { app: EAST },
    leads
  })

  it('keeps a spot launch template that another running instance was launched from', async () => {
    const leads = ownBuild()
    const template = bed.ec2.seed.launchTemplate(EAST, {
      name: 'packer-fleet-launch-template-Zz9Yy8x',
      versions: [{ imageId: SOURCE_AMI }],
      createTime: at('10:05')
    })
    // EC2 tags every instance a fleet launches from a template with the template's ID.
    const user = bed.ec2.seed.instance(EAST, {
      imageId: SOURCE_AMI,
      launchTime: at('10:06'),
      tags: { 'aws:ec2launchtemplate:id': template, 'aws:ec2launchtemplate:version': '1' }
    })
    leads.push({ kind: 'launch-template', value: template, build: 'app' })

    const { verdicts } = await postStep(evidenceOf(leads))

    expect(verdicts.find(v => v.id === template)).toEqual(
      verdict(false, new RegExp(`instance ${user} uses it`))
    )
    expect(bed.ec2.inspect.launchTemplates(EAST).map(t => t.id)).toContain(template)
    expect(bed.ec2.inspect.instances(EAST).find(i => i.id === user)?.state).toBe('running')
  })

  it('keeps an instance profile (and its role) that another running instance uses', async () => {
    const leads = ownBuild()
    bed.iam.seed.role({ name: OTHER_ROLE, createDate: at('10:03') })
    const arn = bed.iam.seed.instanceProfile({
      name: OTHER_PROFILE,
      roles: [OTHER_ROLE],
      createDate: at('10:03')
    })
    const user = bed.ec2.seed.instance(EAST, {
      imageId: SOURCE_AMI,
      launchTime: at('10:04'),
      iamInstanceProfileArn: arn
    })
    leads.push(
      { kind: 'instance-profile', value: OTHER_PROFILE, build: 'app' },
      { kind: 'role', value: OTHER_ROLE, build: 'app' }
    )

    const { verdicts } = await postStep(evidenceOf(leads))

    expect
      .soft(verdicts.find(v => v.id === OTHER_PROFILE))
      .toEqual(verdict(false, new RegExp(`instance ${user} uses it`)))
    expect
      .soft(verdicts.find(v => v.id === OTHER_ROLE))
      .toEqual(verdict(false, new RegExp(`instance profile ${OTHER_PROFILE} uses it`)))
    expect(bed.iam.inspect.instanceProfiles().map(p => p.name)).toContain(OTHER_PROFILE)
    expect(bed.iam.inspect.roles().map(r => r.name)).toContain(OTHER_ROLE)
  })
})

/**
 * Packer's machine-readable lines of a build that brings its own key pair (Packer 1.6.6 says
 * "Using existing SSH private key"), read into evidence as the Recorder does: its provisioner
 * prints Packer's words for resources Packer never announced for it.
 */
const BUILD = 'amazon-ebs.app'
const UNANNOUNCED_GROUP = 'packer_0e8a5b6c-2d4f-4a7b-9c5d-6e7f8091a2b3'
const OTHER_PACKER_PROFILE = 'packer-7e8d9cab-1f2e-4dee-bd0c-1b0c9d8e7f67'
const OTHER_PACKER_ROLE = 'packer-8f9eadbc-2a3f-4eff-ce1d-2c1d0e9f8a78'
const say = (text: string) => `1780000000,,ui,say,==> ${BUILD}: ${text}`
const message = (text: string) => `1780000000,,ui,message,    ${BUILD}: ${text}`
function evidenceOf(lines: string[]): Evidence {
  const evidence: Evidence = {
    startedAt: START,
    run: RUN,
    region: EAST,
    buildRegions: {},
    leads: []
  }
  const reader = new BuildOutputReader([BUILD], () => undefined, {
    lead: lead => {
      if (isLeadShaped(lead.kind, lead.value)) addLead(evidence, lead)
    }
  })
  for (const line of lines) reader.line(line)
  return evidence
}

describe('a build whose Packer announces no temporary instance profile', () => {
  it("leaves alone another Packer's temporary instance profile and role that its provisioner prints", async () => {
    // Our build: its group and instance, launched after the start.
    const groupId = bed.ec2.seed.securityGroup('us-east-1', { name: UNANNOUNCED_GROUP })
    const instance = bed.ec2.seed.instance('us-east-1', {
      imageId: SOURCE_AMI,
      groupIds: [groupId],
      launchTime: at('10:02'),
      state: 'stopped'
    })
    // Another team's Packer in the account: its temporary role and profile, made after this
    // run's start; its instance is not launched yet (Packer waits for IAM to propagate).
    bed.iam.seed.role({ name: OTHER_PACKER_ROLE, createDate: at('10:10') })
    bed.iam.seed.instanceProfile({
      name: OTHER_PACKER_PROFILE,
      roles: [OTHER_PACKER_ROLE],
      createDate: at('10:10')
    })

    // What Packer 1.6.6 prints for a build with ssh_private_key_file and no IAM settings, then
    // two lines a shell provisioner printed (e.g. output of `aws iam list-instance-profiles`).
    const lines = [
      say('Prevalidating AMI Name: app-1.0.0'),
      message(`Found Image ID: ${SOURCE_AMI}`),
      say('Using existing SSH private key'),
      say(`Creating temporary security group for this instance: ${UNANNOUNCED_GROUP}`),
      say('Launching a source AWS instance...'),
      message(`Instance ID: ${instance}`),
      say('Provisioning with shell script: /tmp/packer-shell123'),
      message(`Creating temporary instance profile for this instance: ${OTHER_PACKER_PROFILE}`),
      message(`Creating temporary role for this instance: ${OTHER_PACKER_ROLE}`)
    ]
    const evidence = evidenceOf(lines)

    const facts = await gatherFacts(bed.aws, evidence)
    const verdicts = judgeOwnership(evidence, facts, schema)
    const plan = planSweep(evidence, verdicts, facts, schema)
    const result = await sweep(bed.aws, plan.remove, evidence.region)

    // Our own instance and group go.
    expect(result.removed.map(v => `${v.kind} ${v.id}`)).toContain(`instance ${instance}`)
    expect(result.removed.filter(v => v.kind === 'instance profile' || v.kind === 'role')).toEqual(
      []
    )
    expect(bed.iam.inspect.instanceProfiles().map(p => p.name)).toEqual([OTHER_PACKER_PROFILE])
    expect(bed.iam.inspect.roles().map(r => r.name)).toEqual([OTHER_PACKER_ROLE])
  })
})

describe('a build whose Packer announces neither a key pair nor a security group', () => {
  it("still removes the run's own instance when its provisioner prints a key pair line", async () => {
    // The template brings its own key (ssh_keypair_name + ssh_private_key_file) and group
    // (security_group_ids): Packer announces neither, and its instance is tied by the source AMI.
    bed.ec2.seed.keyPair('us-east-1', { name: 'deploy', createTime: '2026-01-01T00:00:00.000Z' })
    const groupId = bed.ec2.seed.securityGroup('us-east-1', { name: 'builders' })
    const instance = bed.ec2.seed.instance('us-east-1', {
      imageId: SOURCE_AMI,
      keyName: 'deploy',
      groupIds: [groupId],
      launchTime: at('10:02')
    })
    const evidence = evidenceOf([
      say('Prevalidating AMI Name: app-1.0.0'),
      message(`Found Image ID: ${SOURCE_AMI}`),
      say('Using existing SSH private key'),
      say('Launching a source AWS instance...'),
      message(`Instance ID: ${instance}`),
      say('Provisioning with shell script: /tmp/packer-shell123'),
      // A script on the instance logs a key pair it makes for its own use (or any such text).
      message('Creating temporary keypair: app-deploy-2026')
    ])

    const facts = await gatherFacts(bed.aws, evidence)
    const verdicts = judgeOwnership(evidence, facts, schema)
    const plan = planSweep(evidence, verdicts, facts, schema)
    await sweep(bed.aws, plan.remove, evidence.region)
    // Terminated as it is without the printed line: a key pair named after the instance is no
    // part of its proof.
    expect(verdicts.find(v => v.kind === 'instance')?.reason).toBe(
      "launched by this run from the build's source AMI"
    )
    expect(bed.ec2.inspect.instances('us-east-1').find(i => i.id === instance)?.state).toBe(
      'terminated'
    )
  })
})

describe('two builds in one region with one temporary_key_pair_name, killed', () => {
  // The first build made `ci-build` and launched with it; the second build's CreateKeyPair was
  // refused (the first build holds the name). The key pair is named by both builds' leads.
  it('removes the key pair once, and reports it once', async () => {
    bed.ec2.seed.keyPair(EAST, { name: 'ci-build', createTime: at('10:01') })
    const instance = bed.ec2.seed.instance(EAST, {
      imageId: SOURCE_AMI,
      keyName: 'ci-build',
      launchTime: at('10:02')
    })
    const leads: Lead[] = [
      ...['app', 'web'].flatMap((build): Lead[] => [
        { kind: 'source-image', value: SOURCE_AMI, build },
        { kind: 'key-pair', value: 'ci-build', build }
      ]),
      { kind: 'instance', value: instance, build: 'app' }
    ]
    const evidence: Evidence = {
      startedAt: START,
      run: RUN,
      region: EAST,
      buildRegions: { app: EAST, web: EAST },
      leads
    }

    const { plan, result } = await postStep(evidence)

    expect(plan.remove.map(key)).toEqual([`instance ${instance}`, 'key pair ci-build'])
    expect(result.removed.map(key)).toEqual([`instance ${instance}`, 'key pair ci-build'])
    expect(bed.ec2.requests.filter(r => r.action === 'DeleteKeyPair')).toHaveLength(1)
  })
})
