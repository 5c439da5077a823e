import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAstroBuild } from '../after-astro-build.mjs';
import { log, machine, now, ROOT, SITE_OUT, TIME_BIN, WORK } from './context';
import { makeProject, measuredBuild } from './measure-build';
import type { Results } from './results';

// build

export async function benchBuild(results: Results): Promise<void> {
  if (!existsSync(TIME_BIN)) log(`${TIME_BIN} is missing (Debian: apt-get install -y time); peak memory comes from /proc polling only`);
  const dir = join(WORK, 'site');
  makeProject(dir);
  rmSync(SITE_OUT, { recursive: true, force: true });
  log('clean build of the site into dist-bench/ …');
  const run = await measuredBuild(dir, SITE_OUT, join(WORK, 'logs', 'build-site.log'));
  if (run.exitCode !== 0) throw new Error('the site build failed; see the log above');
  log(`built ${run.pages} pages in ${run.wallS.toFixed(1)} s`);
  // The rest of `npm run build` (search index, page policies, async scripts, host headers), so the
  // pages measured are the pages deployed; the search index is timed apart from astro build.
  let searchIndexS: number | undefined;
  for (const { label, script } of afterAstroBuild) {
    const started = performance.now();
    const step = spawnSync(process.execPath, [join(ROOT, script)], {
      cwd: ROOT,
      env: { ...process.env, OUT_DIR: SITE_OUT },
      encoding: 'utf8',
    });
    if (step.status !== 0) throw new Error(`${label} failed on dist-bench/: ${step.stderr}`);
    if (label === 'search index') searchIndexS = (performance.now() - started) / 1000;
  }
  results.build = {
    at: now(),
    machine: machine(),
    run,
    ...(searchIndexS !== undefined ? { searchIndexS } : {}),
    timeTool: existsSync(TIME_BIN)
      ? `GNU time ${spawnSync('dpkg-query', ['-W', 'time'], { encoding: 'utf8' }).stdout.split('\t')[1]?.trim() ?? ''}`.trim()
      : 'none (/proc polling only)',
  };
}

export function ensureSiteBuilt(results: Results): Promise<void> | undefined {
  if (existsSync(join(SITE_OUT, 'index.html'))) return undefined;
  log('dist-bench/ is missing: building it first');
  return benchBuild(results);
}
