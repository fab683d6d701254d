import * as path from 'node:path'
import { lineageOf, releaseTagKeys } from '../aws/images.js'
import { applyRetention, type RetentionReport } from '../aws/retention.js'
import type { Inputs } from '../inputs.js'
import type { Artifact } from '../report/outputs.js'

/** The lineage of a build: repository, template (relative to the workspace) and build name. */
export function lineageFor(inputs: Inputs): (build: string) => string {
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()
  const template = path.relative(workspace, inputs.template).split(path.sep).join('/') || '.'
  const repository = process.env['GITHUB_REPOSITORY'] || 'local'
  return build => lineageOf(repository, template, build)
}

function regionsOf(artifacts: Artifact[]): string[] {
  return [...new Set(artifacts.map(a => a.region))]
}

/** `keep-generations`: per build and region, the newest N of its lineage stay, older ones go. */
export async function retireOldGenerations(
  inputs: Inputs,
  artifacts: Artifact[]
): Promise<RetentionReport[]> {
  if (inputs.keepGenerations === 0) return []
  const lineage = lineageFor(inputs)
  const key = releaseTagKeys(inputs.versionTagKey).lineage
  const current = new Set(artifacts.map(a => a.amiId))
  const reports: RetentionReport[] = []
  for (const build of new Set(artifacts.map(a => a.build))) {
    for (const region of regionsOf(artifacts.filter(a => a.build === build))) {
      reports.push(
        await applyRetention(
          region,
          { key, value: lineage(build) },
          inputs.keepGenerations,
          current
        )
      )
    }
  }
  return reports
}

/** `on-existing: rebuild`: once the new images are tagged, the older images of this version go. */
export async function retireRebuiltVersion(
  inputs: Inputs,
  version: string,
  built: Artifact[],
  previous: Artifact[]
): Promise<RetentionReport[]> {
  const current = new Set(built.map(a => a.amiId))
  const regions = regionsOf([...built, ...previous])
  return Promise.all(
    regions.map(region =>
      applyRetention(region, { key: inputs.versionTagKey, value: version }, 0, current)
    )
  )
}
