import { describe, expect, it } from 'vitest'
import type { RunnerContext } from '../../src/context.js'
import { parseInputs } from '../../src/inputs/parse.js'
import { secretInputs } from '../../src/inputs/read.js'
import { checkPythonFits, type PythonInfo } from '../../src/install/ansible.js'

// parseInputs against a workspace of real files is an integration test (parse-inputs.test.ts);
// what to mask needs no files.

const raw = (values: Record<string, string>) => (name: string) => values[name] ?? ''

/** A runner's context; its paths are only strings here: nothing is read or written. */
function context(): RunnerContext {
  return {
    workspace: '/home/runner/work/app/app',
    ref: 'refs/tags/release-1.0.0',
    sha: '0123456789abcdef0123456789abcdef01234567',
    repository: 'octo/app',
    serverUrl: 'https://github.com',
    runId: '42',
    runAttempt: '1',
    toolCache: undefined,
    temp: '/home/runner/work/_temp',
    awsRegion: undefined,
    platform: process.platform,
    arch: process.arch
  }
}

describe('secretInputs', () => {
  const secrets = (values: Record<string, string>) => secretInputs(raw(values))

  it('masks nothing when nothing is secret', () => {
    expect(secrets({ 'packer-mirror': 'https://releases.hashicorp.com' })).toEqual([])
    expect(secrets({ 'github-token': '  \n', 'ansible-vault-password': ' ' })).toEqual([])
  })

  it('masks the token trimmed, and the vault password as given', () => {
    expect(
      secrets({ 'github-token': ' ghp_abc123\n', 'ansible-vault-password': ' pw \n' })
    ).toEqual(['ghp_abc123', ' pw \n'])
  })

  it("masks the mirror's password as written in the URL and decoded", () => {
    const masked = secrets({ 'packer-mirror': ' https://deploy:t%40k%2Fn@mirror.example/hc ' })
    expect(masked).toContain('t%40k%2Fn')
    expect(masked).toContain('t@k/n')
    expect(masked).not.toContain('deploy')
  })

  it('masks a password whose percent-encoding is broken, as written', () => {
    expect(secrets({ 'packer-mirror': 'https://u:p%zz@mirror.example' })).toEqual(['p%zz'])
  })

  it('masks nothing from a mirror that has no scheme', () => {
    expect(secrets({ 'packer-mirror': 'user:pass@mirror' })).toEqual([])
  })

  it('masks the credentials of a mirror URL that does not parse', () => {
    expect(secrets({ 'packer-mirror': 'http://u:S3CRET-TOKEN@127.0.0.1:99999' })).toEqual([
      'S3CRET-TOKEN',
      'S3CRET-TOKEN'
    ])
  })

  it('masks a token given as the user name, but not a short user name', () => {
    expect(secrets({ 'packer-mirror': 'https://ghp_0123456789abcdef@mirror.example' })).toContain(
      'ghp_0123456789abcdef'
    )
    expect(secrets({ 'packer-mirror': 'https://admin:pw@mirror.example' })).toEqual(['pw', 'pw'])
  })

  it('never shows the credentials of a mirror URL it refuses', () => {
    expect(() =>
      parseInputs(
        raw({ mode: 'install', 'packer-mirror': 'http://u:S3CRET-TOKEN@127.0.0.1:99999' }),
        context()
      )
    ).toThrow("Input 'packer-mirror': 'http://***@127.0.0.1:99999' is not a URL")
  })
})

describe('checkPythonFits: the interpreter against the pinned Ansible', () => {
  const python = (minor: number) => ({ executable: '/usr/bin/python3', version: [3, minor, 2] })
  const request = (pkg: 'ansible-core' | 'ansible', version: string) => ({
    package: pkg,
    version,
    python: 'python3'
  })

  it.each([
    ['ansible-core', '2.13.13'],
    ['ansible-core', '2.99.0'],
    ['ansible', '2.10.7'],
    ['ansible', '6.7.0'],
    ['ansible', '40.0.0']
  ] as const)('%s %s, whose range it does not know, is left to pip, saying so', (pkg, v) => {
    const warning = checkPythonFits(request(pkg, v), python(12) as PythonInfo)
    expect(warning).toMatch(
      new RegExp(
        `^this action does not know which Python ${pkg} ${v.replace(/\./g, '\\.')} runs on \\(it knows ansible-core 2\\.14, .*2\\.21\\); pip will check its Python requirement$`
      )
    )
  })

  it('refuses an interpreter outside a known range, naming the input', () => {
    expect(() => checkPythonFits(request('ansible', '7.7.0'), python(12) as PythonInfo)).toThrow(
      /Input 'python': 'python3' is Python 3\.12\.2, but ansible 7\.7\.0 runs on Python 3\.9 to 3\.11/
    )
    expect(checkPythonFits(request('ansible-core', '2.21.2'), python(12) as PythonInfo)).toBe(
      undefined
    )
  })
})
