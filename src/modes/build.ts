import * as core from '@actions/core'
import type { Filter, Image } from '@aws-sdk/client-ec2'
import * as fs from 'node:fs'
import { loadSdk } from '../aws/clients.js'
import {
  describeImagesById,
  existingArtifacts,
  tagMap,
  tagRelease,
  waitAvailable
} from '../aws/images.js'
import { EvidenceRecorder } from '../aws/recorder.js'
import { applyRetention, planRegionRetention } from '../aws/retention.js'
import { Input, State } from '../constants.js'
import { sourceOfRun, type RunnerContext } from '../context.js'
import { CancelledError, errorMessage, InputError } from '../errors.js'
import { inertLog } from '../exec/inert-log.js'
import { lastLines } from '../exec/program.js'
import { ssmNameProblem } from '../inputs/parse.js'
import type { BuildInputs } from '../inputs/types.js'
import { installGalaxyRequirements } from '../install/galaxy.js'
import { checkToolHost, installTools, type Tools } from '../install/index.js'
import {
  buildImages,
  makePluginFolder,
  describePlugins,
  providePlugins,
  validateTemplate,
  type BuildResult,
  type PackerJob
} from '../packer/index.js'
import { nameCollision } from '../packer/machine-readable.js'
import { announcesResources } from '../packer/leads.js'
import { managedPlugins } from '../packer/plugins.js'
import { orderArtifacts, type Artifact } from '../release/artifact.js'
import { classifyBuild } from '../release/decisions.js'
import { wholeGenerations, type RetentionRules } from '../release/retention.js'
import { leadsOf } from '../release/evidence.js'
import { SOURCE_TAG_KEYS, tagValue, type Tag } from '../release/tags.js'
import { environmentOutsideLineage } from '../release/lineage.js'
import { resolveRelease } from '../release/version.js'
import { writeFlags, writeReleaseOutputs, writeToolOutputs } from '../report/outputs.js'
import type { RunReport } from '../report/summary.js'
import { writeVaultPasswordFile } from '../secrets/vault.js'
import { EvidenceRecord } from '../state/evidence-record.js'
import { publishRelease } from './publish.js'
import { lookForRelease, recordedArtifacts, streamOf, type Stream } from './stream.js'
import { onlyThese, readReleaseTemplate, type ReadTemplate } from './template.js'

/**
 * The run's start is the runner's clock; what AWS reports was created, launched or made is AWS's.
 * A runner clock a little ahead would make this run's own resources look older than the run, so
 * the start is taken this much earlier. The ties to what Packer made do the proving; the time
 * only rules out what is older.
 */
const CLOCK_ALLOWANCE_MS = 60_000

/** Work to undo when the step ends, however it ends (the post step repeats what matters). */
export type Cleanups = (() => void)[]

/**
 * `mode: build`, the release: tag → version → the template's contract → an image of this
 * version already? (reuse, finish, or build what is missing) → install → validate → build →
 * tag → publish → retire → outputs.
 */
