/**
 * How long a browser test waits for the page to reach a state (`expect.poll`). Vitest's default,
 * one second, is shorter than a page upgrade takes on a 2-core machine shared with a build, so a
 * correct page failed as a flake. A poll returns as soon as it passes: only a real failure waits
 * this long. Set for every browser test in vitest.config.ts.
 */
export const POLL_TIMEOUT = 15_000;

/** How often a poll looks again. */
export const POLL_INTERVAL = 100;
