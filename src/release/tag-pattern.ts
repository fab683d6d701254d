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

/**
 * One step of a pattern: a character it takes, repeated between `min` and `max` times. Matching
 * walks the set of steps a tag can be at, one character at a time (never a backtracking regular
 * expression: `*-*-*-*-*-*-x` against a long tag of dashes would take hours), so it takes at most
 * the tag's length times the pattern's.
 */
interface Step {
  takes(c: string): boolean
  min: 0 | 1
  /** 1, or Infinity for a step that repeats. */
  max: number
  /** `?` and `+` may follow it. */
  repeatable: boolean
}

const literal = (l: string): Step => ({ takes: c => c === l, min: 1, max: 1, repeatable: true })

function compileClass(chars: string[], start: number): { step: Step; end: number } {
  const close = chars.indexOf(']', start + 1)
  if (close < 0) throw new TagPatternError(`'[' at position ${start + 1} has no ']'`)
  const body = chars.slice(start + 1, close)
  const text = body.join('')
  if (body.length === 0)
    throw new TagPatternError(`'[]' at position ${start + 1} lists no character`)
  const ranges: [string, string][] = []
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string
    if (!/^[A-Za-z0-9]$/.test(c))
      throw new TagPatternError(
        `'[${text}]' may list only letters and digits (and ranges of them), not '${c}'`
      )
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const to = body[i + 2] as string
      if (!RANGES.some(r => r.test(c) && r.test(to)) || to < c)
        throw new TagPatternError(
          `'${c}-${to}' is not a range within a-z, A-Z or 0-9 in increasing order`
        )
      ranges.push([c, to])
      i += 2
    } else ranges.push([c, c])
  }
  const takes = (c: string) => ranges.some(([from, to]) => c.length === 1 && c >= from && c <= to)
  return { step: { takes, min: 1, max: 1, repeatable: true }, end: close }
}

function compileSteps(raw: string, chars: string[]): Step[] {
  const steps: Step[] = []
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string
    if (c === '\\') {
      const next = chars[i + 1]
      if (next === undefined) throw new TagPatternError(`'${raw}' ends with a lone '\\'`)
      steps.push(literal(next))
      i++
    } else if (c === '*') {
      const any = chars[i + 1] === '*'
      const takes = any ? () => true : (t: string) => t !== '/'
      steps.push({ takes, min: 0, max: Infinity, repeatable: false })
      if (any) i++
    } else if (c === '?' || c === '+') {
      const previous = steps.at(-1)
      if (!previous?.repeatable)
        throw new TagPatternError(
          `'${c}' at position ${i + 1} of '${raw}' follows no character it could repeat`
        )
      if (c === '?') previous.min = 0
      else previous.max = Infinity
      previous.repeatable = false
    } else if (c === '[') {
      const { step, end } = compileClass(chars, i)
      steps.push(step)
      i = end
    } else if (c === ']') {
      throw new TagPatternError(`']' at position ${i + 1} of '${raw}' closes no '['`)
    } else steps.push(literal(c))
  }
  return steps
}

/**
 * Whether the steps take the whole tag. A state is the index of the next step, with the steps
 * that may take nothing skipped over; a step that may repeat stays a state after it took one.
 */
function matchSteps(steps: Step[], tag: string): boolean {
  const close = (states: Set<number>) => {
    for (const i of states) if (i < steps.length && (steps[i] as Step).min === 0) states.add(i + 1)
    return states
  }
  let states = close(new Set([0]))
  for (const c of tag) {
    const next = new Set<number>()
    for (const i of states) {
      const step = steps[i]
      if (step === undefined || !step.takes(c)) continue
      if (step.max === Infinity) next.add(i).add(i + 1)
      else next.add(i + 1)
    }
    if (next.size === 0) return false
    states = close(next)
  }
  return states.has(steps.length)
}

function compileOne(raw: string): { negative: boolean; matches(tag: string): boolean } {
  const negative = raw.startsWith('!')
  const pattern = negative ? raw.slice(1) : raw
  if (pattern === '') throw new TagPatternError(`'${raw}' is empty`)
  const steps = compileSteps(raw, Array.from(pattern))
  return { negative, matches: tag => matchSteps(steps, tag) }
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
      for (const p of compiled) if (p.matches(tag)) matched = !p.negative
      return matched
    }
  }
}