export async function release(
  inputs: BuildInputs,
  context: RunnerContext,
  report: RunReport,
  cleanups: Cleanups,
  keyChecked: Promise<void>
): Promise<void> {
  const gate = resolveRelease(context.ref, inputs.releaseTags, inputs.imageVersion)
  if (gate.kind === 'not-a-release') {
    if (inputs.onUntagged === 'fail')
      throw new InputError(
        Input.OnUntagged,
        `is 'fail', and this run is not a release: ${gate.reason}. Push a tag matching '${inputs.releaseTags.text}' or set 'image-version'.`
      )
    await keyChecked
    core.notice(`Not a release, nothing to build: ${gate.reason}`)
    report.outcome = 'skipped'
    report.notes.push(
      `${gate.reason}. A release runs for a tag matching '${inputs.releaseTags.text}', or with 'image-version'.`
    )
    writeFlags({ skipped: true, reused: false })
    return
  }
  const version = gate.version
  core.info(
    `Image version: ${version}${gate.source === 'tag' ? ` (from tag ${gate.tag ?? ''})` : ''}`
  )
  report.version = version
  const read = readReleaseTemplate(inputs, inputs, true)
  const stream = streamOf(inputs, context, version, read.contract.region ?? inputs.region)
  checkInputsAgainstTemplate(inputs, read)
  report.lineage = stream.lineage
  report.region = stream.region

  // Warm-up: Python is probed and the signing key read while the SDK loads; no AWS request goes
  // out before a bad `python` or key fails.
  const host = checkToolHost(inputs, context, core.warning)
  loadSdk().catch(() => undefined)
  await Promise.all([host, keyChecked])
  const existing = await report.phase('Look for this release', () =>
    lookForRelease(stream, inputs.onExisting, read.selected)
  )
  const { decision } = existing
  if (decision.action === 'fail') throw refusal(decision)
  const released = releasedBuilds(existing.found.released, stream, read, inputs.onExisting)
  if (decision.action === 'reuse') {
    const artifacts = await recordedArtifacts(released, stream, read.buildOrder)
    return releaseExisting(inputs, stream, artifacts, gate.tag, report, 'reused', 'already exists')
  }
  if (decision.action === 'finish')
    return finishRelease(inputs, stream, decision.finish, released, read, gate.tag, report)
  if (decision.note) core.notice(decision.note)
  const { builds: only, finish } = decision

  const tools = await report.phase('Install Packer and Ansible', async () =>
    installTools(inputs, await host, context, core.info)
  )
  report.tools = { packer: tools.packer.version, ansible: tools.ansible?.version }
  writeToolOutputs(tools)
  const job = await prepareJob(inputs, context, tools, read, version, only, report, cleanups)
  await report.phase('Install plugins and validate the template', async () => {
    const plugins = await providePlugins(
      job,
      { ...inputs.packer, platform: (await host).platform, temp: context.temp },
      core.info
    )
    report.notes.push(describePlugins(plugins))
    await validateTemplate(job)
  })
  const plugin = managedPlugins(
    read.template,
    tools.packer.version,
    inputs.packer.amazonPluginVersion
  ).find(p => p.source.endsWith('/amazon'))
  if (plugin) report.tools.amazonPlugin = plugin.version
  if (only) {
    const done = [...new Set(released.map(i => tagMap(i).get(stream.schema.build) ?? ''))]
    core.info(
      `Building ${only.join(', ')} only: ${[...done, ...finish.map(id => `${id} (built by an earlier attempt)`)].join(', ')} ${done.length + finish.length === 1 ? 'is' : 'are'} part of ${version} already`
    )
  }

  const builderTypes = new Map(read.template.builds.map(b => [b.name, b.type]))
  const recorder = new EvidenceRecorder(
    {
      startedAt: new Date(Date.now() - CLOCK_ALLOWANCE_MS).toISOString(),
      run: stream.run,
      region: stream.region,
      buildRegions: read.contract.buildRegions,
      leads: [],
      finished: []
    },
    new EvidenceRecord(context.temp),
    stream.schema,
    stream,
    build => announcesResources(build, builderTypes)
  )
  // Warm-up for tagging: @actions/github's context loads while Packer builds.
  if (inputs.sourceTags) sourceOfRun().catch(() => undefined)
  const result = await report.phase('Build the image', () =>
    buildImages(job, read.buildOrder, recorder)
  )
  await recorder.settled()
  report.sourceImages = leadsOf(recorder.evidence, 'source-image')
  const outcome = classifyBuild({
    exitCode: result.exitCode,
    cancelled: result.cancelled,
    artifacts: result.artifacts.length,
    collision: nameCollision(result.errors) !== undefined
  })
  if (outcome === 'collision')
    return onNameCollision(inputs, stream, result, read, gate.tag, report)

  const {
    existing: built,
    vanished,
    described
  } = await existingArtifacts(orderArtifacts(result.artifacts, read.buildOrder, stream.region))
  for (const v of vanished)
    core.warning(
      `Packer reported ${v.amiId} in ${v.region}, but EC2 no longer has it (with skip_save_build_region Packer lists the intermediate AMI it removed); it is not part of the release`
    )
  report.built = built
  writeFlags({ skipped: false, reused: false })
  if (outcome === 'cancelled') throw new CancelledError()
  if (outcome === 'failed' || outcome === 'partial') throw buildFailure(result, built)
  if (outcome === 'no-ami')
    throw new Error(
      'packer build succeeded but reported no AMI: does the template build an amazon image?'
    )

  // The whole release at once: what was built now, what an earlier attempt built, what was released.
  const earlier = await recordedArtifacts(
    await describeImagesById(stream.region, finish),
    stream,
    read.buildOrder
  )
  const kept = await recordedArtifacts(released, stream, read.buildOrder)
  const toTag = orderArtifacts([...built, ...earlier], read.buildOrder, stream.region)
  await tag(toTag, stream, inputs, report, described)
  const artifacts = orderArtifacts([...toTag, ...kept], read.buildOrder, stream.region)
  report.artifacts = artifacts
  if (earlier.length > 0 || kept.length > 0)
    report.notes.push(
      `Built now: ${built.map(a => a.amiId).join(', ')}. Part of ${version} already: ${[...earlier, ...kept].map(a => a.amiId).join(', ')}.`
    )
  // Published first: where deploys look names the new images before any older one is retired.
  const published = await publishRelease(inputs, stream, artifacts, gate.tag, report)
  await retireIfPublished(inputs, published, () =>
    retire(
      inputs,
      stream,
      artifacts,
      existing.found.released.map(i => i.ImageId ?? ''),
      report
    )
  )
  writeReleaseOutputs({
    imageVersion: version,
    lineage: stream.lineage,
    region: stream.region,
    artifacts,
    ssmParameterVersions: published.ssmVersions
  })
  report.outcome = 'built'
  if (published.problems.length > 0)
    throw new Error(
      `The images are built and tagged, but publishing them failed: ${published.problems.join('; ')}`
    )
}

