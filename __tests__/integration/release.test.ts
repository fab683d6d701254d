import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { claimName } from '../../src/aws/claim.js'
import { deriveLineage } from '../../src/release/lineage.js'
import { readEvidenceRecord } from '../../src/state/evidence-record.js'
import { ownImages, startReleaseBed, tagsOf, type ReleaseBed } from '../../testbed/release-bed.js'
import { errors } from '../../testbed/runner.js'
import { hclTemplate, jsonTemplate, stampPlaybook } from '../../testbed/templates.js'
import { when } from '../helpers/steps.js'

let bed: ReleaseBed
beforeAll(async () => {
  bed = await startReleaseBed()
})
afterAll(async () => {
  await bed?.close()
})
beforeEach(() => {
  bed.endpoint.reset()
  bed.mirror.requests.length = 0
})

const TAG = 'refs/tags/release-0.1.0'
let counter = 0
/** A marker file in the target's home that the playbook writes, unique per test. */
function marker(): string {
  return path.join(bed.sshd.home, `image-version-${process.pid}-${++counter}`)
}

function expectEveryImageTagged(region: string, version: string) {
  const images = ownImages(bed.endpoint, region)
  expect(images.length).toBeGreaterThan(0)
  for (const image of images) {
    expect(image.tags['ImageVersion']).toBe(version)
    for (const d of image.blockDevices)
      expect(tagsOf(bed.endpoint, region, d.snapshotId)['ImageVersion']).toBe(version)
  }
}

/** The lineage the action derives for a template of the bed's workspace. */
function lineageOf(template: string): string {
  return deriveLineage({
    repository: 'acme/images',
    workspace: bed.job.workspace,
    template: path.join(bed.job.workspace, template),
    vars: [],
    varFiles: [],
    only: [],
    except: []
  })
}

/** Registers an image named `name` in us-east-1, as another run of `template` would have made it. */
function registerElsewhere(name: string, template: string, tags: Record<string, string>): string {
  const all = {
    'ImageVersion:lineage': lineageOf(template),
    'ImageVersion:build': 'amazon-ebs.app',
    ...tags
  }
  // Tagged as a release tags its AMI: the snapshots too, in the same call.
  return bed.endpoint.seed.image('us-east-1', { name, tags: all, snapshotTags: all })
}

