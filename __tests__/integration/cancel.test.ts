import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { EvidenceRecord } from '../../src/state/evidence-record.js'
import { SOURCE_AMI } from '../../testbed/ec2/world.js'
import { ownImages, startReleaseBed, type ReleaseBed } from '../../testbed/release-bed.js'
import { errors } from '../../testbed/runner.js'
import { hclTemplate, stampPlaybook } from '../../testbed/templates.js'
import { killTree, when } from '../helpers/steps.js'

let bed: ReleaseBed
beforeAll(async () => {
  bed = await startReleaseBed()
})
afterAll(async () => {
  await bed?.close()
})
beforeEach(() => bed.endpoint.reset())

const TAG = 'refs/tags/release-0.2.0'

/** The version's claims (src/aws/claim.ts): key pairs of the action's, not Packer's. */
const claims = (region = 'us-east-1') =>
  bed.endpoint.inspect.keyPairs(region).filter(k => k.name.startsWith('packer-ami-release-'))

function expectNothingLeft(region = 'us-east-1') {
  const look = bed.endpoint.inspect
  expect(look.instances(region).filter(i => i.state !== 'terminated')).toEqual([])
  expect(look.keyPairs(region).filter(k => k.name.startsWith('packer_'))).toEqual([])
  expect(claims(region)).toEqual([])
  expect(look.securityGroups(region).filter(g => g.name.startsWith('packer_'))).toEqual([])
  expect(ownImages(bed.endpoint, region).filter(i => !i.tags['ImageVersion'])).toEqual([])
  const used = new Set(look.images(region).flatMap(i => i.blockDevices.map(d => d.snapshotId)))
  expect(look.snapshots(region).filter(s => !used.has(s.id))).toEqual([])
}

/** The post step of a killed step that held the version's claim, the only one: it drops it. */
async function postDropsTheClaim(state: Record<string, string>) {
  const [claim, ...more] = claims()
  expect(more).toEqual([])
  expect(claim?.tags['ImageVersion:run']).toBe('acme/images#1.1')
  const post = await bed.post({ state })
  expect(post.exitCode).toBe(0)
  expect(post.stdout).toContain(`Dropped this run's claim on its version (${claim?.name ?? ''})`)
  return post
}

/** A release whose step tree is killed (SIGINT, then SIGKILL) while its AMI is being made. */
async function killedMidAmi(folder: string) {
  bed.endpoint.configure({ imageAvailableAfterMs: 600_000 })
  const result = await bed.main({
    ref: TAG,
    inputs: bed.inputs({
      template: bed.template(`${folder}/app.pkr.hcl`),
      'ansible-version': 'none'
    }),
    detached: true,
    onSpawn: when('Waiting for AMI to become ready', child => {
      child.kill('SIGINT')
      killTree(child)
    }),
    timeoutMs: 60_000
  })
  expect(result.signal).toBe('SIGKILL')
  return result
}

