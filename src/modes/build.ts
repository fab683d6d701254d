import * as core from '@actions/core'
import { AwsError, type Aws } from '../aws/clients.js'
import { describeVersion } from '../aws/proof.js'
import { Input } from '../constants.js'
import type { RunnerContext } from '../context.js'
import { CancelledError, errorMessage, InputError, ReleaseError, TemplateError } from '../errors.js'
import { say } from '../exec/inert-log.js'
import { lastLines } from '../exec/program.js'
import type { BuildInputs, RetentionInputs } from '../inputs/types.js'
import { checkToolHost, type ToolHost } from '../install/index.js'
import { buildImages, validateTemplate } from '../packer/index.js'
import type { Artifact } from '../release/artifact.js'
import { leadsOf } from '../release/evidence.js'
import { sourceTags, type Tag } from '../release/tags.js'
import { releaseOutputs, type RunResult } from '../report/result.js'
import { releaseOf, type ReleaseSet } from '../stream/model.js'
import type { RetentionPlan } from '../stream/retention.js'
import type { Decision, PartlyRetired } from '../stream/rules.js'
import { buildRelease, type Built } from '../steps/build.js'
import {
  CLAIM_TIMING,
  confirmClaim,
  keepAlive,
  lookAndClaim,
  unclaim,
  type ClaimTiming,
  type Existing
} from '../steps/claim.js'
import { describeCollision } from '../steps/collision.js'
import type { Phase } from '../steps/phase.js'
import { onlyThese, planRelease, type Plan, type Released } from '../steps/plan.js'
import { publish, type Published, type PublishRequest } from '../steps/publish.js'
import { confirmRelease, releaseVersion } from '../steps/release.js'
import { finishRetirement, retireOlder, type Retired } from '../steps/retire.js'
import { prepareTools, toolVersions } from '../steps/tools.js'

/** What a release does besides building: reuse, tags, publishing, retention. */
export interface ReleaseSettings extends RetentionInputs {
  publish: PublishRequest
  /** The `tags` input and the source tags. */
  extra: Tag[]
  claim: ClaimTiming
}

/** Builds what the release lacks: a build that made its AMIs, or one that found the name taken. */
export type BuildMissing = (
  decision: Extract<Decision, { action: 'build' }>,
  done: Partial<RunResult>
) => Promise<Built>

/** `mode: build`: the plan, then the release with the pinned tools and Packer. */
export async function releaseMode(
  inputs: BuildInputs,
  context: RunnerContext,
  aws: Aws,
  phase: Phase
): Promise<RunResult> {
  const plan = planRelease(inputs, context)
  if ('skip' in plan) {
    core.notice(`Not a release, nothing to build: ${plan.skip}`)
    const why = `A release runs for a tag matching '${inputs.releaseTags.text}', or with 'image-version'.`
    return { outcome: 'skipped', notes: [`${plan.skip}. ${why}`] }
  }
  say(`Image version: ${plan.version}${plan.tag ? ` (from tag ${plan.tag})` : ''}`)
  const host = await checkToolHost(inputs, context, core.warning)
  const settings: ReleaseSettings = {
    ...inputs,
    publish: {
      ssmParameter: inputs.ssmParameter,
      notes: inputs.releaseNotes ? { token: inputs.githubToken, tag: plan.tag } : undefined
    },
    extra: [...inputs.tags, ...sourceTags(context)],
    claim: CLAIM_TIMING
  }
  return release(aws, plan, settings, phase, (decision, done) =>
    buildWithPacker(aws, plan, decision, { inputs, context, host, phase }, done)
  )
}

/**
 * The release: what exists of it (reuse it, or claim the version) → build what is missing →
 * release it whole → publish it forward → retire what is older → confirm what the outputs name.
 */
export async function release(
  aws: Aws,
  plan: Plan,
  settings: ReleaseSettings,
  phase: Phase,
  build: BuildMissing
): Promise<RunResult> {
  const asked = {
    version: plan.version,
    builds: plan.read.selected,
    onExisting: settings.onExisting,
    run: plan.run,
    now: Date.now(),
    retention: { keep: settings.keepGenerations, mode: settings.retire }
  }
  const existing = await phase('Look for this release', () =>
    lookAndClaim(aws, plan.stream, asked, settings.claim)
  )
  const made = await makeRelease(aws, plan, existing, settings, phase, build)
  try {
    return await publishAndRetire(aws, plan, made, settings, phase)
  } catch (error) {
    // An outage once the release is tagged: the step fails, but the release is made.
    if (!(error instanceof AwsError)) throw error
    throw new ReleaseError(
      `${plan.version} is released, but the run could not finish: ${error.message}. Re-run the job: it reuses the release, then publishes it and retires older images as this run would have`,
      { ...made.done, built: made.built, tagged: true },
      { cause: error }
    )
  }
}

