import * as core from '@actions/core'
import { closeClients } from './aws/ec2.js'
import { sweepLeftovers, type LeftoverState } from './aws/leftovers.js'
import { State } from './constants.js'
import { errorMessage } from './errors.js'
import { removeVaultPasswordFile } from './secrets/vault.js'

function removeVaultPassword(): void {
  const file = core.getState(State.VaultPasswordFile)
  if (!file) return
  removeVaultPasswordFile(file)
  core.info('Removed the Ansible vault password file')
}

async function sweep(): Promise<void> {
  const saved = core.getState(State.Leftovers)
  if (!saved) return
  const state = JSON.parse(saved) as LeftoverState
  if (state.leftovers.length === 0 || !state.region) return
  const { removed, failures } = await sweepLeftovers(state)
  for (const failure of failures) core.warning(`Could not clean up ${failure}`)
  if (removed.length === 0) {
    core.info('Nothing was left behind by the build')
    return
  }
  for (const r of removed)
    core.warning(`Removed a leftover ${r.kind} of the build: ${r.id} in ${r.region}`)
  await core.summary
    .addHeading('Cleaned up after the build', 3)
    .addTable([
      [
        { data: 'Kind', header: true },
        { data: 'Resource', header: true },
        { data: 'Region', header: true }
      ],
      ...removed.map(r => [r.kind, r.id, r.region])
    ])
    .write()
}

/** The post step: runs after the job whatever happened, and removes what the main step left. */
export async function runPost(): Promise<void> {
  try {
    removeVaultPassword()
    await sweep()
  } catch (error) {
    core.warning(`Cleanup failed: ${errorMessage(error)}`)
  } finally {
    closeClients()
  }
}
