import type { parseInputs, Reader } from './parse.js'

export type ToolInputs = ReturnType<Reader['tools']>
export type TemplateInputs = ReturnType<Reader['template']>
export type ReleaseInputs = ReturnType<Reader['release']>
export type RetentionInputs = ReturnType<Reader['retention']>

/** Every input, checked, for the mode given. */
export type Inputs = ReturnType<typeof parseInputs>['inputs']
export type BuildInputs = Extract<Inputs, { mode: 'build' }>
export type LookupInputs = Extract<Inputs, { mode: 'lookup' }>
export type ValidateInputs = Extract<Inputs, { mode: 'validate' }>
export type InstallInputs = Extract<Inputs, { mode: 'install' }>
