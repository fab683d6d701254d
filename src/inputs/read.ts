import * as core from '@actions/core'
import { Input } from '../constants.js'
import type { RunnerContext } from '../context.js'
import { InputError, errorMessage } from '../errors.js'
import { PackerInstaller } from '../install/packer.js'
import { hashicorpPlatform } from '../install/platform.js'
import { checkSigningKey } from '../install/verify.js'
import { parseInputs, type RawInputs } from './parse.js'
import type { Inputs, PackerInputs } from './types.js'

/** An input as the runner passes it, untrimmed. */
export const rawInput: RawInputs = name => core.getInput(name, { trimWhitespace: false })

/**
 * Values that must never reach the log, masked before anything can print them: the token, the
 * vault password, and the credentials of the mirror URL, parsed or not (a user name of 8
 * characters or more counts: it is how tokens are given, `https://<token>@mirror`).
 */
export function secretInputs(raw: RawInputs): string[] {
  const secrets = [raw(Input.GithubToken).trim(), raw(Input.AnsibleVaultPassword)]
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/?#@]*)@/i.exec(raw(Input.PackerMirror).trim())?.[1]
  if (userinfo) {
    const colon = userinfo.indexOf(':')
    const [user, password] =
      colon < 0 ? [userinfo, ''] : [userinfo.slice(0, colon), userinfo.slice(colon + 1)]
    for (const part of [password, user.length >= 8 ? user : '']) {
      if (!part) continue
      secrets.push(part)
      try {
        secrets.push(decodeURIComponent(part))
      } catch {
        // A stray '%': masked as written.
      }
    }
  }
  return secrets.filter(s => s.trim() !== '')
}

/**
 * Reads and checks every input. The form of each is checked here; the signing key is read by
 * openpgp in `keyChecked`, which the modes await together with their other warm-up (the Python
 * probe, the SDK load), before any download or AWS call.
 */
export function readInputs(
  context: RunnerContext,
  raw: RawInputs = rawInput
): { inputs: Inputs; keyChecked: Promise<void> } {
  for (const secret of secretInputs(raw)) core.setSecret(secret)
  const { inputs, warnings } = parseInputs(raw, context)
  for (const warning of warnings) core.warning(warning)
  const keyChecked =
    inputs.mode === 'lookup' ||
    inputs.packer.hashicorpKey ||
    verifiedCachedPacker(inputs.packer, context)
      ? Promise.resolve()
      : checkSigningKey(inputs.packer.signingKey).catch((error: unknown) => {
          throw new InputError(
            Input.PackerSigningKey,
            `not a usable armored OpenPGP public key (-----BEGIN PGP PUBLIC KEY BLOCK-----): ${errorMessage(error)}`
          )
        })
  // Awaited later; a failure elsewhere first must not leave it unhandled.
  keyChecked.catch(() => undefined)
  return { inputs, keyChecked }
}

/** The key verified the Packer this run will find in the tool cache: it is usable. */
function verifiedCachedPacker(packer: PackerInputs, context: RunnerContext): boolean {
  if (context.toolCache === undefined) return false
  try {
    const platform = hashicorpPlatform(context.platform, context.arch)
    const installer = new PackerInstaller(packer, platform, context.temp)
    if (!installer.verifiedWith()) return false
    core.debug(
      `${Input.PackerSigningKey}: it verified the cached ${installer.label}; not read again`
    )
    return true
  } catch {
    return false // an unsupported platform is reported where the tools are installed
  }
}