/** The error for an existing image the release refuses to build over. */
function refusal(decision: { reason: string; byInput: boolean }): Error {
  return decision.byInput
    ? new InputError(Input.OnExisting, decision.reason)
    : new Error(decision.reason)
}

/** What the inputs may not ask of this template: found before anything is installed. */
function checkInputsAgainstTemplate(inputs: BuildInputs, read: ReadTemplate): void {
  const perBuild = inputs.ssmParameter?.includes('{build}') ? inputs.ssmParameter : undefined
  for (const build of perBuild === undefined ? [] : (read.selected ?? [])) {
    const name = perBuild?.replace(/\{build\}/g, build) ?? ''
    const problem = ssmNameProblem(name)
    if (problem)
      throw new InputError(
        Input.SsmParameter,
        `'${perBuild ?? ''}' names '${name}' for build ${build}, which SSM refuses: it ${problem}`
      )
  }
  if (inputs.lineage !== undefined || read.template.format !== 'hcl') return
  const unseen = environmentOutsideLineage(read.template.variables, process.env, inputs.vars)
  if (unseen.length > 0)
    throw new InputError(
      Input.Vars,
      `the environment sets ${unseen.map(n => `PKR_VAR_${n}`).join(', ')}, which can change the image but not the derived lineage: jobs that differ only there would share one image stream, and one would reuse the other's image. Pass ${unseen.length === 1 ? 'it' : 'them'} in 'vars' (${unseen.map(n => `${n}=...`).join(', ')}), or set 'lineage'`
    )
}

/** The released images of the builds this release is made of: part of it, unless it is rebuilt. */
function releasedBuilds(
  found: Image[],
  stream: Stream,
  read: ReadTemplate,
  onExisting: BuildInputs['onExisting']
): Image[] {
  if (onExisting === 'rebuild') return []
  return found.filter(
    i =>
      read.selected === undefined ||
      read.selected.includes(tagMap(i).get(stream.schema.build) ?? '')
  )
}

