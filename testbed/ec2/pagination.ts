import { Ec2Error, type Params } from './query.js'

/** MaxResults bounds where EC2's documentation gives them; elsewhere any positive number. */
export interface PageBounds {
  min: number
  max: number
  /** Above `max`, EC2 answers `max` items instead of refusing (DescribeSnapshots). */
  clampAbove?: boolean
  /** The list parameter that cannot be combined with MaxResults (`InstanceId` for instances). */
  exclusiveWith?: { param: string; wire: string }
}

const ANY: PageBounds = { min: 1, max: Number.MAX_SAFE_INTEGER }

export const PAGE_BOUNDS: Record<string, PageBounds> = {
  DescribeImages: ANY,
  // API reference: "This value can be between 5 and 1000"; not together with instance IDs.
  DescribeInstances: {
    min: 5,
    max: 1000,
    exclusiveWith: { param: 'InstanceId', wire: 'instancesSet' }
  },
  // API reference: 5 to 1000; "if MaxResults is given a value larger than 1,000, only 1,000 results are returned".
  DescribeSnapshots: { min: 5, max: 1000, clampAbove: true },
  // SDK documentation: "This value can be between 5 and 1000."
  DescribeSecurityGroups: { min: 5, max: 1000 },
  // SDK documentation: "This value can be between 1 and 200."
  DescribeLaunchTemplates: { min: 1, max: 200 },
  DescribeLaunchTemplateVersions: { min: 1, max: 200 }
}

interface Token {
  action: string
  offset: number
}

function encodeToken(token: Token): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url')
}

function decodeToken(text: string, action: string): number {
  try {
    const token = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<Token>
    if (token.action === action && Number.isInteger(token.offset) && (token.offset ?? -1) >= 0)
      return token.offset as number
  } catch {
    // fall through to EC2's error
  }
  throw new Ec2Error(
    'InvalidPaginationToken',
    `The pagination token ${text} is not valid or is expired.`
  )
}

/** Takes one page of a Describe call's results. */
export type Pager = <T>(items: T[]) => { page: T[]; nextToken: string | undefined }

/**
 * Reads a request's paging as EC2 does, before it looks anything up (so a bad MaxResults or
 * NextToken is refused first): MaxResults within the action's bounds, NextToken from a previous
 * page, and the endpoint's `pageSize` capping every page even without MaxResults (so a test
 * proves that a caller follows NextToken).
 */
export function pager(p: Params, action: string, pageSize: number | undefined): Pager {
  const bounds = PAGE_BOUNDS[action] ?? ANY
  const maxText = p.get('MaxResults')
  let limit = Number.POSITIVE_INFINITY
  if (maxText !== undefined) {
    const exclusive = bounds.exclusiveWith
    if (exclusive && p.list(exclusive.param).length > 0)
      throw new Ec2Error(
        'InvalidParameterCombination',
        `The parameter ${exclusive.wire} cannot be used with the parameter maxResults`
      )
    const max = Number(maxText)
    if (!Number.isInteger(max) || max < bounds.min)
      throw new Ec2Error(
        'InvalidParameterValue',
        `Value ( ${maxText} ) for parameter maxResults is invalid. Expecting a value greater than ${bounds.min}.`
      )
    if (max > bounds.max && !bounds.clampAbove)
      throw new Ec2Error(
        'InvalidParameterValue',
        `Value ( ${maxText} ) for parameter maxResults is invalid. Expecting a value less than ${bounds.max}.`
      )
    limit = Math.min(max, bounds.max)
  }
  if (pageSize !== undefined) limit = Math.min(limit, pageSize)
  const tokenText = p.get('NextToken')
  const offset = tokenText ? decodeToken(tokenText, action) : 0
  return <T>(items: T[]) => {
    const page = items.slice(offset, offset + limit)
    const next = offset + page.length
    return {
      page,
      nextToken: next < items.length ? encodeToken({ action, offset: next }) : undefined
    }
  }
}
