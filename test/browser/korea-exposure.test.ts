import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from '../support/browser';
import { POLL_TIMEOUT } from '../support/timeouts';

const baseUrl = inject('baseUrl');
const pageUrl = new URL('charts/korea-exposure/', baseUrl).href;
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Generous waits: the machine may be busy, and the client script loads after the page. */
const slow = { timeout: POLL_TIMEOUT };

describe('korea-exposure chart', () => {
  it('shows a bar’s figure, tariff and the essay’s quote on hover', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pageUrl);
    const readout = page.locator('tl-chart .readout');
    await page.locator('.svg-wide .tl-stop').nth(2).hover();
    await expect.poll(() => readout.textContent(), slow).toContain('Petrochemicals: $5.5B');
    const text = await readout.textContent();
    expect(text).toContain('Reciprocal tariff, 25%');
    expect(text).toContain('$5.5 billion in exports of petrochemical products');
    expect(text).toContain('The Diplomat');
    await page.close();
  });

  it('steps through the bars, largest first, with the arrow keys', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pageUrl);
    const chart = page.locator('tl-chart');
    const readout = chart.locator('.readout');
    await chart.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => readout.textContent(), slow).toContain('Cars and auto parts');
    expect(await readout.textContent()).toContain('our computation');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => readout.textContent(), slow).toContain('Semiconductors: $10.7B');
    expect(await readout.textContent()).toContain('Section 232 investigation');
    expect(await page.locator('.svg-wide .tl-stop.is-active').count()).toBe(1);
    await page.close();
  });

  it('responds to a tap on a row label on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.locator('.svg-compact g[data-i="7"] text').first().tap();
    await expect.poll(() => page.locator('tl-chart .readout').textContent(), slow).toContain('Pharmaceuticals');
    await context.close();
  });
});
