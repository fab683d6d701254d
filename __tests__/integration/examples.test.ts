import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import {
  BOTOCORE_DATA,
  NEWER_MEMBERS,
  checkCall,
  checkValue,
  cliName,
  loadModel,
  type ServiceModel
} from '../helpers/aws-cli-model.js'
import {
  readWorkflow,
  runJob,
  runs,
  shellOf,
  type AwsRule,
  type JobCase,
  type JobRun
} from '../helpers/workflow-steps.js'
import { tempDir } from '../../testbed/fixtures.js'
import { ROOT } from '../../testbed/runner.js'

/**
 * Every `run:` step of the examples, run through bash with an `aws` that answers from fixtures,
 * and every `aws` command they give checked against the AWS CLI's model of the service
 * (Debian's python3-botocore), as are the fixtures' answers. No network: `aws` is the test's.
 */

const scratch = tempDir('examples')
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

const models = new Map<string, ServiceModel>()
const model = (service: string): ServiceModel => {
  if (!models.has(service)) models.set(service, loadModel(service))
  return models.get(service) as ServiceModel
}

const ran = new Set<string>()
let cases = 0
function run(file: string, job: string, spec: JobCase): JobRun {
  const dir = path.join(scratch, `case-${++cases}`)
  // The fixtures are the API's answers: each names an operation of the model, and its answers
  // fit the operation's output shape.
  for (const rule of spec.aws ?? []) {
    const [service = '', command = ''] = rule.call.split(' ')
    expect(
      checkCall([service, command], model).filter(p => !p.endsWith('is required')),
      rule.call
    ).toEqual([])
    const m = model(service)
    const output = Object.entries(m.operations).find(([name]) => cliName(name) === command)?.[1]
      .output?.shape
    for (const answer of rule.answers)
      if ('response' in answer && output)
        expect(checkValue(m, output, answer.response, rule.call, false)).toEqual([])
  }
  const result = runJob(ROOT, file, job, spec, dir, ran)
  for (const call of result.calls) expect(checkCall(call, model), call.join(' ')).toEqual([])
  return result
}

/** The calls as `service operation`, in order. */
const operations = (r: JobRun) => r.calls.map(c => c.slice(0, 2).join(' '))
/** The value after `option` in the first call of `operation`. */
function option(r: JobRun, operation: string, name: string): string | undefined {
  const call = r.calls.find(c => c.slice(0, 2).join(' ') === operation)
  return call?.[call.indexOf(name) + 1]
}
const step = (r: JobRun, key: string) => {
  const found = r.steps.find(s => s.key === key || s.key.startsWith(key))
  if (!found) throw new Error(`no step ${key}: ${r.steps.map(s => s.key).join(', ')}`)
  return found
}

// --- deploy.yml --------------------------------------------------------------------------------

const AMI = 'ami-0new0000000000001'
const OLD_AMI = 'ami-0old0000000000001'
const TEMPLATE = 'lt-0123456789abcdef0'

/** The answers of `aws ssm get-parameter` for the parameter deploys follow, in turn. */
function parameterRule(values: string[]): AwsRule {
  return {
    call: 'ssm get-parameter',
    when: { name: '/images/webapp/current' },
    answers: values.map(Value => ({
      response: {
        Parameter: {
          Name: '/images/webapp/current',
          Type: 'String',
          Value,
          Version: 3,
          DataType: 'aws:ec2:image'
        }
      }
    }))
  }
}

