/**
 * `npm run bench`: measures the site and writes BENCHMARKS.md. It reports; it never fails on a
 * number. Sections (all by default; pick some with --only=build,bytes,browser,lighthouse,scale):
 *
 *   build       clean `astro build` of the site: wall time, CPU time, peak memory
 *   bytes       HTML, CSS and JS per page type, raw and gzip
 *   browser     Chromium at 4× CPU slow-down: chart visible, first interaction answered
 *   lighthouse  Lighthouse scores for the home page, an essay, a chart page and an embed
 *   scale       builds with 10, 100 and 500 synthetic stories (--sizes=10,100 to choose)
 *
 * Options: --runs=N (browser runs per page, default 5), --foreground (never move a long scale
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
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { findComponents, lintStories } from '../src/lib/story-lint';
import { chromiumPath, launchChromium } from '../test/support/browser';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.bench');
const SITE_OUT = join(ROOT, 'dist-bench');
const REPORT = join(ROOT, 'BENCHMARKS.md');
const TIME_BIN = '/usr/bin/time';
/** Above this estimate a scale build moves to the background (unless --foreground). */
let backgroundAfterS = 15 * 60;
const CPU_SLOWDOWN = 4;

/** The pages measured: one of each type. Paths are site paths under the base "/". */
const PAGES = {
  home: '/',
  essay: '/stories/from-145-to-30/',
  chart: '/charts/us-china-escalation/',
  embed: '/embed/us-china-escalation/',
} as const;
type PageType = keyof typeof PAGES;

// ---------------------------------------------------------------------------------------------
// Results: kept as JSON in a comment at the end of BENCHMARKS.md

interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium?: string;
  /** 1-minute load average when the section started: how busy the machine was. */
  load?: number;
}
interface BuildRun {
  wallS: number;
  cpuS?: number;
  /** Largest resident set of any single process (GNU time's "Maximum resident set size"). */
  maxRssMiB?: number;
  /** Peak of the summed resident sets of the whole process tree, sampled every 100 ms. */
  treeRssMiB: number;
  pages: number;
  exitCode: number;
}
interface BuildSection {
  at: string;
  machine: Machine;
  run: BuildRun;
  searchIndexS?: number;
  timeTool: string;
}
interface Size {
  raw: number;
  gz: number;
}
interface PageBytes {
  path: string;
  html: Size;
  inlineCss: Size;
  inlineJs: Size;
  cssFiles: Size;
  jsFiles: Size;
  lazyJs: Size;
  files: string[];
}
interface BytesSection {
  at: string;
  pages: Record<string, PageBytes>;
}
interface BrowserRun {
  /** Median time between two key presses: the resolution of "answered". */
  keyGap: number | null;
  fcp: number | null;
  visible: number | null;
  defined: number | null;
  answered: number | null;
  latency: number | null;
}
interface BrowserSection {
  at: string;
  machine: Machine;
  viewport: Record<string, string>;
  pages: Record<string, { url: string; runs: BrowserRun[] }>;
}
interface LighthousePage {
  url: string;
  scores?: Record<string, number | null>;
  metrics?: Record<string, string>;
  lost?: string[];
  error?: string;
}
interface LighthouseSection {
  at: string;
  machine: Machine;
  version?: string;
  pages: Record<string, LighthousePage>;
  error?: string;
}
interface ScaleRow {
  synthetic: number;
  stories: number;
  charts: number;
  run?: BuildRun;
  pending?: { since: string; estimateS: number; log: string };
  error?: string;
}
interface ScaleSection {
  at: string;
  machine: Machine;
  rows: Record<string, ScaleRow>;
  estimate?: string;
}
interface Results {
  machine?: Machine;
  at?: string;
  build?: BuildSection;
  bytes?: BytesSection;
  browser?: BrowserSection;
  lighthouse?: LighthouseSection;
  scale?: ScaleSection;
}

const DATA_MARK = '<!-- bench-data';

