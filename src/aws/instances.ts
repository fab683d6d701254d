import type { Filter, Instance } from '@aws-sdk/client-ec2'
import { allPages, ec2 } from './clients.js'

/** The instances in `region` that match `filters`, every page. */
export async function describeInstances(region: string, filters: Filter[]): Promise<Instance[]> {
  const { send, sdk } = await ec2(region)
  const pages = await allPages(token =>
    send(
      new sdk.DescribeInstancesCommand({ Filters: filters, ...(token ? { NextToken: token } : {}) })
    )
  )
  return pages.flatMap(p => (p.Reservations ?? []).flatMap(r => r.Instances ?? []))
}
