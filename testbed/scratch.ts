import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll } from 'vitest'

/**
 * Each test file's temporary files in one folder of its own, removed when the file ends, pass
 * or fail: a job's tool cache holds a Packer of 100 MiB and a venv, and a suite run makes
 * dozens of them. Everything a test makes with os.tmpdir(), and every program it starts
 * without a TMPDIR of its own, lands there. Loaded by vitest before each test file
 * (`setupFiles`); its afterAll runs after the file's own, which stop the servers first.
 */
const base = (process.env['PAR_TMPDIR_BASE'] ??= os.tmpdir())
const dir = fs.mkdtempSync(path.join(base, 'par-file-'))
// Others may pass through, as through /tmp: sshd reads a test's authorized_keys as its user.
fs.chmodSync(dir, 0o755)
process.env['TMPDIR'] = dir

afterAll(() => {
  process.env['TMPDIR'] = base
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 })
  } catch (error) {
    // A program a test left running may still be writing; say so rather than fail the file.
    console.warn(`could not remove ${dir}: ${(error as Error).message}`)
  }
})