function loadResults(): Results {
  if (!existsSync(REPORT)) return {};
  const text = readFileSync(REPORT, 'utf8');
  const start = text.lastIndexOf(DATA_MARK);
  if (start < 0) return {};
  const json = text.slice(start + DATA_MARK.length, text.lastIndexOf('-->'));
  try {
    return JSON.parse(json) as Results;
  } catch {
    return {};
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const log = (message: string) => console.log(`[bench] ${message}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

function machine(chromium?: string): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    ...(chromium ? { chromium } : {}),
    load: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}

function size(buffer: Buffer | string): Size {
  const bytes = typeof buffer === 'string' ? Buffer.from(buffer) : buffer;
  // zlib's default level (6), what most servers use for on-the-fly compression.
  return { raw: bytes.length, gz: bytes.length ? gzipSync(bytes).length : 0 };
}
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gz: a.gz + b.gz });
const zero = (): Size => ({ raw: 0, gz: 0 });

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no free port'))));
    });
  });
}

function countPages(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) n++;
    }
  };
  if (existsSync(dir)) walk(dir);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Measuring a build: GNU time for the largest process, /proc polling for the whole tree

/** Resident set (kB) of every process in the tree under `root`, summed. */
function treeRssKiB(root: number): number {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces; the fields after it are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
    } catch {
      // exited while we looked
    }
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += Number(match?.[1] ?? 0);
    } catch {
      // exited
    }
  }
  return total;
}

/**
 * Runs `astro build` in `cwd`, under /usr/bin/time -v when it is installed (Debian: the `time`
 * package), polling /proc for the summed memory of the process tree either way.
 */
async function measuredBuild(cwd: string, outDir: string, logFile: string): Promise<BuildRun> {
  const astro = [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const timeFile = `${logFile}.time`;
  const useTime = existsSync(TIME_BIN);
  const [command, args] = useTime ? [TIME_BIN, ['-v', '-o', timeFile, process.execPath, ...astro]] : [process.execPath, astro];
  mkdirSync(dirname(logFile), { recursive: true });
  const out = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(command, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRssKiB(child.pid));
  }, 100);
  const exitCode = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
  clearInterval(timer);
  const wallS = (performance.now() - started) / 1000;
  await new Promise((r) => out.end(r));
  const run: BuildRun = { wallS, treeRssMiB: peak / 1024, pages: countPages(outDir), exitCode };
  if (useTime && existsSync(timeFile)) {
    const text = readFileSync(timeFile, 'utf8');
    const number = (label: string) => Number(new RegExp(`${label}[^:]*:\\s*([\\d.]+)`).exec(text)?.[1] ?? Number.NaN);
    run.maxRssMiB = number('Maximum resident set size') / 1024;
    run.cpuS = number('User time') + number('System time');
  }
  if (exitCode !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
    log(`astro build failed in ${cwd} (exit ${exitCode}); last lines of ${relative(ROOT, logFile)}:\n${tail}`);
  }
  return run;
}

/**
 * A throwaway project: the real code by symlink, a copy of content/, and an Astro config that
 * extends the real one with a cache of its own (node_modules/.astro is shared with other builds).
 */
function makeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of ['src', 'node_modules', 'public', 'package.json', 'tsconfig.json']) symlinkSync(join(ROOT, name), join(dir, name));
  spawnSync('cp', ['-R', join(ROOT, 'content'), join(dir, 'content')], { stdio: 'inherit' });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    // Astro puts Vite's cache in <root>/node_modules/.vite, which here is the shared one: move it too.
    // Module ids must stay under this root (no resolving src/ to its real path), or Astro cannot
    // tell which page a stylesheet belongs to and builds pages without their CSS.
    `// Generated by scripts/bench.ts: the site's config with caches of this project's own.\nimport config from ${JSON.stringify(join(ROOT, 'astro.config.mjs'))};\nexport default { ...config, cacheDir: './.astro-cache', vite: { ...config.vite, cacheDir: './.vite-cache', resolve: { ...config.vite?.resolve, preserveSymlinks: true } } };\n`,
  );
}

// ---------------------------------------------------------------------------------------------
// build

async function benchBuild(results: Results): Promise<void> {
  if (!existsSync(TIME_BIN)) log(`${TIME_BIN} is missing (Debian: apt-get install -y time); peak memory comes from /proc polling only`);
  const dir = join(WORK, 'site');
  makeProject(dir);
  rmSync(SITE_OUT, { recursive: true, force: true });
  log('clean build of the site into dist-bench/ …');
  const run = await measuredBuild(dir, SITE_OUT, join(WORK, 'logs', 'build-site.log'));
  if (run.exitCode !== 0) throw new Error('the site build failed; see the log above');
  log(`built ${run.pages} pages in ${run.wallS.toFixed(1)} s`);
  // The search index is the second half of `npm run build`; timed apart from astro build.
  const started = performance.now();
  const search = spawnSync(process.execPath, [join(ROOT, 'scripts/index-search.mjs')], {
    cwd: ROOT,
    env: { ...process.env, OUT_DIR: SITE_OUT },
    encoding: 'utf8',
  });
  const searchIndexS = (performance.now() - started) / 1000;
  results.build = {
    at: now(),
    machine: machine(),
    run,
    ...(search.status === 0 ? { searchIndexS } : {}),
    timeTool: existsSync(TIME_BIN)
      ? `GNU time ${spawnSync('dpkg-query', ['-W', 'time'], { encoding: 'utf8' }).stdout.split('\t')[1]?.trim() ?? ''}`.trim()
      : 'none (/proc polling only)',
  };
}

function ensureSiteBuilt(results: Results): Promise<void> | undefined {
  if (existsSync(join(SITE_OUT, 'index.html'))) return undefined;
  log('dist-bench/ is missing: building it first');
  return benchBuild(results);
}

// ---------------------------------------------------------------------------------------------
// bytes

/** A site URL ("/_astro/x.js", relative to a page or a module) → file in the build. */
function fileFor(url: string, from: string): string | undefined {
  if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return undefined;
  const path = new URL(url, `http://site${from}`).pathname;
  const file = join(SITE_OUT, decodeURIComponent(path));
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Static and dynamic imports of an ES module, as written in the built code. */
function importsOf(code: string): { stat: string[]; lazy: string[] } {
  const stat = [...code.matchAll(/\b(?:import|export)(?=[\s{*"'])\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g)].map(
    (m) => m[1] as string,
  );
  const lazy = [...code.matchAll(/\bimport\(\s*["']([^"']+\.m?js)["']\s*\)/g)].map((m) => m[1] as string);
  return { stat, lazy };
}

function pageBytes(path: string): PageBytes {
  const htmlFile = join(SITE_OUT, path, 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const { document } = parseHTML(html);
  const result: PageBytes = {
    path,
    html: size(html),
    inlineCss: zero(),
    inlineJs: zero(),
    cssFiles: zero(),
    jsFiles: zero(),
    lazyJs: zero(),
    files: [],
  };
  const seen = new Set<string>();
  const lazyQueue: [string, string][] = [];
  const addModule = (file: string, lazy: boolean) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    if (lazy) result.lazyJs = add(result.lazyJs, size(code));
    else result.jsFiles = add(result.jsFiles, size(code));
    result.files.push(relative(SITE_OUT, file) + (lazy ? ' (lazy)' : ''));
    const from = `/${relative(SITE_OUT, file)}`;
    const { stat, lazy: dynamic } = importsOf(code);
    for (const spec of stat) {
      const target = fileFor(spec, from);
      if (target) addModule(target, lazy);
    }
    for (const spec of dynamic) lazyQueue.push([spec, from]);
  };
  for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const file = fileFor(link.getAttribute('href') ?? '', path);
    if (!file || seen.has(file)) continue;
    seen.add(file);
    result.cssFiles = add(result.cssFiles, size(readFileSync(file)));
    result.files.push(relative(SITE_OUT, file));
  }
  for (const style of document.querySelectorAll('style')) result.inlineCss = add(result.inlineCss, size(style.textContent ?? ''));
  for (const link of document.querySelectorAll('link[rel="modulepreload"][href]')) {
    const file = fileFor(link.getAttribute('href') ?? '', path);
    if (file) addModule(file, false);
  }
  for (const script of document.querySelectorAll('script')) {
    const type = script.getAttribute('type') ?? '';
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON data islands are not code
    const src = script.getAttribute('src');
    if (src) {
      const file = fileFor(src, path);
      if (file) addModule(file, false);
      continue;
    }
    const code = script.textContent ?? '';
    result.inlineJs = add(result.inlineJs, size(code));
    const { stat, lazy } = importsOf(code);
    for (const spec of stat) {
      const target = fileFor(spec, path);
      if (target) addModule(target, false);
    }
    for (const spec of lazy) lazyQueue.push([spec, path]);
  }
  for (const [spec, from] of lazyQueue) {
    const target = fileFor(spec, from);
    if (target) addModule(target, true);
  }
  return result;
}

function benchBytes(results: Results): void {
  const pages: Record<string, PageBytes> = {};
  for (const [type, path] of Object.entries(PAGES)) pages[type] = pageBytes(path);
  results.bytes = { at: now(), pages };
  log('measured bytes per page type');
}

// ---------------------------------------------------------------------------------------------
// preview server

async function startPreview(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: ROOT, detached: true, stdio: 'ignore', env: { ...process.env, OUT_DIR: SITE_OUT, ASTRO_TELEMETRY_DISABLED: '1' } },
  );
  const stop = () => {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) break;
    await sleep(250);
  }
  stop();
  throw new Error(`astro preview did not start on port ${port}`);
}

// ---------------------------------------------------------------------------------------------
// browser: chart visible and first interaction, at 4× CPU slow-down

interface BenchState {
  visible: number | null;
  defined: number | null;
  answered: number | null;
  keyAt: number | null;
  chart: Element | null;
  keys: number[];
}

/**
 * Runs in the page before any of its own scripts. An IntersectionObserver watches every chart
 * SVG as the parser adds it; its entry time is the rendering step of the frame in which the SVG
 * first intersects the viewport, i.e. the frame that paints it (the rendering hidden with
 * display:none, for the other width, never intersects). A keydown listener on window in the
 * capture phase and one in the bubble phase bracket the chart's own key handler, so a readout
 * change (the chart's `tl-stop` event) is counted as the answer to a key only when it happens
 * inside that key's dispatch; changes made by scrolling (the essay's scrolly) are not.
 */
function pageProbe() {
  const state: BenchState = { visible: null, defined: null, answered: null, keyAt: null, chart: null, keys: [] };
  (window as unknown as { __bench: BenchState }).__bench = state;
  const seen = new WeakSet<Element>();
  const io = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting && state.visible === null) {
        state.visible = entry.time;
        state.chart = entry.target.closest('tl-chart');
        io.disconnect();
      }
    }
  });
  new MutationObserver(() => {
    if (state.visible !== null) return;
    for (const svg of document.querySelectorAll('.fig-chart > div > svg')) {
      if (!seen.has(svg)) {
        seen.add(svg);
        io.observe(svg);
      }
    }
  }).observe(document, { childList: true, subtree: true });
  customElements.whenDefined('tl-chart').then(() => {
    state.defined = performance.now();
  });
  let pendingKey: { time: number; text: string } | null = null;
  addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      state.keys.push(event.timeStamp);
      pendingKey = { time: event.timeStamp, text: state.chart?.querySelector('.readout')?.textContent ?? '' };
    },
    true,
  );
  addEventListener('keydown', () => {
    pendingKey = null;
  });
  addEventListener(
    'tl-stop',
    () => {
      const key = pendingKey;
      const text = state.chart?.querySelector('.readout')?.textContent ?? '';
      if (!key || state.answered !== null || text === key.text) return;
      state.keyAt = key.time;
      // The frame after the change is the one that shows it.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          state.answered = performance.now();
        };
        channel.port2.postMessage(null);
      });
    },
    true,
  );
}

