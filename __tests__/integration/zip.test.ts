import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { extractZip } from '../../src/install/zip.js'
import { DEBIAN_PYTHON, tempDir } from '../../testbed/fixtures.js'

// Archives are written by Info-ZIP's zip and by Python's zipfile, two independent writers.
let dir: string
let out: string
beforeEach(() => {
  dir = tempDir('zip')
  out = path.join(dir, 'out')
})
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

/** Runs Python with `zipfile`, `zip` (the path of the archive) and `sys` in scope. */
function python(body: string, zip = path.join(dir, 'a.zip')): string {
  execFileSync(DEBIAN_PYTHON, ['-c', `import sys, zipfile\nzip = sys.argv[1]\n${body}`, zip])
  return zip
}

/** Long contents as their length and hash, so a failure prints a readable diff. */
const shortly = (text: string) =>
  text.length <= 80
    ? text
    : `${text.length} bytes, sha256 ${createHash('sha256').update(text).digest('hex').slice(0, 12)}`

function tree(root: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name)
    const rel = path.relative(root, full)
    const mode = (fs.lstatSync(full).mode & 0o777).toString(8)
    if (entry.isDirectory()) found[`${rel}/`] = mode
    else if (entry.isSymbolicLink()) found[rel] = `-> ${fs.readlinkSync(full)}`
    else found[rel] = `${mode} ${shortly(fs.readFileSync(full, 'utf8'))}`
  }
  return found
}

