import { defineConfig } from 'vitest/config';

/** Pure code beside its module: no Java, no Neo4j, no browser (`npm run test:unit`). */
const UNIT = [
  'common/**/*.test.ts',
  'graph/**/*.test.ts',
  'server/**/*.test.ts',
  'web/**/*.test.ts',
  'seeds/**/*.test.ts',
  'bench/**/*.test.ts',
];

// Two projects: `unit` runs in seconds anywhere; `integration` talks to a real Neo4j (one
// ephemeral local instance for the run, or NEO4J_URI), a real HTTP server and a real Chromium.
// The reliability suites run at CI sizes by default (tests/reliability/support/prng.ts FULL);
// RELIABILITY_FULL=1 runs the larger sizes (a longer outage with more workers, 60 s of load).
export default defineConfig({
  test: {
    exclude: ['**/node_modules/**'],
    // Request logs would drown the test report; tests that check logging capture them instead.
    env: { REQUEST_LOG: 'off' },
    // Integration tests share one Neo4j; each uses its own graph id, so files may run side by side.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