/** Publishes the release made, retires what is older, and confirms what the outputs name. */
async function publishAndRetire(
  aws: Aws,
  plan: Plan,
  made: Made,
  settings: ReleaseSettings,
  phase: Phase
): Promise<RunResult> {
  const published = await phase('Publish the release', () =>
    publish(aws, plan.stream, made.released, settings.publish, plan.version)
  )
  const rules = {
    keep: settings.keepGenerations,
    rebuilt: settings.onExisting === 'rebuild',
    mode: settings.retire,
    keepLaunchedWithinDays: settings.keepLaunchedWithinDays,
    now: new Date()
  }
  // Only once deploys look at the new release: while publishing failed, they may still name an older one.
  const retired =
    published.problems.length === 0
      ? await phase('Retire older images', () =>
          retireOlder(aws, made.released.stream, plan.version, rules, settings.publish.ssmParameter)
        )
      : undefined
  if (published.problems.length > 0 && (rules.keep > 0 || rules.rebuilt))
    core.warning('Publishing failed, so no older image was retired: deploys may still use one')
  const confirmed = await confirmRelease(aws, plan, made.released)
  return result(plan, { ...made, released: confirmed }, published, retired, settings)
}

interface Made {
  outcome: 'built' | 'reused' | 'finished'
  released: Released
  built: Artifact[]
  done: Partial<RunResult>
}

/** Reuses the release, or builds what it lacks and releases it whole, holding the version's claim until then. */
async function makeRelease(
  aws: Aws,
  plan: Plan,
  existing: Existing,
  settings: ReleaseSettings,
  phase: Phase,
  build: BuildMissing
): Promise<Made> {
  const { decision, stream, claim } = existing
  const alive = claim && keepAlive(aws, plan.stream, claim, settings.claim)
  const done: Partial<RunResult> = {}
  try {
    if (decision.action === 'fail')
      throw decision.byInput
        ? new InputError(Input.OnExisting, decision.reason)
        : new Error(decision.reason)
    if (decision.action === 'reuse') {
      core.notice(`${plan.version} already exists (${list(decision.sets)}); nothing is built`)
      return { outcome: 'reused', released: reused(plan, stream), built: [], done }
    }
    const retire = decision.action === 'build' ? decision.retire : undefined
    if (retire) await clearPartlyRetired(aws, plan, stream, retire, settings, phase, done)
    const built = decision.action === 'build' ? await build(decision, done) : undefined
    if (built?.outcome === 'collision') {
      // Another image holds the name: when that is this release, made whole meanwhile, it is reused.
      const again = await describeVersion(aws, plan.stream, plan.version)
      if (
        releaseOf(again, plan.version, plan.read.selected).whole &&
        settings.onExisting !== 'rebuild'
      )
        return { outcome: 'reused', released: reused(plan, again), built: [], done }
      throw new Error(
        await describeCollision(aws, plan, built.result, built.evidence, settings.onExisting)
      )
    }
    if (decision.finish.length > 0)
      say(`Releasing what an earlier attempt of this run built: ${list(decision.finish)}`)
    const artifacts = built?.artifacts ?? []
    const what = {
      built: artifacts,
      finish: decision.finish,
      kept: decision.kept,
      extra: settings.extra,
      firstRelease: retire?.firstRelease
    }
    if (claim && alive)
      await confirmClaim(aws, plan.stream, claim, plan.version, alive.renewedAt(), settings.claim)
    const released = await phase('Release', () => releaseVersion(aws, plan, what))
    built?.settle()
    return { outcome: built ? 'built' : 'finished', released, built: artifacts, done }
  } catch (error) {
    if ([CancelledError, InputError, TemplateError].some(kind => error instanceof kind)) throw error
    const message = errorMessage(error)
    if (error instanceof ReleaseError)
      throw new ReleaseError(message, { ...done, ...error.done }, { cause: error })
    throw Object.keys(done).length > 0 ? new ReleaseError(message, done, { cause: error }) : error
  } finally {
    alive?.stop()
    await unclaim(aws, claim, plan.stream.schema)
  }
}

/** Retires what an older retention left of this version, before it is built again under its name. */
async function clearPartlyRetired(
  aws: Aws,
  plan: Plan,
  stream: Released['stream'],
  retire: PartlyRetired,
  settings: ReleaseSettings,
  phase: Phase,
  done: Partial<RunResult>
): Promise<void> {
  const rules = {
    keep: settings.keepGenerations,
    keepLaunchedWithinDays: settings.keepLaunchedWithinDays,
    now: new Date()
  }
  const retired = await phase('Finish a retirement left part-way', () =>
    finishRetirement(aws, stream, plan.version, retire, rules, settings.publish.ssmParameter)
  )
  const ids = retired.map(i => `${i.id} (${i.region})`).join(', ')
  done.notes = [
    `${plan.version} was being retired by a newer release when its retirement stopped (${retire.sets.flatMap(s => s.problems).join('; ')}). This run finished retiring it (${ids}), then built it again; it keeps its place in the stream, first released by ${retire.firstRelease}.`
  ]
}

function reused(plan: Plan, stream: Released['stream']): Released {
  const release = releaseOf(stream, plan.version, plan.read.selected)
  if (!release.whole) throw new Error(release.reason)
  return { release, stream }
}

