import * as core from '@actions/core'
import { closeClients } from './aws/clients.js'
import { gatherFacts } from './aws/facts.js'
import { sweep } from './aws/sweep.js'
import { State } from './constants.js'
import { readContext } from './context.js'
import { errorMessage } from './errors.js'
import { judgeOwnership, planSweep } from './release/ownership.js'
import { tagSchema } from './release/tags.js'
import { escapeHtml } from './report/summary.js'
import { removeVaultPasswordFile } from './secrets/vault.js'
import { readEvidenceRecord, removeEvidenceRecord } from './state/evidence-record.js'

function removeVaultPassword(temp: string): void {
  const file = core.getState(State.VaultPasswordFile)
  if (!file) return
  const refused = removeVaultPasswordFile(file, temp)
  if (refused) core.warning(`Left the vault password file alone: ${refused}`)
  else core.info('Removed the Ansible vault password file')
}

/**
 * Removes what the build left behind and this run made, and nothing else: the state names the
 * record the main step kept, whose leads only say where to look; every resource is removed only
 * once AWS shows it is this run's.
 */
async function sweepLeftovers(folder: string, temp: string): Promise<void> {
  if (!folder) return
  const { evidence, problems } = readEvidenceRecord(folder, temp)
  for (const problem of problems)
    core.warning(`The saved build record was not used in part: ${problem}`)
  if (!evidence || evidence.leads.length === 0) return
  const schema = tagSchema(core.getInput('version-tag-key') || 'ImageVersion')
  const facts = await gatherFacts(evidence)
  const plan = planSweep(evidence, judgeOwnership(evidence, facts, schema), facts, schema)
  for (const v of plan.foreign)
    core.warning(
      `Left ${v.kind} ${v.id}${v.region ? ` in ${v.region}` : ''} alone: the build log named it, but ${v.reason}`
    )
  if (plan.remove.length === 0) {
    core.info('Nothing was left behind by the build')
    return
  }
  const { removed, failures } = await sweep(plan.remove, evidence.region)
  for (const failure of failures) core.warning(`Could not clean up ${failure}`)
  for (const r of removed)
    core.warning(
      `Removed a leftover ${r.kind} of the build: ${r.id}${r.snapshotIds?.length ? ` with ${r.snapshotIds.join(', ')}` : ''}${r.region ? ` in ${r.region}` : ''} (${r.reason})`
    )
  if (removed.length > 0)
    await core.summary
      .addHeading('Cleaned up after the build', 3)
      .addTable([
        ['Kind', 'Resource', 'Region', 'Why it was this run’s'].map(data => ({
          data,
          header: true
        })),
        ...removed.map(r => [r.kind, r.id, r.region ?? '', r.reason].map(escapeHtml))
      ])
      .write()
}

/** The post step: runs after the job whatever happened, and removes what the main step left. */
export async function runPost(): Promise<void> {
  try {
    const { temp } = readContext()
    removeVaultPassword(temp)
    const folder = core.getState(State.Evidence)
    try {
      await sweepLeftovers(folder, temp)
    } finally {
      if (folder) removeEvidenceRecord(folder, temp)
    }
  } catch (error) {
    core.warning(`Cleanup failed: ${errorMessage(error)}`)
  } finally {
    closeClients()
  }
}
