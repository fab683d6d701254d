import type { Artifact } from './artifact.js'

/** EC2's limits: tag values of 256 characters, keys of 128, 50 tags on a resource. */
export const TAG_VALUE_MAX = 256
export const TAG_KEY_MAX = 128
export const TAGS_PER_RESOURCE = 50

export interface Tag {
  Key: string
  Value: string
}

/**
 * The tags the action writes, namespaced under the version key (`ImageVersion` by default):
 * - `ImageVersion`: the released version. Written last, on every AMI and snapshot: an image
 *   carries it only once the whole release is tagged, so a lookup by version never finds a
 *   half-made image.
 * - `:lineage`, `:build`: which image stream and which build of the template it belongs to.
 * - `:copies` (`.2`, `.3` when long): on the image in `aws-region`, region=AMI of its copies.
 * - `:pending`, `:run`: set while the build runs, on an AMI proven to be this build's: the
 *   version it is being built for, and the run building it. A concurrent run waits for such an
 *   image; a re-run finishes one whose final tagging failed.
 * - `:keep` (set by people, any value): retention never retires that image.
 */
export interface TagSchema {
  version: string
  lineage: string
  build: string
  copies: string
  pending: string
  run: string
  keep: string
}

export function tagSchema(versionKey: string): TagSchema {
  return {
    version: versionKey,
    lineage: `${versionKey}:lineage`,
    build: `${versionKey}:build`,
    copies: `${versionKey}:copies`,
    pending: `${versionKey}:pending`,
    run: `${versionKey}:run`,
    keep: `${versionKey}:keep`
  }
}

/** The longest suffix the schema adds to the version key (`:copies.10`). */
export const SCHEMA_SUFFIX_MAX = ':copies.10'.length

/** Where an image came from, unless `source-tags: false`. */
export const SOURCE_TAG_KEYS = {
  repository: 'SourceRepository',
  commit: 'SourceCommit',
  ref: 'SourceRef',
  run: 'BuildRun'
} as const

/** Tags the action owns: `tags` may not set them. */
export function isReservedTagKey(key: string, versionKey: string): boolean {
  return (
    key === versionKey ||
    key.startsWith(`${versionKey}:`) ||
    (Object.values(SOURCE_TAG_KEYS) as string[]).includes(key)
  )
}

/** How many tags the action may write itself, at most: what `tags` must leave free. */
export const RESERVED_TAG_COUNT = 12

/** A value cut to EC2's limit. */
export function tagValue(value: string): string {
  return value.length > TAG_VALUE_MAX ? value.slice(0, TAG_VALUE_MAX) : value
}

/** `us-west-2=ami-b,eu-west-1=ami-c` as tags: `<key>:copies`, then `.2`, `.3`... within 256 characters. */
export function copyTags(schema: TagSchema, copies: Artifact[]): Tag[] {
  const values: string[] = []
  let current = ''
  for (const c of copies) {
    const pair = `${c.region}=${c.amiId}`
    if (current && current.length + 1 + pair.length > TAG_VALUE_MAX) {
      values.push(current)
      current = ''
    }
    current = current ? `${current},${pair}` : pair
  }
  values.push(current)
  return values.map((Value, i) => ({
    Key: i === 0 ? schema.copies : `${schema.copies}.${i + 1}`,
    Value
  }))
}

/** The copies an image records, region → AMI; undefined when it records none (not released). */
export function recordedCopies(
  schema: TagSchema,
  tags: ReadonlyMap<string, string>
): { region: string; amiId: string }[] | undefined {
  if (!tags.has(schema.copies)) return undefined
  const values = [...tags]
    .filter(([k]) => k === schema.copies || k.startsWith(`${schema.copies}.`))
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([, v]) => v)
  return values
    .join(',')
    .split(',')
    .map(pair => pair.split('='))
    .filter((p): p is [string, string] => p.length === 2 && p[0] !== '' && p[1] !== '')
    .map(([region, amiId]) => ({ region, amiId }))
}
