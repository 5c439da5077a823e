import { defineConfig } from 'vitest/config';

// Three layers, one run. `npm test` builds the site first; the html and browser layers read
// `dist/`. TZ is pinned so dates format the same on every machine.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'html',
          include: ['test/html/**/*.test.ts'],
          globalSetup: ['test/support/require-build.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/require-build.ts', 'test/support/preview-server.ts'],
          // One Chromium and one preview server on a 2-core machine: run files one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
