import { spawnSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { parse } from 'yaml'

/**
 * Runs the `run:` steps of a workflow job as the runner does, in order, with `if:` conditions,
 * `env:` and `${{ }}` expressions evaluated from the case's values and from the outputs earlier
 * steps wrote to GITHUB_OUTPUT. An `aws` and a `sleep` of the test go first on PATH: `aws`
 * records its arguments and answers from the case's fixtures; `sleep` only records.
 */

export interface Workflow {
  env?: Record<string, string>
  jobs: Record<string, Job>
}

export interface Job {
  if?: string
  env?: Record<string, string>
  outputs?: Record<string, string>
  environment?: string
  permissions?: Record<string, string>
  defaults?: { run?: { shell?: string } }
  steps?: Step[]
  uses?: string
  with?: Record<string, unknown>
  needs?: string | string[]
}

export interface Step {
  id?: string
  name?: string
  if?: string
  uses?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
  run?: string
  shell?: string
}

export function readWorkflow(file: string): Workflow {
  return parse(fs.readFileSync(file, 'utf8')) as Workflow
}

// --- Expressions -------------------------------------------------------------------------------

export type Context = Record<string, unknown>

/** A value as the runner puts it in text: objects as JSON, nothing as ''. */
function asText(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return `${v}`
  return JSON.stringify(v) ?? ''
}

/**
 * GitHub's expression syntax as far as the examples use it: property paths (`steps.x.outputs.y`,
 * `inputs.ami-id`), string, number and boolean literals, `==` `!=` (strings compared ignoring
 * case), `!` `&&` `||`, parentheses and the status functions.
 */
export function evaluate(
  expression: string,
  context: Context,
  status: { failed: boolean }
): unknown {
  const tokens = expression.match(/'(?:[^']|'')*'|==|!=|&&|\|\||[!()]|[\w.-]+\(\)|[\w.-]+/g) ?? []
  let at = 0
  const peek = () => tokens[at]
  const next = () => tokens[at++] as string
  const text = asText
  const truthy = (v: unknown) => v !== '' && v !== null && v !== undefined && v !== false && v !== 0
  const primary = (): unknown => {
    const token = next()
    if (token === '(') {
      const value = or()
      next()
      return value
    }
    if (token === '!') return !truthy(primary())
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'")
    if (token === 'true' || token === 'false') return token === 'true'
    if (token === 'null') return null
    if (/^-?\d+(\.\d+)?$/.test(token)) return Number(token)
    if (token === 'success()') return !status.failed
    if (token === 'failure()') return status.failed
    if (token === 'always()') return true
    if (token === 'cancelled()') return false
    if (token.endsWith('()')) throw new Error(`expression function ${token} is not read here`)
    return token
      .split('.')
      .reduce<unknown>(
        (v, key) =>
          v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined,
        context
      )
  }
  const comparison = (): unknown => {
    const left = primary()
    if (peek() !== '==' && peek() !== '!=') return left
    const equal = next() === '=='
    const same =
      typeof left === 'boolean' || typeof left === 'number'
        ? text(left) === text(primary())
        : text(left).toLowerCase() === text(primary()).toLowerCase()
    return equal ? same : !same
  }
  const and = (): unknown => {
    let value = comparison()
    while (peek() === '&&') {
      next()
      const right = comparison()
      value = truthy(value) ? right : value
    }
    return value
  }
  const or = (): unknown => {
    let value = and()
    while (peek() === '||') {
      next()
      const right = and()
      value = truthy(value) ? value : right
    }
    return value
  }
  const value = or()
  if (at !== tokens.length) throw new Error(`expression not read whole: ${expression}`)
  return value
}

const EXPRESSION = /\$\{\{\s*([\s\S]*?)\s*\}\}/g

/** Text with each `${{ }}` replaced by its value, as the runner does before the step runs. */
export function substitute(text: string, context: Context): string {
  return text.replace(EXPRESSION, (_, e: string) => {
    return asText(evaluate(e, context, { failed: false }))
  })
}

/** Whether a step (or job) runs: `if:` with or without `${{ }}`, `success()` when there is none. */
export function runs(condition: string | undefined, context: Context, failed: boolean): boolean {
  if (condition === undefined) return !failed
  const e = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
  const value = evaluate(e, context, { failed })
  const statusChecked = /\b(success|failure|always|cancelled)\(\)/.test(e)
  const truthy =
    value !== '' && value !== null && value !== undefined && value !== false && value !== 0
  return statusChecked ? truthy : !failed && truthy
}

// --- The stubs ---------------------------------------------------------------------------------

