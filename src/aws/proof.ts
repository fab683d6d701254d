import type { ImageFact } from '../release/facts.js'
import { releaseOf, type Stream } from '../stream/model.js'
import { newestRelease } from '../stream/pointer.js'
import type { TagSchema } from '../release/tags.js'
import type { Aws } from './clients.js'
import { describeStream, literalFilters, tagsOf } from './images.js'

type StreamIdentity = { lineage: string; schema: TagSchema; region: string }

/**
 * The images among `images` that carry the builds record while their EBS snapshots do not carry
 * the version and lineage the release writes on them in the same call (none of them the image's
 * version): images the action never released as what their own tags say. An image with no EBS
 * snapshot is not among them.
 */
export async function neverReleased(
  aws: Aws,
  images: ImageFact[],
  schema: TagSchema
): Promise<string[]> {
  const records = images.filter(
    i => Object.hasOwn(i.tags, schema.builds) && i.snapshotIds.length > 0
  )
  const tags = new Map<string, Record<string, string>>()
  for (const region of new Set(records.map(i => i.region))) {
    const { client, sdk } = await aws.ec2(region)
    const ids = [...new Set(records.filter(i => i.region === region).flatMap(i => i.snapshotIds))]
    for (let at = 0; at < ids.length; at += 100) {
      const Filters = literalFilters([{ Name: 'snapshot-id', Values: ids.slice(at, at + 100) }])
      for await (const page of sdk.paginateDescribeSnapshots(
        { client },
        { OwnerIds: ['self'], Filters }
      ))
        for (const s of page.Snapshots ?? [])
          tags.set(`${region} ${s.SnapshotId ?? ''}`, tagsOf(s.Tags))
    }
  }
  // The version on the AMI is anyone's to edit; the release's own tags on its snapshots say enough.
  const on = (image: ImageFact, id: string) => tags.get(`${image.region} ${id}`) ?? {}
  const carries = (image: ImageFact, id: string) =>
    on(image, id)[schema.lineage] === image.tags[schema.lineage] &&
    Object.hasOwn(on(image, id), schema.version)
  // An AMI of another release tagged by hand with this version: its snapshots say which it was.
  // (A snapshot two AMIs of the stream share carries the newer one's: one of them is enough.)
  const ofVersion = (image: ImageFact) =>
    image.snapshotIds.some(id => on(image, id)[schema.version] === image.tags[schema.version])
  return records
    .filter(i => !i.snapshotIds.every(id => carries(i, id)) || !ofVersion(i))
    .map(i => i.id)
}

/**
 * The stream as AWS holds it now (`describeStream`), without the images of `version` in the
 * stream's region that carry a release's record the action never wrote there (`neverReleased`):
 * an AMI someone tagged by hand with a release's tags, or copied with them (CopyImage with
 * CopyImageTags), is no release, even once the image it was copied from is gone. So no reuse,
 * publish, confirmation or lookup takes it for one. `known`: images this run released, or proved
 * in an earlier look, which are not asked about again. A version with no released image in the
 * region costs no request; one that has, one DescribeSnapshots.
 */
export async function describeVersion(
  aws: Aws,
  identity: StreamIdentity,
  version: string,
  regions: readonly string[] = [],
  known: ReadonlySet<string> = new Set()
): Promise<Stream> {
  const stream = await describeStream(aws, identity, regions)
  const { schema, region } = stream
  const records = stream.images.filter(
    i =>
      i.region === region &&
      !known.has(i.id) &&
      (i.tags[schema.version] ?? i.tags[schema.complete]) === version
  )
  const forged = new Set(await neverReleased(aws, records, schema))
  if (forged.size === 0) return stream
  const left = stream.images.filter(i => i.region !== region || !forged.has(i.id))
  return { ...stream, images: left }
}

/**
 * The stream, for a release of `version` that must be whole (`describeVersion`). Each region is
 * its own request, answered at its own time: a retirement or rebuild that lands between them
 * tears the view (one region's old images beside another's new ones). A release not whole in the
 * view is looked at once more before it is taken as not whole.
 */
export async function describeRelease(
  aws: Aws,
  identity: StreamIdentity,
  version: string,
  builds: readonly string[] | undefined,
  known: { regions: readonly string[]; ids: ReadonlySet<string> }
): Promise<Stream> {
  const look = () => describeVersion(aws, identity, version, known.regions, known.ids)
  const seen = await look()
  return releaseOf(seen, version, builds).whole ? seen : look()
}

/**
 * `stream` without the AMIs of its newest release, while that is not `version`, that the action
 * never released (`neverReleased`): a deploy pointer follows the newest release, and an AMI
 * someone gave a release's tags by hand, with a version of their own, is none. `known`: images
 * proved already. While `version` is the newest, AWS is asked nothing.
 */
export async function provenNewest(
  aws: Aws,
  stream: Stream,
  version: string,
  known: ReadonlySet<string>
): Promise<Stream> {
  for (let seen = stream; ;) {
    const newest = newestRelease(seen)
    const release = newest === undefined ? undefined : releaseOf(seen, newest)
    if (newest === version || !release?.whole) return seen
    const primaries = release.sets.map(s => s.primary).filter(i => !known.has(i.id))
    const forged = new Set(await neverReleased(aws, primaries, seen.schema))
    if (forged.size === 0) return seen
    seen = { ...seen, images: seen.images.filter(i => !forged.has(i.id)) }
  }
}
