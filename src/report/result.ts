import { orderArtifacts, type Artifact } from '../release/artifact.js'
import { artifactsOf, type ReleaseSet, type Stream } from '../stream/model.js'

/** The outcomes whose outputs name a release (whole, tagged): only then are they written. */
const RELEASES: readonly Outcome[] = ['built', 'reused', 'finished', 'found']

export type Outcome =
  | 'built'
  | 'reused'
  | 'finished'
  | 'found'
  | 'failed'
  | 'cancelled'
  | 'skipped'
  | 'invalid-input'
  | 'installed'
  | 'validated'

/** One image retention looked at, and what became of it. */
export interface RetentionRow {
  region: string
  build: string
  amiId: string
  version: string
  /** `retired`, or why it was kept. */
  outcome: string
}

/**
 * What one run did: the value the job summary and the outputs render. Each mode returns it;
 * a failure carries what was done before it (`ReleaseError`).
 */
export interface RunResult {
  outcome: Outcome
  /** The step's error; the outcome can still be a release (publishing failed after it). */
  error?: string | undefined
  version?: string | undefined
  lineage?: string | undefined
  region?: string | undefined
  /** The release's AMIs (released, reused, finished or found), in output order. */
  artifacts?: Artifact[] | undefined
  /** What this run built, released or not (shown when it failed). */
  built?: Artifact[] | undefined
  /** The built AMIs carry the version. */
  tagged?: boolean | undefined
  /** AMI → its name. */
  names?: Record<string, string> | undefined
  sourceImages?: string[] | undefined
  tools?:
    | {
        packer?: string | undefined
        ansible?: string | undefined
        /** Each Packer plugin, and whether its signature or only its checksum was verified. */
        plugins?: string | undefined
      }
    | undefined
  retention?: { mode: string; rows: RetentionRow[] } | undefined
  ssm?:
    | { parameter: string; region: string; version: number; previous?: string | undefined }[]
    | undefined
  /** The parameter's name holds `{build}`: one parameter per build. */
  ssmPerBuild?: boolean | undefined
  /** Sentences for the summary: what was kept, held back, or done besides. */
  notes?: string[] | undefined
}

export const isRelease = (outcome: Outcome) => RELEASES.includes(outcome)

/** What a run outputs of a whole release: its AMIs in output order, and their names. */
export function releaseOutputs(
  { release, stream }: { release: { sets: ReleaseSet[] }; stream: Stream },
  order: string[],
  region: string
): Pick<RunResult, 'artifacts' | 'names'> {
  return {
    artifacts: orderArtifacts(release.sets.flatMap(artifactsOf), order, region),
    names: Object.fromEntries(stream.images.map(i => [i.id, i.name]))
  }
}
