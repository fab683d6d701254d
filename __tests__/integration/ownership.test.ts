import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { readEvidenceRecord } from '../../src/state/evidence-record.js'
import { SOURCE_AMI } from '../../testbed/ec2/world.js'
import { ownImages, startReleaseBed, tagsOf, type ReleaseBed } from '../../testbed/release-bed.js'
import { errors, type StepResult } from '../../testbed/runner.js'
import { hclTemplate, nullBuild } from '../../testbed/templates.js'
import { when } from '../helpers/steps.js'

/**
 * Issue 11's cases through the bundle: whatever a build prints, whatever image holds a name,
 * whichever job of a matrix runs first, only this run's own resources are ever deleted, and only
 * this stream's images are reused or retired.
 */
let bed: ReleaseBed
beforeAll(async () => {
  bed = await startReleaseBed()
})
afterAll(async () => {
  await bed?.close()
})
beforeEach(() => {
  bed.endpoint.reset()
  bed.ssm.reset()
})

const VERSION = 'release-3.0.0'
const TAG = `refs/tags/${VERSION}`
const east = () => bed.endpoint.inspect

/** A production instance and a golden AMI from 2020, which no build of this run made. */
function foreignResources() {
  const golden = bed.endpoint.seed.image('us-east-1', {
    name: 'golden-2020',
    creationDate: '2020-06-01T00:00:00Z'
  })
  const production = bed.endpoint.seed.instance('us-east-1', {
    imageId: golden,
    launchTime: '2020-06-02T00:00:00Z',
    tags: { Name: 'production-db' }
  })
  return { golden, production }
}

function expectForeignIntact({ golden, production }: { golden: string; production: string }) {
  expect(
    east()
      .instances('us-east-1')
      .find(i => i.id === production)?.state
  ).toBe('running')
  const image = east()
    .images('us-east-1')
    .find(i => i.id === golden)
  expect(image?.state).toBe('available')
  expect(Object.keys(image?.tags ?? {})).toEqual([])
}

describe('provisioner output that names other resources', () => {
  for (const outcome of ['succeeds', 'fails'] as const) {
    it(`leaves them alone when the build ${outcome}, in the main and the post step`, async () => {
      const foreign = foreignResources()
      const lies = [
        `echo 'Instance ID: ${foreign.production}'`,
        `echo 'AMI: ${foreign.golden}'`,
        "echo 'Creating temporary keypair: production-key'",
        ...(outcome === 'fails' ? ['exit 1'] : [])
      ]
      const template = bed.write(
        `lies-${outcome}/app.pkr.hcl`,
        hclTemplate({
          endpoint: bed.endpoint.url,
          target: { communicator: 'none' },
          builds: [{ name: 'app', localCommands: lies }]
        })
      )
      const result = await bed.main({
        ref: TAG,
        inputs: bed.inputs({ template, 'ansible-version': 'none' })
      })
      expect(result.exitCode).toBe(outcome === 'fails' ? 1 : 0)
      // The main step marks only what Packer reported or AWS proves: nothing of the golden AMI.
      expect(Object.keys(tagsOf(bed.endpoint, 'us-east-1', foreign.golden))).toEqual([])
      // Packer announced the build's instance before the provisioner ran: a second
      // `Instance ID:` is a provisioner's, and not even a lead.
      const saved = readEvidenceRecord(result.state['evidence'] ?? '', bed.job.temp).evidence
      const instances = saved?.leads.filter(l => l.kind === 'instance').map(l => l.value)
      expect(instances).toHaveLength(1)
      expect(instances).not.toContain(foreign.production)
      const asked = bed.endpoint.requests.length
      const post = await bed.post({ state: result.state })
      expect(post.exitCode).toBe(0)
      if (outcome === 'fails')
        expect(post.stdout).toMatch(
          new RegExp(`Left image ${foreign.golden} in us-east-1 alone: .*before this run started`)
        )
      // After a release the record is settled: the post step asks AWS nothing.
      else expect(bed.endpoint.requests.slice(asked)).toEqual([])
      expectForeignIntact(foreign)
      expect(
        bed.endpoint.requests.filter(
          r =>
            r.action === 'TerminateInstances' &&
            JSON.stringify(r.params).includes(foreign.production)
        )
      ).toEqual([])
    })
  }
})

