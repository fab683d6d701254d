import * as core from '@actions/core'
import type { Aws } from '../aws/clients.js'
import { findImages } from '../aws/images.js'
import { describeRelease, describeVersion } from '../aws/proof.js'
import { readParameter } from '../aws/ssm.js'
import { Input } from '../constants.js'
import { errorMessage, InputError } from '../errors.js'
import type { RunnerContext } from '../context.js'
import type { LookupInputs } from '../inputs/types.js'
import { selectBuilds } from '../packer/build-filter.js'
import { resolveRelease } from '../release/version.js'
import { releaseOutputs, type RunResult } from '../report/result.js'
import {
  generations,
  releaseImages,
  releaseOf,
  type Release,
  type Stream
} from '../stream/model.js'
import { targetsOf } from '../stream/pointer.js'
import type { Phase } from '../steps/phase.js'
import { checkParameterNames, lookupView, streamId, type StreamId } from '../steps/plan.js'
import { pointParameter, type ParameterWrite } from '../steps/publish.js'

/**
 * `mode: lookup`, for deploy and rollback jobs: the outputs of the whole release of this version
 * and lineage, every region included. Installs nothing and builds nothing. With `ssm-parameter`
 * it is a rollback (or roll-forward): the parameter points at this release, whichever is newer.
 */
export async function lookupMode(
  inputs: LookupInputs,
  context: RunnerContext,
  aws: Aws,
  phase: Phase
): Promise<RunResult> {
  const gate = resolveRelease(context.ref, inputs.releaseTags, inputs.imageVersion)
  // No version to look up is a bad input, refused before AWS is asked anything.
  if (gate.kind === 'not-a-release')
    throw new InputError(
      Input.ImageVersion,
      `nothing to look up: ${gate.reason}; set it to the version to look up (e.g. release-1.4.0)`
    )
  // Where the release job released it: with the region from AWS_REGION, the template's.
  const { order, selected, region } = lookupView(inputs)
  // A parameter per build that SSM would refuse is a bad input: refused before AWS is asked.
  checkParameterNames(inputs.ssmParameter, selected ?? [])
  const id = streamId(inputs, context, region)
  const stream = await phase('Look up the release', () => describeVersion(aws, id, gate.version))
  const builds = selected ?? recordedSelection(inputs, stream, gate.version)
  const release = inRecordedOrder(stream, releaseOf(stream, gate.version, builds))
  if (!release.whole) throw new Error(await notFound(aws, id, release))
  checkParameterNames(inputs.ssmParameter, release.builds)
  const pointed =
    inputs.ssmParameter === undefined
      ? undefined
      : await phase('Point the parameter at this release', () =>
          pointAt(aws, inputs.ssmParameter ?? '', release, stream)
        )
  if (pointed) await stillWhole(aws, id, release, builds, pointed.writes)
  const moved = pointed?.writes.filter(w => w.previous !== undefined) ?? []
  if (moved.length > 0)
    core.notice(
      `ssm-parameter now names ${gate.version}: ${moved.map(w => `${w.region} ${w.previous ?? ''} → ${w.amiId}`).join(', ')}`
    )
  return {
    outcome: 'found',
    version: gate.version,
    lineage: id.lineage,
    region: id.region,
    // In the order the release recorded its builds, its template's whatever is checked out
    // (nothing, or another order): the first build is the one the release job output, and the
    // one a parameter without {build} holds.
    ...releaseOutputs({ release, stream }, [...release.builds, ...order], id.region),
    ssm: pointed?.writes,
    ssmPerBuild: inputs.ssmParameter?.includes('{build}'),
    ...(pointed?.problems.length
      ? {
          error: `The release was found, but the parameter could not point at it: ${pointed.problems.join('; ')}`
        }
      : {})
  }
}

/**
 * Points the parameter at the release in each region of it. In a region of the stream where the
 * release has no AMI, and (with `{build}`) for a build of the stream the release does not have,
 * a parameter that names another release of the stream is not rolled back: that is a problem,
 * named, and the parameter there is left as it is.
 */
