import { defineConfig } from 'vitest/config';
import { POLL_INTERVAL, POLL_TIMEOUT } from './test/support/timeouts.ts';

// Five layers, one run, one report (test-results/vitest.json, which .ci/run reads):
//   unit         fixtures and source code only, seconds: the loop to run while working
//   content      the committed sources, datasets and stories: fails when a data edit breaks a promise
//   integration  real builds, the ingest and build-data CLIs, tsc over AUTHORING.md, fuzzing
//   html         dist/ parsed with linkedom        browser  Chromium against `astro preview` of dist/
// `npm test` builds dist/ once; the html and browser layers both read that one build. The layers
// run in three groups, one after another (sequence.groupOrder): unit, content and html together
// (light, CPU only), then integration (each file a build or a CLI), then the browser on its own,
// so Chromium's timings are not taken while a build holds both cores. TZ is pinned so dates
// format the same on every machine.
process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'content',
          sequence: { groupOrder: 0 },
          include: ['test/content/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['test/integration/**/*.test.ts'],
          // Each file starts builds or CLIs of its own; on a 2-core machine two at once only fight.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'html',
          sequence: { groupOrder: 0 },
          include: ['test/html/**/*.test.ts'],
          // Some tests parse every built page (175 of them); on a loaded 2-core machine that took
          // longer than the 5-second default, and a correct site failed.
          testTimeout: 60_000,
          globalSetup: ['test/support/require-build.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          sequence: { groupOrder: 2 },
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/require-build.ts', 'test/support/preview-server.ts', 'test/support/browser-server.ts'],
          // One Chromium (started once, each file connects to it) and one preview server on a 2-core
          // machine: run files one after another.
          fileParallelism: false,
          // All files in one worker process, which loads vitest and playwright once instead of once
          // per file (half a second each). The files share no state: each connects to the browser
          // in beforeAll and closes what it opened in afterAll; nothing is mocked.
          isolate: false,
          // Tests marked concurrent (the per-page sweeps in gates and a11y, the scrolly's walks) run
          // up to four at once, each in its own page: a page mostly waits (for the network to go
          // idle, for a frame), and four keep both cores busy where one left them idle.
          maxConcurrency: 4,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: POLL_TIMEOUT, interval: POLL_INTERVAL } },
        },
      },
    ],
  },
});