/** A build of another team in the same account, its instance, key pair and AMI. */
interface Sibling {
  key: string
  instance: string
  image: string
}

/**
 * Once this run's own instance is up (so after its start), a sibling build in the same account
 * launches its instance with its own temporary key pair and makes its AMI; `lies` then holds
 * lines naming them (after `first`), for this run's provisioner to print.
 */
function siblingBuild(lies: string, first: string[] = []) {
  const sibling: Sibling = {
    key: 'packer_5f0c2b1a-7d3e-4a2b-9c1d-0e1f2a3b4c5d',
    instance: '',
    image: ''
  }
  const onSpawn = when('Instance ID: i-', () => {
    const { seed } = bed.endpoint
    seed.keyPair('us-east-1', { name: sibling.key })
    sibling.instance = seed.instance('us-east-1', {
      imageId: SOURCE_AMI,
      keyName: sibling.key,
      tags: { Name: 'Packer Builder (team-b)' }
    })
    sibling.image = seed.image('us-east-1', {
      name: 'team-b-web-2026',
      state: 'pending',
      sourceInstanceId: sibling.instance
    })
    fs.writeFileSync(
      lies,
      [
        ...first,
        `Creating temporary keypair: ${sibling.key}`,
        `Instance ID: ${sibling.instance}`,
        `AMI: ${sibling.image}`,
        ''
      ].join('\n')
    )
  })
  return { sibling, onSpawn }
}

/** A provisioner that waits for `lies`, prints it, and fails the build. */
const printLies = (lies: string) => [
  `for i in $(seq 1 300); do [ -s ${lies} ] && break; sleep 0.1; done`,
  `cat ${lies}`,
  'exit 1'
]

/** The main step marked nothing of the sibling's, and the post step removed none of it. */
async function expectSiblingIntact(result: StepResult, sibling: Sibling) {
  expect(result.exitCode).toBe(1)
  expect(sibling.instance).not.toBe('')
  // The build printed them.
  expect(result.stdout).toContain(`AMI: ${sibling.image}`)
  // The main step must not mark the sibling's AMI as an image of this release.
  const look = bed.endpoint.inspect
  const siblingImage = () => look.images('us-east-1').find(i => i.id === sibling.image)
  expect.soft(siblingImage()?.tags ?? {}).toEqual({})

  const post = await bed.post({ state: result.state })
  expect(post.exitCode).toBe(0)
  expect
    .soft(look.instances('us-east-1').find(i => i.id === sibling.instance)?.state)
    .toBe('running')
  expect.soft(look.keyPairs('us-east-1').map(k => k.name)).toContain(sibling.key)
  expect.soft(siblingImage()).toBeDefined()
  expect(
    bed.endpoint.requests.filter(
      r =>
        /^(TerminateInstances|DeleteKeyPair|DeregisterImage)$/.test(r.action) &&
        JSON.stringify(r.params).match(
          new RegExp(`${sibling.instance}|${sibling.key}|${sibling.image}`)
        )
    )
  ).toEqual([])
}

