/**
 * Packer's `-only` and `-except`, as Packer applies them to a template's builds, so that a
 * selection that names no build fails before anything is installed, and so that the action
 * knows which builds a release is made of.
 *
 * - HCL2 (and HCL2's JSON): each pattern is a glob (github.com/gobwas/glob v0.2.3, compiled with
 *   no separators) matched against the build's full name: hashicorp/packer@v1.16.0:
 *   hcl2template/utils.go:103-119 and hcl2template/types.packer_config.go (`-only`, `-except`).
 * - Legacy JSON: exact names (hashicorp/packer@v1.16.0:packer/core.go:209-232).
 */

/** The glob syntax of gobwas/glob@v0.2.3:syntax/lexer/lexer.go:10-30, as a regular expression. */
export function globToRegExp(pattern: string): RegExp | undefined {
  let source = ''
  let alternatives = 0
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string
    if (c === '\\') {
      const next = pattern[++i]
      if (next === undefined) return undefined
      source += escapeRegExp(next)
    } else if (c === '*') {
      source += '.*'
    } else if (c === '?') {
      source += '.'
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1)
      if (end < 0) return undefined
      let body = pattern.slice(i + 1, end)
      const not = body.startsWith('!')
      if (not) body = body.slice(1)
      if (body === '') return undefined
      source += `[${not ? '^' : ''}${body.replace(/[\\^\]]/g, m => `\\${m}`)}]`
      i = end
    } else if (c === '{') {
      alternatives++
      source += '(?:'
    } else if (c === ',' && alternatives > 0) {
      source += '|'
    } else if (c === '}' && alternatives > 0) {
      alternatives--
      source += ')'
    } else {
      source += escapeRegExp(c)
    }
  }
  if (alternatives > 0) return undefined
  try {
    return new RegExp(`^${source}$`, 's')
  } catch {
    return undefined
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, m => `\\${m}`)
}

/** A build name as an HCL2 `-only` pattern that matches that name alone. */
export function quoteGlob(name: string): string {
  return name.replace(/[*?\\[\]{}]/g, m => `\\${m}`)
}

export interface BuildSelection {
  /** The builds Packer will run, in template order. */
  builds: string[]
  /** A pattern that matches no build, or does not compile: the input and the pattern. */
  unmatched?: { input: 'only' | 'except'; pattern: string; reason: string }
}

/**
 * Which of `builds` Packer runs with these `-only` and `-except` values. `-except` also skips a
 * post-processor it matches by name (else type), `postProcessors` (undefined: a name only Packer
 * knows): hashicorp/packer@v1.16.0:hcl2template/types.packer_config.go:614-627, packer/core.go:524-532.
 */
export function selectBuilds(
  builds: readonly string[],
  selection: { only: readonly string[]; except: readonly string[] },
  format: 'hcl' | 'legacy-json',
  postProcessors: readonly (string | undefined)[] = []
): BuildSelection {
  type Match = (name: string) => boolean
  const matcher = (pattern: string): Match | string => {
    if (format === 'legacy-json') return name => name === pattern
    const glob = globToRegExp(pattern)
    return glob ? name => glob.test(name) : 'it is not a valid glob'
  }
  const matchers: Record<'only' | 'except', Match[]> = { only: [], except: [] }
  for (const input of ['only', 'except'] as const)
    for (const pattern of selection[input]) {
      const match = matcher(pattern)
      if (typeof match === 'string')
        return { builds: [], unmatched: { input, pattern, reason: match } }
      const skipped = input === 'except' && postProcessors.some(pp => pp === undefined || match(pp))
      if (!builds.some(match) && !skipped) {
        const reason = 'it matches no build of the template'
        return { builds: [], unmatched: { input, pattern, reason } }
      }
      matchers[input].push(match)
    }
  return {
    builds: builds.filter(
      name =>
        (matchers.only.length === 0 || matchers.only.some(m => m(name))) &&
        !matchers.except.some(m => m(name))
    )
  }
}
