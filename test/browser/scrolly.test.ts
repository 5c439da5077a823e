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

const readout = '.scrolly tl-chart .readout';

/**
 * Scrolls through the whole scrolly in the page and, at every position, checks the step marked
 * `aria-current="step"`: it must lie wholly inside the viewport and nothing may cover it (the
 * topmost element at points across it is the step itself). Returns which steps were ever current
 * and any failures.
 */
async function walkSteps(page: import('playwright-core').Page) {
  return page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const scrolly = document.querySelector('.scrolly') as HTMLElement;
    const steps = [...scrolly.querySelectorAll<HTMLElement>('.step')];
    const start = scrolly.getBoundingClientRect().top + scrollY - innerHeight;
    const end = start + scrolly.offsetHeight + innerHeight;
    const seen = new Set<number>();
    const failures: string[] = [];
    for (let y = start; y <= end; y += Math.round(innerHeight / 7)) {
      scrollTo(0, y);
      await frame();
      const current = steps.filter((s) => s.getAttribute('aria-current') === 'step');
      if (current.length > 1) failures.push(`${current.length} current steps at y=${y}`);
      const step = current[0];
      if (!step) continue;
      const n = steps.indexOf(step);
      seen.add(n);
      const box = step.getBoundingClientRect();
      if (box.top < 0 || box.bottom > innerHeight) failures.push(`step ${n + 1} current but not wholly in view at y=${y}`);
      for (const [fx, fy] of [
        [0.1, 0.05],
        [0.9, 0.05],
        [0.5, 0.5],
        [0.1, 0.95],
        [0.9, 0.95],
      ] as const) {
        const hit = document.elementFromPoint(box.left + box.width * fx, box.top + box.height * fy);
        if (hit && !step.contains(hit)) failures.push(`step ${n + 1} covered by ${hit.tagName}.${hit.getAttribute('class')} at y=${y}`);
      }
    }
    return { seen: [...seen], count: steps.length, failures: failures.slice(0, 10) };
  });
}