function deployCase(
  groupVersion: string,
  image: string,
  refreshes: string[][],
  parameter = [AMI]
): JobCase {
  return {
    context: { inputs: { 'ami-id': AMI, 'image-version': 'release-1.5.0' } },
    aws: [
      parameterRule(parameter),
      {
        call: 'autoscaling describe-auto-scaling-groups',
        when: { 'auto-scaling-group-names': 'web' },
        answers: [
          {
            response: {
              AutoScalingGroups: [
                {
                  AutoScalingGroupName: 'web',
                  LaunchTemplate: {
                    LaunchTemplateId: TEMPLATE,
                    LaunchTemplateName: 'web',
                    Version: groupVersion
                  },
                  MinSize: 2,
                  MaxSize: 4,
                  DesiredCapacity: 2
                }
              ]
            }
          }
        ]
      },
      {
        call: 'ec2 describe-launch-template-versions',
        when: { 'launch-template-id': TEMPLATE, versions: groupVersion },
        answers: [
          {
            response: {
              LaunchTemplateVersions: [
                {
                  LaunchTemplateId: TEMPLATE,
                  LaunchTemplateName: 'web',
                  VersionNumber: 7,
                  DefaultVersion: true,
                  LaunchTemplateData: { ImageId: image, InstanceType: 't3.small' }
                }
              ]
            }
          }
        ]
      },
      { call: 'autoscaling update-auto-scaling-group', answers: [{ response: {} }] },
      {
        call: 'ec2 create-launch-template-version',
        answers: [
          {
            response: {
              LaunchTemplateVersion: {
                LaunchTemplateId: TEMPLATE,
                VersionNumber: 8,
                VersionDescription: 'release-1.5.0',
                LaunchTemplateData: { ImageId: AMI }
              }
            }
          }
        ]
      },
      {
        call: 'autoscaling start-instance-refresh',
        answers: [{ response: { InstanceRefreshId: 'refresh-1' } }]
      },
      {
        call: 'autoscaling describe-instance-refreshes',
        when: { 'instance-refresh-ids': 'refresh-1' },
        answers: refreshes.map(([Status, StatusReason]) => ({
          response: {
            InstanceRefreshes: [
              {
                InstanceRefreshId: 'refresh-1',
                AutoScalingGroupName: 'web',
                Status,
                ...(StatusReason ? { StatusReason } : {})
              }
            ]
          }
        }))
      },
      {
        call: 'ec2 modify-launch-template',
        answers: [
          { response: { LaunchTemplate: { LaunchTemplateId: TEMPLATE, DefaultVersionNumber: 8 } } }
        ]
      }
    ]
  }
}

const SUCCEEDS = [['Pending'], ['InProgress', 'Waiting for instances to warm up'], ['Successful']]

