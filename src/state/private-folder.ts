import * as fs from 'node:fs'
import * as path from 'node:path'

/**
 * A folder of the step's own under RUNNER_TEMP, readable by the runner user only. Its path
 * travels to the post step through the step state, which is input: `checkPrivateFolder` proves
 * the path is such a folder before anything in it is read or removed.
 */
export function makePrivateFolder(temp: string, prefix: string): string {
  const dir = fs.mkdtempSync(path.join(temp, prefix))
  fs.chmodSync(dir, 0o700)
  return dir
}

/**
 * Why `dir` is not a folder `makePrivateFolder(temp, prefix)` made: it must be
 * `<temp>/<prefix>XXXXXX`, a real folder (not a link) of this user with mode 0700. Undefined
 * when it is one, or when it no longer exists (`gone`).
 */
export function checkPrivateFolder(
  dir: string,
  temp: string,
  prefix: string
): { refused?: string; gone?: boolean } {
  const pattern = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[A-Za-z0-9]{6}$`)
  const parent = path.dirname(dir)
  if (
    !path.isAbsolute(dir) ||
    !pattern.test(path.basename(dir)) ||
    (parent !== temp && parent !== fs.realpathSync(temp))
  )
    return { refused: `'${dir}' is not a folder this action makes (<RUNNER_TEMP>/${prefix}XXXXXX)` }
  const folder = fs.lstatSync(dir, { throwIfNoEntry: false })
  if (folder === undefined) return { gone: true }
  const uid = process.getuid?.()
  if (
    !folder.isDirectory() ||
    (uid !== undefined && folder.uid !== uid) ||
    (process.platform !== 'win32' && (folder.mode & 0o777) !== 0o700)
  )
    return { refused: `'${dir}' is not the private folder this action made` }
  return {}
}
