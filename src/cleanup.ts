import * as core from '@actions/core'
import { errorMessage } from './errors.js'

/** The post step: runs after the job, whatever happened, to sweep what the main step left. */
export async function runPost(): Promise<void> {
  try {
    core.debug('post: nothing was recorded to clean up')
    await Promise.resolve()
  } catch (error) {
    core.warning(`Cleanup failed: ${errorMessage(error)}`)
  }
}
