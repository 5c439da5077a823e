import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from '../support/browser';
import { readoutStops } from '../support/readout';

const baseUrl = inject('baseUrl');
const chartUrl = (view?: string) => new URL(`charts/negotiation-timeline/${view ? `?view=${view}` : ''}`, baseUrl).href;
let browser: Browser;

interface Stop {
  i: number;
  heading: string;
  citations: { quote?: string }[];
}

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** First day a readout heading names: "10–11 May 2025 · …", "Week of 7 Jul 2025 …", "May 2025 · …". */
function headingDate(heading: string): number {
  const match = /(?:(\d{1,2})(?:–\d{1,2})?\s)?([A-Z][a-z]{2})[a-z]*\s(\d{4})/.exec(heading.split(' · ')[0] ?? '');
  if (!match) throw new Error(`no date in "${heading}"`);
  return Date.UTC(Number(match[3]), months.indexOf(match[2] ?? ''), Number(match[1] ?? 1));
}

async function stopsOf(chart: Locator): Promise<Stop[]> {
  return (await readoutStops(chart)) as Stop[];
}

describe('negotiation-timeline chart page', () => {
  it('steps through every event in date order with the arrow keys', async () => {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(chartUrl());
    const chart = page.locator('#fig-negotiation-timeline-all tl-chart');
    const readout = chart.locator('.readout');
    const stops = await stopsOf(chart);
    expect(stops.length).toBeGreaterThan(30);
    const dates = stops.map((s) => headingDate(s.heading));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));

    await chart.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => readout.locator('.readout-heading').textContent()).toBe(stops[0]?.heading);
    for (const stop of stops.slice(1)) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => readout.locator('.readout-heading').textContent()).toBe(stop.heading);
      // The highlighted mark in the visible rendering is this stop's.
      expect(await page.locator(`#fig-negotiation-timeline-all .svg-wide .tl-stop.is-active`).getAttribute('data-i')).toBe(String(stop.i));
    }
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => readout.locator('.readout-heading').textContent()).toBe(stops.at(-2)?.heading);
    expect(await readout.getAttribute('aria-live')).toBe('polite');
    await page.close();
  });

  it('shows an event, its status and its source quote when a mark is hovered', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(chartUrl());
    const chart = page.locator('#fig-negotiation-timeline-all tl-chart');
    const stops = await stopsOf(chart);
    const round8 = stops.find((s) => s.heading.includes('Japan round 8'));
    expect(round8).toBeDefined();
    await chart.locator(`.svg-wide .tl-stop[data-i="${round8?.i}"]`).hover();
    const readout = chart.locator('.readout');
    await expect.poll(() => readout.textContent()).toContain('Week of 7 Jul 2025 (date inferred)');
    const text = await readout.textContent();
    expect(text).toContain('planned (as reported, not confirmed)');
    expect(text).toContain('Kyodo News');
    expect(await readout.locator('q').first().textContent()).toContain('eighth round of ministerial-level talks');

    // Hovering moves on: a tariff change on the China rate lines.
    const peak = stops.find((s) => s.heading.includes('US on China: 145%'));
    await chart.locator(`.svg-wide .tl-stop[data-i="${peak?.i}"]`).hover();
    await expect.poll(() => readout.textContent()).toContain('10 Apr 2025');
    expect(await readout.textContent()).toContain('EO 14266');
    await page.close();
  });

  it('responds to a tap on a phone, with the quote in the readout', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(chartUrl());
    const chart = page.locator('#fig-negotiation-timeline-all tl-chart');
    const stops = await stopsOf(chart);
    const geneva = stops.find((s) => s.heading.includes('Geneva talks'));
    await chart.locator(`.svg-compact .tl-stop[data-i="${geneva?.i}"]`).tap();
    const readout = chart.locator('.readout');
    await expect.poll(() => readout.textContent()).toContain('10–11 May 2025');
    expect(await readout.locator('q').first().textContent()).toContain('began talks in Geneva');
    await context.close();
  });

  it('keeps to Japan and the all-partner deadlines in the Japan view', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(chartUrl('japan'));
    const chart = page.locator('#fig-negotiation-timeline-japan tl-chart');
    const stops = await stopsOf(chart);
    expect(stops.some((s) => s.heading.includes('China'))).toBe(false);
    expect(stops.some((s) => s.heading.includes('1 August deadline'))).toBe(true);
    await chart.focus();
    await page.keyboard.press('End');
    const readout = chart.locator('.readout');
    await expect.poll(() => readout.locator('.readout-heading').textContent()).toBe(stops.at(-1)?.heading);
    // The view runs to 2026: Japan's car notice, then the all-partner Section 301 tariff last.
    expect(stops.some((s) => s.heading.includes('Japan car duty cut to 15%'))).toBe(true);
    expect(stops.at(-1)?.heading).toContain('Section 301 tariffs');
    await page.keyboard.press('Home');
    await expect.poll(() => readout.locator('.readout-heading').textContent()).toBe(stops[0]?.heading);
    await page.close();
  });
});
