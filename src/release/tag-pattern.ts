/**
 * Tag filters as GitHub reads `on.push.tags` (docs.github.com, "Workflow syntax", "Filter
 * pattern cheat sheet"), so a pattern copied from a workflow means the same here:
 *
 * - `*` any run of characters but `/`; `**` any run at all;
 * - `?` zero or one of the preceding character; `+` one or more of it;
 * - `[...]` one character listed or in a range, ranges within `a-z`, `A-Z` or `0-9`;
 * - `\` takes the next character literally; anything else is literal (`.` is a dot);
 * - patterns are checked in order, and one that starts with `!` excludes what matched before.
 */
export interface TagFilter {
  /** The patterns as given, for messages. */
  text: string
  matches(tag: string): boolean
}

export class TagPatternError extends Error {}

const RANGES = [/^[a-z]$/, /^[A-Z]$/, /^[0-9]$/]

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function compileClass(pattern: string, start: number): { source: string; end: number } {
  const close = pattern.indexOf(']', start + 1)
  if (close < 0) throw new TagPatternError(`'[' at position ${start + 1} has no ']'`)
  const body = pattern.slice(start + 1, close)
  if (body === '') throw new TagPatternError(`'[]' at position ${start + 1} lists no character`)
  let source = ''
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string
    if (!/[A-Za-z0-9]/.test(c))
      throw new TagPatternError(
        `'[${body}]' may list only letters and digits (and ranges of them), not '${c}'`
      )
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const to = body[i + 2] as string
      if (!RANGES.some(r => r.test(c) && r.test(to)) || to < c)
        throw new TagPatternError(
          `'${c}-${to}' is not a range within a-z, A-Z or 0-9 in increasing order`
        )
      source += `${c}-${to}`
      i += 2
    } else source += c
  }
  return { source: `[${source}]`, end: close }
}

function compileOne(raw: string): { negative: boolean; regex: RegExp } {
  const negative = raw.startsWith('!')
  const pattern = negative ? raw.slice(1) : raw
  if (pattern === '') throw new TagPatternError(`'${raw}' is empty`)
  // Each token is a regex source for one "character" that `?` and `+` may repeat.
  const tokens: { source: string; repeatable: boolean }[] = []
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string
    if (c === '\\') {
      const next = pattern[i + 1]
      if (next === undefined) throw new TagPatternError(`'${raw}' ends with a lone '\\'`)
      tokens.push({ source: escape(next), repeatable: true })
      i++
    } else if (c === '*') {
      const any = pattern[i + 1] === '*'
      tokens.push({ source: any ? '.*' : '[^/]*', repeatable: false })
      if (any) i++
    } else if (c === '?' || c === '+') {
      const previous = tokens.at(-1)
      if (!previous?.repeatable)
        throw new TagPatternError(
          `'${c}' at position ${i + 1} of '${raw}' follows no character it could repeat`
        )
      previous.source = `(?:${previous.source})${c}`
      previous.repeatable = false
    } else if (c === '[') {
      const { source, end } = compileClass(pattern, i)
      tokens.push({ source, repeatable: true })
      i = end
    } else if (c === ']') {
      throw new TagPatternError(`']' at position ${i + 1} of '${raw}' closes no '['`)
    } else tokens.push({ source: escape(c), repeatable: true })
  }
  return { negative, regex: new RegExp(`^${tokens.map(t => t.source).join('')}$`) }
}

/** Compiles one pattern per line; throws TagPatternError with what is wrong. */
export function compileTagFilter(lines: string[]): TagFilter {
  if (lines.length === 0) throw new TagPatternError('no pattern is given')
  const compiled = lines.map(line => {
    if (/\s/.test(line)) throw new TagPatternError(`'${line}' contains whitespace`)
    return compileOne(line)
  })
  if (compiled.every(p => p.negative))
    throw new TagPatternError(
      'every pattern starts with "!"; give at least one that includes tags, as GitHub requires'
    )
  return {
    text: lines.join(', '),
    matches(tag: string): boolean {
      let matched = false
      for (const p of compiled) if (p.regex.test(tag)) matched = !p.negative
      return matched
    }
  }
}
