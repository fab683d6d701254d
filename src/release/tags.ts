import type { ImageFact } from './facts.js'

/** EC2's limits: tag values of 256 characters, keys of 128, 50 tags on a resource. */
export const TAG_VALUE_MAX = 256
export const TAG_KEY_MAX = 128
export const TAGS_PER_RESOURCE = 50

export interface Tag {
  Key: string
  Value: string
}

/**
 * The tags the action writes, under the version key (`ImageVersion` by default). The version
 * itself is written last, in one call per image, and only by the run that releases it:
 *
 * - `ImageVersion`: the released version, on every AMI and snapshot of a release.
 * - `:lineage`, `:build`, `:run`: the image stream, the build of the template, the run that built it.
 * - `:complete`: the completion record, written as soon as Packer reports a build whole: the
 *   version it was built for, on its AMIs; with `:copies` (`.2`, `.3` when long) on the AMI in
 *   the release's region, region=AMI of every copy. A re-run finishes a release from it alone.
 * - `:builds` (`.2`, `.3` when long), `:released`: on each release's AMI in its region (and its
 *   snapshots), written with the version: the builds that make the release whole, and the run
 *   that first released the version (kept by re-runs and rebuilds), which orders generations.
 * - `:keep` (set by people, any value): retention never retires that image.
 * - `:claim`, `:holder`, `:heartbeat`: on the key pair that holds a version of a stream while one
 *   run builds and releases it; the holder is the main step of one job (a run's jobs share its mark).
 */
const SCHEMA_KEYS = [
  'lineage',
  'build',
  'run',
  'complete',
  'copies',
  'builds',
  'released',
  'keep',
  'claim',
  'holder',
  'heartbeat'
] as const
export type TagSchema = Record<'version' | (typeof SCHEMA_KEYS)[number], string>

export function tagSchema(versionKey: string): TagSchema {
  const keys = SCHEMA_KEYS.map(name => [name, `${versionKey}:${name}`])
  return { version: versionKey, ...Object.fromEntries(keys) } as TagSchema
}

/** The longest suffix the schema adds to the version key (`:copies.10`). */
export const SCHEMA_SUFFIX_MAX = ':copies.10'.length

/** Where an image came from. */
export const SOURCE_TAG_KEYS = {
  repository: 'SourceRepository',
  commit: 'SourceCommit',
  ref: 'SourceRef',
  run: 'BuildRun'
} as const

/**
 * Whether `version-tag-key` names another tag the action writes (`SourceCommit`): two tags of
 * one key, and an image that is built but never released.
 */
export const isTakenVersionKey = (versionKey: string): boolean =>
  (Object.values(SOURCE_TAG_KEYS) as string[]).includes(versionKey)

/** Tags the action owns (the version, the schema's keys, the source tags): neither `tags` nor the template may set them. */
export const isReservedTagKey = (key: string, versionKey: string): boolean =>
  key === versionKey || key.startsWith(`${versionKey}:`) || isTakenVersionKey(key)

/** How many tags the action may write itself, at most (with a long copies record): what `tags` leaves free. */
export const RESERVED_TAG_COUNT = 16

/** A value cut to EC2's limit. */
export const tagValue = (value: string): string => value.slice(0, TAG_VALUE_MAX)

/** Comma-separated `items` as tags: `key`, then `key.2`, `key.3`... each within 256 characters. */
function listTags(key: string, items: string[]): Tag[] {
  const values = ['']
  for (const item of items) {
    const last = values.pop() ?? ''
    if (last === '') values.push(item)
    else if (last.length + 1 + item.length > TAG_VALUE_MAX) values.push(last, item)
    else values.push(`${last},${item}`)
  }
  return values.map((Value, i) => ({ Key: i === 0 ? key : `${key}.${i + 1}`, Value }))
}

/** The items of a list `listTags` wrote under `key`, in order; undefined when there is no `key`. */
function listOf(key: string, tags: Readonly<Record<string, string>>): string[] | undefined {
  if (!Object.hasOwn(tags, key)) return undefined
  return Object.entries(tags)
    .filter(([k]) => k === key || k.startsWith(`${key}.`))
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .flatMap(([, v]) => v.split(','))
}

/** `us-west-2=ami-b,eu-west-1=ami-c` as tags: `<key>:copies`, then `.2`, `.3`... within 256 characters. */
export const copyTags = (schema: TagSchema, copies: { region: string; amiId: string }[]): Tag[] =>
  listTags(
    schema.copies,
    copies.map(c => `${c.region}=${c.amiId}`)
  )

