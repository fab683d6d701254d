import * as core from '@actions/core'
import { CLAIM_NAME, claimOf, dropClaim, findKeyPair, giveUp } from './aws/claim.js'
import { Aws } from './aws/clients.js'
import { gatherFacts } from './aws/facts.js'
import { AMI_ID, labelVersion, lastWrites } from './aws/ssm.js'
import { sweep } from './aws/sweep.js'
import { Input, REGION, State } from './constants.js'
import { readContext, runReference } from './context.js'
import { say } from './exec/inert-log.js'
import { errorMessage } from './errors.js'
import type { Evidence } from './release/evidence.js'
import { escapeRegExp } from './packer/build-filter.js'
import { judgeOwnership, planSweep } from './release/ownership.js'
import { tagSchema, type TagSchema } from './release/tags.js'
import { escapeHtml } from './report/summary.js'
import { RELEASE_LABEL, type UnlabelledWrite } from './steps/publish.js'
import { removeVaultPasswordFile } from './state/vault.js'
import { readEvidenceRecord, removeEvidenceRecord } from './state/evidence-record.js'

function removeVaultPassword(temp: string): void {
  const file = core.getState(State.VaultPasswordFile)
  if (!file) return
  const refused = removeVaultPasswordFile(file, temp)
  if (refused) core.warning(`Left the vault password file alone: ${refused}`)
  else say('Removed the Ansible vault password file')
}

/**
 * The claim the main step held when it was stopped: dropped once AWS shows it is still that key
 * pair (its ID, or the main step's own random mark when it was stopped before EC2 named the ID:
 * the jobs of a run share the run's mark, and another job may have taken the claim over since)
 * and carries this run's mark, taken from the runner's environment.
 */
async function dropOwnClaim(aws: Aws, { claim: saved, run, schema }: Traces): Promise<void> {
  if (!saved) return
  const { region, name, id, holder } = (JSON.parse(saved) ?? {}) as Record<string, unknown>
  if (
    typeof region !== 'string' ||
    !REGION.test(region) ||
    typeof name !== 'string' ||
    !CLAIM_NAME.test(name)
  )
    return core.warning('Left the saved claim alone: it is not one this action makes')
  const key = await findKeyPair(aws, region, name)
  if (!key) return
  const claim = claimOf(schema, key)
  // Killed before EC2 answered, the step knew no ID: its mark, a random one of the step, is on
  // it. Without it, the step was asking while another held the claim: nothing to say.
  const byId = typeof id === 'string' && id !== ''
  if (!byId && (!holder || claim.holder !== holder)) return
  if (claim.run !== run || (byId && claim.id !== id))
    return core.warning(
      `Left the claim ${name} alone: it is not the one this step held (${claim.run ?? 'no run mark'}, ${claim.id})`
    )
  try {
    await dropClaim(aws, claim)
  } catch (error) {
    await giveUp(aws, schema, claim).catch(() => undefined)
    return core.warning(
      `Could not drop this run's claim on its version, the key pair ${name} (${claim.id}) in ${region}: ${errorMessage(error)}. A re-run of this job drops it, or delete that key pair`
    )
  }
  say(`Dropped this run's claim on its version (${name})`)
}

/**
 * Labels the release's parameter writes the main step was stopped before labelling (a cancel,
 * an outage): each only while SSM shows it is still the parameter's last version, holds this
 * run's AMI and is the very version SSM answered. A write whose answer never came is left
 * unlabelled: a later write of the same AMI (a rollback) cannot be told from it. A re-run then
 * tells a labelled write from a rollback, and takes a parameter that a lost race left at an older
 * release on to the newest.
 */
async function labelOwnWrites(aws: Aws, saved: string, parameter: string): Promise<void> {
  const writes = (JSON.parse(saved) ?? []) as Partial<UnlabelledWrite>[]
  if (!Array.isArray(writes) || !parameter) return
  // The state is read back as input: only a name 'ssm-parameter' gives (any build for {build}).
  const ours = new RegExp(`^${parameter.split('{build}').map(escapeRegExp).join('[^/]+')}$`)
  for (const { region = '', name = '', amiId = '', version } of writes) {
    if (!REGION.test(region) || !AMI_ID.test(amiId) || typeof version !== 'number') continue
    if (!ours.test(name)) continue
    const [last] = await lastWrites(aws, region, name)
    if (
      !last ||
      last.value !== amiId ||
      last.labels.includes(RELEASE_LABEL) ||
      // Unanswered, the write may never have landed: a later write of the AMI (a rollback) is not it.
      last.version !== version
    )
      continue
    const refused = await labelVersion(aws, region, name, last.version, RELEASE_LABEL)
    if (refused) core.warning(`${region}: could not label ${name} (${amiId}): ${refused}`)
    else say(`${region}: labelled this run's write of ${name} (${amiId}, version ${last.version})`)
  }
}

