import * as fs from 'node:fs'
import * as path from 'node:path'
import { checkPrivateFolder, makePrivateFolder } from './private-folder.js'

const PREFIX = 'ansible-vault-'

/**
 * Writes the vault password, byte for byte, to a file only the runner user can read, in a
 * folder of its own under RUNNER_TEMP. The post step removes it too, in case this step is killed.
 * `env` hands the file to Ansible.
 */
export function writeVaultPasswordFile(
  password: string | undefined,
  temp: string
): { env: Record<string, string>; file: string | undefined } {
  if (password === undefined) return { env: {}, file: undefined }
  const dir = makePrivateFolder(temp, PREFIX)
  const file = path.join(dir, 'password')
  fs.writeFileSync(file, password, { mode: 0o600, flag: 'wx' })
  return { env: { ANSIBLE_VAULT_PASSWORD_FILE: file }, file }
}

/**
 * Removes a password file this action wrote, and nothing else: `file` comes back from the step
 * state, so it must be a regular file `password`, alone in a folder `checkPrivateFolder` accepts.
 * Returns why it was refused, if it was.
 */
export function removeVaultPasswordFile(file: string, temp: string): string | undefined {
  const dir = path.dirname(file)
  if (path.basename(file) !== 'password')
    return `'${file}' is not a password file this action writes (<RUNNER_TEMP>/${PREFIX}XXXXXX/password)`
  const { refused, gone } = checkPrivateFolder(dir, temp, PREFIX)
  if (refused) return refused
  if (gone) return undefined
  const entries = fs.readdirSync(dir)
  const stat = fs.lstatSync(file, { throwIfNoEntry: false })
  if (entries.some(e => e !== 'password') || (stat !== undefined && !stat.isFile()))
    return `'${dir}' holds something this action did not write`
  fs.rmSync(file, { force: true })
  fs.rmdirSync(dir)
  return undefined
}
