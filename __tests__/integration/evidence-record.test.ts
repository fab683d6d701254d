import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Evidence } from '../../src/release/evidence.js'
import {
  EvidenceRecord,
  readEvidenceRecord,
  removeEvidenceRecord
} from '../../src/state/evidence-record.js'

let temp = ''
beforeEach(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'record-'))
})
afterEach(() => {
  fs.rmSync(temp, { recursive: true, force: true })
})

const evidence = (over: Partial<Evidence> = {}): Evidence => ({
  startedAt: new Date(Date.now() - 60_000).toISOString(),
  run: 'octo/app#1.1',
  region: 'us-east-1',
  buildRegions: {},
  leads: [{ kind: 'instance', value: 'i-0123456789abcdef0', build: 'amazon-ebs.app' }],
  settled: false,
  ...over
})

describe('the evidence record the post step reads', () => {
  it('reads back what the main step wrote, last write whole', () => {
    const record = new EvidenceRecord(temp)
    record.write(evidence())
    const last = evidence({ settled: true })
    record.write(last)
    expect(readEvidenceRecord(record.folder, temp)).toEqual({ evidence: last, problems: [] })
    expect(fs.readdirSync(record.folder)).toEqual(['evidence.json'])
    expect(fs.statSync(record.folder).mode & 0o777).toBe(0o700)
  })

  it.each([
    ['a JSON record (what a forged save-state carries)', () => JSON.stringify(evidence())],
    [
      'a folder outside RUNNER_TEMP',
      () => fs.mkdtempSync(path.join(os.tmpdir(), 'packer-ami-release-'))
    ],
    ['a relative path', () => 'packer-ami-release-abcdef'],
    ['a folder of another name', () => fs.mkdtempSync(path.join(temp, 'other-'))]
  ])('refuses %s, reading nothing', (_what, make) => {
    const folder = make()
    const { evidence: read, problems } = readEvidenceRecord(folder, temp)
    expect(read).toBeUndefined()
    expect(problems).toEqual([expect.stringMatching(/is not a folder this action makes/)])
  })

  it('refuses a folder of the right name that others may write, or a link to one', () => {
    const record = new EvidenceRecord(temp)
    record.write(evidence())
    fs.chmodSync(record.folder, 0o777)
    expect(readEvidenceRecord(record.folder, temp).problems).toEqual([
      expect.stringMatching(/is not the private folder this action made/)
    ])
    fs.chmodSync(record.folder, 0o700)
    const link = path.join(temp, 'packer-ami-release-linked')
    fs.symlinkSync(record.folder, link)
    expect(readEvidenceRecord(link, temp).problems).toEqual([
      expect.stringMatching(/is not the private folder this action made/)
    ])
  })

  it('refuses a start long before the record was made', () => {
    const record = new EvidenceRecord(temp)
    record.write(evidence({ startedAt: new Date(Date.now() - 2 * 86_400_000).toISOString() }))
    const { evidence: read, problems } = readEvidenceRecord(record.folder, temp)
    expect(read).toBeUndefined()
    expect(problems).toEqual([expect.stringMatching(/is before the record was made/)])
  })

  it('removes its own files and folder, and nothing it did not write', () => {
    const record = new EvidenceRecord(temp)
    record.write(evidence())
    removeEvidenceRecord(record.folder, temp)
    expect(fs.existsSync(record.folder)).toBe(false)

    const other = new EvidenceRecord(temp)
    other.write(evidence())
    fs.writeFileSync(path.join(other.folder, 'precious'), 'x')
    removeEvidenceRecord(other.folder, temp)
    expect(fs.readdirSync(other.folder)).toEqual(['precious'])

    const victim = fs.mkdtempSync(path.join(temp, 'keep-'))
    fs.writeFileSync(path.join(victim, 'evidence.json'), '{}')
    removeEvidenceRecord(victim, temp)
    expect(fs.readdirSync(victim)).toEqual(['evidence.json'])
  })
})
