import { markRelease, releaseMarkName } from '../aws/claim.js'
import type { Aws } from '../aws/clients.js'
import { retireImage } from '../aws/images.js'
import { neverReleased } from '../aws/proof.js'
import { usesOf } from '../aws/uses.js'
import { errorMessage } from '../errors.js'
import { say } from '../exec/inert-log.js'
import type { ImageFact } from '../release/facts.js'
import { generations, imagesOf, type Stream } from '../stream/model.js'
import {
  countedGenerations,
  keepReasons,
  planRetention,
  retentionUnits,
  type RetentionPlan,
  type RetentionRules
} from '../stream/retention.js'
import type { PartlyRetired } from '../stream/rules.js'

export interface Retired {
  plan: RetentionPlan
  /** What was retired: all the plan retires, unless `error` stopped the rest. */
  done: RetentionPlan['retire']
  mode: RetentionRules['mode']
  error?: string | undefined
}

/**
 * Retires what the rules retire, whole units at once, after asking AWS what uses only the
 * images the count alone would retire: everything is planned, in every region, before
 * anything is retired. `stream` is the stream as the release left it.
 */
export async function retireOlder(
  aws: Aws,
  stream: Stream,
  own: string,
  rules: RetentionRules,
  parameter: string | undefined
): Promise<Retired | undefined> {
  if (rules.keep === 0 && !rules.rebuilt) return undefined
  const query = parameter === undefined ? undefined : { parameter, buildKey: stream.schema.build }
  let counted, facts
  try {
    counted = await countedUnits(aws, stream, own, rules)
    const images = counted.units.flatMap(u => u.sets.flatMap(imagesOf))
    // With no image, usesOf asks AWS nothing.
    facts = await usesOf(aws, images, rules.keepLaunchedWithinDays > 0, query, stream.schema)
  } catch (error) {
    // Nothing is retired on a partial view of what uses the images.
    const { spared } = retentionUnits(stream, own, rules)
    const plan = { retire: [], keep: [], spared }
    return { plan, done: [], mode: rules.mode, error: errorMessage(error) }
  }
  const { units, spared } = counted
  const plan = { ...planRetention(stream, units, facts, rules), spared }
  const retired: Retired = { plan, done: [], mode: rules.mode }
  try {
    for (const item of plan.retire) {
      await retireImage(aws, item.image, rules.mode, rules.now)
      retired.done.push(item)
      say(`${item.image.region}: retired ${item.image.id} of ${item.version} (${rules.mode})`)
    }
  } catch (error) {
    retired.error = errorMessage(error)
  }
  return retired
}

/**
 * The units to retire: when the count retires an older generation, it counts again without the
 * generations made only of AMIs the action never released (`neverReleased`). An AMI someone
 * gave a release's tags by hand, with a version of their own, is no generation, and pushes no
 * release out of the newest `keep`. AWS is asked nothing more when no older generation goes.
 */
async function countedUnits(
  aws: Aws,
  stream: Stream,
  own: string,
  rules: RetentionRules
): Promise<ReturnType<typeof retentionUnits>> {
  const alone = retentionUnits(stream, own, rules)
  if (alone.units.every(u => u.why !== 'older generation')) return alone
  const unproven = await unprovenOthers(aws, stream, own)
  return unproven.size === 0 ? alone : retentionUnits(stream, own, rules, unproven)
}

/** The AMIs, in the stream's region, of the other generations that the action never released. */
async function unprovenOthers(aws: Aws, stream: Stream, own: string): Promise<Set<string>> {
  const others = generations(stream).filter(g => g.version !== own)
  const primaries = others.flatMap(g => g.sets.map(s => s.primary))
  return new Set(await neverReleased(aws, primaries, stream.schema))
}

/**
 * Finishes what an older run's retention left part-way of this version (`decide`'s `retire`),
 * with retention's own checks, so that the version can be built again under its name:
 * anything that keeps one of the images keeps them all, and then nothing is built or removed.
 * Returns what it retired, copies first.
 */
export async function finishRetirement(
  aws: Aws,
  stream: Stream,
  version: string,
  retire: PartlyRetired,
  rules: Pick<RetentionRules, 'keep' | 'keepLaunchedWithinDays' | 'now'>,
  parameter: string | undefined
): Promise<ImageFact[]> {
  const gone = retire.sets.flatMap(s => s.problems).join('; ')
  // Counted without what the action never released (an AMI given a newer release's tags by
  // hand), the version may be one of the newest `keep`: then it is no retention's to finish.
  const unproven = await unprovenOthers(aws, stream, version)
  const age = countedGenerations(stream, version, unproven).findIndex(g => g.version === version)
  if (unproven.size > 0 && age < rules.keep)
    throw new Error(
      `${version} is not whole (${gone}), and it is one of the ${rules.keep} newest generations once ${[...unproven].join(', ')}, which the action never released, is left out: nothing is built over it, and nothing is removed. Restore the copy, or set on-existing: rebuild with an ami_name that differs per build`
    )
  const images = retire.sets.flatMap(imagesOf)
  // A generation is kept whole: what keeps any image of it (another build, an older set) keeps these.
  const whole = retire.generation.flatMap(imagesOf)
  const query = parameter === undefined ? undefined : { parameter, buildKey: stream.schema.build }
  const facts = await usesOf(aws, whole, rules.keepLaunchedWithinDays > 0, query, stream.schema)
  const all = { ...rules, keep: 0, rebuilt: false, mode: 'deregister' as const }
  // What another run retired meanwhile is not left to retire, and being gone keeps nothing;
  // what it showed at the look (public, pinned, protected) still keeps the rest.
  const kept = keepReasons(stream, whole, { ...facts, gone: new Set() }, all)
  if (kept.length > 0)
    throw new Error(
      `${version} was being retired when its retirement stopped (${gone}), and what is left of it is kept: ${kept.join('; ')}. Nothing is built over it, and nothing is removed. Restore the copy, or set on-existing: rebuild with an ami_name that differs per build`
    )
  // The version is about to have no image to say when it was first released: its mark will.
  const first = { lineage: stream.lineage, version, run: retire.firstRelease }
  if ((await markRelease(aws, stream.schema, stream.region, first)) === undefined)
    throw new Error(
      `${version} was being retired when its retirement stopped (${gone}), but the key pair ${releaseMarkName(stream.lineage, version, stream.schema.version)} in ${stream.region} is not this stream's mark of its first release, so none can be kept: nothing is removed. Delete that key pair unless something else needs it, then re-run`
    )
  // Copies first, the AMI that records them last, as retention does; deprecated or disabled images too, as they hold the name.
  const order = images
    .filter(i => !facts.gone.has(i.id))
    .sort((a, b) => Number(a.region === stream.region) - Number(b.region === stream.region))
  for (const image of order) {
    await retireImage(aws, image, 'deregister', rules.now)
    say(
      `${image.region}: retired ${image.id} of ${version} (deregister), left part-way by an older retirement`
    )
  }
  return order
}
