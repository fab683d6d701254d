import type { Lead } from '../release/evidence.js'
import { AnsibleFailureReader, leadOfLine } from './leads.js'
import { ArtifactCollector, parseMachineReadable, splitUiLine } from './machine-readable.js'

/**
 * Reads `packer build -machine-readable` line by line: what each line shows in the log, the
 * leads it names, Packer's errors and the AMI artifacts. Pure; `run.ts` feeds it a process.
 */
export class BuildOutputReader {
  readonly artifacts = new ArtifactCollector()
  /** Packer's `ui,error` lines, in order. */
  readonly errors: string[] = []
  /** The `<build>,error,<message>` lines: why each failed build failed. */
  readonly buildErrors = new Map<string, string>()
  readonly leads: Lead[] = []
  private readonly known: string[]
  /** One per build: builds that run Ansible at once interleave their lines. */
  private readonly ansible = new Map<string, AnsibleFailureReader>()

  constructor(
    builds: readonly string[],
    /** Receives each line as it should show in the log. */
    private readonly show: (line: string) => void = () => undefined,
    /** Receives each lead as it appears. */
    private readonly onLead: (lead: Lead) => void = () => undefined
  ) {
    this.known = [...builds]
  }

  line(line: string): void {
    const event = parseMachineReadable(line)
    if (!event) {
      if (line.trim()) this.show(line)
      return
    }
    if (event.type === 'ui') {
      const [level, text = ''] = event.data
      if (level === 'error') this.errors.push(text.trim())
      for (const piece of text.split(/\r?\n|\r/)) {
        if (!piece.trim()) continue
        this.show(piece)
        const said = splitUiLine(piece, this.known)
        if (!said) continue
        this.ansibleOf(said.build).line(said.text)
        const lead = leadOfLine(said.text)
        if (lead) {
          this.leads.push({ ...lead, build: said.build })
          this.onLead({ ...lead, build: said.build })
        }
      }
      return
    }
    if (event.type === 'error' && event.target)
      this.buildErrors.set(event.target, event.data.join(','))
    if (event.type === 'artifact-count' && event.target && !this.known.includes(event.target))
      this.known.push(event.target)
    this.artifacts.add(event)
  }

  private ansibleOf(build: string): AnsibleFailureReader {
    let reader = this.ansible.get(build)
    if (!reader) this.ansible.set(build, (reader = new AnsibleFailureReader()))
    return reader
  }

  /** The Ansible task that failed, and how: of a build that failed, else of any build. */
  get ansibleFailure(): string | undefined {
    const failed = [...this.buildErrors.keys()]
    const readers = [...this.ansible]
    const of = ([build, reader]: [string, AnsibleFailureReader]) =>
      reader.message === undefined
        ? undefined
        : failed.length > 1
          ? `${build}: ${reader.message}`
          : reader.message
    return (
      readers
        .filter(([b]) => failed.includes(b))
        .map(of)
        .find(m => m !== undefined) ?? readers.map(of).find(m => m !== undefined)
    )
  }
}
