import { defineConfig } from 'vitest/config';

// One runner for every package. Tests that need MariaDB are named *.mysql.test.ts;
// browser behaviour is proved by the Playwright specs in e2e/, not here.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', root: 'packages/domain', environment: 'node' } },
      { test: { name: 'db-schema', root: 'packages/db-schema', environment: 'node' } },
      {
        test: {
          name: 'sync-server',
          root: 'apps/sync-server',
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      { test: { name: 'web', root: 'apps/web', environment: 'node' } },
    ],
    passWithNoTests: false,
  },
});
