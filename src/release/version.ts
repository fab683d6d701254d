import type { TagFilter } from './tag-pattern.js'

// The version goes into the AMI name, where EC2 allows only letters, digits and ( ) [ ] space
// . / - ' @ _. So no "+": SemVer build metadata (1.0.0+build.5) is refused here, before the run
// asks AWS anything, not by Packer after it.
export const VERSION_RULE = 'letters, digits, ".", "_" and "-", 1 to 100 characters'
const VERSION = /^[A-Za-z0-9._-]{1,100}$/

/** Why a string cannot be an image version (safe in an AMI name, a tag and an argument), or undefined. */
export function versionProblem(version: string): string | undefined {
  if (VERSION.test(version)) return undefined
  const why =
    version.length > 100
      ? `is ${version.length} characters long`
      : version.includes('+')
        ? "has a character outside the allowed set ('+', which an AMI name cannot hold)"
        : 'has a character outside the allowed set'
  return `'${version}' ${why}; an image version takes ${VERSION_RULE}`
}

export type Release =
  | { kind: 'release'; version: string; source: 'input' | 'tag'; tag: string | undefined }
  | { kind: 'not-a-release'; reason: string }

/**
 * The image version of this run: `image-version` when given, else the tag that triggered the
 * run when the filter takes it. Only a ref under refs/tags/ is a tag.
 */
export function resolveRelease(
  ref: string | undefined,
  filter: TagFilter,
  explicit: string | undefined
): Release {
  const tag = ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined
  if (explicit !== undefined) return { kind: 'release', version: explicit, source: 'input', tag }
  if (tag === undefined)
    return {
      kind: 'not-a-release',
      reason: `ref '${ref ?? '(none)'}' is not a tag matching '${filter.text}'`
    }
  if (!filter.matches(tag))
    return { kind: 'not-a-release', reason: `tag '${tag}' does not match '${filter.text}'` }
  const problem = versionProblem(tag)
  if (problem !== undefined)
    throw new Error(`Tag ${problem}; set 'image-version' to a version made from it`)
  return { kind: 'release', version: tag, source: 'tag', tag }
}

/** The version `mode: validate` gives the template when the run is not a release. */
export function validationVersion(sha: string | undefined): string {
  return sha ? `validate-${sha.slice(0, 7)}` : 'validate'
}