describe('a build whose template brings its own key pair (Packer announces none)', () => {
  it("leaves alone another build's temporary key pair that its provisioner prints", async () => {
    const lies = path.join(bed.job.temp, `unannounced-key.txt`)
    fs.rmSync(lies, { force: true })
    // Another team's Packer in the same account: it made its temporary key pair after this run
    // started and has not launched its instance yet (it is still making its group and profile).
    const foreignKey = 'packer_6e1d2c3b-4a59-4867-9f8e-7d6c5b4a3921'
    const onSpawn = when('Instance ID: i-', () => {
      bed.endpoint.seed.keyPair('us-east-1', { name: foreignKey })
      fs.writeFileSync(lies, `Creating temporary keypair: ${foreignKey}\n`)
    })
    const template = bed.write(
      'unannounced-key/app.pkr.hcl',
      hclTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'ssh', sshd: bed.sshd },
        builds: [
          {
            name: 'app',
            localCommands: [
              `for i in $(seq 1 300); do [ -s ${lies} ] && break; sleep 0.1; done`,
              `cat ${lies}`,
              'exit 1'
            ]
          }
        ]
      })
    )
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-version': 'none' }),
      onSpawn
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('Using existing SSH private key')
    expect(result.stdout).not.toMatch(/==> amazon-ebs\.app: Creating temporary keypair/)

    const saved = readEvidenceRecord(result.state['evidence'] ?? '', bed.job.temp).evidence
    const post = await bed.post({ state: result.state })
    expect(post.exitCode).toBe(0)
    const deletes = bed.endpoint.requests.filter(
      r => r.action === 'DeleteKeyPair' && JSON.stringify(r.params).includes(foreignKey)
    )
    // Created after the start and used by no instance yet, it would pass for this run's if the
    // provisioner's line were the build's key-pair lead.
    expect({
      lead: saved?.leads.filter(l => l.kind === 'key-pair').map(l => l.value),
      deletes: deletes.length,
      left: bed.endpoint.inspect.keyPairs('us-east-1').map(k => k.name)
    }).toEqual({ lead: [], deletes: 0, left: [foreignKey] })
  })
})

describe('provisioner output naming a concurrent build’s own temporary resources', () => {
  // Another build runs at the same time in the same account (the other job of a matrix, another
  // team's Packer), and this build's output names its resources, which Packer never announced
  // for this build. All of them were made after this run started, from the same base AMI, with
  // their own temporary key pair: only the text ties them to this run, and text proves nothing.
  it('leaves the sibling build’s instance, key pair and AMI alone (main and post step)', async () => {
    const lies = path.join(bed.job.temp, `lies-${process.pid}.txt`)
    fs.rmSync(lies, { force: true })
    const template = bed.write(
      'sibling/app.pkr.hcl',
      hclTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'none' },
        builds: [{ name: 'app', localCommands: printLies(lies) }]
      })
    )
    const { sibling, onSpawn } = siblingBuild(lies)
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-version': 'none' }),
      onSpawn
    })
    await expectSiblingIntact(result, sibling)
  })

  // A build whose builder announces nothing of its own before its provisioners run (a `null`
  // smoke check, a docker image next to the AMI) has no first line that is Packer's: every line
  // of it may be a provisioner's, so none of them is a lead (src/packer/leads.ts,
  // announcesResources), not even the first source AMI, key pair, instance or AMI it names.
  it('leaves them alone when a null build’s provisioner names them first (main and post step)', async () => {
    const lies = path.join(bed.job.temp, `null-lies-${process.pid}.txt`)
    fs.rmSync(lies, { force: true })
    const template = bed.write(
      'sibling-null/app.pkr.hcl',
      [
        hclTemplate({
          endpoint: bed.endpoint.url,
          target: { communicator: 'none' },
          builds: [{ name: 'app' }]
        }),
        nullBuild(printLies(lies))
      ].join('\n')
    )
    const { sibling, onSpawn } = siblingBuild(lies, [`Found Image ID: ${SOURCE_AMI}`])
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-version': 'none' }),
      onSpawn
    })
    await expectSiblingIntact(result, sibling)
  })
})