/**
 * The fixtures `aws` answers from: the first rule whose call (`service operation`) and `when`
 * options match gives its next answer (the last one repeats). An answer is the API's response,
 * which the stub filters with `--query` (JMESPath, Debian's python3-jmespath) and prints as
 * `--output` says, or an error as the CLI reports one.
 */
export interface AwsRule {
  call: string
  when?: Record<string, string | string[]>
  answers: ({ response: unknown } | { error: string; message: string })[]
}

const AWS_STUB = String.raw`#!/usr/bin/python3
import json, os, sys
import jmespath

args = sys.argv[1:]
with open(os.environ['AWS_STUB_CALLS'], 'a') as f:
    f.write(json.dumps(args) + '\n')
options, name = {}, None
for word in args[2:]:
    if word.startswith('--'):
        name = word[2:]
        options[name] = []
    elif name is not None:
        options[name].append(word)
with open(os.environ['AWS_STUB_FIXTURES']) as f:
    rules = json.load(f)
state_file = os.environ['AWS_STUB_STATE']
used = json.load(open(state_file)) if os.path.exists(state_file) else {}
call = ' '.join(args[:2])
for index, rule in enumerate(rules):
    when = {k: v if isinstance(v, list) else [v] for k, v in rule.get('when', {}).items()}
    if rule['call'] == call and all(options.get(k) == v for k, v in when.items()):
        n = used.get(str(index), 0)
        used[str(index)] = n + 1
        answer = rule['answers'][min(n, len(rule['answers']) - 1)]
        break
else:
    sys.stderr.write('aws (test stub): no fixture answers ' + ' '.join(args) + '\n')
    sys.exit(255)
with open(state_file, 'w') as f:
    json.dump(used, f)
if 'error' in answer:
    sys.stderr.write('\nAn error occurred (%s) when calling the %s operation: %s\n'
                     % (answer['error'], args[1], answer['message']))
    sys.exit(254)
result = answer['response']
if 'query' in options:
    result = jmespath.search(options['query'][0], result)
output = (options.get('output') or ['json'])[0]

def scalar(value):
    if isinstance(value, (dict, list)):
        sys.stderr.write('aws (test stub): prints only scalars and lists of them as text\n')
        sys.exit(255)
    return str(value)

if output == 'text':
    # The CLI's text output: a scalar on its line, a list's items joined by tabs, a list of
    # lists one line each.
    rows = result if isinstance(result, list) and any(isinstance(r, list) for r in result) else [result]
    for row in rows:
        if isinstance(row, list):
            if row:
                print('\t'.join(scalar(v) for v in row))
        else:
            print(scalar(row))
elif result != {}:
    print(json.dumps(result, indent=4))
`

export interface StepResult {
  key: string
  status: 'success' | 'failure' | 'skipped'
  outputs: Record<string, string>
  stdout: string
  stderr: string
}

export interface JobRun {
  steps: StepResult[]
  failed: boolean
  outputs: Record<string, string>
  /** Every `aws` command line, in order. */
  calls: string[][]
  /** Every `sleep`'s arguments, in order. */
  sleeps: string[]
  workspace: string
}

/** `name=value` and `name<<DELIM` … `DELIM` lines of a GITHUB_OUTPUT file. */
function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const heredoc = /^([^=]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const end = lines.indexOf(heredoc[2] as string, i + 1)
      outputs[heredoc[1] as string] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (line.includes('='))
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
  }
  return outputs
}

/** The shell a run step gets: its own, the job's default, the workflow's default, else the runner's. */
export function shellOf(
  workflow: Workflow & { defaults?: Job['defaults'] },
  job: Job,
  step: Step
): string {
  return (
    step.shell ??
    job.defaults?.run?.shell ??
    workflow.defaults?.run?.shell ??
    '(runner default: bash -e)'
  )
}

export interface JobCase {
  /** The contexts the job's expressions read: inputs, matrix, needs, github, secrets. */
  context?: Context
  /** Outputs of the steps that run an action (`uses:`), by step id. */
  uses?: Record<string, Record<string, string>>
  aws?: AwsRule[]
  /** Files in the workspace before the job, path → text (an earlier job's artifacts). */
  files?: Record<string, string>
  /** Links in the workspace to folders of the repository, as a checkout would bring them. */
  checkout?: string[]
}

/** Where a job's steps run: a workspace, the stubs first on PATH, and the stubs' files. */
interface Bench {
  dir: string
  workspace: string
  env: Record<string, string>
  calls: string
  sleeps: string
}

