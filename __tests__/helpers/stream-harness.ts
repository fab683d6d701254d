import { randomUUID } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { claimName } from '../../src/aws/claim.js'
import { Aws, type AwsLimits } from '../../src/aws/clients.js'
import { describeStream } from '../../src/aws/images.js'
import type { LookupInputs } from '../../src/inputs/types.js'
import { checkBuilt, release, type ReleaseSettings } from '../../src/modes/build.js'
import { lookupMode } from '../../src/modes/lookup.js'
import type { BuildObserver } from '../../src/packer/build-output.js'
import type { BuildResult } from '../../src/packer/run.js'
import type { Template } from '../../src/packer/template.js'
import { State } from '../../src/constants.js'
import { cleanUp } from '../../src/post.js'
import type { Artifact } from '../../src/release/artifact.js'
import { compileTagFilter } from '../../src/release/tag-pattern.js'
import { tagSchema } from '../../src/release/tags.js'
import type { RunResult } from '../../src/report/result.js'
import type { Stream } from '../../src/stream/model.js'
import type { RetireMode } from '../../src/stream/retention.js'
import type { OnExisting } from '../../src/stream/rules.js'
import { buildRelease } from '../../src/steps/build.js'
import type { ClaimTiming } from '../../src/steps/claim.js'
import type { Phase } from '../../src/steps/phase.js'
import type { UnlabelledWrite } from '../../src/steps/publish.js'
import type { Plan } from '../../src/steps/plan.js'
import { awsEnv } from '../../testbed/aws/env.js'
import { startEc2Endpoint, type Ec2Endpoint } from '../../testbed/ec2/server.js'
import { SOURCE_AMI } from '../../testbed/ec2/world.js'
import { tempDir } from '../../testbed/fixtures.js'
import { startSsmEndpoint, type SsmEndpoint } from '../../testbed/ssm/server.js'
import { SHORT_LIMITS, setEnv } from './aws.js'
import { perFile } from './per-file.js'

/**
 * Runs the action's release in process, against the test bed's EC2 and SSM, hundreds of times
 * a second: the real steps (claim, completion records, release, publishing, retention, the
 * post step's sweep, lookup) with the one part that cannot run here that fast replaced.
 * `fakePacker` stands in for `packer build`: it makes the EC2 calls the amazon-ebs builder makes
 * (key pair, instance, CreateImage, CopyImage, cleanup) and says what Packer says to the action
 * (leads, finished builds, artifacts). The end-to-end tests run the real Packer.
 */
export const LINEAGE = 'acme/images:packer'
export const SCHEMA = tagSchema('ImageVersion')
export const REGION = 'us-east-1'
export const PARAMETER = '/images/app'

/** Claims that go stale in a blink: a run killed holding one does not stall the history. */
export const FAST_CLAIMS: ClaimTiming = {
  staleAfterMs: 300,
  heartbeatMs: 50,
  pollMs: 15,
  waitMaxMs: 30_000
}

/** How a run may be disturbed. */
export interface RunSpec {
  version: string
  /** `<repository>#<run id>.<attempt>`. */
  run: string
  builds: string[]
  copyRegions: string[]
  onExisting: OnExisting
  keep: number
  /** How retention retires (`deregister` when not said). */
  retire?: RetireMode | undefined
  ssm: boolean
  /** An AMI name per build (a timestamp in it), as a rebuild needs. */
  uniqueNames: boolean
  /** The parameter's name, when not `PARAMETER` (with `{build}`, one per build). */
  parameter?: string | undefined
  /** This build's Packer fails after its instance runs. */
  failBuild?: string | undefined
  /** The run's process tree dies after this many AWS calls (its post step runs after). */
  killAfter?: number | undefined
}

export interface RunRecord {
  spec: RunSpec
  result: RunResult | undefined
  error: Error | undefined
  killed: boolean
  /** The AMIs its Packer made. */
  made: Artifact[]
}

export interface Harness {
  ec2: Ec2Endpoint
  ssm: SsmEndpoint
  run(spec: RunSpec): Promise<RunRecord>
  lookup(version: string, rollback?: boolean, parameter?: string): Promise<RunResult | Error>
  stream(): Promise<Stream>
  close(): Promise<void>
}

