/**
 * How actions/runner v2.336.0 reads a step's output, line by line, so a test can ask of a step's
 * stdout what the runner would make of it: which workflow commands are live (annotations, masks,
 * groups, outputs, state) and what the log shows. Every rule below is read from the runner's
 * source at tag v2.336.0; `file:line` refers to `actions/runner@v2.336.0:src/<file>`.
 *
 * 1. Lines: `StreamReader.ReadLine` over the process's output (Runner.Sdk/ProcessInvoker.cs:507-519),
 *    which ends a line at "\n", "\r\n" or a bare "\r".
 * 2. A non-empty line that holds `##[` or `::` anywhere is offered to the command manager; if it
 *    is not taken as a command it is printed (Runner.Worker/Handlers/OutputManager.cs:77-99).
 * 3. `TryProcessCommand` parses the V2 form first, then the V1 form, against the registered
 *    commands, compared ignoring case (Runner.Worker/ActionCommandManager.cs:25,61-74):
 *    - V2 `::name k=v,k2=v2::data`, after trimming leading white space; properties split on `,`,
 *      trimmed as a whole, each split once on `=` (Runner.Common/ActionCommand.cs:51-119);
 *    - V1 `##[name k=v;k2=v2]data` at the first `##[` anywhere in the line (ActionCommand.cs:121-189).
 *    Values are unescaped by ordered replacement, `%25` last (ActionCommand.cs:9-32,191-257).
 * 4. The registered commands are the extensions' (Runner.Common/ExtensionManager.cs:42-57) but
 *    `internal-set-repo-path` (ActionCommandManager.cs:42-45), plus `stop-commands` (:34).
 * 5. `notice` is dropped, and printed, unless the server enables enhanced annotations (:76-80).
 * 6. `::stop-commands::<token>` stops all processing until a line whose command is the token,
 *    `::<token>::` or `##[<token>]` (:83-124); the token is validated (:156-188) and, when longer
 *    than 6 characters, masked (:116-119).
 *
 * Not modelled: problem matchers; the secret masker's encodings of a secret (base64, URL and
 * JSON escapes) — only the value itself is masked; .NET's culture-sensitive `StartsWith` and
 * `IndexOf` (no InvariantGlobalization in the runner), which may skip ignorable code points.
 */

/** The commands the runner registers (ExtensionManager.cs:42-57; ActionCommandManager.cs:34,42-45). */
export const REGISTERED_COMMANDS = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-path',
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo'
] as const

/** Commands whose line is not echoed (the extensions' `OmitEcho => true`: ActionCommandManager.cs:423,613,648). */
const OMIT_ECHO = new Set(['add-mask', 'debug', 'warning', 'error', 'notice'])

/**
 * `StreamReader.ReadLine`, called until the end of the stream: a line ends at "\n", "\r\n" or a
 * bare "\r"; a last line without an ending is still a line, and an ending at the very end of the
 * stream does not start another.
 */
export function readLines(text: string): string[] {
  const lines: string[] = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c !== '\n' && c !== '\r') continue
    lines.push(text.slice(start, i))
    if (c === '\r' && text[i + 1] === '\n') i++
    start = i + 1
  }
  if (start < text.length) lines.push(text.slice(start))
  return lines
}

/** .NET's `char.IsWhiteSpace`, which `TrimStart()` and `Trim()` use (not JavaScript's set). */
function isDotnetWhiteSpace(c: string): boolean {
  const code = c.charCodeAt(0)
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

function trimStart(s: string): string {
  let i = 0
  while (i < s.length && isDotnetWhiteSpace(s[i] as string)) i++
  return s.slice(i)
}

function trim(s: string): string {
  let end = s.length
  while (end > 0 && isDotnetWhiteSpace(s[end - 1] as string)) end--
  return trimStart(s.slice(0, end))
}

/** `StringComparer.OrdinalIgnoreCase`: per UTF-16 unit, upper-cased by simple case mapping. */
function foldCase(s: string): string {
  let folded = ''
  for (const c of s) {
    const upper = c.toUpperCase()
    folded += upper.length === c.length ? upper : c
  }
  return folded
}

/**
 * `s.Split(separator, StringSplitOptions.RemoveEmptyEntries)`, and with a `count` as .NET (Core)
 * does it: empty entries are skipped, those right before the last one too, and the last one
 * takes the rest of the string.
 */
function splitRemoveEmpty(s: string, separator: string, count?: number): string[] {
  if (count === undefined) return s.split(separator).filter(entry => entry !== '')
  const parts: string[] = []
  let rest = s
  while (parts.length < count - 1) {
    const at = rest.indexOf(separator)
    if (at < 0) break
    if (at > 0) parts.push(rest.slice(0, at))
    rest = rest.slice(at + separator.length)
  }
  while (rest.startsWith(separator)) rest = rest.slice(separator.length)
  if (rest !== '') parts.push(rest)
  return parts
}

type Mapping = readonly [token: string, replacement: string]

/** ActionCommand.cs:9-16: V1 properties and data. */
const V1_MAPPINGS: Mapping[] = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25']
]
/** ActionCommand.cs:18-23: V2 data. */
const V2_DATA_MAPPINGS: Mapping[] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25']
]
/** ActionCommand.cs:25-32: V2 properties. */
const V2_PROPERTY_MAPPINGS: Mapping[] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25']
]

