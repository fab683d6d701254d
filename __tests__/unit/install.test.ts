import { describe, expect, it } from 'vitest'
import { hashicorpPlatform } from '../../src/install/platform.js'
import { checksumFor } from '../../src/install/verify.js'
import { packerReleaseFiles, parsePackerVersion } from '../../src/install/packer.js'
import {
  ansibleCacheFolder,
  checkPythonFits,
  parseAnsibleCoreVersion,
  pipCanTarget,
  supportedPython
} from '../../src/install/ansible.js'
import type { AnsibleInputs } from '../../src/inputs.js'

describe('hashicorpPlatform', () => {
  it.each([
    ['linux', 'x64', 'linux', 'amd64'],
    ['linux', 'arm64', 'linux', 'arm64'],
    ['darwin', 'x64', 'darwin', 'amd64'],
    ['darwin', 'arm64', 'darwin', 'arm64'],
    ['win32', 'x64', 'windows', 'amd64'],
    ['win32', 'arm64', 'windows', 'arm64'],
    ['linux', 'ia32', 'linux', '386'],
    ['linux', 'arm', 'linux', 'arm']
  ])('%s/%s is %s_%s', (platform, arch, os, hcArch) => {
    expect(hashicorpPlatform(platform, arch)).toEqual({ os, arch: hcArch, nodeArch: arch })
  })
  it.each([
    ['aix', 'ppc64'],
    ['linux', 'ppc64'],
    ['sunos', 'x64']
  ])('refuses %s/%s', (platform, arch) => {
    expect(() => hashicorpPlatform(platform, arch)).toThrow(
      `HashiCorp ships no Packer for ${platform}/${arch}`
    )
  })
})

describe('packerReleaseFiles', () => {
  it('follows HashiCorp layout, signature by key ID first', () => {
    expect(
      packerReleaseFiles('https://m.example', '1.15.4', hashicorpPlatform('darwin', 'arm64'))
    ).toEqual({
      zip: 'packer_1.15.4_darwin_arm64.zip',
      zipUrl: 'https://m.example/packer/1.15.4/packer_1.15.4_darwin_arm64.zip',
      sumsUrl: 'https://m.example/packer/1.15.4/packer_1.15.4_SHA256SUMS',
      signatureUrls: [
        'https://m.example/packer/1.15.4/packer_1.15.4_SHA256SUMS.72D7468F.sig',
        'https://m.example/packer/1.15.4/packer_1.15.4_SHA256SUMS.sig'
      ]
    })
  })
})

describe('checksumFor', () => {
  const a = 'a'.repeat(64)
  const b = 'B'.repeat(64)
  const sums = `${a}  packer_1.0.0_linux_amd64.zip\n${b}  packer_1.0.0_linux_arm64.zip\n`
  it.each([
    ['packer_1.0.0_linux_amd64.zip', a],
    ['packer_1.0.0_linux_arm64.zip', 'b'.repeat(64)],
    ['packer_1.0.0_darwin_amd64.zip', undefined],
    ['linux_amd64.zip', undefined]
  ])('%s → %s', (file, expected) => {
    expect(checksumFor(sums, file)).toBe(expected)
  })
})

describe('version parsers', () => {
  it.each([
    ['Packer v1.6.6\n', '1.6.6'],
    ['Packer v1.15.4\n\nYour version of Packer is out of date!', '1.15.4'],
    ['nonsense', undefined]
  ])('packer %j', (out, v) => expect(parsePackerVersion(out)).toBe(v))
  it.each([
    ['ansible-playbook [core 2.14.18]\n  config file = None', '2.14.18'],
    ['ansible-playbook 2.9.6', undefined]
  ])('ansible %j', (out, v) => expect(parseAnsibleCoreVersion(out)).toBe(v))
})

describe('Python ranges', () => {
  const core = (version: string): AnsibleInputs => ({
    version,
    package: 'ansible-core',
    python: 'python3',
    requirements: undefined
  })
  const py = (minor: number) => ({
    executable: '/usr/bin/python3',
    version: [3, minor, 0] as [number, number, number],
    pip: '24.0'
  })
  it.each([
    ['ansible-core', '2.14.18', [9, 11]],
    ['ansible-core', '2.17.0', [10, 12]],
    ['ansible-core', '2.19.3', [11, 13]],
    ['ansible-core', '2.21.2', [12, 14]],
    ['ansible', '13.5.0', [12, 14]],
    ['ansible', '9.0.0', [10, 12]],
    ['ansible-core', '3.0.0', undefined]
  ] as const)('%s %s runs on 3.%j', (pkg, version, range) => {
    expect(supportedPython(pkg, version)).toEqual(range)
  })
  it('refuses a Python outside the range and names the input', () => {
    expect(() => checkPythonFits(core('2.21.2'), py(11))).toThrow(
      /Input 'python': 'python3' is Python 3.11.0, but ansible-core 2.21.2 runs on Python 3.12 to 3.14/
    )
    expect(() => checkPythonFits(core('2.14.18'), py(12))).toThrow(/3.9 to 3.11/)
  })
  it('accepts a Python inside the range', () => {
    expect(() => checkPythonFits(core('2.21.2'), py(12))).not.toThrow()
    expect(() => checkPythonFits(core('2.14.18'), py(11))).not.toThrow()
  })
  it.each([
    ['22.3', true],
    ['22.2.2', false],
    ['23.0.1', true],
    ['9.0', false],
    [undefined, false]
  ])('pip %s can target another venv: %s', (v, expected) => expect(pipCanTarget(v)).toBe(expected))
  it('keys the venv by package, version, Python minor and arch', () => {
    expect(ansibleCacheFolder('/tc', core('2.14.18'), py(11), 'x64')).toMatchObject({
      folder: '/tc/ansible-core-python3.11/2.14.18/x64',
      marker: '/tc/ansible-core-python3.11/2.14.18/x64.complete'
    })
  })
})
