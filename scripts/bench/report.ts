import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { addSize as add, type Size } from '../support/page-weight';
import { median } from './browser';
import { CPU_SLOWDOWN, REPORT, SLOW_4G } from './context';
import { type BrowserRun, type BrowserSection, type BuildRun, DATA_MARK, type Machine, type Results, type ScaleRow } from './results';

// BENCHMARKS.md

export const kb = (n: number) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);
export const both = (s: Size) => (s.raw ? `${kb(s.raw)} / ${kb(s.gz)}` : '–');
export const ms = (n: number | null) => (n === null ? '–' : `${Math.round(n)}`);
export const busy = (m: Machine) => (m.load === undefined ? '' : ` (load average ${m.load} on ${m.cores} cores when it started)`);
export const perPage = (s: number | undefined, pages: number) => (s === undefined || !pages ? '–' : `${Math.round((s * 1000) / pages)} ms`);
export const mib = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : `${Math.round(n)} MiB`);
export const machineLine = (m: Machine) =>
  `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory, Node ${m.node}${m.chromium ? `, Chromium ${m.chromium}` : ''}`;

export function render(results: Results): string {
  const out: string[] = [];
  const m = results.machine;
  out.push('# Benchmarks', '');
  out.push(
    'Written by `npm run bench` (scripts/bench.ts, one file per section in scripts/bench/). These are measurements, not checks: nothing here fails a build. Run it again after a change that could move a number; `npm run bench -- --only=bytes,browser` re-measures some sections and keeps the others.',
    '',
  );
  if (m) out.push(`Machine: ${machineLine(m)}. Last run ${results.at}.`, '');
  out.push(
    'The machine is a shared 2-core virtual machine; other builds and test runs may have been running at the same time, so treat differences of less than about 20 % as noise.',
    '',
  );

  const b = results.build;
  out.push('## Clean build', '');
  if (b) {
    out.push(
      `Measured ${b.at}${busy(b.machine)}. A clean \`astro build\` (no output folder, empty Astro, Vite and drawing caches) of the site as it is in the working tree, in a throwaway project under \`.bench/\`. Memory: ${b.timeTool}. On a busy machine the CPU time is steadier than the wall time.`,
      '',
    );
    out.push('| | |', '|---|---|');
    out.push(`| pages built | ${b.run.pages} |`);
    out.push(`| wall time | ${b.run.wallS.toFixed(1)} s |`);
    if (b.run.cpuS !== undefined) out.push(`| CPU time (user + system) | ${b.run.cpuS.toFixed(1)} s |`);
    out.push(`| peak memory, largest process (max RSS from GNU time) | ${mib(b.run.maxRssMiB)} |`);
    out.push(`| peak memory, whole process tree (summed RSS, sampled every 100 ms) | ${mib(b.run.treeRssMiB)} |`);
    if (b.searchIndexS !== undefined)
      out.push(`| search index (Pagefind, the second step of \`npm run build\`) | ${b.searchIndexS.toFixed(1)} s |`);
    out.push('');
  } else out.push('Not measured yet.', '');

  const bytes = results.bytes;
  out.push('## Bytes per page type', '');
  if (bytes) {
    out.push(
      `Measured ${bytes.at} on \`dist-bench/\`. Each cell is raw / gzip (zlib level 6, each file compressed on its own). HTML is the whole document, including the inline styles and scripts that are also shown on their own. CSS and JS files are those the page's \`<link rel=stylesheet>\` and \`<script src>\` name, plus the modules they import; JSON data islands (\`<script type="application/json">\`) count as HTML, not JS.`,
      '',
    );
    out.push(
      '| page | HTML | inline CSS | inline JS | CSS files | JS files | all JS | total transferred |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const [type, p] of Object.entries(bytes.pages)) {
      const js = add(p.inlineJs, p.jsFiles);
      const total = add(add(p.html, p.cssFiles), p.jsFiles);
      out.push(
        `| ${type} \`${p.path}\` | ${both(p.html)} | ${both(p.inlineCss)} | ${both(p.inlineJs)} | ${both(p.cssFiles)} | ${both(p.jsFiles)} | ${both(js)} | ${both(total)} |`,
      );
    }
    const lazy = Object.entries(bytes.pages).filter(([, p]) => p.lazyJs.raw);
    out.push('');
    if (lazy.length) out.push(`Loaded later, on demand: ${lazy.map(([t, p]) => `${t} ${both(p.lazyJs)}`).join('; ')}.`, '');
    out.push('The design target for a page with one interactive chart is about 4.7 KB of JS, gzip.', '');
    out.push('Files per page:', '');
    for (const [type, p] of Object.entries(bytes.pages))
      out.push(`- ${type}: ${p.files.length ? p.files.map((f) => `\`${f}\``).join(', ') : 'none'}`);
    out.push('');
  } else out.push('Not measured yet.', '');

  const br = results.browser;
  out.push(`## Chart visible and first interaction (${CPU_SLOWDOWN}× CPU slow-down)`, '');
  if (br) {
    out.push(
      `Measured ${br.at}${busy(br.machine)} with ${br.machine.chromium ? `Chromium ${br.machine.chromium}` : 'Chromium'} (headless, playwright-core) against \`astro preview\` on loopback, CPU slowed ${CPU_SLOWDOWN}× with the DevTools protocol (\`Emulation.setCPUThrottlingRate\`), no network throttling, a fresh browser context (empty cache) per run, one warm-up run then ${br.pages.essay?.runs.length ?? '?'} measured runs; median and range in milliseconds from the start of navigation.`,
      '',
      'How:',
      '',
      "- **chart visible**: a script added before the page's own (`addInitScript`) observes every chart SVG with an IntersectionObserver as the parser inserts it. The first entry that intersects the viewport gives the time of the rendering step of the frame that first paints the chart (the other-width rendering, hidden with `display: none`, never intersects). Element Timing is not used: it reports images and text, not SVG.",
      "- **first interaction answered**: from the moment the chart is visible, the bench presses ArrowRight (alternating with ArrowLeft) through the DevTools protocol, round after round, focusing the chart between presses (it only becomes focusable once its script has run; keys pressed before that do nothing). The time is the first frame after the readout text changed inside a key's dispatch (listeners on `window` in the capture and bubble phases bracket the chart's handler; readout changes caused by scrolling are not counted). It measures when a reader can first use the chart, to within one round of key presses (the median gap between presses is the last column).",
      "- **key → frame**: for that key, from the key event's timestamp to the frame that shows the new readout.",
      '- **script ready**: when the `tl-chart` custom element was defined. **FCP**: first contentful paint.',
      '',
      `Viewports: ${Object.entries(br.viewport)
        .map(([t, v]) => `${t} ${v}`)
        .join(
          ', ',
        )}. The essay is opened at its first figure (\`${br.pages.essay?.url ?? ''}\`): at the top of the page that figure is below the fold.`,
      '',
    );
    out.push(...browserTable(br));
  } else out.push('Not measured yet.', '');
  const slow = results.browserSlow4g;
  out.push(`## Chart visible and first interaction (${CPU_SLOWDOWN}× CPU slow-down and slow 4G)`, '');
  if (slow) {
    out.push(
      `Measured ${slow.at}${busy(slow.machine)}, as above, with the network also throttled through the DevTools protocol (\`Network.emulateNetworkConditions\`) to Lighthouse's slow 4G: ${SLOW_4G.latency} ms of latency per request (150 ms RTT × 3.75), ${((SLOW_4G.downloadThroughput * 8) / 1024).toFixed(0)} kbit/s down, ${((SLOW_4G.uploadThroughput * 8) / 1024).toFixed(0)} kbit/s up. Every request after the HTML that blocks rendering costs at least one more latency.`,
      '',
    );
    out.push(...browserTable(slow));
  } else out.push('Not measured yet.', '');

  const lh = results.lighthouse;
  out.push('## Lighthouse', '');
  if (lh) {
    out.push(
      `Measured ${lh.at}${busy(lh.machine)}${lh.version ? ` with Lighthouse ${lh.version}` : ''} (npm \`lighthouse\` + \`chrome-launcher\`, run under the project's Node ${lh.machine.node}, \`CHROME_PATH=${process.env.CHROME_PATH ?? '/usr/bin/chromium'}\`, flags \`--headless --no-sandbox --disable-gpu\`), one run per page, Lighthouse's default mobile settings (simulated slow 4G and 4× CPU slow-down), against \`astro preview\`.`,
      '',
    );
    if (lh.error) out.push(`Lighthouse could not run: ${lh.error}`, '');
    out.push(
      '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |',
      '|---|---|---|---|---|---|---|---|---|',
    );
    for (const [type, p] of Object.entries(lh.pages)) {
      if (p.error) {
        out.push(`| ${type} \`${p.url}\` | failed: ${p.error.replace(/\|/g, '\\|')} | | | | | | | |`);
        continue;
      }
      const s = p.scores ?? {};
      const mtr = p.metrics ?? {};
      out.push(
        `| ${type} \`${p.url}\` | ${s.performance ?? '–'} | ${s.accessibility ?? '–'} | ${s['best-practices'] ?? '–'} | ${s.seo ?? '–'} | ${mtr['first-contentful-paint']} | ${mtr['largest-contentful-paint']} | ${mtr['total-blocking-time']} | ${mtr['cumulative-layout-shift']} |`,
      );
    }
    out.push('');
    const lost = Object.entries(lh.pages).filter(([, p]) => p.lost?.length);
    if (lost.length) {
      out.push('Audits that cost points (score below 0.9):', '');
      for (const [type, p] of lost) out.push(`- ${type}: ${(p.lost ?? []).join(', ')}`);
      out.push('');
    }
  } else out.push('Not measured yet.', '');

  const sc = results.scale;
  out.push('## Scale: build cost against the number of stories', '');
  if (sc) {
    out.push(
      `Measured ${sc.at}${busy(sc.machine)}. Synthetic stories are added to the real ones in a throwaway copy of \`content/\`. Each has three different charts (the real stories' \`<Chart>\` tags), six \`<Num>\` and three \`<Cite>\` taken from the real stories, no digits in its prose, and passes the story linter. Every story also gets its own page, a preview image and entries in the lists and feeds. Clean build each time (no cache).`,
      '',
    );
    out.push(
      '| synthetic stories | stories | charts in stories | pages built | build time | per page | CPU time | CPU per page | peak memory (largest process) | peak memory (process tree) |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    const rows = Object.values(sc.rows).sort((a, c) => a.synthetic - c.synthetic);
    for (const r of rows) {
      if (r.pending) {
        out.push(
          `| ${r.synthetic} | | | | running in the background since ${r.pending.since} (estimated ${(r.pending.estimateS / 60).toFixed(0)} min; log \`${r.pending.log}\`) | | | | | |`,
        );
      } else if (r.error && !r.run) {
        out.push(`| ${r.synthetic} | | | | failed: ${r.error.split('\n')[0]?.replace(/\|/g, '\\|')} | | | | | |`);
      } else if (r.run) {
        const failed = r.run.exitCode !== 0 ? ` (failed, exit ${r.run.exitCode})` : '';
        out.push(
          `| ${r.synthetic} | ${r.stories} | ${r.charts} | ${r.run.pages} | ${r.run.wallS.toFixed(1)} s${failed} | ${perPage(r.run.wallS, r.run.pages)} | ${r.run.cpuS === undefined ? '–' : `${r.run.cpuS.toFixed(1)} s`} | ${perPage(r.run.cpuS, r.run.pages)} | ${mib(r.run.maxRssMiB)} | ${mib(r.run.treeRssMiB)} |`,
        );
      }
    }
    out.push('');
    const done = rows.filter((r) => r.run && r.run.exitCode === 0);
    if (done.length >= 2) {
      const [first, last] = [done[0] as ScaleRow, done[done.length - 1] as ScaleRow];
      const a = first.run as BuildRun;
      const z = last.run as BuildRun;
      const perStory = (z.wallS - a.wallS) / (last.synthetic - first.synthetic);
      // CPU per page at the two ends: about equal means the build's cost grows linearly with the stories.
      const perPageCpu = (r: BuildRun) => (r.cpuS ?? r.wallS) / r.pages;
      const ratio = perPageCpu(z) / perPageCpu(a);
      const shape =
        ratio < 1.25
          ? ` Per page the CPU cost stays flat (${(ratio * 100).toFixed(0)} % of the smallest build's), so the build grows linearly with the number of stories.`
          : ` Per page the CPU cost grows (${(ratio * 100).toFixed(0)} % of the smallest build's): the build grows faster than the number of stories.`;
      const cpuPerStory = z.cpuS !== undefined && a.cpuS !== undefined ? (z.cpuS - a.cpuS) / (last.synthetic - first.synthetic) : undefined;
      out.push(
        `From ${first.synthetic} to ${last.synthetic} synthetic stories each extra story cost ${perStory.toFixed(2)} s of build time${cpuPerStory === undefined ? '' : ` (${cpuPerStory.toFixed(2)} s of CPU time)`} and ${((((z.maxRssMiB ?? z.treeRssMiB) - (a.maxRssMiB ?? a.treeRssMiB)) / (last.synthetic - first.synthetic)) * 1024).toFixed(0)} KiB of peak memory on average.${shape}`,
        '',
      );
    }
    if (sc.estimate) out.push(`${sc.estimate}.`, '');
  } else out.push('Not measured yet.', '');

  out.push('## Rebuilds: the drawing cache', '');
  const rebuilds = Object.values(results.rebuild ?? {}).sort((a, c) => a.synthetic - c.synthetic);
  if (rebuilds.length) {
    out.push(
      `Three builds of one throwaway project with its caches kept between them (Astro's, Vite's and the content-keyed drawing cache of \`src/site/build-cache.ts\`, which holds chart SVGs and preview PNGs): clean (every cache empty), warm (nothing changed) and after one sentence was added to a story's prose. "Drawings" is the cache's own count of SVGs and PNGs made and read back. \`npm run bench -- --only=rebuild --rebuild-sizes=0,100\`.`,
      '',
      '| synthetic stories | build | pages | wall time | CPU time | CPU per page | peak memory (largest process) | drawings made / reused |',
      '|---|---|---|---|---|---|---|---|',
    );
    for (const r of rebuilds) {
      for (const [label, run] of Object.entries(r.runs)) {
        out.push(
          `| ${r.synthetic} | ${label} | ${run.pages} | ${run.wallS.toFixed(1)} s | ${run.cpuS === undefined ? '–' : `${run.cpuS.toFixed(1)} s`} | ${perPage(run.cpuS, run.pages)} | ${mib(run.maxRssMiB)} | ${run.cache ? `${run.cache.made} / ${run.cache.reused}` : '–'} |`,
        );
      }
    }
    out.push(
      '',
      `Measured ${rebuilds.map((r) => `${r.at}${busy(r.machine)}`).join('; ')}; the edit was to \`${rebuilds[0]?.edited}\`.`,
      '',
    );
  } else out.push('Not measured yet.', '');

  out.push('## Dev loop: from saving a story to seeing it', '');
  const dev = results.devLoop;
  if (dev) {
    out.push(
      `Measured ${dev.at}${busy(dev.machine)}: \`astro dev\` on a throwaway copy of the project, the lead essay open in headless Chromium; each time a sentence is added to \`${dev.story}\` and saved, the clock runs from just before the write to the first frame painted with the sentence in the page. One warm-up edit first. \`npm run bench -- --only=dev\`.`,
      '',
      `Median ${ms(dev.median)} ms over ${dev.runs.length} edits (each: ${dev.runs.map((r) => ms(r)).join(', ')} ms).`,
      '',
    );
  } else out.push('Not measured yet.', '');

  const rounded = JSON.stringify(results, (_key, value: unknown) =>
    typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value,
  );
  out.push(`${DATA_MARK}\n${rounded}\n-->`, '');
  return out.join('\n');
}

function browserTable(section: BrowserSection): string[] {
  const out = [
    '| page | FCP | chart visible | script ready | first interaction answered | key → frame | gap between presses |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const [type, p] of Object.entries(section.pages)) {
    const cell = (key: keyof BrowserRun) => {
      const values = p.runs.map((r) => r[key]).filter((x): x is number => x !== null);
      if (!values.length) return '–';
      return `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
    };
    out.push(
      `| ${type} | ${cell('fcp')} | ${cell('visible')} | ${cell('defined')} | ${cell('answered')} | ${cell('latency')} | ${cell('keyGap')} |`,
    );
  }
  out.push('');
  return out;
}

/**
 * Hand-written notes (before/after comparisons, profiles) live between these marks and survive
 * every rewrite of the report; the bench only owns the measured sections.
 */
const NOTES_START = '<!-- notes: kept by the bench -->';
const NOTES_END = '<!-- end of notes -->';

export function writeReport(results: Results): void {
  const previous = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '';
  const start = previous.indexOf(NOTES_START);
  const end = previous.indexOf(NOTES_END);
  const notes = start >= 0 && end > start ? previous.slice(start, end + NOTES_END.length) : '';
  const body = render(results);
  writeFileSync(REPORT, notes ? body.replace(DATA_MARK, `${notes}\n\n${DATA_MARK}`) : body);
}

// ---------------------------------------------------------------------------------------------
