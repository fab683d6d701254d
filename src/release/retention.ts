/** How retired images leave: EC2 Image Builder's three lifecycle actions. */
export type RetireMode = 'deregister' | 'deprecate' | 'disable'

/** One older image of the stream in one region, with the facts that can keep it. */
export interface Generation {
  imageId: string
  created: string
  version: string | undefined
  /** Already retired: deprecated (in the past) or disabled. Neither counted nor retired again. */
  retired: boolean
  /**
   * EC2's state. Only an `available` image that carries a version is a generation: a pending or
   * unreleased one is a build under way (another run's), neither counted nor retired.
   */
  state: string | undefined
  /** Why something still depends on it (an instance, a launch template), if anything does. */
  inUse?: string | undefined
  /** Public, or shared with accounts, organizations or OUs: others may launch it. */
  sharedWith?: string | undefined
  /** When EC2 last saw an instance launched from it (reported with up to a day's delay). */
  lastLaunched?: string | undefined
  /** Deregistration protection is on. */
  protected?: boolean
  /** A person pinned it with the `<key>:keep` tag. */
  pinned?: boolean
}

export interface RetentionRules {
  /** Keep the newest N (0: only what the exclusions keep). */
  keep: number
  mode: RetireMode
  /** The images this run released: never retired. */
  current: ReadonlySet<string>
  /** Images of this version are kept (retention); undefined when the older images of the version go (rebuild). */
  protectVersion: string | undefined
  /** Images launched within this many days are kept; 0 turns the rule off. */
  keepLaunchedWithinDays: number
  now: Date
}

export interface RetentionPlan {
  retire: { imageId: string; version: string | undefined }[]
  keep: { imageId: string; version: string | undefined; reason: string }[]
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The generations the plan would retire unless a fact from AWS (in use, shared, launched
 * recently) keeps them: the ones worth asking AWS about. Taken from the plan itself, so no image
 * the plan retires goes unasked.
 */
export function retentionCandidates(
  generations: Generation[],
  rules: RetentionRules
): Generation[] {
  const unasked = generations.map(
    ({ inUse: _u, sharedWith: _s, lastLaunched: _l, ...known }): Generation => known
  )
  const retire = new Set(planRetention(unasked, rules).retire.map(r => r.imageId))
  return generations.filter(g => retire.has(g.imageId))
}

function newestFirst(generations: Generation[]): Generation[] {
  return [...generations].sort(
    (a, b) => b.created.localeCompare(a.created) || b.imageId.localeCompare(a.imageId)
  )
}

/**
 * Which images of one stream in one region to retire: all but the newest `keep` versions, except the
 * images of this release and those EC2 Image Builder's lifecycle rules would also exclude (in
 * use, shared or public, launched recently) and those pinned or protected. Pure: the AWS side
 * gathers the facts.
 */
export function planRetention(generations: Generation[], rules: RetentionRules): RetentionPlan {
  const plan: RetentionPlan = { retire: [], keep: [] }
  // A generation is a version: the images of one version (a rebuilt one) count once. This
  // release is the newest, with every image of its version when that is protected, whether or
  // not its images are among these (an earlier pass may have reported them).
  const THIS_RELEASE = ''
  const ranks = new Map<string, number>(rules.current.size > 0 ? [[THIS_RELEASE, 0]] : [])
  for (const g of newestFirst(generations)) {
    const keep = (reason: string) =>
      plan.keep.push({ imageId: g.imageId, version: g.version, reason })
    if (g.retired && !rules.current.has(g.imageId)) continue
    if (!rules.current.has(g.imageId) && (g.version === undefined || g.state !== 'available'))
      continue
    const ofThisVersion = rules.protectVersion !== undefined && g.version === rules.protectVersion
    const generation =
      rules.current.has(g.imageId) || ofThisVersion ? THIS_RELEASE : (g.version ?? g.imageId)
    if (!ranks.has(generation)) ranks.set(generation, ranks.size)
    const rank = ranks.get(generation) as number
    if (rules.current.has(g.imageId)) keep('this release')
    else if (ofThisVersion) keep(`it carries this release's version ${g.version ?? ''}`)
    else if (rank < rules.keep) keep(`one of the ${rules.keep} newest`)
    else if (g.inUse) keep(g.inUse)
    else if (g.sharedWith) keep(g.sharedWith)
    else if (g.pinned) keep('it is pinned with the keep tag')
    else if (
      rules.keepLaunchedWithinDays > 0 &&
      g.lastLaunched !== undefined &&
      rules.now.getTime() - Date.parse(g.lastLaunched) < rules.keepLaunchedWithinDays * DAY_MS
    )
      keep(
        `an instance was launched from it on ${g.lastLaunched.slice(0, 10)}, within ${rules.keepLaunchedWithinDays} days`
      )
    else if (g.protected && rules.mode === 'deregister')
      keep('deregistration protection is on; the action never turns it off')
    else plan.retire.push({ imageId: g.imageId, version: g.version })
  }
  return plan
}

/**
 * A release's plans, one per build and region, made whole: a version any of them keeps is kept
 * in all of them, with the reason where it is kept. A generation is a release to roll back to: retiring
 * its copy in one region while another region still needs it would leave a release no lookup
 * returns (a lookup fails on a recorded copy that is gone).
 */
export function wholeGenerations<P extends RetentionPlan & { region: string }>(plans: P[]): P[] {
  const keptFor = new Map<string, string>()
  for (const plan of plans)
    for (const kept of plan.keep)
      if (kept.version !== undefined && !keptFor.has(kept.version))
        keptFor.set(kept.version, `kept in ${plan.region}: ${kept.reason}`)
  return plans.map(plan => {
    const stays = (version: string | undefined) => version !== undefined && keptFor.has(version)
    return {
      ...plan,
      retire: plan.retire.filter(r => !stays(r.version)),
      keep: [
        ...plan.keep,
        ...plan.retire
          .filter(r => stays(r.version))
          .map(r => ({ ...r, reason: keptFor.get(r.version as string) as string }))
      ]
    }
  })
}
