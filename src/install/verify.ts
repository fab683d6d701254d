import { errorMessage } from '../errors.js'

/**
 * Reads a signing key the way the signature check will, so a key that cannot verify anything
 * (not OpenPGP, a private key, expired, no signing key) fails as an input error before any
 * download. openpgp is loaded only here and for the check itself.
 */
export async function checkSigningKey(armoredKey: string): Promise<void> {
  const openpgp = await import('openpgp')
  const key = await openpgp.readKey({ armoredKey })
  if (key.isPrivate()) throw new Error('it is a private key; give the public key')
  try {
    await key.getSigningKey()
  } catch (error) {
    throw new Error(`no key in it can sign: ${errorMessage(error)}`, { cause: error })
  }
}

/**
 * Checks that `signature` (a detached OpenPGP signature, binary or armored) over `data` was
 * made by `armoredKey` or one of its subkeys, and returns the key's fingerprint. Throws
 * otherwise: a check that cannot fail is no check, so every signature result is awaited.
 */
export async function verifyDetachedSignature(
  data: Uint8Array,
  signature: Uint8Array,
  armoredKey: string
): Promise<string> {
  const openpgp = await import('openpgp')
  const key = await openpgp.readKey({ armoredKey })
  const text = Buffer.from(signature).toString('latin1')
  let parsed: import('openpgp').Signature
  try {
    parsed = /^\s*-----BEGIN PGP SIGNATURE-----/.test(text)
      ? await openpgp.readSignature({ armoredSignature: text })
      : await openpgp.readSignature({ binarySignature: signature })
  } catch (error) {
    throw new Error(`the signature file is not an OpenPGP signature: ${errorMessage(error)}`, {
      cause: error
    })
  }
  try {
    const result = await openpgp.verify({
      message: await openpgp.createMessage({ binary: data }),
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
  return key.getFingerprint().toUpperCase()
}

/**
 * The sha256s that a `SHA256SUMS` file lists for `filename`, each once: none when it is not
 * listed, more than one when its lines disagree.
 */
export function checksumsFor(sums: string, filename: string): string[] {
  const found = new Set<string>()
  for (const line of sums.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(\S+)$/.exec(line.trim())
    if (match?.[2] === filename && match[1]) found.add(match[1].toLowerCase())
  }
  return [...found]
}