describe('an AMI name that another image holds', () => {
  const template = () =>
    bed.write(
      'collide/app.pkr.hcl',
      hclTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'none' },
        builds: [{ name: 'app' }]
      })
    )

  it.each([
    ['an untagged image made before this run', { creationDate: '2021-01-01T00:00:00Z' }],
    [
      'a pending image another run is still making',
      { state: 'pending' as const, tags: { 'ImageVersion:run': 'acme/images#77.1' } }
    ]
  ])('fails naming both and never removes %s', async (_what, seed) => {
    const file = template()
    const held = bed.endpoint.seed.image('us-east-1', { name: 'app-release-3.0.0', ...seed })
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template: file, 'ansible-version': 'none' })
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toContain(
      `AMI name 'app-release-3.0.0' is already used by ${held}`
    )
    const post = await bed.post({ state: result.state })
    expect(post.exitCode).toBe(0)
    expect(ownImages(bed.endpoint, 'us-east-1').map(i => i.id)).toEqual([held])
    expect(bed.endpoint.requests.filter(r => r.action === 'DeregisterImage')).toEqual([])
  })
})

describe('a matrix over architectures with one release tag', () => {
  const file = 'matrix/app.pkr.hcl'
  const write = () =>
    bed.write(
      file,
      [
        'variable "arch" {\n  type = string\n}\n',
        hclTemplate({
          endpoint: bed.endpoint.url,
          target: { communicator: 'none' },
          builds: [
            {
              name: 'app',
              amiName: '"app-${var.image_version}-${var.arch}"',
              amiRegions: ['us-west-2']
            }
          ]
        })
      ].join('\n')
    )
  const job = (arch: string, tag: string, extra: Record<string, string> = {}) =>
    bed.main({
      ref: tag,
      inputs: bed.inputs({
        template: write(),
        vars: `arch=${arch}`,
        'ansible-version': 'none',
        ...extra
      })
    })

  it('builds one image per job, reuses each its own, and retires nothing across', async () => {
    const amd = await job('amd64', TAG)
    const arm = await job('arm64', TAG)
    expect(errors(amd)).toEqual([])
    expect(errors(arm)).toEqual([])
    expect(arm.outputs['reused']).toBe('false')
    expect(arm.outputs['ami-id']).not.toBe(amd.outputs['ami-id'])
    expect(arm.outputs['lineage']).not.toBe(amd.outputs['lineage'])
    expect(
      tagsOf(bed.endpoint, 'us-east-1', arm.outputs['ami-id'] ?? '')['ImageVersion:lineage']
    ).toBe(arm.outputs['lineage'])

    const again = await job('amd64', TAG)
    expect(again.outputs).toMatchObject({ reused: 'true', 'ami-id': amd.outputs['ami-id'] })

    // The next release of arm64 keeps one generation: amd64's images of 3.0.0 stay.
    const next = await job('arm64', 'refs/tags/release-3.1.0', { 'keep-generations': '1' })
    expect(errors(next)).toEqual([])
    const names = (region: string) =>
      ownImages(bed.endpoint, region)
        .map(i => i.name)
        .sort()
    expect(names('us-east-1')).toEqual(['app-release-3.0.0-amd64', 'app-release-3.1.0-arm64'])
    expect(names('us-west-2')).toEqual(['app-release-3.0.0-amd64', 'app-release-3.1.0-arm64'])
  })
})