function unescape(escaped: string, mappings: Mapping[]): string {
  let unescaped = escaped
  for (const [token, replacement] of mappings) unescaped = unescaped.replaceAll(replacement, token)
  return unescaped
}

/** A parsed command: its name as written, properties (keys compared ignoring case) and data. */
export interface ParsedCommand {
  command: string
  properties: Record<string, string>
  data: string
}

/** A case-insensitive dictionary that keeps the first spelling of each key, as .NET's does. */
class Properties {
  private readonly entries = new Map<string, [key: string, value: string]>()

  set(key: string, value: string): void {
    const folded = foldCase(key)
    const existing = this.entries.get(folded)
    this.entries.set(folded, [existing?.[0] ?? key, value])
  }

  record(): Record<string, string> {
    return Object.fromEntries(this.entries.values())
  }
}

function registeredName(name: string, registered: ReadonlySet<string>): boolean {
  // `new ActionCommand("")` throws and the parse returns false (ActionCommand.cs:38-42,114-118).
  return name !== '' && registered.has(foldCase(name))
}

/** `ActionCommand.TryParseV2` (ActionCommand.cs:51-119); `registered` holds case-folded names. */
export function tryParseV2(
  message: string,
  registered: ReadonlySet<string>
): ParsedCommand | undefined {
  if (!message) return undefined
  const trimmed = trimStart(message)
  if (!trimmed.startsWith('::')) return undefined
  const endIndex = trimmed.indexOf('::', 2)
  if (endIndex < 0) return undefined
  const cmdInfo = trimmed.slice(2, endIndex)
  const spaceIndex = cmdInfo.indexOf(' ')
  const command = spaceIndex < 0 ? cmdInfo : cmdInfo.slice(0, spaceIndex)
  if (!registeredName(command, registered)) return undefined
  const properties = new Properties()
  if (spaceIndex > 0) {
    for (const property of splitRemoveEmpty(trim(cmdInfo.slice(spaceIndex + 1)), ',')) {
      const pair = splitRemoveEmpty(property, '=', 2)
      if (pair.length === 2)
        properties.set(pair[0] as string, unescape(pair[1] as string, V2_PROPERTY_MAPPINGS))
    }
  }
  return {
    command,
    properties: properties.record(),
    data: unescape(trimmed.slice(endIndex + 2), V2_DATA_MAPPINGS)
  }
}

/** `ActionCommand.TryParse`, the V1 form (ActionCommand.cs:121-189). */
export function tryParseV1(
  message: string,
  registered: ReadonlySet<string>
): ParsedCommand | undefined {
  if (!message) return undefined
  const prefixIndex = message.indexOf('##[')
  if (prefixIndex < 0) return undefined
  const rbIndex = message.indexOf(']', prefixIndex)
  if (rbIndex < 0) return undefined
  const cmdInfo = message.slice(prefixIndex + 3, rbIndex)
  const spaceIndex = cmdInfo.indexOf(' ')
  const command = spaceIndex < 0 ? cmdInfo : cmdInfo.slice(0, spaceIndex)
  if (!registeredName(command, registered)) return undefined
  const properties = new Properties()
  if (spaceIndex > 0) {
    for (const property of splitRemoveEmpty(cmdInfo.slice(spaceIndex + 1), ';')) {
      const pair = splitRemoveEmpty(property, '=', 2)
      if (pair.length === 2)
        properties.set(pair[0] as string, unescape(pair[1] as string, V1_MAPPINGS))
    }
  }
  return {
    command,
    properties: properties.record(),
    data: unescape(message.slice(rbIndex + 1), V1_MAPPINGS)
  }
}

