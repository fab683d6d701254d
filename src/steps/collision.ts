import type { Aws } from '../aws/clients.js'
import { findImages } from '../aws/images.js'
import { leadsOf, type Evidence } from '../release/evidence.js'
import { nameCollision } from '../packer/machine-readable.js'
import type { BuildResult } from '../packer/run.js'
import type { OnExisting } from '../stream/rules.js'
import type { Plan } from './plan.js'

/**
 * Why the AMI name could not be taken, from what EC2 shows of the image that holds it: the
 * version and lineage it carries, the run that built it, or that this account cannot see it.
 * Never touched: the action cannot prove it made it.
 */
export async function describeCollision(
  aws: Aws,
  plan: Plan,
  result: BuildResult,
  evidence: Evidence,
  onExisting: OnExisting
): Promise<string> {
  const collision = nameCollision(result.errors) ?? {}
  const region = collision.region ?? plan.stream.region
  const name = collision.name ?? leadsOf(evidence, 'image-name')[0]
  const filter = collision.amiId
    ? { Name: 'image-id', Values: [collision.amiId] }
    : { Name: 'name', Values: [name ?? ''] }
  const [image] = await findImages(aws, region, [filter])
  const { schema } = plan.stream
  const holder = image?.id ?? collision.amiId ?? 'another AMI'
  const version = image?.tags[schema.version]
  const lineage = image?.tags[schema.lineage]
  const what = !image
    ? `EC2 in ${region} shows no image of this account with it: another account's, or one this role cannot see`
    : version !== undefined
      ? `${schema.version}=${version}${lineage !== plan.stream.lineage ? ` of lineage ${lineage ?? '(none)'}` : ''}`
      : image.tags[schema.complete] !== undefined
        ? `built by ${image.tags[schema.run] ?? 'an unknown run'} for ${image.tags[schema.complete] ?? ''}, not released`
        : `no ${schema.version} tag: made by hand, or left by a build that was killed`
  const fix =
    onExisting === 'rebuild'
      ? `a rebuild needs an ami_name that differs per build, e.g. "app-\${var.image_version}-\${formatdate("YYYYMMDDhhmmss", timestamp())}"`
      : image && lineage !== undefined && lineage !== plan.stream.lineage
        ? `two lineages make the same AMI name; give each template's ami_name a prefix of its own`
        : `the action never deregisters an image it cannot prove it made: once you know ${holder} is not in use, deregister it and re-run, or give ami_name a part that differs per build (a timestamp)`
  return `AMI name '${image?.name ?? name ?? '?'}' is already used by ${holder} in ${region} (${what}), so ${plan.version} cannot take it: ${fix}`
}
