import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/support/browser';
import { htmlPages } from '../support/dist';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const pages = htmlPages().filter((p) => p !== '/404.html');
const modes = [
  { name: 'phone light', width: 375, scheme: 'light' },
  { name: 'phone dark', width: 375, scheme: 'dark' },
  { name: 'desktop light', width: 1280, scheme: 'light' },
  { name: 'desktop dark', width: 1280, scheme: 'dark' },
] as const;

describe.each(modes)('axe-core, $name', ({ width, scheme }) => {
  it.each(pages)('%s has no violations', async (path) => {
    // axe is injected as an inline script, which the pages' CSP rightly forbids: bypass it for this check only.
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme, bypassCSP: true });
    await page.goto(new URL(path.replace(/^\//, ''), baseUrl).href);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time.
      const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map(
        (v: { id: string; impact: string; nodes: { target: string[] }[] }) =>
          `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    });
    await page.close();
    expect(violations).toEqual([]);
  });
});
