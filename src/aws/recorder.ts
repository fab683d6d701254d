import * as core from '@actions/core'
import { State } from '../constants.js'
import { errorMessage } from '../errors.js'
import { inertLog } from '../exec/inert-log.js'
import type { BuildObserver } from '../packer/build-output.js'
import type { Artifact } from '../release/artifact.js'
import { addLead, isLeadShaped, regionOf, type Evidence, type Lead } from '../release/evidence.js'
import { judgeOwnership } from '../release/ownership.js'
import { copyTags, type Tag, type TagSchema } from '../release/tags.js'
import type { EvidenceRecord } from '../state/evidence-record.js'
import { gatherFacts } from './facts.js'
import { createTags, describeImagesById } from './images.js'

/**
 * Keeps the evidence of a build for the post step as Packer names resources (in a file the
 * step state points to, so it survives this step being killed), and marks the build's AMIs:
 *
 * - when Packer names an AMI it is creating, the AMI is checked against AWS and, when it is
 *   this build's, marked with the version it is being built for, the lineage, the build and
 *   the run (`:pending`): a concurrent run then waits for it instead of colliding;
 * - when Packer reports a build's artifact, its AMIs are marked the same way and the one in
 *   the release's region records the others (`:copies`): the build is complete, and a re-run
 *   of this run can finish a release whose tagging failed from that record alone.
 */
export class EvidenceRecorder implements BuildObserver {
  private readonly marks: Promise<void>[] = []
  /** Builds whose artifact Packer reported: their record is Packer's own list. */
  private readonly reported = new Set<string>()

  constructor(
    readonly evidence: Evidence,
    private readonly record: EvidenceRecord,
    private readonly schema: TagSchema,
    private readonly release: { version: string; lineage: string; region: string },
    /** Whether a build's lines can be leads (`announcesResources`). */
    private readonly announces: (build: string) => boolean
  ) {
    core.saveState(State.Evidence, record.folder)
    this.save()
  }

  lead(lead: Lead): void {
    if (!this.announces(lead.build) || !isLeadShaped(lead.kind, lead.value)) return
    if (!addLead(this.evidence, lead)) return
    this.save()
    if (lead.kind === 'image') this.marks.push(this.markPending(lead))
  }

  /**
   * A build that finished: its AMIs are the release, never leftovers. Packer reports artifacts
   * only once every build has finished, and not at all when it is stopped, so the build's AMIs
   * are recorded complete now, from what AWS proves is the build's.
   */
  finished(build: string): void {
    if (this.evidence.finished.includes(build)) return
    this.evidence.finished = [...this.evidence.finished, build]
    this.save()
    this.marks.push(this.markFinished(build))
  }

  artifact(artifacts: Artifact[]): void {
    const [first] = artifacts
    if (!first) return
    this.reported.add(first.build)
    this.finished(first.build)
    this.marks.push(this.markComplete(first.build, artifacts))
  }

  /** Waits for the marks under way. */
  async settled(): Promise<void> {
    await Promise.allSettled(this.marks)
  }

  private save(): void {
    this.record.write(this.evidence)
  }

  private marksOf(build: string): Tag[] {
    return [
      { Key: this.schema.pending, Value: this.release.version },
      { Key: this.schema.lineage, Value: this.release.lineage },
      { Key: this.schema.build, Value: build },
      { Key: this.schema.run, Value: this.evidence.run }
    ]
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
      await createTags(regionOf(this.evidence, lead.build), [lead.value], this.marksOf(lead.build))
    } catch (error) {
      inertLog.command(() =>
        core.warning(`Could not mark ${lead.value} as this build's: ${errorMessage(error)}`)
      )
    }
  }

  /**
   * The proven AMIs of a build that finished, available, as its artifact: the one in the
   * build's region made from its instance (or, where EC2 reports no source, the one proven by
   * the announced ID and name) and the copies proven from it. With encrypt_boot the released
   * AMI is a copy of an intermediate Packer removed, which nothing proves: that build waits for
   * Packer's artifact.
   */
  private async markFinished(build: string): Promise<void> {
    try {
      const facts = await gatherFacts(this.evidence)
      const proven = judgeOwnership(this.evidence, facts, this.schema).filter(
        v => v.kind === 'image' && v.ours && v.build === build
      )
      const images = facts.images.filter(
        i => i.state === 'available' && proven.some(v => v.id === i.id && v.region === i.region)
      )
      const region = regionOf(this.evidence, build)
      const primary = images.find(
        i =>
          i.region === region && (i.sourceInstanceId !== undefined || i.sourceImageId === undefined)
      )
      if (!primary || this.reported.has(build)) return
      const artifacts = [primary, ...images.filter(i => i.region !== region)].map(i => ({
        build,
        region: i.region,
        amiId: i.id
      }))
      await this.markBuild(build, artifacts)
    } catch (error) {
      inertLog.command(() =>
        core.warning(`Could not record ${build}'s AMIs as complete: ${errorMessage(error)}`)
      )
    }
  }

  /**
   * Marks a build's artifact complete. Its AMIs are Packer's own report, the same that is
   * tagged as the release; those EC2 no longer has (the intermediate AMI of
   * skip_save_build_region) are left out of the record.
   */
  private async markComplete(build: string, artifacts: Artifact[]): Promise<void> {
    try {
      const regions = [...new Set(artifacts.map(a => a.region))]
      const existing = (
        await Promise.all(
          regions.map(async region => {
            const ids = artifacts.filter(a => a.region === region).map(a => a.amiId)
            const images = await describeImagesById(region, ids)
            return artifacts.filter(
              a => a.region === region && images.some(i => i.ImageId === a.amiId)
            )
          })
        )
      ).flat()
      await this.markBuild(build, existing)
    } catch (error) {
      inertLog.command(() =>
        core.warning(
          `Could not record ${build}'s AMIs as complete (${artifacts.map(a => `${a.region}:${a.amiId}`).join(', ')}): ${errorMessage(error)}`
        )
      )
    }
  }

  /** Marks a build's AMIs, the one in the release's region (or its first) recording the others. */
  private async markBuild(build: string, artifacts: Artifact[]): Promise<void> {
    const primary = artifacts.find(a => a.region === this.release.region) ?? artifacts[0]
    if (!primary) return
    const copies = artifacts.filter(a => a !== primary)
    await Promise.all(
      artifacts.map(a =>
        createTags(
          a.region,
          [a.amiId],
          [...this.marksOf(build), ...(a === primary ? copyTags(this.schema, copies) : [])]
        )
      )
    )
  }
}
