import * as core from '@actions/core'
import { putImageParameter } from '../aws/ssm.js'
import { errorMessage } from '../errors.js'
import type { BuildInputs } from '../inputs/types.js'
import type { Artifact } from '../release/artifact.js'
import { updateReleaseNotes } from '../report/release-notes.js'
import type { RunReport } from '../report/summary.js'
import type { Stream } from './stream.js'

/** `ssm-parameter-versions`: region → version, or with `{build}` parameter → region → version. */
export type SsmVersions = Record<string, number> | Record<string, Record<string, number>>

export interface Published {
  ssmVersions: SsmVersions | undefined
  /** What could not be published; the step fails after the outputs are written. */
  problems: string[]
}

/**
 * Puts the release where deploys look: the SSM parameter in every region of the release (the
 * first build's AMIs, or every build's with `{build}` in the name) and the GitHub Release's
 * notes. Each step converges on a re-run, and a failure here never touches the images.
 */
export async function publishRelease(
  inputs: BuildInputs,
  stream: Stream,
  artifacts: Artifact[],
  tag: string | undefined,
  report: RunReport
): Promise<Published> {
  if (inputs.ssmParameter === undefined && !inputs.releaseNotes)
    return { ssmVersions: undefined, problems: [] }
  return report.phase('Publish the release', () => publish(inputs, stream, artifacts, tag, report))
}

async function publish(
  inputs: BuildInputs,
  stream: Stream,
  artifacts: Artifact[],
  tag: string | undefined,
  report: RunReport
): Promise<Published> {
  const problems: string[] = []
  let ssmVersions: SsmVersions | undefined
  const name = inputs.ssmParameter
  if (name !== undefined) {
    const perBuild = name.includes('{build}')
    const first = artifacts[0]?.build
    const targets = artifacts.filter(a => perBuild || a.build === first)
    const flat: Record<string, number> = {}
    const nested: Record<string, Record<string, number>> = {}
    await Promise.all(
      targets.map(async a => {
        const parameter = name.replace(/\{build\}/g, a.build)
        try {
          const version = await putImageParameter(a.region, parameter, a.amiId)
          if (perBuild) (nested[parameter] ??= {})[a.region] = version
          else flat[a.region] = version
          report.ssm.push({ parameter, region: a.region, version })
          core.info(`${a.region}: ${parameter} = ${a.amiId} (version ${version})`)
        } catch (error) {
          problems.push(errorMessage(error))
        }
      })
    )
    ssmVersions = perBuild ? nested : flat
  }
  if (inputs.releaseNotes) {
    if (tag === undefined)
      core.notice(
        'release-notes: this run is not for a tag, so there is no GitHub Release to add the AMIs to'
      )
    else {
      try {
        const result = await updateReleaseNotes({
          token: inputs.githubToken,
          tag,
          version: stream.version,
          lineage: stream.lineage,
          artifacts
        })
        if (result.kind === 'no-release')
          core.notice(
            `release-notes: the tag ${tag} has no GitHub Release yet, so its notes were not changed`
          )
        else core.info(`Added the AMIs to the notes of ${result.url}`)
      } catch (error) {
        problems.push(`release notes of ${tag}: ${errorMessage(error)}`)
      }
    }
  }
  return { ssmVersions, problems }
}
