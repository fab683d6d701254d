import type { KeyPairInfo } from '@aws-sdk/client-ec2'
import { createHash } from 'node:crypto'
import type { KeyPairFact } from '../release/facts.js'
import type { Tag, TagSchema } from '../release/tags.js'
import { earlierRun } from '../stream/model.js'
import { orNone, type Aws } from './clients.js'
import { createTags, iso, tagsOf } from './images.js'

/**
 * A version of a stream is built and released by one run at a time: the run holds a claim, an
 * EC2 key pair with a name of the stream and version. EC2 creates a key pair of a given name
 * once (`InvalidKeyPair.Duplicate` after), so creating it is an atomic test-and-set that needs
 * no permission Packer's own policy lacks; its tags say which run holds it and since when it
 * last gave a sign of life.
 */
export interface Claim {
  region: string
  name: string
  /** The key pair's ID: a claim is dropped by its ID, so a newer claim of the same name survives. */
  id: string
  run: string | undefined
  /** The main step that holds it, among the jobs of its run. */
  holder: string | undefined
  /** The stream and version its tags say it claims: a key pair of its name without them is no claim. */
  lineage?: string | undefined
  version?: string | undefined
  created: string | undefined
  heartbeat: string | undefined
}

export const CLAIM_NAME = /^packer-ami-release-[0-9a-f]{40}$/

const digest = (parts: string[]) =>
  createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 40)

/**
 * The claim's key pair name: the stream (its lineage, and its version tag key, which keys every
 * tag of the claim) and the version, digested to EC2's form. Two streams of one lineage under
 * two keys claim apart.
 */
export function claimName(lineage: string, version: string, versionKey: string): string {
  return `packer-ami-release-${digest([lineage, version, versionKey])}`
}

export function claimOf(schema: TagSchema, key: KeyPairFact): Claim {
  return {
    region: key.region,
    name: key.name,
    id: key.id,
    run: key.tags[schema.run],
    holder: key.tags[schema.holder],
    lineage: key.tags[schema.lineage],
    version: key.tags[schema.claim],
    created: key.createTime,
    heartbeat: key.tags[schema.heartbeat]
  }
}

export const keyPairFact = (region: string, key: KeyPairInfo): KeyPairFact => ({
  name: key.KeyName ?? '',
  id: key.KeyPairId ?? '',
  region,
  createTime: iso(key.CreateTime),
  tags: tagsOf(key.Tags)
})

export async function findKeyPair(
  aws: Aws,
  region: string,
  name: string
): Promise<KeyPairFact | undefined> {
  const { client, sdk } = await aws.ec2(region)
  const found = await orNone(
    client.send(new sdk.DescribeKeyPairsCommand({ KeyNames: [name] })),
    /InvalidKeyPair\.NotFound/
  )
  const key = found?.KeyPairs?.[0]
  return key && { ...keyPairFact(region, key), name: key.KeyName ?? name }
}

/** Creates the key pair `name`; undefined when one of that name exists (EC2 makes a name once). */
async function createKeyPair(aws: Aws, region: string, name: string, tags: Tag[]) {
  const { client, sdk } = await aws.ec2(region)
  const create = new sdk.CreateKeyPairCommand({
    KeyName: name,
    KeyType: 'ed25519',
    TagSpecifications: [{ ResourceType: 'key-pair', Tags: tags }]
  })
  return orNone(client.send(create), /InvalidKeyPair\.Duplicate/)
}

/** Creates the claim; when another holds it, returns that one instead (undefined if it vanished meanwhile). */
export async function tryClaim(
  aws: Aws,
  schema: TagSchema,
  region: string,
  name: string,
  tags: Tag[]
): Promise<{ held: Claim } | { taken: Claim | undefined }> {
  const made = await createKeyPair(aws, region, name, tags)
  if (made === undefined) {
    const key = await findKeyPair(aws, region, name)
    return { taken: key && claimOf(schema, key) }
  }
  const now = new Date().toISOString()
  const [run, holder, lineage, version] = [
    schema.run,
    schema.holder,
    schema.lineage,
    schema.claim
  ].map(k => tags.find(t => t.Key === k)?.Value)
  const id = made.KeyPairId ?? ''
  const claim = { region, name, id, run, holder, lineage, version }
  return { held: { ...claim, created: now, heartbeat: now } }
}

/**
 * Drops a claim by its ID; one already gone is fine. Never by its name: once the claim is gone,
 * another run's claim holds that name.
 */
export async function dropClaim(aws: Aws, claim: Claim): Promise<void> {
  if (!claim.id) throw new Error(`EC2 named no ID for the key pair ${claim.name}`)
  const { client, sdk } = await aws.ec2(claim.region)
  await client.send(new sdk.DeleteKeyPairCommand({ KeyPairId: claim.id }))
}

/**
 * The key pair that remembers which run first released a version of a stream, once every image
 * of it may be retired: named from the stream (lineage, version tag key) and version (not a
 * claim's name), made by the version's first release and never removed by the action.
 */
export function releaseMarkName(lineage: string, version: string, versionKey: string): string {
  return `packer-ami-released-${digest([lineage, version, versionKey])}`
}

/**
 * Marks `version` of the stream as first released by `run`, unless a mark exists: then returns
 * the earlier of `run` and the run the mark names (undefined when it is not this stream's).
 * Making a key pair of a name succeeds once, so the first release's mark is the one kept; a
 * mark made by a run that stopped before it released names a later run than an earlier run's
 * release, and then follows it.
 */
export async function markRelease(
  aws: Aws,
  schema: TagSchema,
  region: string,
  release: { lineage: string; version: string; run: string }
): Promise<string | undefined> {
  const name = releaseMarkName(release.lineage, release.version, schema.version)
  const tags = [
    { Key: schema.lineage, Value: release.lineage },
    { Key: schema.version, Value: release.version },
    { Key: schema.released, Value: release.run }
  ]
  if (await createKeyPair(aws, region, name, tags)) return release.run
  const key = await findKeyPair(aws, region, name)
  if (!key || key.tags[schema.lineage] !== release.lineage) return undefined
  const marked = key.tags[schema.released]
  const first = earlierRun(release.run, marked)
  if (first !== marked)
    await createTags(aws, region, [key.id], [{ Key: schema.released, Value: first }])
  return first
}

/**
 * The last sign of a run that gave its claim up but could not drop it (EC2 refused the
 * DeleteKeyPair): no run holds the claim, and the next run of the version takes it over at once.
 */
export const GIVEN_UP = 'given up'

/** Marks the claim (by its ID) as given up by the run that held it. */
export const giveUp = (aws: Aws, schema: TagSchema, claim: Claim): Promise<void> =>
  createTags(aws, claim.region, [claim.id], [{ Key: schema.heartbeat, Value: GIVEN_UP }])

/** A sign of life of the run that holds the claim. */
export const beat = (aws: Aws, schema: TagSchema, claim: Claim, at: Date): Promise<void> =>
  createTags(aws, claim.region, [claim.id], [{ Key: schema.heartbeat, Value: at.toISOString() }])
