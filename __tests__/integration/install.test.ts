import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { readKey, readSignature } from 'openpgp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  DEBIAN_ANSIBLE_CORE,
  DEBIAN_PACKER_VERSION,
  DEBIAN_PYTHON,
  offlinePipEnv,
  packerZip,
  tempDir
} from '../../testbed/fixtures.js'
import {
  generateSigningKey,
  publishPacker,
  signDetached,
  startMirror,
  type Mirror,
  type PublishedRelease,
  type SigningKey
} from '../../testbed/mirror.js'
import { errors, newJob, runMain, type Job } from '../../testbed/runner.js'
import { keyedTool } from '../../src/install/release.js'

const V = DEBIAN_PACKER_VERSION
let mirror: Mirror
let key: SigningKey
let release: PublishedRelease
let job: Job

beforeAll(async () => {
  mirror = await startMirror()
  key = await generateSigningKey()
})
afterAll(async () => {
  await mirror.close()
})
beforeEach(async () => {
  mirror.files.clear()
  mirror.requests.length = 0
  release = await publishPacker(mirror, V, packerZip(), key)
  job = newJob()
})

const packerOnly = () => ({
  mode: 'install',
  'packer-version': V,
  'packer-mirror': mirror.url,
  'packer-signing-key': key.publicKey,
  'ansible-version': 'none'
})

/** The cache's Packer folder for a signing key: jobs pinning another key install beside it. */
const packerTool = (armoredKey = key.publicKey) => keyedTool('packer', armoredKey)

function packerCacheEntries(j: Job): string[] {
  const dir = path.join(j.toolCache, packerTool())
  return fs.existsSync(dir) ? fs.readdirSync(dir) : []
}

