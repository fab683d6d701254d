import { describe, expect, it } from 'vitest'
import { compileTagFilter, TagPatternError } from '../../src/release/tag-pattern.js'

const matches = (patterns: string[], name: string) => compileTagFilter(patterns).matches(name)

/**
 * GitHub's "Filter pattern cheat sheet" (docs.github.com, workflow syntax; quoted in
 * platform-facts.md section C): every row of "Patterns to match branches and tags", the
 * examples in the special-character list, and `*.jsx?` from the path table for `?`.
 * [patterns, names that match, names that must not]
 */
const cheatSheet: [string, string[], string[], string[]][] = [
  [
    'feature/*: `*` matches any character but slash',
    ['feature/*'],
    ['feature/my-branch', 'feature/your-branch', 'feature/'],
    ['feature/beta-a/my-branch', 'feature', 'features/x']
  ],
  [
    'feature/**: `**` matches any character including slash',
    ['feature/**'],
    ['feature/beta-a/my-branch', 'feature/your-branch', 'feature/mona/the/octocat'],
    ['feature', 'other/feature/x']
  ],
  [
    'main, releases/mona-the-octocat: the exact names',
    ['main', 'releases/mona-the-octocat'],
    ['main', 'releases/mona-the-octocat'],
    ['main2', 'Main', 'releases/mona', 'releases/mona-the-octocat/x']
  ],
  ["'*': names without a slash", ['*'], ['main', 'releases', ''], ['all/the/branches']],
  ["'**': every name", ['**'], ['all/the/branches', 'every/tag', 'main', ''], []],
  [
    "'*feature'",
    ['*feature'],
    ['mona-feature', 'feature', 'ver-10-feature'],
    ['feature-x', 'a/feature']
  ],
  ['v2*: starts with v2', ['v2*'], ['v2', 'v2.0', 'v2.9'], ['v3', 'v1.2', 'v2/x']],
  [
    'v[12].[0-9]+.[0-9]+: semantic versions of major 1 or 2',
    ['v[12].[0-9]+.[0-9]+'],
    ['v1.10.1', 'v2.0.0'],
    ['v3.0.0', 'v1.0', 'v1x10x1', 'v1..1', 'v12.0.0', 'v1.a.1']
  ],
  ['Octo*', ['Octo*'], ['Octocat', 'Octo'], ['octocat', 'MyOctocat']],
  ['[CB]at', ['[CB]at'], ['Cat', 'Bat'], ['cat', 'Rat', 'CBat', 'at']],
  ['[1-2]00', ['[1-2]00'], ['100', '200'], ['300', '000', '1200']],
  ['[0-9a-z]: a digit or a lower-case letter', ['[0-9a-z]'], ['7', 'q'], ['Q', '-', '77']],
  // `?` is "zero or one of the preceding character".
  [
    '*.jsx?: `?` repeats the x zero or one time',
    ['*.jsx?'],
    ['page.js', 'page.jsx'],
    ['page.jsxx', 'page.j', 'a/page.js']
  ],
  ['`+`: one or more of the preceding character', ['ab+c'], ['abc', 'abbbc'], ['ac', 'ab+c']],
  ['`+` after a class', ['v[0-9]+'], ['v1', 'v2026'], ['v', 'v1a']],
  [
    'release-[0-9]+.[0-9]+.[0-9]+, copied from a workflow',
    ['release-[0-9]+.[0-9]+.[0-9]+'],
    ['release-1.2.3', 'release-10.20.30'],
    ['release-1.2', 'release-1.2.3-rc1', 'release-a.b.c', 'release-1.2.3.4']
  ],
  ['the default release-*', ['release-*'], ['release-1.0.0', 'release-'], ['release/1', 'v1.0.0']],
  ['`!` not at the start is literal', ['a!b'], ['a!b'], ['ab']],
  ['`.` is a dot, not any character', ['v1.0'], ['v1.0'], ['v1x0']]
]

describe("GitHub's filter pattern cheat sheet", () => {
  it.each(cheatSheet)('%s', (_what, patterns, yes, no) => {
    const filter = compileTagFilter(patterns)
    for (const name of yes) expect(filter.matches(name), `${name} matches`).toBe(true)
    for (const name of no) expect(filter.matches(name), `${name} does not match`).toBe(false)
  })
})

