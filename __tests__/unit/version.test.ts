import { describe, expect, it } from 'vitest'
import { checkImageVersion, compileTagPattern, resolveRelease } from '../../src/release/version.js'

describe('compileTagPattern', () => {
  it.each([
    ['release-*', 'release-0.1.0', true],
    ['release-*', 'release-', true],
    ['release-*', 'v0.1.0', false],
    ['release-*', 'release-a/b', false],
    ['release-**', 'release-a/b', true],
    ['v?.*', 'v1.2', true],
    ['v?.*', 'v10.2', false],
    ['v[0-9].*', 'v1.0', true],
    ['v[!0-9].*', 'v1.0', false],
    ['release.+', 'release.+', true],
    ['release.+', 'releaseX+', false]
  ])('%s against %s is %s', (glob, tag, expected) => {
    expect(compileTagPattern(glob).test(tag)).toBe(expected)
  })

  it.each(['', '  ', 'release *', 'release-[0-9', 'release-]'])('refuses %j', glob => {
    expect(() => compileTagPattern(glob)).toThrow(/Input 'release-tag-pattern'/)
  })
})

describe('checkImageVersion', () => {
  it.each(['release-0.1.0', '1.2.3+build.4', 'v1_2', 'a'.repeat(100)])('accepts %s', v => {
    expect(checkImageVersion('image-version', v)).toBe(v)
  })
  it.each([
    ['1.0 beta', /outside the allowed set/],
    ['$(rm -rf /)', /outside the allowed set/],
    ['`id`', /outside the allowed set/],
    ["it's", /outside the allowed set/],
    ['a/b', /outside the allowed set/],
    ['a'.repeat(101), /101 characters long/],
    ['', /outside the allowed set/]
  ])('refuses %j', (v, why) => {
    expect(() => checkImageVersion('image-version', v)).toThrow(why)
  })
})

describe('resolveRelease', () => {
  const pattern = compileTagPattern('release-*')
  it.each([
    [
      'refs/tags/release-0.1.0',
      undefined,
      { kind: 'release', version: 'release-0.1.0', source: 'tag' }
    ],
    ['refs/tags/release-0.1.0', '2.0.0', { kind: 'release', version: '2.0.0', source: 'input' }],
    ['refs/heads/main', '2.0.0', { kind: 'release', version: '2.0.0', source: 'input' }],
    ['refs/heads/release-0.1.0', undefined, { kind: 'untagged' }],
    ['refs/tags/v1.0.0', undefined, { kind: 'untagged' }],
    ['refs/pull/4/merge', undefined, { kind: 'untagged' }],
    [undefined, undefined, { kind: 'untagged' }]
  ])('%s with image-version %s', (ref, explicit, expected) => {
    expect(resolveRelease(ref, pattern, 'release-*', explicit)).toMatchObject(expected)
  })

  it('names the ref and the pattern when untagged', () => {
    expect(resolveRelease('refs/tags/v1', pattern, 'release-*', undefined)).toEqual({
      kind: 'untagged',
      reason: "tag 'v1' does not match 'release-*'"
    })
  })

  it('refuses a matching tag that cannot be a version', () => {
    expect(() => resolveRelease("refs/tags/release-'x'", pattern, 'release-*', undefined)).toThrow(
      /set 'image-version'/
    )
  })
})
