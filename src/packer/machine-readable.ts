import type { Artifact } from '../release/artifact.js'
import { REGION_NAME } from '../constants.js'

/**
 * Packer's `-machine-readable` output: `timestamp,target,type,data...` per line
 * (hashicorp/packer@v1.16.0:packer/ui.go:245). In data, `,` is written `%!(PACKER_COMMA)`,
 * CR and LF as a literal `\r` and `\n` (ui.go:236-242); backslashes are not escaped, so the
 * decoding cannot tell a printed backslash-n from a new line. Nothing decoded here is ever
 * trusted as a command: the log relays it inert.
 */
export interface PackerEvent {
  timestamp: number
  /** Build name (`amazon-ebs.app`); empty for UI lines. */
  target: string
  type: string
  data: string[]
}

function decode(field: string): string {
  return field
    .replace(/%!\(PACKER_COMMA\)/g, ',')
    .replace(/\\n/g, '\n')
    .replace(/\\r/g, '\r')
}

/** One `timestamp,target,type,data...` line → an event; anything else → undefined. */
export function parseMachineReadable(line: string): PackerEvent | undefined {
  const match = /^(\d+),/.exec(line)
  if (!match) return undefined
  // The target is not escaped (a build name may hold a comma): the type names a known event.
  const rest = line.slice(match[0].length).replace(/\r$/, '')
  // A whole type, then a comma or the end: `version` must not take `version-commit`.
  const known =
    /^(.*?),(ui|artifact-count|artifact|error-count|error|version|version-prelease|version-commit)(,|$)/.exec(
      rest
    )
  if (!known) return undefined
  return {
    timestamp: Number(match[1]),
    target: known[1] ?? '',
    type: known[2] ?? '',
    data: known[3] === ',' ? rest.slice(known[0].length).split(',').map(decode) : []
  }
}

const AMI_PAIR = new RegExp(`^(${REGION_NAME}):(ami-[0-9a-f]+)$`)

/**
 * `us-east-1:ami-a,us-west-2:ami-b` → pairs (hashicorp/packer-plugin-amazon@v1.8.2:
 * common/artifact.go:45-53); undefined when the id is not (only) AMIs.
 */
export function parseAmiArtifactId(id: string): { region: string; amiId: string }[] | undefined {
  const pairs = id.split(',').map(p => AMI_PAIR.exec(p.trim()))
  if (!pairs.every(m => m !== null)) return undefined
  return pairs.map(m => ({ region: m[1] as string, amiId: m[2] as string }))
}

/**
 * Collects AMI artifacts as `artifact` lines stream by (command/build.go:398-446); the artifacts
 * of post-processors that are not AMIs (a manifest) are skipped.
 */
export class ArtifactCollector {
  private readonly ids = new Map<string, string>()
  readonly artifacts: Artifact[] = []

  /** Adds the event; returns the AMIs of an artifact it completes. */
  add(event: PackerEvent): Artifact[] {
    if (event.type !== 'artifact') return []
    const [index, key, value] = event.data
    const slot = `${event.target}#${index ?? ''}`
    if (key === 'id' && value !== undefined) this.ids.set(slot, value)
    if (key !== 'end') return []
    const id = this.ids.get(slot)
    this.ids.delete(slot)
    const added: Artifact[] = []
    for (const pair of (id && parseAmiArtifactId(id)) || []) {
      if (this.artifacts.some(a => a.amiId === pair.amiId && a.region === pair.region)) continue
      const artifact = { build: event.target, ...pair }
      this.artifacts.push(artifact)
      added.push(artifact)
    }
    return added
  }

  /** Builds that reported at least one AMI. */
  builds(): string[] {
    return [...new Set(this.artifacts.map(a => a.build))]
  }
}

/**
 * Splits a UI line into the build that said it and the text: `==> NAME: text` (Say, Error, and
 * Message since Packer 1.13) or `    NAME: text` (Message before 1.13), packer/ui.go:141-180.
 * Build names can hold spaces and dots, so the known names are tried first, longest first;
 * a post-processor speaks as `NAME (type)` (packer/build.go:382): `by` is its type.
 */
export function splitUiLine(
  line: string,
  knownBuilds: readonly string[]
): { build: string; text: string; by?: string } | undefined {
  const prefix = /^(?:==>| {3}) /.exec(line)
  if (!prefix) return undefined
  const rest = line.slice(prefix[0].length)
  for (const known of [...knownBuilds].sort((a, b) => b.length - a.length)) {
    const after = rest.startsWith(known) && /^(?: \(([\w-]+)\))?: /.exec(rest.slice(known.length))
    if (after)
      return {
        build: known,
        text: rest.slice(known.length + after[0].length),
        ...(after[1] ? { by: after[1] } : {})
      }
  }
  const any = /^(.+?)(?: \(([\w-]+)\))?: /.exec(rest)
  if (!any) return undefined
  return {
    build: any[1] as string,
    text: rest.slice(any[0].length),
    ...(any[2] ? { by: any[2] } : {})
  }
}

/**
 * An AMI name another image holds, in either wording: Packer's check before the build
 * (hashicorp/packer-plugin-amazon@v1.8.2:common/step_pre_validate.go:128-130), or EC2's
 * `InvalidAMIName.Duplicate` that CreateImage or CopyImage answers when two runs race
 * (builder/ebs/step_create_ami.go: `Error creating AMI: …`; common/step_ami_region_copy.go:
 * `Error Copying AMI (<source>) to region (<region>): …`). EC2's code is matched, not its words.
 */
export function nameCollision(
  errors: string[]
): { name?: string; amiId?: string; region?: string } | undefined {
  for (const error of errors) {
    const checked = /AMI Name: '(.+?)' is used by an existing AMI: (ami-[0-9a-f]+)\b/.exec(error)
    if (checked) return { name: checked[1] as string, amiId: checked[2] as string }
    const at = error.indexOf('InvalidAMIName.Duplicate')
    if (at < 0) continue
    const region = new RegExp(`to region \\((${REGION_NAME})\\)`).exec(error)?.[1]
    const amiId = /\b(ami-[0-9a-f]{8,17})\b/.exec(error.slice(at))?.[1]
    return { ...(amiId ? { amiId } : {}), ...(region ? { region } : {}) }
  }
  return undefined
}
