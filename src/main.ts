import * as core from '@actions/core'
import { closeClients } from './aws/clients.js'
import { readContext } from './context.js'
import { CancelledError, errorMessage, InputError, TemplateError } from './errors.js'
import { inertLog } from './exec/inert-log.js'
import { readInputs } from './inputs/read.js'
import { release, type Cleanups } from './modes/build.js'
import { lookup } from './modes/lookup.js'
import { installOnly, validateOnly } from './modes/tools.js'
import { RunReport } from './report/summary.js'

/**
 * The action: read and check every input, then the mode's mission (build: the release;
 * validate; install; lookup). Whatever happens, the job summary says what it was.
 */
export async function run(): Promise<void> {
  const context = readContext()
  const report = new RunReport(context)
  const cleanups: Cleanups = []
  try {
    const { inputs, keyChecked } = readInputs(context)
    switch (inputs.mode) {
      case 'build':
        await release(inputs, context, report, cleanups, keyChecked)
        break
      case 'validate':
        await validateOnly(inputs, context, report, cleanups, keyChecked)
        break
      case 'install':
        await installOnly(inputs, context, report, keyChecked)
        break
      case 'lookup':
        await lookup(inputs, context, report)
        break
    }
  } catch (error) {
    inertLog.resume()
    report.error = errorMessage(error)
    if (error instanceof InputError) report.outcome = 'invalid-input'
    else if (error instanceof CancelledError) report.outcome = 'cancelled'
    else if (report.outcome !== 'built') report.outcome = 'failed'
    if (error instanceof TemplateError && error.file)
      core.error(report.error, {
        file: error.file,
        ...(error.line ? { startLine: error.line } : {}),
        ...(error.title ? { title: error.title } : {})
      })
    else core.error(report.error)
    process.exitCode = core.ExitCode.Failure
  } finally {
    for (const cleanup of cleanups) {
      try {
        cleanup()
      } catch (error) {
        core.warning(`Cleanup: ${errorMessage(error)}`)
      }
    }
    await report
      .write()
      .catch((error: unknown) =>
        core.warning(`Could not write the job summary: ${errorMessage(error)}`)
      )
    closeClients()
  }
}
