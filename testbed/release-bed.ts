import * as fs from 'node:fs'
import * as path from 'node:path'
import { awsEnv } from './aws/env.js'
import { startEc2Endpoint, type Ec2Endpoint } from './ec2/server.js'
import { startGitHubEndpoint, type GitHubEndpoint } from './github/server.js'
import { startSsmEndpoint, type SsmEndpoint } from './ssm/server.js'
import { ACCOUNT_ID } from './ec2/world.js'
import {
  DEBIAN_ANSIBLE_CORE,
  DEBIAN_PACKER_VERSION,
  DEBIAN_PYTHON,
  offlinePipEnv,
  packerZip
} from './fixtures.js'
import {
  generateSigningKey,
  publishPacker,
  startMirror,
  type Mirror,
  type SigningKey
} from './mirror.js'
import { newJob, runMain, runPost, type Job, type StepOptions, type StepResult } from './runner.js'
import { startSshd, type Sshd } from './sshd.js'
import { hclTemplate, type TemplateOptions } from './templates.js'
import { startTripwire, type Tripwire } from './tripwire.js'

/**
 * Everything a release needs, on loopback: the Packer mirror, the wheelhouse, the EC2 endpoint,
 * an sshd as the instance and a tripwire proxy. One job (tool cache) is shared, as on a runner.
 */
export interface ReleaseBed {
  mirror: Mirror
  key: SigningKey
  endpoint: Ec2Endpoint
  ssm: SsmEndpoint
  github: GitHubEndpoint
  sshd: Sshd
  tripwire: Tripwire
  job: Job
  /** Inputs that point the action at the bed; tests add template and the rest. */
  inputs(extra?: Record<string, string>): Record<string, string>
  env(ref?: string): Record<string, string>
  main(options: StepOptions & { ref?: string }): Promise<StepResult>
  post(options: StepOptions): Promise<StepResult>
  /** Writes a file into the job's workspace and returns its path relative to it. */
  write(relative: string, content: string): string
  /** Writes an HCL2 template against the bed's endpoint; by default one build `app`, no SSH. */
  template(relative: string, options?: Partial<Omit<TemplateOptions, 'endpoint'>>): string
  close(): Promise<void>
}

export async function startReleaseBed(): Promise<ReleaseBed> {
  const mirror = await startMirror()
  const key = await generateSigningKey()
  await publishPacker(mirror, DEBIAN_PACKER_VERSION, packerZip(), key)
  const endpoint = await startEc2Endpoint()
  // SSM checks an aws:ec2:image value against EC2, as the service does.
  const ssm = await startSsmEndpoint({
    imageExists: (region, id) => endpoint.inspect.images(region).some(i => i.id === id)
  })
  const github = await startGitHubEndpoint()
  const tripwire = await startTripwire()
  const servers = [mirror, endpoint, ssm, github, tripwire]
  let sshd: Sshd | undefined
  try {
    sshd = await startSshd()
  } catch (error) {
    await Promise.all(servers.map(s => s.close()))
    throw error
  }
  const job = newJob()
  const eventFile = path.join(job.temp, 'event.json')
  fs.writeFileSync(eventFile, '{}')
  const bed: ReleaseBed = {
    mirror,
    key,
    endpoint,
    ssm,
    github,
    sshd,
    tripwire,
    job,
    inputs: extra => ({
      'packer-version': DEBIAN_PACKER_VERSION,
      'packer-mirror': mirror.url,
      'packer-signing-key': key.publicKey,
      'ansible-version': DEBIAN_ANSIBLE_CORE,
      python: DEBIAN_PYTHON,
      'aws-region': 'us-east-1',
      ...extra
    }),
    env: ref => ({
      ...offlinePipEnv(),
      ...tripwire.env,
      ...awsEnv({ ec2: endpoint.url, ssm: ssm.url }),
      GITHUB_API_URL: github.url,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_RUN_ATTEMPT: '1',
      ...(ref
        ? {
            GITHUB_REF: ref,
            GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
            GITHUB_REF_NAME: ref.replace(/^refs\/\w+\//, '')
          }
        : {})
    }),
    main: ({ ref, env, ...options }) =>
      runMain(job, { ...options, env: { ...bed.env(ref), ...env } }),
    post: ({ env, ...options }) => runPost(job, { ...options, env: { ...bed.env(), ...env } }),
    write(relative, content) {
      const file = path.join(job.workspace, relative)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, content)
      return relative
    },
    template(relative, options = {}) {
      return bed.write(
        relative,
        hclTemplate({
          target: { communicator: 'none' },
          builds: [{ name: 'app' }],
          ...options,
          endpoint: endpoint.url
        })
      )
    },
    async close() {
      sshd?.stop()
      await Promise.all(servers.map(s => s.close()))
      // The job's folders (tool cache, temp, workspace) go with the bed, outside a test file too.
      fs.rmSync(path.dirname(job.toolCache), { recursive: true, force: true })
    }
  }
  return bed
}

/** Tags of an image or snapshot as the endpoint holds them. */
export function tagsOf(endpoint: Ec2Endpoint, region: string, id: string): Record<string, string> {
  const resource = [...endpoint.inspect.images(region), ...endpoint.inspect.snapshots(region)].find(
    r => r.id === id
  )
  if (!resource) throw new Error(`${id} does not exist in ${region}`)
  return resource.tags
}

/** The account's own images in a region. */
export function ownImages(endpoint: Ec2Endpoint, region: string) {
  return endpoint.inspect.images(region).filter(i => i.ownerId === ACCOUNT_ID)
}
