// The environment `npm run build` runs Astro in (scripts/build.mjs), shared with the bench
// (scripts/bench/measure-build.ts) so that it measures the same build.
//
// Allocator settings, not limits: at 500 stories most of a build's peak memory is outside
// JavaScript's heap, in memory the bundler (Rolldown, which allocates with mimalloc) and the
// native libraries have freed but not handed back to the system. MIMALLOC_PURGE_DELAY=0 makes
// mimalloc return freed pages at once instead of after a delay that a busy bundler keeps
// postponing; MALLOC_ARENA_MAX=2 keeps glibc from giving each of the dozen threads (libuv, V8,
// Rolldown) an arena of its own that stays mapped. Measured on a clean 500-story build: peak
// 1209 MiB with neither, 1038 with the first, 972 with both, at the same CPU time. Nothing
// here caps the heap, so a larger site builds slower, never fails for it.
//
// For the same reason Node runs Astro with --heap-growing-percent=40: after each full collection
// V8 lets the heap grow to 1.4 times what is live, instead of up to 4 times when collections are
// quick, which a build's bursts of garbage (compiling 500 stories, then loading their pages)
// turn into hundreds of MB of dead objects at the peak. It sets a growth rate, not a limit.
// Measured on the same build (1 s samples of the process): peak 1021 MiB without, 940 with.

/** Node options for the process that runs `astro build`. */
export const nodeFlags = ['--heap-growing-percent=40'];

/** @type {Record<string, string>} */
export const allocatorSettings = { MIMALLOC_PURGE_DELAY: '0', MALLOC_ARENA_MAX: '2' };

/**
 * `env` with the allocator settings added; a value already set in `env` wins.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {NodeJS.ProcessEnv}
 */
export function buildEnv(env = process.env) {
  return { ...allocatorSettings, ...env };
}
