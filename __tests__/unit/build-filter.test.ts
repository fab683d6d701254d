import { describe, expect, it } from 'vitest'
import { globToRegExp, quoteGlob, selectBuilds } from '../../src/packer/build-filter.js'

const BUILDS = ['amazon-ebs.app', 'amazon-ebs.web', 'arm.amazon-ebs.app', 'amazon-ebs.api v2']

describe('globToRegExp: gobwas/glob@v0.2.3 with no separators', () => {
  it.each([
    ['amazon-ebs.app', 'amazon-ebs.app', true],
    ['amazon-ebs.app', 'amazon-ebsXapp', false],
    ['*.app', 'arm.amazon-ebs.app', true],
    ['amazon-ebs.*', 'amazon-ebs.api v2', true],
    ['**', 'anything.at.all', true],
    ['amazon-ebs.?pp', 'amazon-ebs.app', true],
    ['amazon-ebs.[aw]*', 'amazon-ebs.web', true],
    ['amazon-ebs.[!a]*', 'amazon-ebs.app', false],
    ['amazon-ebs.[a-c]pp', 'amazon-ebs.bpp', true],
    ['amazon-ebs.{app,web}', 'amazon-ebs.web', true],
    ['amazon-ebs.{app,web}', 'amazon-ebs.api', false],
    ['a,b', 'a,b', true],
    ['\\*', '*', true],
    ['\\*', 'x', false],
    ['a(b)+c', 'a(b)+c', true]
  ])('%s against %s: %s', (pattern, name, matches) => {
    expect(globToRegExp(pattern)?.test(name)).toBe(matches)
  })

  it.each(['[abc', '{a,b', 'a\\', '[]'])('%s does not compile', pattern => {
    expect(globToRegExp(pattern)).toBeUndefined()
  })

  it('quoteGlob makes a name match itself alone', () => {
    for (const name of [...BUILDS, 'odd[1]*{x,y}?\\']) {
      const glob = globToRegExp(quoteGlob(name))
      expect(glob?.test(name)).toBe(true)
      expect(glob?.test(`${name}x`)).toBe(false)
    }
  })
})

describe('selectBuilds', () => {
  it('without only or except: every build, in template order', () => {
    expect(selectBuilds(BUILDS, { only: [], except: [] }, 'hcl')).toEqual({ builds: BUILDS })
  })

  it('HCL2: globs, only then except', () => {
    expect(selectBuilds(BUILDS, { only: ['*.app'], except: [] }, 'hcl').builds).toEqual([
      'amazon-ebs.app',
      'arm.amazon-ebs.app'
    ])
    expect(selectBuilds(BUILDS, { only: ['*.app'], except: ['arm.*'] }, 'hcl').builds).toEqual([
      'amazon-ebs.app'
    ])
  })

  it('legacy JSON: exact names, no globs', () => {
    expect(selectBuilds(['app', 'web'], { only: ['app'], except: [] }, 'legacy-json')).toEqual({
      builds: ['app']
    })
    expect(
      selectBuilds(['app', 'web'], { only: ['a*'], except: [] }, 'legacy-json').unmatched
    ).toEqual({ input: 'only', pattern: 'a*', reason: 'it matches no build of the template' })
  })

  it('names the input and the pattern that matches no build (a typo)', () => {
    expect(selectBuilds(BUILDS, { only: ['amazon-ebs.ap'], except: [] }, 'hcl').unmatched).toEqual({
      input: 'only',
      pattern: 'amazon-ebs.ap',
      reason: 'it matches no build of the template'
    })
    expect(selectBuilds(BUILDS, { only: [], except: ['amazon-ebs.wbe'] }, 'hcl').unmatched).toEqual(
      { input: 'except', pattern: 'amazon-ebs.wbe', reason: 'it matches no build of the template' }
    )
    expect(selectBuilds(BUILDS, { only: ['[app'], except: [] }, 'hcl').unmatched?.reason).toBe(
      'it is not a valid glob'
    )
  })

  // -except skips a post-processor by its name, else its type, as it skips a build: HCL2 by
  // glob (hashicorp/packer@v1.16.0:hcl2template/types.packer_config.go:614-627), legacy JSON by
  // the exact name (packer/core.go:524-532, the name defaulting to the type,
  // packer-plugin-sdk template/parse.go:218-221 in hashicorp/packer@v1.6.6).
  it('an except that names a post-processor (its name, else its type) is no typo', () => {
    const pps = ['manifest', 'upload']
    expect(selectBuilds(BUILDS, { only: [], except: ['manifest'] }, 'hcl', pps)).toEqual({
      builds: BUILDS
    })
    expect(selectBuilds(BUILDS, { only: [], except: ['up*'] }, 'hcl', pps)).toEqual({
      builds: BUILDS
    })
    expect(selectBuilds(['app'], { only: [], except: ['upload'] }, 'legacy-json', pps)).toEqual({
      builds: ['app']
    })
    expect(
      selectBuilds(['app'], { only: [], except: ['up*'] }, 'legacy-json', pps).unmatched
    ).toEqual({ input: 'except', pattern: 'up*', reason: 'it matches no build of the template' })
    // Only a build: -only never selects post-processors.
    expect(
      selectBuilds(BUILDS, { only: ['manifest'], except: [] }, 'hcl', pps).unmatched?.input
    ).toBe('only')
    // A name only Packer knows (a variable's) may be the one meant.
    expect(selectBuilds(BUILDS, { only: [], except: ['x'] }, 'hcl', [undefined])).toEqual({
      builds: BUILDS
    })
  })

  it('a selection that leaves nothing is empty, with no unmatched pattern', () => {
    expect(
      selectBuilds(BUILDS, { only: ['amazon-ebs.app'], except: ['amazon-ebs.*'] }, 'hcl')
    ).toEqual({ builds: [] })
  })
})
