import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/support/browser';

const baseUrl = inject('baseUrl');
const essay = new URL('stories/from-145-to-30/', baseUrl).href;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const readout = '.scrolly tl-chart .readout';

describe('the lead essay as a scroll-driven figure', () => {
  it('keeps the chart in view and highlights each step’s event as the text scrolls', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(essay);
    const steps = page.locator('.scrolly .step');
    expect(await steps.count()).toBeGreaterThan(5);
    const target = steps.nth(5);
    const event = await target.getAttribute('data-event');
    await target.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 1);
    await expect.poll(() => target.getAttribute('class')).toContain('is-active');
    // The sticky chart is on screen while the step is.
    const box = await page.locator('.scrolly-figure').boundingBox();
    expect(box && box.y + box.height > 0 && box.y < 1000).toBe(true);
    const stops = JSON.parse((await page.locator('.scrolly script.tl-stops').textContent()) ?? '[]') as { key: string; heading: string }[];
    const heading = stops.find((s) => s.key === event)?.heading ?? '';
    await expect.poll(() => page.locator(readout).textContent()).toContain(heading);
    await page.close();
  });

  it('steps through the events by keyboard, and jumps instead of scrolling smoothly under reduced motion', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(essay);
    const steps = page.locator('.scrolly .step');
    await steps.first().focus();
    await expect.poll(() => steps.first().getAttribute('class')).toContain('is-active');
    const first = await page.locator(readout).textContent();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.activeElement?.classList.contains('step') && document.activeElement === document.querySelectorAll('.scrolly .step')[1],
        ),
      )
      .toBe(true);
    await expect.poll(() => page.locator(readout).textContent()).not.toBe(first);
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    await context.close();
  });

  it('reads in order as a normal article with a static chart when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(essay);
    expect(await page.locator('.scrolly .svg-compact svg.tl-svg').isVisible()).toBe(true);
    const texts = await page.locator('.scrolly .step').allTextContents();
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.every((t) => t.trim().length > 20)).toBe(true);
    // Every chart in the essay is in the HTML as SVG.
    expect(await page.locator('figure.tl-figure svg.tl-svg').count()).toBeGreaterThanOrEqual(
      2 * (await page.locator('figure.tl-figure').count()),
    );
    await context.close();
  });
});