async function measurePage(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<BrowserRun> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(pageProbe);
  type Probe = { visible: number | null; answered: number | null };
  const read = () =>
    page.evaluate((): Probe => {
      const s = (window as unknown as { __bench?: BenchState }).__bench;
      return { visible: s?.visible ?? null, answered: s?.answered ?? null };
    });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const deadline = Date.now() + 60_000;
    let probe = await read().catch(() => ({ visible: null, answered: null }) as Probe);
    while (probe.visible === null && Date.now() < deadline) {
      await sleep(25);
      probe = await read().catch(() => probe);
    }
    // Press keys from the moment the chart shows until one is answered: before the chart's
    // script has run a key does nothing, so this finds when the chart first answers a reader.
    // Left and right alternate so a chart already at its last (or first) stop still moves.
    // One round is one evaluate (focus the chart, read the probe) and one key press.
    let right = true;
    while (probe.answered === null && Date.now() < deadline) {
      await page.keyboard.press(right ? 'ArrowRight' : 'ArrowLeft');
      right = !right;
      probe = await page.evaluate((): Probe => {
        const s = (window as unknown as { __bench: BenchState }).__bench;
        const chart = s.chart as HTMLElement | null;
        if (chart && document.activeElement !== chart) chart.focus({ preventScroll: true });
        return { visible: s.visible, answered: s.answered };
      });
    }
    return await page.evaluate((): BrowserRun => {
      const s = (window as unknown as { __bench: BenchState }).__bench;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      const gaps = s.keys
        .slice(1)
        .map((t, i) => t - (s.keys[i] as number))
        .sort((a, b) => a - b);
      return {
        keyGap: gaps.length ? (gaps[Math.floor(gaps.length / 2)] as number) : null,
        fcp,
        visible: s.visible,
        defined: s.defined,
        answered: s.answered,
        latency: s.answered !== null && s.keyAt !== null ? s.answered - s.keyAt : null,
      };
    });
  } finally {
    await context.close();
  }
}

