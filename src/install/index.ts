import { Input } from '../constants.js'
import type { RunnerContext } from '../context.js'
import { errorMessage, InputError } from '../errors.js'
import { HASHICORP_RELEASE_KEY } from './hashicorp-key.js'
import { checkSigningKey } from './verify.js'
import { AnsibleInstaller, checkPythonFits, probePython, type AnsibleRequest } from './ansible.js'
import type { InstalledTool, Installer } from './installer.js'
import { packerInstaller, type PackerRequest } from './packer.js'
import { hashicorpPlatform } from './platform.js'

/** What a job asks to install; `ansible` undefined for none. */
export interface ToolsRequest {
  packer: PackerRequest
  ansible: AnsibleRequest | undefined
}

export type Tools = Awaited<ReturnType<typeof installTools>>

/** What the runner offers the tools: the platform and, when Ansible is wanted, the Python. */
export type ToolHost = Awaited<ReturnType<typeof checkToolHost>>

/**
 * Checks everything about the runner and the inputs that can refuse the job (the signing key,
 * platform, interpreter, Python range) without downloading anything, so a bad input fails
 * before any download or AWS call.
 */
export async function checkToolHost(
  request: ToolsRequest,
  context: RunnerContext,
  warn: (message: string) => void
) {
  const platform = hashicorpPlatform(context.platform, context.arch)
  const ansible = request.ansible
  if (ansible && platform.os === 'windows')
    throw new InputError(
      Input.AnsibleVersion,
      `Ansible does not run on Windows runners; set it to 'none' or use a Linux or macOS runner`
    )
  // Two checks of the runner's own, neither waiting for the other; the key's is said first.
  const [key, probe] = await Promise.allSettled([
    request.packer.signingKey === HASHICORP_RELEASE_KEY
      ? undefined
      : checkSigningKey(request.packer.signingKey),
    ansible ? probePython(ansible.python) : undefined
  ])
  if (key.status === 'rejected')
    throw new InputError(
      Input.PackerSigningKey,
      `not a usable armored OpenPGP public key (-----BEGIN PGP PUBLIC KEY BLOCK-----): ${errorMessage(key.reason)}`
    )
  if (probe.status === 'rejected') throw probe.reason
  const python = probe.value
  const warning = ansible && python && checkPythonFits(ansible, python)
  if (warning) warn(warning)
  return { platform, python }
}

async function provide(installer: Installer<InstalledTool>, log: (line: string) => void) {
  const found = installer.find()
  const tool = found ?? (await installer.install())
  log(`${installer.label}: ${found ? 'found in the tool cache' : 'installed'} (${tool.bin})`)
  return tool
}

/** Installs Packer and Ansible concurrently, on a host that checkToolHost accepted. */
export async function installTools(
  request: ToolsRequest,
  host: ToolHost,
  context: RunnerContext,
  log: (line: string) => void
) {
  const { platform, python } = host
  const [packer, ansible] = await Promise.all([
    provide(packerInstaller(request.packer, platform, context.temp, log), log),
    request.ansible && python
      ? provide(new AnsibleInstaller(request.ansible, python, platform.nodeArch), log)
      : undefined
  ])
  return { packer, ansible }
}