describe('mode: build through dist/main.js', () => {
  it('releases release-0.1.0: HCL2, two regions, Ansible over SSH, tags, outputs, summary; then reuses it', async () => {
    const stamp = marker()
    const playbook = bed.write('hcl/site.yml', stampPlaybook(stamp))
    const template = bed.template('hcl/app.pkr.hcl', {
      target: { communicator: 'ssh', sshd: bed.sshd },
      builds: [
        {
          name: 'app',
          amiRegions: ['us-west-2'],
          playbook: path.join(bed.job.workspace, playbook)
        }
      ]
    })
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, tags: 'Team=images\nCostCenter=42' })
    })
    expect(errors(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(fs.readFileSync(stamp, 'utf8')).toBe('release-0.1.0 release-0.1.0\n')

    const east = ownImages(bed.endpoint, 'us-east-1')
    const west = ownImages(bed.endpoint, 'us-west-2')
    expect(east).toHaveLength(1)
    expect(west).toHaveLength(1)
    expectEveryImageTagged('us-east-1', 'release-0.1.0')
    expectEveryImageTagged('us-west-2', 'release-0.1.0')
    expect(east[0]?.tags).toMatchObject({
      Team: 'images',
      CostCenter: '42',
      'ImageVersion:build': 'amazon-ebs.app'
    })
    expect(east[0]?.tags['ImageVersion:copies']).toBe(`us-west-2=${west[0]?.id}`)
    expect(east[0]?.name).toBe('app-release-0.1.0')

    const amiEast = east[0]?.id as string
    const amiWest = west[0]?.id as string
    expect(result.outputs).toMatchObject({
      'ami-id': amiEast,
      region: 'us-east-1',
      'image-version': 'release-0.1.0',
      reused: 'false',
      skipped: 'false',
      'packer-version': '1.6.6',
      'ansible-version': '2.14.18'
    })
    expect(JSON.parse(result.outputs['amis'] ?? '')).toEqual({
      'us-east-1': amiEast,
      'us-west-2': amiWest
    })
    expect(JSON.parse(result.outputs['artifacts'] ?? '')).toEqual([
      { build: 'amazon-ebs.app', region: 'us-east-1', amiId: amiEast },
      { build: 'amazon-ebs.app', region: 'us-west-2', amiId: amiWest }
    ])
    expect(result.summary).toContain(amiEast)
    expect(result.summary).toContain(amiWest)
    expect(result.summary).toContain('release-0.1.0')
    expect(result.stdout).toContain('Launching a source AWS instance')
    expect(bed.tripwire.attempts).toEqual([])
    // Evidence for the post step: no key pair (ssh_private_key_file), and the release is
    // settled, so its AMIs are never leftovers and the post step asks AWS nothing.
    const saved = readEvidenceRecord(result.state['evidence'] ?? '', bed.job.temp).evidence
    if (!saved) throw new Error('the main step kept no evidence record')
    expect(saved.region).toBe('us-east-1')
    expect([...new Set(saved.leads.map(l => l.kind))].sort()).toEqual([
      'copy-region',
      'image',
      'image-name',
      'instance',
      'security-group',
      'source-image'
    ])
    expect(saved.settled).toBe(true)
    // The version's claim was dropped once the release was made; the mark of its first release stays.
    const keys = bed.endpoint.inspect.keyPairs('us-east-1')
    expect(keys.map(k => k.name)).toEqual([expect.stringMatching(/^packer-ami-released-/)])
    expect(keys[0]?.tags['ImageVersion']).toBe('release-0.1.0')
    expect(keys[0]?.tags['ImageVersion:released']).toMatch(/#\d+\.1$/)

    // The same tag again: the release exists, nothing is installed or built.
    bed.endpoint.requests.length = 0
    bed.mirror.requests.length = 0
    const again = await bed.main({ ref: TAG, inputs: bed.inputs({ template }) })
    expect(errors(again)).toEqual([])
    expect(again.outputs).toMatchObject({
      reused: 'true',
      skipped: 'false',
      'ami-id': amiEast,
      'image-version': 'release-0.1.0'
    })
    expect(JSON.parse(again.outputs['amis'] ?? '')).toEqual({
      'us-east-1': amiEast,
      'us-west-2': amiWest
    })
    // The stream in the release's region, then the region its record names a copy in, then the
    // snapshots that prove the release its own: it is whole, so it is reused at once, with no
    // claim taken; at the end, the same two confirm what the outputs name (a racing rebuild may
    // have replaced it), and nothing else.
    const calls = bed.endpoint.requests.map(r => `${r.action} ${r.region}`)
    expect(calls).toEqual([
      'DescribeImages us-east-1',
      'DescribeImages us-west-2',
      'DescribeSnapshots us-east-1',
      'DescribeImages us-east-1',
      'DescribeImages us-west-2'
    ])
    expect(bed.mirror.requests).toEqual([])
    expect(ownImages(bed.endpoint, 'us-east-1')).toHaveLength(1)
  })

  it('releases a legacy JSON template with an explicit image-version on a branch', async () => {
    const stamp = marker()
    const playbook = bed.write('json/site.yml', stampPlaybook(stamp))
    const template = bed.write(
      'json/app.json',
      jsonTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'ssh', sshd: bed.sshd },
        builds: [{ name: 'legacy', playbook: path.join(bed.job.workspace, playbook) }]
      })
    )
    const result = await bed.main({
      ref: 'refs/heads/main',
      inputs: bed.inputs({ template, 'image-version': '2.0.0-build.7' })
    })
    expect(errors(result)).toEqual([])
    expect(fs.readFileSync(stamp, 'utf8')).toBe('2.0.0-build.7 2.0.0-build.7\n')
    const [image] = ownImages(bed.endpoint, 'us-east-1')
    expect(image?.name).toBe('legacy-2.0.0-build.7')
    expectEveryImageTagged('us-east-1', '2.0.0-build.7')
    expect(result.outputs).toMatchObject({ 'ami-id': image?.id, 'image-version': '2.0.0-build.7' })
    expect(JSON.parse(result.outputs['artifacts'] ?? '')).toEqual([
      { build: 'legacy', region: 'us-east-1', amiId: image?.id }
    ])
  })

  it('releases a legacy template whose ami_name takes image_version through a variable and a pipe', async () => {
    // A variable's default may use another (hashicorp/packer@v1.6.6:packer/core.go:694), and a
    // {{ }} action may pipe a value on: Packer builds the name app-<version>.
    const json = JSON.parse(
      jsonTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'none' },
        builds: [{ name: 'legacy' }]
      })
    ) as { variables: Record<string, string>; builders: Record<string, unknown>[] }
    json.variables['name'] = 'app-{{user `image_version`}}'
    ;(json.builders[0] as Record<string, unknown>)['ami_name'] =
      '{{user `name` | clean_resource_name}}'
    const template = bed.write('legacy-piped/app.json', JSON.stringify(json, null, 2))
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-version': 'none' })
    })
    expect(errors(result)).toEqual([])
    const [image] = ownImages(bed.endpoint, 'us-east-1')
    expect(image?.name).toBe('app-release-0.1.0')
    expectEveryImageTagged('us-east-1', 'release-0.1.0')
  })

  it('releases a template whose region is a local, with the region from AWS_REGION', async () => {
    const dir = 'local-region'
    const text = bed.template(`${dir}/app.pkr.hcl`)
    const file = path.join(bed.job.workspace, text)
    fs.writeFileSync(
      file,
      `locals {\n  region = "us-east-1"\n}\n${fs
        .readFileSync(file, 'utf8')
        .replace(/region( +)= "us-east-1"/, 'region$1= local.region')}`
    )
    expect(fs.readFileSync(file, 'utf8')).toContain('= local.region')
    const result = await bed.main({
      ref: TAG,
      env: { AWS_REGION: 'us-east-1' },
      inputs: bed.inputs({
        template: 'app.pkr.hcl',
        'working-directory': dir,
        'aws-region': '',
        'ansible-version': 'none'
      })
    })
    expect(errors(result)).toEqual([])
    expectEveryImageTagged('us-east-1', 'release-0.1.0')
  })

  it('releases a template that declares image_version in a variables block', async () => {
    // hashicorp/packer@v1.16.0:hcl2template/types.packer_config.go:175-181: each attribute of a
    // `variables` block declares a variable with that default; Packer 1.6.6 reads it too.
    const dir = 'variables-block'
    const file = path.join(bed.job.workspace, bed.template(`${dir}/app.pkr.hcl`))
    const text = fs.readFileSync(file, 'utf8')
    const declared = 'variable "image_version" {\n  type = string\n}'
    expect(text).toContain(declared)
    fs.writeFileSync(file, text.replace(declared, 'variables {\n  image_version = ""\n}'))
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({
        template: 'app.pkr.hcl',
        'working-directory': dir,
        'ansible-version': 'none'
      })
    })
    expect(errors(result)).toEqual([])
    const [image] = ownImages(bed.endpoint, 'us-east-1')
    expect(image?.name).toBe('app-release-0.1.0')
    expectEveryImageTagged('us-east-1', 'release-0.1.0')
  })

  it('releases a template whose region variable defaults to env("AWS_REGION")', async () => {
    const dir = 'env-region'
    const file = path.join(bed.job.workspace, bed.template(`${dir}/app.pkr.hcl`))
    fs.writeFileSync(
      file,
      `variable "region" {\n  default = env("AWS_REGION")\n}\n${fs
        .readFileSync(file, 'utf8')
        .replace(/region( +)= "us-east-1"/, 'region$1= var.region')}`
    )
    expect(fs.readFileSync(file, 'utf8')).toContain('= var.region')
    for (const [env, region] of [
      [{ AWS_REGION: 'eu-west-1' }, ''],
      [{ AWS_REGION: 'us-east-1' }, 'eu-west-1']
    ] as const) {
      bed.endpoint.reset()
      const result = await bed.main({
        ref: TAG,
        env,
        inputs: bed.inputs({
          template: 'app.pkr.hcl',
          'working-directory': dir,
          'aws-region': region,
          'ansible-version': 'none'
        })
      })
      expect(errors(result)).toEqual([])
      expect(result.stdout).not.toContain('cannot evaluate')
      expectEveryImageTagged('eu-west-1', 'release-0.1.0')
    }
  })

  it('builds a source without region in aws-region, not in the AWS_REGION the job has', async () => {
    const dir = 'no-region'
    const file = path.join(bed.job.workspace, bed.template(`${dir}/app.pkr.hcl`))
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^ *region +=.*\n/m, ''))
    expect(fs.readFileSync(file, 'utf8')).not.toContain('region')
    const result = await bed.main({
      ref: TAG,
      env: { AWS_REGION: 'us-east-1' },
      inputs: bed.inputs({
        template: 'app.pkr.hcl',
        'working-directory': dir,
        'aws-region': 'eu-west-1',
        'ansible-version': 'none'
      })
    })
    expect(errors(result)).toEqual([])
    expect(ownImages(bed.endpoint, 'us-east-1')).toEqual([])
    expectEveryImageTagged('eu-west-1', 'release-0.1.0')
  })

  it('releases a template of two builds, with vars, var-files and a manifest post-processor', async () => {
    const dir = 'two'
    bed.write(`${dir}/vars.pkrvars.hcl`, 'owner = "platform"\n')
    bed.write(
      `${dir}/app.pkr.hcl`,
      [
        'variable "team" {\n  type = string\n}\nvariable "owner" {\n  type = string\n}\n',
        hclTemplate({
          endpoint: bed.endpoint.url,
          target: { communicator: 'none' },
          builds: [
            { name: 'web', extra: ['tags = { Team = var.team, Owner = var.owner }'] },
            { name: 'worker', amiRegions: ['eu-west-1'] }
          ],
          postProcessors: ['post-processor "manifest" {', '  output = "manifest.json"', '}']
        })
      ].join('\n')
    )
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({
        template: 'app.pkr.hcl',
        'working-directory': dir,
        vars: 'team=blue',
        'var-files': 'vars.pkrvars.hcl',
        'ansible-version': 'none'
      })
    })
    expect(errors(result)).toEqual([])
    const artifacts = JSON.parse(result.outputs['artifacts'] ?? '') as {
      build: string
      region: string
    }[]
    expect(artifacts.map(a => `${a.build} ${a.region}`).sort()).toEqual([
      'amazon-ebs.web us-east-1',
      'amazon-ebs.worker eu-west-1',
      'amazon-ebs.worker us-east-1'
    ])
    const web = ownImages(bed.endpoint, 'us-east-1').find(i => i.name.startsWith('web-'))
    expect(web?.tags).toMatchObject({
      Team: 'blue',
      Owner: 'platform',
      ImageVersion: 'release-0.1.0'
    })
    const first = artifacts[0] as { build: string }
    expect(Object.keys(JSON.parse(result.outputs['amis'] ?? '{}') as object).length).toBe(
      first.build === 'amazon-ebs.worker' ? 2 : 1
    )
    expectEveryImageTagged('eu-west-1', 'release-0.1.0')
    expect(result.outputs['ansible-version']).toBe('')
    expect(fs.existsSync(path.join(bed.job.workspace, dir, 'manifest.json'))).toBe(true)
  })

  /** A template of a build `home` in us-east-1 and a build `eu` in eu-west-1 (copied to `euCopies`). */
  function twoRegions(dir: string, euCopies?: string[], amiName?: string): string {
    const named = amiName ? { amiName } : {}
    const text = hclTemplate({
      endpoint: bed.endpoint.url,
      target: { communicator: 'none' },
      builds: [
        { name: 'home', ...named },
        { name: 'eu', ...named, ...(euCopies ? { amiRegions: euCopies } : {}) }
      ]
    }).replace(
      'source "amazon-ebs" "eu" {\n  region                  = "us-east-1"',
      'source "amazon-ebs" "eu" {\n  region                  = "eu-west-1"'
    )
    expect(text).toContain('region                  = "eu-west-1"')
    return bed.write(`${dir}/app.pkr.hcl`, text)
  }

  // A release is each build's AMI in aws-region with its copies (src/stream/model.ts): a build
  // made in another region and copied to aws-region is one, and a re-run reuses it.
  it('releases a build made in another region and copied to aws-region, then reuses it', async () => {
    twoRegions('copied', ['us-east-1'])
    const inputs = bed.inputs({
      template: 'app.pkr.hcl',
      'working-directory': 'copied',
      'ansible-version': 'none'
    })
    const first = await bed.main({ ref: TAG, inputs })
    expect(errors(first)).toEqual([])
    const builds = JSON.parse(first.outputs['builds'] ?? '') as Record<string, object>
    expect(
      Object.entries(builds).map(([b, amis]) => `${b} ${Object.keys(amis).sort().join(' ')}`)
    ).toEqual(['amazon-ebs.home us-east-1', 'amazon-ebs.eu eu-west-1 us-east-1'])
    expectEveryImageTagged('eu-west-1', 'release-0.1.0')
    expectEveryImageTagged('us-east-1', 'release-0.1.0')
    const again = await bed.main({ ref: TAG, inputs })
    expect(errors(again)).toEqual([])
    expect(again.outputs).toMatchObject({ reused: 'true', builds: first.outputs['builds'] })
  })

  // EC2 takes an AMI name once per region, copies included (CopyImage: InvalidAMIName.Duplicate;
  // testbed/ec2/world.ts): a copy named like another build's AMI fails that build on every run.
  it('refuses, before anything runs, a copy named like another build’s AMI in its region', async () => {
    twoRegions('copy-clash', ['us-east-1'], '"app-${var.image_version}"')
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({
        template: 'app.pkr.hcl',
        'working-directory': 'copy-clash',
        'ansible-version': 'none'
      })
    })
    expect(errors(result)).toEqual([
      expect.stringMatching(
        /^builds amazon-ebs\.home and amazon-ebs\.eu both name their AMI "app-\$\{var\.image_version\}" in us-east-1/
      )
    ])
    expect(bed.mirror.requests).toEqual([])
    expect(bed.endpoint.requests).toEqual([])
  })

  it('releases in aws-region a template that builds elsewhere and copies there, then reuses it', async () => {
    bed.write(
      'copy-home/app.pkr.hcl',
      hclTemplate({
        endpoint: bed.endpoint.url,
        region: 'eu-west-1',
        target: { communicator: 'none' },
        builds: [{ name: 'eu', amiRegions: ['us-east-1'] }]
      })
    )
    const inputs = bed.inputs({
      template: 'app.pkr.hcl',
      'working-directory': 'copy-home',
      'ansible-version': 'none'
    })
    const first = await bed.main({ ref: TAG, inputs })
    expect(errors(first)).toEqual([])
    const [copy] = ownImages(bed.endpoint, 'us-east-1')
    expect(first.outputs).toMatchObject({ 'ami-id': copy?.id, region: 'us-east-1' })
    expectEveryImageTagged('eu-west-1', 'release-0.1.0')
    expectEveryImageTagged('us-east-1', 'release-0.1.0')
    const again = await bed.main({ ref: TAG, inputs })
    expect(errors(again)).toEqual([])
    expect(again.outputs).toMatchObject({ reused: 'true', 'ami-id': copy?.id })
  })

  it('refuses, before anything runs, a build whose AMI would be in another region only', async () => {
    twoRegions('elsewhere')
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({
        template: 'app.pkr.hcl',
        'working-directory': 'elsewhere',
        'ansible-version': 'none'
      })
    })
    expect(errors(result)).toEqual([
      expect.stringMatching(
        /^Input 'aws-region': app\.pkr\.hcl:\d+: build amazon-ebs\.eu makes its AMI in eu-west-1 and copies it nowhere in us-east-1/
      )
    ])
    expect(bed.mirror.requests).toEqual([])
    expect(bed.endpoint.requests).toEqual([])
    expect(ownImages(bed.endpoint, 'eu-west-1')).toEqual([])
  })

  it('releases with except naming a post-processor, which Packer skips (not a build)', async () => {
    // hashicorp/packer@v1.16.0:hcl2template/types.packer_config.go:614-627: -except matches
    // post-processors by name, else type, and skips them; Packer 1.6.6 does the same.
    const dir = 'except-pp'
    const manifest = path.join(bed.job.workspace, dir, 'manifest.json')
    bed.template(`${dir}/app.pkr.hcl`, {
      postProcessors: ['post-processor "manifest" {', `  output = ${JSON.stringify(manifest)}`, '}']
    })
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({
        template: 'app.pkr.hcl',
        'working-directory': dir,
        except: 'manifest',
        'ansible-version': 'none'
      })
    })
    expect(errors(result)).toEqual([])
    expectEveryImageTagged('us-east-1', 'release-0.1.0')
    expect(fs.existsSync(manifest)).toBe(false)
  })

  it('fails when a provisioner fails: Packer error shown, nothing tagged, no instance left', async () => {
    const playbook = bed.write(
      'fail/site.yml',
      stampPlaybook(marker(), ['    - name: Break', '      ansible.builtin.command: /bin/false'])
    )
    const template = bed.template('fail/app.pkr.hcl', {
      target: { communicator: 'ssh', sshd: bed.sshd },
      builds: [{ name: 'app', playbook: path.join(bed.job.workspace, playbook) }]
    })
    const result = await bed.main({ ref: TAG, inputs: bed.inputs({ template }) })
    expect(result.exitCode).toBe(1)
    const failure = errors(result).join('\n')
    // One annotation, naming the task and the host's message.
    expect(errors(result)).toHaveLength(1)
    expect(failure).toMatch(
      /^packer build failed: Ansible: task 'Break' failed on default: non-zero return code/
    )
    expect(ownImages(bed.endpoint, 'us-east-1')).toEqual([])
    expect(
      bed.endpoint.requests.some(
        r => r.action === 'CreateTags' && r.params['Tag.1.Key'] === 'ImageVersion'
      )
    ).toBe(false)
    expect(bed.endpoint.inspect.instances('us-east-1').every(i => i.state === 'terminated')).toBe(
      true
    )
    expect(result.outputs).toMatchObject({ skipped: 'false', reused: 'false' })
  })
})