/**
 * Removes what the build left behind and this run made, and nothing else: the state names the
 * record the main step kept, whose leads only say where to look; every resource is removed only
 * once AWS shows it is this run's. After a build Packer ended with success, Packer removed its
 * temporary resources itself, and nothing is asked.
 */
async function sweepLeftovers(aws: Aws, evidence: Evidence, schema: TagSchema): Promise<void> {
  if (evidence.settled || evidence.leads.length === 0) return
  const facts = await gatherFacts(aws, evidence)
  for (const why of facts.unread ?? [])
    core.warning(
      `Left alone what AWS could not be asked about, and the build's IAM instance profile and role: ${why}`
    )
  const plan = planSweep(evidence, judgeOwnership(evidence, facts, schema), facts, schema)
  for (const v of plan.foreign)
    core.warning(
      `Left ${v.kind} ${v.id}${v.region ? ` in ${v.region}` : ''} alone: the build log named it, but ${v.reason}`
    )
  for (const k of plan.keep) say(`Kept ${k.verdict.id} in ${k.verdict.region ?? ''}: ${k.reason}`)
  // What AWS did not answer about, or could not show is this run's, may be the build's still.
  if (plan.remove.length === 0)
    return facts.unread
      ? core.warning(
          'Removed nothing, and the build may have left resources behind: AWS did not answer about all of them (see above)'
        )
      : say(
          plan.foreign.length > 0
            ? 'Removed nothing: AWS shows none of what the build log names is this run’s (see above)'
            : 'Nothing was left behind by the build'
        )
  const { removed, failures } = await sweep(aws, plan.remove, evidence.region)
  for (const failure of failures) core.warning(`Could not clean up ${failure}`)
  for (const r of removed)
    core.warning(
      `Removed a leftover ${r.kind} of the build: ${r.id}${r.snapshotIds?.length ? ` with ${r.snapshotIds.join(', ')}` : ''}${r.region ? ` in ${r.region}` : ''} (${r.reason})`
    )
  if (removed.length > 0 && process.env['GITHUB_STEP_SUMMARY'])
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

/** Where the main step left its traces, as the post step finds them. */
export interface Traces {
  temp: string
  /** This run's mark, from the runner's environment. */
  run: string
  schema: TagSchema
  /** The step state: the evidence record's folder, and the claim the main step still held. */
  evidenceFolder: string
  claim: string
  /** The release's parameter writes the main step did not label (JSON), when it left any. */
  parameterWrites?: string | undefined
  /** 'ssm-parameter', which names every parameter those writes may be of. */
  parameter?: string | undefined
}

/**
 * Sweeps what the build left, then drops the claim the main step held: both only once proven
 * this run's. The claim goes last, whatever the sweep did: a run waiting for the version goes on
 * at once, and the killed build's AMI would still hold the name its Packer looks for first.
 */
export async function cleanUp(aws: Aws, traces: Traces): Promise<void> {
  try {
    if (traces.parameterWrites)
      await labelOwnWrites(aws, traces.parameterWrites, traces.parameter ?? '').catch(
        (error: unknown) =>
          core.warning(`Could not label this run's parameter writes: ${errorMessage(error)}`)
      )
    if (traces.evidenceFolder) await sweepRecorded(aws, traces)
  } finally {
    await dropOwnClaim(aws, traces).catch((error: unknown) =>
      core.warning(`Could not drop this run's claim: ${errorMessage(error)}`)
    )
  }
}

/** Sweeps what the evidence record the state names leads to, then removes the record. */
async function sweepRecorded(aws: Aws, traces: Traces): Promise<void> {
  try {
    const { evidence, problems } = readEvidenceRecord(traces.evidenceFolder, traces.temp)
    for (const problem of problems)
      core.warning(`The saved build record was not used in part: ${problem}`)
    if (evidence) await sweepLeftovers(aws, evidence, traces.schema)
  } finally {
    removeEvidenceRecord(traces.evidenceFolder, traces.temp)
  }
}

/** The post step: runs after the job whatever happened, and removes what the main step left. */
export async function runPost(): Promise<void> {
  const aws = new Aws()
  try {
    const context = readContext()
    removeVaultPassword(context.temp)
    await cleanUp(aws, {
      temp: context.temp,
      run: runReference(context),
      schema: tagSchema(core.getInput(Input.VersionTagKey) || 'ImageVersion'),
      evidenceFolder: core.getState(State.Evidence),
      claim: core.getState(State.Claim),
      parameterWrites: core.getState(State.ParameterWrites),
      parameter: core.getInput(Input.SsmParameter)
    })
  } catch (error) {
    core.warning(`Cleanup failed: ${errorMessage(error)}`)
  } finally {
    aws.close()
  }
}
