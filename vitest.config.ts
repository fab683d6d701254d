import { defineConfig } from 'vitest/config'

/**
 * Two layers of the action's tests: `unit` (pure code, tables of cases, seconds: no program, no
 * disk but the committed fixtures, no network) and `integration` (real programs, temporary files
 * and real servers on loopback: Packer, Ansible, sshd, the test bed's endpoints, the bundle).
 * The third project, `testbed`, is the test bed's own tests, with their own config beside them.
 * `npm test` runs all three; `npm run test:unit`, `test:integration` and `test:testbed` run one.
 */
export default defineConfig({
  test: {
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    // Integration tests start real servers and real programs on a 2-core machine.
    maxWorkers: 2,
    setupFiles: ['testbed/scratch.ts'],
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
      },
      'testbed/vitest.config.ts'
    ]
  }
})
