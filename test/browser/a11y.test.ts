import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { openBrowser } from '../support/browser';
import { htmlPages } from '../support/dist';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const modes = [
  { name: 'phone light', width: 375, scheme: 'light' },
  { name: 'phone dark', width: 375, scheme: 'dark' },
  { name: 'desktop light', width: 1280, scheme: 'light' },
  { name: 'desktop dark', width: 1280, scheme: 'dark' },
] as const;
type Mode = (typeof modes)[number];
/** Every page gets both widths and both schemes; the first page of each template gets every pairing. */
const sampled: readonly Mode[] = [modes[0], modes[3]];

/** The template a page is built from: its first path segment (`/charts/x/` → charts), or the page itself. */
const template = (path: string) => path.split('/')[1] || 'home';
const pages = htmlPages().filter((p) => p !== '/404.html');
const seen = new Set<string>();
const plan = pages.map((path) => {
  const first = !seen.has(template(path));
  seen.add(template(path));
  return { path, modes: first ? modes : sampled };
});

/** Switches the loaded page to a mode in place and waits for the new layout to paint. */
async function switchTo(page: Page, { width, scheme }: Mode): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

// Each page is loaded once; viewport and colour scheme change in place, as when a reader turns a
// phone or the system switches to dark mode. A fresh load per mode cost four times the time.
// Pages are checked concurrently (the browser project's maxConcurrency), each in its own context;
// axe holds a core for a second or more per page, so each test gets two minutes on a loaded machine.
describe('axe-core', () => {
  it.concurrent.for(plan)(
    '$path has no violations',
    async ({ path, modes: pageModes }, { expect }) => {
      const [start = modes[0]] = pageModes;
      // axe is injected as an inline script, which the pages' CSP rightly forbids: bypass it for this check only.
      const page = await browser.newPage({
        viewport: { width: start?.width ?? 375, height: 900 },
        colorScheme: start?.scheme,
        bypassCSP: true,
      });
      await page.goto(new URL(path.replace(/^\//, ''), baseUrl).href);
      await page.addScriptTag({ content: axeSource });
      const violations: string[] = [];
      for (const mode of pageModes) {
        await switchTo(page, mode);
        const found = await page.evaluate(async () => {
          // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time.
          const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
          return result.violations.map(
            (v: { id: string; impact: string; nodes: { target: string[] }[] }) =>
              `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        });
        violations.push(...found.map((v: string) => `${mode.name}: ${v}`));
      }
      await page.close();
      expect(violations).toEqual([]);
    },
    120_000,
  );
});
