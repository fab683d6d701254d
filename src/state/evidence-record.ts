import * as fs from 'node:fs'
import * as path from 'node:path'
import { parseEvidence, type Evidence } from '../release/evidence.js'
import { checkPrivateFolder, makePrivateFolder } from './private-folder.js'

const PREFIX = 'packer-ami-release-'
const FILE = 'evidence.json'

/**
 * Where the main step keeps its evidence for the post step: a file in a private folder under
 * RUNNER_TEMP, rewritten whole (write, then rename) on every change, so a step killed at any
 * moment leaves the last complete record. The step state carries only the folder's path, and
 * the post step reads nothing the step state says unless the path is such a folder: what a
 * program prints can reach the step state on runners that still honour `save-state` on stdout,
 * but it cannot write this file.
 */
export class EvidenceRecord {
  readonly folder: string

  constructor(temp: string) {
    this.folder = makePrivateFolder(temp, PREFIX)
  }

  write(evidence: Evidence): void {
    const file = path.join(this.folder, FILE)
    const next = `${file}.next`
    fs.writeFileSync(next, JSON.stringify(evidence), { mode: 0o600 })
    fs.renameSync(next, file)
  }
}

/**
 * The evidence in the folder the step state names, checked as input (`parseEvidence`); refused
 * when the folder is not one `EvidenceRecord` made, or the file not a regular file in it.
 */
export function readEvidenceRecord(
  folder: string,
  temp: string
): { evidence?: Evidence; problems: string[] } {
  const { refused, gone } = checkPrivateFolder(folder, temp, PREFIX)
  if (refused) return { problems: [refused] }
  if (gone) return { problems: [] }
  const file = path.join(folder, FILE)
  const stat = fs.lstatSync(file, { throwIfNoEntry: false })
  if (stat === undefined) return { problems: [] }
  if (!stat.isFile()) return { problems: [`'${file}' is not a file this action wrote`] }
  const read = parseEvidence(fs.readFileSync(file, 'utf8'))
  // The record is made as the build starts: a start well before the folder was is no start
  // of this build (where the file system keeps creation times).
  const made = fs.statSync(folder).birthtimeMs
  const started = Date.parse(read.evidence?.startedAt ?? '')
  if (made > 0 && started < made - START_BEFORE_RECORD_MS)
    return {
      problems: [
        `the saved start time ${read.evidence?.startedAt ?? ''} is before the record was made (${new Date(made).toISOString()})`
      ]
    }
  return read
}

/** How much earlier than its folder a record's start may be: the start's clock allowance, and more. */
const START_BEFORE_RECORD_MS = 5 * 60_000

/**
 * Removes the record once the post step is done with it: the files `EvidenceRecord` writes, and
 * the folder when nothing else is in it.
 */
export function removeEvidenceRecord(folder: string, temp: string): void {
  const { refused, gone } = checkPrivateFolder(folder, temp, PREFIX)
  if (refused || gone) return
  for (const name of [FILE, `${FILE}.next`]) {
    const file = path.join(folder, name)
    if (fs.lstatSync(file, { throwIfNoEntry: false })?.isFile()) fs.rmSync(file)
  }
  if (fs.readdirSync(folder).length === 0) fs.rmdirSync(folder)
}
