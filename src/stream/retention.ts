import type { ImageFact } from '../release/facts.js'
import { generations, imagesOf, marksOf, type ReleaseSet, type Stream } from './model.js'

/** How retired images leave: EC2 Image Builder's three lifecycle actions. */
export type RetireMode = 'deregister' | 'deprecate' | 'disable'

export interface RetentionRules {
  /** Keep the newest N generations of the stream; 0 retires no generation. */
  keep: number
  /** This run rebuilt its version: the older releases of that version go too. */
  rebuilt: boolean
  mode: RetireMode
  /** Images launched within this many days are kept; 0 turns the rule off. */
  keepLaunchedWithinDays: number
  now: Date
}

/** What is kept or retired together: a whole older generation, or one superseded release of this version. */
export interface RetentionUnit {
  version: string
  sets: ReleaseSet[]
  why: 'older generation' | 'rebuilt'
}

export interface RetentionPlan {
  retire: { image: ImageFact; version: string; build: string }[]
  keep: { image: ImageFact; version: string; build: string; reason: string }[]
  /** Generations left out of the count's reach, and why (newer than this release). */
  spared: { version: string; reason: string }[]
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Retired already: deprecated or disabled. Neither counted again nor retired again. */
const retired = (i: ImageFact) => i.deprecated || i.state === 'disabled'

/** Retired already as `mode` retires it, or more: what retiring it again would not change. */
const retiredAs = (i: ImageFact, mode: RetireMode): boolean =>
  mode === 'deregister' ? false : mode === 'disable' ? i.state === 'disabled' : retired(i)

/** Some image of the sets is not retired already. */
const alive = (sets: ReleaseSet[]) => sets.flatMap(imagesOf).some(i => !retired(i))

/**
 * The generations `keep-generations` counts, newest first: `own`, and every other one not
 * retired already (every image deprecated or disabled is no longer counted), nor made only of
 * AMIs the action never released (`unproven`: someone's AMI given a release's tags by hand).
 */
export const countedGenerations = (
  stream: Stream,
  own: string,
  unproven: ReadonlySet<string> = new Set()
) =>
  generations(stream).filter(
    g => g.version === own || (alive(g.sets) && !g.sets.every(s => unproven.has(s.primary.id)))
  )

/**
 * The units the count alone would retire, for `own`, the version this run released: only
 * generations older than it (by first release) and beyond the newest `keep`, and, after a
 * rebuild, the releases of its own version that the new one replaced. A run never retires a
 * generation newer than its own, whichever job ran last. `unproven`: AMIs of the stream's
 * region the action never released (`countedGenerations`). Pure.
 */
export function retentionUnits(
  stream: Stream,
  own: string,
  rules: RetentionRules,
  unproven: ReadonlySet<string> = new Set()
): { units: RetentionUnit[]; spared: RetentionPlan['spared'] } {
  const all = countedGenerations(stream, own, unproven)
  const index = all.findIndex(g => g.version === own)
  if (index < 0) return { units: [], spared: [] }
  const counted = rules.keep > 0
  const spared = (counted ? all.slice(rules.keep, index) : []).map(g => ({
    version: g.version,
    reason: 'newer than this release'
  }))
  const units = (counted ? all.slice(Math.max(index + 1, rules.keep)) : []).map(
    (g): RetentionUnit => ({ version: g.version, sets: g.sets, why: 'older generation' })
  )
  const sets = rules.rebuilt ? (all[index]?.sets ?? []) : []
  // Sets are newest first: any but the first of its build was replaced.
  const superseded = sets.filter(s => sets.find(n => n.build === s.build) !== s)
  if (superseded.length > 0) units.push({ version: own, sets: superseded, why: 'rebuilt' })
  return { units: units.filter(u => alive(u.sets)), spared }
}

/** What AWS said of the candidates: image ID → why something uses it; image ID → when it was last launched. */
export interface ImageUses {
  uses: ReadonlyMap<string, string>
  launched: ReadonlyMap<string, string>
  /** Images EC2 no longer found while it was asked of their uses. */
  gone: ReadonlySet<string>
}

/** Why the images must stay, one line for each image that must (none: they may all go). Pure. */
export function keepReasons(
  stream: Stream,
  images: ImageFact[],
  facts: ImageUses,
  rules: RetentionRules
): string[] {
  return images.flatMap(image => {
    const launched = facts.launched.get(image.id) ?? image.lastLaunched
    const reason =
      facts.uses.get(image.id) ??
      // Kept, so that an answer EC2 has not caught up on never retires a shared image.
      (facts.gone.has(image.id)
        ? 'EC2 no longer finds it (another run may have retired it)'
        : undefined) ??
      (image.public ? 'it is public' : undefined) ??
      (marksOf(stream.schema, image.tags).pinned ? 'it is pinned with the keep tag' : undefined) ??
      (rules.keepLaunchedWithinDays > 0 &&
      launched !== undefined &&
      rules.now.getTime() - Date.parse(launched) < rules.keepLaunchedWithinDays * DAY_MS
        ? `an instance was launched from it on ${launched.slice(0, 10)}, within ${rules.keepLaunchedWithinDays} days`
        : undefined) ??
      (image.protected && rules.mode === 'deregister'
        ? 'deregistration protection is on; the action never turns it off'
        : undefined)
    return reason === undefined ? [] : [`${image.id} in ${image.region}: ${reason}`]
  })
}

/**
 * Keeps or retires each unit whole, in every region it was copied to: a generation is a
 * release to roll back to, so one image of it in use (by an instance, a launch template,
 * another account, a recent launch) keeps all of it. Pure: `uses` is what AWS said of the
 * units' images (`aws/uses.ts`).
 */
export function planRetention(
  stream: Stream,
  units: RetentionUnit[],
  facts: ImageUses,
  rules: RetentionRules
): RetentionPlan {
  const plan: RetentionPlan = { retire: [], keep: [], spared: [] }
  for (const unit of units) {
    const all = unit.sets.flatMap(s =>
      imagesOf(s).map(image => ({ image, version: unit.version, build: s.build }))
    )
    // An image retired already (deprecated, disabled) still keeps its unit when something uses it.
    const reasons = keepReasons(stream, unit.sets.flatMap(imagesOf), facts, rules)
    // Deregistering leaves no part of it behind: what was deprecated or disabled of it goes too,
    // or it would stay with no release left to name it. Disabling leaves none of it launchable.
    const images = all.filter(i => !retiredAs(i.image, rules.mode))
    if (reasons.length === 0) plan.retire.push(...images)
    else plan.keep.push(...images.map(i => ({ ...i, reason: reasons.join('; ') })))
  }
  // Copies first, the release's region last: the AMI there records the copies, so a retirement
  // that stops part-way leaves a unit a later run still finds whole enough to finish.
  plan.retire.sort(
    (a, b) => Number(a.image.region === stream.region) - Number(b.image.region === stream.region)
  )
  return plan
}