/** Installs and validates, then builds with Packer the builds the release lacks. */
async function buildWithPacker(
  aws: Aws,
  plan: Plan,
  decision: Extract<Decision, { action: 'build' }>,
  t: { inputs: BuildInputs; context: RunnerContext; host: ToolHost; phase: Phase },
  done: Partial<RunResult>
): Promise<Built> {
  const only = decision.builds ? onlyThese(plan.read, decision.builds) : t.inputs.only
  // Kept with -only (Packer takes both): it also skips the post-processors it names.
  const { except } = t.inputs
  const { template } = plan.read
  const { version, stream } = plan
  const run = { template, version, only, except, building: true, region: stream.region }
  const prepared = await prepareTools(t.inputs, t.host, t.context, run, t.phase)
  done.tools = toolVersions(prepared)
  if (decision.builds)
    say(
      `Building ${decision.builds.join(', ')} only: ${list([...decision.kept, ...decision.finish])} ${decision.kept.length + decision.finish.length === 1 ? 'is' : 'are'} part of ${plan.version} already`
    )
  let built: Built
  try {
    built = await t.phase('Build the image', () =>
      buildRelease(aws, plan, t.context.temp, observer =>
        buildImages(prepared.job, plan.read.buildOrder, observer)
      )
    )
    // A template Packer refused is annotated where it is wrong, as `mode: validate` does.
    if (built.outcome === 'failed' && built.artifacts.length === 0)
      await validateTemplate(prepared.job)
  } finally {
    prepared.cleanup()
  }
  return checkBuilt(built, done)
}

/** A build the release can go on with (its AMIs made, or the name taken), or the failure, naming what it kept. */
export function checkBuilt(built: Built, done: Partial<RunResult>): Built {
  done.sourceImages = leadsOf(built.evidence, 'source-image')
  done.built = built.artifacts
  for (const v of built.vanished)
    core.warning(
      `Packer reported ${v.amiId} in ${v.region}, but EC2 no longer has it (with skip_save_build_region Packer lists the intermediate AMI it removed); it is not part of the release`
    )
  if (built.outcome === 'cancelled') throw new CancelledError()
  if (built.outcome === 'failed' || built.outcome === 'partial')
    throw new ReleaseError(buildFailure(built), { built: built.artifacts })
  if (built.outcome === 'no-ami')
    throw new Error(
      'packer build succeeded but reported no AMI: does the template build an amazon image?'
    )
  return built
}

/** The step's error for a failed build: the Ansible task that failed when one did, else Packer's last errors. */
function buildFailure({ result, artifacts }: Built): string {
  const detail =
    (result.ansibleFailure ? `Ansible: ${result.ansibleFailure}` : undefined) ??
    ([...result.buildErrors].map(([build, error]) => `${build}: ${error}`).join('\n') ||
      lastLines(result.errors.join('\n'), 10) ||
      `exit ${result.exitCode ?? result.signal ?? '?'}`)
  const kept =
    artifacts.length > 0
      ? ` The AMIs of the builds that finished are kept, not released: ${artifacts.map(a => `${a.amiId} (${a.build}, ${a.region})`).join(', ')}. A re-run of this job builds only what failed, then releases them together.`
      : ''
  return `packer build failed: ${detail}${kept}`
}

const list = (sets: ReleaseSet[]) =>
  sets.map(s => `${s.primary.id} (${s.build}, ${s.primary.region})`).join(', ')

/** The run's result: the release as confirmed, where it was published, what retention did. */
function result(
  plan: Plan,
  made: Made,
  published: Published,
  retired: Retired | undefined,
  settings: ReleaseSettings
): RunResult {
  const row = ({ image, build, version }: RetentionPlan['retire'][number], outcome: string) => ({
    region: image.region,
    build,
    amiId: image.id,
    version,
    outcome
  })
  const rows = [
    ...(retired?.done ?? []).map(r => row(r, `retired (${retired?.mode ?? ''})`)),
    ...(retired?.plan.keep ?? []).map(k => row(k, `kept: ${k.reason}`))
  ]
  const notes = [
    ...(made.done.notes ?? []),
    ...(published.held ? [`ssm-parameter: ${published.held}.`] : []),
    ...(retired?.plan.spared ?? []).map(s => `Kept ${s.version}: ${s.reason}.`),
    ...(published.notes ? [`release-notes: ${published.notes}.`] : [])
  ]
  return {
    ...made.done,
    outcome: made.outcome,
    version: plan.version,
    lineage: plan.stream.lineage,
    region: plan.stream.region,
    ...releaseOutputs(made.released, plan.read.buildOrder, plan.stream.region),
    built: made.built,
    tagged: true,
    retention: retired ? { mode: retired.mode, rows } : undefined,
    ssm: published.ssm,
    ssmPerBuild: settings.publish.ssmParameter?.includes('{build}'),
    notes,
    ...(published.problems.length > 0
      ? {
          error: `The images are released, but publishing them failed: ${published.problems.join('; ')}`
        }
      : retired?.error
        ? { error: `The images are released, but retiring older images stopped: ${retired.error}` }
        : {})
  }
}