async function pointAt(
  aws: Aws,
  parameter: string,
  release: Extract<Release, { whole: true }>,
  stream: Stream
): Promise<{ writes: ParameterWrite[]; problems: string[] }> {
  const perBuild = parameter.includes('{build}')
  const targets = targetsOf(release, perBuild)
  const pointed = await pointParameter(aws, parameter, targets, 'lookup')
  const streamBuilds = stream.images.map(i => i.tags[stream.schema.build] ?? '').filter(Boolean)
  const builds = new Set([...targets.map(t => t.build), ...(perBuild ? streamBuilds : [])])
  const has = generations(stream).find(g => g.version === release.version)?.builds ?? []
  for (const build of builds)
    for (const region of new Set(stream.images.map(i => i.region))) {
      if (targets.some(t => t.build === build && t.region === region)) continue
      const name = parameter.replace(/\{build\}/g, build)
      const value = await readParameter(aws, region, name).catch((error: unknown) => {
        pointed.problems.push(`${region}: ${name} could not be read: ${errorMessage(error)}`)
      })
      const named = stream.images.find(i => i.region === region && i.id === value)
      const ofBuild = !release.builds.includes(build)
      // A build of this version that `only` left out of the lookup is not rolled back: it is
      // left as it is, whatever it names, with nothing to say.
      if (
        ofBuild &&
        (has.includes(build) || named?.tags[stream.schema.version] === release.version)
      )
        continue
      const lacks = ofBuild ? `of build ${build}` : `in ${region}`
      if (named)
        pointed.problems.push(
          `${region}: ${name} still names ${named.id} of ${named.tags[stream.schema.version] ?? 'another build'}, and ${release.version} has no AMI ${lacks}: set it there by hand, or delete it`
        )
    }
  return pointed
}

/**
 * The release looked at again once the parameter was pointed at it: a newer release's retention
 * may have retired it meanwhile (nothing kept it, as the parameter named the newer one), and SSM
 * drops, after answering, a write of an AMI that is gone. Then nothing is output: this throws.
 */
async function stillWhole(
  aws: Aws,
  id: StreamId,
  release: Extract<Release, { whole: true }>,
  selected: readonly string[] | undefined,
  writes: ParameterWrite[]
): Promise<void> {
  const known = releaseImages(release.sets)
  const seen = await describeRelease(aws, id, release.version, selected, known)
  const now = releaseOf(seen, release.version, selected)
  if (now.whole) return
  const sent = writes.map(w => `${w.region} ${w.parameter} = ${w.amiId}`).join(', ')
  throw new Error(
    `${release.version} was retired while the parameter was pointed at it (${now.reason}): none of its AMIs is output. SSM keeps no write of an AMI that is gone, so the parameter may still name another release in some regions (sent: ${sent || 'none'}); roll back to a release that is kept`
  )
}

/**
 * The builds `only` and `except` select when the job could not select them in the template (no
 * checkout, names only Packer knows, a checkout whose builds they do not match): of the builds
 * the release records, as Packer selects them (HCL2's globs, which match a plain name alone).
 * Without either, every build the release records (undefined). A selection that matches none of
 * them is refused, naming the input, and nothing is output.
 */
function recordedSelection(
  inputs: LookupInputs,
  stream: Stream,
  version: string
): string[] | undefined {
  if (inputs.only.length === 0 && inputs.except.length === 0) return undefined
  const recorded = generations(stream).find(g => g.version === version)?.builds ?? []
  if (recorded.length === 0) return undefined
  const { builds, unmatched } = selectBuilds(recorded, inputs, 'hcl')
  const named = `the builds ${version} records are: ${recorded.join(', ')}`
  const reason = unmatched?.reason.replace('of the template', `of ${version}`)
  if (unmatched)
    throw new InputError(unmatched.input, `'${unmatched.pattern}': ${reason}; ${named}`)
  if (builds.length === 0)
    throw new InputError(Input.Except, `'only' and 'except' leave no build to look up; ${named}`)
  return builds
}

/**
 * The release's builds in the order it recorded them, its template's, whatever order the
 * checkout lists them in: the first is the one the release job output, and the one a parameter
 * without {build} holds. Builds the record does not name keep the checkout's order, after.
 */
function inRecordedOrder(stream: Stream, release: Release): Release {
  if (!release.whole) return release
  const recorded = generations(stream).find(g => g.version === release.version)?.builds ?? []
  const rank = (build: string) => recorded.indexOf(build) >>> 0
  return { ...release, builds: [...release.builds].sort((a, b) => rank(a) - rank(b)) }
}

/** Why there is no whole release, and where this version is released when it is in other lineages. */
async function notFound(
  aws: Aws,
  id: StreamId,
  release: Extract<Release, { whole: false }>
): Promise<string> {
  const holders = await findImages(aws, id.region, [
    { Name: `tag:${id.schema.version}`, Values: [release.version] },
    { Name: `tag-key`, Values: [id.schema.builds] }
  ])
  const lineages = [
    ...new Set(holders.map(i => i.tags[id.schema.lineage] ?? '').filter(l => l && l !== id.lineage))
  ]
  const elsewhere =
    lineages.length > 0
      ? ` ${release.version} is released in ${id.region} in lineage ${lineages.map(l => `'${l}'`).join(', ')}: set 'lineage' to the one you mean (the release job's lineage output says it).`
      : ''
  const check = release.disabled
    ? ` To deploy or roll back to ${release.version}, enable its AMIs, then run this again.`
    : ` Check 'image-version', 'lineage' (or the template and vars it derives from) and 'aws-region'.`
  return `No whole release of ${release.version} in lineage '${id.lineage}' in ${id.region}: ${release.reason}.${elsewhere}${check}`
}
