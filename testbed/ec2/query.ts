import { AwsError } from '../aws/errors.js'
import { Params } from '../aws/params.js'

export { Params, type Filter } from '../aws/params.js'

/** An EC2 error with its real code; HTTP 503 for throttling and outages, else 400. */
export class Ec2Error extends AwsError {
  constructor(
    code: string,
    message: string,
    status = code === 'RequestLimitExceeded' || code === 'Unavailable' ? 503 : 400
  ) {
    super(code, message, status)
  }
}

/** The parameters of one EC2 request; a missing required one is EC2's MissingParameter. */
export function ec2Params(raw: Record<string, string>): Params {
  return new Params(
    raw,
    name => new Ec2Error('MissingParameter', `The request must contain the parameter ${name}`)
  )
}

/**
 * EC2 filter values: `*` any run, `?` one character, and a backslash takes the character after
 * it as itself (the EC2 API's Filter: the value `\*amazon\?\\` is the literal `*amazon?\`).
 */
export function wildcard(pattern: string): RegExp {
  const literal = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  let source = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string
    if (c === '\\' && i + 1 < pattern.length) source += literal(pattern[++i] as string)
    else source += c === '*' ? '.*' : c === '?' ? '.' : literal(c)
  }
  return new RegExp(`^${source}$`)
}

export function matchesAny(value: string | undefined, patterns: string[]): boolean {
  return value !== undefined && patterns.some(p => wildcard(p).test(value))
}

export function invalidValue(parameter: string, value: string, why: string): Ec2Error {
  return new Ec2Error(
    'InvalidParameterValue',
    `Value (${value}) for parameter ${parameter} is invalid. ${why}`
  )
}