describe('deploy.yml', () => {
  it.each([['$Latest'], ['$Default']])(
    'a group on %s is pinned to the number it stands for, then refreshed with rollback',
    alias => {
      const r = run('examples/deploy.yml', 'deploy', deployCase(alias, OLD_AMI, SUCCEEDS))
      expect(r.failed, JSON.stringify(r.steps, null, 1)).toBe(false)
      expect(operations(r)).toEqual([
        'ssm get-parameter',
        'autoscaling describe-auto-scaling-groups',
        'ec2 describe-launch-template-versions',
        'autoscaling update-auto-scaling-group',
        'ec2 create-launch-template-version',
        'autoscaling start-instance-refresh',
        'autoscaling describe-instance-refreshes',
        'autoscaling describe-instance-refreshes',
        'autoscaling describe-instance-refreshes',
        'ec2 modify-launch-template'
      ])
      expect(option(r, 'ec2 describe-launch-template-versions', '--versions')).toBe(alias)
      // Pinned to version 7, the number the alias stood for: the same instances launch.
      expect(
        JSON.parse(option(r, 'autoscaling update-auto-scaling-group', '--launch-template') ?? '')
      ).toEqual({ LaunchTemplateId: TEMPLATE, Version: '7' })
      expect(option(r, 'ec2 create-launch-template-version', '--source-version')).toBe('7')
      expect(
        JSON.parse(option(r, 'ec2 create-launch-template-version', '--launch-template-data') ?? '')
      ).toEqual({ ImageId: AMI })
      expect(
        JSON.parse(option(r, 'autoscaling start-instance-refresh', '--desired-configuration') ?? '')
      ).toEqual({ LaunchTemplate: { LaunchTemplateId: TEMPLATE, Version: '8' } })
      expect(
        JSON.parse(option(r, 'autoscaling start-instance-refresh', '--preferences') ?? '')
      ).toMatchObject({ AutoRollback: true, SkipMatching: true })
      expect(option(r, 'ec2 modify-launch-template', '--default-version')).toBe('8')
      expect(r.sleeps).toEqual(['30', '30'])
      expect(step(r, 'group').outputs).toEqual({
        template: TEMPLATE,
        number: '7',
        pinned: 'false',
        current: 'false'
      })
    }
  )

  it('a group on a numbered version is not pinned again', () => {
    const r = run('examples/deploy.yml', 'deploy', deployCase('7', OLD_AMI, SUCCEEDS))
    expect(r.failed).toBe(false)
    expect(operations(r)).not.toContain('autoscaling update-auto-scaling-group')
    expect(step(r, 'Pin the group').status).toBe('skipped')
    expect(option(r, 'ec2 create-launch-template-version', '--source-version')).toBe('7')
    expect(
      JSON.parse(option(r, 'autoscaling start-instance-refresh', '--desired-configuration') ?? '')
    ).toEqual({ LaunchTemplate: { LaunchTemplateId: TEMPLATE, Version: '8' } })
    expect(operations(r).at(-1)).toBe('ec2 modify-launch-template')
  })

  it('a group already on the AMI: nothing changes', () => {
    const r = run('examples/deploy.yml', 'deploy', deployCase('7', AMI, SUCCEEDS))
    expect(r.failed).toBe(false)
    expect(operations(r)).toEqual([
      'ssm get-parameter',
      'autoscaling describe-auto-scaling-groups',
      'ec2 describe-launch-template-versions'
    ])
    expect(step(r, 'group').outputs['current']).toBe('true')
    expect(r.steps.slice(3).map(s => s.status)).toEqual([
      'skipped',
      'skipped',
      'skipped',
      'skipped'
    ])
  })

  it('a refresh that fails is rolled back, and the step fails saying so', () => {
    const r = run(
      'examples/deploy.yml',
      'deploy',
      deployCase('$Latest', OLD_AMI, [
        ['InProgress'],
        ['RollbackInProgress', 'Instances failed to pass health checks'],
        ['RollbackSuccessful', 'Instances failed to pass health checks']
      ])
    )
    expect(r.failed).toBe(true)
    const refresh = step(r, 'Instance refresh')
    expect(refresh.status).toBe('failure')
    expect(refresh.stdout).toContain(
      '::error::The refresh to release-1.5.0 failed and was rolled back: the group runs launch template version 7 again. Instances failed to pass health checks'
    )
    // The new version is not made the default: the group went back to 7.
    expect(step(r, 'Make the version').status).toBe('skipped')
    expect(operations(r)).not.toContain('ec2 modify-launch-template')
    expect(r.sleeps).toEqual(['30', '30'])
  })

  it('a launch template that takes its image from an SSM parameter stops the job before any change', () => {
    const r = run(
      'examples/deploy.yml',
      'deploy',
      deployCase('$Default', 'resolve:ssm:/images/webapp/current', SUCCEEDS)
    )
    expect(r.failed).toBe(true)
    expect(step(r, 'group').stdout).toContain('takes its image from an SSM parameter')
    expect(operations(r)).toEqual([
      'ssm get-parameter',
      'autoscaling describe-auto-scaling-groups',
      'ec2 describe-launch-template-versions'
    ])
  })

  it('no such group: the job stops naming it', () => {
    const spec = deployCase('7', OLD_AMI, SUCCEEDS)
    ;(spec.aws as AwsRule[])[1] = {
      call: 'autoscaling describe-auto-scaling-groups',
      answers: [{ response: { AutoScalingGroups: [] } }]
    }
    const r = run('examples/deploy.yml', 'deploy', spec)
    expect(r.failed).toBe(true)
    expect(step(r, 'group').stdout).toContain('::error::No group web with a launch template')
  })

  it('a deploy job re-run after a newer release went out: changes nothing, and says why', () => {
    // "Re-run failed jobs" on an older release's run: its image job's outputs are kept, and
    // the parameter names the newer release since.
    const NEWER = 'ami-0newer000000001'
    const r = run(
      'examples/deploy.yml',
      'deploy',
      deployCase('7', NEWER, SUCCEEDS, [NEWER, NEWER, NEWER, NEWER, NEWER, NEWER])
    )
    expect(r.failed).toBe(false)
    expect(step(r, 'follows').stdout).toContain(
      `::warning::/images/webapp/current names ${NEWER}, not ${AMI} (release-1.5.0)`
    )
    expect(operations(r).filter(o => o !== 'ssm get-parameter')).toEqual([])
    expect(r.steps.slice(2).map(s => s.status)).toEqual([
      'skipped',
      'skipped',
      'skipped',
      'skipped',
      'skipped'
    ])
    expect(r.sleeps).toEqual(['10', '10', '10', '10', '10'])
  })

  it('a rollback whose new value SSM shows a little late: rolled out', () => {
    const r = run(
      'examples/deploy.yml',
      'deploy',
      deployCase('7', OLD_AMI, SUCCEEDS, [OLD_AMI, AMI])
    )
    expect(r.failed).toBe(false)
    expect(r.sleeps.slice(0, 1)).toEqual(['10'])
    expect(operations(r)).toContain('autoscaling start-instance-refresh')
  })

  it('runs under the environment the deploy role trusts, with id-token only', () => {
    const job = readWorkflow(path.join(ROOT, 'examples/deploy.yml')).jobs['deploy']
    expect(job?.environment).toBe('production')
    expect(job?.permissions).toEqual({ 'id-token': 'write' })
  })
})