describe('negation and order', () => {
  const alpha = ['releases/**', '!releases/**-alpha']
  it.each([
    // The docs' own example.
    [alpha, 'releases/10', true],
    [alpha, 'releases/beta/mona', true],
    [alpha, 'releases/10-alpha', false],
    [alpha, 'releases/beta/3-alpha', false],
    // A positive pattern after a negative one includes again.
    [[...alpha, 'releases/**/lts-*'], 'releases/2/lts-1-alpha', true],
    [[...alpha, 'releases/**/lts-*'], 'releases/2/3-alpha', false],
    // ... and a negative after it excludes again: the last matching pattern decides.
    [[...alpha, 'releases/**/lts-*', '!**-alpha'], 'releases/2/lts-1-alpha', false],
    // A negative pattern that comes first excludes nothing that a later one includes.
    [['!v1*', 'v*'], 'v1.0', true],
    // The path table's rows: '*.md', '!README.md', then README* re-including.
    [['*.md', '!README.md'], 'README.md', false],
    [['*.md', '!README.md'], 'docs.md', true],
    [['*.md', '!README.md', 'README*'], 'README.md', true]
  ] as [string[], string, boolean][])('%j on %s: %s', (patterns, name, expected) => {
    expect(matches(patterns, name)).toBe(expected)
  })

  it('keeps the patterns as text for messages', () => {
    expect(compileTagFilter(alpha).text).toBe('releases/**, !releases/**-alpha')
  })
})

describe('escaping with \\', () => {
  it.each([
    ['release\\+1', 'release+1', true],
    ['release\\+1', 'releaseee1', false],
    ['v1\\*', 'v1*', true],
    ['v1\\*', 'v12', false],
    ['what\\?', 'what?', true],
    ['what\\?', 'wha', false],
    ['\\!important', '!important', true],
    ['\\[x\\]', '[x]', true],
    ['\\[x\\]', 'x', false],
    ['a\\\\b', 'a\\b', true],
    // An escaped character can be repeated like any other.
    ['v\\.+1', 'v...1', true],
    ['tag\\.x?', 'tag.', true]
  ])('%s on %s: %s', (pattern, name, expected) => {
    expect(matches([pattern], name)).toBe(expected)
  })
})

describe('errors', () => {
  it.each([
    ['no pattern', [], /no pattern is given/],
    ['an empty pattern', [''], /'' is empty/],
    ['a lone !', ['!'], /'!' is empty/],
    ['whitespace', ['release *'], /'release \*' contains whitespace/],
    ['a tab', ['release\t*'], /contains whitespace/],
    [
      'a reversed range [z-a]',
      ['v[z-a]'],
      /'z-a' is not a range within a-z, A-Z or 0-9 in increasing order/
    ],
    ['a range across kinds [a-Z]', ['v[a-Z]'], /'a-Z' is not a range/],
    ['a range across kinds [0-z]', ['v[0-z]'], /'0-z' is not a range/],
    ['a class with a dot [.]', ['v[.]'], /'\[\.\]' may list only letters and digits .*not '\.'/],
    ['a class with a dash at its end', ['v[a-]'], /not '-'/],
    ['a class with a star', ['v[*]'], /not '\*'/],
    ['an empty class', ['v[]'], /'\[\]' at position 2 lists no character/],
    ['an unclosed class', ['release-[0-9'], /'\[' at position 9 has no '\]'/],
    ['a stray ]', ['release-1]'], /'\]' at position 10 of 'release-1\]' closes no '\['/],
    ['a leading +', ['+1'], /'\+' at position 1 of '\+1' follows no character it could repeat/],
    ['a leading ?', ['?x'], /'\?' at position 1 of '\?x' follows no character/],
    ['a ! then +', ['!+a', 'b'], /'\+' at position 1 of '!\+a'/],
    ['+ after *', ['v*+'], /'\+' at position 3/],
    ['? after +', ['v1+?'], /'\?' at position 4/],
    ['a lone \\ at the end', ['v1\\'], /ends with a lone '\\'/],
    ['all negative', ['!v1*', '!v2*'], /every pattern starts with "!"/]
  ] as [string, string[], RegExp][])('%s', (_what, patterns, message) => {
    let thrown: unknown
    try {
      compileTagFilter(patterns)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(TagPatternError)
    expect((thrown as Error).message).toMatch(message)
  })
})

/**
 * Patterns the syntax accepts whose stars or pluses can split a long tag in many ways. A
 * backtracking regular expression tries every split: each of these took 10 to 40 seconds (and
 * two more stars, hours), and the step hung at its first check. The filter walks the tag once.
 */
describe('patterns that can split a tag in many ways', () => {
  const dashes = 'release-' + '-'.repeat(120)
  const a = 'a'.repeat(100)
  it.each([
    [['release-*-*-*-*-*-*-x'], dashes, false],
    [['release-*-*-*-*-*-*-x'], dashes + 'x', true],
    [['a+a+a+a+a+a+b'], a, false],
    [['a+a+a+a+a+a+b'], a + 'b', true],
    [['**a**a**a**a**a**b'], a + 'a'.repeat(20), false],
    [['v[0-9]+[0-9]+[0-9]+[0-9]+[0-9]+[0-9]+.'], 'v' + '1'.repeat(100), false],
    [['release-*', '!release-*-*-*-*-*-*-x'], dashes, true]
  ] as [string[], string, boolean][])('%j (case %#)', (patterns, name, expected) => {
    expect(matches(patterns, name)).toBe(expected)
  })
})
