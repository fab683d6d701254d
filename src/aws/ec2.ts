import type { EC2Client } from '@aws-sdk/client-ec2'

type Sdk = typeof import('./sdk.js')

let sdk: Promise<Sdk> | undefined
const clients = new Map<string, EC2Client>()

/**
 * The SDK is loaded on the first AWS call only: it is most of the action's start-up cost,
 * and runs that skip, install or validate never need it.
 */
export function loadSdk(): Promise<Sdk> {
  sdk ??= import('./sdk.js')
  return sdk
}

/**
 * One client per region, with adaptive retries (client-side rate limiting on throttling).
 * The endpoint comes from the SDK's own configuration (AWS_ENDPOINT_URL_EC2 and friends).
 */
export async function ec2(region: string): Promise<{ client: EC2Client; sdk: Sdk }> {
  const loaded = await loadSdk()
  let client = clients.get(region)
  if (!client) {
    client = new loaded.EC2Client({ region, retryMode: 'adaptive', maxAttempts: 10 })
    clients.set(region, client)
  }
  return { client, sdk: loaded }
}

/** Closes every client's sockets, so the process can exit at once. */
export function closeClients(): void {
  for (const client of clients.values()) client.destroy()
  clients.clear()
}