describe('cancelling a release', () => {
  it('passes SIGINT to Packer, which cleans up while the action waits for it', async () => {
    const playbook = bed.write(
      'cancel/site.yml',
      stampPlaybook(path.join(bed.sshd.home, `cancel-${process.pid}`), [
        '    - name: Take a long time',
        '      ansible.builtin.command: sleep 120'
      ])
    )
    const template = bed.template('cancel/app.pkr.hcl', {
      target: { communicator: 'ssh', sshd: bed.sshd },
      builds: [{ name: 'app', playbook: path.join(bed.job.workspace, playbook) }]
    })
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template }),
      onSpawn: when('TASK [Take a long time]', child => child.kill('SIGINT')),
      timeoutMs: 60_000
    })
    expect(result.signal).toBeNull()
    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('Received SIGINT: asking Packer to stop and clean up')
    expect(errors(result).join('\n')).toContain('The build was cancelled')
    expectNothingLeft()

    const post = await bed.post({ state: result.state })
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain('Nothing was left behind by the build')
  })

  it('cleans up in the post step after SIGINT then SIGKILL of the whole tree, mid AMI creation', async () => {
    const result = await killedMidAmi('kill')
    const look = bed.endpoint.inspect
    expect(look.instances('us-east-1').map(i => i.state)).toEqual(['stopped'])
    expect(ownImages(bed.endpoint, 'us-east-1')).toHaveLength(1)
    expect(look.keyPairs('us-east-1').filter(k => k.name.startsWith('packer_'))).toHaveLength(1)
    expect(look.securityGroups('us-east-1')).toHaveLength(1)
    // The killed step still held the version's claim: the post step drops it.
    const post = await postDropsTheClaim(result.state)
    const removed = post.stdout
      .split('\n')
      .filter(l => l.startsWith('::warning::Removed a leftover'))
    // The unfinished AMI first (nothing else depends on it), then the instance, then what it used.
    expect(removed.map(l => l.replace(/: .*/, ''))).toEqual([
      '::warning::Removed a leftover image of the build',
      '::warning::Removed a leftover instance of the build',
      '::warning::Removed a leftover key pair of the build',
      '::warning::Removed a leftover security group of the build'
    ])
    expect(post.summary).toContain('Cleaned up after the build')
    expectNothingLeft()
  })

  it('drops the claim whose CreateKeyPair landed as the job was killed, its answer never read', async () => {
    // EC2 makes the claim at once and holds its answer back; the runner kills the tree then.
    let made!: () => void
    const landed = new Promise<void>(resolve => (made = resolve))
    bed.endpoint.beforeNext('CreateKeyPair', () => setTimeout(made, 50))
    bed.endpoint.holdNext('CreateKeyPair', new Promise(resolve => setTimeout(resolve, 30_000)))
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template: bed.template('killed-claim/app.pkr.hcl') }),
      detached: true,
      onSpawn: child => void landed.then(() => killTree(child)),
      timeoutMs: 60_000
    })
    expect(result.signal).toBe('SIGKILL')
    await postDropsTheClaim(result.state)
    expectNothingLeft()
  })

  it('never says nothing was left behind when EC2 did not answer the post step', async () => {
    // Killed mid AMI creation, as above; then EC2 in the build's region fails every DescribeImages
    // (503s past the SDK's retries) while the post step looks: it knows nothing of that region.
    const result = await killedMidAmi('kill-outage')
    bed.endpoint.failNext('DescribeImages', 100, 'unavailable')

    const post = await bed.post({ state: result.state })
    bed.endpoint.clearFaults()
    expect(post.exitCode).toBe(0)
    const look = bed.endpoint.inspect
    expect(look.instances('us-east-1').map(i => i.state)).toEqual(['stopped'])
    expect(ownImages(bed.endpoint, 'us-east-1')).toHaveLength(1)
    expect(post.stdout).toContain('Left alone what AWS could not be asked about')
    expect(post.stdout).not.toContain('Nothing was left behind by the build')
    expect(post.stdout).toContain(
      '::warning::Removed nothing, and the build may have left resources behind: AWS did not answer about all of them'
    )
  })

  it('removes an AMI copy left in progress in another region (hashicorp/packer#10248)', async () => {
    bed.endpoint.configure({ imageAvailableAfterMsIn: { 'us-west-2': 600_000 } })
    const template = bed.template('copy/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: ['us-west-2'] }]
    })
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-version': 'none' }),
      detached: true,
      // Packer says it waits as it sends CopyImage: the kill waits for the copy to exist.
      onSpawn: when('Waiting for all copies to complete', child => {
        const timer = setInterval(() => {
          if (ownImages(bed.endpoint, 'us-west-2').length === 0) return
          clearInterval(timer)
          killTree(child)
        }, 20)
        child.on('exit', () => clearInterval(timer))
      }),
      timeoutMs: 60_000
    })
    expect(result.signal).toBe('SIGKILL')
    expect(ownImages(bed.endpoint, 'us-west-2')).toHaveLength(1)

    const post = await bed.post({ state: result.state })
    expect(post.stdout).toMatch(
      /Removed a leftover image of the build: ami-[0-9a-f]+ with snap-[0-9a-f]+ in us-west-2/
    )
    expectNothingLeft('us-east-1')
    expectNothingLeft('us-west-2')
  })

  it('keeps the AMI of a build that finished when the job is killed while another build runs', async () => {
    // One build finishes (its AMI is complete, Packer has terminated its instance) while the
    // other still runs: the step writes the build's completion record from what AWS proves is
    // its own (src/steps/build.ts, Recorder.finished). As on AWS, where Packer's cleanup waits
    // for the instance to terminate, the runner's SIGKILL comes before Packer exits. The AMIs
    // of a build recorded complete are the release's, even if releasing never happened: the
    // post step never removes them, and a re-run releases them.
    const template = bed.write(
      'killed-finished/app.pkr.hcl',
      hclTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'none' },
        builds: [{ name: 'app' }, { name: 'slow', localCommands: ['sleep 60'] }]
      })
    )
    const recorded = () =>
      ownImages(bed.endpoint, 'us-east-1').some(
        i => i.name === 'app-release-0.2.0' && i.tags['ImageVersion:copies'] !== undefined
      )
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-version': 'none' }),
      detached: true,
      onSpawn: when("Build 'amazon-ebs.app' finished", child => {
        // Killed once the record is on the AMI: before, the AMI is a leftover like any other.
        const timer = setInterval(() => {
          if (!recorded()) return
          clearInterval(timer)
          child.kill('SIGINT')
          killTree(child)
        }, 50)
        child.on('exit', () => clearInterval(timer))
      }),
      timeoutMs: 90_000
    })
    expect(result.signal).toBe('SIGKILL')
    const finished = ownImages(bed.endpoint, 'us-east-1').find(i => i.name === 'app-release-0.2.0')
    expect(finished?.state).toBe('available')
    expect(finished?.tags).toMatchObject({
      'ImageVersion:complete': 'release-0.2.0',
      'ImageVersion:build': 'amazon-ebs.app',
      'ImageVersion:run': 'acme/images#1.1',
      'ImageVersion:copies': ''
    })

    const post = await bed.post({ state: result.state })
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain(
      `Kept ${finished?.id ?? ''} in us-east-1: its build is recorded complete: a re-run of the job releases it`
    )
    expect(ownImages(bed.endpoint, 'us-east-1').map(i => i.id)).toContain(finished?.id)
  })

  it('removes the instance whose RunInstances landed as the job was killed, with its key pair and group', async () => {
    // The runner kills the tree while Packer's RunInstances is in flight: EC2 launches the
    // instance, but Packer never reads its ID, so its log never names it. The instance runs
    // with the build's temporary key pair, in its temporary group (open to SSH), from its
    // source AMI: what proves an instance this run's, whether the log names it or not.
    const template = bed.template('killed-launch/app.pkr.hcl')
    const result = await killedWhileLaunching(template, 'Creating temporary security group')
    const look = bed.endpoint.inspect
    expect(look.instances('us-east-1').map(i => i.state)).toEqual(['running'])
    expect(result.stdout).not.toMatch(/Instance ID: i-/)

    const post = await bed.post({ state: result.state })
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toMatch(/Removed a leftover instance of the build: i-[0-9a-f]+/)
    expectNothingLeft()
  })

  it('says so when the instance whose RunInstances landed cannot be told from another run’s', async () => {
    // As above, with a template that names its temporary key pair (`temporary_key_pair_name`)
    // and brings its own security group: another run of the template may hold that name, with
    // an instance of its own from the same source AMI, so nothing ties the instance to this run.
    const group = bed.endpoint.seed.securityGroup('us-east-1', { name: 'builders' })
    const template = bed.template('killed-launch-fixed/app.pkr.hcl', {
      builds: [
        {
          name: 'app',
          extra: ['temporary_key_pair_name = "ci-build"', `security_group_id = "${group}"`]
        }
      ]
    })
    const result = await killedWhileLaunching(template, 'Launching a source AWS instance')
    expect(result.stdout).not.toMatch(/Instance ID: i-/)

    const post = await bed.post({ state: result.state })
    expect(post.exitCode).toBe(0)
    // The warning names the instance, for whoever knows it is this run's.
    expect(post.stdout).toMatch(
      /::warning::Left key pair ci-build in us-east-1 alone: the build log named it, but instance i-[0-9a-f]+ uses it/
    )
    expect(post.stdout).toContain(
      'Removed nothing: AWS shows none of what the build log names is this run’s (see above)'
    )
    expect(post.stdout).not.toContain('Nothing was left behind by the build')
    const look = bed.endpoint.inspect
    expect(look.instances('us-east-1').map(i => i.state)).toEqual(['running'])
    expect(look.keyPairs('us-east-1').map(k => k.name)).toContain('ci-build')
  })

  it('removes an AMI the template tagged with the version itself when the job is killed before the release', async () => {
    // A tag key the contract cannot evaluate before the build: Packer writes ImageVersion on the
    // AMI. Packer hangs terminating the instance, after tagging, and the job is killed there.
    const template = bed.template('self-tagged/app.pkr.hcl', {
      builds: [
        { name: 'app', extra: ['tags = { (join("", ["Image", "Version"])) = var.image_version }'] }
      ]
    })
    bed.endpoint.hangNext('TerminateInstances', 1)
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-version': 'none' }),
      detached: true,
      onSpawn: when('Terminating the source AWS instance', killTree),
      timeoutMs: 60_000
    })
    expect(result.signal).toBe('SIGKILL')
    const [tagged, ...others] = ownImages(bed.endpoint, 'us-east-1')
    expect(others).toEqual([])
    expect(tagged?.tags['ImageVersion']).toBe('release-0.2.0')
    expect(tagged?.tags['ImageVersion:builds']).toBeUndefined()

    const post = await bed.post({ state: result.state })
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain(`Removed a leftover image of the build: ${tagged?.id ?? '-'}`)
    expect(ownImages(bed.endpoint, 'us-east-1')).toEqual([])
    expectNothingLeft()
  })

  it('proves before it removes: a record whose leads lie makes the post step delete nothing', async () => {
    const template = bed.template('keep/app.pkr.hcl')
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-version': 'none' })
    })
    expect(errors(result)).toEqual([])
    const [released] = ownImages(bed.endpoint, 'us-east-1')
    // What a forged state names: the released AMI, another run's untagged AMI made after the
    // "start", a production instance, a key pair in use by it, a path outside RUNNER_TEMP.
    const started = new Date(Date.now() - 60_000).toISOString()
    const otherRun = bed.endpoint.seed.image('us-east-1', { name: 'app-release-9.9.9' })
    const keyPair = bed.endpoint.seed.keyPair('us-east-1', {
      name: 'packer_6b026779-fcaf-17b5-c500-3a5b9f9ed84b'
    })
    const production = bed.endpoint.seed.instance('us-east-1', {
      imageId: 'ami-00000000000000001',
      keyName: 'packer_6b026779-fcaf-17b5-c500-3a5b9f9ed84b',
      launchTime: '2020-01-01T00:00:00Z',
      tags: { Name: 'production-db' }
    })
    const victim = path.join(bed.job.workspace, 'precious')
    fs.mkdirSync(victim)
    fs.writeFileSync(path.join(victim, 'password'), 'x')
    const build = 'amazon-ebs.app'
    // The record as if a build had printed all this (the step state itself names only the
    // record's folder: see 'a step state the main step did not write').
    const record = new EvidenceRecord(bed.job.temp)
    fs.writeFileSync(
      path.join(record.folder, 'evidence.json'),
      JSON.stringify({
        startedAt: started,
        run: 'acme/images#1.1',
        region: 'us-east-1',
        buildRegions: {},
        finished: [],
        leads: [
          { kind: 'image', value: released?.id, build },
          { kind: 'image', value: otherRun, build },
          { kind: 'image-name', value: 'app-release-9.9.9', build },
          { kind: 'instance', value: production, build },
          { kind: 'key-pair', value: 'packer_6b026779-fcaf-17b5-c500-3a5b9f9ed84b', build },
          { kind: 'instance', value: 'i-0; rm -rf /', build }
        ]
      })
    )
    const state = { 'vault-password-file': path.join(victim, 'password'), evidence: record.folder }
    bed.endpoint.requests.length = 0
    const post = await bed.post({ state })
    expect(post.exitCode).toBe(0)
    expect(post.stdout).not.toMatch(/Removed a leftover/)
    expect(post.stdout).toContain('Left the vault password file alone')
    expect(post.stdout).toMatch(/a saved lead is not well-formed: .*rm -rf/)
    expect(post.stdout).toMatch(
      new RegExp(`Left instance ${production} in us-east-1 alone: .*before this run started`)
    )
    expect(post.stdout).toMatch(new RegExp(`Left image ${otherRun} in us-east-1 alone`))
    expect(fs.readFileSync(path.join(victim, 'password'), 'utf8')).toBe('x')
    expect(
      ownImages(bed.endpoint, 'us-east-1')
        .map(i => i.id)
        .sort()
    ).toEqual([released?.id, otherRun].sort())
    expect(bed.endpoint.inspect.instances('us-east-1').find(i => i.id === production)?.state).toBe(
      'running'
    )
    expect(bed.endpoint.inspect.keyPairs('us-east-1').map(k => k.id)).toContain(keyPair)
    expect(
      bed.endpoint.requests.filter(r => /^(Deregister|Terminate|Delete)/.test(r.action))
    ).toEqual([])
  })
})

