import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const formulaUrl = new URL('charts/reciprocal-formula/', baseUrl).href;
const dumbbellUrl = new URL('charts/rates-dumbbell/', baseUrl).href;
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The rendering of the worked example the reader sees at this viewport. */
const visibleSvg = (page: Page) => page.locator('tl-explorer[data-chart="reciprocal-formula"] .svg-wide svg');

describe('reciprocal-formula explorer', () => {
  it('shows China’s worked example by default, with no parameters in the URL', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(formulaUrl);
    const explorer = page.locator('tl-explorer[data-chart="reciprocal-formula"]');
    await expect.poll(() => explorer.evaluate((el) => customElements.get(el.localName) !== undefined)).toBe(true);
    expect(await page.locator('select[name="partner"]').inputValue()).toBe('CN');
    expect(await page.locator('input[name="exports"]').inputValue()).toBe('100');
    const text = await visibleSvg(page).textContent();
    expect(text).toContain('$438.9B');
    expect(text).toContain('$143.5B');
    expect(text).toContain('67.3%');
    expect(text).toContain('Computed 34%');
    expect(text).toContain('Published 2 Apr: 34%');
    await page.close();
  });

  it('moves the computed rate with the exports slider and announces it in the live region', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(formulaUrl);
    const slider = page.locator('input[name="exports"]');
    const status = page.locator('tl-explorer[data-chart="reciprocal-formula"] .explorer-status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await slider.focus();
    // Ten steps of 5 points: exports at 150% of 2024 ($215.3B) give China 26%.
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.inputValue()).toBe('150');
    // A screen reader reads the slider's value with its unit.
    expect(await slider.getAttribute('aria-valuetext')).toBe('150%');
    await expect.poll(() => status.textContent()).toContain('150%');
    expect(await status.textContent()).toContain('gives China 26%');
    expect(await visibleSvg(page).textContent()).toContain('Computed 26%');
    // The data table follows the state.
    expect(await page.locator('tl-explorer[data-chart="reciprocal-formula"] table.tl-table').textContent()).toContain('at 150% of 2024');
    await page.keyboard.press('Home');
    await expect.poll(() => status.textContent()).toContain('gives China 50%');
    expect(await visibleSvg(page).getAttribute('aria-label')).toContain('China 50%');
    await page.close();
  });

  it('changes the worked example when another partner is picked', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(formulaUrl);
    await page.locator('select[name="partner"]').selectOption('JP');
    const status = page.locator('tl-explorer[data-chart="reciprocal-formula"] .explorer-status');
    await expect.poll(() => status.textContent()).toContain('Japan 23%');
    expect(await status.textContent()).toContain('1 point below the 24%');
    const text = await visibleSvg(page).textContent();
    expect(text).toContain('Japan');
    expect(text).toContain('$148.2B');
    expect(text).toContain('Published 2 Apr: 24%');
    await page.locator('select[name="partner"]').selectOption('GB');
    await expect.poll(() => visibleSvg(page).textContent()).toContain('US surplus');
    expect(await status.textContent()).toContain('not listed in Annex I');
    await page.close();
  });

  it('opens a shared link in the shared state', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${formulaUrl}?partner=VN&exports=150`);
    await expect.poll(() => page.locator('select[name="partner"]').inputValue()).toBe('VN');
    expect(await page.locator('input[name="exports"]').inputValue()).toBe('150');
    await expect.poll(() => visibleSvg(page).textContent()).toContain('(150% of 2024)');
    await page.close();
  });

  it('works on a phone: the compact rendering follows the controls', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(formulaUrl);
    await page.locator('select[name="partner"]').selectOption('VN');
    const compact = page.locator('tl-explorer[data-chart="reciprocal-formula"] .svg-compact svg');
    await expect.poll(() => compact.textContent()).toContain('Vietnam');
    expect(await compact.isVisible()).toBe(true);
    expect(await compact.textContent()).toContain('Computed 45%');
    await context.close();
  });

  it('shows the default worked example and table without JavaScript, and no dead controls', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(formulaUrl);
    expect(await visibleSvg(page).textContent()).toContain('Computed 34%');
    expect(await page.locator('select[name="partner"]').isVisible()).toBe(false);
    const table = await page.locator('tl-explorer[data-chart="reciprocal-formula"] table.tl-table').textContent();
    expect(table).toContain('Halved, rounded up');
    expect(table).toContain('Published rate, 2 April 2025');
    await context.close();
  });
});

describe('rates-dumbbell chart', () => {
  const panel = (page: Page) => page.locator('tl-chart[data-chart="rates-dumbbell"][data-view="key"]');

  it('steps through partners with the arrow keys, announcing rates and documents', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(dumbbellUrl);
    const chart = panel(page);
    await chart.focus();
    await page.keyboard.press('Home');
    const readout = chart.locator('.readout');
    await expect.poll(() => readout.textContent()).toContain('Lesotho');
    expect(await readout.textContent()).toContain('2 Apr 2025: 50%');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => readout.textContent()).toContain('Cambodia');
    expect(await readout.textContent()).toContain('Joint statement, 26 Oct 2025');
    await page.keyboard.press('End');
    await expect.poll(() => readout.textContent()).toContain('United Kingdom');
    expect(await readout.getAttribute('aria-live')).toBe('polite');
    expect(await chart.locator('.svg-wide .tl-stop.is-active').count()).toBe(1);
    await page.close();
  });

  it('shows a partner’s rates and the rule in words when its row is hovered', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(dumbbellUrl);
    const chart = panel(page);
    const rows = await chart.locator('.svg-wide text[data-i]').allTextContents();
    const eu = rows.indexOf('European Union');
    expect(eu).toBeGreaterThan(-1);
    await chart.locator(`.svg-wide rect.tl-stop[data-i="${eu}"]`).hover();
    await expect.poll(() => chart.locator('.readout').textContent()).toContain('European Union');
    const text = await chart.locator('.readout').textContent();
    expect(text).toContain('15% minus the Column 1 (MFN) duty rate');
    expect(text).toContain('EO 14326');
    expect(text).toContain('Fact sheet, 28 Jul 2025');
    await page.close();
  });

  it('responds to a tap on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(dumbbellUrl);
    const chart = panel(page);
    const names = await chart.locator('.svg-compact text[data-i]').allTextContents();
    await chart.locator(`.svg-compact rect.tl-stop[data-i="${names.indexOf('India')}"]`).tap();
    // The readout data is fetched as the finger comes down: the details follow within a moment.
    await expect.poll(() => chart.locator('.readout').textContent()).toContain('India');
    const text = await chart.locator('.readout').textContent();
    expect(text).toContain('India');
    expect(text).toContain('+25%');
    expect(text).toContain('EO 14329');
    await context.close();
  });
});
