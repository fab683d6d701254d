import * as fs from 'node:fs'
import * as path from 'node:path'

export interface VaultPasswordFile {
  /** Environment that hands the file to Ansible. */
  env: Record<string, string>
  file: string | undefined
}

const FOLDER = /^ansible-vault-[A-Za-z0-9]{6}$/

/**
 * Writes the vault password, byte for byte, to a file only the runner user can read, in a
 * folder of its own under RUNNER_TEMP. The post step removes it too, in case this step is killed.
 */
export function writeVaultPasswordFile(
  password: string | undefined,
  temp: string
): VaultPasswordFile {
  if (password === undefined) return { env: {}, file: undefined }
  const dir = fs.mkdtempSync(path.join(temp, 'ansible-vault-'))
  fs.chmodSync(dir, 0o700)
  const file = path.join(dir, 'password')
  fs.writeFileSync(file, password, { mode: 0o600, flag: 'wx' })
  return { env: { ANSIBLE_VAULT_PASSWORD_FILE: file }, file }
}

/**
 * Removes a password file this action wrote, and nothing else: `file` comes back from the step
 * state, so before anything is removed it must be `<RUNNER_TEMP>/ansible-vault-XXXXXX/password`,
 * the folder a real folder of this user with mode 0700 and the file a regular file in it.
 * Returns why it was refused, if it was.
 */
export function removeVaultPasswordFile(file: string, temp: string): string | undefined {
  const dir = path.dirname(file)
  const root = fs.realpathSync(temp)
  if (
    path.basename(file) !== 'password' ||
    !FOLDER.test(path.basename(dir)) ||
    (path.dirname(dir) !== temp && path.dirname(dir) !== root)
  )
    return `'${file}' is not a password file this action writes (<RUNNER_TEMP>/ansible-vault-XXXXXX/password)`
  const folder = fs.lstatSync(dir, { throwIfNoEntry: false })
  if (folder === undefined) return undefined
  const uid = process.getuid?.()
  if (
    !folder.isDirectory() ||
    (uid !== undefined && folder.uid !== uid) ||
    (process.platform !== 'win32' && (folder.mode & 0o777) !== 0o700)
  )
    return `'${dir}' is not the private folder this action made`
  const entries = fs.readdirSync(dir)
  const stat = fs.lstatSync(file, { throwIfNoEntry: false })
  if (entries.some(e => e !== 'password') || (stat !== undefined && !stat.isFile()))
    return `'${dir}' holds something this action did not write`
  fs.rmSync(file, { force: true })
  fs.rmdirSync(dir)
  return undefined
}
