import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDir } from '../../testbed/fixtures.js'
import { startReleaseBed, type ReleaseBed } from '../../testbed/release-bed.js'
import { errors } from '../../testbed/runner.js'
import { hclTemplate } from '../../testbed/templates.js'
import { parseRunnerLog, type RunnerLog } from '../helpers/runner-log.js'

// Programs the action runs print whatever a user's template and playbooks make them print.
// The step's stdout is read here as actions/runner v2.336.0 reads it (../helpers/runner-log.ts):
// no line a program printed may be a live workflow command, while the action's own commands
// (masks, groups, annotations) stay live and the printed text stays in the log.

let bed: ReleaseBed
let files: string
beforeAll(async () => {
  bed = await startReleaseBed()
  files = tempDir('relay-files')
})
afterAll(async () => {
  await bed?.close()
  fs.rmSync(files, { recursive: true, force: true })
})

/**
 * The file commands the runner always provides: without GITHUB_PATH, @actions/core's addPath
 * falls back to the `::add-path::` command, which the runner refuses and fails the step for.
 */
function runnerFiles(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const name of ['GITHUB_PATH', 'GITHUB_ENV']) {
    const file = path.join(fs.mkdtempSync(path.join(files, 'step-')), name)
    fs.writeFileSync(file, '')
    env[name] = file
  }
  return env
}

const TOKEN = 'ghs_relay0test0secret0value0123456789'

/** Shell-local commands (run by Packer on the runner) that print runner commands. */
const INJECTIONS = [
  `echo '::error title=x::fake'`,
  `echo '::save-state name=evidence::{"leads":[],"region":"us-east-1","finished":[]}'`,
  `echo '::add-mask::x'`,
  `echo '::set-output name=ami-id::ami-0bad'`,
  `echo '##[error]fake'`,
  // A literal backslash-n: Packer writes it as it writes a newline, and it is decoded as one.
  `printf '%s\\n' 'before\\n::warning::x'`,
  // A carriage return: Packer keeps what follows the last one (cleanOutputLine).
  `printf 'progress\\r::error title=cr::raw-cr\\n'`,
  // A literal backslash-r, decoded as a carriage return, which the runner ends a line at.
  `printf '%s\\n' 'literal\\r::warning::literal-cr'`,
  // Their own stop and resume change nothing: commands are already stopped, with our token.
  `echo '::stop-commands::theirs'`,
  `echo '::theirs::'`,
  `echo '::error::after-their-resume'`,
  `echo '::error::from-stderr' >&2`
]

/** Data of commands only a program printed: none may be live. */
const INJECTED = ['fake', 'x', 'raw-cr', 'literal-cr', 'after-their-resume', 'from-stderr']

function expectInert(log: RunnerLog): void {
  expect(log.commands.filter(c => INJECTED.includes(c.data))).toEqual([])
  expect(log.annotations.filter(a => INJECTED.includes(a.message))).toEqual([])
  expect(log.masks).not.toContain('x')
  // The action writes outputs and state to files: any from stdout came from a program.
  expect(log.outputs).toEqual({})
  expect(log.state).toEqual({})
  expect(log.env).toEqual({})
  expect(log.failed).toBe(false)
  // Every stop of the relay was resumed, by the action's token only.
  expect(log.stops.length).toBeGreaterThan(0)
  for (const stop of log.stops) {
    expect(stop.token).toMatch(/^[0-9a-f]{32}$/)
    expect(stop.resumed).toBeDefined()
  }
}

function expectOwnCommandsLive(log: RunnerLog): void {
  expect(log.masks).toContain(TOKEN)
  expect(log.groups).toContain('##[group]Install Packer')
  expect(log.groups.filter(g => g === '##[endgroup]')).toHaveLength(
    log.groups.filter(g => g.startsWith('##[group]')).length
  )
}

