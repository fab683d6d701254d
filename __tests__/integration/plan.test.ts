import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { readReleaseTemplate } from '../../src/steps/plan.js'

const warnings = vi.hoisted(() => [] as string[])
vi.mock('@actions/core', async original => ({
  ...(await original<typeof import('@actions/core')>()),
  warning: (message: string) => warnings.push(message)
}))

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-test-'))
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

/** A template whose build takes its sources from an expression the reader does not evaluate. */
function write(sources: string, before: string[]): string {
  const file = path.join(scratch, `t${fs.readdirSync(scratch).length}.pkr.hcl`)
  const text = [
    'variable "image_version" {}',
    ...before,
    'source "amazon-ebs" "app" {',
    '  ami_name = "app-${var.image_version}"',
    '}',
    'build {',
    `  sources = ${sources}`,
    '}'
  ].join('\n')
  fs.writeFileSync(file, text)
  return file
}

const inputs = (template: string, more: { only?: string[]; except?: string[] } = {}) => ({
  template,
  workingDirectory: scratch,
  vars: [] as [string, string][],
  varFiles: [],
  only: more.only ?? [],
  except: more.except ?? []
})

describe('readReleaseTemplate: builds the reader cannot list', () => {
  // Packer decodes a build's sources with the variables and locals
  // (hashicorp/packer@v1.16.0:hcl2template/parser.go:547-563 evaluates the locals, then
  // types.build.go:101 decodes the build block with cfg.EvalContext(LocalContext, nil)).
  it.each([
    ['a local', 'local.sources', ['locals { sources = ["source.amazon-ebs.app"] }']],
    [
      'a variable',
      'var.sources',
      ['variable "sources" {\n  default = ["source.amazon-ebs.app"]\n}']
    ]
  ])('sources from %s: left to Packer with a warning, not refused', (_, sources, before) => {
    const template = write(sources, before)
    for (const more of [{}, { only: ['amazon-ebs.app'] }, { except: ['amazon-ebs.web'] }]) {
      warnings.length = 0
      const read = readReleaseTemplate(inputs(template, more))
      expect(read.selected).toBeUndefined()
      expect(warnings).toEqual([
        expect.stringContaining(`The names of some builds are known only to Packer (${sources})`)
      ])
    }
  })
})
