import * as path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ownImages, startReleaseBed, type ReleaseBed } from '../../testbed/release-bed.js'
import { errors, type StepOptions } from '../../testbed/runner.js'
import { stampPlaybook } from '../../testbed/templates.js'

let bed: ReleaseBed
beforeAll(async () => {
  bed = await startReleaseBed()
})
afterAll(async () => {
  await bed?.close()
})
beforeEach(() => bed.endpoint.reset())

const TAG = 'refs/tags/release-0.2.0'

/** Calls `act` once the step's log contains `text`. */
function when(text: string, act: (child: ChildProcess) => void): NonNullable<StepOptions['onSpawn']> {
  return (child, output) => {
    const timer = setInterval(() => {
      if (output().includes(text)) {
        clearInterval(timer)
        act(child)
      }
    }, 50)
    child.once('exit', () => clearInterval(timer))
  }
}

/** What the runner does when its patience ends: SIGKILL to the whole process tree. */
function killTree(child: ChildProcess): void {
  try {
    process.kill(-(child.pid as number), 'SIGKILL')
  } catch {
    // already gone
  }
}

function expectNothingLeft(region = 'us-east-1') {
  const r = bed.endpoint.world.region(region)
  expect([...r.instances.values()].filter(i => i.state !== 'terminated')).toEqual([])
  expect([...r.keyPairs.keys()].filter(k => k.startsWith('packer_'))).toEqual([])
  expect([...r.securityGroups.values()].filter(g => g.name.startsWith('packer_'))).toEqual([])
  expect(ownImages(bed.endpoint, region).filter(i => !i.tags['ImageVersion'])).toEqual([])
  const used = new Set([...r.images.values()].flatMap(i => i.blockDevices.map(d => d.snapshotId)))
  expect([...r.snapshots.keys()].filter(s => !used.has(s))).toEqual([])
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
    bed.endpoint.world.options.imageAvailableAfterMs = 600_000
    const template = bed.template('kill/app.pkr.hcl')
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-version': 'none' }),
      detached: true,
      onSpawn: when('Waiting for AMI to become ready', child => {
        child.kill('SIGINT')
        killTree(child)
      }),
      timeoutMs: 60_000
    })
    expect(result.signal).toBe('SIGKILL')
    const region = bed.endpoint.world.region('us-east-1')
    expect([...region.instances.values()].map(i => i.state)).toEqual(['stopped'])
    expect(ownImages(bed.endpoint, 'us-east-1')).toHaveLength(1)
    expect(region.keyPairs.size).toBe(1)
    expect(region.securityGroups.size).toBe(1)

    const post = await bed.post({ state: result.state })
    expect(post.exitCode).toBe(0)
    const removed = post.stdout
      .split('\n')
      .filter(l => l.startsWith('::warning::Removed a leftover'))
    expect(removed.map(l => l.replace(/: .*/, ''))).toEqual([
      '::warning::Removed a leftover instance of the build',
      '::warning::Removed a leftover key pair of the build',
      '::warning::Removed a leftover security group of the build',
      '::warning::Removed a leftover image of the build'
    ])
    expect(post.summary).toContain('Cleaned up after the build')
    expectNothingLeft()
  })

  it('removes an AMI copy left in progress in another region (hashicorp/packer#10248)', async () => {
    bed.endpoint.world.options.imageAvailableAfterMsIn = { 'us-west-2': 600_000 }
    const template = bed.template('copy/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: ['us-west-2'] }]
    })
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-version': 'none' }),
      detached: true,
      onSpawn: when('Waiting for all copies to complete', killTree),
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

  it('never touches an image that carries the version tag, nor one it did not record', async () => {
    const template = bed.template('keep/app.pkr.hcl')
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-version': 'none' })
    })
    expect(errors(result)).toEqual([])
    const [image] = ownImages(bed.endpoint, 'us-east-1')
    // A stale record naming the released AMI and an unrelated instance: the post step must leave both.
    const other = await bed.main({
      ref: 'refs/heads/x',
      inputs: bed.inputs({ template, 'image-version': 'other', 'ansible-version': 'none' })
    })
    const otherImage = ownImages(bed.endpoint, 'us-east-1').find(i => i.id !== image?.id)
    expect(other.exitCode).toBe(0)
    bed.endpoint.world.region('us-east-1').images.get(otherImage?.id as string)!.tags = {}
    const state = {
      leftovers: JSON.stringify({
        startedAt: new Date().toISOString(),
        region: 'us-east-1',
        versionTagKey: 'ImageVersion',
        leftovers: [{ kind: 'image', id: image?.id, build: 'amazon-ebs.app' }]
      })
    }
    const post = await bed.post({ state })
    expect(post.stdout).toContain('Nothing was left behind by the build')
    expect(
      ownImages(bed.endpoint, 'us-east-1')
        .map(i => i.id)
        .sort()
    ).toEqual([image?.id, otherImage?.id].sort())
  })
})
