import * as core from '@actions/core'
import type { Aws } from '../aws/clients.js'
import { Input } from '../constants.js'
import type { RunnerContext } from '../context.js'
import { CancelledError, InputError, ReleaseError } from '../errors.js'
import { lastLines } from '../exec/program.js'
import type { BuildInputs } from '../inputs/types.js'
import { checkToolHost, type ToolHost } from '../install/index.js'
import { leadsOf } from '../release/evidence.js'
import { sourceTags } from '../release/tags.js'
import { orderArtifacts, type Artifact } from '../release/artifact.js'
import type { RunResult } from '../report/result.js'
import { describeStream } from '../aws/images.js'
import { releaseOf, type ReleaseSet } from '../stream/model.js'
import type { Decision } from '../stream/rules.js'
import { buildRelease, type Built } from '../steps/build.js'
import { keepAlive, lookAndClaim, unclaim, type Existing } from '../steps/claim.js'
import { describeCollision } from '../steps/collision.js'
import type { Phase } from '../steps/phase.js'
import { onlyThese, planRelease, type Plan } from '../steps/plan.js'
import { publish, type Published } from '../steps/publish.js'
import { releaseVersion, type Released } from '../steps/release.js'
import { retireOlder, type Retired } from '../steps/retire.js'
import { prepareTools } from '../steps/tools.js'

/**
 * `mode: build`, the release: the plan (tag → version, the template's contract, the stream) →
 * what exists of it (reuse it, or claim the version) → tools, build and release what is
 * missing → publish it forward → retire what is older.
 */
export async function releaseMode(
  inputs: BuildInputs,
  context: RunnerContext,
  aws: Aws,
  phase: Phase
): Promise<RunResult> {
  const plan = planRelease(inputs, context)
  if ('skip' in plan) {
    core.notice(`Not a release, nothing to build: ${plan.skip}`)
    return {
      outcome: 'skipped',
      notes: [
        `${plan.skip}. A release runs for a tag matching '${inputs.releaseTags.text}', or with 'image-version'.`
      ]
    }
  }
  core.info(`Image version: ${plan.version}${plan.tag ? ` (from tag ${plan.tag})` : ''}`)
  const host = await checkToolHost(inputs, context)
  const asked = {
    version: plan.version,
    builds: plan.read.selected,
    onExisting: inputs.onExisting,
    run: plan.run,
    now: Date.now()
  }
  const existing = await phase('Look for this release', () => lookAndClaim(aws, plan.stream, asked))
  const made = await makeRelease(aws, plan, existing, { inputs, context, host, phase })
  const published = await phase('Publish the release', () =>
    publish(
      aws,
      plan.stream,
      made.released,
      {
        ssmParameter: inputs.ssmParameter,
        notes: inputs.releaseNotes ? { token: inputs.githubToken, tag: plan.tag } : undefined
      },
      plan.version
    )
  )
  const rules = {
    keep: inputs.keepGenerations,
    rebuilt: inputs.onExisting === 'rebuild' && made.outcome === 'built',
    mode: inputs.retire,
    keepLaunchedWithinDays: inputs.keepLaunchedWithinDays,
    now: new Date()
  }
  // Only once deploys look at the new release: while publishing failed, they may still name an older one.
  const retired =
    published.problems.length === 0
      ? await phase('Retire older images', () =>
          retireOlder(aws, made.released.stream, plan.version, rules)
        )
      : undefined
  if (published.problems.length > 0 && (rules.keep > 0 || rules.rebuilt))
    core.warning('Publishing failed, so no older image was retired: deploys may still use one')
  return result(plan, made, published, retired, inputs.ssmParameter)
}

interface Made {
  outcome: 'built' | 'reused' | 'finished'
  released: Released
  built: Artifact[]
  done: Partial<RunResult>
}

interface Setting {
  inputs: BuildInputs
  context: RunnerContext
  host: ToolHost
  phase: Phase
}