/** An Aws whose calls all fail after the first `calls`, as for a process killed at that moment. */
class Doomed extends Aws {
  private sent = 0
  killed = false

  constructor(limits: AwsLimits, calls: number | undefined) {
    super(limits)
    if (calls === undefined) return
    const wrap = <T extends (region: string) => Promise<{ client: { send: unknown } }>>(
      get: T
    ): T =>
      (async (region: string) => {
        const service = await get(region)
        const send = service.client.send as (...args: unknown[]) => Promise<unknown>
        if ((send as { doomed?: boolean }).doomed) return service
        const doomed = (...args: unknown[]) => {
          if (++this.sent > calls) {
            this.killed = true
            return Promise.reject(new Error('the process was killed'))
          }
          return send(...args)
        }
        Object.assign(doomed, { doomed: true })
        service.client.send = doomed
        return service
      }) as T
    this.ec2 = wrap(this.ec2)
    this.ssm = wrap(this.ssm)
  }
}

const phase: Phase = (_title, work) => work()

let counter = 0

/** What `packer build` does on EC2 for one amazon-ebs build, and what it tells the action. */
async function packerBuild(
  aws: Aws,
  spec: RunSpec,
  build: string,
  observer: BuildObserver,
  made: Artifact[]
): Promise<Artifact[]> {
  const { client, sdk } = await aws.ec2(REGION)
  const name = `${build.replace(/\W/g, '-')}-${spec.version}${spec.uniqueNames ? `-${++counter}` : ''}`
  const lead = (kind: Parameters<BuildObserver['lead']>[0]['kind'], value: string) =>
    observer.lead({ kind, value, build })
  lead('image-name', name)
  const { Images = [] } = await client.send(
    new sdk.DescribeImagesCommand({ Owners: ['self'], Filters: [{ Name: 'name', Values: [name] }] })
  )
  if (Images[0])
    throw new Error(`AMI Name: '${name}' is used by an existing AMI: ${Images[0].ImageId ?? ''}`)
  lead('source-image', SOURCE_AMI)
  const key = `packer_${randomUUID()}`
  await client.send(new sdk.CreateKeyPairCommand({ KeyName: key }))
  lead('key-pair', key)
  const ec2 = (await import('@aws-sdk/client-ec2')) as typeof import('@aws-sdk/client-ec2')
  const { Instances = [] } = await client.send(
    new ec2.RunInstancesCommand({ ImageId: SOURCE_AMI, KeyName: key, MinCount: 1, MaxCount: 1 })
  )
  const instance = Instances[0]?.InstanceId ?? ''
  lead('instance', instance)
  const cleanup = async () => {
    await client.send(new sdk.TerminateInstancesCommand({ InstanceIds: [instance] }))
    await client.send(new sdk.DeleteKeyPairCommand({ KeyName: key }))
  }
  if (spec.failBuild === build) {
    await cleanup()
    throw new Error(
      `Build '${build}' errored: Error executing Ansible: Non-zero exit status: exit status 2`
    )
  }
  let ami: string
  try {
    ami =
      (await client.send(new ec2.CreateImageCommand({ InstanceId: instance, Name: name })))
        .ImageId ?? ''
  } catch (error) {
    await cleanup()
    throw new Error(`Error creating AMI: ${(error as Error).name}: ${(error as Error).message}`, {
      cause: error
    })
  }
  lead('image', ami)
  made.push({ build, region: REGION, amiId: ami })
  const artifacts: Artifact[] = [{ build, region: REGION, amiId: ami }]
  for (const region of spec.copyRegions) {
    lead('copy-region', region)
    const target = await aws.ec2(region)
    try {
      const copy = await target.client.send(
        new ec2.CopyImageCommand({ SourceRegion: REGION, SourceImageId: ami, Name: name })
      )
      artifacts.push({ build, region, amiId: copy.ImageId ?? '' })
      made.push({ build, region, amiId: copy.ImageId ?? '' })
    } catch (error) {
      // Packer deregisters the AMI of a halted build; the copies it made stay (hashicorp/packer#10248).
      await client.send(
        new sdk.DeregisterImageCommand({ ImageId: ami, DeleteAssociatedSnapshots: true })
      )
      await cleanup()
      throw new Error(
        `Error Copying AMI (${ami}) to region (${region}): ${(error as Error).name}: ${(error as Error).message}`,
        { cause: error }
      )
    }
  }
  await cleanup()
  observer.finished(build)
  return artifacts
}

