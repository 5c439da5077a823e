import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { openBrowser } from '../support/browser';
import { htmlPages } from '../support/dist';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const baseUrl = inject('baseUrl');
let browser: Browser;
// axe is injected as an inline script, which the pages' CSP rightly forbids: bypass it for this check only.
let context: BrowserContext;

beforeAll(async () => {
  browser = await openBrowser();
  context = await browser.newContext({ bypassCSP: true });
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Tabs that have finished a page, ready for the next. A tab goes from page to page as a reader's
 * does: a fresh context and tab per page cost about 0.2 s each, and axe, parsed and compiled anew
 * in every fresh tab, ran two to three times slower than in a tab that has run it before. Nothing
 * carries over that the check could see: each page is a new document, and the site keeps nothing
 * in storage or cookies.
 */
const idle: Page[] = [];
const tab = async () => idle.pop() ?? (await context.newPage());
const release = (page: Page) => {
  if (!page.isClosed()) idle.push(page);
};

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
// Pages are checked concurrently (the browser project's maxConcurrency), each in a tab of its own;
// axe can hold a core for seconds on a loaded machine, so each test gets two minutes.
describe('axe-core', () => {
  it.concurrent.for(plan)('$path has no violations', { timeout: 120_000 }, async ({ path, modes: pageModes }, { expect }) => {
    const [start = modes[0]] = pageModes;
    const page = await tab();
    const violations: string[] = [];
    try {
      // The page loads in its first mode, as a reader in that mode would load it.
      await page.setViewportSize({ width: start.width, height: 900 });
      await page.emulateMedia({ colorScheme: start.scheme });
      await page.goto(new URL(path.replace(/^\//, ''), baseUrl).href);
      await page.addScriptTag({ content: axeSource });
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
    } finally {
      release(page);
    }
    expect(violations).toEqual([]);
  });
});
