/**
 * `npm run bench`: measures the site and writes BENCHMARKS.md. It reports; it never fails on a
 * number. Sections (all by default; pick some with --only=build,bytes,browser,lighthouse,scale):
 *
 *   build       clean `astro build` of the site: wall time, CPU time, peak memory
 *   bytes       HTML, CSS and JS per page type, raw and gzip
 *   browser     Chromium at 4× CPU slow-down, then also at slow 4G: chart visible, first interaction answered
 *   lighthouse  Lighthouse scores for the home page, an essay, a chart page and an embed
 *   scale       builds with 10, 100 and 500 synthetic stories (--sizes=10,100 to choose)
 *   rebuild     clean, warm and after a prose edit, with the caches kept (--rebuild-sizes=0,100:
 *               synthetic stories added; default 0). Not in the default set: run it by name.
 *   dev         `astro dev` on port 4419: from saving a story to the browser showing it (by name)
 *
 * Options: --cpu-prof (scale: V8 CPU profiles under .bench/profiles/), --runs=N (browser runs per page, default 5), --foreground (never move a long scale
 * build to the background), --background-after=S (the estimate, in seconds, above which a scale
 * build moves to the background; default 900).
 *
 * Builds run in throwaway projects under .bench/ (symlinks to src/, node_modules/, public/… and
 * a copy of content/) with their own Astro and Vite caches, so a bench run never touches dist/,
 * the shared caches in node_modules/.astro and node_modules/.vite, or anyone's work in progress.
 * The site build lands in dist-bench/. Every section's numbers are kept in a comment at the end
 * of BENCHMARKS.md, so running one section again keeps the others. The `time` package (GNU time,
 * for peak memory) is used when installed; without it memory comes from /proc polling alone.
 */
import { mkdirSync } from 'node:fs';
import { relative } from 'node:path';
import { benchBrowser } from './bench/browser';
import { benchBuild, ensureSiteBuilt } from './bench/build';
import { benchBytes } from './bench/bytes';
import { BACKGROUND_AFTER_S, log, machine, now, REPORT, ROOT, WORK } from './bench/context';
import { benchDevLoop } from './bench/dev-loop';
import { benchLighthouse } from './bench/lighthouse';
import { benchRebuild } from './bench/rebuild';
import { writeReport } from './bench/report';
import { loadResults } from './bench/results';
import { backgroundSizes, benchScale, startBackground } from './bench/scale';

async function main() {
  const args = process.argv.slice(2);
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const only = new Set((option('only') ?? 'build,bytes,browser,lighthouse,scale').split(','));
  const sizes = (option('sizes') ?? '10,100,500').split(',').map(Number);
  const runs = Number(option('runs') ?? 5);
  const isChild = args.includes('--background-child');
  const backgroundAfterS = Number(option('background-after') ?? BACKGROUND_AFTER_S);
  mkdirSync(WORK, { recursive: true });

  const results = loadResults();
  results.at = now();
  results.machine = machine(results.browser?.machine.chromium);
  if (only.has('build')) await benchBuild(results);
  if (only.has('bytes') || only.has('browser') || only.has('lighthouse')) await ensureSiteBuilt(results);
  if (only.has('bytes')) benchBytes(results);
  writeReport(results);
  if (only.has('browser')) {
    await benchBrowser(results, runs);
    results.machine = machine(results.browser?.machine.chromium);
    writeReport(results);
  }
  if (only.has('lighthouse')) {
    await benchLighthouse(results);
    writeReport(results);
  }
  if (only.has('rebuild')) {
    for (const n of (option('rebuild-sizes') ?? '0').split(',').map(Number)) {
      await benchRebuild(results, n);
      writeReport(results);
    }
  }
  if (only.has('dev')) {
    await benchDevLoop(results, 5);
    writeReport(results);
  }
  if (only.has('scale'))
    await benchScale(results, sizes, {
      foreground: args.includes('--foreground'),
      isChild,
      backgroundAfterS,
      cpuProf: args.includes('--cpu-prof'),
    });
  if (isChild && results.scale) {
    // This run was the background half: its sizes are no longer pending.
    for (const row of Object.values(results.scale.rows)) delete row.pending;
  }
  writeReport(results);
  log(`wrote ${relative(ROOT, REPORT)}`);
  if (backgroundSizes.length) startBackground(backgroundSizes);
}

await main();
