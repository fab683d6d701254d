import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

/**
 * The test bed's own tests: that its fakes answer as the real services do, through the real AWS
 * SDK, Octokit, Packer and ssh. They start real servers on loopback, so they take the integration
 * layer's timeouts. The root `vitest.config.ts` runs them as the project `testbed` with the rest
 * (`npm test`); `npm run test:testbed` runs them alone.
 */
export default defineConfig({
  test: {
    name: 'testbed',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['__tests__/**/*.test.ts'],
    setupFiles: ['scratch.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000
  }
})
