import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { Aws, type AwsLimits } from '../../src/aws/clients.js'
import { awsEnv } from '../../testbed/aws/env.js'
import { Clock } from '../../testbed/clock.js'
import { startEc2Endpoint, type Ec2Endpoint } from '../../testbed/ec2/server.js'
import { startIamEndpoint, type IamEndpoint } from '../../testbed/iam/server.js'
import { startSsmEndpoint, type SsmEndpoint } from '../../testbed/ssm/server.js'

/**
 * The middle layer's test bed: the loopback EC2, SSM and IAM endpoints on one clock, the real
 * SDK pointed at them through the environment, and the action's waits shortened so that a
 * test takes milliseconds. Call `useAwsBed()` at the top of a test file: it starts the servers
 * before the file's tests and stops them, and restores the environment and the limits, after.
 */
export interface AwsBed {
  /** The clients of the step under test, with `SHORT_LIMITS`; a new one after each `reset()`. */
  aws: Aws
  ec2: Ec2Endpoint
  ssm: SsmEndpoint
  iam: IamEndpoint
  clock: Clock
  /** The file `core.saveState` writes to (GITHUB_STATE). */
  stateFile: string
  /** The step state saved so far: the last value saved under each name. */
  savedState(): Record<string, string>
  /** RUNNER_TEMP of the steps the bed plays. */
  temp: string
  /** Forgets all state, faults and settings of the endpoints and drops the SDK clients. */
  reset(at?: string): void
}

/** Tight enough that a dead endpoint costs a test a few seconds at most, loose enough for a busy machine. */
export const SHORT_LIMITS: AwsLimits = {
  connectMs: 1_000,
  idleMs: 2_000,
  requestMs: 3_000,
  callDeadlineMs: 5_000,
  maxAttempts: 3,
  backoffScale: 0.01,
  waitMaxMs: 2_000
}

/** Anything in the environment that could point the SDK elsewhere or change how it signs. */
const FOREIGN_AWS_ENV = [
  'AWS_PROFILE',
  'AWS_SESSION_TOKEN',
  'AWS_ENDPOINT_URL',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_MAX_ATTEMPTS',
  'AWS_RETRY_MODE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'
]

/** Sets environment variables (undefined removes one); returns what puts them back. */
export function setEnv(values: Record<string, string | undefined>): () => void {
  const before = Object.fromEntries(Object.keys(values).map(k => [k, process.env[k]]))
  const apply = (next: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(next)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
  apply(values)
  return () => apply(before)
}

/** Parses a GITHUB_STATE file (`name<<delimiter`, the value, `delimiter`) into its last values. */
export function parseStateFile(text: string): Record<string, string> {
  const state: Record<string, string> = {}
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm
  for (const [, name = '', , value = ''] of text.matchAll(pattern)) state[name] = value
  return state
}

export function useAwsBed(): AwsBed {
  const clock = new Clock()
  let restoreEnv = () => {}
  let dir = ''
  const bed = { clock } as AwsBed

  beforeAll(async () => {
    const [ec2, iam] = await Promise.all([startEc2Endpoint({ clock }), startIamEndpoint({ clock })])
    const ssm = await startSsmEndpoint({
      clock,
      imageExists: (region, id) => ec2.inspect.images(region).some(i => i.id === id)
    })
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-bed-'))
    const stateFile = path.join(dir, 'state')
    fs.writeFileSync(stateFile, '')
    const temp = path.join(dir, 'temp')
    fs.mkdirSync(temp)
    restoreEnv = setEnv({
      ...Object.fromEntries(FOREIGN_AWS_ENV.map(name => [name, undefined])),
      ...awsEnv({ ec2: ec2.url, ssm: ssm.url, iam: iam.url }),
      GITHUB_STATE: stateFile
    })
    // Loaded once here, so that no test's timing includes loading the SDK.
    await Promise.all([
      import('@aws-sdk/client-ec2'),
      import('@aws-sdk/client-ssm'),
      import('@aws-sdk/client-iam')
    ])
    Object.assign(bed, {
      aws: new Aws(SHORT_LIMITS),
      ec2,
      ssm,
      iam,
      stateFile,
      temp,
      savedState: () => parseStateFile(fs.readFileSync(stateFile, 'utf8')),
      reset(at = '2026-06-01T12:00:00.000Z') {
        bed.aws.close()
        bed.aws = new Aws(SHORT_LIMITS)
        ec2.reset()
        ssm.reset()
        iam.reset()
        clock.set(at)
        fs.writeFileSync(stateFile, '')
      }
    } satisfies Omit<AwsBed, 'clock'>)
  })

  afterAll(async () => {
    bed.aws?.close()
    restoreEnv()
    await Promise.all([bed.ec2?.close(), bed.ssm?.close(), bed.iam?.close()])
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  return bed
}

/** Collects what the action writes to stdout while `fn` runs, and its warnings (`::warning::...`). */
export async function captureCommands<T>(
  fn: () => Promise<T>
): Promise<{ result: T; warnings: string[]; lines: string[] }> {
  const lines: string[] = []
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    lines.push(...String(chunk).split(os.EOL))
    return (write as (c: unknown, ...r: unknown[]) => boolean)(chunk, ...rest)
  }
  try {
    const result = await fn()
    const warnings = lines
      .filter(l => l.startsWith('::warning'))
      .map(l => l.replace(/^::warning[^:]*::/, '').replace(/%0A/g, '\n'))
    return { result, warnings, lines }
  } finally {
    process.stdout.write = write
  }
}
