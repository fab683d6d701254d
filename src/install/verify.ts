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
  const key = await openpgp.readKey({ armoredKey })
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
