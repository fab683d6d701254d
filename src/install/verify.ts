import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { errorMessage } from '../errors.js'

/**
 * Checks that `signature` (a detached OpenPGP signature, binary or armored) over `data` was
 * made by `armoredKey` or one of its subkeys. Throws otherwise: a check that cannot fail is
 * no check, so every signature result is awaited.
 */
export async function verifyDetachedSignature(
  data: Uint8Array,
  signature: Uint8Array,
  armoredKey: string
): Promise<void> {
  const openpgp = await import('openpgp')
  let key: import('openpgp').Key
  try {
    key = await openpgp.readKey({ armoredKey })
  } catch (error) {
    throw new Error(`the signing key (packer-signing-key) cannot be read: ${errorMessage(error)}`, {
      cause: error
    })
  }
  const parsed = await readSignature(openpgp, signature)
  const message = await openpgp.createMessage({ binary: data })
  try {
    const result = await openpgp.verify({
      message,
      signature: parsed,
      verificationKeys: key,
      expectSigned: true
    })
    await Promise.all(result.signatures.map(s => s.verified))
  } catch (error) {
    throw new Error(
      `the signature is not a valid signature by key ${key.getFingerprint().toUpperCase()}: ${errorMessage(error)}`,
      { cause: error }
    )
  }
}

async function readSignature(
  openpgp: typeof import('openpgp'),
  bytes: Uint8Array
): Promise<import('openpgp').Signature> {
  const text = Buffer.from(bytes).toString('latin1')
  try {
    return text.startsWith('-----BEGIN PGP SIGNATURE-----')
      ? await openpgp.readSignature({ armoredSignature: text })
      : await openpgp.readSignature({ binarySignature: bytes })
  } catch (error) {
    throw new Error(`the signature file is not an OpenPGP signature: ${errorMessage(error)}`, {
      cause: error
    })
  }
}

/** The sha256 that a `SHA256SUMS` file lists for `filename`, or undefined. */
export function checksumFor(sums: string, filename: string): string | undefined {
  for (const line of sums.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)$/.exec(line.trim())
    if (match?.[2] === filename) return match[1]?.toLowerCase()
  }
  return undefined
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

const ARMOR =
  /^-----BEGIN PGP PUBLIC KEY BLOCK-----\r?\n((?:[^\r\n]+: [^\r\n]*\r?\n)*)\r?\n([\s\S]*?)\r?\n-----END PGP PUBLIC KEY BLOCK-----\s*$/

/** CRC-24 of RFC 4880 section 6.1, the checksum line of ASCII armor. */
export function crc24(data: Uint8Array): number {
  let crc = 0xb704ce
  for (const byte of data) {
    crc ^= byte << 16
    for (let i = 0; i < 8; i++) {
      crc <<= 1
      if (crc & 0x1000000) crc ^= 0x1864cfb
    }
  }
  return crc & 0xffffff
}

/**
 * Checks the form of an armored OpenPGP public key without loading openpgp: the armor lines,
 * the base64 body, its CRC-24 line when present, and a public-key packet first. openpgp reads
 * the key in full when it verifies a signature; this keeps that library off the start-up of
 * every run that only needs to know the input is well-formed.
 */
export function checkArmoredPublicKey(armored: string): void {
  const trimmed = armored.trim()
  if (/^-----BEGIN PGP PRIVATE KEY BLOCK-----/.test(trimmed))
    throw new Error('it is a private key; give the public key')
  const match = ARMOR.exec(trimmed)
  if (!match)
    throw new Error(
      'no -----BEGIN PGP PUBLIC KEY BLOCK----- ... -----END PGP PUBLIC KEY BLOCK----- armor'
    )
  const lines = (match[2] ?? '')
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(Boolean)
  const checksum = lines.at(-1)?.startsWith('=') ? lines.pop()?.slice(1) : undefined
  const body = lines.join('')
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) throw new Error('the armored body is not base64')
  const bytes = Buffer.from(body, 'base64')
  if (checksum !== undefined) {
    const expected = Buffer.from(checksum, 'base64')
    const actual = crc24(bytes)
    if (expected.length !== 3 || expected.readUIntBE(0, 3) !== actual)
      throw new Error('the armor checksum does not match: the key is damaged')
  }
  const first = bytes[0] ?? 0
  // Packet tag 6 (public key), in the new (0xC6) or the old (0b10_0110_xx) packet format.
  const tag = first & 0x40 ? first & 0x3f : (first >> 2) & 0x0f
  if ((first & 0x80) === 0 || tag !== 6)
    throw new Error('the key does not start with a public-key packet')
}
