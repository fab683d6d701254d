import * as core from '@actions/core'
import { State } from '../constants.js'
import { errorMessage } from '../errors.js'
import { inertLog } from '../exec/inert-log.js'
import { addLead, isLeadShaped, regionOf, type Evidence, type Lead } from '../release/evidence.js'
import { judgeOwnership } from '../release/ownership.js'
import type { TagSchema } from '../release/tags.js'
import { gatherFacts } from './facts.js'
import { createTags } from './images.js'

/**
 * Keeps the evidence of a build in the step state as Packer names resources, so the post step
 * knows where to look even when this step is killed. When Packer names an AMI it is creating,
 * the AMI is checked against AWS and, when it is this build's, marked with the version it is
 * being built for, the lineage and the run: a concurrent run then waits for it instead of
 * colliding, and a re-run can finish a release whose final tagging failed.
 */
export class EvidenceRecorder {
  private readonly marks: Promise<void>[] = []

  constructor(
    readonly evidence: Evidence,
    private readonly schema: TagSchema,
    private readonly release: { version: string; lineage: string }
  ) {
    this.save()
  }

  lead(lead: Lead): void {
    if (!isLeadShaped(lead.kind, lead.value)) return
    if (!addLead(this.evidence, lead)) return
    this.save()
    if (lead.kind === 'image') this.marks.push(this.markPending(lead))
  }

  /** Builds whose artifacts Packer reported: their AMIs are the release, never leftovers. */
  finished(builds: string[]): void {
    this.evidence.finished = [...new Set([...this.evidence.finished, ...builds])]
    this.save()
  }

  /** Waits for the marks under way. */
  async settled(): Promise<void> {
    await Promise.allSettled(this.marks)
  }

  private save(): void {
    core.saveState(State.Evidence, JSON.stringify(this.evidence))
  }

  private async markPending(lead: Lead): Promise<void> {
    try {
      const facts = await gatherFacts(this.evidence)
      const verdict = judgeOwnership(this.evidence, facts, this.schema).find(
        v => v.kind === 'image' && v.id === lead.value
      )
      if (!verdict?.ours) {
        inertLog.command(() =>
          core.warning(
            `The build log names ${lead.value}, but it is not this build's (${verdict?.reason ?? 'EC2 does not know it'}); it is left alone`
          )
        )
        return
      }
      await createTags(
        regionOf(this.evidence, lead.build),
        [lead.value],
        [
          { Key: this.schema.pending, Value: this.release.version },
          { Key: this.schema.lineage, Value: this.release.lineage },
          { Key: this.schema.build, Value: lead.build },
          { Key: this.schema.run, Value: this.evidence.run }
        ]
      )
    } catch (error) {
      inertLog.command(() =>
        core.warning(`Could not mark ${lead.value} as this build's: ${errorMessage(error)}`)
      )
    }
  }
}
