import type { AwsError } from './errors.js'

export interface Filter {
  name: string
  values: string[]
}

/**
 * Form parameters of one Query request, with the list conventions of the Query protocols:
 * `Name.N` and `Name.N.Sub` (EC2), `Name.member.N` (IAM).
 */
export class Params {
  constructor(
    readonly raw: Record<string, string>,
    /** The service's error for a required parameter that is absent. */
    private readonly missing: (name: string) => AwsError
  ) {}

  get(name: string): string | undefined {
    return this.raw[name]
  }

  required(name: string): string {
    const value = this.raw[name]
    if (value === undefined || value === '') throw this.missing(name)
    return value
  }

  bool(name: string): boolean {
    return this.raw[name] === 'true'
  }

  int(name: string, fallback: number): number {
    const value = this.raw[name]
    return value === undefined ? fallback : Number(value)
  }

  /** `Prefix.1`, `Prefix.2`, ... as strings. */
  list(prefix: string): string[] {
    return this.indexes(prefix).map(i => this.raw[`${prefix}.${i}`] as string)
  }

  /** `Prefix.N.*` as one Params per N. */
  structs(prefix: string): Params[] {
    return this.indexes(prefix).map(i => this.sub(`${prefix}.${i}`))
  }

  /** The parameters under `Prefix.`, with the prefix removed. */
  sub(prefix: string): Params {
    const raw: Record<string, string> = {}
    for (const [key, value] of Object.entries(this.raw)) {
      if (key.startsWith(`${prefix}.`)) raw[key.slice(prefix.length + 1)] = value
    }
    return new Params(raw, this.missing)
  }

  /** `Filter.N.Name` / `Filter.N.Value.M`. */
  filters(): Filter[] {
    return this.structs('Filter').map(f => ({ name: f.required('Name'), values: f.list('Value') }))
  }

  /** `Tag.N.Key` / `Tag.N.Value` (EC2) or `Tags.member.N.Key` (IAM). */
  tags(prefix = 'Tag'): Record<string, string> {
    const tags: Record<string, string> = {}
    for (const t of this.structs(prefix)) tags[t.required('Key')] = t.get('Value') ?? ''
    return tags
  }

  /** Tags from `TagSpecification.N` for one resource type. */
  tagSpecifications(resourceType: string): Record<string, string> {
    const tags: Record<string, string> = {}
    for (const spec of this.structs('TagSpecification')) {
      if (spec.get('ResourceType') === resourceType) Object.assign(tags, spec.tags())
    }
    return tags
  }

  private indexes(prefix: string): number[] {
    const found = new Set<number>()
    const pattern = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)(?:\\.|$)`)
    for (const key of Object.keys(this.raw)) {
      const match = pattern.exec(key)
      if (match) found.add(Number(match[1]))
    }
    return [...found].sort((a, b) => a - b)
  }
}
