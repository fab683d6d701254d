import * as fs from 'node:fs'
import * as path from 'node:path'
import { runProgram, type Bounds } from '../exec/program.js'

/**
 * ansible-galaxy waits on Galaxy (or a git host): `--timeout` bounds each request to the
 * server, the bounds stop one that answers and then trickles, which no request timeout catches.
 */
export const GALAXY_LIMITS = { serverTimeoutS: 60, bounds: { totalMs: 600_000, stallMs: 300_000 } }

/**
 * Installs the roles and collections of a Galaxy requirements file into folders of this job,
 * and returns the environment that makes the pinned Ansible find them first.
 */
export async function installGalaxyRequirements(
  ansible: { bin: string },
  requirements: string,
  temp: string,
  log: (line: string) => void,
  limits: { serverTimeoutS: number; bounds: Bounds } = GALAXY_LIMITS
): Promise<Record<string, string>> {
  const root = fs.mkdtempSync(path.join(temp, 'ansible-galaxy-'))
  const galaxy = path.join(ansible.bin, 'ansible-galaxy')
  // One `install -r` with a path installs roles only, so each kind gets its own call.
  for (const kind of ['role', 'collection']) {
    const args = [kind, 'install', '-r', requirements, '-p', path.join(root, `${kind}s`)]
    await runProgram(galaxy, [...args, '--timeout', String(limits.serverTimeoutS)], {
      echo: true,
      bounds: limits.bounds,
      label: `ansible-galaxy ${kind} install`
    })
  }
  log(`Installed the requirements of ${requirements} into ${root}`)
  const prepend = (kind: string, name: string) =>
    [path.join(root, kind), process.env[name]].filter(Boolean).join(path.delimiter)
  return {
    ANSIBLE_ROLES_PATH: prepend('roles', 'ANSIBLE_ROLES_PATH'),
    ANSIBLE_COLLECTIONS_PATH: prepend('collections', 'ANSIBLE_COLLECTIONS_PATH')
  }
}