/** Reuses the release, or builds what it lacks and releases it whole, holding the version's claim until then. */
async function makeRelease(aws: Aws, plan: Plan, existing: Existing, s: Setting): Promise<Made> {
  const { decision, stream, claim } = existing
  const stop = claim ? keepAlive(aws, plan.stream, claim) : () => undefined
  const done: Partial<RunResult> = {}
  try {
    if (decision.action === 'fail')
      throw decision.byInput
        ? new InputError(Input.OnExisting, decision.reason)
        : new Error(decision.reason)
    if (decision.action === 'reuse') {
      const release = releaseOf(stream, plan.version, plan.read.selected)
      if (!release.whole) throw new Error(release.reason)
      core.notice(`${plan.version} already exists (${list(decision.sets)}); nothing is built`)
      return { outcome: 'reused', released: { release, stream }, built: [], done }
    }
    const built = decision.action === 'build' ? await buildPart(aws, plan, decision, s, done) : []
    if (!Array.isArray(built)) {
      // Another run took the name: when that was this release, made whole meanwhile, it is reused.
      const again = await describeStream(aws, plan.stream)
      const release = releaseOf(again, plan.version, plan.read.selected)
      if (release.whole && s.inputs.onExisting !== 'rebuild')
        return { outcome: 'reused', released: { release, stream: again }, built: [], done }
      throw new Error(
        await describeCollision(aws, plan, built.result, built.evidence, s.inputs.onExisting)
      )
    }
    if (decision.finish.length > 0)
      core.info(`Releasing what an earlier attempt of this run built: ${list(decision.finish)}`)
    const extra = [...s.inputs.tags, ...(s.inputs.sourceTags ? sourceTags(s.context) : [])]
    const released = await s.phase('Release', () =>
      releaseVersion(aws, plan, { built, finish: decision.finish, kept: decision.kept, extra })
    )
    return { outcome: decision.action === 'build' ? 'built' : 'finished', released, built, done }
  } catch (error) {
    const message = (error as Error).message
    if (error instanceof ReleaseError)
      throw new ReleaseError(message, { ...done, ...error.done }, { cause: error })
    if (error instanceof CancelledError || error instanceof InputError) throw error
    throw Object.keys(done).length > 0 ? new ReleaseError(message, done, { cause: error }) : error
  } finally {
    stop()
    await unclaim(aws, claim)
  }
}

/** Installs and validates, then builds the builds the release lacks: the AMIs Packer made, or a name another image holds. */
async function buildPart(
  aws: Aws,
  plan: Plan,
  decision: Extract<Decision, { action: 'build' }>,
  s: Setting,
  done: Partial<RunResult>
): Promise<Artifact[] | Built> {
  const only = decision.builds ? onlyThese(plan.read, decision.builds) : s.inputs.only
  const except = decision.builds ? [] : s.inputs.except
  const prepared = await prepareTools(
    s.inputs,
    s.host,
    s.context,
    { template: plan.read.template, version: plan.version, only, except, building: true },
    s.phase
  )
  done.tools = {
    packer: prepared.tools.packer.version,
    ansible: prepared.tools.ansible?.version,
    amazonPlugin: prepared.amazonPlugin
  }
  if (decision.builds)
    core.info(
      `Building ${decision.builds.join(', ')} only: ${list([...decision.kept, ...decision.finish])} ${decision.kept.length + decision.finish.length === 1 ? 'is' : 'are'} part of ${plan.version} already`
    )
  let built: Built
  try {
    built = await s.phase('Build the image', () =>
      buildRelease(aws, plan, prepared.job, s.context.temp)
    )
  } finally {
    prepared.cleanup()
  }
  done.sourceImages = leadsOf(built.evidence, 'source-image')
  done.built = built.artifacts
  for (const v of built.vanished)
    core.warning(
      `Packer reported ${v.amiId} in ${v.region}, but EC2 no longer has it (with skip_save_build_region Packer lists the intermediate AMI it removed); it is not part of the release`
    )
  if (built.outcome === 'cancelled') throw new CancelledError()
  if (built.outcome === 'collision') return built
  if (built.outcome === 'failed' || built.outcome === 'partial')
    throw new ReleaseError(buildFailure(built), { built: built.artifacts })
  if (built.outcome === 'no-ami')
    throw new Error(
      'packer build succeeded but reported no AMI: does the template build an amazon image?'
    )
  return built.artifacts
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
  parameter: string | undefined
): RunResult {
  const { release, stream } = made.released
  const artifacts = orderArtifacts(
    release.sets.flatMap(s =>
      [s.primary, ...s.copies].map(i => ({ build: s.build, region: i.region, amiId: i.id }))
    ),
    plan.read.buildOrder,
    plan.stream.region
  )
  const rows = [
    ...(retired?.done ?? []).map(r => ({ ...r, outcome: `retired (${retired?.mode ?? ''})` })),
    ...(retired?.plan.keep ?? []).map(k => ({ ...k, outcome: `kept: ${k.reason}` }))
  ].map(r => ({
    region: r.image.region,
    build: r.build,
    amiId: r.image.id,
    version: r.version,
    outcome: r.outcome
  }))
  return {
    ...made.done,
    outcome: made.outcome,
    version: plan.version,
    lineage: plan.stream.lineage,
    region: plan.stream.region,
    artifacts,
    built: made.built,
    tagged: true,
    names: Object.fromEntries(stream.images.map(i => [i.id, i.name])),
    retention: retired ? { mode: retired.mode, rows } : undefined,
    ssm: published.ssm,
    ssmPerBuild: parameter?.includes('{build}'),
    notes: [
      ...(published.held ? [`ssm-parameter: ${published.held}.`] : []),
      ...(retired?.plan.spared ?? []).map(s => `Kept ${s.version}: ${s.reason}.`),
      ...(published.notes ? [`release-notes: ${published.notes}.`] : [])
    ],
    ...(published.problems.length > 0
      ? {
          error: `The images are released, but publishing them failed: ${published.problems.join('; ')}`
        }
      : {})
  }
}
