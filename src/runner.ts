import * as os from 'node:os'

/** The job's temporary folder: RUNNER_TEMP on a runner, the system's elsewhere. */
export function runnerTemp(): string {
  return process.env['RUNNER_TEMP'] || os.tmpdir()
}

/** The runner's tool cache, where Packer, Ansible and Packer's plugins are kept. */
export function toolCacheRoot(): string {
  const value = process.env['RUNNER_TOOL_CACHE']
  if (!value) throw new Error('RUNNER_TOOL_CACHE is not set; the runner sets it for every job')
  return value
}
