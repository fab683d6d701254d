import type { Artifact } from '../report/outputs.js'

export interface PackerEvent {
  timestamp: number
  /** Build name (`amazon-ebs.app`), empty for UI lines. */
  target: string
  type: string
  data: string[]
}

/** Packer writes `,` inside data as `%!(PACKER_COMMA)` and newlines as a literal `\n`. */
function decode(field: string): string {
  return field
    .replace(/%!\(PACKER_COMMA\)/g, ',')
    .replace(/\\n/g, '\n')
    .replace(/\\r/g, '\r')
}

/** One `timestamp,target,type,data...` line → an event; anything else → undefined. */
export function parseMachineReadable(line: string): PackerEvent | undefined {
  const fields = line.replace(/\r$/, '').split(',')
  if (fields.length < 3 || !/^\d+$/.test(fields[0] ?? '')) return undefined
  const [timestamp, target = '', type = '', ...data] = fields
  return { timestamp: Number(timestamp), target, type, data: data.map(decode) }
}

const AMI_PAIR = /^([a-z]{2}(?:-[a-z]+)+-\d+):(ami-[0-9a-f]+)$/

/** `us-east-1:ami-a,us-west-2:ami-b` → pairs; undefined when the id is not (only) AMIs. */
export function parseAmiArtifactId(id: string): { region: string; amiId: string }[] | undefined {
  const parts = id.split(',').map(p => p.trim())
  const pairs = parts.map(p => AMI_PAIR.exec(p))
  if (parts.length === 0 || pairs.some(m => m === null)) return undefined
  return pairs.map(m => ({
    region: (m as RegExpExecArray)[1] as string,
    amiId: (m as RegExpExecArray)[2] as string
  }))
}

/** A temporary resource Packer announced in its log; the post step checks each one. */
export interface Leftover {
  kind: 'instance' | 'key-pair' | 'security-group' | 'image' | 'image-name' | 'copy-region'
  /**
   * ID or, for key pairs and security groups, the name Packer gave it; for `image-name` the
   * AMI name being created, for `copy-region` a region the AMI is being copied to.
   */
  id: string
  /** The build whose log line named it. */
  build: string
}

const LEFTOVER_PATTERNS: [RegExp, Leftover['kind']][] = [
  [/Creating temporary keypair: (packer_[\w-]+)/, 'key-pair'],
  [/Creating temporary security group for this instance: (packer_[\w-]+)/, 'security-group'],
  [/Instance ID: (i-[0-9a-f]+)/, 'instance'],
  [/\bAMI: (ami-[0-9a-f]+)/, 'image'],
  [/Creating AMI (\S+) from instance i-/, 'image-name'],
  [/Copying to: ([a-z]{2}(?:-[a-z]+)+-\d+)/, 'copy-region']
]

/** `amazon-ebs.app: Instance ID: i-...` → the leftover it names. */
export function leftoverFromUi(text: string): Leftover | undefined {
  const build = /^\s*(?:==> )?([\w.-]+): /.exec(text)?.[1] ?? ''
  for (const [pattern, kind] of LEFTOVER_PATTERNS) {
    const match = pattern.exec(text)
    if (match?.[1]) return { kind, id: match[1], build }
  }
  return undefined
}

/** Collects AMI artifacts as artifact lines stream by; post-processor artifacts without AMIs are skipped. */
export class ArtifactCollector {
  private readonly pending = new Map<string, string>()
  readonly artifacts: Artifact[] = []

  add(event: PackerEvent): void {
    if (event.type !== 'artifact') return
    const [index, key, value] = event.data
    const slot = `${event.target}#${index ?? ''}`
    if (key === 'id' && value !== undefined) this.pending.set(slot, value)
    if (key !== 'end') return
    const id = this.pending.get(slot)
    this.pending.delete(slot)
    for (const pair of (id && parseAmiArtifactId(id)) || []) {
      if (!this.artifacts.some(a => a.amiId === pair.amiId && a.region === pair.region)) {
        this.artifacts.push({ build: event.target, ...pair })
      }
    }
  }
}

/** Packer's refusal to reuse an AMI name: `AMI Name: 'x' is used by an existing AMI: ami-...`. */
export function nameCollision(errors: string[]): { name: string; amiId: string } | undefined {
  for (const error of errors) {
    const match = /AMI Name: '(.+?)' is used by an existing AMI: (ami-[0-9a-f]+)/.exec(error)
    if (match) return { name: match[1] as string, amiId: match[2] as string }
  }
  return undefined
}
