import type { RunResult } from './report/result.js'

/** A message for anything thrown, Error or not. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error) ?? String(error)
  } catch {
    return String(error)
  }
}

/** A bad input: the message names the input and the form it accepts. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    problem: string
  ) {
    super(`Input '${input}': ${problem}`)
    this.name = 'InputError'
  }
}

/** A problem in the template, at a file and line: annotated there, with the others found with it. */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly file: string | undefined,
    readonly line: number | undefined,
    readonly title?: string,
    readonly others: Pick<TemplateError, 'message' | 'file' | 'line'>[] = []
  ) {
    super(message)
    this.name = 'TemplateError'
  }
}

/** The build was cancelled by the runner. */
export class CancelledError extends Error {
  constructor() {
    super('The build was cancelled; Packer was asked to clean up its temporary resources')
    this.name = 'CancelledError'
  }
}

/** A failure after part of the release was done: what was done, for the summary and the error. */
export class ReleaseError extends Error {
  constructor(
    message: string,
    readonly done: Partial<RunResult>,
    options?: ErrorOptions
  ) {
    super(message, options)
    this.name = 'ReleaseError'
  }
}
