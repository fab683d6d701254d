/** A time the test bed accepts: milliseconds since the epoch, an ISO 8601 string or a Date. */
export type TimeInput = number | string | Date

export function toMillis(time: TimeInput): number {
  const ms =
    time instanceof Date ? time.getTime() : typeof time === 'string' ? Date.parse(time) : time
  if (!Number.isFinite(ms)) throw new Error(`not a time: ${String(time)}`)
  return ms
}

/** ISO 8601 with milliseconds, as EC2 writes its dates. */
export function isoTime(time: TimeInput): string {
  return new Date(toMillis(time)).toISOString()
}

/**
 * The time every test bed server records and compares against. It follows the real time until a
 * test sets or advances it; from then on it stands still, so a test decides when an image becomes
 * available or deprecated instead of sleeping through a wall-clock window.
 */
export class Clock {
  private fixed: number | undefined

  now(): number {
    return this.fixed ?? Date.now()
  }

  iso(): string {
    return isoTime(this.now())
  }

  /** Stops the clock at `time`. */
  set(time: TimeInput): void {
    this.fixed = toMillis(time)
  }

  /** Moves the clock on by `ms` (and stops it there, if it was following the real time). */
  advance(ms: number): void {
    this.fixed = this.now() + ms
  }

  /** Follows the real time again. */
  useRealTime(): void {
    this.fixed = undefined
  }

  get isReal(): boolean {
    return this.fixed === undefined
  }
}
