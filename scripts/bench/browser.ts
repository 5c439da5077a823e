import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startPreview } from '../support/preview-server';
import { CPU_SLOWDOWN, log, machine, now, PAGES, type PageType, ROOT, SITE_OUT, SLOW_4G, sleep } from './context';
import type { BrowserRun, BrowserSection, Results } from './results';

// browser: chart visible and first interaction, at 4× CPU slow-down

export interface BenchState {
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
 * display:none, for the other width, never intersects). The answer to a key press is the first
 * change of the chart's readout after a key pressed on the chart (a MutationObserver on the
 * readout): the details may come a moment after the key, once the readout data has loaded
 * (src/client/tl-chart.ts fetches it when the chart is focused). Scrolling (the essay's scrolly)
 * only highlights points and never writes the readout, so it is not counted.
 */
export function pageProbe() {
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
  let pendingKey: number | null = null;
  addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted) return;
      state.keys.push(event.timeStamp);
      if (state.chart?.contains(event.target as Node)) pendingKey ??= event.timeStamp;
    },
    true,
  );
  new MutationObserver((mutations) => {
    const readout = state.chart?.querySelector('.readout');
    const key = pendingKey;
    if (key === null || !readout || state.keyAt !== null || !mutations.some((m) => readout.contains(m.target))) return;
    state.keyAt = key;
    // The frame after the change is the one that shows it.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        state.answered = performance.now();
      };
      channel.port2.postMessage(null);
    });
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

export async function measurePage(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  slow4g = false,
): Promise<BrowserRun> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (slow4g) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  }
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

/** Measures each page type at 4× CPU, then (unless `cpuOnly`) again with the network at slow 4G. */
export async function benchBrowser(results: Results, runs: number, cpuOnly = false): Promise<void> {
  const { origin: url, stop } = await startPreview({ root: ROOT, outDir: SITE_OUT });
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
    for (const slow4g of cpuOnly ? [false] : [false, true]) {
      const section: BrowserSection = {
        at: now(),
        machine: machine(browser.version()),
        viewport: Object.fromEntries(targets.map((t) => [t.type, `${t.viewport.width}×${t.viewport.height}`])),
        pages: {},
        ...(slow4g ? { network: 'slow 4G' } : {}),
      };
      for (const target of targets) {
        const runsOut: BrowserRun[] = [];
        // One unmeasured run first, so the preview server and the OS file cache are warm.
        await measurePage(browser, url + target.path, target.viewport, slow4g);
        for (let i = 0; i < runs; i++) runsOut.push(await measurePage(browser, url + target.path, target.viewport, slow4g));
        section.pages[target.type] = { url: target.path, runs: runsOut };
        const med = median(runsOut.map((r) => r.visible));
        log(
          `${target.type}${slow4g ? ' (slow 4G)' : ''}: chart visible at ${med?.toFixed(0)} ms, first interaction answered at ${median(runsOut.map((r) => r.answered))?.toFixed(0)} ms (median of ${runs})`,
        );
      }
      if (slow4g) results.browserSlow4g = section;
      else results.browser = section;
    }
  } finally {
    await browser?.close();
    stop();
  }
}

export function median(values: (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
}
