import type { XmlValue } from '../aws/xml.js'
import { Ec2Error, matchesAny, type Filter, type Params } from './query.js'
import type { Region, Tags, World } from './world.js'

export interface Context {
  world: World
  region: Region
}

export type Handler = (params: Params, context: Context) => Record<string, XmlValue>

/**
 * The items a request's list names (`ImageId.N`, `KeyName.N`, ...): each must exist, as EC2
 * answers a missing one with its NotFound error; without a list, all of them.
 */
export function named<T>(
  items: Iterable<T>,
  wanted: string[],
  keyOf: (item: T) => string,
  missing: (key: string) => Ec2Error
): T[] {
  const all = [...items]
  for (const key of wanted) if (!all.some(i => keyOf(i) === key)) throw missing(key)
  return wanted.length === 0 ? all : all.filter(i => wanted.includes(keyOf(i)))
}

export const byId = (item: { id: string }) => item.id

/** A filter's value(s) for one item; undefined when the filter is not one EC2 knows here. */
export type FilterFields<T> = (item: T, name: string) => string | string[] | undefined

/** Applies EC2's filter semantics: every filter must match, any of its values. */
export function filterBy<T>(
  items: Iterable<T>,
  filters: Filter[],
  fields: FilterFields<T>,
  tags: (item: T) => Tags
): T[] {
  return [...items].filter(item =>
    filters.every(({ name, values }) => {
      const t = tags(item)
      if (name.startsWith('tag:')) return matchesAny(t[name.slice(4)], values)
      if (name === 'tag-key') return Object.keys(t).some(k => matchesAny(k, values))
      if (name === 'tag-value') return Object.values(t).some(v => matchesAny(v, values))
      const field = fields(item, name)
      if (field === undefined)
        throw new Ec2Error('InvalidParameterValue', `The filter '${name}' is invalid`)
      return (Array.isArray(field) ? field : [field]).some(v => matchesAny(v, values))
    })
  )
}
