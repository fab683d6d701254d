import * as core from '@actions/core'
import { Aws } from './aws/clients.js'
import { readContext, type RunnerContext } from './context.js'
import { CancelledError, errorMessage, InputError, ReleaseError, TemplateError } from './errors.js'
import { readInputs } from './inputs/read.js'
import type { Inputs } from './inputs/types.js'
import { releaseMode } from './modes/build.js'
import { lookupMode } from './modes/lookup.js'
import { installMode, validateMode } from './modes/tools.js'
import { renderOutputs } from './report/outputs.js'
import type { RunResult } from './report/result.js'
import { renderSummary } from './report/summary.js'
import { timedPhases, type Phase } from './steps/phase.js'

function runMode(
  inputs: Inputs,
  context: RunnerContext,
  aws: Aws,
  phase: Phase
): Promise<RunResult> {
  switch (inputs.mode) {
    case 'build':
      return releaseMode(inputs, context, aws, phase)
    case 'validate':
      return validateMode(inputs, context, phase)
    case 'install':
      return installMode(inputs, context, phase)
    case 'lookup':
      return lookupMode(inputs, context, aws, phase)
  }
}

/** The result of a run that threw: the outcome from the error, and what was done before it. */
function failed(error: unknown): RunResult {
  const outcome =
    error instanceof InputError
      ? 'invalid-input'
      : error instanceof CancelledError
        ? 'cancelled'
        : 'failed'
  const done = error instanceof ReleaseError ? error.done : {}
  return { ...done, outcome, error: errorMessage(error) }
}

/**
 * The action: read and check every input, then the mode's mission (build: the release;
 * validate; install; lookup). Whatever happens, the outputs and the job summary render what
 * the run did.
 */
export async function run(): Promise<void> {
  const context = readContext()
  const { phase, timings } = timedPhases()
  const started = performance.now()
  const aws = new Aws()
  let result: RunResult
  let thrown: unknown
  try {
    result = await runMode(readInputs(context), context, aws, phase)
  } catch (error) {
    thrown = error
    result = failed(error)
  } finally {
    aws.close()
  }
  for (const [name, value] of Object.entries(renderOutputs(result))) core.setOutput(name, value)
  if (result.error !== undefined) {
    const where = thrown instanceof TemplateError ? thrown : undefined
    const annotate = (message: string, file?: string, line?: number) =>
      core.error(message, {
        ...(file ? { file } : {}),
        ...(line ? { startLine: line } : {}),
        ...(where?.title ? { title: where.title } : {})
      })
    for (const other of where?.others ?? []) annotate(other.message, other.file, other.line)
    annotate(result.error, where?.file, where?.line)
    process.exitCode = core.ExitCode.Failure
  }
  if (process.env['GITHUB_STEP_SUMMARY'])
    await core.summary
      .addRaw(renderSummary(result, context, timings, performance.now() - started))
      .write()
      .catch((error: unknown) =>
        core.warning(`Could not write the job summary: ${errorMessage(error)}`)
      )
}
