import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from '../support/browser';
import { readoutStops } from '../support/readout';

const baseUrl = inject('baseUrl');
const essay = new URL('stories/from-145-to-30/', baseUrl).href;
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('numbers in the prose', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`a tapped number shows its source in place and keeps the reader on the page (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        hasTouch: true,
        isMobile: true,
        javaScriptEnabled,
      });
      const page = await context.newPage();
      await page.goto(essay);
      const num = page.locator('.story-body > p button.num').first();
      await num.scrollIntoViewIfNeeded();
      await num.tap();
      const pop = page.locator(`#${await num.getAttribute('popovertarget')}`);
      await expect.poll(() => pop.evaluate((el) => el.matches(':popover-open'))).toBe(true);
      expect(page.url()).toBe(essay);
      const box = await pop.boundingBox();
      expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 390 && box.y + box.height <= 844).toBe(true);
      // The document or source is one more tap away.
      expect(await pop.locator('a[href]').count()).toBeGreaterThan(0);
      await context.close();
    });
  }

  it('opens and closes from the keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(essay);
    const num = page.locator('.story-body > p button.num').first();
    await num.focus();
    await page.keyboard.press('Enter');
    const pop = page.locator(`#${await num.getAttribute('popovertarget')}`);
    await expect.poll(() => pop.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => pop.evaluate((el) => el.matches(':popover-open'))).toBe(false);
    expect(page.url()).toBe(essay);
    await page.close();
  });

  it('a number and the chart point it names highlight each other', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(essay);
    // The components chart shows the US events; the prose above it names the 10 April rate.
    const chart = page.locator('tl-chart[data-view="components"]');
    const stops = await readoutStops(chart);
    const i = stops.find((s) => s.key === 'us-2025-04-10')?.i;
    const num = page.locator('.story-body > p button.num[data-record="us-2025-04-10"]').first();
    await num.scrollIntoViewIfNeeded();
    await num.hover();
    await expect.poll(() => chart.locator(`.svg-wide [data-i="${i}"]`).getAttribute('class')).toContain('is-active');
    // And the other way: stepping the chart to that point marks the numbers that cite it.
    await chart.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => num.getAttribute('class')).not.toContain('is-linked');
    for (let k = 0; k < (i ?? 0); k++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => num.getAttribute('class')).toContain('is-linked');
    await page.close();
  });
});
