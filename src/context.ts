import * as os from 'node:os'

/**
 * What the runner tells the action about the job, read once from its environment. Everything
 * else takes it from here, so a test (or `@github/local-action`) sets it in one place.
 */
export type RunnerContext = ReturnType<typeof readContext>

export function readContext(env: NodeJS.ProcessEnv = process.env) {
  const value = (name: string) => env[name] || undefined
  return {
    /** Relative inputs resolve against it, and the lineage names paths from it. */
    workspace: value('GITHUB_WORKSPACE') ?? process.cwd(),
    ref: value('GITHUB_REF'),
    sha: value('GITHUB_SHA'),
    repository: value('GITHUB_REPOSITORY') ?? 'local',
    serverUrl: value('GITHUB_SERVER_URL') ?? 'https://github.com',
    runId: value('GITHUB_RUN_ID'),
    runAttempt: value('GITHUB_RUN_ATTEMPT'),
    /** Undefined outside a runner: installs refuse to run without it. */
    toolCache: value('RUNNER_TOOL_CACHE'),
    temp: value('RUNNER_TEMP') ?? os.tmpdir(),
    /** Where `aws-region` falls back to. */
    awsRegion: value('AWS_REGION') ?? value('AWS_DEFAULT_REGION'),
    platform: process.platform,
    arch: process.arch as string
  }
}

/** `<repository>#<run id>.<attempt>`: which run of which workflow made an image. */
export function runReference(context: RunnerContext): string {
  return `${context.repository}#${context.runId ?? 'local'}.${context.runAttempt ?? '1'}`
}
