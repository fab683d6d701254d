import { defineConfig } from 'vitest/config'

/**
 * Two layers: `unit` (pure code, tables of cases, seconds) and `integration` (real programs and
 * real servers on loopback: Packer, Ansible, sshd, the test bed's EC2 endpoint, the bundle).
 * `npm test` runs both; `npm run test:unit` runs the first.
 */
export default defineConfig({
  test: {
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    // Integration tests start real servers and real programs on a 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['__tests__/unit/**/*.test.ts'], testTimeout: 10_000 }
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['__tests__/integration/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000
        }
      }
    ]
  }
})