// --- release.yml -------------------------------------------------------------------------------

function releaseCase(image: Record<string, string>, parameter: string[]): JobCase {
  return {
    context: { github: { ref_name: 'release-1.5.0' }, secrets: {} },
    uses: { image },
    aws: [parameterRule(parameter)]
  }
}

describe('release.yml', () => {
  const released = {
    skipped: 'false',
    reused: 'false',
    'ami-id': AMI,
    'image-version': 'release-1.5.0'
  }
  const workflow = readWorkflow(path.join(ROOT, 'examples/release.yml'))
  const deploys = (r: JobRun) =>
    runs(
      workflow.jobs['deploy']?.if,
      { needs: { image: { outputs: r.outputs, result: 'success' } } },
      false
    )

  it('the newest release: deployed', () => {
    const r = run('examples/release.yml', 'image', releaseCase(released, [AMI]))
    expect(r.failed).toBe(false)
    expect(r.outputs).toMatchObject({ newest: 'true', skipped: 'false', 'ami-id': AMI })
    expect(r.sleeps).toEqual([])
    expect(deploys(r)).toBe(true)
  })

  it('the parameter shows the new AMI a little late (SSM validates it after the write): deployed', () => {
    const r = run('examples/release.yml', 'image', releaseCase(released, [OLD_AMI, OLD_AMI, AMI]))
    expect(r.outputs['newest']).toBe('true')
    expect(r.sleeps).toEqual(['10', '10'])
    expect(deploys(r)).toBe(true)
  })

  it('a re-run of an older release (the parameter holds a newer AMI): not deployed', () => {
    const r = run(
      'examples/release.yml',
      'image',
      releaseCase({ ...released, reused: 'true', 'ami-id': OLD_AMI }, [AMI])
    )
    expect(r.failed).toBe(false)
    expect(r.outputs['newest']).toBe('false')
    expect(step(r, 'newest').stdout).toContain(
      `::notice::/images/webapp/current holds ${AMI}, not ${OLD_AMI}`
    )
    expect(r.calls).toHaveLength(6)
    expect(deploys(r)).toBe(false)
  })

  it('a tag that is no release: nothing asked of AWS, nothing deployed', () => {
    const r = run(
      'examples/release.yml',
      'image',
      releaseCase({ skipped: 'true', reused: 'false' }, [AMI])
    )
    expect(r.calls).toEqual([])
    expect(step(r, 'newest').status).toBe('skipped')
    expect(deploys(r)).toBe(false)
  })

  it('runs on a published release (release-notes edits it), contents: write for the image job only', () => {
    const raw = fs.readFileSync(path.join(ROOT, 'examples/release.yml'), 'utf8')
    expect(raw).toMatch(/\non:\n {2}release:\n {4}types: \[published\]\n/)
    expect(raw).toMatch(/\npermissions: \{\}\n/)
    expect(workflow.jobs['image']?.permissions).toEqual({ contents: 'write', 'id-token': 'write' })
    expect(workflow.jobs['deploy']?.permissions).toEqual({ 'id-token': 'write' })
  })
})