async function benchBrowser(results: Results, runs: number): Promise<void> {
  const { url, stop } = await startPreview();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    // The essay's first figure is below the fold at 1280×900: open the essay at the figure, as a
    // reader following a link to it would (the browser scrolls to the fragment while parsing).
    const essayHtml = readFileSync(join(SITE_OUT, PAGES.essay, 'index.html'), 'utf8');
    const firstFigure = parseHTML(essayHtml).document.querySelector('figure.tl-figure[id]')?.getAttribute('id');
    const targets: { type: PageType; path: string; viewport: { width: number; height: number } }[] = [
      { type: 'essay', path: `${PAGES.essay}${firstFigure ? `#${firstFigure}` : ''}`, viewport: { width: 1280, height: 900 } },
      { type: 'chart', path: PAGES.chart, viewport: { width: 1280, height: 900 } },
      // An embed lives in an iframe on someone else's page; this is a common iframe size.
      { type: 'embed', path: PAGES.embed, viewport: { width: 640, height: 480 } },
    ];
    const section: BrowserSection = {
      at: now(),
      machine: machine(browser.version()),
      viewport: Object.fromEntries(targets.map((t) => [t.type, `${t.viewport.width}×${t.viewport.height}`])),
      pages: {},
    };
    for (const target of targets) {
      const runsOut: BrowserRun[] = [];
      // One unmeasured run first, so the preview server and the OS file cache are warm.
      await measurePage(browser, url + target.path, target.viewport);
      for (let i = 0; i < runs; i++) runsOut.push(await measurePage(browser, url + target.path, target.viewport));
      section.pages[target.type] = { url: target.path, runs: runsOut };
      const med = median(runsOut.map((r) => r.visible));
      log(
        `${target.type}: chart visible at ${med?.toFixed(0)} ms, first interaction answered at ${median(runsOut.map((r) => r.answered))?.toFixed(0)} ms (median of ${runs})`,
      );
    }
    results.browser = section;
  } finally {
    await browser?.close();
    stop();
  }
}

