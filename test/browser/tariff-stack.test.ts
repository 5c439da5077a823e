import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from '../support/browser';
import { POLL_TIMEOUT } from '../support/timeouts';

const baseUrl = inject('baseUrl');
const pageUrl = new URL('charts/tariff-stack/', baseUrl).href;
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const explorer = (page: Page) => page.locator('tl-explorer[data-chart="tariff-stack"]');
const wideSvg = (page: Page) => explorer(page).locator('.svg-wide svg');
const status = (page: Page) => explorer(page).locator('.explorer-status');
const tableText = (page: Page) => explorer(page).locator('table.tl-table tbody').textContent();
/** Generous waits: the machine may be busy, and the client script loads after the page. */
const slow = { timeout: POLL_TIMEOUT };

async function open(url = pageUrl, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  await page.goto(url);
  await expect.poll(() => explorer(page).evaluate((el) => customElements.get(el.localName) !== undefined), slow).toBe(true);
  return page;
}

describe('tariff-stack explorer', () => {
  it('shows Japan’s goods on 9 July 2025 by default: the 10% baseline and 14% suspended', async () => {
    const page = await open();
    expect(await page.locator('select[name="partner"]').inputValue()).toBe('JP');
    expect(await page.locator('select[name="product"]').inputValue()).toBe('other');
    expect(await page.locator('input[name="date"]').inputValue()).toBe('2025-07-09');
    const text = await wideSvg(page).textContent();
    expect(text).toContain('10% in additional US duties; 14% more suspended');
    expect(text).toContain('Baseline reciprocal duty: 10%');
    expect(text).toContain('Country-specific reciprocal duty: 14% suspended');
    expect(await wideSvg(page).locator('.stack-layer').count()).toBe(2);
    expect(await tableText(page)).toContain('Total charged');
    await page.close();
  });

  it('restacks the bar, announces the total and rewrites the table when the partner and product change', async () => {
    const page = await open();
    expect(await status(page).getAttribute('aria-live')).toBe('polite');
    await page.locator('select[name="partner"]').selectOption('KR');
    await expect
      .poll(() => status(page).textContent(), slow)
      .toContain('South Korea, other goods, 9 Jul 2025: 10% in additional US duties');
    await page.locator('select[name="product"]').selectOption('cars');
    await expect.poll(() => status(page).textContent(), slow).toContain('South Korea, cars, 9 Jul 2025: 25% in additional US duties');
    expect(await status(page).textContent()).toContain('Reciprocal duty not charged (10% excluded)');
    const svg = wideSvg(page);
    expect(await svg.textContent()).toContain('Section 232 auto duty: 25%');
    expect(await svg.getAttribute('aria-label')).toContain('25% in additional US duties');
    // One solid segment: the Section 232 duty replaces the reciprocal duty.
    expect(await svg.locator('.stack-layer').count()).toBe(1);
    const table = await tableText(page);
    expect(table).toContain('Section 232 auto duty');
    expect(table).toContain('excluded');
    expect(table).not.toContain('Baseline reciprocal duty');
    await page.close();
  });

  it('follows the date: steel goes from 25% to 50% on 4 June 2025', async () => {
    const page = await open();
    await page.locator('select[name="product"]').selectOption('steel-aluminum');
    const date = page.locator('input[name="date"]');
    await date.fill('2025-06-03');
    await expect
      .poll(() => status(page).textContent(), slow)
      .toContain('Japan, steel and aluminum, 3 Jun 2025: 25% in additional US duties');
    await date.fill('2025-06-04');
    await expect.poll(() => status(page).textContent(), slow).toContain('4 Jun 2025: 50% in additional US duties');
    expect(await tableText(page)).toContain('Proclamation 10947');
    await page.close();
  });

  it('runs into 2026: the Section 122 surcharge after the IEEPA duties, then the Section 301 tier, up to 30 November 2026', async () => {
    const page = await open();
    await page.locator('select[name="partner"]').selectOption('VN');
    const date = page.locator('input[name="date"]');
    expect(await date.getAttribute('max')).toBe('2026-11-30');
    await date.fill('2026-03-02');
    await expect.poll(() => status(page).textContent(), slow).toContain('Vietnam, other goods, 2 Mar 2026: 10% in additional US duties');
    expect(await wideSvg(page).textContent()).toContain('Section 122 surcharge: 10%');
    await date.fill('2026-11-30');
    await expect.poll(() => status(page).textContent(), slow).toContain('30 Nov 2026: 12.5% in additional US duties');
    expect(await tableText(page)).toContain('Section 301 forced-labor tariff');
    await page.close();
  });

  it('shows the electronics exemption only from the day our data attests it', async () => {
    const page = await open();
    await page.locator('select[name="product"]').selectOption('electronics');
    await page.locator('input[name="date"]').fill('2025-05-01');
    await expect.poll(() => status(page).textContent(), slow).toContain('no additional US duty');
    expect(await status(page).textContent()).toContain('that our data cannot confirm');
    await page.locator('input[name="date"]').fill('2025-07-09');
    await expect.poll(() => status(page).textContent(), slow).toContain('Reciprocal duty not charged (10% exempt)');
    await page.close();
  });

  it('restores a state from the URL on the chart page', async () => {
    const page = await open(`${pageUrl}?partner=CN&product=other&date=2025-04-10`);
    expect(await page.locator('select[name="partner"]').inputValue()).toBe('CN');
    await expect.poll(() => wideSvg(page).textContent(), slow).toContain('145% in additional US duties');
    expect(await tableText(page)).toContain('Fentanyl duty (IEEPA)');
    await page.close();
  });

  it('works on a phone: the compact rendering follows the controls', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(pageUrl);
    await expect.poll(() => explorer(page).evaluate((el) => customElements.get(el.localName) !== undefined), slow).toBe(true);
    await page.locator('select[name="partner"]').selectOption('IN');
    await page.locator('input[name="date"]').fill('2025-09-01');
    const compact = explorer(page).locator('.svg-compact svg');
    await expect.poll(() => compact.textContent(), slow).toContain('50% in additional US duties');
    expect(await compact.isVisible()).toBe(true);
    expect(await compact.getAttribute('viewBox')).toMatch(/^0 0 340 /);
    await context.close();
  });

  it('shows the default state as a static picture and table without JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pageUrl);
    expect(await page.locator('form.fig-controls').isVisible()).toBe(false);
    expect(await wideSvg(page).textContent()).toContain('Japan · other goods · 9 Jul 2025');
    expect(await tableText(page)).toContain('Baseline reciprocal duty');
    await context.close();
  });
});