describe('the job summary after a failure', () => {
  // What programs print and the names people choose reach the job summary. The step's error is
  // escaped like every other part of it, so it cannot close the code block it is shown in and
  // add markup of its own (an image that calls home, a heading that says all is well).
  const markup =
    '</code></pre><img src="https://tracker.example/pixel.png"><h1>Deploy approved</h1>'

  it('escapes what a provisioner printed in the failure it reports', async () => {
    // What a host's failing task prints (the Ansible failure reader reads every provisioner's lines).
    const line = `fatal: [default]: FAILED! => {"msg": ${JSON.stringify(markup)}}`
    const template = bed.write(
      'summary/app.pkr.hcl',
      hclTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'none' },
        builds: [{ name: 'app', localCommands: [`echo '${line}'`, 'exit 1'] }]
      })
    )
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-version': 'none' })
    })
    expect(result.exitCode).toBe(1)
    expect(result.summary).toContain('failed')
    expect(result.summary).not.toContain('<img')
    expect(result.summary).not.toContain('<h1>')
  })

  it('escapes a tag name that is not a valid version', async () => {
    const result = await bed.main({
      ref: 'refs/tags/release-<h1>Deploy<marquee>approved',
      inputs: bed.inputs({ template: bed.template('summary-tag/app.pkr.hcl') })
    })
    expect(result.exitCode).toBe(1)
    expect(result.summary).not.toContain('<h1>')
    expect(result.summary).not.toContain('<marquee>')
  })
})

