import * as fs from 'node:fs'
import { findStreamImages, tagMap } from '../aws/images.js'
import type { RunnerContext } from '../context.js'
import type { LookupInputs } from '../inputs/types.js'
import { selectBuilds } from '../packer/build-filter.js'
import { readTemplate, resolveBuildNames } from '../packer/template.js'
import { resolveRelease } from '../release/version.js'
import { writeFlags, writeReleaseOutputs } from '../report/outputs.js'
import type { RunReport } from '../report/summary.js'
import { recordedArtifacts, streamOf } from './stream.js'
import { releaseBuilds } from './template.js'

/**
 * Build names in template order and the builds `only`/`except` select, when the template is
 * there to read (a deploy job may not check it out): then a release that lacks a build is not
 * found.
 */
function buildsOf(inputs: LookupInputs): { order: string[]; selected: string[] | undefined } {
  try {
    if (!fs.existsSync(inputs.template)) return { order: [], selected: undefined }
    const { template, unresolved } = resolveBuildNames(
      readTemplate(inputs.template),
      new Map(inputs.vars)
    )
    const order = template.builds.map(b => b.name)
    if (unresolved.length > 0) return { order, selected: undefined }
    const { builds, unmatched } = selectBuilds(order, inputs, template.format)
    return { order, selected: unmatched ? undefined : releaseBuilds(template, builds) }
  } catch {
    return { order: [], selected: undefined }
  }
}

/**
 * `mode: lookup`, for deploy and rollback jobs: the outputs of the existing release of this
 * version and lineage, every region included (from the copies recorded on its image). Installs
 * nothing, builds nothing, changes nothing.
 */
export async function lookup(
  inputs: LookupInputs,
  context: RunnerContext,
  report: RunReport
): Promise<void> {
  const gate = resolveRelease(context.ref, inputs.releaseTags, inputs.imageVersion)
  if (gate.kind === 'not-a-release')
    throw new Error(
      `Nothing to look up: ${gate.reason}. Set 'image-version' to the version to look up.`
    )
  const stream = streamOf(inputs, context, gate.version, inputs.region)
  report.version = stream.version
  report.lineage = stream.lineage
  report.region = stream.region
  const found = await report.phase('Look up the release', () =>
    findStreamImages(
      stream.region,
      stream.schema,
      stream.version,
      stream.lineage,
      stream.acceptLegacyLineage
    )
  )
  if (found.released.length === 0) {
    const pending =
      found.pending.length > 0
        ? ` (${found.pending.map(i => i.ImageId ?? '').join(', ')} is being built or was never finished)`
        : ''
    throw new Error(
      `No release of ${stream.version} in lineage ${stream.lineage} in ${stream.region}${pending}. Check 'image-version', 'lineage' (or the template and vars it derives from) and 'aws-region'.`
    )
  }
  const { order, selected } = buildsOf(inputs)
  const buildOf = (i: (typeof found.released)[number]) => tagMap(i).get(stream.schema.build) ?? ''
  const missing = (selected ?? []).filter(b => !found.released.some(i => buildOf(i) === b))
  if (missing.length > 0)
    throw new Error(
      `The release of ${stream.version} in lineage ${stream.lineage} in ${stream.region} lacks ${missing.join(', ')} (it has ${[...new Set(found.released.map(buildOf))].join(', ')}): it was not finished. A re-run of the release job finishes it.`
    )
  const released = found.released.filter(
    i => selected === undefined || selected.includes(buildOf(i))
  )
  const artifacts = await recordedArtifacts(released, stream, order)
  report.artifacts = artifacts
  writeFlags({ skipped: false, reused: true })
  writeReleaseOutputs({
    imageVersion: stream.version,
    lineage: stream.lineage,
    region: stream.region,
    artifacts
  })
  report.outcome = 'found'
}