describe('mode: install, Packer from a signed mirror', () => {
  it('downloads, verifies and caches once; the second run asks the mirror nothing', async () => {
    const first = await runMain(job, { inputs: packerOnly() })
    expect(errors(first)).toEqual([])
    expect(first.exitCode).toBe(0)
    expect(first.outputs).toMatchObject({
      'packer-version': V,
      'ansible-version': '',
      skipped: 'false',
      reused: 'false'
    })
    expect([...mirror.requests].sort()).toEqual(
      [release.sums, release.signature, release.zip].sort()
    )
    const fingerprint = (await readKey({ armoredKey: key.publicKey })).getFingerprint()
    expect(first.stdout).toContain(
      `packer_${V}_linux_amd64.zip: signature (key ${fingerprint.toUpperCase()}) and sha256 verified`
    )
    expect(fs.existsSync(path.join(job.toolCache, packerTool(), V, 'x64', 'packer'))).toBe(true)
    // Built privately, published by a link: the log names the folder the job uses.
    const folder = fs.realpathSync(path.join(job.toolCache, packerTool(), V, 'x64'))
    expect(first.stdout).toContain(`Packer ${V}: installed (${folder})`)
    // Later steps find packer on PATH, through the runner's PATH file, never `::add-path::`.
    expect(first.path).toEqual([folder])
    expect(first.stdout).not.toContain('::add-path::')

    mirror.requests.length = 0
    const second = await runMain(job, { inputs: packerOnly() })
    expect(second.exitCode).toBe(0)
    expect(second.outputs['packer-version']).toBe(V)
    expect(second.stdout).toContain(`Packer ${V}: found in the tool cache (${folder})`)
    expect(mirror.requests).toEqual([])
    // Beside the cached Packer, what verified it: the job's key (by digest), and the zip.
    expect(JSON.parse(fs.readFileSync(path.join(folder, '.verified-by-key.json'), 'utf8'))).toEqual(
      {
        tool: packerTool(),
        version: V,
        key: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
        fingerprint: fingerprint.toUpperCase(),
        zip: `packer_${V}_linux_amd64.zip`,
        zipSha256: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
        binary: 'packer',
        size: fs.statSync(path.join(folder, 'packer')).size
      }
    )
    // Any other key is read before anything else happens, cache or not.
    const other = await runMain(job, {
      inputs: { ...packerOnly(), 'packer-signing-key': 'not a key' }
    })
    expect(other.exitCode).toBe(1)
    expect(errors(other).join('\n')).toMatch(
      /Input 'packer-signing-key': not a usable armored OpenPGP public key/
    )
  })

  it('reads the key on every run, cache or not: once it has expired it is refused; never blocks on what the cache holds', async () => {
    const expiring = await generateSigningKey('Expiring Mirror', 3600)
    mirror.files.clear()
    await publishPacker(mirror, V, packerZip(), expiring)
    const inputs = { ...packerOnly(), 'packer-signing-key': expiring.publicKey }
    expect(errors(await runMain(job, { inputs }))).toEqual([])
    const folder = fs.realpathSync(
      path.join(job.toolCache, packerTool(expiring.publicKey), V, 'x64')
    )
    const file = path.join(folder, '.verified-by-key.json')
    expect(fs.existsSync(file)).toBe(true)
    mirror.requests.length = 0
    const cached = await runMain(job, { inputs })
    expect(errors(cached)).toEqual([])
    expect(cached.stdout).toContain(`Packer ${V}: found in the tool cache (${folder})`)
    expect(mirror.requests).toEqual([])

    // A FIFO in its place is not read (reading it would block the step).
    fs.rmSync(file)
    execFileSync('mkfifo', [file])
    const fifo = await runMain(job, { inputs, timeoutMs: 30_000 })
    expect(errors(fifo)).toEqual([])

    // A key that expires while the cache holds the Packer it verified: the next run reads it
    // again before anything else, and refuses it, though the cache would have served.
    const expires = Date.now() + 20_000
    const brief = await generateSigningKey('Brief Mirror', 20)
    mirror.files.clear()
    await publishPacker(mirror, V, packerZip(), brief)
    const briefInputs = { ...packerOnly(), 'packer-signing-key': brief.publicKey }
    expect(errors(await runMain(job, { inputs: briefInputs }))).toEqual([])
    const briefFolder = fs.realpathSync(
      path.join(job.toolCache, packerTool(brief.publicKey), V, 'x64')
    )
    expect(fs.existsSync(path.join(briefFolder, 'packer'))).toBe(true)
    await new Promise(resolve => setTimeout(resolve, expires - Date.now() + 1_000))
    mirror.requests.length = 0
    const expired = await runMain(job, { inputs: briefInputs })
    expect(expired.exitCode).toBe(1)
    expect(errors(expired)).toEqual([
      expect.stringMatching(
        /^Input 'packer-signing-key': not a usable armored OpenPGP public key \(-----BEGIN PGP PUBLIC KEY BLOCK-----\): no key in it can sign/
      )
    ])
    expect(expired.stdout).not.toContain('found in the tool cache')
    expect(mirror.requests).toEqual([])
    expect(fs.existsSync(path.join(briefFolder, 'packer'))).toBe(true)
  })

  it.each([404, 403] as const)(
    'falls back to the legacy .sig name when the mirror answers %i for the other',
    async missing => {
      // A private S3 bucket answers 403 for a file that is not there.
      mirror.missing = missing
      try {
        const sig = mirror.files.get(release.signature) as Buffer
        mirror.files.delete(release.signature)
        mirror.files.set(release.sums + '.sig', sig)
        const result = await runMain(job, { inputs: packerOnly() })
        expect(errors(result)).toEqual([])
        expect(result.exitCode).toBe(0)
        expect(mirror.requests).toContain(release.signature)
        expect(mirror.requests).toContain(release.sums + '.sig')
        // Neither name there: both are named, with what the mirror said.
        mirror.files.delete(release.sums + '.sig')
        const missingBoth = await runMain(newJob(), { inputs: packerOnly() })
        expect(missingBoth.exitCode).toBe(1)
        expect(errors(missingBoth).join('\n')).toMatch(
          new RegExp(
            `the SHA256SUMS signature is missing: tried .*72D7468F\\.sig \\(${missing}\\) and .*SHA256SUMS\\.sig \\(${missing}\\)`
          )
        )
      } finally {
        mirror.missing = 404
      }
    }
  )

  const failures: [string, (m: Mirror) => Promise<void> | void, RegExp][] = [
    [
      'a changed byte in the zip',
      m => {
        const zip = Buffer.from(m.files.get(release.zip) as Buffer)
        zip[zip.length >> 1] = (zip[zip.length >> 1] as number) ^ 0xff
        m.files.set(release.zip, zip)
      },
      /has sha256 [0-9a-f]{64}, but the signed SHA256SUMS says [0-9a-f]{64}/
    ],
    [
      'sums signed by another key',
      async m => {
        const other = await generateSigningKey('Someone Else')
        m.files.set(
          release.signature,
          Buffer.from(await signDetached(m.files.get(release.sums) as Buffer, other.privateKey))
        )
      },
      /SHA256SUMS: the signature is not a valid signature by key/
    ],
    [
      'sums changed after signing',
      m => {
        m.files.set(
          release.sums,
          Buffer.concat([m.files.get(release.sums) as Buffer, Buffer.from('\n')])
        )
      },
      /the signature is not a valid signature by key/
    ],
    [
      'the signature missing',
      m => {
        m.files.delete(release.signature)
      },
      /the SHA256SUMS signature is missing: tried .*72D7468F\.sig \(404\) and .*SHA256SUMS\.sig \(404\)/
    ],
    [
      'a signature that is not OpenPGP',
      m => {
        m.files.set(release.signature, Buffer.from('garbage'))
      },
      /not an OpenPGP signature/
    ],
    [
      "sums without the zip's line",
      m => {
        const sums = (m.files.get(release.sums) as Buffer)
          .toString()
          .split('\n')
          .slice(1)
          .join('\n')
        m.files.set(release.sums, Buffer.from(sums))
        return signDetached(Buffer.from(sums), key.privateKey).then(sig => {
          m.files.set(release.signature, Buffer.from(sig))
        })
      },
      /lists no packer_1\.6\.6_linux_amd64\.zip: Packer 1\.6\.6 is not released for linux\/amd64/
    ],
    [
      'sums listing the zip twice, with another sha256 after the right one',
      m => {
        const sums = (m.files.get(release.sums) as Buffer).toString()
        const other = `${'ab'.repeat(32)}  packer_${V}_linux_amd64.zip\n`
        const twice = Buffer.from(`${sums}${other}`)
        m.files.set(release.sums, twice)
        return signDetached(twice, key.privateKey).then(sig => {
          m.files.set(release.signature, Buffer.from(sig))
        })
      },
      new RegExp(
        `packer_${V}_SHA256SUMS lists packer_1\\.6\\.6_linux_amd64\\.zip more than once, with different sha256s \\([0-9a-f]{64}, ${'ab'.repeat(32)}\\): it does not say which zip is the release`
      )
    ],
    [
      'a version the mirror does not have',
      m => {
        for (const name of [...m.files.keys()]) if (name.includes(`/${V}/`)) m.files.delete(name)
      },
      new RegExp(
        `Packer ${V} was not installed: could not download the Packer ${V} SHA256SUMS \\(http://127\\.0\\.0\\.1:\\d+/packer/${V}/packer_${V}_SHA256SUMS\\) from 127\\.0\\.0\\.1:\\d+: HTTP 404; 'packer-mirror' must serve it in HashiCorp's layout`
      )
    ]
  ]

  it.each(failures)('fails on %s and caches nothing', async (_name, tamper, message) => {
    await tamper(mirror)
    const result = await runMain(job, { inputs: packerOnly() })
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toMatch(message)
    expect(packerCacheEntries(job)).toEqual([])
    expect(fs.readdirSync(job.temp)).toEqual([])
  })

  describe('a mirror URL with credentials', () => {
    const token = 's3cr3t-t0ken-4-mirror'
    const withCredentials = () => mirror.url.replace('http://', `http://mirror-user:${token}@`)
    /** The token only ever in the mask command that hides it. */
    const expectTokenMasked = (result: Awaited<ReturnType<typeof runMain>>) => {
      const lines = `${result.stdout}\n${result.stderr}\n${result.summary}`.split('\n')
      expect(lines.filter(l => l.includes(token) && l !== `::add-mask::${token}`)).toEqual([])
      expect(result.stdout.split('\n')).toContain(`::add-mask::${token}`)
    }

    it('installs, and never shows the token', async () => {
      const result = await runMain(job, {
        inputs: { ...packerOnly(), 'packer-mirror': withCredentials() }
      })
      expect(errors(result)).toEqual([])
      expectTokenMasked(result)
    })

    it('fails with the URL redacted, and never shows the token', async () => {
      for (const name of [...mirror.files.keys()])
        if (name.includes(`/${V}/`)) mirror.files.delete(name)
      const result = await runMain(job, {
        inputs: { ...packerOnly(), 'packer-mirror': withCredentials() }
      })
      expect(result.exitCode).toBe(1)
      const host = mirror.url.replace('http://', '')
      expect(errors(result)).toEqual([
        `Packer ${V} was not installed: could not download the Packer ${V} SHA256SUMS (http://***@${host}/packer/${V}/packer_${V}_SHA256SUMS) from ${host}: HTTP 404; 'packer-mirror' must serve it in HashiCorp's layout`
      ])
      expectTokenMasked(result)
    })
  })

  it('accepts an armored signature whose file starts with a blank line, as gpg --verify does', async () => {
    const binary = await readSignature({
      binarySignature: mirror.files.get(release.signature) as Buffer
    })
    mirror.files.set(release.signature, Buffer.from(`\r\n${binary.armor()}`))
    const result = await runMain(job, { inputs: packerOnly() })
    expect(errors(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(packerCacheEntries(job)).toContain('1.6.6')
  })

  it('refuses the embedded HashiCorp key for a mirror that signs with its own key', async () => {
    const inputs: Record<string, string> = { ...packerOnly() }
    delete inputs['packer-signing-key']
    const result = await runMain(job, { inputs })
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toMatch(
      /not a valid signature by key C874011F0AB405110D02105534365D9472D7468F/
    )
  })
})

describe('one tool cache, jobs pinning different keys', () => {
  let other: Mirror
  let otherKey: SigningKey
  let marker: string
  beforeAll(async () => {
    other = await startMirror()
    otherKey = await generateSigningKey('Other Mirror')
  })
  afterAll(async () => {
    await other.close()
  })
  beforeEach(async () => {
    // The reproduction: a Packer whose `version` answers honestly and whose every other command
    // is a trojan, signed by the other mirror's own key.
    const dir = tempDir('trojan')
    marker = path.join(dir, 'trojan-ran')
    const program = path.join(dir, 'packer')
    fs.writeFileSync(
      program,
      `#!/bin/sh\nif [ "$1" = version ]; then echo "Packer v${V}"; exit 0; fi\ntouch '${marker}'\n`,
      { mode: 0o755 }
    )
    execFileSync('zip', ['-q', '-j', path.join(dir, 'trojan.zip'), program])
    other.files.clear()
    other.requests.length = 0
    await publishPacker(other, V, path.join(dir, 'trojan.zip'), otherKey)
  })
  const withOther = () => ({
    ...packerOnly(),
    'packer-mirror': other.url,
    'packer-signing-key': otherKey.publicKey
  })
  const entry = (armoredKey: string) => path.join(job.toolCache, packerTool(armoredKey), V, 'x64')
  const runsTrojan = (folder: string) => {
    spawnSync(path.join(folder, 'packer'), ['validate', 'x'], { stdio: 'ignore' })
    return fs.existsSync(marker)
  }

  it("a job never runs the Packer another job verified with another key; each installs beside the other's", async () => {
    const first = await runMain(job, { inputs: withOther() })
    expect(errors(first)).toEqual([])
    expect(first.path).toEqual([fs.realpathSync(entry(otherKey.publicKey))])

    const mine = await runMain(job, { inputs: packerOnly() })
    expect(errors(mine)).toEqual([])
    expect(mine.stdout).toContain(`Packer ${V}: installed`)
    expect(mirror.requests.sort()).toEqual([release.sums, release.signature, release.zip].sort())
    expect(mine.path).toEqual([fs.realpathSync(entry(key.publicKey))])
    const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')
    expect(sha(path.join(mine.path[0] ?? '', 'packer'))).toBe(sha('/usr/bin/packer'))
    expect(fs.readdirSync(job.toolCache).sort()).toEqual(
      [packerTool(key.publicKey), packerTool(otherKey.publicKey)].sort()
    )

    // Each key's job finds its own entry again, and asks nobody.
    mirror.requests.length = other.requests.length = 0
    const again = await runMain(job, { inputs: withOther() })
    expect(again.stdout).toContain(`Packer ${V}: found in the tool cache`)
    expect(again.path).toEqual([fs.realpathSync(entry(otherKey.publicKey))])
    expect((await runMain(job, { inputs: packerOnly() })).path).toEqual(mine.path)
    expect([...mirror.requests, ...other.requests]).toEqual([])
    expect(fs.existsSync(marker)).toBe(false)
  })

  it('a record swapped in from another key, or a binary that is not the one recorded, is not trusted: installed again', async () => {
    expect(errors(await runMain(job, { inputs: withOther() }))).toEqual([])
    expect(errors(await runMain(job, { inputs: packerOnly() }))).toEqual([])
    const trojan = fs.realpathSync(entry(otherKey.publicKey))
    const mine = fs.realpathSync(entry(key.publicKey))
    const record = (folder: string) => path.join(folder, '.verified-by-key.json')

    // The other key's folder published in this key's place, with a record forged to name this
    // key: the record names the other entry's tool, so it is refused.
    const forged = JSON.parse(fs.readFileSync(record(trojan), 'utf8')) as Record<string, unknown>
    const mineRecord = JSON.parse(fs.readFileSync(record(mine), 'utf8')) as Record<string, unknown>
    fs.writeFileSync(record(trojan), JSON.stringify({ ...forged, key: mineRecord['key'] }))
    fs.rmSync(entry(key.publicKey))
    fs.symlinkSync(trojan, entry(key.publicKey))
    mirror.requests.length = 0
    const refused = await runMain(job, { inputs: packerOnly() })
    expect(errors(refused)).toEqual([])
    expect(refused.stdout).toContain(`Packer ${V}: installed`)
    expect(mirror.requests).toContain(release.zip)
    expect(refused.path[0]).not.toBe(trojan)
    expect(runsTrojan(refused.path[0] ?? '')).toBe(false)

    // This key's record copied beside the trojan binary: its size is not the one recorded.
    const current = fs.realpathSync(entry(key.publicKey))
    fs.copyFileSync(path.join(trojan, 'packer'), path.join(current, 'packer'))
    mirror.requests.length = 0
    const swapped = await runMain(job, { inputs: packerOnly() })
    expect(swapped.stdout).toContain(`Packer ${V}: installed`)
    expect(mirror.requests).toContain(release.zip)
    expect(runsTrojan(swapped.path[0] ?? '')).toBe(false)

    // A record that is not JSON, or names another version, is no record.
    for (const bad of ['{', JSON.stringify({ ...mineRecord, version: '9.9.9' })]) {
      fs.writeFileSync(record(fs.realpathSync(entry(key.publicKey))), bad)
      const again = await runMain(job, { inputs: packerOnly() })
      expect(again.stdout).toContain(`Packer ${V}: installed`)
    }
  })
})

describe('mode: install, Ansible in a venv in the tool cache', () => {
  const ansibleInputs = () => ({
    ...packerOnly(),
    'ansible-version': DEBIAN_ANSIBLE_CORE,
    python: DEBIAN_PYTHON
  })
  const venv = (j: Job) =>
    path.join(j.toolCache, 'ansible-core-python3.11', DEBIAN_ANSIBLE_CORE, 'x64')

  it('installs both tools, then finds both without pip or mirror', async () => {
    const first = await runMain(job, { inputs: ansibleInputs(), env: offlinePipEnv() })
    expect(errors(first)).toEqual([])
    expect(first.outputs).toMatchObject({
      'packer-version': V,
      'ansible-version': DEBIAN_ANSIBLE_CORE
    })
    expect(fs.existsSync(`${venv(job)}.complete`)).toBe(true)
    expect(fs.existsSync(path.join(venv(job), 'bin', 'ansible-playbook'))).toBe(true)
    // The venv links to the interpreter by its own path (python3.11), never by an alias
    // (python3) that an OS upgrade moves on to another Python, which reads none of its packages.
    const bin = path.join(venv(job), 'bin')
    const outside = fs
      .readdirSync(bin)
      .filter(n => fs.lstatSync(path.join(bin, n)).isSymbolicLink())
      .map(n => fs.readlinkSync(path.join(bin, n)))
      .filter(target => path.isAbsolute(target))
    expect(outside).toEqual([fs.realpathSync(DEBIAN_PYTHON)])

    // No package source at all: a pip call would fail the run.
    const empty = tempDir('no-wheels')
    mirror.requests.length = 0
    const second = await runMain(job, {
      inputs: ansibleInputs(),
      env: { ...offlinePipEnv(), PIP_FIND_LINKS: empty }
    })
    expect(errors(second)).toEqual([])
    expect(second.outputs['ansible-version']).toBe(DEBIAN_ANSIBLE_CORE)
    expect(second.stdout).toMatch(/ansible-core 2\.14\.18: found in the tool cache/)
    expect(mirror.requests).toEqual([])
    // The log group says what it installs (with 'ansible-version: none', 'Install Packer').
    expect(second.stdout).toContain('::group::Install Packer and Ansible\n')
  })

  it("puts Ansible's commands on PATH for the next steps, never the shared venv's python or pip", async () => {
    const result = await runMain(job, { inputs: ansibleInputs(), env: offlinePipEnv() })
    expect(errors(result)).toEqual([])
    // A later step of the job: the runner's PATH with the step's additions first.
    const later = (command: string, args: string[]) =>
      spawnSync(command, args, {
        env: { ...process.env, PATH: [...result.path, '/usr/bin', '/bin'].join(':') }
      })
    const playbook = later('ansible-playbook', ['--version'])
    expect(playbook.stdout.toString()).toContain(`[core ${DEBIAN_ANSIBLE_CORE}]`)
    // The runner's python3 (with its packages) and pip stay what they were: the venv in the
    // tool cache is shared by every job, and nothing a later step installs may land in it.
    const python = later('python3', ['-c', 'import sys, botocore; print(sys.executable)'])
    expect(python.stderr.toString()).toBe('')
    expect(python.stdout.toString().trim()).toBe('/usr/bin/python3')
    const onPath = result.path.flatMap(dir => fs.readdirSync(dir))
    expect(onPath.filter(name => /^(python|pip|activate)/i.test(name))).toEqual([])
    expect(onPath).toContain('ansible-galaxy')
  })

  it('a venv a job made where the tool cache had another path (a container job’s /__t) is installed anew, not used', async () => {
    // The runner mounts its tool cache into a container job at /__t: a host job and a container
    // job reach the same entries by different paths, and neither has the other's.
    fs.mkdirSync(job.toolCache, { recursive: true })
    const other = path.join(path.dirname(job.toolCache), 'container-view')
    fs.symlinkSync(job.toolCache, other)
    const first = await runMain(
      { ...job, toolCache: other },
      { inputs: ansibleInputs(), env: offlinePipEnv() }
    )
    expect(errors(first)).toEqual([])
    fs.rmSync(other)

    const second = await runMain(job, { inputs: ansibleInputs(), env: offlinePipEnv() })
    expect(errors(second)).toEqual([])
    // A later step of the job runs the Ansible the step put on PATH (named whole: a command
    // that cannot start would send the search on to the runner's own /usr/bin/ansible-playbook).
    const commands = second.path.find(dir => fs.existsSync(path.join(dir, 'ansible-playbook')))
    const playbook = spawnSync(path.join(commands ?? '', 'ansible-playbook'), ['--version'])
    expect(playbook.error).toBeUndefined()
    expect(playbook.stdout.toString()).toContain(`[core ${DEBIAN_ANSIBLE_CORE}]`)
    expect(second.stdout).toMatch(/ansible-core 2\.14\.18: installed \(/)
  })

  it('ignores and rebuilds a half-built venv left by a killed run', async () => {
    fs.mkdirSync(path.join(venv(job), 'bin'), { recursive: true })
    fs.writeFileSync(
      path.join(venv(job), 'bin', 'ansible-playbook'),
      '#!/bin/sh\necho "[core 2.14.18]"\n',
      { mode: 0o755 }
    )
    const result = await runMain(job, { inputs: ansibleInputs(), env: offlinePipEnv() })
    expect(errors(result)).toEqual([])
    expect(result.stdout).toMatch(/ansible-core 2\.14\.18: installed \(/)
    expect(fs.readFileSync(path.join(venv(job), 'bin', 'ansible-playbook'), 'utf8')).not.toContain(
      'echo'
    )
    expect(fs.existsSync(`${venv(job)}.complete`)).toBe(true)
    // Published by a link; the half-built folder moved aside, not deleted under a job using it.
    expect(fs.lstatSync(venv(job)).isSymbolicLink()).toBe(true)
    const stale = fs.readdirSync(path.dirname(venv(job))).filter(n => n.endsWith('.stale'))
    expect(stale).toHaveLength(1)
  })

  it('refuses a Python the pinned ansible-core does not support, before any download or pip call', async () => {
    const result = await runMain(job, {
      inputs: { ...ansibleInputs(), 'ansible-version': '2.21.2' },
      env: offlinePipEnv()
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toMatch(
      /Input 'python': '\/usr\/bin\/python3' is Python 3\.11\.\d+, but ansible-core 2\.21\.2 runs on Python 3\.12 to 3\.14/
    )
    expect(mirror.requests).toEqual([])
    expect(fs.readdirSync(job.toolCache)).toEqual([])
  })

  it('fails clearly when pip cannot find the pinned version, leaving no venv', async () => {
    const result = await runMain(job, {
      inputs: { ...ansibleInputs(), 'ansible-version': '2.14.17' },
      env: offlinePipEnv()
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toMatch(/ansible-core 2\.14\.17 was not installed: .*pip/s)
    expect(
      fs.existsSync(path.join(job.toolCache, 'ansible-core-python3.11', '2.14.17', 'x64'))
    ).toBe(false)
  })
})