function median(values: (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
}

// ---------------------------------------------------------------------------------------------
// lighthouse

/** Whether a built page asks not to be indexed (embeds do: they are copies of chart pages). */
function noindex(path: string): boolean {
  const file = join(SITE_OUT, path, 'index.html');
  return existsSync(file) && /<meta name="robots" content="[^"]*noindex/.test(readFileSync(file, 'utf8'));
}

async function benchLighthouse(results: Results): Promise<void> {
  process.env.CHROME_PATH ??= chromiumPath();
  const section: LighthouseSection = { at: now(), machine: machine(), pages: {} };
  results.lighthouse = section;
  let lighthouse: typeof import('lighthouse').default;
  let chromeLauncher: typeof import('chrome-launcher');
  try {
    lighthouse = (await import('lighthouse')).default;
    chromeLauncher = await import('chrome-launcher');
  } catch (error) {
    section.error = `could not load lighthouse / chrome-launcher (${(error as Error).message}); run npm install`;
    return;
  }
  const { url, stop } = await startPreview();
  try {
    for (const [type, path] of Object.entries(PAGES)) {
      const entry: LighthousePage = { url: path };
      section.pages[type] = entry;
      let chrome: Awaited<ReturnType<typeof chromeLauncher.launch>> | undefined;
      try {
        chrome = await chromeLauncher.launch({
          chromePath: process.env.CHROME_PATH,
          chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
        });
        const result = await lighthouse(url + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        if (!result) throw new Error('Lighthouse returned no result');
        const lhr = result.lhr;
        section.version = lhr.lighthouseVersion;
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        entry.scores = Object.fromEntries(
          Object.entries(lhr.categories).map(([id, c]) => [id, c.score === null ? null : Math.round(c.score * 100)]),
        );
        entry.metrics = Object.fromEntries(
          ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map(
            (id) => [id, lhr.audits[id]?.displayValue ?? '–'],
          ),
        );
        const weighted = new Set(Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id)));
        entry.lost = Object.values(lhr.audits)
          .filter(
            (a) =>
              weighted.has(a.id) &&
              a.score !== null &&
              a.score < 0.9 &&
              (a.scoreDisplayMode === 'numeric' || a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'metricSavings'),
          )
          .map(
            (a) =>
              `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}${a.id === 'is-crawlable' && noindex(path) ? ' (the page is marked noindex on purpose)' : ''}`,
          );
        log(`lighthouse ${type}: ${JSON.stringify(entry.scores)}`);
      } catch (error) {
        entry.error = (error as Error).message.split('\n')[0] ?? String(error);
        log(`lighthouse ${type} failed: ${entry.error}`);
      } finally {
        chrome?.kill();
      }
    }
  } finally {
    stop();
  }
}

