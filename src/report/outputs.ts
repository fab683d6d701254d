import * as core from '@actions/core'
import { Output } from '../constants.js'

export interface Artifact {
  build: string
  region: string
  amiId: string
}

export interface Outcome {
  skipped: boolean
  reused: boolean
  imageVersion?: string | undefined
  region?: string | undefined
  artifacts?: Artifact[]
  packerVersion?: string | undefined
  ansibleVersion?: string | undefined
}

/** The AMI of the first build in `region` (or in its only region). */
export function primaryArtifact(
  artifacts: Artifact[],
  region: string | undefined
): Artifact | undefined {
  const first = artifacts[0]
  if (first === undefined) return undefined
  const ofFirstBuild = artifacts.filter(a => a.build === first.build)
  return (
    ofFirstBuild.find(a => a.region === region) ?? (ofFirstBuild.length === 1 ? first : undefined)
  )
}

/** Region → AMI of the first build. */
export function amisOfFirstBuild(artifacts: Artifact[]): Record<string, string> {
  const first = artifacts[0]
  const amis: Record<string, string> = {}
  for (const a of artifacts) if (a.build === first?.build) amis[a.region] = a.amiId
  return amis
}

/** Writes every output; `skipped` and `reused` always, as `true` or `false`. */
export function writeOutputs(outcome: Outcome): void {
  core.setOutput(Output.Skipped, String(outcome.skipped))
  core.setOutput(Output.Reused, String(outcome.reused))
  if (outcome.packerVersion !== undefined)
    core.setOutput(Output.PackerVersion, outcome.packerVersion)
  if (outcome.packerVersion !== undefined || outcome.ansibleVersion !== undefined) {
    core.setOutput(Output.AnsibleVersion, outcome.ansibleVersion ?? '')
  }
  if (outcome.imageVersion !== undefined) core.setOutput(Output.ImageVersion, outcome.imageVersion)
  const artifacts = outcome.artifacts
  if (artifacts === undefined) return
  const primary = primaryArtifact(artifacts, outcome.region)
  core.setOutput(Output.AmiId, primary?.amiId ?? '')
  core.setOutput(Output.Region, primary?.region ?? '')
  core.setOutput(Output.Amis, JSON.stringify(amisOfFirstBuild(artifacts)))
  core.setOutput(Output.Artifacts, JSON.stringify(artifacts))
}
