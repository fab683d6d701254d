import { createHash } from 'node:crypto'
import * as path from 'node:path'
import { TAG_VALUE_MAX } from './tags.js'

/** What, besides the template, can change the image a workflow builds from one release. */
export interface LineageInputs {
  repository: string
  workspace: string
  /** Absolute path of the template file or folder. */
  template: string
  vars: readonly (readonly [string, string])[]
  /** Absolute paths. */
  varFiles: readonly string[]
  only: readonly string[]
  except: readonly string[]
}

/**
 * The image stream a run belongs to: `<repository>:<template path>`, and when the workflow
 * passes variables, variable files or a build selection, `#` and a digest of them, so that the
 * jobs of a matrix (say `vars: arch=arm64`) are told apart with nothing else to set. The build
 * name is recorded beside it (`<key>:build`): reuse, collisions and retention match all three.
 * The digest covers names and paths, not file contents, so a stream stays one stream from
 * release to release.
 */
export function deriveLineage(inputs: LineageInputs): string {
  const relative = (file: string) =>
    path.relative(inputs.workspace, file).split(path.sep).join('/') || '.'
  const base = `${inputs.repository}:${relative(inputs.template)}`
  const selection = {
    vars: [...inputs.vars].map(([k, v]) => `${k}=${v}`).sort(),
    varFiles: inputs.varFiles.map(relative),
    only: [...inputs.only].sort(),
    except: [...inputs.except].sort()
  }
  const empty = Object.values(selection).every(list => list.length === 0)
  if (empty) return base.slice(0, TAG_VALUE_MAX)
  const digest = createHash('sha256').update(JSON.stringify(selection)).digest('hex').slice(0, 12)
  return `${base.slice(0, TAG_VALUE_MAX - 13)}#${digest}`
}
