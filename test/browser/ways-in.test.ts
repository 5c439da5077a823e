import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
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

  it('the gallery shows each chart itself, legible, in the reader’s scheme, with no code names', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme });
      await page.goto(new URL('charts/', baseUrl).href);
      const thumbs = page.locator('.chart-list img');
      expect(await thumbs.count()).toBeGreaterThan(5);
      await thumbs.first().evaluate((img: HTMLImageElement) => img.decode());
      // The picture is the chart's phone rendering (340 px wide), not a scaled-down share card.
      expect(await thumbs.first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(340);
      expect(await thumbs.first().getAttribute('src')).toMatch(/\/thumbs\/[a-z-]+\.svg$/);
      expect(await page.locator('.chart-list code').count()).toBe(0);
      // Its background follows the scheme: dark pixels in dark mode, light ones in light mode.
      const shot = await thumbs.first().screenshot();
      const red = await page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [img.width, img.height];
        const context = canvas.getContext('2d');
        context?.drawImage(img, 0, 0);
        return context?.getImageData(12, 12, 1, 1).data[0] ?? -1;
      }, shot.toString('base64'));
      expect(colorScheme === 'dark' ? red < 80 : red > 200).toBe(true);
      await page.close();
    }
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

  it('search finds stories, charts and sources, not the index pages, with words apart in its excerpts', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('search/', baseUrl).href);
    // A string, so the test runner does not rewrite the page's own dynamic import.
    const results = (await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(new URL('pagefind/pagefind.js', baseUrl).href)});
      const found = [];
      for (const query of ['Geneva', 'Kyodo', 'deficit']) {
        const search = await pagefind.search(query);
        for (const r of search.results.slice(0, 15)) found.push(await r.data());
      }
      return found.map((d) => ({ url: d.url, excerpt: d.excerpt.replace(/<\\/?mark>/g, '') }));
    })()`)) as { url: string; excerpt: string }[];
    expect(results.length).toBeGreaterThan(10);
    const paths = results.map((r) => new URL(r.url, baseUrl).pathname.replace(new URL(baseUrl).pathname, '/'));
    for (const index of ['/', '/stories/', '/charts/', '/sources/', '/search/']) expect(paths).not.toContain(index);
    // Labels and values, quotes and their sources, chart ticks: never glued together.
    const glued = results.filter((r) => /Publisher[A-Z]|Published\d|[a-z]\(The|’\d\d[A-Z]/.test(r.excerpt));
    expect(glued).toEqual([]);
    await page.close();
  });
});