describe('a matrix whose variable comes from the environment', () => {
  // Packer documents PKR_VAR_arch in the step's env: as a way to set a variable, and the action
  // hands Packer its whole environment, so two jobs that differ only there build two images. A
  // derived lineage that did not see it would make them one stream, and the second job would
  // reuse the first's image. A variable declared sensitive (a secret) is no part of the stream.
  const template = () =>
    bed.write(
      'matrix-env/app.pkr.hcl',
      [
        'variable "arch" {\n  type = string\n}\n',
        'variable "db_password" {\n  type = string\n  default = ""\n  sensitive = true\n}\n',
        hclTemplate({
          endpoint: bed.endpoint.url,
          target: { communicator: 'none' },
          builds: [{ name: 'app', amiName: '"app-${var.image_version}-${var.arch}"' }]
        })
      ].join('\n')
    )

  it('is refused before anything is installed or asked of AWS, naming the variable', async () => {
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template: template(), 'ansible-version': 'none' }),
      env: { PKR_VAR_arch: 'arm64', PKR_VAR_db_password: 'hunter2' }
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([
      "Input 'vars': the environment sets PKR_VAR_arch, which can change the image but not the derived lineage: jobs that differ only there would share one image stream, and one would reuse the other's image. Pass it in 'vars' (arch=...), or set 'lineage'"
    ])
    expect(bed.endpoint.requests).toEqual([])
  })

  it('in vars, each job has its own stream and image; a secret in the environment is no part of it', async () => {
    const file = template()
    const job = (arch: string) =>
      bed.main({
        ref: TAG,
        inputs: bed.inputs({ template: file, vars: `arch=${arch}`, 'ansible-version': 'none' }),
        env: { PKR_VAR_db_password: `secret-of-${arch}` }
      })
    const amd = await job('amd64')
    expect(errors(amd)).toEqual([])
    const arm = await job('arm64')
    expect(errors(arm)).toEqual([])
    expect(arm.outputs['reused']).toBe('false')
    expect(arm.outputs['lineage']).not.toBe(amd.outputs['lineage'])
    expect(arm.outputs['ami-id']).not.toBe(amd.outputs['ami-id'])
  })
})

describe('a second run of the tag while the first run’s post-processor runs', () => {
  // Packer terminates a build's instance, then runs its post-processors, and reports the
  // artifact only once every build is done: all that time the first run's image carries no
  // record, and its instance is gone. The first run holds the version's claim until it has
  // released it, so the second waits for it (src/steps/claim.ts, lookAndClaim), never builds
  // over it nor names its image, so no one is told to deregister what that run is about to
  // release.
  it('waits for the first run and reuses its release', async () => {
    const template = bed.template('post-processor/app.pkr.hcl', {
      postProcessors: ['post-processor "shell-local" {', '  inline = ["sleep 20"]', '}']
    })
    const inputs = bed.inputs({ template, 'ansible-version': 'none' })
    let second: Promise<StepResult> | undefined
    const first = await bed.main({
      ref: TAG,
      inputs,
      onSpawn: when('Running post-processor', () => {
        // Run 2 of the same tag (another push of the tag, a workflow_dispatch) starts now.
        second = bed.main({ ref: TAG, inputs, env: { GITHUB_RUN_ID: '2' } })
      })
    })
    expect(errors(first)).toEqual([])
    expect(second).toBeDefined()
    const other = await (second as Promise<StepResult>)
    const ami = first.outputs['ami-id'] ?? ''
    expect(tagsOf(bed.endpoint, 'us-east-1', ami)['ImageVersion']).toBe(VERSION)

    expect(errors(other)).toEqual([])
    expect(other.stdout).toContain(
      `${VERSION} is being built or released by acme/images#1.1: waiting for it`
    )
    expect(other.outputs).toMatchObject({ reused: 'true', 'ami-id': ami })
    expect(ownImages(bed.endpoint, 'us-east-1').map(i => i.id)).toEqual([ami])
    expect(bed.endpoint.requests.filter(r => r.action === 'DeregisterImage')).toEqual([])
  })
})

