import * as core from '@actions/core'
import type { Aws } from '../aws/clients.js'
import { gatherFacts } from '../aws/facts.js'
import { State } from '../constants.js'
import { errorMessage } from '../errors.js'
import type { BuildObserver } from '../packer/build-output.js'
import type { BuildResult } from '../packer/index.js'
import { announcesResources } from '../packer/leads.js'
import { nameCollision } from '../packer/machine-readable.js'
import { orderArtifacts, type Artifact } from '../release/artifact.js'
import {
  addLead,
  isLeadShaped,
  leadsOf,
  regionOf,
  type Evidence,
  type Lead
} from '../release/evidence.js'
import { judgeOwnership } from '../release/ownership.js'
import { EvidenceRecord } from '../state/evidence-record.js'
import { recordComplete, type Plan } from './plan.js'

/**
 * The run's start is the runner's clock; what AWS reports was created, launched or made is AWS's.
 * A runner clock a little ahead would make this run's own resources look older than the run, so
 * the start is taken this much earlier. The ties to what Packer made do the proving; the time
 * only rules out what is older.
 */
const CLOCK_ALLOWANCE_MS = 60_000

export type BuildOutcome = 'succeeded' | 'partial' | 'failed' | 'cancelled' | 'collision' | 'no-ami'

export interface Built {
  outcome: BuildOutcome
  /**
   * Says the release of these AMIs is done: Packer removed its temporary resources and the
   * AMIs are released, so the post step has nothing to sweep.
   */
  settle: () => void
  /** Packer's AMIs that exist, in release order. */
  artifacts: Artifact[]
  /** Packer's AMIs that EC2 no longer has (skip_save_build_region's intermediate AMI). */
  vanished: Artifact[]
  result: BuildResult
  evidence: Evidence
}

/** How a `packer build` ended, from what it returned. */
export function classifyBuild(result: BuildResult): BuildOutcome {
  if (result.cancelled) return 'cancelled'
  if (result.exitCode === 0) return result.artifacts.length > 0 ? 'succeeded' : 'no-ami'
  if (result.artifacts.length > 0) return 'partial'
  return nameCollision(result.errors) ? 'collision' : 'failed'
}

/**
 * Runs `packer build` while keeping the evidence of what it makes for the post step (in a file
 * the step state points to, so it survives this step being killed), and writes each build's
 * completion record (`release/tags.ts`) as soon as Packer reports its AMIs: a re-run finishes
 * a release from that record alone.
 */
export async function buildRelease(
  aws: Aws,
  plan: Plan,
  temp: string,
  packer: (observer: BuildObserver) => Promise<BuildResult>
): Promise<Built> {
  const types = new Map(plan.read.template.builds.map(b => [b.name, b.type]))
  const evidence: Evidence = {
    startedAt: new Date(Date.now() - CLOCK_ALLOWANCE_MS).toISOString(),
    run: plan.run,
    region: plan.stream.region,
    buildRegions: plan.read.contract.buildRegions,
    leads: []
  }
  const recorder = new Recorder(aws, plan, evidence, new EvidenceRecord(temp), build =>
    announcesResources(build, types)
  )
  const result = await packer(recorder)
  await recorder.settled()
  const gone = (a: Artifact) =>
    recorder.vanished.some(v => v.amiId === a.amiId && v.region === a.region)
  const artifacts = orderArtifacts(
    result.artifacts.filter(a => !gone(a)),
    plan.read.buildOrder,
    plan.stream.region
  )
  return {
    outcome: classifyBuild(result),
    settle: () => recorder.settle(),
    artifacts,
    vanished: recorder.vanished,
    result,
    evidence
  }
}

export class Recorder implements BuildObserver {
  private readonly work: Promise<void>[] = []
  private readonly reported = new Set<string>()
  /** AMIs Packer reported that EC2 no longer has. */
  readonly vanished: Artifact[] = []

  constructor(
    private readonly aws: Aws,
    private readonly plan: Plan,
    readonly evidence: Evidence,
    private readonly record: EvidenceRecord,
    private readonly announces: (build: string) => boolean
  ) {
    core.saveState(State.Evidence, record.folder)
    this.record.write(evidence)
  }

  lead(lead: Lead): void {
    if (!this.announces(lead.build) || !isLeadShaped(lead.kind, lead.value)) return
    if (addLead(this.evidence, lead)) this.record.write(this.evidence)
  }

  /**
   * A build finished: Packer reports its artifact only once every build has, so while others
   * still run, its AMIs are recorded complete now, from what AWS proves is the build's, and
   * only with a proven copy in every region it copied to.
   */
  finished(build: string): void {
    if (this.plan.read.buildOrder.length > 1) this.work.push(this.recordFinished(build))
  }

  artifact(artifacts: Artifact[]): void {
    const build = artifacts[0]?.build
    if (build === undefined) return
    this.reported.add(build)
    this.work.push(this.write(build, artifacts))
  }

  cancelled(signal: string): void {
    core.warning(
      `Received ${signal}: asking Packer to stop and clean up (SIGTERM), waiting for it to exit`
    )
  }

  async settled(): Promise<void> {
    await Promise.allSettled(this.work)
  }

  settle(): void {
    this.record.write({ ...this.evidence, settled: true })
  }

  private async recordFinished(build: string): Promise<void> {
    try {
      const facts = await gatherFacts(this.aws, this.evidence, false)
      const proven = judgeOwnership(this.evidence, facts, this.plan.stream.schema).filter(
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
      const copies = images.filter(i => i.region !== region)
      const whole = leadsOf(this.evidence, 'copy-region', build).every(r =>
        copies.some(c => c.region === r)
      )
      if (!primary || !whole || this.reported.has(build)) return
      await this.write(
        build,
        [primary, ...copies].map(i => ({ build, region: i.region, amiId: i.id }))
      )
    } catch (error) {
      core.warning(`Could not record ${build}'s AMIs as complete: ${errorMessage(error)}`)
    }
  }

  private async write(build: string, artifacts: Artifact[]): Promise<void> {
    try {
      const { vanished } = await recordComplete(this.aws, this.plan, build, artifacts)
      this.vanished.push(...vanished)
    } catch (error) {
      // Confirmed, and written again, where the release is tagged.
      core.warning(
        `Could not record ${build}'s AMIs as complete yet (${artifacts.map(a => `${a.region}:${a.amiId}`).join(', ')}): ${errorMessage(error)}`
      )
    }
  }
}
