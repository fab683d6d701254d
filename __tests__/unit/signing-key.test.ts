import * as openpgp from 'openpgp'
import { describe, expect, it } from 'vitest'
import { HASHICORP_RELEASE_KEY } from '../../src/install/hashicorp-key.js'
import { checkArmoredPublicKey, crc24, verifyDetachedSignature } from '../../src/install/verify.js'

describe('checkArmoredPublicKey', () => {
  it("accepts HashiCorp's key and a freshly generated one", async () => {
    expect(() => checkArmoredPublicKey(HASHICORP_RELEASE_KEY)).not.toThrow()
    const { publicKey } = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ name: 't' }]
    })
    expect(() => checkArmoredPublicKey(publicKey)).not.toThrow()
  })

  it('computes the RFC 4880 CRC-24 (its checksum of an empty input is the seed)', () => {
    expect(crc24(new Uint8Array())).toBe(0xb704ce)
    expect(crc24(Buffer.from('123456789'))).toBe(0x21cf02)
  })

  const damaged = () => {
    const lines = HASHICORP_RELEASE_KEY.split('\n')
    const i = 5
    const line = lines[i] as string
    lines[i] = (line[0] === 'A' ? 'B' : 'A') + line.slice(1)
    return lines.join('\n')
  }
  it.each([
    ['garbage', 'not a key', /no -----BEGIN PGP PUBLIC KEY BLOCK-----/],
    ['a damaged key', damaged(), /checksum does not match/],
    [
      'a private key',
      '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nxx\n-----END PGP PRIVATE KEY BLOCK-----',
      /private key/
    ],
    [
      'a body that is not base64',
      '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n!!!\n-----END PGP PUBLIC KEY BLOCK-----',
      /not base64/
    ],
    [
      'a signature packet in key armor',
      '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nwsBzBAABCAAnBQJ\n-----END PGP PUBLIC KEY BLOCK-----',
      /public-key packet/
    ]
  ])('refuses %s', (_what, armored, message) => {
    expect(() => checkArmoredPublicKey(armored)).toThrow(message)
  })
})

describe('verifyDetachedSignature', () => {
  it('passes a good signature and fails a bad one (the check can fail)', async () => {
    const { privateKey, publicKey } = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ name: 't' }]
    })
    const other = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ name: 'o' }]
    })
    const data = Buffer.from('abc  packer.zip\n')
    const sign = async (armoredKey: string, bytes: Uint8Array) =>
      (await openpgp.sign({
        message: await openpgp.createMessage({ binary: bytes }),
        signingKeys: await openpgp.readPrivateKey({ armoredKey }),
        detached: true,
        format: 'binary'
      })) as Uint8Array
    await expect(
      verifyDetachedSignature(data, await sign(privateKey, data), publicKey)
    ).resolves.toBeUndefined()
    await expect(
      verifyDetachedSignature(
        Buffer.from('abd  packer.zip\n'),
        await sign(privateKey, data),
        publicKey
      )
    ).rejects.toThrow(/not a valid signature/)
    await expect(
      verifyDetachedSignature(data, await sign(other.privateKey, data), publicKey)
    ).rejects.toThrow(/not a valid signature/)
    await expect(
      verifyDetachedSignature(data, await sign(privateKey, data), HASHICORP_RELEASE_KEY)
    ).rejects.toThrow(/not a valid signature by key C874011F0AB405110D02105534365D9472D7468F/)
  })
})
