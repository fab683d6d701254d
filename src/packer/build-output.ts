import type { Artifact } from '../release/artifact.js'
import type { Lead } from '../release/evidence.js'
import { AnsibleFailureReader, leadOfLine } from './leads.js'
import { ArtifactCollector, parseMachineReadable, splitUiLine } from './machine-readable.js'

/** What the main step does as the build goes: each is Packer's own word (see `line`). */
export interface BuildObserver {
  /** A resource a build's line names. */
  lead(lead: Lead): void
  /** `Build 'NAME' finished after ...`: the build succeeded (command/build.go:336). */
  finished(build: string): void
  /** The AMIs of one build's artifact, once Packer reports it whole. */
  artifact(artifacts: Artifact[]): void
  /** The runner cancelled the job: Packer was asked to stop and clean up. */
  cancelled(signal: string): void
}

/** hashicorp/packer@v1.16.0:command/build.go:336 (v1.6.6 :268). */
const BUILD_FINISHED = /^Build '(.+)' finished after .+\.$/

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
    private readonly observer: Partial<BuildObserver> = {}
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
      // Packer starts every UI record with a line of its own: the build's prefix, or its own
      // words. What follows a decoded new line is the same message, where a provisioner's
      // printed backslash-n can make text look like any build's line, or like Packer's: only
      // a record's first line is taken at its word, and never a post-processor's.
      text.split(/\r?\n|\r/).forEach((piece, index) => {
        if (!piece.trim()) return
        // Recorded before it shows: whatever the log shows, a killed step has recorded.
        this.take(piece, level, index === 0)
        this.show(piece)
      })
      return
    }
    if (event.type === 'error' && event.target)
      this.buildErrors.set(event.target, event.data.join(','))
    if (event.type === 'artifact-count' && event.target && !this.known.includes(event.target))
      this.known.push(event.target)
    const reported = this.artifacts.add(event)
    if (reported.length > 0) this.observer.artifact?.(reported)
  }

  private take(piece: string, level: string | undefined, first: boolean): void {
    const said = splitUiLine(piece, this.known)
    if (!said) {
      const finished = BUILD_FINISHED.exec(piece)?.[1]
      if (first && level === 'say' && finished !== undefined) this.observer.finished?.(finished)
      return
    }
    const ansible = this.ansible.get(said.build) ?? new AnsibleFailureReader()
    this.ansible.set(said.build, ansible)
    ansible.line(said.text)
    if (!first || said.by !== undefined) return
    const lead = leadOfLine(said.text)
    if (lead) {
      this.leads.push({ ...lead, build: said.build })
      this.observer.lead?.({ ...lead, build: said.build })
    }
  }

  /** The Ansible task that failed, and how: of a build that failed, else of any build. */
  get ansibleFailure(): string | undefined {
    const failed = [...this.buildErrors.keys()]
    const found = [...this.ansible].filter(([, reader]) => reader.message !== undefined)
    const [build, reader] = found.find(([b]) => failed.includes(b)) ?? found[0] ?? []
    if (reader?.message === undefined) return undefined
    return failed.length > 1 ? `${build}: ${reader.message}` : reader.message
  }
}