describe('a step state the main step did not write', () => {
  // The step state is input: on runners that still honour `save-state` on stdout, what a build
  // prints can set it. A forged record whose start is days back and whose security group lead
  // is any name would make a two-day-old production instance look like this run's: launched
  // after the start, from the announced source AMI, in the announced group. The post step reads
  // a record only from a private folder this action made under RUNNER_TEMP.
  const DAY = 24 * 60 * 60 * 1000
  const build = 'amazon-ebs.app'

  /** A folder like the action's, holding `record` as its evidence file. */
  function forgedFolder(parent: string, name: string, record: string): string {
    const folder = path.join(parent, name)
    fs.mkdirSync(folder, { mode: 0o700 })
    fs.writeFileSync(path.join(folder, 'evidence.json'), record, { mode: 0o600 })
    return folder
  }

  it.each([
    ['a record instead of a folder', (record: string) => record],
    [
      'a folder outside RUNNER_TEMP',
      (record: string) => forgedFolder(bed.job.workspace, 'packer-ami-release-Forged', record)
    ],
    [
      'a folder of another name under RUNNER_TEMP',
      (record: string) => forgedFolder(bed.job.temp, 'packer-evidence-Forged', record)
    ]
  ])(
    'naming %s: not read, and a two-day-old production instance and its group stay',
    async (_what, forge) => {
      const { seed, inspect } = bed.endpoint
      const group = seed.securityGroup('us-east-1', { name: 'web-prod' })
      const production = seed.instance('us-east-1', {
        imageId: SOURCE_AMI,
        keyName: 'ops',
        groupIds: [group],
        launchTime: new Date(Date.now() - 2 * DAY).toISOString(),
        tags: { Name: 'web-prod-1' }
      })
      const record = JSON.stringify({
        startedAt: new Date(Date.now() - 5 * DAY).toISOString(),
        run: 'acme/images#1.1',
        region: 'us-east-1',
        buildRegions: {},
        finished: [],
        leads: [
          { kind: 'source-image', value: SOURCE_AMI, build },
          { kind: 'security-group', value: 'web-prod', build },
          { kind: 'instance', value: production, build }
        ]
      })
      const evidence = forge(record)

      const post = await bed.post({ state: { evidence } })

      expect(post.exitCode).toBe(0)
      expect(post.stdout).toContain(
        `::warning::The saved build record was not used in part: '${evidence}' is not a folder this action makes (<RUNNER_TEMP>/packer-ami-release-XXXXXX)`
      )
      expect(inspect.instances('us-east-1').find(i => i.id === production)?.state).toBe('running')
      expect(inspect.securityGroups('us-east-1').map(g => g.id)).toContain(group)
      expect(
        bed.endpoint.requests.filter(
          r =>
            /^(Terminate|Delete|Deregister)/.test(r.action) &&
            new RegExp(`${production}|${group}`).test(JSON.stringify(r.params))
        )
      ).toEqual([])
      // Not read at all: nothing was asked of AWS, and a forged folder keeps its file.
      expect(bed.endpoint.requests).toEqual([])
      if (evidence !== record) expect(fs.readdirSync(evidence)).toEqual(['evidence.json'])
    }
  )
})

/**
 * Runs `template`'s release with EC2 launching the instance at once and holding its answer
 * back, and kills the process tree once the step has read `seen` (as a runner whose step was
 * slow to read Packer's output would, it could lose what Packer announced before it).
 */
async function killedWhileLaunching(template: string, seen: string) {
  let landed = false
  bed.endpoint.beforeNext('RunInstances', () => {
    landed = true
    bed.endpoint.delayAnswers(30_000)
  })
  const result = await bed.main({
    ref: TAG,
    inputs: bed.inputs({ template, 'ansible-version': 'none' }),
    detached: true,
    onSpawn: (child, output) => {
      const timer = setInterval(() => {
        if (!landed || !output().includes(seen)) return
        clearInterval(timer)
        killTree(child)
      }, 20)
      child.on('exit', () => clearInterval(timer))
    },
    timeoutMs: 60_000
  })
  bed.endpoint.clearFaults()
  expect(result.signal).toBe('SIGKILL')
  return result
}