/** Galaxy roles, the vault file, the plugin folder and what Packer runs with. */
async function prepareJob(
  inputs: BuildInputs,
  context: RunnerContext,
  tools: Tools,
  read: ReadTemplate,
  version: string,
  /** Only these builds (the rest of the release exists); all the selection when undefined. */
  only: string[] | undefined,
  report: RunReport,
  cleanups: Cleanups
): Promise<PackerJob> {
  const requirements = inputs.ansible?.requirements
  const ansible = tools.ansible
  const galaxyEnv =
    requirements && ansible
      ? await report.phase('Install Ansible roles and collections', () =>
          installGalaxyRequirements(ansible, requirements, context.temp, core.info)
        )
      : {}
  const vault = writeVaultPasswordFile(inputs.ansibleVaultPassword, context.temp)
  if (vault.file) {
    core.saveState(State.VaultPasswordFile, vault.file)
    const dir = vault.file.replace(/\/password$/, '')
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }))
  }
  const pluginPath = makePluginFolder(context.temp)
  cleanups.push(() => fs.rmSync(pluginPath, { recursive: true, force: true }))
  return {
    context: {
      template: read.template,
      version,
      vars: inputs.vars,
      varFiles: inputs.varFiles,
      only: only ? onlyThese(read, only) : inputs.only,
      except: only ? [] : inputs.except,
      pluginPath,
      githubToken: inputs.githubToken,
      extraEnv: { ...vault.env, ...galaxyEnv }
    },
    binary: tools.packer.executable,
    cwd: inputs.workingDirectory,
    packerVersion: tools.packer.version
  }
}

/** Tags on every AMI and snapshot of the release: the `tags` input and, unless turned off, the source. */
async function extraTags(inputs: BuildInputs): Promise<Tag[]> {
  if (!inputs.sourceTags) return inputs.tags
  const source = await sourceOfRun()
  const tags: Tag[] = [
    { Key: SOURCE_TAG_KEYS.repository, Value: source.repository },
    { Key: SOURCE_TAG_KEYS.commit, Value: source.commit },
    { Key: SOURCE_TAG_KEYS.ref, Value: source.ref },
    { Key: SOURCE_TAG_KEYS.run, Value: source.runUrl }
  ].filter(t => t.Value !== '')
  return [...inputs.tags, ...tags.map(t => ({ Key: t.Key, Value: tagValue(t.Value) }))]
}

/**
 * Releases the built AMIs. If tagging fails after the SDK's retries, nothing built is lost:
 * the step fails naming every AMI, and a re-run finds them by the marks the build left and
 * finishes the release.
 */
async function tag(
  artifacts: Artifact[],
  stream: Stream,
  inputs: BuildInputs,
  report: RunReport,
  described: Image[]
): Promise<void> {
  try {
    const tagged = await report.phase('Tag the images', async () =>
      tagRelease(artifacts, {
        described,
        schema: stream.schema,
        version: stream.version,
        lineage: stream.lineage,
        extra: await extraTags(inputs),
        primaryRegion: stream.region
      })
    )
    for (const r of tagged)
      for (const [id, name] of Object.entries(r.names)) report.imageNames.set(id, name)
    report.tagged = true
  } catch (error) {
    throw new Error(
      `The AMIs were built but could not be tagged: ${artifacts.map(a => `${a.amiId} (${a.region})`).join(', ')}. They are kept; re-run the job to finish the release. ${errorMessage(error)}`,
      { cause: error }
    )
  }
}

/**
 * Retention once the release is where deploys look: while publishing failed, they may still
 * name an older image, so none is retired.
 */
async function retireIfPublished(
  inputs: BuildInputs,
  published: { problems: string[] },
  retireOlder: () => Promise<void>
): Promise<void> {
  if (published.problems.length === 0) return retireOlder()
  if (inputs.keepGenerations > 0 || inputs.onExisting === 'rebuild')
    core.warning('Publishing failed, so no older image was retired: deploys may still use one')
}

