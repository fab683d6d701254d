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
  if (Object.values(selection).every(list => list.length === 0)) return base.slice(0, TAG_VALUE_MAX)
  const digest = createHash('sha256').update(JSON.stringify(selection)).digest('hex').slice(0, 12)
  return `${base.slice(0, TAG_VALUE_MAX - 13)}#${digest}`
}

/**
 * The template's variables the step's environment sets (`PKR_VAR_<name>`, which Packer reads
 * for HCL2 templates) though the derived lineage does not know them: two jobs that differ only
 * there (a matrix over `PKR_VAR_arch`) would build different images into one stream, and the
 * second would reuse the first's. Variables declared sensitive are left out: a secret is no part
 * of what an image is, and a rotated one must not start a new stream. So are the ones the
 * action sets itself (`image_version`, and `vars`, which win over the environment).
 */
export function environmentOutsideLineage(
  declared: ReadonlyMap<string, { sensitive: boolean }>,
  environment: NodeJS.ProcessEnv,
  vars: readonly (readonly [string, string])[]
): string[] {
  const set = new Set(vars.map(([name]) => name))
  return Object.keys(environment)
    .filter(key => key.startsWith('PKR_VAR_'))
    .map(key => key.slice('PKR_VAR_'.length))
    .filter(
      name => name !== 'image_version' && !set.has(name) && declared.get(name)?.sensitive === false
    )
    .sort()
}
