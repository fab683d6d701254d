import * as core from '@actions/core'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { State } from '../constants.js'
import { runnerTemp } from '../runner.js'

export interface VaultPasswordFile {
  /** Environment that hands the file to Ansible. */
  env: Record<string, string>
  remove(): void
}

/**
 * Writes the vault password to a file only the runner user can read, in a folder of its own
 * under RUNNER_TEMP. The post step removes it too, in case this step is killed.
 */
export function writeVaultPasswordFile(password: string | undefined): VaultPasswordFile {
  if (password === undefined) return { env: {}, remove: () => undefined }
  const dir = fs.mkdtempSync(path.join(runnerTemp(), 'ansible-vault-'))
  fs.chmodSync(dir, 0o700)
  const file = path.join(dir, 'password')
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 })
  core.saveState(State.VaultPasswordFile, file)
  return {
    env: { ANSIBLE_VAULT_PASSWORD_FILE: file },
    remove: () => removeVaultPasswordFile(file)
  }
}

export function removeVaultPasswordFile(file: string): void {
  fs.rmSync(path.dirname(file), { recursive: true, force: true })
}
