// Where the build cache (src/site/build-cache.ts) lives, and the clean-up after a build. Plain
// JavaScript with JSDoc types: it is read by the Astro config (whose integration removes what a
// build did not use) and by the cache itself alike.
import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The cache folder: `TL_BUILD_CACHE` (a folder), else node_modules/.cache/tariff-ledger/ of the
 * project being built; undefined when `TL_BUILD_CACHE=off`.
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | undefined}
 */
export function cacheFolder(env = process.env) {
  const setting = env.TL_BUILD_CACHE;
  if (setting === 'off') return undefined;
  return setting || join(process.cwd(), 'node_modules/.cache/tariff-ledger');
}

/**
 * Removes every entry not used since `since` (ms since the epoch): a build touches each entry it
 * reads or writes, so after a complete build whatever is older belongs to charts, views or code
 * that no longer exist. Without this the cache grows by a full set of drawings with every edit
 * to the drawing code. Only run after a build that finished: an interrupted one has not yet
 * touched what its remaining pages need. Returns how many entries went.
 * @param {string} folder
 * @param {number} since
 * @returns {number}
 */
export function evictUnused(folder, since) {
  let removed = 0;
  /** @type {string[]} */
  let shards;
  try {
    shards = readdirSync(folder);
  } catch {
    return 0; // no cache yet
  }
  for (const shard of shards) {
    const path = join(folder, shard);
    /** @type {string[]} */
    let names;
    try {
      names = readdirSync(path);
    } catch {
      continue; // not a folder
    }
    for (const name of names) {
      const file = join(path, name);
      try {
        if (statSync(file).mtimeMs < since) {
          unlinkSync(file);
          removed++;
        }
      } catch {
        // gone already: another build cleaned up too
      }
    }
    try {
      if (!readdirSync(path).length) rmdirSync(path);
    } catch {
      // another build wrote into it meanwhile
    }
  }
  return removed;
}
