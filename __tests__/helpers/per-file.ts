import { afterAll, beforeAll, beforeEach } from 'vitest'

/**
 * One `what` for a test file: started before its tests, reset before each test, closed after
 * them, pass or fail. The value stands for it once it is started (it is read when a test uses
 * it, not when the file is loaded).
 */
export function perFile<T extends { close(): Promise<void> }>(
  what: string,
  start: () => Promise<T>,
  reset: (started: T) => void
): T {
  let started: T | undefined
  beforeAll(async () => {
    started = await start()
  })
  afterAll(async () => {
    await started?.close()
  })
  beforeEach(() => {
    if (started) reset(started)
  })
  return new Proxy({} as T, {
    get: (_, key): unknown => {
      if (!started) throw new Error(`the ${what} is used before it started`)
      return Reflect.get(started, key)
    }
  })
}