describe('a template of two builds where one fails', () => {
  it('keeps the AMI of the build that finished, unreleased, and a re-run releases both', async () => {
    const playbook = bed.write(
      'half/site.yml',
      stampPlaybook(marker(), [
        '    - name: Break on the first attempt',
        '      ansible.builtin.command: /bin/false',
        `      when: lookup('env', 'GITHUB_RUN_ATTEMPT') == '1'`
      ])
    )
    const template = bed.template('half/app.pkr.hcl', {
      target: { communicator: 'ssh', sshd: bed.sshd },
      builds: [{ name: 'good' }, { name: 'bad', playbook: path.join(bed.job.workspace, playbook) }]
    })
    const inputs = bed.inputs({ template })
    const result = await bed.main({ ref: TAG, inputs })
    expect(result.exitCode).toBe(1)
    const [good] = ownImages(bed.endpoint, 'us-east-1')
    expect(ownImages(bed.endpoint, 'us-east-1').map(i => i.name)).toEqual(['good-release-0.1.0'])
    expect(errors(result)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^packer build failed: Ansible: task 'Break on the first attempt' failed on default: .*The AMIs of the builds that finished are kept, not released: ${good?.id ?? ''} \\(amazon-ebs\\.good, us-east-1\\)\\. A re-run of this job builds only what failed`
        )
      )
    ])
    // Half a release is no release: nothing carries the version, no output names an AMI. The
    // finished build carries its completion record, which the re-run finishes it from.
    expect(good?.tags['ImageVersion']).toBeUndefined()
    expect(good?.tags).toEqual({
      'ImageVersion:complete': 'release-0.1.0',
      'ImageVersion:lineage': lineageOf(template),
      'ImageVersion:build': 'amazon-ebs.good',
      'ImageVersion:run': 'acme/images#1.1',
      'ImageVersion:copies': ''
    })
    expect(result.outputs['ami-id']).toBeUndefined()
    const post = await bed.post({ state: result.state })
    expect(post.stdout).not.toMatch(/Removed a leftover image/)

    bed.endpoint.requests.length = 0
    const rerun = await bed.main({ ref: TAG, inputs, env: { GITHUB_RUN_ATTEMPT: '2' } })
    expect(errors(rerun)).toEqual([])
    expect(rerun.stdout).toContain(
      `Building amazon-ebs.bad only: ${good?.id ?? ''} (amazon-ebs.good, us-east-1) is part of release-0.1.0 already`
    )
    expect(rerun.stdout).toContain(
      `Releasing what an earlier attempt of this run built: ${good?.id ?? ''} (amazon-ebs.good, us-east-1)`
    )
    // One new instance: the failed build's.
    expect(bed.endpoint.requests.filter(r => r.action === 'RunInstances')).toHaveLength(1)
    const images = ownImages(bed.endpoint, 'us-east-1')
    expect(images.map(i => i.name).sort()).toEqual(['bad-release-0.1.0', 'good-release-0.1.0'])
    expectEveryImageTagged('us-east-1', 'release-0.1.0')
    expect(JSON.parse(rerun.outputs['builds'] ?? '{}')).toEqual({
      'amazon-ebs.good': { 'us-east-1': good?.id },
      'amazon-ebs.bad': { 'us-east-1': images.find(i => i.name === 'bad-release-0.1.0')?.id }
    })
    expect(rerun.outputs['ami-id']).toBe(good?.id)
  })
})

describe('a re-run that builds only what failed', () => {
  it('still skips the post-processors except names', async () => {
    const manifest = path.join(bed.job.workspace, 'half-except', 'manifest.json')
    const template = bed.template('half-except/app.pkr.hcl', {
      builds: [
        { name: 'good' },
        { name: 'bad', localCommands: ['test "$GITHUB_RUN_ATTEMPT" != 1'] }
      ],
      postProcessors: ['post-processor "manifest" {', `  output = ${JSON.stringify(manifest)}`, '}']
    })
    const inputs = bed.inputs({ template, except: 'manifest', 'ansible-version': 'none' })
    const result = await bed.main({ ref: TAG, inputs })
    expect(result.exitCode).toBe(1)
    expect(fs.existsSync(manifest)).toBe(false)
    const rerun = await bed.main({ ref: TAG, inputs, env: { GITHUB_RUN_ATTEMPT: '2' } })
    expect(errors(rerun)).toEqual([])
    expect(rerun.stdout).toContain('Building amazon-ebs.bad only')
    expectEveryImageTagged('us-east-1', 'release-0.1.0')
    // Packer takes -only and -except together: the re-run runs what the first run would have.
    expect(fs.existsSync(manifest)).toBe(false)
  })
})

describe('a version another run is building', () => {
  // One run builds and releases a version at a time: it holds the version's claim, a key pair
  // named for the stream and version (src/aws/claim.ts). Another run of the version waits for
  // it, then reuses what it released, and builds nothing.
  it('waits for the run that holds the claim, then reuses its release', async () => {
    const template = bed.template('pending/app.pkr.hcl')
    const lineage = lineageOf(template)
    const other = 'acme/images#7.1'
    const claim = claimName(lineage, 'release-0.1.0', 'ImageVersion')
    bed.endpoint.seed.keyPair('us-east-1', {
      name: claim,
      tags: {
        'ImageVersion:run': other,
        'ImageVersion:claim': 'release-0.1.0',
        'ImageVersion:lineage': lineage
      }
    })
    let imageId = ''
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-version': 'none' }),
      // The other run releases the version whole and drops its claim while this one waits.
      onSpawn: when(`release-0.1.0 is being built or released by ${other}: waiting for it`, () => {
        imageId = registerElsewhere('app-release-0.1.0', 'pending/app.pkr.hcl', {
          ImageVersion: 'release-0.1.0',
          'ImageVersion:builds': 'amazon-ebs.app',
          'ImageVersion:released': other,
          'ImageVersion:copies': ''
        })
        bed.endpoint.world.region('us-east-1').keyPairs.delete(claim)
      })
    })
    expect(errors(result)).toEqual([])
    expect(imageId).not.toBe('')
    expect(result.outputs).toMatchObject({ reused: 'true', 'ami-id': imageId })
    expect(bed.endpoint.requests.some(r => r.action === 'RunInstances')).toBe(false)
    expect(bed.mirror.requests).toEqual([])
    // It never held the claim, so it left none behind.
    expect(bed.endpoint.inspect.keyPairs('us-east-1')).toEqual([])
  })
})

describe('two builds that name their AMI alike in one region', () => {
  it('are refused before anything is installed or asked of EC2', async () => {
    // Built, Packer 1.6.6 fails the second with InvalidAMIName.Duplicate, and every re-run
    // stops at the first build's unreleased AMI: the version is never released.
    const json = JSON.parse(
      jsonTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'none' },
        builds: [{ name: 'web' }, { name: 'worker' }]
      })
    ) as { builders: Record<string, unknown>[] }
    for (const builder of json.builders) builder['ami_name'] = 'app-{{user `image_version`}}'
    const template = bed.write('same-name/app.json', JSON.stringify(json, null, 2))
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-version': 'none' })
    })
    expect(errors(result)).toEqual([
      expect.stringContaining(
        'builds web and worker both name their AMI app-{{user `image_version`}} in us-east-1, and EC2 takes a name once per region'
      )
    ])
    expect(bed.endpoint.requests).toEqual([])
    expect(bed.mirror.requests).toEqual([])
  })
})

describe('an AMI name that is taken', () => {
  const file = 'taken/app.pkr.hcl'
  const template = () => bed.template(file)

  it('reuses it when it is a whole release of this version (a concurrent run finished first)', async () => {
    let other = ''
    // After the action's own lookup, before Packer checks the name.
    bed.endpoint.beforeNext('DescribeRegions', () => {
      other = registerElsewhere('app-release-0.1.0', file, {
        ImageVersion: 'release-0.1.0',
        'ImageVersion:builds': 'amazon-ebs.app',
        'ImageVersion:released': 'acme/images#2.1',
        'ImageVersion:copies': ''
      })
    })
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template: template(), 'ansible-version': 'none' })
    })
    expect(errors(result)).toEqual([])
    expect(result.stdout).toMatch(/is used by an existing AMI/)
    expect(result.outputs).toMatchObject({
      reused: 'true',
      'ami-id': other,
      'image-version': 'release-0.1.0'
    })
    expect(ownImages(bed.endpoint, 'us-east-1').map(i => i.id)).toEqual([other])
  })

  it.each([
    ['another version', { ImageVersion: 'release-0.0.9' }, 'ImageVersion=release-0.0.9'],
    [
      'this version without the record of a release',
      { ImageVersion: 'release-0.1.0' },
      'ImageVersion=release-0.1.0'
    ],
    ['no version', {}, 'no ImageVersion tag: made by hand, or left by a build that was killed'],
    [
      // Made while this run looked (before, the run would have named it and built nothing).
      'the completion record another run wrote meanwhile',
      { 'ImageVersion:complete': 'release-0.1.0', 'ImageVersion:run': 'acme/images#9.1' },
      'built by acme/images#9.1 for release-0.1.0, not released'
    ]
  ])('fails with both names when it carries %s', async (what, tags, shown) => {
    let other = ''
    const seed = () => (other = registerElsewhere('app-release-0.1.0', file, tags))
    // After the action's own lookup, before Packer checks the name.
    if (what.endsWith('meanwhile')) bed.endpoint.beforeNext('DescribeRegions', seed)
    else seed()
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template: template(), 'ansible-version': 'none' })
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toEqual([
      `AMI name 'app-release-0.1.0' is already used by ${other} in us-east-1 (${shown}), so release-0.1.0 cannot take it: the action never deregisters an image it cannot prove it made: once you know ${other} is not in use, deregister it and re-run, or give ami_name a part that differs per build (a timestamp)`
    ])
    expect(ownImages(bed.endpoint, 'us-east-1').map(i => i.id)).toEqual([other])
  })
})

describe('ansible-requirements', () => {
  it('installs roles and collections from a Galaxy requirements file for the playbook', async () => {
    const src = path.join(bed.job.temp, 'galaxy-src')
    const role = path.join(src, 'stamp')
    fs.mkdirSync(path.join(role, 'tasks'), { recursive: true })
    fs.mkdirSync(path.join(role, 'meta'), { recursive: true })
    const stamp = marker()
    fs.writeFileSync(
      path.join(role, 'tasks', 'main.yml'),
      `- ansible.builtin.copy:\n    dest: ${JSON.stringify(stamp)}\n    content: "{{ 'from the role' | acme.tools.shout }}"\n`
    )
    fs.writeFileSync(
      path.join(role, 'meta', 'main.yml'),
      'galaxy_info:\n  author: t\n  description: t\n  license: MIT\n  min_ansible_version: "2.14"\n  platforms: []\ndependencies: []\n'
    )
    execFileSync('tar', ['czf', path.join(src, 'stamp.tar.gz'), '-C', src, 'stamp'])
    const collection = path.join(src, 'acme', 'tools')
    fs.mkdirSync(path.join(collection, 'plugins', 'filter'), { recursive: true })
    fs.writeFileSync(
      path.join(collection, 'galaxy.yml'),
      'namespace: acme\nname: tools\nversion: 1.0.0\nreadme: README.md\nauthors: [t]\n'
    )
    fs.writeFileSync(path.join(collection, 'README.md'), 'test\n')
    fs.writeFileSync(
      path.join(collection, 'plugins', 'filter', 'shout.py'),
      'class FilterModule:\n    def filters(self):\n        return {"shout": lambda s: s.upper()}\n'
    )
    execFileSync('ansible-galaxy', ['collection', 'build', '--output-path', src], {
      cwd: collection,
      stdio: 'ignore'
    })
    bed.write(
      'galaxy/requirements.yml',
      `roles:\n  - name: stamp\n    src: file://${src}/stamp.tar.gz\ncollections:\n  - name: ${src}/acme-tools-1.0.0.tar.gz\n    type: file\n`
    )
    const playbook = bed.write(
      'galaxy/site.yml',
      '- hosts: all\n  gather_facts: false\n  roles:\n    - stamp\n'
    )
    bed.template('galaxy/app.pkr.hcl', {
      target: { communicator: 'ssh', sshd: bed.sshd },
      builds: [{ name: 'galaxy', playbook: path.join(bed.job.workspace, playbook) }]
    })
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({
        'working-directory': 'galaxy',
        template: 'app.pkr.hcl',
        'ansible-requirements': 'requirements.yml'
      })
    })
    expect(errors(result)).toEqual([])
    expect(fs.readFileSync(stamp, 'utf8')).toBe('FROM THE ROLE')
    expect(result.stdout).toContain('Install Ansible roles and collections')
  })
})