/** keep-generations, and after a rebuild the older images of this version. */
async function retire(
  inputs: BuildInputs,
  stream: Stream,
  released: Artifact[],
  previous: string[],
  report: RunReport
): Promise<void> {
  const rebuilt = inputs.onExisting === 'rebuild' && previous.length > 0
  if (!rebuilt && inputs.keepGenerations === 0) return
  const current = new Set(released.map(a => a.amiId))
  const now = new Date()
  const { schema } = stream
  report.retireMode = inputs.retire
  await report.phase('Retire older images', async () => {
    const builds = [...new Set(released.map(a => a.build))]
    const ofBuild = (build: string) => [
      {
        Name: `tag:${schema.lineage}`,
        Values: stream.acceptLegacyLineage
          ? [stream.lineage, `${stream.lineage}:${build}`]
          : [stream.lineage]
      },
      { Name: `tag:${schema.build}`, Values: [build] },
      // Released images only: an unreleased one is a build under way, not a generation.
      { Name: 'tag-key', Values: [schema.version] }
    ]
    const rules = {
      current,
      now,
      mode: inputs.retire,
      keepLaunchedWithinDays: inputs.keepLaunchedWithinDays
    }
    // After a rebuild the older images of this version go; then the older generations, each
    // kept or retired whole, every build in every region: a generation is a release to roll
    // back to. Every region of every build is planned before anything is retired.
    const passes: {
      filters: (build: string) => Filter[]
      rules: RetentionRules
      whole: boolean
    }[] = []
    if (rebuilt)
      passes.push({
        filters: build => [
          ...ofBuild(build),
          { Name: `tag:${schema.version}`, Values: [stream.version] }
        ],
        rules: { ...rules, keep: 0, protectVersion: undefined },
        whole: false
      })
    if (inputs.keepGenerations > 0)
      passes.push({
        filters: ofBuild,
        rules: { ...rules, keep: inputs.keepGenerations, protectVersion: stream.version },
        whole: true
      })
    const decided = new Set<string>()
    for (const pass of passes) {
      const plans = await Promise.all(
        builds.flatMap(build =>
          [...new Set(released.filter(a => a.build === build).map(a => a.region))].map(region =>
            planRegionRetention(region, build, pass.filters(build), pass.rules, schema, decided)
          )
        )
      )
      for (const plan of pass.whole ? wholeGenerations(plans) : plans)
        await applyRetention(plan, inputs.retire, now, report.retention, decided)
    }
  })
}

/** Outputs, summary and publishing for a release whose images exist already. */
async function releaseExisting(
  inputs: BuildInputs,
  stream: Stream,
  artifacts: Artifact[],
  tag: string | undefined,
  report: RunReport,
  outcome: 'reused' | 'finished',
  why: string
): Promise<void> {
  await report.phase('Wait for the images', () =>
    Promise.all(
      [...new Set(artifacts.map(a => a.region))].map(r =>
        waitAvailable(
          r,
          artifacts.filter(a => a.region === r).map(a => a.amiId)
        )
      )
    )
  )
  core.notice(
    `${stream.version} ${why} (${artifacts.map(a => `${a.region}:${a.amiId}`).join(', ')}); nothing is built`
  )
  report.artifacts = artifacts
  const published = await publishRelease(inputs, stream, artifacts, tag, report)
  await retireIfPublished(inputs, published, () => retire(inputs, stream, artifacts, [], report))
  writeFlags({ skipped: false, reused: true })
  writeReleaseOutputs({
    imageVersion: stream.version,
    lineage: stream.lineage,
    region: stream.region,
    artifacts,
    ssmParameterVersions: published.ssmVersions
  })
  report.outcome = outcome
  if (published.problems.length > 0)
    throw new Error(
      `The images are released, but publishing them failed: ${published.problems.join('; ')}`
    )
}

/**
 * An earlier attempt of this run built these images and recorded them complete, but did not
 * release them: release them (with their recorded copies) and the builds released already,
 * building nothing.
 */