/** A stand-in for `packer build -machine-readable`: builds run one after another; artifacts come at the end. */
function fakePacker(aws: Aws, spec: RunSpec, builds: string[], made: Artifact[]) {
  return async (observer: BuildObserver): Promise<BuildResult> => {
    const result: BuildResult = {
      exitCode: 0,
      signal: null,
      artifacts: [],
      errors: [],
      buildErrors: new Map(),
      ansibleFailure: undefined,
      cancelled: false
    }
    const reports: Artifact[][] = []
    for (const build of builds) {
      try {
        reports.push(await packerBuild(aws, spec, build, observer, made))
      } catch (error) {
        if ((aws as Doomed).killed) throw error
        result.exitCode = 1
        result.errors.push((error as Error).message)
        result.buildErrors.set(build, (error as Error).message)
      }
    }
    for (const artifacts of reports) {
      result.artifacts.push(...artifacts)
      observer.artifact(artifacts)
    }
    return result
  }
}

function template(builds: string[]): Template {
  return {
    path: '/nowhere/app.pkr.hcl',
    format: 'hcl',
    files: [],
    variables: new Map(),
    locals: new Map(),
    builds: builds.map(name => ({
      name,
      type: 'amazon-ebs',
      settings: new Map(),
      blocks: [],
      file: '',
      line: undefined
    })),
    requiresPlugins: false,
    requiredPlugins: [],
    componentTypes: ['amazon-ebs']
  }
}

/**
 * The parameter writes of AMIs in `amis` that runs saved for their post steps since the state
 * file had `from` bytes. Racing runs share the state file here, so a run's writes are told by
 * its AMIs. A write the run labelled since is among them: the post step leaves it, as SSM shows
 * it labelled.
 */
function savedWrites(file: string, from: number, amis: Set<string>): UnlabelledWrite[] {
  const lines = fs.readFileSync(file).subarray(from).toString('utf8').split('\n')
  const writes = new Map<string, UnlabelledWrite>()
  lines.forEach((line, i) => {
    if (!line.startsWith(`${State.ParameterWrites}<<`)) return
    for (const write of JSON.parse(lines[i + 1] ?? '[]') as UnlabelledWrite[])
      if (amis.has(write.amiId)) writes.set(JSON.stringify(write), write)
  })
  return [...writes.values()]
}