describe('tagging that fails past the retries', () => {
  it('fails naming the AMIs, keeps them, and a re-run finishes the release without building', async () => {
    const file = bed.write(
      'tagfail/app.pkr.hcl',
      hclTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'none' },
        builds: [{ name: 'app', amiRegions: ['us-west-2'] }]
      })
    )
    // Only the release's own tags (the version key first): Packer's calls and the early marks pass.
    bed.endpoint.failNext('CreateTags', 50, 'unavailable', p => p['Tag.1.Key'] === 'ImageVersion')
    const first = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template: file, 'ansible-version': 'none' })
    })
    expect(first.exitCode).toBe(1)
    const built = ownImages(bed.endpoint, 'us-east-1')
    expect(built).toHaveLength(1)
    const ami = built[0]?.id ?? ''
    expect(errors(first).join('\n')).toMatch(
      new RegExp(
        `^The AMIs were built and recorded complete, but could not be released: ${ami} \\(amazon-ebs\\.app, us-east-1\\), ami-[0-9a-f]+ \\(amazon-ebs\\.app, us-west-2\\)\\. They are kept; re-run the job to release them without building\\.`
      )
    )
    expect(first.summary).toContain('were built but not released')
    expect(tagsOf(bed.endpoint, 'us-east-1', ami)['ImageVersion:complete']).toBe('release-3.0.0')
    expect(tagsOf(bed.endpoint, 'us-east-1', ami)['ImageVersion']).toBeUndefined()
    const post = await bed.post({ state: first.state })
    expect(post.stdout).not.toMatch(/Removed a leftover image/)
    expect(ownImages(bed.endpoint, 'us-east-1').map(i => i.id)).toEqual([ami])

    bed.endpoint.clearFaults()
    bed.endpoint.requests.length = 0
    const rerun = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template: file, 'ansible-version': 'none' }),
      env: { GITHUB_RUN_ATTEMPT: '2' }
    })
    expect(errors(rerun)).toEqual([])
    const copy = ownImages(bed.endpoint, 'us-west-2')[0]?.id
    expect(rerun.outputs).toMatchObject({ reused: 'true', 'ami-id': ami })
    expect(JSON.parse(rerun.outputs['amis'] ?? '{}')).toEqual({
      'us-east-1': ami,
      'us-west-2': copy
    })
    // Released by this attempt: the first run to release the version.
    expect(tagsOf(bed.endpoint, 'us-east-1', ami)).toMatchObject({
      ImageVersion: 'release-3.0.0',
      'ImageVersion:copies': `us-west-2=${copy}`,
      'ImageVersion:builds': 'amazon-ebs.app',
      'ImageVersion:released': 'acme/images#1.2'
    })
    expect(tagsOf(bed.endpoint, 'us-west-2', copy ?? '')['ImageVersion']).toBe('release-3.0.0')
    expect(rerun.summary).toContain(
      'An earlier attempt of this run built the release but did not release it'
    )
    expect(bed.endpoint.requests.some(r => r.action === 'RunInstances')).toBe(false)
  })
})

describe('a concurrent run of the same template with a fixed temporary key pair name', () => {
  // Two tags pushed together: both runs' Packer create `temporary_key_pair_name` (used verbatim,
  // packer-plugin-sdk@v0.6.10:communicator/config.go:86), the other run first. Its instance runs
  // from the same source AMI with that key pair; this run's CreateKeyPair is refused as a
  // duplicate (Packer retries it for minutes), and the job is cancelled there.
  it("leaves the other run's key pair and instance alone", async () => {
    const template = bed.template('fixed-key/app.pkr.hcl', {
      builds: [{ name: 'app', extra: ['temporary_key_pair_name = "ci-build"'] }]
    })
    const other: { instance?: string } = {}
    bed.endpoint.beforeNext('CreateKeyPair', () => {
      const { seed } = bed.endpoint
      seed.keyPair('us-east-1', { name: 'ci-build' })
      const group = seed.securityGroup('us-east-1', {
        name: 'packer_5f4e3d2c-1b0a-4998-8776-655443322110'
      })
      other.instance = seed.instance('us-east-1', {
        imageId: SOURCE_AMI,
        keyName: 'ci-build',
        groupIds: [group]
      })
    })
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-version': 'none' }),
      onSpawn: when('Creating temporary keypair: ci-build', child => child.kill('SIGINT')),
      timeoutMs: 60_000
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toContain('The build was cancelled')
    expect(result.stdout).not.toMatch(/Instance ID: i-/)

    const post = await bed.post({ state: result.state })
    expect(post.exitCode).toBe(0)
    expect({
      instance: east()
        .instances('us-east-1')
        .find(i => i.id === other.instance)?.state,
      keys: east()
        .keyPairs('us-east-1')
        .map(k => k.name)
        .filter(n => n === 'ci-build'),
      removed: post.stdout.split('\n').filter(l => l.includes('Removed a leftover'))
    }).toEqual({ instance: 'running', keys: ['ci-build'], removed: [] })
  })
})