async function finishRelease(
  inputs: BuildInputs,
  stream: Stream,
  imageIds: string[],
  released: Image[],
  read: ReadTemplate,
  tag: string | undefined,
  report: RunReport
): Promise<void> {
  const artifacts = await report.phase('Finish the release an earlier attempt built', async () => {
    const images = await waitAvailable(stream.region, imageIds)
    const earlier = await recordedArtifacts(images, stream, read.buildOrder)
    await tagRelease(earlier, {
      schema: stream.schema,
      version: stream.version,
      lineage: stream.lineage,
      extra: await extraTags(inputs),
      primaryRegion: stream.region
    })
    report.tagged = true
    const kept = await recordedArtifacts(released, stream, read.buildOrder)
    return orderArtifacts([...earlier, ...kept], read.buildOrder, stream.region)
  })
  return releaseExisting(
    inputs,
    stream,
    artifacts,
    tag,
    report,
    'finished',
    'was built by an earlier attempt of this run, which did not release it; it is released now'
  )
}

/**
 * Packer refused the AMI name: an image of this release (built by a concurrent run, or
 * unfinished) is reused; anything else fails naming both, and is never touched.
 */
async function onNameCollision(
  inputs: BuildInputs,
  stream: Stream,
  result: BuildResult,
  read: ReadTemplate,
  tag: string | undefined,
  report: RunReport
): Promise<void> {
  const collision = nameCollision(result.errors)
  if (!collision) throw buildFailure(result, [])
  const [image] = await describeImagesById(stream.region, [collision.amiId])
  const tags = image ? tagMap(image) : new Map<string, string>()
  const ofStream = tags.get(stream.schema.lineage) === stream.lineage
  const ofRelease =
    tags.get(stream.schema.version) === stream.version ||
    tags.get(stream.schema.pending) === stream.version
  if (image && ofStream && ofRelease && inputs.onExisting !== 'rebuild') {
    // Another run made (or is making) this release meanwhile: look again, as at the start.
    const again = await lookForRelease(stream, 'reuse', read.selected)
    const released = releasedBuilds(again.found.released, stream, read, 'reuse')
    if (again.decision.action === 'reuse')
      return releaseExisting(
        inputs,
        stream,
        await recordedArtifacts(released, stream, read.buildOrder),
        tag,
        report,
        'reused',
        'was built by another run'
      )
    if (again.decision.action === 'finish')
      return finishRelease(inputs, stream, again.decision.finish, released, read, tag, report)
    if (again.decision.action === 'fail') throw refusal(again.decision)
  }
  const carried = tags.get(stream.schema.version)
  const what = !image
    ? 'an image of another account'
    : carried === undefined
      ? `no ${stream.schema.version} tag`
      : `${stream.schema.version}=${carried}`
  const fix =
    inputs.onExisting === 'rebuild'
      ? `a rebuild needs an ami_name that differs per build, e.g. "app-\${var.image_version}-\${formatdate("YYYYMMDDhhmmss", timestamp())}"`
      : `put var.image_version in the template's ami_name, or retire ${collision.amiId}`
  throw new Error(
    `AMI name '${collision.name}' is already used by ${collision.amiId} (${what}), so ${stream.version} cannot take it: ${fix}`
  )
}

/** The step's error for a failed build: the Ansible task that failed when one did, else Packer's last errors. */
function buildFailure(result: BuildResult, built: Artifact[]): Error {
  const detail =
    (result.ansibleFailure ? `Ansible: ${result.ansibleFailure}` : undefined) ??
    ([...result.buildErrors].map(([build, error]) => `${build}: ${error}`).join('\n') ||
      lastLines(result.errors.join('\n'), 10) ||
      `exit ${result.exitCode ?? result.signal ?? '?'}`)
  inertLog.resume()
  const kept =
    built.length > 0
      ? ` The AMIs of the builds that finished are kept, not released: ${built.map(a => `${a.amiId} (${a.build}, ${a.region})`).join(', ')}. A re-run of this job builds only what failed, then releases them together.`
      : ''
  return new Error(`packer build failed: ${detail}${kept}`)
}