// --- rollback.yml: no run step; what it asks of the action ---------------------------------

describe('rollback.yml', () => {
  it('looks the release up by the lineage the release sets, moves the parameter, under the environment', () => {
    const rollback = readWorkflow(path.join(ROOT, 'examples/rollback.yml'))
    const release = readWorkflow(path.join(ROOT, 'examples/release.yml'))
    const action = (steps: { uses?: string; with?: Record<string, unknown> }[] = []) =>
      steps.find(s => s.uses?.startsWith('acme/packer-ami-release@'))?.with ?? {}
    const lookup = action(rollback.jobs['pointer']?.steps)
    const built = action(release.jobs['image']?.steps)
    expect(lookup).toMatchObject({
      mode: 'lookup',
      lineage: built['lineage'],
      'ssm-parameter': built['ssm-parameter'],
      'image-version': '${{ inputs.version }}'
    })
    expect(built['lineage']).toBeTruthy()
    expect(rollback.jobs['pointer']?.environment).toBe('production')
  })
})

// --- multi-arch.yml and pull-request.yml -------------------------------------------------------

describe('multi-arch.yml', () => {
  it('records each architecture’s AMI', () => {
    const r = run('examples/multi-arch.yml', 'image', {
      context: {
        matrix: { arch: 'arm64', 'instance-type': 't4g.small' },
        github: { ref_name: 'release-1.5.0' }
      },
      uses: { image: { 'ami-id': AMI } }
    })
    expect(r.failed).toBe(false)
    expect(fs.readFileSync(path.join(r.workspace, 'amis/arm64'), 'utf8')).toBe(`${AMI}\n`)
  })

  it('collects both', () => {
    const r = run('examples/multi-arch.yml', 'collect', {
      files: { 'amis/amd64': `${OLD_AMI}\n`, 'amis/arm64': `${AMI}\n` }
    })
    expect(r.failed).toBe(false)
    expect(r.steps.at(-1)?.stdout).toBe(`amd64: ${OLD_AMI}\narm64: ${AMI}\n`)
  })
})

describe('pull-request.yml', () => {
  it('checks the playbook’s syntax', () => {
    const r = run('examples/pull-request.yml', 'validate', { checkout: ['examples'] })
    expect(r.failed, r.steps.at(-1)?.stderr).toBe(false)
    expect(r.steps.at(-1)?.stdout).toContain('playbook: examples/ansible/site.yml')
  })
})

// --- The checks themselves ---------------------------------------------------------------------

