import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from '../support/browser';
import { readoutStops } from '../support/readout';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(new URL(path, baseUrl).href);
  return page;
}

/** The interactive chart of a view (chart pages may show several views, one visible at a time). */
const chartOf = (page: Page, id: string, view: string) => page.locator(`tl-chart[data-chart="${id}"][data-view="${view}"]`);

/** The index of the stop with this heading, from the chart's readout file (not in the page). */
async function stopIndex(chart: Locator, heading: string): Promise<number> {
  const stops = await readoutStops(chart);
  const i = stops.find((s) => s.heading === heading)?.i;
  expect(i, heading).toBeDefined();
  return i as number;
}

/**
 * A screen point over stop `i`'s year or month in its small-multiple panel but away from its dot:
 * near the top of the panel's plot area (`data-snap`). There is no invisible shape there; the
 * chart picks the point nearest in x.
 */
async function overBand(chart: Locator, drawing: 'wide' | 'compact', i: number): Promise<{ x: number; y: number }> {
  return chart
    .locator(`.svg-${drawing} circle[data-i="${i}"]`)
    .first()
    .evaluate((dot) => {
      const panel = dot.closest('[data-snap]') as SVGGraphicsElement;
      const [, top] = (panel.getAttribute('data-snap') ?? '').split(' ').map(Number) as [number, number];
      const matrix = panel.getScreenCTM() as DOMMatrix;
      const box = dot.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: new DOMPoint(0, top + 2).matrixTransform(matrix).y };
    });
}

describe('deficits-annual', () => {
  it('shows balance, exports, imports, release and both vintages when a year is hovered', async () => {
    const page = await open('charts/deficits-annual/');
    const chart = chartOf(page, 'deficits-annual', 'revised');
    // China's panel: hover its 2024 column well above the dot (the whole year picks it, not just the dot).
    const i = await stopIndex(chart, 'China, 2024');
    const at = await overBand(chart, 'wide', i);
    expect(
      await chart.locator(`.svg-wide circle[data-i="${i}"]`).evaluate((dot, y) => dot.getBoundingClientRect().top - y, at.y),
    ).toBeGreaterThan(12);
    await page.mouse.move(at.x, at.y);
    const readout = chart.locator('.readout');
    await expect.poll(() => readout.textContent()).toContain('China, 2024');
    const text = (await readout.textContent()) ?? '';
    expect(text).toContain('Balance −$297.0B (US deficit)');
    expect(text).toMatch(/US exports \$\d+\.\dB, US imports \$\d+\.\dB/);
    expect(text).toContain('Census figures as revised');
    expect(text).toContain('First published in April 2025 as −$295.4B');
    expect(text).toContain('Table: Census country.xlsx');
    // The dot of that year is highlighted in the visible rendering.
    expect(await chart.locator(`.svg-wide circle.tl-stop.is-active[data-i="${i}"]`).count()).toBe(1);
    await page.close();
  });

  it('steps year by year with the arrow keys and from one partner to the next', async () => {
    const page = await open('charts/deficits-annual/');
    const chart = chartOf(page, 'deficits-annual', 'revised');
    const readout = chart.locator('.readout');
    await chart.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => readout.textContent()).toMatch(/, 2015/);
    const first = (await readout.locator('.readout-heading').textContent()) ?? '';
    const partner = first.replace(/, 2015$/, '');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => readout.locator('.readout-heading').textContent()).toBe(`${partner}, 2016`);
    for (let k = 0; k < 9; k++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => readout.locator('.readout-heading').textContent()).toBe(`${partner}, 2025`);
    await page.keyboard.press('ArrowRight');
    const next = (await readout.locator('.readout-heading').textContent()) ?? '';
    expect(next).not.toContain(partner);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => readout.locator('.readout-heading').textContent()).toBe(`${partner}, 2025`);
    expect(await readout.getAttribute('aria-live')).toBe('polite');
    await page.close();
  });

  it('responds to a tap on a phone, in the first-published view', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(new URL('charts/deficits-annual/?view=as-published', baseUrl).href);
    const chart = chartOf(page, 'deficits-annual', 'as-published');
    await expect.poll(() => chart.isVisible()).toBe(true);
    const i = await stopIndex(chart, 'Mexico, 2015');
    const at = await overBand(chart, 'compact', i);
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => chart.locator('.readout').textContent()).toContain('Mexico, 2015');
    const text = (await chart.locator('.readout').textContent()) ?? '';
    expect(text).toContain('Mexico, 2015');
    expect(text).toContain('as published in April 2025');
    expect(text).toContain('The revised release as transcribed has no figure for this year.');
    await context.close();
  });
});

describe('imports-monthly', () => {
  it('reads out a month when hovered: both years, the change and the checked claim', async () => {
    const page = await open('charts/imports-monthly/');
    const chart = chartOf(page, 'imports-monthly', 'imports');
    const i = await stopIndex(chart, 'Vietnam, May');
    const at = await overBand(chart, 'wide', i);
    await page.mouse.move(at.x, at.y);
    const readout = chart.locator('.readout');
    await expect.poll(() => readout.textContent()).toContain('Vietnam, May');
    const text = (await readout.textContent()) ?? '';
    expect(text).toMatch(/US imports \$\d+\.\dB in May 2025 against \$\d+\.\dB in May 2024: \+\$\d+\.\dB \(\+\d+%\)/);
    expect(text).toContain('Census data: matches');
    expect(text).toContain('record high in May');
    // Both years' dots of that month are highlighted.
    expect(await chart.locator(`.svg-wide circle.tl-stop.is-active[data-i="${i}"]`).count()).toBe(2);
    await page.close();
  });

  it('steps month by month with the keys and names the tariff dates of a month', async () => {
    const page = await open('charts/imports-monthly/');
    const chart = chartOf(page, 'imports-monthly', 'imports');
    const heading = chart.locator('.readout .readout-heading');
    await chart.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => heading.textContent()).toMatch(/, January$/);
    for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading.textContent()).toMatch(/, April$/);
    const april = (await chart.locator('.readout').textContent()) ?? '';
    expect(april).toContain('2 Apr 2025');
    expect(april).toContain('9 Apr 2025');
    await page.keyboard.press('End');
    await expect.poll(() => heading.textContent()).toMatch(/, December$/);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => heading.textContent()).toMatch(/, November$/);
    await page.close();
  });

  it('responds to a tap on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(new URL('charts/imports-monthly/', baseUrl).href);
    const chart = chartOf(page, 'imports-monthly', 'imports');
    const i = await stopIndex(chart, 'Thailand, May');
    const at = await overBand(chart, 'compact', i);
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => chart.locator('.readout').textContent()).toContain('Thailand, May');
    const text = (await chart.locator('.readout').textContent()) ?? '';
    expect(text).toContain('Thailand, May');
    expect(text).toContain('Census data: differs');
    await context.close();
  });
});
