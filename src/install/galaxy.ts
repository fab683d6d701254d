import * as core from '@actions/core'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { runProgram } from '../exec/program.js'
import type { InstalledTool } from './installer.js'

/**
 * Installs the roles and collections of a Galaxy requirements file into folders of this job,
 * and returns the environment that makes the pinned Ansible find them first.
 */
export async function installGalaxyRequirements(
  ansible: InstalledTool,
  requirements: string,
  temp: string
): Promise<Record<string, string>> {
  const root = fs.mkdtempSync(path.join(temp, 'ansible-galaxy-'))
  const roles = path.join(root, 'roles')
  const collections = path.join(root, 'collections')
  const galaxy = path.join(ansible.bin, 'ansible-galaxy')
  // One `install -r` with a path installs roles only, so each kind gets its own call.
  await runProgram(galaxy, ['role', 'install', '-r', requirements, '-p', roles], { echo: true })
  await runProgram(galaxy, ['collection', 'install', '-r', requirements, '-p', collections], {
    echo: true
  })
  core.info(`Installed the requirements of ${requirements} into ${root}`)
  const prepend = (dir: string, name: string) =>
    [dir, process.env[name]].filter(Boolean).join(path.delimiter)
  return {
    ANSIBLE_ROLES_PATH: prepend(roles, 'ANSIBLE_ROLES_PATH'),
    ANSIBLE_COLLECTIONS_PATH: prepend(collections, 'ANSIBLE_COLLECTIONS_PATH')
  }
}
