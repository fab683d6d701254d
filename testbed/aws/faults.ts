/** One request as an endpoint saw it. */
export interface LoggedRequest<P = Record<string, string>> {
  action: string
  /** The SigV4 region it was signed for ('' when unsigned). */
  region: string
  params: P
  /** The error code answered, if any. */
  error: string | undefined
  /** Accepted and never answered (hangNext). */
  hung: boolean
}

/** The faults every endpoint can inject: a throttle, an outage. */
export type FaultKind = 'throttle' | 'unavailable'

interface FailRule<P> {
  count: number
  kind: FaultKind
  when: ((params: P, region: string) => boolean) | undefined
}

/** What to do with a request instead of answering it normally. */
export type Fault = { fail: FaultKind } | 'hang' | { hold: Promise<void> } | undefined

/**
 * Faults planned by a test, per action: failures (optionally only of requests that match),
 * requests left unanswered, and hooks that run just before the next answer.
 */
export class FaultPlan<P> {
  private readonly failures = new Map<string, FailRule<P>[]>()
  private readonly hangs = new Map<string, number>()
  private readonly hooks = new Map<string, () => void>()
  private readonly holds = new Map<string, Promise<void>>()
  /** How long every call waits before it is answered, as a region's API does over the network. */
  latencyMs = 0

  /** Fails the next `count` calls of `action` (those for which `when`, given the SigV4 region, is true). */
  failNext(
    action: string,
    count: number,
    kind: FaultKind,
    when?: (params: P, region: string) => boolean
  ): void {
    const rules = this.failures.get(action) ?? []
    rules.push({ count, kind, when })
    this.failures.set(action, rules)
  }

  /** Accepts the next `count` calls of `action` and never answers them. */
  hangNext(action: string, count: number): void {
    this.hangs.set(action, (this.hangs.get(action) ?? 0) + count)
  }

  /** Does the next call of `action`, and answers it only once `until` settles (a slow answer). */
  holdNext(action: string, until: Promise<void>): void {
    this.holds.set(action, until)
  }

  /** Runs `hook` once, just before the next call of `action` is answered. */
  beforeNext(action: string, hook: () => void): void {
    this.hooks.set(action, hook)
  }

  /** Decides the fate of one request, consuming what it uses of the plan. */
  take(action: string, params: P, region = ''): Fault {
    const hangs = this.hangs.get(action) ?? 0
    if (hangs > 0) {
      this.hangs.set(action, hangs - 1)
      return 'hang'
    }
    const rule = this.failures
      .get(action)
      ?.find(r => r.count > 0 && (r.when === undefined || r.when(params, region)))
    if (rule) {
      rule.count--
      return { fail: rule.kind }
    }
    const hook = this.hooks.get(action)
    this.hooks.delete(action)
    hook?.()
    const hold = this.holds.get(action)
    this.holds.delete(action)
    return hold && { hold }
  }

  clear(): void {
    this.failures.clear()
    this.hangs.clear()
    this.hooks.clear()
    this.holds.clear()
    this.latencyMs = 0
  }
}