export async function startHarness(
  options: { limits?: Partial<AwsLimits> } = {}
): Promise<Harness> {
  const ec2 = await startEc2Endpoint()
  const ssm = await startSsmEndpoint({
    imageExists: (region, id) => ec2.inspect.images(region).some(i => i.id === id)
  })
  const root = tempDir('stream')
  const state = path.join(root, 'state')
  fs.writeFileSync(state, '')
  const restore = setEnv({
    ...awsEnv({ ec2: ec2.url, ssm: ssm.url }),
    GITHUB_STATE: state,
    AWS_REGION: undefined,
    AWS_PROFILE: undefined
  })
  const limits = { ...SHORT_LIMITS, ...options.limits }
  const id = { lineage: LINEAGE, schema: SCHEMA, region: REGION }

  async function run(spec: RunSpec): Promise<RunRecord> {
    const temp = fs.mkdtempSync(path.join(root, 'job-'))
    const stateFrom = fs.statSync(state).size
    const aws = new Doomed(limits, spec.killAfter)
    const plan: Plan = {
      version: spec.version,
      tag: undefined,
      read: {
        template: template(spec.builds),
        contract: { problems: [], warnings: [], buildRegions: {}, region: REGION },
        buildOrder: spec.builds,
        selected: spec.builds
      },
      stream: id,
      run: spec.run
    }
    const settings: ReleaseSettings = {
      onExisting: spec.onExisting,
      keepGenerations: spec.keep,
      retire: spec.retire ?? 'deregister',
      keepLaunchedWithinDays: 0,
      publish: {
        ssmParameter: spec.ssm ? (spec.parameter ?? PARAMETER) : undefined,
        notes: undefined
      },
      extra: [],
      claim: FAST_CLAIMS
    }
    const made: Artifact[] = []
    const record: RunRecord = { spec, result: undefined, error: undefined, killed: false, made }
    try {
      record.result = await release(aws, plan, settings, phase, async (decision, done) =>
        checkBuilt(
          await buildRelease(
            aws,
            plan,
            temp,
            fakePacker(aws, spec, decision.builds ?? spec.builds, made)
          ),
          done
        )
      )
    } catch (error) {
      record.error = error as Error
    } finally {
      aws.close()
    }
    record.killed = aws.killed
    // The post step runs after the job whatever happened, once the network is back (an outage
    // that outlasts the job leaves what the post step says it could not remove); it finds the
    // claim and the record where the step left them.
    ec2.clearFaults()
    const after = new Aws(limits)
    try {
      const folder = fs.readdirSync(temp).find(f => f.startsWith('packer-ami-release-'))
      // The state names the claim (by ID) only while the step held it: a killed step never
      // cleared it. The claim this run holds, if any, is the one it saved.
      const held = ec2.inspect
        .keyPairs(REGION)
        .find(
          k =>
            k.name === claimName(LINEAGE, spec.version, SCHEMA.version) &&
            k.tags[SCHEMA.run] === spec.run
        )
      const claim =
        aws.killed && held ? JSON.stringify({ region: REGION, name: held.name, id: held.id }) : ''
      await cleanUp(after, {
        temp,
        run: spec.run,
        schema: SCHEMA,
        evidenceFolder: folder ? path.join(temp, folder) : '',
        claim,
        parameterWrites: JSON.stringify(
          savedWrites(
            state,
            stateFrom,
            new Set([...made, ...(record.result?.artifacts ?? [])].map(a => a.amiId))
          )
        ),
        ...(settings.publish.ssmParameter ? { parameter: settings.publish.ssmParameter } : {})
      })
    } finally {
      after.close()
    }
    return record
  }

  async function lookup(
    version: string,
    rollback = false,
    parameter = PARAMETER
  ): Promise<RunResult | Error> {
    const aws = new Aws(limits)
    const inputs = {
      mode: 'lookup',
      template: path.join(root, 'no-checkout'),
      workingDirectory: root,
      vars: [],
      varFiles: [],
      only: [],
      except: [],
      imageVersion: version,
      releaseTags: compileTagFilter(['release-*']),
      onUntagged: 'skip',
      versionTagKey: 'ImageVersion',
      tags: [],
      lineage: LINEAGE,
      region: REGION,
      regionFrom: 'input',
      ssmParameter: rollback ? parameter : undefined,
      releaseNotes: false
    } satisfies LookupInputs
    const context = {
      workspace: root,
      ref: undefined,
      sha: undefined,
      repository: 'acme/images',
      serverUrl: 'https://github.com',
      runId: '1',
      runAttempt: '1',
      toolCache: undefined,
      temp: root,
      awsRegion: REGION,
      platform: process.platform,
      arch: process.arch
    }
    try {
      return await lookupMode(inputs, context, aws, phase)
    } catch (error) {
      return error as Error
    } finally {
      aws.close()
    }
  }

  async function stream(): Promise<Stream> {
    const aws = new Aws(limits)
    try {
      return await describeStream(aws, id, ['us-west-2', 'eu-west-1'])
    } finally {
      aws.close()
    }
  }

  return {
    ec2,
    ssm,
    run,
    lookup,
    stream,
    async close() {
      restore()
      await Promise.all([ec2.close(), ssm.close()])
      fs.rmSync(root, { recursive: true, force: true })
    }
  }
}

/** The harness of a test file (`perFile`). */
export function useHarness(): Harness {
  return perFile('harness', startHarness, started => {
    started.ec2.reset()
    started.ssm.reset()
  })
}

/** A run of `version` by run `run` (attempt 1): one build, copied to us-west-2, with the parameter. */
export const runSpec = (version: string, run: number, over: Partial<RunSpec> = {}): RunSpec => ({
  version,
  run: `acme/images#${run}.1`,
  builds: ['amazon-ebs.app'],
  copyRegions: ['us-west-2'],
  onExisting: 'reuse',
  keep: 0,
  ssm: true,
  uniqueNames: false,
  ...over
})

/** Why a run failed, if it did. */
export const failureOf = (r: RunRecord) => r.error?.message ?? r.result?.error
