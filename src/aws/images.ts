import type { Filter, Image, Tag as SdkTag } from '@aws-sdk/client-ec2'
import type { ImageFact } from '../release/facts.js'
import type { RetireMode } from '../stream/retention.js'
import type { Stream } from '../stream/model.js'
import { recordedCopies, type Tag, type TagSchema } from '../release/tags.js'
import { orNone, type Aws } from './clients.js'
import { REGION } from '../constants.js'

export const iso = (date: Date | string | undefined) =>
  date === undefined ? undefined : new Date(date).toISOString()

/**
 * An object's tags, keyed by tag key, with no prototype: a key EC2 does not hold is undefined
 * even when it is a name every object has (`constructor`, which version-tag-key may be).
 */
export const tagsOf = (tags: SdkTag[] = []): Record<string, string> =>
  Object.assign(
    Object.create(null) as Record<string, string>,
    Object.fromEntries(tags.map(t => [t.Key ?? '', t.Value ?? '']))
  )

export function imageFact(region: string, image: Image): ImageFact {
  return {
    id: image.ImageId ?? '',
    region,
    name: image.Name ?? '',
    created: iso(image.CreationDate) ?? '',
    state: image.State ?? '',
    ownedBySelf: true,
    deprecated:
      image.DeprecationTime !== undefined && Date.parse(image.DeprecationTime) <= Date.now(),
    public: image.Public === true,
    protected: (image.DeregistrationProtection ?? '').startsWith('enabled'),
    lastLaunched: image.LastLaunchedTime || undefined,
    sourceInstanceId: image.SourceInstanceId,
    sourceImageId: image.SourceImageId,
    sourceImageRegion: image.SourceImageRegion,
    tags: tagsOf(image.Tags),
    snapshotIds: (image.BlockDeviceMappings ?? []).flatMap(m => m.Ebs?.SnapshotId ?? [])
  }
}

/**
 * A filter value that means itself: EC2 takes `*` and `?` as wildcards and a backslash as
 * their escape (the EC2 API's Filter: the value `\*amazon\?\\` is the literal `*amazon?\`),
 * while the action always means the value (a lineage is a template's path).
 */
const literal = (value: string): string => value.replace(/[\\*?]/g, '\\$&')

/** Filters whose values mean themselves (`literal`). */
export const literalFilters = (filters: Filter[]): Filter[] =>
  filters.map(f => ({ ...f, Values: f.Values?.map(literal) }))

/**
 * Whether an image holds what a filter names. EC2's answer is a lead: only an image whose tag,
 * name or id equals one of the values matches.
 */
function filtered(image: ImageFact, { Name = '', Values = [] }: Filter): boolean {
  const tag = Name.startsWith('tag:') ? Name.slice('tag:'.length) : undefined
  if (tag !== undefined)
    return Object.hasOwn(image.tags, tag) && Values.includes(image.tags[tag] ?? '')
  if (Name === 'tag-key') return Values.some(key => Object.hasOwn(image.tags, key))
  if (Name === 'name') return Values.includes(image.name)
  if (Name === 'image-id') return Values.includes(image.id)
  return true
}

/** This account's images in `region` that match `filters` exactly, every page, disabled ones too. */
export async function findImages(
  aws: Aws,
  region: string,
  filters: Filter[]
): Promise<ImageFact[]> {
  const { client, sdk } = await aws.ec2(region)
  const images: ImageFact[] = []
  const input = {
    Owners: ['self'],
    Filters: literalFilters(filters),
    IncludeDisabled: true,
    IncludeDeprecated: true
  }
  for await (const page of sdk.paginateDescribeImages({ client }, input))
    images.push(...(page.Images ?? []).map(i => imageFact(region, i)))
  return images.filter(image => filters.every(filter => filtered(image, filter)))
}

/** Images by ID; the ones EC2 does not know are missing from the answer, not an error. */
export async function imagesById(aws: Aws, region: string, ids: string[]): Promise<ImageFact[]> {
  return ids.length === 0 ? [] : findImages(aws, region, [{ Name: 'image-id', Values: ids }])
}

/**
 * The stream as AWS holds it now: every image of the lineage in `region` and in `regions`
 * (one paged call each, together), then in any further region a record names.
 */
export async function describeStream(
  aws: Aws,
  identity: { lineage: string; schema: TagSchema; region: string },
  regions: readonly string[] = []
): Promise<Stream> {
  const filters = [{ Name: `tag:${identity.schema.lineage}`, Values: [identity.lineage] }]
  const described = new Set<string>()
  const images: ImageFact[] = []
  for (let next = new Set([identity.region, ...regions]); next.size > 0;) {
    next.forEach(r => described.add(r))
    images.push(...(await Promise.all([...next].map(r => findImages(aws, r, filters)))).flat())
    const copies = images.flatMap(i => recordedCopies(identity.schema, i.tags) ?? [])
    const named = copies.map(c => c.region)
    next = new Set(named.filter(r => REGION.test(r) && !described.has(r)))
  }
  return { ...identity, images }
}

export async function createTags(
  aws: Aws,
  region: string,
  resources: string[],
  tags: Tag[]
): Promise<void> {
  if (resources.length === 0 || tags.length === 0) return
  const { client, sdk } = await aws.ec2(region)
  await client.send(new sdk.CreateTagsCommand({ Resources: resources, Tags: tags }))
}

/** EC2's answer for an image that is gone: there is nothing left to record or retire. */
export const GONE = /InvalidAMIID\.(NotFound|Unavailable)/

/** Retires one image: deregister (with its snapshots), deprecate now, or disable. */
export async function retireImage(
  aws: Aws,
  image: ImageFact,
  mode: RetireMode,
  now: Date
): Promise<void> {
  const { client, sdk } = await aws.ec2(image.region)
  const ImageId = image.id
  const retire = {
    deregister: () =>
      client.send(new sdk.DeregisterImageCommand({ ImageId, DeleteAssociatedSnapshots: true })),
    // EC2 refuses a time in the past and rounds to the minute: the next whole minute.
    deprecate: () =>
      client.send(
        new sdk.EnableImageDeprecationCommand({
          ImageId,
          DeprecateAt: new Date(Math.ceil((now.getTime() + 1000) / 60_000) * 60_000)
        })
      ),
    disable: () => client.send(new sdk.DisableImageCommand({ ImageId }))
  }
  await orNone(retire[mode](), GONE)
}