describe('ansible-vault-password', () => {
  it('decrypts a vault variable in the playbook and never shows the password', async () => {
    const password = 'correct-horse-battery-staple-4711'
    const passwordFile = path.join(bed.job.temp, 'test-vault-pass')
    fs.writeFileSync(passwordFile, password)
    const encrypted = execFileSync(
      'ansible-vault',
      [
        'encrypt_string',
        '--vault-password-file',
        passwordFile,
        '--name',
        'secret_word',
        'open sesame'
      ],
      {
        encoding: 'utf8'
      }
    )
    fs.rmSync(passwordFile)
    const stamp = marker()
    const playbook = bed.write(
      'vault/site.yml',
      [
        '- hosts: all',
        '  gather_facts: false',
        '  vars:',
        ...encrypted
          .trim()
          .split('\n')
          .map(l => `    ${l}`),
        '  tasks:',
        '    - ansible.builtin.copy:',
        `        dest: ${JSON.stringify(stamp)}`,
        '        content: "{{ secret_word }}"',
        ''
      ].join('\n')
    )
    const template = bed.template('vault/app.pkr.hcl', {
      target: { communicator: 'ssh', sshd: bed.sshd },
      builds: [{ name: 'vault', playbook: path.join(bed.job.workspace, playbook) }]
    })
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-vault-password': password })
    })
    expect(errors(result)).toEqual([])
    expect(fs.readFileSync(stamp, 'utf8')).toBe('open sesame')
    // The runner masks what ::add-mask:: names; nothing else may carry the password.
    expect(result.stdout).toContain(`::add-mask::${password}`)
    const lines = [...result.stdout.split('\n'), ...result.stderr.split('\n')].filter(
      l => !l.startsWith('::add-mask::')
    )
    expect(lines.filter(l => l.includes(password))).toEqual([])
    expect(JSON.stringify(result.outputs) + result.summary).not.toContain(password)
    const file = result.state['vault-password-file'] as string
    expect(file).toMatch(new RegExp(`^${bed.job.temp}/ansible-vault-`))
    expect(fs.existsSync(file)).toBe(false)

    // Killed before its own cleanup: the post step removes the file.
    fs.mkdirSync(path.dirname(file), { mode: 0o700 })
    fs.chmodSync(path.dirname(file), 0o700)
    fs.writeFileSync(file, password, { mode: 0o600 })
    const post = await bed.post({ state: result.state })
    expect(post.exitCode).toBe(0)
    expect(fs.existsSync(path.dirname(file))).toBe(false)
  })
})

