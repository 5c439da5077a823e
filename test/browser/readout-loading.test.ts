import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from '../support/browser';

/**
 * The readout data is not in the page: <tl-chart> fetches its chart view's file when a reader
 * first comes near the chart, so the first hover or key press already has it; a page that cannot
 * reach the file says so and offers the data table. The hint under the chart keeps its line while
 * the script loads, so nothing under the chart moves when it appears.
 */
const baseUrl = inject('baseUrl');
const essay = new URL('stories/the-deficit-that-grew/', baseUrl).href;
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('readout data on demand', () => {
  it('is fetched when the pointer enters the chart, not with the page, and the hovered point then reads out', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/charts/deficits-annual/readout/')) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto(essay);
    const chart = page.locator('#fig-deficits-annual-revised tl-chart');
    // Below the fold: nothing of it is fetched with the page.
    expect(fetched).toEqual([]);
    await chart.scrollIntoViewIfNeeded();
    const dot = chart.locator('.svg-wide circle[data-i="3"]');
    const box = await dot.boundingBox();
    await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    await expect.poll(() => chart.locator('.readout .readout-heading').textContent()).toMatch(/, 2018$/);
    expect(fetched).toEqual([await chart.getAttribute('data-readout')]);
    await page.close();
  });

  it('is fetched a moment after the chart comes on screen, so a reader who stops at it gets a first answer at once', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(essay, { waitUntil: 'load' });
    const loaded = page.waitForResponse((response) => response.url().includes('/charts/deficits-annual/readout/'), { timeout: 10_000 });
    await page.locator('#fig-deficits-annual-as-published tl-chart').scrollIntoViewIfNeeded();
    expect((await loaded).ok()).toBe(true);
    await page.close();
  });

  it('is fetched when the chart gets keyboard focus, so the first arrow key answers', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(essay);
    const chart = page.locator('#fig-imports-monthly-imports tl-chart');
    const loaded = page.waitForResponse((response) => response.url().includes('/charts/imports-monthly/readout/'));
    await chart.focus();
    expect((await loaded).ok()).toBe(true);
    await page.keyboard.press('End');
    await expect.poll(() => chart.locator('.readout .readout-heading').textContent()).toMatch(/, December$/);
    await page.close();
  });

  it('when the file cannot be loaded (offline), says so and opens the data table instead', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(essay);
    await page.route('**/readout/**', (route) => route.abort('internetdisconnected'));
    const chart = page.locator('#fig-deficits-annual-revised tl-chart');
    await chart.focus();
    await page.keyboard.press('Home');
    const readout = chart.locator('.readout');
    await expect.poll(() => readout.textContent()).toContain('could not be loaded');
    expect(await readout.isVisible()).toBe(true);
    await readout.locator('button.readout-table').click();
    const table = page.locator('#fig-deficits-annual-revised details.fig-table');
    await expect.poll(() => table.getAttribute('open')).not.toBeNull();
    expect(await readout.isVisible()).toBe(false);
    // Back online, the next point reads out as usual.
    await page.unroute('**/readout/**');
    await chart.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => readout.locator('.readout-heading').textContent()).toMatch(/, 2016$/);
    await context.close();
  });
});

describe('no layout shift from the chart script', () => {
  it('the source line under the chart stays put when the script defines the chart; without scripts the hint takes no room', async () => {
    const tops = async (javaScriptEnabled: boolean, delayScript: boolean) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
      const page = await context.newPage();
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      if (delayScript) {
        await page.route('**/_astro/*.js', async (route) => {
          await held;
          await route.continue();
        });
      }
      // Module scripts hold DOMContentLoaded back: wait for the parsed page, not for the event.
      await page.goto(new URL('embed/us-china-escalation/', baseUrl).href, { waitUntil: 'commit' });
      const source = page.locator('.fig-source').first();
      await page.locator('.embed-downloads, footer').first().waitFor({ state: 'attached' });
      const before = (await source.boundingBox())?.y;
      const defined = await page.evaluate(() => Boolean(customElements.get('tl-chart')));
      release();
      if (javaScriptEnabled) await page.waitForFunction(() => Boolean(customElements.get('tl-chart')));
      const after = (await source.boundingBox())?.y;
      const hint = await page.locator('.fig-hint').first().boundingBox();
      await context.close();
      return { before, after, defined, hint };
    };
    const withScript = await tops(true, true);
    expect(withScript.defined).toBe(false);
    expect(withScript.after).toBe(withScript.before);
    expect(withScript.hint?.height ?? 0).toBeGreaterThan(0);
    const without = await tops(false, false);
    expect(without.hint).toBeNull();
  });
});
