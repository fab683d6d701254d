import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as zlib from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { extractZip, type ZipLimits } from '../../src/install/zip.js'
import { DEBIAN_PACKER, DEBIAN_PYTHON, packerZip, tempDir } from '../../testbed/fixtures.js'

// Archives are written by Info-ZIP's zip and by Python's zipfile, two independent writers; the
// hostile ones also byte by byte, by `writeZip` below.
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

  it('extracts the test bed’s Packer release zip (107 MB deflated) byte for byte', async () => {
    await extractZip(packerZip(), out)
    expect(fs.readdirSync(out)).toEqual(['packer'])
    expect(fs.statSync(path.join(out, 'packer')).mode & 0o777).toBe(0o755)
    const sha256 = (file: string) =>
      createHash('sha256').update(fs.readFileSync(file)).digest('hex')
    expect(sha256(path.join(out, 'packer'))).toBe(sha256(DEBIAN_PACKER))
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

  it('refuses a bad name in an archive it could not extract anyway', async () => {
    const zip = python(`with zipfile.ZipFile(zip, 'w', zipfile.ZIP_BZIP2) as z:
    z.writestr(zipfile.ZipInfo('../evil'), 'evil', compress_type=zipfile.ZIP_BZIP2)`)
    await expect(extractZip(zip, out)).rejects.toThrow(
      "the zip holds an entry named '../evil', which would not stay inside its folder"
    )
    expect(fs.readdirSync(dir).sort()).toEqual(['a.zip'])
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

/** An entry as the test writes it, fields free to lie. */
interface RawEntry {
  name: string
  /** The bytes in the archive: already deflated when `method` is 8. */
  data: Buffer
  method: number
  size: number
  crc: number
  /** `st_mode`, written with Unix as the system of origin. */
  mode?: number
  flags?: number
  /** The local header's name, where it is to differ from the central directory's. */
  localName?: string
  /** Points the central record here instead of at a local header of its own, which is not written. */
  headerAt?: number
}

const stored = (name: string, content: string | Buffer, more: Partial<RawEntry> = {}) => {
  const bytes = Buffer.from(content)
  const entry: RawEntry = {
    name,
    data: bytes,
    method: 0,
    size: bytes.length,
    crc: zlib.crc32(bytes)
  }
  return { ...entry, ...more }
}

const deflated = (name: string, content: string | Buffer, more: Partial<RawEntry> = {}) => {
  const bytes = Buffer.from(content)
  const entry: RawEntry = {
    name,
    data: zlib.deflateRawSync(bytes),
    method: 8,
    size: bytes.length,
    crc: zlib.crc32(bytes)
  }
  return { ...entry, ...more }
}

/** The fields local and central headers share, from "version needed" to "extra field length". */
function sharedFields(entry: RawEntry, name: Buffer): Buffer {
  const fields = Buffer.alloc(26)
  fields.writeUInt16LE(20, 0)
  const utf8 = name.some(byte => byte >= 0x80) ? 0x800 : 0
  fields.writeUInt16LE((entry.flags ?? 0) | utf8, 2)
  fields.writeUInt16LE(entry.method, 4)
  fields.writeUInt16LE(0x21, 8) // 1980-01-01
  fields.writeUInt32LE(entry.crc >>> 0, 10)
  fields.writeUInt32LE(entry.data.length, 14)
  fields.writeUInt32LE(entry.size, 18)
  fields.writeUInt16LE(name.length, 22)
  return fields
}

function localHeader(entry: RawEntry): Buffer {
  const name = Buffer.from(entry.localName ?? entry.name)
  const signature = Buffer.alloc(4)
  signature.writeUInt32LE(0x04034b50)
  return Buffer.concat([signature, sharedFields(entry, name), name])
}

/** Writes a zip byte by byte; `end` overrides what the end record declares. */
function writeZip(entries: RawEntry[], end: { count?: number; directorySize?: number } = {}) {
  const zip = path.join(dir, 'a.zip')
  const parts: Buffer[] = []
  const offsets: number[] = []
  let at = 0
  for (const entry of entries) {
    if (entry.headerAt !== undefined) {
      offsets.push(entry.headerAt)
      continue
    }
    offsets.push(at)
    const local = Buffer.concat([localHeader(entry), entry.data])
    parts.push(local)
    at += local.length
  }
  const directoryOffset = at
  entries.forEach((entry, i) => {
    const name = Buffer.from(entry.name)
    const head = Buffer.alloc(6)
    head.writeUInt32LE(0x02014b50)
    head.writeUInt16LE((3 << 8) | 20, 4)
    // Comment length, disk, internal and external attributes, offset of the local header.
    const rest = Buffer.alloc(14)
    rest.writeUInt32LE(((entry.mode ?? 0o100644) << 16) >>> 0, 6)
    rest.writeUInt32LE(offsets[i] ?? 0, 10)
    const record = Buffer.concat([head, sharedFields(entry, name), rest, name])
    parts.push(record)
    at += record.length
  })
  const record = Buffer.alloc(22)
  record.writeUInt32LE(0x06054b50)
  record.writeUInt16LE(end.count ?? entries.length, 8)
  record.writeUInt16LE(end.count ?? entries.length, 10)
  record.writeUInt32LE(end.directorySize ?? at - directoryOffset, 12)
  record.writeUInt32LE(directoryOffset, 16)
  fs.writeFileSync(zip, Buffer.concat([...parts, record]))
  return zip
}

/** What a hostile archive may cost before it is refused: a zlib buffer, a 64 KiB end search. */
const SMALL_ALLOCATION = 2 << 20
const SMALL_FILE = 64 << 10

/**
 * The archive must be refused with `message`, having allocated no large buffer, written nothing
 * beside the archive outside `out`, and nothing inside `out` but folders and small files.
 */
async function expectRefused(zip: string, message: string, limits?: ZipLimits): Promise<void> {
  const spies = [
    vi.spyOn(Buffer, 'alloc'),
    vi.spyOn(Buffer, 'allocUnsafe'),
    vi.spyOn(Buffer, 'allocUnsafeSlow')
  ]
  let largest = 0
  try {
    await expect(extractZip(zip, out, limits)).rejects.toThrow(message)
    for (const spy of spies) for (const [size] of spy.mock.calls) largest = Math.max(largest, size)
  } finally {
    for (const spy of spies) spy.mockRestore()
  }
  expect(largest).toBeLessThanOrEqual(SMALL_ALLOCATION)
  expect(fs.readdirSync(dir).filter(name => name !== 'out')).toEqual([path.basename(zip)])
  if (!fs.existsSync(out)) return
  for (const entry of fs.readdirSync(out, { recursive: true, withFileTypes: true })) {
    const stat = fs.lstatSync(path.join(entry.parentPath, entry.name))
    expect(stat.isDirectory() || (stat.isFile() && stat.size <= SMALL_FILE)).toBe(true)
  }
}

const MiB = 1 << 20
const GiB = 1 << 30

describe('extractZip refuses hostile archives before writing anything large', () => {
  it('writes what the test writer writes, so the cases below differ from a good zip only where they say', async () => {
    writeZip([stored('LICENSE.txt', 'license'), deflated('packer', '#!/bin/sh\n'.repeat(1000))])
    await extractZip(path.join(dir, 'a.zip'), out)
    expect(tree(out)).toEqual({
      'LICENSE.txt': '644 license',
      packer: `644 ${shortly('#!/bin/sh\n'.repeat(1000))}`
    })
  })

  it.each([
    // The review's case: a `packer` that is a link to /bin/sh.
    ['a symbolic link', 0o120777, 'packer is a symbolic link'],
    ['a FIFO', 0o010644, 'packer is a FIFO'],
    ['a character device', 0o020644, 'packer is a character device'],
    ['a block device', 0o060644, 'packer is a block device'],
    ['a socket', 0o140644, 'packer is a socket']
  ])('%s, which unzip would have created', async (_what, mode, message) => {
    const zip = python(`with zipfile.ZipFile(zip, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('LICENSE.txt', 'license')
    packer = zipfile.ZipInfo('packer')
    packer.create_system = 3
    packer.external_attr = ${mode} << 16
    z.writestr(packer, '/bin/sh')`)
    await expectRefused(zip, `${message}; only files and folders are extracted`)
  })

  it('a compression method other than store and deflate, which went to unzip before', async () => {
    const zip = python(
      `with zipfile.ZipFile(zip, 'w', zipfile.ZIP_BZIP2) as z: z.writestr('data', 'compressed with bzip2')`
    )
    await expectRefused(
      zip,
      'data uses compression method 12; only stored and deflated entries are extracted'
    )
  })

  it.each([
    ['the same name twice', 'packer', 'packer'],
    ['names that differ only in case', 'packer', 'PACKER'],
    ['names that differ only in Unicode normalization', 'caf\u00e9', 'cafe\u0301'],
    ['a file and a folder of the same name', 'bin', 'bin/']
  ])('%s', async (_what, first, second) => {
    const zip = writeZip([stored(first, ''), stored('packer.sig', 'x'), stored(second, '')])
    await expectRefused(
      zip,
      `holds both '${first}' and '${second}', which would be written to the same place`
    )
  })

  it('a local header whose name is not the central directory’s', async () => {
    const zip = writeZip([stored('packer', '#!/bin/sh', { localName: '../../evil' })])
    await expectRefused(zip, "packer is named '../../evil' in its local header")
  })

  it('forty central records sharing one deflated local entry (7 KB that would write 200 MiB)', async () => {
    const shared = deflated('f0', Buffer.alloc(5 * MiB, 'x'))
    const others = Array.from({ length: 39 }, (_, i) => ({
      ...shared,
      name: `f${i + 1}`,
      headerAt: 0
    }))
    const zip = writeZip([shared, ...others])
    expect(fs.statSync(zip).size).toBeLessThan(8000)
    await expectRefused(zip, 'f1 overlaps f0 in the archive')
  })

  it('an entry whose local header lies inside another entry’s data', async () => {
    const inner = stored('inner', 'quoted by outer')
    const outer = stored('outer', Buffer.concat([localHeader(inner), inner.data]))
    const zip = writeZip([outer, { ...inner, headerAt: 30 + 'outer'.length }])
    await expectRefused(zip, 'inner overlaps outer in the archive')
  })

  it('a size that lies: stops writing at the size the entry claims', async () => {
    const deflate = zlib.createDeflateRaw({ level: 1 })
    const chunks: Buffer[] = []
    deflate.on('data', (chunk: Buffer) => chunks.push(chunk))
    const zeros = Buffer.alloc(MiB)
    for (let i = 0; i < 256; i++) deflate.write(zeros)
    await new Promise(resolve => deflate.end(resolve))
    const bomb: RawEntry = {
      name: 'packer',
      data: Buffer.concat(chunks),
      method: 8,
      size: 1000,
      crc: 0
    }
    await expectRefused(writeZip([bomb]), 'packer inflates past the 1000 bytes it claims')
    const packer = path.join(out, 'packer')
    expect(fs.existsSync(packer) ? fs.statSync(packer).size : 0).toBeLessThanOrEqual(1000)
  })

  it('a claimed size that deflate could not reach from the bytes stored', async () => {
    const zip = writeZip([deflated('packer', 'tiny', { size: 200 * MiB })])
    await expectRefused(zip, 'more than deflate can produce')
  })

  it('a stored entry that claims more bytes than it stores', async () => {
    const zip = writeZip([stored('packer', 'tiny', { size: 200 * MiB })])
    await expectRefused(zip, 'more than it stores')
  })

  it.each([
    ['1.5 GiB', 1.5 * GiB],
    ['3 GiB', 3 * GiB]
  ])('an end record that declares a %s central directory in a tiny file', async (_what, size) => {
    const zip = writeZip([stored('packer', '#!/bin/sh')], { directorySize: size })
    await expectRefused(
      zip,
      `the end record puts a central directory of ${size} bytes at 45, which does not end where the end record starts`
    )
  })

  it('a 2.5 GiB central directory that fits its (sparse) 3 GiB file', async () => {
    const zip = path.join(dir, 'a.zip')
    const end = Buffer.alloc(22)
    end.writeUInt32LE(0x06054b50)
    end.writeUInt16LE(1, 8)
    end.writeUInt16LE(1, 10)
    end.writeUInt32LE(2.5 * GiB, 12)
    end.writeUInt32LE(3 * GiB - 2.5 * GiB, 16)
    const fd = fs.openSync(zip, 'w')
    fs.writeSync(fd, end, 0, end.length, 3 * GiB)
    fs.closeSync(fd)
    await expectRefused(zip, 'central directory record 1 is damaged')
  })

  it('more entries than allowed', async () => {
    await expectRefused(
      writeZip([stored('a', 'a')], { count: 60000 }),
      'holds 60000 entries, more than the 1000 allowed'
    )
    const three = writeZip([stored('a', 'a'), stored('b', 'b'), stored('c', 'c')])
    await expectRefused(three, 'holds 3 entries, more than the 2 allowed', { maxEntries: 2 })
  })

  it('more bytes in all than allowed', async () => {
    const two = writeZip([stored('a', 'a'.repeat(600)), stored('b', 'b'.repeat(600))])
    await expectRefused(two, 'would extract to 1200 bytes, more than the 1000 allowed', {
      maxTotalSize: 1000
    })
    // Enough stored bytes that deflate could in principle reach the claimed 1100 MiB.
    const big = { ...deflated('packer', ''), data: Buffer.alloc(1.2 * MiB, 1), size: 1100 * MiB }
    await expectRefused(
      writeZip([big]),
      `would extract to ${1100 * MiB} bytes, more than the ${GiB} allowed`
    )
  })

  it('an entry whose bytes run past the end of its data', async () => {
    const zip = writeZip([stored('packer', '#!/bin/sh')])
    const bytes = fs.readFileSync(zip)
    const central = bytes.indexOf('PK\x01\x02')
    // Both headers claim a stored megabyte that is not there.
    for (const at of [18, 22, central + 20, central + 24]) bytes.writeUInt32LE(MiB, at)
    fs.writeFileSync(zip, bytes)
    await expectRefused(zip, 'the data of packer runs into the central directory')
  })

  it('a zip64 archive or entry', async () => {
    await expectRefused(writeZip([stored('a', 'a')], { count: 0xffff }), 'is a zip64 archive')
    const entry = stored('packer', '#!/bin/sh', { size: 0xffffffff })
    await expectRefused(writeZip([entry]), 'packer is a zip64 entry')
  })

  it('an encrypted entry', async () => {
    await expectRefused(writeZip([stored('packer', 'secret', { flags: 1 })]), 'packer is encrypted')
  })
})