// ---------------------------------------------------------------------------------------------
// scale: synthetic stories

/**
 * Synthetic stories built from what the real stories already use: their <Chart> tags (three
 * different charts per story), <Num> tags and <Cite> quotes, so every id and quote is real and
 * the story linter passes. The prose has no digits: every number comes from a component.
 */
function syntheticStories(count: number): Map<string, string> {
  const dir = join(ROOT, 'content/stories');
  const charts = new Map<string, string>();
  const nums: string[] = [];
  const cites: { tag: string; source: string }[] = [];
  const tag = (name: string, props: Record<string, string>) =>
    `<${name} ${Object.entries(props)
      .map(([k, v]) => (v.includes('"') ? `${k}='${v}'` : `${k}="${v}"`))
      .join(' ')} />`;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()) {
    for (const use of findComponents(readFileSync(join(dir, name), 'utf8'))) {
      if (!('props' in use)) continue;
      const id = use.props.id;
      if (use.name === 'Chart' && id && !charts.has(id)) charts.set(id, tag('Chart', use.props));
      if (use.name === 'Num') nums.push(tag('Num', use.props));
      if (use.name === 'Cite' && use.props.source) cites.push({ tag: tag('Cite', use.props), source: use.props.source });
    }
  }
  const chartTags = [...charts.values()];
  if (chartTags.length < 3 || !nums.length || !cites.length)
    throw new Error('the real stories use too few charts, <Num> or <Cite> tags to build synthetic stories from');
  const pick = <T>(list: T[], i: number) => list[i % list.length] as T;
  const filler =
    'This passage stands in for an essay of ordinary length. It walks the reader through the events one at a time, names who acted and when, and leaves every figure to the components that fetch it from the data, so the page costs what a real story would cost to build.';
  const stories = new Map<string, string>();
  for (let k = 0; k < count; k++) {
    const cite = (j: number) => pick(cites, k * 3 + j);
    const num = (j: number) => pick(nums, k * 5 + j);
    const sources = [...new Set([cite(0).source, cite(1).source, cite(2).source])];
    const paragraphs = [0, 1, 2].map(
      (j) =>
        `## Part ${['one', 'two', 'three'][j]}\n\n${filler} The figure that matters here is ${num(j)}, next to ${num(j + 3)}. As one report put it, ${cite(j).tag}.\n\n${pick(chartTags, k + j)}\n\n${filler}\n`,
    );
    const text = `---\ntitle: Benchmark story ${k + 1}\nsummary: A synthetic essay generated by the benchmark to see how build time and memory grow with the number of stories.\ndate: 2026-01-01\nauthor: Tariff Ledger\nsources: [${sources.join(', ')}]\norder: ${1000 + k}\n---\n\n${filler}\n\n${paragraphs.join('\n')}`;
    stories.set(`bench-${String(k + 1).padStart(4, '0')}.mdx`, text);
  }
  return stories;
}

