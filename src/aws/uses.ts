import type { ImageAttributeName } from '@aws-sdk/client-ec2'
import type { ImageFact } from '../release/facts.js'
import type { ImageUses } from '../stream/retention.js'
import { describeInstances } from './facts.js'
import { AwsError, hasCode, type Aws } from './clients.js'
import { GONE } from './images.js'
import { neverReleased } from './proof.js'
import { readParameter } from './ssm.js'
import { errorMessage } from '../errors.js'
import type { TagSchema } from '../release/tags.js'

type Uses = Map<string, string>

/** The first reason found for an image is the one given. */
function use(uses: Uses, id: string, reason: string): void {
  if (!uses.has(id)) uses.set(id, reason)
}

/**
 * What keeps images that retention would otherwise retire, asked of AWS for those images only:
 * an instance that is not terminated, a launch template's default or latest version, another
 * account it is shared with; and when it was last launched, where DescribeImages does not say.
 */
export async function usesOf(
  aws: Aws,
  images: ImageFact[],
  askLastLaunched: boolean,
  /** The deploy pointer: an image it names is in use (a rollback may have moved it back). */
  pointer: { parameter: string; buildKey: string } | undefined,
  schema: TagSchema
): Promise<ImageUses> {
  const uses: Uses = new Map()
  const launched = new Map<string, string>()
  const gone = new Set<string>()
  if (pointer) await parameterUses(aws, images, pointer, uses)
  for (const region of new Set(images.map(i => i.region))) {
    const here = images.filter(i => i.region === region)
    const ids = here.map(i => i.id)
    const instances = await describeInstances(aws, region, [
      { Name: 'image-id', Values: ids },
      {
        Name: 'instance-state-name',
        Values: ['pending', 'running', 'stopping', 'stopped', 'shutting-down']
      }
    ])
    for (const i of instances)
      if (i.imageId)
        use(uses, i.imageId, `instance ${i.id} (${i.state ?? ''}) was launched from it`)
    await launchTemplateUses(aws, region, ids, uses)
    await notReleased(aws, here, schema, uses)
    for (const image of here.filter(i => !uses.has(i.id)))
      try {
        const reason = await sharing(aws, image)
        if (reason) uses.set(image.id, reason)
        else if (askLastLaunched && image.lastLaunched === undefined) {
          const at = await lastLaunched(aws, image)
          if (at) launched.set(image.id, at)
        }
      } catch (error) {
        // Gone since the look (another run retired it): nothing shows it unused.
        if (!hasCode(error, GONE)) throw error
        gone.add(image.id)
      }
  }
  return { uses, launched, gone }
}

/**
 * The release tags each build's AMI in its region and that AMI's snapshots in one call, the
 * version with its builds record. An image that carries the record while its snapshots do not
 * carry the version and lineage was never released by the action: someone copied a release's
 * tags onto their own AMI, or copied the AMI with its tags (CopyImage), which leaves the new
 * snapshots bare. It is not the stream's, and whatever it is kept with stays.
 */
async function notReleased(
  aws: Aws,
  images: ImageFact[],
  schema: TagSchema,
  uses: Uses
): Promise<void> {
  const records = images.filter(i => !uses.has(i.id) && Object.hasOwn(i.tags, schema.builds))
  for (const image of records)
    if (image.snapshotIds.length === 0)
      // An instance-store AMI (amazon-instance): nothing AWS holds proves its release wrote it.
      uses.set(
        image.id,
        `it carries ${schema.builds} and has no EBS snapshot to prove the release wrote it, so it is left as it is`
      )
  for (const id of await neverReleased(aws, records, schema))
    uses.set(
      id,
      `it carries ${schema.builds}, but its snapshots do not carry the ${schema.version} and ${schema.lineage} tags its release writes on them: the action never released it (its tags were copied onto it, or it was copied with them), and it is left as it is`
    )
}

/** The images the SSM parameter (one per build with `{build}`) names in their region. */
async function parameterUses(
  aws: Aws,
  images: ImageFact[],
  pointer: { parameter: string; buildKey: string },
  uses: Uses
): Promise<void> {
  const named = images.map(i => ({
    region: i.region,
    name: pointer.parameter.replace(/\{build\}/g, i.tags[pointer.buildKey] ?? '')
  }))
  for (const { region, name } of new Map(named.map(p => [`${p.region} ${p.name}`, p])).values()) {
    const value = await readParameter(aws, region, name)
    if (value) uses.set(value, `the SSM parameter ${name} names it`)
  }
}

async function launchTemplateUses(
  aws: Aws,
  region: string,
  ids: string[],
  uses: Uses
): Promise<void> {
  const { client, sdk } = await aws.ec2(region)
  for await (const page of sdk.paginateDescribeLaunchTemplates({ client }, {}))
    for (const template of page.LaunchTemplates ?? []) {
      const input = {
        LaunchTemplateId: template.LaunchTemplateId,
        Versions: ['$Default', '$Latest']
      }
      for await (const versions of sdk.paginateDescribeLaunchTemplateVersions({ client }, input))
        for (const v of versions.LaunchTemplateVersions ?? []) {
          const imageId = v.LaunchTemplateData?.ImageId
          if (imageId && ids.includes(imageId))
            use(
              uses,
              imageId,
              `launch template ${template.LaunchTemplateName ?? ''} (${v.DefaultVersion ? 'default' : 'latest'} version ${v.VersionNumber ?? ''}) uses it`
            )
        }
    }
}

/** Who else may launch the image: shared with accounts, organizations or OUs. */
async function sharing(aws: Aws, image: ImageFact): Promise<string | undefined> {
  const { LaunchPermissions = [] } = await imageAttribute(aws, image, 'launchPermission')
  const others = LaunchPermissions.map(p =>
    p.Group === 'all'
      ? 'everyone'
      : (p.UserId ?? p.OrganizationArn ?? p.OrganizationalUnitArn ?? '')
  ).filter(Boolean)
  return others.length > 0 ? `it is shared with ${others.join(', ')}` : undefined
}

/**
 * When an instance was last launched from the image. An EC2 that does not know the attribute
 * cannot say whether the image is still launched: retention fails before it retires anything,
 * and says how to go on without the rule.
 */
async function lastLaunched(aws: Aws, image: ImageFact): Promise<string | undefined> {
  try {
    const { LastLaunchedTime } = await imageAttribute(aws, image, 'lastLaunchedTime')
    return LastLaunchedTime?.Value || undefined
  } catch (error) {
    if (!hasCode(error, /^InvalidParameterValue$/)) throw error
    throw new AwsError(
      `EC2 in ${image.region} does not report when an image was last launched, so nothing was retired; set 'keep-launched-within-days: 0' to retire without that rule. ${errorMessage(error)}`,
      'LastLaunchedTimeUnsupported',
      { cause: error }
    )
  }
}

async function imageAttribute(aws: Aws, image: ImageFact, Attribute: ImageAttributeName) {
  const { client, sdk } = await aws.ec2(image.region)
  return client.send(new sdk.DescribeImageAttributeCommand({ ImageId: image.id, Attribute }))
}
