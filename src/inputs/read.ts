import * as core from '@actions/core'
import { Input } from '../constants.js'
import type { RunnerContext } from '../context.js'
import { parseInputs, type RawInputs } from './parse.js'
import type { Inputs } from './types.js'

export const rawInput: RawInputs = name => core.getInput(name, { trimWhitespace: false })

/**
 * Values that must never reach the log, masked before anything can print them: the token, the
 * vault password, and the credentials of the mirror URL, parsed or not (a user name of 8
 * characters or more counts: it is how tokens are given, `https://<token>@mirror`).
 */
export function secretInputs(raw: RawInputs): string[] {
  const secrets = [raw(Input.GithubToken).trim(), raw(Input.AnsibleVaultPassword)]
  const mirror = raw(Input.PackerMirror).trim()
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/?#@]*)@/i.exec(mirror)?.[1] ?? ''
  const [user = '', ...password] = userinfo.split(':')
  for (const part of [password.join(':'), user.length >= 8 ? user : '']) {
    secrets.push(part)
    try {
      secrets.push(decodeURIComponent(part))
    } catch {
      // A stray '%': masked as written.
    }
  }
  // Parts the mirror does not have are '', and go with every other empty value.
  return secrets.filter(s => s.trim() !== '')
}

/** Reads and checks every input, before anything is downloaded, run or asked of AWS. */
export function readInputs(context: RunnerContext, raw: RawInputs = rawInput): Inputs {
  for (const secret of secretInputs(raw)) core.setSecret(secret)
  const { inputs, warnings } = parseInputs(raw, context)
  for (const warning of warnings) core.warning(warning)
  return inputs
}