describe('the AWS CLI model the calls are checked against', () => {
  it.each<[string, string[], string]>([
    [
      'a misspelt operation',
      ['autoscaling', 'start-instance-refreshes', '--auto-scaling-group-name', 'web'],
      'no such operation'
    ],
    [
      'a misspelt option',
      ['autoscaling', 'start-instance-refresh', '--auto-scaling-group', 'web'],
      'no option --auto-scaling-group'
    ],
    [
      'a missing required option',
      ['autoscaling', 'start-instance-refresh'],
      '--auto-scaling-group-name is required'
    ],
    [
      'an unknown JSON member',
      [
        'autoscaling',
        'start-instance-refresh',
        '--auto-scaling-group-name',
        'web',
        '--preferences',
        '{"AutoRollBack":true}'
      ],
      'RefreshPreferences has no member AutoRollBack'
    ],
    [
      'a JSON member of the wrong type',
      [
        'autoscaling',
        'start-instance-refresh',
        '--auto-scaling-group-name',
        'web',
        '--preferences',
        '{"MinHealthyPercentage":"90"}'
      ],
      'takes an integer'
    ],
    [
      'a nested member that does not exist',
      [
        'autoscaling',
        'start-instance-refresh',
        '--auto-scaling-group-name',
        'web',
        '--desired-configuration',
        '{"LaunchTemplate":{"LaunchTemplateId":"lt-1","Versions":"8"}}'
      ],
      'LaunchTemplateSpecification has no member Versions'
    ],
    [
      'a value outside its enum',
      ['ssm', 'put-parameter', '--name', '/x', '--value', 'ami-1', '--type', 'Text'],
      "'Text' is not one of String, StringList, SecureString"
    ],
    [
      'an output the CLI does not have',
      ['ssm', 'get-parameter', '--name', '/x', '--output', 'txt'],
      "--output 'txt' is not one of"
    ],
    [
      'launch template data that is not JSON',
      ['ec2', 'create-launch-template-version', '--launch-template-data', 'ImageId=ami-1'],
      'is not JSON'
    ],
    [
      'a switch given a value',
      ['ec2', 'modify-launch-template', '--dry-run', 'yes'],
      'is a switch'
    ],
    [
      'a service botocore does not know',
      ['autoscale', 'describe-auto-scaling-groups'],
      'no such service'
    ]
  ])('refuses %s', (_, argv, problem) => {
    expect(checkCall(argv, model).join('\n')).toContain(problem)
  })

  it('takes what the examples write: a paged call with --query, a boolean switch, a list of values', () => {
    expect(
      checkCall(
        [
          'ec2',
          'describe-launch-template-versions',
          '--launch-template-id',
          'lt-1',
          '--versions',
          '$Latest',
          '7',
          '--no-dry-run',
          '--max-items',
          '1',
          '--query',
          'x',
          '--output',
          'text'
        ],
        model
      )
    ).toEqual([])
  })

  it(`is Debian's botocore, with only the rollback members newer than it (${BOTOCORE_DATA})`, () => {
    const m = model('autoscaling')
    expect(m.file).toBe(path.join(BOTOCORE_DATA, 'autoscaling/2011-01-01/service-2.json'))
    expect(Object.keys(m.operations)).toContain('StartInstanceRefresh')
    // Each newer member is one the installed model lacked (or defines the same way).
    const installed = JSON.parse(fs.readFileSync(m.file, 'utf8')) as ServiceModel
    for (const [shape, members] of Object.entries(NEWER_MEMBERS['autoscaling']?.members ?? {}))
      for (const [member, ref] of Object.entries(members)) {
        const before = installed.shapes[shape]?.members?.[member]
        expect(before === undefined || before.shape === ref.shape, `${shape}.${member}`).toBe(true)
      }
  })
})

describe('every run step of the examples', () => {
  it('ran in a case above, as bash with pipefail', () => {
    const all: string[] = []
    for (const file of fs
      .readdirSync(path.join(ROOT, 'examples'))
      .filter(f => f.endsWith('.yml'))) {
      const workflow = readWorkflow(path.join(ROOT, 'examples', file))
      for (const [name, job] of Object.entries(workflow.jobs))
        (job.steps ?? []).forEach((s, index) => {
          if (s.run === undefined) return
          all.push(`examples/${file}#${name}#${index}`)
          expect(shellOf(workflow, job, s), `${file} ${name} step ${index}`).toBe('bash')
        })
    }
    expect(all.length).toBeGreaterThan(8)
    expect(all.filter(k => !ran.has(k))).toEqual([])
  })
})