describe('a fixed temporary key pair name another run takes once this run’s Packer let it go', () => {
  // This run's Packer made `ci-build` and went on to launch, in the template's own security
  // group; RunInstances failed, and Packer deleted its key pair. The other run's Packer, which
  // was retrying its CreateKeyPair, then made `ci-build` and launched its instance, from the same
  // source AMI, before this run's post step looked.
  it("leaves the other run's key pair and instance alone", async () => {
    const group = bed.endpoint.seed.securityGroup('us-east-1', { name: 'builders' })
    const template = bed.template('fixed-key-reused/app.pkr.hcl', {
      builds: [
        {
          name: 'app',
          extra: ['temporary_key_pair_name = "ci-build"', `security_group_id = "${group}"`]
        }
      ]
    })
    // The group is gone as the instance launches: EC2 refuses it.
    bed.endpoint.beforeNext('RunInstances', world =>
      world.region('us-east-1').securityGroups.delete(group)
    )
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-version': 'none' })
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('Launching a source AWS instance')
    expect(
      east()
        .keyPairs('us-east-1')
        .map(k => k.name)
    ).not.toContain('ci-build')
    const { seed } = bed.endpoint
    seed.keyPair('us-east-1', { name: 'ci-build' })
    const other = seed.instance('us-east-1', { imageId: SOURCE_AMI, keyName: 'ci-build' })

    const post = await bed.post({ state: result.state })
    expect(post.exitCode).toBe(0)
    expect({
      instance: east()
        .instances('us-east-1')
        .find(i => i.id === other)?.state,
      keys: east()
        .keyPairs('us-east-1')
        .map(k => k.name),
      removed: post.stdout.split('\n').filter(l => l.includes('Removed a leftover'))
    }).toEqual({ instance: 'running', keys: ['ci-build'], removed: [] })
  })
})

describe('a fixed temporary key pair name that another run holds in the region of another build', () => {
  // Two builds in two regions (the second copies its AMI into us-east-1, the release's region)
  // with one `temporary_key_pair_name`. This run made it in us-east-1
  // and launched its instance there; in us-west-2 another run of the template made it first (and
  // has not launched yet), so this run's CreateKeyPair there is refused. The job is cancelled.
  it("leaves the other run's key pair in us-west-2 alone", async () => {
    const fixed = 'temporary_key_pair_name = "ci-build"'
    const template = bed.write(
      'fixed-key-regions/app.pkr.hcl',
      [
        hclTemplate({
          endpoint: bed.endpoint.url,
          target: { communicator: 'none' },
          builds: [{ name: 'app', extra: [fixed] }]
        }),
        hclTemplate({
          endpoint: bed.endpoint.url,
          region: 'us-west-2',
          versioned: false,
          target: { communicator: 'none' },
          builds: [
            {
              name: 'web',
              amiName: '"web-${var.image_version}"',
              amiRegions: ['us-east-1'],
              extra: [fixed]
            }
          ]
        })
      ].join('\n')
    )
    bed.endpoint.beforeNext('CreateKeyPair', () =>
      bed.endpoint.seed.keyPair('us-west-2', { name: 'ci-build' })
    )
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-version': 'none' }),
      onSpawn: when('amazon-ebs.app: Instance ID: i-', child => child.kill('SIGINT')),
      timeoutMs: 60_000
    })
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('amazon-ebs.web: Creating temporary keypair: ci-build')

    const post = await bed.post({ state: result.state })
    expect(post.exitCode).toBe(0)
    expect({
      west: east()
        .keyPairs('us-west-2')
        .map(k => k.name),
      removed: post.stdout.split('\n').filter(l => /Removed a leftover key pair/.test(l))
    }).toEqual({ west: ['ci-build'], removed: [] })
  })
})
