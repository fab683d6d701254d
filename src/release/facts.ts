/**
 * What AWS describes, as plain values: the rules (`ownership.ts`, `../stream/`) are pure
 * functions of these, and `../aws/` only gathers them.
 */
export interface ImageFact {
  id: string
  region: string
  name: string
  /** EC2's creation date, ISO; '' when not reported. */
  created: string
  /** EC2's state: `available`, `pending`, `failed`, `disabled`... */
  state: string
  ownedBySelf: boolean
  /** Its deprecation time has passed. */
  deprecated: boolean
  public: boolean
  /** Deregistration protection is on. */
  protected: boolean
  /** When EC2 last saw an instance launched from it, when it says. */
  lastLaunched: string | undefined
  sourceInstanceId: string | undefined
  sourceImageId: string | undefined
  sourceImageRegion: string | undefined
  tags: Record<string, string>
  snapshotIds: string[]
}

export interface InstanceFact {
  id: string
  region: string
  launchTime: string | undefined
  imageId: string | undefined
  keyName: string | undefined
  groupIds: string[]
  groupNames: string[]
  state: string | undefined
  /** The instance profile's name (from its ARN). */
  instanceProfile: string | undefined
  /** The launch template it was launched from (EC2's `aws:ec2launchtemplate:id` tag). */
  launchTemplateId: string | undefined
}

export interface KeyPairFact {
  name: string
  id: string
  region: string
  createTime: string | undefined
  tags: Record<string, string>
}

export interface SecurityGroupFact {
  id: string
  name: string
  region: string
}

export interface LaunchTemplateFact {
  id: string
  name: string
  region: string
  createTime: string | undefined
}

export interface InstanceProfileFact {
  name: string
  arn: string | undefined
  createDate: string | undefined
  roles: string[]
}

export interface RoleFact {
  name: string
  createDate: string | undefined
  instanceProfiles: string[]
}

/** What AWS describes for the leads of a run, and for anything that uses the same resources. */
export interface Facts {
  instances: InstanceFact[]
  keyPairs: KeyPairFact[]
  securityGroups: SecurityGroupFact[]
  images: ImageFact[]
  launchTemplates: LaunchTemplateFact[]
  instanceProfiles: InstanceProfileFact[]
  roles: RoleFact[]
  /**
   * What AWS did not answer (IAM, or EC2 in a region): nothing it would have described is
   * proven, so nothing of it is removed; the rest is judged without it.
   */
  unread?: string[]
  /** The regions EC2 did not answer in: nothing there is known, so nothing there is judged. */
  unreadRegions?: string[]
}

/** `<repository>#<run id>.<attempt>`: which run of which workflow made an image. */
export type RunMark = string

/**
 * Whether `run` is an earlier attempt of `current` (a re-run keeps the run id): the same run,
 * a lower attempt. GitHub starts an attempt only after the one before it ended.
 */
export function earlierAttempt(run: string | undefined, current: RunMark): boolean {
  const [, runId, attempt] = parseRun(run ?? '') ?? []
  const [, currentId, currentAttempt] = parseRun(current) ?? []
  return runId !== undefined && runId === currentId && Number(attempt) < Number(currentAttempt)
}

const parseRun = (mark: string) => /^(.+#.+)\.(\d+)$/.exec(mark)

/** The attempt a run mark names; undefined when it is no run mark. */
export const attemptOf = (mark: RunMark): number | undefined => {
  const attempt = parseRun(mark)?.[2]
  return attempt === undefined ? undefined : Number(attempt)
}

/** The run id a run mark names, as a number: GitHub numbers runs in the order they start. NaN if none. */
export const runNumberOf = (mark: RunMark): number =>
  Number(/#(\d+)$/.exec(parseRun(mark)?.[1] ?? '')?.[1] ?? Number.NaN)

/** Whether two marks are of one run, in any of its attempts (a re-run finishes what an earlier attempt built). */
export function sameRun(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false
  const id = (mark: string) => parseRun(mark)?.[1] ?? mark
  return a === b || id(a) === id(b)
}
