import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from '../support/browser';

const url = new URL('charts/ieepa-refunds/', inject('baseUrl')).href;
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('ieepa-refunds chart page', () => {
  it('shows a row’s amount and source when its heading, not only its bar, is hovered', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url);
    const chart = page.locator('tl-chart[data-chart="ieepa-refunds"]');
    // The heading sits above the bar: the row's hit area finds the stop there too.
    await chart.locator('.svg-wide text', { hasText: 'Claimed by importers' }).hover();
    const readout = chart.locator('.readout');
    await expect.poll(() => readout.textContent()).toContain('Claimed by importers');
    expect(await readout.textContent()).toContain('Amount: about $85');
    // Only the bar is outlined, not the whole row.
    expect(await chart.locator('.svg-wide .tl-stop.is-active').evaluateAll((els) => els.map((e) => e.tagName))).toEqual(['rect']);
    expect(await chart.locator('.svg-wide .tl-stop.is-active').getAttribute('fill')).not.toBe('transparent');
    await page.close();
  });

  it('answers a tap on the row with no figure on a phone, saying it is not known', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(url);
    const chart = page.locator('tl-chart[data-chart="ieepa-refunds"]');
    await chart.locator('.svg-compact text', { hasText: 'not known' }).tap();
    await expect.poll(() => chart.locator('.readout').textContent()).toContain('Amount: not known');
    await context.close();
  });
});
