import { InputError } from '../errors.js'
import { Input } from '../constants.js'

const VERSION_RULE = 'letters, digits, ".", "_", "+" and "-", 1 to 100 characters'
const VERSION = /^[A-Za-z0-9._+-]{1,100}$/

/** A version must be safe in an AMI name, a tag value and an argument; refused otherwise. */
export function checkImageVersion(input: string, version: string): string {
  if (!VERSION.test(version)) {
    const why =
      version.length > 100
        ? `is ${version.length} characters long`
        : `has a character outside the allowed set`
    throw new InputError(input, `'${version}' ${why}; an image version takes ${VERSION_RULE}`)
  }
  return version
}

/**
 * Compiles a tag glob the way GitHub's `on.push.tags` filter reads it: `*` matches any run of
 * characters but `/`, `**` any run at all, `?` one character, `[...]` a class.
 */
export function compileTagPattern(glob: string): RegExp {
  const bad = (why: string): never => {
    throw new InputError(
      Input.ReleaseTagPattern,
      `'${glob}' ${why}; expected a glob such as release-*`
    )
  }
  if (glob.trim() === '') bad('is empty')
  if (/\s/.test(glob)) bad('contains whitespace')
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string
    if (c === '*') {
      if (glob[i + 1] === '*') {
        source += '.*'
        i++
      } else {
        source += '[^/]*'
      }
    } else if (c === '?') {
      source += '[^/]'
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 2)
      if (end === -1) bad('has a "[" without its "]"')
      const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\')
      source += `[${body.startsWith('!') ? '^' + body.slice(1) : body}]`
      i = end
    } else if (c === ']') {
      bad('has a "]" without its "["')
    } else {
      source += c.replace(/[.+^${}()|\\]/g, '\\$&')
    }
  }
  return new RegExp(`^${source}$`)
}

export type Release =
  | { kind: 'release'; version: string; source: 'input' | 'tag'; tag: string | undefined }
  | { kind: 'untagged'; reason: string }

/**
 * The image version of this run: `image-version` when given, else the tag that triggered the
 * run when it matches the pattern. Only a ref under refs/tags/ is a tag.
 */
export function resolveRelease(
  ref: string | undefined,
  pattern: RegExp,
  glob: string,
  explicit: string | undefined
): Release {
  const tag = ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined
  if (explicit !== undefined) return { kind: 'release', version: explicit, source: 'input', tag }
  if (tag === undefined) {
    return { kind: 'untagged', reason: `ref '${ref ?? '(none)'}' is not a tag matching '${glob}'` }
  }
  if (!pattern.test(tag)) {
    return { kind: 'untagged', reason: `tag '${tag}' does not match '${glob}'` }
  }
  if (!VERSION.test(tag)) {
    throw new Error(
      `Tag '${tag}' cannot be an image version (it takes ${VERSION_RULE}); set 'image-version'`
    )
  }
  return { kind: 'release', version: tag, source: 'tag', tag }
}
