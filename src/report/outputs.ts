import * as core from '@actions/core'
import { Output } from '../constants.js'
import type { Tools } from '../install/index.js'
import { byBuild, primaryArtifact, type Artifact } from '../release/artifact.js'

/** Tool versions; `ansible-version` is empty with `ansible-version: none`. */
export function writeToolOutputs(tools: Tools): void {
  core.setOutput(Output.PackerVersion, tools.packer.version)
  core.setOutput(Output.AnsibleVersion, tools.ansible?.version ?? '')
}

/** `skipped` and `reused` are always written, `true` or `false`. */
export function writeFlags(flags: { skipped: boolean; reused: boolean }): void {
  core.setOutput(Output.Skipped, String(flags.skipped))
  core.setOutput(Output.Reused, String(flags.reused))
}

export interface ReleaseOutputs {
  imageVersion: string
  lineage: string
  region: string
  /** In the order of `orderArtifacts`. */
  artifacts: Artifact[]
  ssmParameterVersions?: Record<string, unknown> | undefined
}

/**
 * The release's outputs. `ami-id`, `amis` and `region` are the first build's, in template
 * order; `builds` has every build, `artifacts` every AMI.
 */
export function writeReleaseOutputs(r: ReleaseOutputs): void {
  const primary = primaryArtifact(r.artifacts, r.region)
  const first = r.artifacts[0]?.build
  core.setOutput(Output.ImageVersion, r.imageVersion)
  core.setOutput(Output.Lineage, r.lineage)
  core.setOutput(Output.AmiId, primary?.amiId ?? '')
  core.setOutput(Output.Region, primary?.region ?? '')
  core.setOutput(
    Output.Amis,
    JSON.stringify(first === undefined ? {} : (byBuild(r.artifacts)[first] ?? {}))
  )
  core.setOutput(Output.Artifacts, JSON.stringify(r.artifacts))
  core.setOutput(Output.Builds, JSON.stringify(byBuild(r.artifacts)))
  if (r.ssmParameterVersions !== undefined)
    core.setOutput(Output.SsmParameterVersions, JSON.stringify(r.ssmParameterVersions))
}
