import * as exec from '@actions/exec'

export interface CommandResult {
  stdout: string
  stderr: string
}

export interface CommandOptions {
  env?: Record<string, string>
  cwd?: string
  /** Show the command's output in the log as it runs. */
  echo?: boolean
}

/**
 * Runs a program without a shell and returns its output; a non-zero exit throws with the
 * last lines the program wrote, so the step's error says what went wrong.
 */
export async function runCommand(
  file: string,
  args: string[],
  options: CommandOptions = {}
): Promise<CommandResult> {
  const result = await exec.getExecOutput(file, args, {
    ignoreReturnCode: true,
    silent: !options.echo,
    ...(options.env ? { env: options.env } : {}),
    ...(options.cwd ? { cwd: options.cwd } : {})
  })
  if (result.exitCode !== 0) {
    const tail = lastLines(`${result.stdout}\n${result.stderr}`, 15)
    throw new Error(`${file} ${args.join(' ')} exited with ${result.exitCode}:\n${tail}`)
  }
  return { stdout: result.stdout, stderr: result.stderr }
}

export function lastLines(text: string, count: number): string {
  return text
    .split(/\r?\n/)
    .filter(line => line.trim() !== '')
    .slice(-count)
    .join('\n')
}

/** The environment of this process as a plain record, for a child that needs a few more keys. */
export function childEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries({ ...process.env, ...extra })) {
    if (value !== undefined) env[key] = value
  }
  return env
}