/** Server and workflow settings that change what the runner does with a command. */
export interface RunnerOptions {
  /** `DistributedTask.EnhancedAnnotations` (on at github.com); off, `notice` is not processed. */
  enhancedAnnotations?: boolean
  /** `ACTIONS_ALLOW_UNSECURE_COMMANDS=true`: `set-env` and `add-path` work (:241-260,460-479). */
  allowUnsecureCommands?: boolean
  /** `ACTIONS_ALLOW_UNSECURE_STOPCOMMAND_TOKENS=true`: any stop token is accepted (:163-168). */
  allowUnsecureStopCommandTokens?: boolean
  /** `ACTIONS_STEP_DEBUG`: debug lines shown and commands echoed (Runner.Worker/ExecutionContext.cs:1083). */
  stepDebug?: boolean
}

/** A command the runner processed. */
export interface LiveCommand extends ParsedCommand {
  /** The command's name, lower case. */
  name: string
  form: 'v1' | 'v2'
  /** Index of the line in `lines`, and the line itself. */
  index: number
  line: string
}

export interface Annotation {
  type: 'error' | 'warning' | 'notice'
  message: string
  properties: Record<string, string>
}

export interface RunnerLog {
  /** The lines as the runner reads them. */
  lines: string[]
  /** Every command processed, but `stop-commands` and the token that resumes. */
  commands: LiveCommand[]
  /** `stop-commands` lines and the lines that resumed, in order. */
  stops: { token: string; stopped: number; resumed: number | undefined }[]
  /** What the log shows, masked. */
  printed: string[]
  annotations: Annotation[]
  masks: string[]
  outputs: Record<string, string>
  state: Record<string, string>
  env: Record<string, string>
  path: string[]
  /** `##[group]` / `##[endgroup]` as the runner writes them. */
  groups: string[]
  /** A command failed (e.g. `set-env` while disabled): the step fails (:137-143). */
  failed: boolean
}

/** Constants.cs:228 */
const UNSECURE_COMMAND =
  'The `{0}` command is disabled. Please upgrade to using Environment Files or opt into unsecure command execution by setting the `ACTIONS_ALLOW_UNSECURE_COMMANDS` environment variable to `true`. For more information see: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/'

/**
 * One step's command manager (Runner.Worker/ActionCommandManager.cs): feed it the step's lines
 * in order; stdout and stderr share it (Runner.Worker/Handlers/NodeScriptActionHandler.cs:157-161).
 */
export class CommandManager {
  readonly log: RunnerLog = {
    lines: [],
    commands: [],
    stops: [],
    printed: [],
    annotations: [],
    masks: [],
    outputs: {},
    state: {},
    env: {},
    path: [],
    groups: [],
    failed: false
  }
  private readonly registered = new Set<string>(REGISTERED_COMMANDS.map(foldCase))
  private stopToken: string | undefined
  private echo: boolean

  constructor(private readonly options: RunnerOptions = {}) {
    this.echo = options.stepDebug ?? false
  }

  /**
   * `OutputManager.OnDataReceived` for one line (Runner.Worker/Handlers/OutputManager.cs:77-99);
   * true when `TryProcessCommand` took it as a command.
   */
  onLine(line: string): boolean {
    const index = this.log.lines.push(line) - 1
    if (line && (line.includes('##[') || line.includes('::')) && this.tryProcess(line, index))
      return true
    let shown = line
    if (shown.includes('##[start-action') || shown.includes('##[end-action'))
      shown = shown
        .replaceAll('##[start-action', '##[\\start-action')
        .replaceAll('##[end-action', '##[\\end-action')
    this.print(shown)
    return false
  }

  private print(text: string): void {
    let masked = text
    for (const secret of [...this.log.masks].sort((a, b) => b.length - a.length))
      masked = masked.replaceAll(secret, '***')
    this.log.printed.push(masked)
  }

  private addMask(value: string): void {
    if (value !== '' && !this.log.masks.includes(value)) this.log.masks.push(value)
  }

