/** Form parameters of one EC2 Query request, with the list conventions EC2 uses (`Name.N`, `Name.N.Sub`). */
export class Params {
  constructor(readonly raw: Record<string, string>) {}

  get(name: string): string | undefined {
    return this.raw[name]
  }

  required(name: string): string {
    const value = this.raw[name]
    if (value === undefined || value === '')
      throw new Ec2Error('MissingParameter', `The request must contain the parameter ${name}`)
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
    return new Params(raw)
  }

  /** `Filter.N.Name` / `Filter.N.Value.M`. */
  filters(): Filter[] {
    return this.structs('Filter').map(f => ({ name: f.required('Name'), values: f.list('Value') }))
  }

  /** `Tag.N.Key` / `Tag.N.Value`. */
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

export interface Filter {
  name: string
  values: string[]
}

/** An EC2 error with its real code; HTTP 503 for throttling and outages, else 400. */
export class Ec2Error extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = code === 'RequestLimitExceeded' || code === 'Unavailable' ? 503 : 400
  ) {
    super(message)
  }
}

/** EC2 filter values: `*` any run, `?` one character. */
export function wildcard(pattern: string): RegExp {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${source}$`)
}

export function matchesAny(value: string | undefined, patterns: string[]): boolean {
  return value !== undefined && patterns.some(p => wildcard(p).test(value))
}
