import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('ways into the site', () => {
  it('the home page opens with the live escalation chart and links to the explorers and the claims that did not check out', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(baseUrl);
    expect(await page.locator('.lead-story tl-chart[data-chart="us-china-escalation"] svg.tl-svg:visible').count()).toBe(1);
    const ways = await page.locator('nav.ways-in a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(ways.some((h) => h?.endsWith('/claims/#differs'))).toBe(true);
    expect(ways.some((h) => h?.endsWith('/charts/tariff-stack/'))).toBe(true);
    // Claims have a place in the main navigation.
    expect(await page.locator('header nav a[href$="/claims/"]').count()).toBe(1);
    await page.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`the claims page filters by verdict, differing claims first (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(new URL('claims/', baseUrl).href);
      const all = await page.locator('li.claim').count();
      const differing = await page.locator('li.claim.is-differs').count();
      expect(differing).toBeGreaterThan(0);
      expect(await page.locator('li.claim:visible').count()).toBe(all);
      // In every article the differing claims come first.
      const orders = await page
        .locator('.claim-group')
        .evaluateAll((groups) =>
          groups.map((g) => [...g.querySelectorAll('li.claim')].map((li) => (li.classList.contains('is-differs') ? 0 : 1)).join('')),
        );
      for (const order of orders) expect(order).toBe([...order].sort().join(''));
      await page.locator('nav.tally a[href="#differs"]').click();
      await expect.poll(() => page.locator('li.claim:visible').count()).toBe(differing);
      expect(await page.locator('li.claim.is-matches:visible').count()).toBe(0);
      await page.goBack();
      await expect.poll(() => page.locator('li.claim:visible').count()).toBe(all);
      await context.close();
    });
  }
});