describe('the lead essay as a scroll-driven figure', () => {
  // The three walks run side by side, each in its own page: a walk mostly waits for frames.
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
    [1440, 900],
  ] as const) {
    it.concurrent(`at ${width}×${height}, every step becomes current where it is read, wholly in view and uncovered`, async ({
      expect,
    }) => {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(essay);
      const { seen, count, failures } = await walkSteps(page);
      expect(failures).toEqual([]);
      expect(seen.length).toBe(count);
      // Only the chart sticks, and it fits the viewport (on a phone, under half of it).
      const graphic = page.locator('.scrolly tl-chart > :is(.svg-compact, .svg-wide):visible');
      const chart = await graphic.boundingBox();
      expect(chart?.height).toBeLessThanOrEqual(width < 1024 ? height * 0.5 : height);
      expect(await graphic.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
      // The source line comes after the section: below the last step, never under a card or the chart.
      const source = page.locator('.scrolly .fig-source');
      await source.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const [box, last, stuck] = await Promise.all([
        source.boundingBox(),
        page.locator('.scrolly .step').last().boundingBox(),
        graphic.boundingBox(),
      ]);
      expect((box?.y ?? 0) >= (last?.y ?? 0) + (last?.height ?? 0)).toBe(true);
      expect((box?.y ?? 0) >= (stuck?.y ?? 0) + (stuck?.height ?? 0)).toBe(true);
      await page.close();
    });
  }

  it('draws the chart up to the current step: the future ghosted, the value written large', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(essay);
    const stops = await readoutStops(page.locator('.scrolly tl-chart'));
    const svg = page.locator('.scrolly .svg-wide svg');
    const clipWidth = () => svg.locator('.tl-reveal-clip rect').getAttribute('width');
    const widths: (string | null)[] = [];
    for (const event of ['us-2025-02-04', 'us-2025-04-10']) {
      const step = page.locator(`.scrolly .step[data-event="${event}"]`);
      await step.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await expect.poll(() => step.getAttribute('aria-current')).toBe('step');
      const i = stops.find((s) => s.key === event)?.i;
      const value = await svg.locator(`[data-i="${i}"]`).getAttribute('data-value');
      expect(value).toMatch(/%/);
      await expect.poll(() => svg.locator('.tl-annot').textContent()).toBe(value);
      widths.push(await clipWidth());
      // Later events are faded, earlier ones are not.
      expect(await svg.locator(`[data-i="${stops.length - 1}"]`).getAttribute('class')).toContain('is-future');
      expect(await svg.locator('[data-i="0"]').getAttribute('class')).not.toContain('is-future');
    }
    expect(Number(widths[1])).toBeGreaterThan(Number(widths[0]));
    // The whole of each line is still there, ghosted.
    expect(await svg.locator('.tl-ghost').count()).toBeGreaterThan(0);
    // Printed mid-story, the chart is whole again.
    await page.emulateMedia({ media: 'print' });
    expect(
      await svg
        .locator('.tl-series')
        .first()
        .evaluate((el) => getComputedStyle(el).clipPath),
    ).toBe('none');
    expect(await svg.locator('.tl-annot').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    // Rates announced but never applied are hollow.
    expect(await svg.locator('[data-value$="announced"]').first().getAttribute('fill')).toBe('none');
    await page.close();
  });

  it('keeps the chart in view and highlights each step’s event as the text scrolls', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await page.goto(essay);
    const steps = page.locator('.scrolly .step');
    expect(await steps.count()).toBeGreaterThan(5);
    const target = steps.nth(5);
    const event = await target.getAttribute('data-event');
    await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect.poll(() => target.getAttribute('aria-current')).toBe('step');
    expect(await target.getAttribute('class')).toContain('is-active');
    // The sticky chart is on screen while the step is.
    const box = await page.locator('.scrolly tl-chart > .svg-wide').boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 1000).toBe(true);
    const stops = await readoutStops(page.locator('.scrolly tl-chart'));
    const i = stops.find((s) => s.key === event)?.i;
    await expect.poll(() => page.locator(`.scrolly .svg-wide [data-i="${i}"]`).getAttribute('class')).toContain('is-active');
    // The step text is the readout: no tooltip opens over the chart while reading.
    expect(await page.locator(readout).isVisible()).toBe(false);
    await page.close();
  });

  it('steps through the events by keyboard, and jumps instead of scrolling smoothly under reduced motion', async () => {
    for (const viewport of [
      { width: 1280, height: 1000 },
      { width: 390, height: 844 },
    ]) {
      const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(essay);
      const steps = page.locator('.scrolly .step');
      await steps.first().focus();
      await expect.poll(() => steps.first().getAttribute('aria-current')).toBe('step');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.evaluate(() => document.activeElement === document.querySelectorAll('.scrolly .step')[1])).toBe(true);
      // The focused step is the current one and is read below the chart, not behind it.
      await expect.poll(() => steps.nth(1).getAttribute('aria-current')).toBe('step');
      const [step, chart] = await Promise.all([
        steps.nth(1).boundingBox(),
        page.locator('.scrolly tl-chart > :is(.svg-compact, .svg-wide):visible').boundingBox(),
      ]);
      if (viewport.width < 1024) expect(step && chart && step.y >= chart.y + chart.height).toBe(true);
      expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
      await context.close();
    }
  });

  it('does not move the page when the reader clicks a step’s text', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(essay);
    const step = page.locator('.scrolly .step').nth(3);
    await step.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const before = await page.evaluate(() => scrollY);
    const box = await step.boundingBox();
    await page.mouse.click((box?.x ?? 0) + 20, (box?.y ?? 0) + 30);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => scrollY)).toBe(before);
    await page.close();
  });

  it('reads in order as a normal article with a static chart when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(essay);
    expect(await page.locator('.scrolly .svg-compact svg.tl-svg').isVisible()).toBe(true);
    // Nothing sticks and no gaps open between the passages.
    expect(await page.locator('.scrolly tl-chart > .svg-compact').evaluate((el) => getComputedStyle(el).position)).not.toBe('sticky');
    const gaps = await page
      .locator('.scrolly .step')
      .evaluateAll((els) => els.map((el) => Number.parseFloat(getComputedStyle(el).marginBottom)));
    expect(Math.max(...gaps)).toBeLessThan(40);
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
