import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { log, machine, now, PAGES, WORK } from './context';
import { makeProject, measuredBuild } from './measure-build';
import type { BuildRun, RebuildSection, Results } from './results';
import { syntheticStories } from './scale';

// rebuild: the content-keyed drawing cache (src/site/build-cache.ts) at work

/** "[build-cache] 12 made, 30 reused" from a build log. */
function cacheLine(logFile: string): { made: number; reused: number } | undefined {
  const match = /\[build-cache\] (\d+) made, (\d+) reused/.exec(readFileSync(logFile, 'utf8'));
  return match ? { made: Number(match[1]), reused: Number(match[2]) } : undefined;
}

/**
 * Three builds of one throwaway project, each keeping the previous one's caches (Astro's, Vite's
 * and the drawing cache): clean (all caches empty), warm (nothing changed) and after a sentence is
 * added to the lead essay's prose. With `synthetic` > 0 that many synthetic stories are added.
 */
export async function benchRebuild(results: Results, synthetic: number): Promise<void> {
  const dir = join(WORK, `rebuild-${synthetic}`);
  makeProject(dir);
  for (const [name, text] of syntheticStories(synthetic)) writeFileSync(join(dir, 'content/stories', name), text);
  const outDir = join(dir, 'dist');
  const cacheDir = join(dir, '.build-cache');
  const runs: Record<string, BuildRun & { cache?: { made: number; reused: number } }> = {};
  const build = async (label: string) => {
    const logFile = join(WORK, 'logs', `rebuild-${synthetic}-${label}.log`);
    log(`rebuild (${synthetic} synthetic): ${label} build …`);
    const run = await measuredBuild(dir, outDir, logFile, { cacheDir });
    const cache = cacheLine(logFile);
    runs[label] = { ...run, ...(cache ? { cache } : {}) };
    log(
      `rebuild ${label}: ${run.wallS.toFixed(1)} s wall, ${run.cpuS?.toFixed(1) ?? '?'} s CPU${cache ? `, ${cache.made} drawings made, ${cache.reused} reused` : ''}`,
    );
  };
  await build('clean');
  await build('warm');
  const slug = PAGES.essay.split('/').filter(Boolean).pop() as string;
  const story = readdirSync(join(dir, 'content/stories')).find((n) => n.startsWith(`${slug}.`)) as string;
  const path = join(dir, 'content/stories', story);
  const text = readFileSync(path, 'utf8');
  // A sentence of plain prose after the front matter's first paragraph: no number, no component.
  const at = text.indexOf('\n\n', text.indexOf('---', 3) + 3) + 2;
  writeFileSync(path, `${text.slice(0, at)}This sentence was added to measure a rebuild after a small edit.\n\n${text.slice(at)}`);
  await build('prose-edit');
  results.rebuild ??= {};
  results.rebuild[String(synthetic)] = {
    at: now(),
    machine: machine(),
    synthetic,
    edited: `content/stories/${story}`,
    runs,
  } satisfies RebuildSection;
}
