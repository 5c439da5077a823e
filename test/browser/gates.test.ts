import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from '../support/browser';
import { htmlPages } from '../support/dist';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await openBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

// Each page waits until the network has been idle for 500 ms (`networkidle`, so late requests are
// caught too): time spent waiting, not working. So pages are checked a few at a time (the browser
// project's maxConcurrency), each in a new tab of one context, as a reader opens pages of the site
// in tabs: a new context per page cost twice the CPU time, and the site keeps nothing in
// storage or cookies that one page could pass to the next.
describe('every page under its Content-Security-Policy', () => {
  it.concurrent.for(htmlPages())(
    '%s requests nothing from another host, breaks no CSP rule and logs no error',
    async (path, { expect }) => {
      const page = await context.newPage();
      const foreign: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) foreign.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      const response = await page.goto(new URL(path.replace(/^\//, ''), baseUrl).href, { waitUntil: 'networkidle' });
      // The 404 page is served with its status by the preview server for unknown paths; here we load it directly.
      expect(response?.ok()).toBe(true);
      expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
      // Use what the page offers, so scripts that only run on interaction are checked too.
      const chart = page.locator('tl-chart[data-interactive]').first();
      if (await chart.count()) {
        await chart.focus();
        await page.keyboard.press('ArrowRight');
      }
      await page.close();
      expect(foreign).toEqual([]);
      expect(problems).toEqual([]);
    },
  );
});

describe('search', () => {
  it('finds a distinctive word from each essay, offline, under the CSP', async () => {
    const page = await browser.newPage();
    const words = {
      'from-145-to-30': 'Stockholm',
      'reciprocal-rates-computed': 'formula',
      'japans-rounds': 'Akazawa',
      'why-korea-needed-a-deal': 'Korea',
      'the-deficit-that-grew': 'front-loading',
    };
    for (const [slug, word] of Object.entries(words)) {
      await page.goto(new URL(`search/?q=${encodeURIComponent(word)}`, baseUrl).href);
      await expect
        .poll(() => page.locator('.search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
        .toContainEqual(expect.stringContaining(`/stories/${slug}/`));
    }
    await page.close();
  });
});