async function scaleBuild(synthetic: number): Promise<ScaleRow> {
  const dir = join(WORK, `scale-${synthetic}`);
  makeProject(dir);
  for (const [name, text] of syntheticStories(synthetic)) writeFileSync(join(dir, 'content/stories', name), text);
  // Check them the way the build will before spending minutes on it.
  const problems = lintStories(dir);
  if (problems.length)
    throw new Error(
      `synthetic stories fail the story linter:\n${problems
        .slice(0, 5)
        .map((p) => p.message)
        .join('\n')}`,
    );
  const stories = readdirSync(join(dir, 'content/stories')).filter((n) => n.endsWith('.mdx')).length;
  const charts = readdirSync(join(dir, 'content/stories'))
    .filter((n) => n.endsWith('.mdx'))
    .reduce(
      (sum, n) =>
        sum +
        findComponents(readFileSync(join(dir, 'content/stories', n), 'utf8')).filter((u) => u.name === 'Chart' || u.name === 'Scrolly')
          .length,
      0,
    );
  log(`scale: building ${stories} stories (${synthetic} synthetic, ${charts} charts in stories) …`);
  const outDir = join(dir, 'dist');
  const run = await measuredBuild(dir, outDir, join(WORK, 'logs', `scale-${synthetic}.log`));
  log(`scale ${synthetic}: ${run.pages} pages in ${run.wallS.toFixed(1)} s, peak ${run.maxRssMiB?.toFixed(0) ?? '?'} MiB`);
  // Keep the log, drop the copies: a 500-story build is large.
  rmSync(dir, { recursive: true, force: true });
  return {
    synthetic,
    stories,
    charts,
    run,
    ...(run.exitCode !== 0 ? { error: `astro build exited with ${run.exitCode}; see .bench/logs/scale-${synthetic}.log` } : {}),
  };
}

/** Least-squares line through (synthetic stories, seconds); the estimate for `n`. */
function estimate(rows: ScaleRow[], n: number): number | undefined {
  const points = rows.filter((r) => r.run && r.run.exitCode === 0).map((r) => [r.synthetic, (r.run as BuildRun).wallS] as const);
  if (points.length < 2) return undefined;
  const mx = points.reduce((s, [x]) => s + x, 0) / points.length;
  const my = points.reduce((s, [, y]) => s + y, 0) / points.length;
  const slope = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return my + slope * (n - mx);
}

async function benchScale(results: Results, sizes: number[], foreground: boolean, isChild: boolean): Promise<void> {
  // A background child continues its parent's run: it keeps the rows measured so far.
  const previous = isChild ? results.scale : undefined;
  const section: ScaleSection = {
    at: previous?.at ?? now(),
    machine: machine(),
    rows: { ...(previous?.rows ?? {}) },
    ...(previous?.estimate ? { estimate: previous.estimate } : {}),
  };
  results.scale = section;
  for (const n of [...sizes].sort((a, b) => a - b)) {
    const measured = Object.values(section.rows).filter((r) => r.run && r.synthetic < n);
    const guess = estimate(measured, n);
    if (!isChild && !foreground && guess !== undefined && guess > backgroundAfterS) {
      const logFile = join(WORK, 'logs', 'scale-background.log');
      mkdirSync(dirname(logFile), { recursive: true });
      section.rows[String(n)] = {
        synthetic: n,
        stories: 0,
        charts: 0,
        pending: { since: now(), estimateS: guess, log: relative(ROOT, logFile) },
      };
      section.estimate = `${n} synthetic stories estimated at ${(guess / 60).toFixed(0)} min from the smaller builds (linear fit); moved to the background`;
      log(
        `scale ${n}: estimated ${(guess / 60).toFixed(1)} min, over ${(backgroundAfterS / 60).toFixed(0)} min: running it in the background (log: ${relative(ROOT, logFile)})`,
      );
      // Started once this run has written its report, so it never competes with the measurements.
      backgroundSizes.push(n);
      continue;
    }
    try {
      section.rows[String(n)] = await scaleBuild(n);
    } catch (error) {
      section.rows[String(n)] = { synthetic: n, stories: 0, charts: 0, error: (error as Error).message };
    }
    writeReport(results);
  }
}

