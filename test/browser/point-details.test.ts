import type { Browser, Locator, Page } from 'playwright-core';
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

type Box = { x: number; y: number; width: number; height: number };
const inside = (box: Box | null, width: number, height: number) =>
  Boolean(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height);

/** The first interactive chart on screen at this width, and its marks in the visible rendering. */
async function firstChart(page: Page): Promise<{ chart: Locator; marks: Locator }> {
  const chart = page.locator('tl-chart[data-interactive]:visible').first();
  return { chart, marks: chart.locator('[data-i]:visible') };
}

describe('point details where the eye is', () => {
  for (const path of ['charts/imports-monthly/', 'charts/negotiation-timeline/', 'charts/us-china-escalation/']) {
    it(`${path}: a tapped point's details lie inside a 390×844 screen, in plain words`, async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      await page.goto(new URL(path, baseUrl).href);
      const { chart, marks } = await firstChart(page);
      const last = marks.last();
      await last.scrollIntoViewIfNeeded();
      await last.tap({ force: true });
      const readout = chart.locator('.readout');
      await expect.poll(() => readout.isVisible()).toBe(true);
      const sheet = await readout.boundingBox();
      expect(inside(sheet, 390, 844)).toBe(true);
      // The tapped point stays in sight above the sheet.
      const point = await last.boundingBox();
      expect((point?.y ?? 0) + (point?.height ?? 0)).toBeLessThanOrEqual(sheet?.y ?? 0);
      const text = (await readout.textContent()) ?? '';
      expect(text).toMatch(/Sources \(\d+\)/);
      // No pipeline detail: file names, country codes, array indices.
      expect(text).not.toMatch(/\.json|country_code|\[\d+\]/);
      // The sheet closes, and a tap elsewhere closes it too.
      await readout.locator('.readout-close').tap();
      await expect.poll(() => readout.isVisible()).toBe(false);
      await context.close();
    });
  }

  it('gives every point a hit area of at least 44 px', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(new URL('charts/us-china-escalation/', baseUrl).href);
    const { chart, marks } = await firstChart(page);
    // A mark with no other mark within 60 px, tapped 20 px to its right (outside its 10 px dot).
    const target = await marks.evaluateAll((els) => {
      const centre = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, r };
      };
      const points = els.map(centre);
      const k = points.findIndex((p, n) => points.every((q, m) => m === n || Math.hypot(p.x - q.x, p.y - q.y) > 60));
      const p = points[k];
      return p ? { i: els[k]?.getAttribute('data-i'), x: p.x + 20, y: p.y } : undefined;
    });
    expect(target).toBeDefined();
    await page.mouse.click(target?.x ?? 0, target?.y ?? 0);
    await expect.poll(() => chart.locator(`.is-active[data-i="${target?.i}"]`).count()).toBeGreaterThan(0);
    await expect.poll(() => chart.locator('.readout').isVisible()).toBe(true);
    await page.close();
  });

  it('on a wide screen shows the details beside the point, inside the viewport, for the mouse and the keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(new URL('charts/imports-monthly/', baseUrl).href);
    const { chart, marks } = await firstChart(page);
    const mark = marks.nth(Math.floor((await marks.count()) / 2));
    await mark.hover({ force: true });
    const readout = chart.locator('.readout');
    await expect.poll(() => readout.isVisible()).toBe(true);
    const [point, box] = await Promise.all([mark.boundingBox(), readout.boundingBox()]);
    expect(inside(box, 1280, 800)).toBe(true);
    // Beside the point: the nearest edge of the tooltip is within 40 px of it.
    const gapX = Math.max(
      0,
      (box?.x ?? 0) - ((point?.x ?? 0) + (point?.width ?? 0)),
      (point?.x ?? 0) - ((box?.x ?? 0) + (box?.width ?? 0)),
    );
    expect(gapX).toBeLessThan(40);
    await page.mouse.move(5, 5);
    await expect.poll(() => readout.isVisible()).toBe(false);
    await chart.focus();
    await page.keyboard.press('End');
    await expect.poll(() => readout.isVisible()).toBe(true);
    expect(inside(await readout.boundingBox(), 1280, 800)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => readout.isVisible()).toBe(false);
    await page.close();
  });
});
