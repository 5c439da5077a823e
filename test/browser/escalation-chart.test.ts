import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('us-china-escalation chart page', () => {
  it('steps through events with the arrow keys and announces each in the live readout', async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(new URL('charts/us-china-escalation/', baseUrl).href);
    const chart = page.locator('.view-panel[data-view="rates"] tl-chart');
    await chart.focus();
    await page.keyboard.press('Home');
    const readout = chart.locator('.readout');
    await expect.poll(() => readout.textContent()).toContain('4 Feb 2025');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => readout.textContent()).toContain('10 Feb 2025');
    await page.keyboard.press('End');
    await expect.poll(() => readout.textContent()).toContain('20 Feb 2026');
    expect(await readout.getAttribute('aria-live')).toBe('polite');
    // The active marker is highlighted in the visible rendering.
    expect(await page.locator('.view-panel[data-view="rates"] .svg-wide .tl-stop.is-active').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('shows an event and its source when a marker is hovered', async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(new URL('charts/us-china-escalation/', baseUrl).href);
    const marker = page.locator('.view-panel[data-view="rates"] .svg-wide .tl-stop[data-i="8"]');
    await marker.hover();
    const readout = page.locator('.view-panel[data-view="rates"] tl-chart .readout');
    // The readout data is fetched as the pointer comes in: the details follow within a moment.
    await expect.poll(() => readout.textContent()).toContain('145%');
    const text = await readout.textContent();
    expect(text).toContain('145%');
    expect(text).toContain('EO 14266');
    await page.close();
  });

  it('responds to a tap on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    page = await context.newPage();
    await page.goto(new URL('charts/us-china-escalation/', baseUrl).href);
    await page.locator('.view-panel[data-view="rates"] .svg-compact .tl-stop[data-i="12"]').tap();
    await expect.poll(() => page.locator('.view-panel[data-view="rates"] tl-chart .readout').textContent()).toContain('14 May 2025');
    await context.close();
  });
});
