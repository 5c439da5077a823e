import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from '../support/browser';
import { startPreview } from '../support/preview-server';
import { log, machine, now, PAGES, ROOT, SITE_OUT } from './context';
import type { LighthousePage, LighthouseSection, Results } from './results';

// lighthouse

/** Whether a built page asks not to be indexed (embeds do: they are copies of chart pages). */
export function noindex(path: string): boolean {
  const file = join(SITE_OUT, path, 'index.html');
  return existsSync(file) && /<meta name="robots" content="[^"]*noindex/.test(readFileSync(file, 'utf8'));
}

export async function benchLighthouse(results: Results): Promise<void> {
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
  const { origin: url, stop } = await startPreview({ root: ROOT, outDir: SITE_OUT });
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