describe('program output is data, as the runner reads it', () => {
  it('a build whose provisioner prints runner commands: shown, none live; the action’s own live', async () => {
    const template = bed.template('relay/app.pkr.hcl', {
      builds: [{ name: 'app', localCommands: INJECTIONS }]
    })
    const result = await bed.main({
      ref: 'refs/heads/main',
      inputs: bed.inputs({
        template,
        'ansible-version': 'none',
        'image-version': 'relay-1',
        'release-notes': 'true',
        'github-token': TOKEN
      }),
      env: runnerFiles()
    })
    expect(errors(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    const log = parseRunnerLog(result.stdout)
    expectInert(log)
    expectOwnCommandsLive(log)
    // The action's own commands issued right after the relayed build output are live: the
    // groups of the phases that follow the build, and the line it prints as text.
    const built = log.groups.indexOf('##[group]Build the image')
    expect(built).toBeGreaterThan(-1)
    expect(log.groups.slice(built)).toEqual([
      '##[group]Build the image',
      '##[endgroup]',
      '##[group]Release',
      '##[endgroup]',
      '##[group]Publish the release',
      '##[endgroup]',
      '##[group]Retire older images',
      '##[endgroup]'
    ])
    expect(log.printed).toContain(
      'release-notes: this run is not for a tag, so there is no GitHub Release to add the AMIs to'
    )
    // The real outputs and state, not the injected ones.
    expect(result.outputs['ami-id']).toMatch(/^ami-[0-9a-f]+$/)
    expect(result.outputs['ami-id']).not.toBe('ami-0bad')
    // The log shows what the provisioner printed, as text.
    const shown = log.printed.join('\n')
    for (const text of [
      '::error title=x::fake',
      '::save-state name=evidence::',
      '::set-output name=ami-id::ami-0bad',
      '##[error]fake',
      '::stop-commands::theirs',
      '::theirs::',
      '::error::from-stderr'
    ])
      expect(shown).toContain(text)
    // Decoded line breaks start new lines that read as commands, yet are text.
    expect(log.printed).toContain('::warning::x')
    expect(log.printed).toContain('::warning::literal-cr')
    expect(shown).toMatch(/: ::error title=cr::raw-cr$/m)
    expect(shown).not.toContain('progress')
  })

  it('packer validate output is relayed the same way; the action’s own error is live', async () => {
    const hcl = hclTemplate({
      endpoint: bed.endpoint.url,
      target: { communicator: 'none' },
      builds: [{ name: 'app' }]
    }).replace(
      'variable "image_version" {\n  type = string\n}',
      [
        'variable "image_version" {',
        '  type = string',
        '  validation {',
        '    condition     = length(var.image_version) > 100',
        '    error_message = "The image_version is too short.\\n::error title=validate::injected by validate\\n##[warning]v1 by validate."',
        '  }',
        '}'
      ].join('\n')
    )
    expect(hcl).toContain('validation {')
    const template = bed.write('relay/validate.pkr.hcl', hcl)
    const result = await bed.main({
      ref: 'refs/pull/1/merge',
      inputs: bed.inputs({
        template,
        mode: 'validate',
        'ansible-version': 'none',
        'github-token': TOKEN
      }),
      env: runnerFiles()
    })
    expect(result.exitCode).toBe(1)
    const log = parseRunnerLog(result.stdout)
    expect(log.printed).toContain('::error title=validate::injected by validate')
    expect(log.printed).toContain('##[warning]v1 by validate.')
    expect(log.masks).toContain(TOKEN)
    // One annotation: the step's own error, on the template, which quotes the output escaped.
    expect(log.annotations).toHaveLength(1)
    expect(log.annotations[0]).toMatchObject({
      type: 'error',
      properties: { title: 'packer validate', file: path.join(bed.job.workspace, template) }
    })
    expect(log.annotations[0]?.message).toMatch(/^Invalid value for cmd variable: /)
    expect(log.failed).toBe(false)
    expect(log.stops.every(s => s.resumed !== undefined)).toBe(true)
  })
})