describe('gating', () => {
  const template = () => bed.template('gate/app.pkr.hcl', { builds: [{ name: 'gate' }] })

  it.each([
    ['a branch', 'refs/heads/main', "ref 'refs/heads/main' is not a tag matching 'release-*'"],
    [
      'a pull request',
      'refs/pull/7/merge',
      "ref 'refs/pull/7/merge' is not a tag matching 'release-*'"
    ],
    ['a tag that does not match', 'refs/tags/v1.0.0', "tag 'v1.0.0' does not match 'release-*'"]
  ])(
    'skips %s: notice, skipped=true, nothing installed, no AWS call',
    async (_what, ref, reason) => {
      const job = bed.job
      const before = fs.readdirSync(job.toolCache)
      const result = await bed.main({ ref, inputs: bed.inputs({ template: template() }) })
      expect(result.exitCode).toBe(0)
      expect(result.stdout).toContain(`::notice::Not a release, nothing to build: ${reason}`)
      expect(result.outputs).toEqual({ skipped: 'true', reused: 'false' })
      expect(bed.endpoint.requests).toEqual([])
      expect(bed.mirror.requests).toEqual([])
      expect(fs.readdirSync(job.toolCache)).toEqual(before)
    }
  )

  it('fails an untagged run with on-untagged: fail, naming the ref and the pattern', async () => {
    const result = await bed.main({
      ref: 'refs/tags/v2',
      inputs: bed.inputs({
        template: template(),
        'on-untagged': 'fail',
        'release-tag-pattern': 'rel-*'
      })
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toBe(
      "Input 'on-untagged': is 'fail', and this run is not a release: tag 'v2' does not match 'rel-*'. Push a tag matching 'rel-*' or set 'image-version'."
    )
    expect(bed.endpoint.requests).toEqual([])
  })
})

describe('a template Packer refuses', () => {
  it('is annotated where it is wrong, as mode: validate does, and nothing is launched or left', async () => {
    // The release runs no `packer validate` of its own: `packer build` refuses the template
    // before it starts anything, and then the action validates it to annotate the error.
    const broken = hclTemplate({
      endpoint: bed.endpoint.url,
      target: { communicator: 'none' },
      builds: [{ name: 'app' }]
    }).replace(
      'instance_type           = "t3.micro"',
      'instance_type           = "t3.micro"\n  not_an_option = true'
    )
    const template = bed.write('refused/app.pkr.hcl', broken)
    const line = broken.split('\n').findIndex(l => l.includes('not_an_option')) + 1
    const result = await bed.main({
      ref: TAG,
      inputs: bed.inputs({ template, 'ansible-version': 'none' })
    })
    expect(result.exitCode).toBe(1)
    const file = path.join(bed.job.workspace, template)
    expect(errors(result)).toEqual([
      'Unsupported argument: An argument named "not_an_option" is not expected here.'
    ])
    expect(result.stdout).toContain(`::error title=packer validate,file=${file},line=${line}::`)
    expect(result.outputs['ami-id']).toBeUndefined()
    const called = new Set(bed.endpoint.requests.map(r => r.action))
    expect(called.has('RunInstances')).toBe(false)
    // The claim on the version was taken, then dropped.
    expect(called.has('CreateKeyPair')).toBe(true)
    expect(bed.endpoint.inspect.keyPairs('us-east-1')).toEqual([])
  })
})

describe('mode: validate', () => {
  it('annotates a broken template with file and line and calls no EC2 API', async () => {
    const good = hclTemplate({
      endpoint: bed.endpoint.url,
      target: { communicator: 'none' },
      builds: [{ name: 'app' }]
    })
    const broken = good.replace(
      'instance_type           = "t3.micro"',
      'instance_type           = "t3.micro"\n  not_an_option = true'
    )
    const template = bed.write('validate/app.pkr.hcl', broken)
    const line = broken.split('\n').findIndex(l => l.includes('not_an_option')) + 1
    const result = await bed.main({
      ref: 'refs/pull/3/merge',
      inputs: bed.inputs({ template, mode: 'validate', 'ansible-version': 'none' })
    })
    expect(result.exitCode).toBe(1)
    const file = path.join(bed.job.workspace, template)
    expect(result.stdout).toContain(
      `::error title=packer validate,file=${file},line=${line}::Unsupported argument: An argument named "not_an_option" is not expected here.`
    )
    expect(bed.endpoint.requests).toEqual([])
  })

  it('passes a valid template and writes the tool versions', async () => {
    const template = bed.template('validate/ok.pkr.hcl')
    const result = await bed.main({
      ref: 'refs/pull/3/merge',
      inputs: bed.inputs({ template, mode: 'validate', 'ansible-version': 'none' })
    })
    expect(errors(result)).toEqual([])
    expect(result.outputs).toMatchObject({
      skipped: 'false',
      reused: 'false',
      'packer-version': '1.6.6',
      // Not a release: the version names the commit it validated (GITHUB_SHA).
      'image-version': 'validate-0123456'
    })
    expect(bed.endpoint.requests).toEqual([])
  })
})
