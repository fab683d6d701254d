import { execFile } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEBIAN_PACKER, tempDir } from '../fixtures.js'
import { startEc2Endpoint, type Ec2Endpoint } from '../ec2/server.js'
import { startSshd, type Sshd } from '../sshd.js'
import { hclTemplate, stampPlaybook, type TemplateOptions } from '../templates.js'
import { startTripwire, type Tripwire } from '../tripwire.js'

const run = promisify(execFile)
let endpoint: Ec2Endpoint
let tripwire: Tripwire
let sshd: Sshd

beforeAll(async () => {
  endpoint = await startEc2Endpoint()
  tripwire = await startTripwire()
  sshd = await startSshd()
})
afterAll(async () => {
  sshd?.stop()
  await tripwire?.close()
  await endpoint?.close()
})
beforeEach(() => endpoint.reset())

/** Runs Debian's packer on a template; never rejects, so failures can be asserted. */
async function packerBuild(template: string, version = '0.1.0') {
  const dir = tempDir('packer')
  const file = path.join(dir, 'template.pkr.hcl')
  fs.writeFileSync(file, template)
  try {
    const { stdout } = await run(
      DEBIAN_PACKER,
      ['build', '-machine-readable', '-color=false', file],
      {
        cwd: dir,
        env: {
          PATH: process.env['PATH'],
          HOME: process.env['HOME'],
          AWS_ACCESS_KEY_ID: 'AKIDTESTTESTTEST',
          AWS_SECRET_ACCESS_KEY: 'test-secret',
          AWS_EC2_METADATA_DISABLED: 'true',
          CHECKPOINT_DISABLE: '1',
          PKR_VAR_image_version: version,
          IMAGE_VERSION: version,
          ...tripwire.env
        },
        timeout: 120_000
      }
    )
    return { code: 0, stdout }
  } catch (error) {
    const e = error as { code: number; stdout: string }
    return { code: e.code, stdout: e.stdout }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const artifactIds = (stdout: string) =>
  [...stdout.matchAll(/,artifact,0,id,(.*)$/gm)].map(m =>
    (m[1] ?? '').replace(/%!\(PACKER_COMMA\)/g, ',')
  )
const base = (): Pick<TemplateOptions, 'endpoint' | 'target'> => ({
  endpoint: endpoint.url,
  target: { communicator: 'none' }
})

describe('real Packer 1.6.6 amazon-ebs against the loopback endpoint', () => {
  it('builds an AMI with communicator none, cleans up, and stays on loopback', async () => {
    const result = await packerBuild(hclTemplate({ ...base(), builds: [{ name: 'app' }] }))
    expect(result.code).toBe(0)
    const [id] = artifactIds(result.stdout)
    expect(id).toMatch(/^us-east-1:ami-[0-9a-f]{17}$/)
    const region = endpoint.world.region('us-east-1')
    expect([...region.instances.values()].map(i => i.state)).toEqual(['terminated'])
    expect(region.keyPairs.size).toBe(0)
    expect(region.securityGroups.size).toBe(0)
    expect(new Set(endpoint.requests.map(r => r.action))).toEqual(
      new Set([
        'DescribeRegions',
        'DescribeImages',
        'CreateKeyPair',
        'CreateSecurityGroup',
        'DescribeSecurityGroups',
        'AuthorizeSecurityGroupIngress',
        'RunInstances',
        'DescribeInstances',
        'StopInstances',
        'CreateImage',
        'TerminateInstances',
        'DescribeVolumes',
        'DeleteSecurityGroup',
        'DeleteKeyPair'
      ])
    )
    expect(endpoint.requests.filter(r => r.error)).toEqual([])
    expect(tripwire.attempts).toEqual([])
  })

  it('copies to a second region with ami_regions: two region:ami pairs', async () => {
    const result = await packerBuild(
      hclTemplate({ ...base(), builds: [{ name: 'app', amiRegions: ['us-west-2'] }] })
    )
    expect(result.code).toBe(0)
    const [id] = artifactIds(result.stdout)
    expect(id).toMatch(/^us-east-1:ami-[0-9a-f]{17},us-west-2:ami-[0-9a-f]{17}$/)
    const west = id?.split(',')[1]?.split(':')[1] as string
    expect(endpoint.world.region('us-west-2').images.get(west)?.name).toBe('app-0.1.0')
    expect(endpoint.requests.some(r => r.region === 'us-west-2' && r.action === 'CopyImage')).toBe(
      true
    )
  })

  it("fails on a duplicate ami_name with Packer's own message", async () => {
    const template = hclTemplate({ ...base(), builds: [{ name: 'app' }] })
    expect((await packerBuild(template)).code).toBe(0)
    const again = await packerBuild(template)
    expect(again.code).not.toBe(0)
    expect(again.stdout).toMatch(
      /AMI Name: 'app-0\.1\.0' is used by an existing AMI: ami-[0-9a-f]{17}/
    )
  })

  it('provisions the local sshd with the ansible provisioner', async () => {
    const marker = path.join(sshd.home, `stamp-${process.pid}-${Date.now()}`)
    const dir = tempDir('playbook')
    const playbook = path.join(dir, 'site.yml')
    fs.writeFileSync(playbook, stampPlaybook(marker))
    try {
      const result = await packerBuild(
        hclTemplate({
          endpoint: endpoint.url,
          target: { communicator: 'ssh', sshd },
          builds: [{ name: 'app', playbook }]
        }),
        'release-9.9.9'
      )
      expect(result.stdout).toContain('ansible-playbook')
      expect(result.code).toBe(0)
      expect(fs.readFileSync(marker, 'utf8')).toBe('release-9.9.9 release-9.9.9\n')
      expect(tripwire.attempts).toEqual([])
    } finally {
      fs.rmSync(marker, { force: true })
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