describe('extractZip', () => {
  it('extracts stored and deflated files, folders, empty files and modes written by zip', async () => {
    const src = path.join(dir, 'src')
    fs.mkdirSync(path.join(src, 'docs'), { recursive: true })
    fs.writeFileSync(path.join(src, 'tool'), '#!/bin/sh\necho tool\n'.repeat(500), { mode: 0o755 })
    fs.writeFileSync(path.join(src, 'docs', 'LICENSE.txt'), 'license text')
    fs.writeFileSync(path.join(src, 'empty'), '', { mode: 0o600 })
    fs.chmodSync(path.join(src, 'empty'), 0o600)
    for (const level of ['-0', '-9']) {
      const zip = path.join(dir, `a${level}.zip`)
      execFileSync('zip', ['-q', '-r', level, zip, 'tool', 'docs', 'empty'], { cwd: src })
      const dest = path.join(out, level)
      await extractZip(zip, dest)
      expect(tree(dest)).toEqual({
        tool: `755 ${shortly('#!/bin/sh\necho tool\n'.repeat(500))}`,
        'docs/': '755',
        'docs/LICENSE.txt': '644 license text',
        empty: '600 '
      })
      expect(execFileSync(path.join(dest, 'tool'), { encoding: 'utf8' })).toMatch(/^tool\n/)
    }
  })

  it('reads sizes from the central directory when the entries use data descriptors', async () => {
    // Written to a pipe, zipfile cannot seek back: sizes follow the data, the local header has zeros.
    const zip = path.join(dir, 'streamed.zip')
    const bytes = execFileSync(DEBIAN_PYTHON, [
      '-c',
      `import sys, zipfile
with zipfile.ZipFile(sys.stdout.buffer, 'w', zipfile.ZIP_DEFLATED) as z:
    with z.open('packer', 'w') as f: f.write(b'binary ' * 10000)
    with z.open('stored', 'w') as f: f.write(b'plain')`
    ])
    fs.writeFileSync(zip, bytes)
    expect(bytes.readUInt16LE(6) & 0x8).toBe(0x8)
    expect(bytes.readUInt32LE(18)).toBe(0)
    await extractZip(zip, out)
    expect(tree(out)).toEqual({
      packer: `600 ${shortly('binary '.repeat(10000))}`,
      stored: '600 plain'
    })
  })

  it('gives a read-only folder its mode after writing the files in it', async () => {
    const zip = python(`with zipfile.ZipFile(zip, 'w') as z:
    folder = zipfile.ZipInfo('bin/')
    folder.create_system = 3
    folder.external_attr = (0o040555 << 16) | 0x10
    z.writestr(folder, '')
    z.writestr('bin/tool', 'inside')`)
    await extractZip(zip, out)
    expect(tree(out)).toEqual({ 'bin/': '555', 'bin/tool': '600 inside' })
  })

  it('finds the end record behind an archive comment', async () => {
    const zip = python(`with zipfile.ZipFile(zip, 'w', zipfile.ZIP_DEFLATED) as z:
    z.comment = b'PK\\x05\\x06 looks like an end record ' * 100
    z.writestr('a', 'A')`)
    await extractZip(zip, out)
    expect(tree(out)).toEqual({ a: '600 A' })
  })

  it.each(['../evil', '/etc/evil', 'a/../../evil', 'a\\..\\evil', 'C:evil', 'a//b'])(
    "refuses the entry name '%s' and writes nothing",
    async name => {
      const zip = python(`with zipfile.ZipFile(zip, 'w') as z:
    z.writestr('ok', 'fine')
    z.writestr(zipfile.ZipInfo(${JSON.stringify(name)}), 'evil')`)
      await expect(extractZip(zip, out)).rejects.toThrow(
        `the zip holds an entry named '${name}', which would not stay inside its folder`
      )
      expect(fs.readdirSync(dir).sort()).toEqual(['a.zip'])
    }
  )

  it('refuses a bad name before it would hand the archive to unzip', async () => {
    const zip = python(`with zipfile.ZipFile(zip, 'w', zipfile.ZIP_BZIP2) as z:
    z.writestr(zipfile.ZipInfo('../evil'), 'evil', compress_type=zipfile.ZIP_BZIP2)`)
    await expect(extractZip(zip, out)).rejects.toThrow(
      "the zip holds an entry named '../evil', which would not stay inside its folder"
    )
    expect(fs.readdirSync(dir).sort()).toEqual(['a.zip'])
  })

  it.each([
    [
      'bzip2',
      `with zipfile.ZipFile(zip, 'w', zipfile.ZIP_BZIP2) as z: z.writestr('data', 'compressed with bzip2')`,
      { data: '600 compressed with bzip2' }
    ],
    [
      'a symbolic link',
      `with zipfile.ZipFile(zip, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('data', 'target')
    link = zipfile.ZipInfo('link')
    link.create_system = 3
    link.external_attr = 0o120777 << 16
    z.writestr(link, 'data')`,
      { data: '600 target', link: '-> data' }
    ]
  ])('hands %s to unzip', async (_what, body, expected) => {
    await extractZip(python(body), out)
    expect(tree(out)).toEqual(expected)
  })

  it('says when a file is not a zip', async () => {
    const file = path.join(dir, 'not.zip')
    fs.writeFileSync(file, 'PK but not a zip archive'.repeat(10))
    await expect(extractZip(file, out)).rejects.toThrow(`${file} is not a zip archive`)
  })

  it('refuses an entry whose bytes do not match its CRC-32', async () => {
    const zip = python(
      `with zipfile.ZipFile(zip, 'w') as z: z.writestr('data', 'original content')`
    )
    const bytes = fs.readFileSync(zip)
    const at = bytes.indexOf('original')
    bytes.write('ORIGINAL', at)
    fs.writeFileSync(zip, bytes)
    await expect(extractZip(zip, out)).rejects.toThrow(
      /data extracted to 16 bytes with CRC-32 [0-9a-f]+, but the archive says 16 bytes and [0-9a-f]+/
    )
  })

  it('refuses a damaged deflate stream', async () => {
    const zip = python(`import os
with zipfile.ZipFile(zip, 'w', zipfile.ZIP_DEFLATED) as z: z.writestr('data', os.urandom(4096).hex())`)
    const bytes = fs.readFileSync(zip)
    bytes.fill(0xff, 60, 400)
    fs.writeFileSync(zip, bytes)
    await expect(extractZip(zip, out)).rejects.toThrow()
  })
})
