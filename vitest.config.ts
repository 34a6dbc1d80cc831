import { defineConfig } from 'vitest/config';

// The reliability suites run at CI sizes by default (tests/reliability/support/prng.ts FULL);
// RELIABILITY_FULL=1 runs the larger sizes (a longer outage with more workers, 60 s of load).
export default defineConfig({
  test: {
    include: [
      'tests/**/*.test.ts',
      'graph/**/*.test.ts',
      'server/**/*.test.ts',
      'web/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Request logs would drown the test report; tests that check logging capture them instead.
    env: { REQUEST_LOG: 'off' },
    // Integration tests share one Neo4j; each uses its own graph id, so files may run side by side.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
});
