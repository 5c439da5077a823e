import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFolder } from './build-cache-folder.mjs';

/**
 * A content-keyed cache for the build's costly outputs (chart SVGs, preview PNGs), kept on disk
 * between builds. A key is the hash of everything the output depends on, including a hash of the
 * drawing code itself, so an entry is never stale: when anything changes the key changes and the
 * old entry is simply not read again. There is no invalidation to get wrong.
 *
 * Where: `TL_BUILD_CACHE` (a folder, or `off`), else node_modules/.cache/tariff-ledger/. Only
 * production builds use the default folder; in dev, code changes arrive through hot reload and
 * must show at once. Naming a folder turns the cache on anywhere (the tests do).
 *
 * Every entry a build reads or writes gets a fresh modification time; after a complete build the
 * site's integration (astro.config.mjs) removes the entries older than the build
 * (build-cache-folder.mjs), so the cache holds one site's drawings, not every version's.
 */
const folder = cacheFolder();
// `import.meta.env` is Vite's: absent when a plain Node script imports this file.
const enabled = folder !== undefined && (import.meta.env?.PROD === true || Boolean(process.env.TL_BUILD_CACHE));
const dir = folder ?? '';

/** Folders and files whose code draws charts and pictures: any edit there changes every key. */
const CODE = ['src/charts', 'src/schemas', 'src/shared', 'src/site', 'src/styles', 'package-lock.json'];

let codeVersion: string | undefined;

/** How many outputs this build made and how many it read back: printed once, for the bench. */
const stats = { made: 0, reused: 0 };
if (enabled) {
  process.on('exit', () => {
    if (stats.made + stats.reused) console.log(`[build-cache] ${stats.made} made, ${stats.reused} reused (${dir})`);
  });
}

/** Hash of the drawing code and the installed libraries' versions (through package-lock.json). */
function code(): string {
  if (codeVersion) return codeVersion;
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else {
      hash.update(path);
      hash.update(readFileSync(path));
    }
  };
  for (const path of CODE) add(join(process.cwd(), path));
  codeVersion = hash.digest('hex');
  return codeVersion;
}

/** JSON with Maps, Sets and Dates spelled out, so two different models never hash alike. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { map: [...v.entries()] };
    if (v instanceof Set) return { set: [...v] };
    if (typeof v === 'function') return `fn:${v.toString()}`;
    return v;
  });
}

/** Shard folders this process has made sure exist (one mkdir each, not one per entry). */
const shards = new Set<string>();

const modelHashes = new WeakMap<object, string>();

/** Hash of a chart model, computed once per model object (models are shared across pages). */
export function modelHash(model: unknown): string {
  if (typeof model !== 'object' || model === null) return createHash('sha256').update(stable(model)).digest('hex');
  let hash = modelHashes.get(model);
  if (!hash) {
    hash = createHash('sha256').update(stable(model)).digest('hex');
    modelHashes.set(model, hash);
  }
  return hash;
}

/** The cache key for `parts` (any JSON-able values) under the current drawing code. */
export function cacheKey(kind: string, ...parts: unknown[]): string {
  return createHash('sha256')
    .update(`${kind}\n${code()}\n${stable(parts)}`)
    .digest('hex');
}

/** Returns the cached output for `key`, or makes it with `make` and stores it. */
export function cached<T extends string | Buffer>(key: string, ext: 'svg' | 'png', make: () => T): T {
  if (!enabled) return make();
  const file = join(dir, key.slice(0, 2), `${key}.${ext}`);
  try {
    const data = readFileSync(file);
    // Marks the entry as used by this build, so the clean-up after it keeps the entry.
    const now = new Date();
    utimesSync(file, now, now);
    stats.reused++;
    return (ext === 'png' ? data : data.toString('utf8')) as T;
  } catch {
    // Not cached yet (or removed by another build's clean-up since): made below.
  }
  const out = make();
  stats.made++;
  try {
    const shard = join(dir, key.slice(0, 2));
    if (!shards.has(shard)) {
      mkdirSync(shard, { recursive: true });
      shards.add(shard);
    }
    // Write then rename, so a build running alongside never reads half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, out);
    renameSync(tmp, file);
  } catch {
    // A read-only or full disk costs only the cache, never the build.
  }
  return out;
}
