import * as core from '@actions/core'
import type { Aws } from '../aws/clients.js'
import { retireImage } from '../aws/images.js'
import { usesOf } from '../aws/uses.js'
import { errorMessage } from '../errors.js'
import { imagesOf, type Stream } from '../stream/model.js'
import {
  planRetention,
  retentionUnits,
  type RetentionPlan,
  type RetentionRules
} from '../stream/retention.js'

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
  const { units, spared } = retentionUnits(stream, own, rules)
  const images = units.flatMap(u => u.sets.flatMap(imagesOf))
  const query = parameter === undefined ? undefined : { parameter, buildKey: stream.schema.build }
  let facts
  try {
    facts =
      images.length > 0
        ? await usesOf(aws, images, rules.keepLaunchedWithinDays > 0, query)
        : { uses: new Map<string, string>(), launched: new Map<string, string>() }
  } catch (error) {
    // Nothing is retired on a partial view of what uses the images.
    const plan = { retire: [], keep: [], spared }
    return { plan, done: [], mode: rules.mode, error: errorMessage(error) }
  }
  const plan = { ...planRetention(stream, units, facts, rules), spared }
  const retired: Retired = { plan, done: [], mode: rules.mode }
  try {
    for (const item of plan.retire) {
      await retireImage(aws, item.image, rules.mode, rules.now)
      retired.done.push(item)
      core.info(`${item.image.region}: retired ${item.image.id} of ${item.version} (${rules.mode})`)
    }
  } catch (error) {
    retired.error = errorMessage(error)
  }
  return retired
}