  /** `TryProcessCommand` (ActionCommandManager.cs:61-154). */
  private tryProcess(input: string, index: number): boolean {
    const v2 = tryParseV2(input, this.registered)
    const parsed = v2 ?? tryParseV1(input, this.registered)
    if (!parsed) return false
    const form = v2 ? 'v2' : 'v1'
    // A case-sensitive comparison in the runner: `NOTICE` passes (:76).
    if (!this.options.enhancedAnnotations && parsed.command === 'notice') return false
    const name = foldCase(parsed.command)
    if (this.stopToken !== undefined) {
      if (name !== foldCase(this.stopToken)) return false
      this.print(input)
      this.registered.delete(foldCase(this.stopToken))
      const stop = this.log.stops.at(-1)
      if (stop) stop.resumed = index
      this.stopToken = undefined
      return true
    }
    if (name === foldCase('stop-commands')) {
      this.validateStopToken(parsed.data)
      this.stopToken = parsed.data
      this.registered.add(foldCase(parsed.data))
      if (parsed.data.length > 6) this.addMask(parsed.data)
      this.print(input)
      this.log.stops.push({ token: parsed.data, stopped: index, resumed: undefined })
      return true
    }
    const lower = parsed.command.toLowerCase()
    if (this.echo && !OMIT_ECHO.has(lower)) this.print(input)
    this.log.commands.push({ ...parsed, name: lower, form, index, line: input })
    try {
      this.process(lower, parsed)
    } catch (error) {
      const information = OMIT_ECHO.has(lower) ? lower : input
      this.issue('error', `Unable to process command '${information}' successfully.`, {})
      this.issue('error', (error as Error).message, {})
      this.log.failed = true
    }
    return true
  }

  /** ValidateStopToken (ActionCommandManager.cs:156-188). */
  private validateStopToken(token: string): void {
    const invalid =
      this.registered.has(foldCase(token)) ||
      token === '' ||
      foldCase(token) === foldCase('pause-logging')
    if (invalid && !this.options.allowUnsecureStopCommandTokens)
      throw new Error(
        `The runner refuses the stop-commands token '${token}' (Constants.Runner.UnsupportedStopCommandTokenDisabled)`
      )
  }

  private issue(type: Annotation['type'], message: string, properties: Record<string, string>) {
    this.log.annotations.push({ type, message, properties })
    this.print(`##[${type}]${message}`)
  }

  private property(command: ParsedCommand, key: string): string | undefined {
    const entry = Object.entries(command.properties).find(([k]) => foldCase(k) === foldCase(key))
    return entry?.[1]
  }

  /** What each extension does (ActionCommandManager.cs:234-832), as far as a test can see it. */
  private process(name: string, command: ParsedCommand): void {
    const required = (what: string) => {
      const value = this.property(command, 'name')
      if (!value) throw new Error(`Required field 'name' is missing in ##[${what}] command.`)
      return value
    }
    switch (name) {
      case 'set-env':
      case 'add-path':
        if (!this.options.allowUnsecureCommands)
          throw new Error(UNSECURE_COMMAND.replace('{0}', name))
        if (name === 'add-path') this.log.path.unshift(command.data)
        else this.log.env[required('set-env')] = command.data
        return
      case 'set-output':
        this.log.outputs[required('set-output')] = command.data
        return
      case 'save-state':
        this.log.state[required('save-state')] = command.data
        return
      case 'add-mask':
        // :427-450: the value, and each of its lines, trimmed.
        if (command.data.trim() === '') {
          this.issue(
            'warning',
            "Can't add secret mask for empty string in ##[add-mask] command.",
            {}
          )
          return
        }
        if (this.echo) this.print('::add-mask::***')
        this.addMask(command.data)
        for (const part of command.data.split(/[\r\n]/)) this.addMask(trim(part))
        return
      case 'warning':
      case 'error':
      case 'notice':
        this.issue(name, command.data, command.properties)
        return
      case 'debug':
        if (this.options.stepDebug) this.print(`##[debug]${command.data}`)
        return
      case 'group':
      case 'endgroup': {
        const shown = `##[${name}]${name === 'group' ? command.data : ''}`
        this.log.groups.push(shown)
        this.print(shown)
        return
      }
      case 'echo': {
        const value = trim(command.data).toUpperCase()
        if (value === 'ON') this.echo = true
        else if (value === 'OFF') this.echo = false
        else
          throw new Error(
            `Invalid echo command value. Possible values can be: 'on', 'off'. Current value is: '${command.data}'.`
          )
        return
      }
      default:
        // add-matcher, remove-matcher: processed, nothing a test here looks at.
        return
    }
  }
}

/**
 * The runner's reading of a step's stdout. Enhanced annotations are on by default, as at
 * github.com; pass `{ enhancedAnnotations: false }` for a server without them.
 */
export function parseRunnerLog(stdout: string, options: RunnerOptions = {}): RunnerLog {
  const manager = new CommandManager({ enhancedAnnotations: true, ...options })
  for (const line of readLines(stdout)) manager.onLine(line)
  return manager.log
}