function prepare(root: string, dir: string, job: JobCase): Bench {
  const workspace = path.join(dir, 'workspace')
  const bin = path.join(dir, 'bin')
  fs.mkdirSync(workspace, { recursive: true })
  fs.mkdirSync(bin, { recursive: true })
  for (const [name, text] of Object.entries(job.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true })
    fs.writeFileSync(path.join(workspace, name), text)
  }
  for (const folder of job.checkout ?? [])
    fs.symlinkSync(path.join(root, folder), path.join(workspace, folder))
  fs.writeFileSync(path.join(bin, 'aws'), AWS_STUB, { mode: 0o755 })
  fs.writeFileSync(path.join(bin, 'sleep'), '#!/bin/sh\necho "$*" >> "$STUB_SLEEPS"\n', {
    mode: 0o755
  })
  const stub = {
    AWS_STUB_CALLS: path.join(dir, 'aws-calls.jsonl'),
    AWS_STUB_FIXTURES: path.join(dir, 'aws-fixtures.json'),
    AWS_STUB_STATE: path.join(dir, 'aws-state.json'),
    STUB_SLEEPS: path.join(dir, 'sleeps')
  }
  fs.writeFileSync(stub.AWS_STUB_FIXTURES, JSON.stringify(job.aws ?? []))
  return {
    dir,
    workspace,
    calls: stub.AWS_STUB_CALLS,
    sleeps: stub.STUB_SLEEPS,
    env: {
      PATH: `${bin}:${process.env['PATH'] ?? '/usr/bin:/bin'}`,
      HOME: dir,
      LANG: 'C.UTF-8',
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: dir,
      ...stub
    }
  }
}

/** One run step: its script with the expressions filled in, as `shell: bash` runs it. */
function runStep(
  bench: Bench,
  index: number,
  script: string,
  env: Record<string, string>
): Omit<StepResult, 'key'> {
  const file = path.join(bench.dir, `step-${index}.sh`)
  const output = path.join(bench.dir, `output-${index}`)
  fs.writeFileSync(file, script)
  fs.writeFileSync(output, '')
  // The runner's command for `shell: bash` (GitHub Docs, "Workflow syntax for GitHub Actions",
  // jobs.<job_id>.steps[*].shell).
  const result = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', file], {
    cwd: bench.workspace,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...bench.env, GITHUB_OUTPUT: output, ...env }
  })
  return {
    status: result.status === 0 ? 'success' : 'failure',
    outputs: readOutputs(output),
    stdout: result.stdout,
    stderr: result.stderr
  }
}

const lines = (file: string) =>
  fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : []

/**
 * Runs job `jobName` of `file` as the runner would its run steps, in `dir` (a fresh folder).
 * `ran` collects `file#job#index` of each run step that ran, for the examples' coverage.
 */
export function runJob(
  root: string,
  file: string,
  jobName: string,
  job: JobCase,
  dir: string,
  ran: Set<string>
): JobRun {
  const workflow = readWorkflow(path.join(root, file))
  const spec = workflow.jobs[jobName]
  if (!spec?.steps) throw new Error(`${file} has no job ${jobName} with steps`)
  const bench = prepare(root, dir, job)
  const context: Context = { ...job.context, steps: {}, env: {} }
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries({ ...workflow.env, ...spec.env }))
    env[k] = substitute(String(v), context)
  context['env'] = env
  const steps: StepResult[] = []
  let failed = false
  spec.steps.forEach((step, index) => {
    let result: Omit<StepResult, 'key'>
    if (!runs(step.if, context, failed))
      result = { status: 'skipped', outputs: {}, stdout: '', stderr: '' }
    else if (step.run === undefined)
      result = {
        status: 'success',
        outputs: job.uses?.[step.id ?? ''] ?? {},
        stdout: '',
        stderr: ''
      }
    else {
      ran.add(`${file}#${jobName}#${index}`)
      const stepEnv = { ...env }
      for (const [k, v] of Object.entries(step.env ?? {}))
        stepEnv[k] = substitute(String(v), context)
      result = runStep(bench, index, substitute(step.run, context), stepEnv)
      failed ||= result.status === 'failure'
    }
    steps.push({ key: step.id ?? step.name ?? `${index}`, ...result })
    if (step.id)
      (context['steps'] as Context)[step.id] = {
        outputs: result.outputs,
        outcome: result.status,
        conclusion: result.status
      }
  })
  const outputs: Record<string, string> = {}
  for (const [k, v] of Object.entries(spec.outputs ?? {})) outputs[k] = substitute(v, context)
  return {
    steps,
    failed,
    outputs,
    calls: lines(bench.calls).map(l => JSON.parse(l) as string[]),
    sleeps: lines(bench.sleeps),
    workspace: bench.workspace
  }
}
