import { defineConfig } from 'vitest/config';

// Projects: core (pure unit tests), server (HTTP app against a real database),
// web (front-end units such as catalogue completeness), e2e (built app in Chromium).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'core', include: ['src/core/**/*.test.ts', 'src/contract/**/*.test.ts'] } },
      {
        test: {
          name: 'server',
          include: ['src/server/**/*.test.ts', 'tests/server/**/*.test.ts'],
          exclude: ['tests/server/multi-process/**'],
          globalSetup: ['tests/server/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      // Several real Facto processes on one PostgreSQL (TEST_DATABASE_URL required): sessions,
      // caches, rate limits and jobs across processes, a worker killed mid-job, the database
      // going away. One file at a time: each starts its own processes.
      {
        test: {
          name: 'multiprocess',
          include: ['tests/server/multi-process/**/*.test.ts'],
          globalSetup: ['tests/server/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          pool: 'forks',
          fileParallelism: false,
        },
      },
      {
        // Only on a Citus coordinator (TEST_DATABASE_URL, `npm run test:citus`): what sharding
        // must hold, and the generic tests that prove tenancy there.
        test: {
          name: 'citus',
          include: [
            'tests/citus/**/*.test.ts',
            'tests/server/access-matrix.test.ts',
            'tests/server/bad-input.test.ts',
            'tests/server/numbering-concurrency.test.ts',
          ],
          globalSetup: ['tests/server/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          pool: 'forks',
        },
      },
      { test: { name: 'web', include: ['src/web/**/*.test.{ts,tsx}'] } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A page under a loaded machine may take seconds to answer: polls wait up to 10 s.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