const backgroundSizes: number[] = [];

function startBackground(sizes: number[]): void {
  const logFile = join(WORK, 'logs', 'scale-background.log');
  const fd = openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts/bench.ts'), '--only=scale', `--sizes=${sizes.join(',')}`, '--background-child'],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', fd, fd],
      env: process.env,
    },
  );
  log(`background scale build started (pid ${child.pid}); it updates BENCHMARKS.md when it ends`);
  child.unref();
}

// ---------------------------------------------------------------------------------------------
// BENCHMARKS.md

const kb = (n: number) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);
const both = (s: Size) => (s.raw ? `${kb(s.raw)} / ${kb(s.gz)}` : '–');
const ms = (n: number | null) => (n === null ? '–' : `${Math.round(n)}`);
const busy = (m: Machine) => (m.load === undefined ? '' : ` (load average ${m.load} on ${m.cores} cores when it started)`);
const perPage = (s: number | undefined, pages: number) => (s === undefined || !pages ? '–' : `${Math.round((s * 1000) / pages)} ms`);
const mib = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : `${Math.round(n)} MiB`);
const machineLine = (m: Machine) =>
  `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory, Node ${m.node}${m.chromium ? `, Chromium ${m.chromium}` : ''}`;

function render(results: Results): string {
  const out: string[] = [];
  const m = results.machine;
  out.push('# Benchmarks', '');
  out.push(
    'Written by `npm run bench` (scripts/bench.ts). These are measurements, not checks: nothing here fails a build. Run it again after a change that could move a number; `npm run bench -- --only=bytes,browser` re-measures some sections and keeps the others.',
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
      `Measured ${b.at}${busy(b.machine)}. A clean \`astro build\` (no output folder, empty Astro and Vite caches) of the site as it is in the working tree, in a throwaway project under \`.bench/\`. Memory: ${b.timeTool}. On a busy machine the CPU time is steadier than the wall time.`,
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
    out.push(
      '| page | FCP | chart visible | script ready | first interaction answered | key → frame | gap between presses |',
      '|---|---|---|---|---|---|---|',
    );
    for (const [type, p] of Object.entries(br.pages)) {
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

  const rounded = JSON.stringify(results, (_key, value: unknown) =>
    typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value,
  );
  out.push(`${DATA_MARK}\n${rounded}\n-->`, '');
  return out.join('\n');
}

function writeReport(results: Results): void {
  writeFileSync(REPORT, render(results));
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const args = process.argv.slice(2);
  const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const only = new Set((option('only') ?? 'build,bytes,browser,lighthouse,scale').split(','));
  const sizes = (option('sizes') ?? '10,100,500').split(',').map(Number);
  const runs = Number(option('runs') ?? 5);
  const isChild = args.includes('--background-child');
  backgroundAfterS = Number(option('background-after') ?? backgroundAfterS);
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
  if (only.has('scale')) await benchScale(results, sizes, args.includes('--foreground'), isChild);
  if (isChild && results.scale) {
    // This run was the background half: its sizes are no longer pending.
    for (const row of Object.values(results.scale.rows)) delete row.pending;
  }
  writeReport(results);
  log(`wrote ${relative(ROOT, REPORT)}`);
  if (backgroundSizes.length) startBackground(backgroundSizes);
}

await main();
