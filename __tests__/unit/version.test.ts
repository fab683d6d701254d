import { describe, expect, it } from 'vitest'
import { compileTagFilter } from '../../src/release/tag-pattern.js'
import {
  resolveRelease,
  validationVersion,
  versionProblem,
  VERSION_RULE
} from '../../src/release/version.js'

describe('versionProblem', () => {
  it.each(['1.2.3', 'release-1.2.3', 'v2026.11.10_1', '1.0.0-rc.1', 'A', 'x'.repeat(100)])(
    '%s is a version',
    version => {
      expect(versionProblem(version)).toBeUndefined()
    }
  )

  it.each([
    ['', /'' has a character outside the allowed set/],
    ['1.0 beta', /has a character outside the allowed set/],
    // SemVer build metadata: EC2 refuses "+" in an AMI name.
    [
      '1.0.0+build.5',
      /has a character outside the allowed set \('\+', which an AMI name cannot hold\)/
    ],
    ['1.0;$(id)', /outside the allowed set/],
    ['`id`', /outside the allowed set/],
    ['release/1.0', /outside the allowed set/],
    ['1.0\n', /outside the allowed set/],
    ['välkommen', /outside the allowed set/],
    ['x'.repeat(101), /is 101 characters long/]
  ])('%j is not', (version, why) => {
    const problem = versionProblem(version)
    expect(problem).toMatch(why)
    expect(problem).toContain(VERSION_RULE)
  })
})

describe('resolveRelease', () => {
  const filter = compileTagFilter(['release-*'])

  it.each([
    [
      'the tag of a tag push',
      'refs/tags/release-1.2.3',
      undefined,
      { kind: 'release', version: 'release-1.2.3', source: 'tag', tag: 'release-1.2.3' }
    ],
    [
      'image-version over the tag',
      'refs/tags/release-1.2.3',
      '1.2.3',
      { kind: 'release', version: '1.2.3', source: 'input', tag: 'release-1.2.3' }
    ],
    [
      'image-version on a branch',
      'refs/heads/main',
      '1.2.3',
      { kind: 'release', version: '1.2.3', source: 'input', tag: undefined }
    ],
    [
      'image-version with a tag the filter does not take',
      'refs/tags/v9',
      '9.0.0',
      { kind: 'release', version: '9.0.0', source: 'input', tag: 'v9' }
    ],
    [
      'a branch',
      'refs/heads/release-1.2.3',
      undefined,
      {
        kind: 'not-a-release',
        reason: "ref 'refs/heads/release-1.2.3' is not a tag matching 'release-*'"
      }
    ],
    [
      'a pull request',
      'refs/pull/7/merge',
      undefined,
      { kind: 'not-a-release', reason: "ref 'refs/pull/7/merge' is not a tag matching 'release-*'" }
    ],
    [
      'no ref',
      undefined,
      undefined,
      { kind: 'not-a-release', reason: "ref '(none)' is not a tag matching 'release-*'" }
    ],
    [
      'a tag name without refs/tags/',
      'release-1.2.3',
      undefined,
      { kind: 'not-a-release', reason: "ref 'release-1.2.3' is not a tag matching 'release-*'" }
    ],
    [
      'a tag the filter does not take',
      'refs/tags/v1.2.3',
      undefined,
      { kind: 'not-a-release', reason: "tag 'v1.2.3' does not match 'release-*'" }
    ]
  ] as const)('%s', (_what, ref, explicit, expected) => {
    expect(resolveRelease(ref, filter, explicit)).toEqual(expected)
  })

  it('a matching tag that cannot be a version fails, naming image-version as the way out', () => {
    expect(() => resolveRelease('refs/tags/release-$(id)', filter, undefined)).toThrow(
      /^Tag 'release-\$\(id\)' has a character outside the allowed set; .*; set 'image-version' to a version made from it$/
    )
  })

  it('a matching tag with build metadata (+) fails before anything runs, naming image-version', () => {
    expect(() => resolveRelease('refs/tags/release-1.0.0+build.5', filter, undefined)).toThrow(
      /^Tag 'release-1\.0\.0\+build\.5' has a character outside the allowed set \('\+', which an AMI name cannot hold\); an image version takes letters, digits, "\.", "_" and "-", .*; set 'image-version' to a version made from it$/
    )
  })

  it('a tag in a folder: not a release for release-*, a bad version for release-**', () => {
    expect(resolveRelease('refs/tags/release-1/x', filter, undefined).kind).toBe('not-a-release')
    expect(() =>
      resolveRelease('refs/tags/release-1/x', compileTagFilter(['release-**']), undefined)
    ).toThrow(/^Tag 'release-1\/x' has a character outside the allowed set/)
  })
})

describe('validationVersion', () => {
  it.each([
    ['0123456789abcdef0123456789abcdef01234567', 'validate-0123456'],
    ['abc', 'validate-abc'],
    [undefined, 'validate'],
    ['', 'validate']
  ])('%s → %s, itself a version', (sha, version) => {
    expect(validationVersion(sha)).toBe(version)
    expect(versionProblem(version)).toBeUndefined()
  })
})