/** The builds of a release as tags: `<key>:builds`, then `.2`, `.3`... within 256 characters. */
export const buildsTags = (schema: TagSchema, builds: readonly string[]): Tag[] =>
  listTags(schema.builds, [...builds])

/** The builds a released AMI records its release is made of; undefined when it records none. */
export const recordedBuilds = (
  schema: TagSchema,
  tags: Readonly<Record<string, string>>
): string[] | undefined => listOf(schema.builds, tags)?.filter(Boolean)

/** The copies an image records, region → AMI; undefined when it records none (no completion record). */
export function recordedCopies(
  schema: TagSchema,
  tags: Readonly<Record<string, string>>
): { region: string; amiId: string }[] | undefined {
  return listOf(schema.copies, tags)
    ?.map(pair => pair.split('='))
    .filter((p): p is [string, string] => p.length === 2 && p[0] !== '' && p[1] !== '')
    .map(([region, amiId]) => ({ region, amiId }))
}

/** One CreateTags call. */
export interface TagCall {
  region: string
  resources: string[]
  tags: Tag[]
}

type Placed = Pick<ImageFact, 'id' | 'region' | 'snapshotIds'>

/**
 * The completion record of one build, in two waves: the marks on its copies first, then on the
 * AMI in the release's region (or its first) the marks and the copies, in one call. That call
 * is the record: a re-run finishes a release from it alone, and the post step keeps what it
 * names.
 */
export function recordCalls(
  schema: TagSchema,
  mark: { version: string; lineage: string; run: string; build: string },
  artifacts: { region: string; amiId: string }[],
  primaryRegion: string
): [TagCall[], TagCall[]] {
  const primary = artifacts.find(a => a.region === primaryRegion) ?? artifacts[0]
  if (!primary) return [[], []]
  const marks: Tag[] = [
    { Key: schema.complete, Value: mark.version },
    { Key: schema.lineage, Value: mark.lineage },
    { Key: schema.build, Value: mark.build },
    { Key: schema.run, Value: mark.run }
  ]
  const copies = artifacts.filter(a => a !== primary)
  const first = [...new Set(copies.map(c => c.region))].map(region => ({
    region,
    resources: copies.filter(c => c.region === region).map(c => c.amiId),
    tags: marks
  }))
  const tags = [...marks, ...copyTags(schema, copies)]
  return [first, [{ region: primary.region, resources: [primary.amiId], tags }]]
}

/**
 * Releasing sets, in two waves: first the copies with their snapshots, then each set's AMI in
 * the release's region with its snapshots, in one call, where the version and the builds record
 * land together. Whoever sees that AMI released sees a whole build.
 */
export function releaseCalls(
  schema: TagSchema,
  release: { version: string; lineage: string; builds: string[]; released: string },
  sets: { build: string; primary: Placed; copies: Placed[] }[],
  extra: Tag[]
): [TagCall[], TagCall[]] {
  const common = (build: string): Tag[] => [
    { Key: schema.version, Value: release.version },
    { Key: schema.lineage, Value: release.lineage },
    { Key: schema.build, Value: build },
    ...extra
  ]
  const first = sets.flatMap(set =>
    set.copies.map(copy => ({
      region: copy.region,
      resources: [copy.id, ...copy.snapshotIds],
      tags: common(set.build)
    }))
  )
  const last = sets.map(set => ({
    region: set.primary.region,
    resources: [set.primary.id, ...set.primary.snapshotIds],
    tags: [
      ...common(set.build),
      ...buildsTags(schema, release.builds),
      { Key: schema.released, Value: release.released }
    ]
  }))
  return [first, last]
}

/** Where an image came from: repository, commit, ref and run, as the runner tells them. */
export function sourceTags(run: {
  repository: string
  sha: string | undefined
  ref: string | undefined
  serverUrl: string
  runId: string | undefined
  runAttempt: string | undefined
}): Tag[] {
  const url = run.runId
    ? `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}${run.runAttempt ? `/attempts/${run.runAttempt}` : ''}`
    : ''
  return [
    { Key: SOURCE_TAG_KEYS.repository, Value: run.repository },
    { Key: SOURCE_TAG_KEYS.commit, Value: run.sha ?? '' },
    { Key: SOURCE_TAG_KEYS.ref, Value: run.ref ?? '' },
    { Key: SOURCE_TAG_KEYS.run, Value: url }
  ]
    .filter(t => t.Value !== '')
    .map(t => ({ Key: t.Key, Value: tagValue(t.Value) }))
}
