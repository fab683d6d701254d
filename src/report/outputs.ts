import { Output } from '../constants.js'
import { byBuild, primaryArtifact } from '../release/artifact.js'
import { isRelease, type RunResult } from './result.js'

/**
 * The step's outputs, rendered from the run's result. `skipped` and `reused` are always
 * written. The release's outputs only for a whole release: a failed step names the AMIs it kept
 * in its error, never in an output a later job could deploy. `ami-id`, `amis` and `region` are
 * the first build's, in template order; `builds` has every build, `artifacts` every AMI;
 * `ssm-parameter-versions` the parameter versions the run wrote, whenever ssm-parameter is set.
 */
export function renderOutputs(r: RunResult): Record<string, string> {
  const outputs: Record<string, string> = {
    [Output.Skipped]: String(r.outcome === 'skipped'),
    [Output.Reused]: String(['reused', 'finished', 'found'].includes(r.outcome))
  }
  if (r.tools?.packer !== undefined) {
    outputs[Output.PackerVersion] = r.tools.packer
    outputs[Output.AnsibleVersion] = r.tools.ansible ?? ''
  }
  if (r.outcome === 'validated' && r.version !== undefined) outputs[Output.ImageVersion] = r.version
  const artifacts = r.artifacts ?? []
  if (!isRelease(r.outcome) || artifacts.length === 0) return outputs
  const primary = primaryArtifact(artifacts, r.region ?? '')
  const builds = byBuild(artifacts)
  Object.assign(outputs, {
    [Output.ImageVersion]: r.version ?? '',
    [Output.Lineage]: r.lineage ?? '',
    [Output.AmiId]: primary?.amiId ?? '',
    [Output.Region]: primary?.region ?? '',
    [Output.Amis]: JSON.stringify(builds[artifacts[0]?.build ?? ''] ?? {}),
    [Output.Artifacts]: JSON.stringify(artifacts),
    [Output.Builds]: JSON.stringify(builds)
  })
  // With ssm-parameter set (ssmPerBuild says so), always written: {} when the run wrote none
  // (a re-run of an older version leaves the parameter at the newer release).
  if (r.ssm?.length || r.ssmPerBuild !== undefined) {
    const perBuild = r.ssmPerBuild === true
    const versions: Record<string, unknown> = {}
    for (const p of r.ssm ?? [])
      if (perBuild) ((versions[p.parameter] ??= {}) as Record<string, number>)[p.region] = p.version
      else versions[p.region] = p.version
    outputs[Output.SsmParameterVersions] = JSON.stringify(versions)
  }
  return outputs
}
