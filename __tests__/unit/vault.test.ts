import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { writeVaultPasswordFile } from '../../src/secrets/vault.js'
import { tempDir } from '../../testbed/fixtures.js'

afterEach(() => vi.unstubAllEnvs())

describe('writeVaultPasswordFile', () => {
  it('writes a file only the runner user can read, in a folder of its own, and removes both', () => {
    const temp = tempDir('vault')
    const state = path.join(temp, 'state')
    fs.writeFileSync(state, '')
    vi.stubEnv('RUNNER_TEMP', temp)
    vi.stubEnv('GITHUB_STATE', state)
    const vault = writeVaultPasswordFile('s3cret')
    const file = vault.env['ANSIBLE_VAULT_PASSWORD_FILE'] as string
    expect(fs.readFileSync(file, 'utf8')).toBe('s3cret\n')
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700)
    expect(path.dirname(path.dirname(file))).toBe(temp)
    expect(fs.readFileSync(state, 'utf8')).toContain(file)
    vault.remove()
    expect(fs.existsSync(path.dirname(file))).toBe(false)
    fs.rmSync(temp, { recursive: true, force: true })
  })

  it('does nothing without a password', () => {
    expect(writeVaultPasswordFile(undefined).env).toEqual({})
  })
})
