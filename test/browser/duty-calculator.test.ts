import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const pageUrl = new URL('explore/duty-calculator/', baseUrl).href;
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const slow = { timeout: 15_000 };
const calc = (page: Page) => page.locator('tl-duty-calculator');
const duty = (page: Page, side: 'partner' | 'vs' = 'partner') => calc(page).locator(`.calc-partner[data-side="${side}"] .calc-duty`);
const dollars = async (page: Page, side: 'partner' | 'vs' = 'partner') =>
  Number((await duty(page, side).textContent())?.replace(/[^\d.]/g, ''));
const scrubber = (page: Page) => page.locator('#calc-date');
const shownDay = (page: Page) => page.locator('.scrubber-day').textContent();

async function open(query = '') {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${pageUrl}${query}`);
  await expect.poll(() => calc(page).evaluate((el) => customElements.get(el.localName) !== undefined), slow).toBe(true);
  return page;
}

describe('duty calculator', () => {
  it('reads a case from the URL and gives the duty in dollars, layer by layer with law and document', async () => {
    const page = await open('?partner=CN&product=steel&date=2025-05-20&value=1000');
    // Section 232 steel 25% ($250) + fentanyl 20% ($200); the reciprocal duty is excluded for Section 232 goods.
    await expect.poll(() => duty(page).textContent(), slow).toBe('$450.00');
    const table = await calc(page).locator('.calc-partner[data-side="partner"] table').textContent();
    expect(table).toContain('Section 232 (Trade Expansion Act)');
    expect(table).toContain('$250.00');
    expect(table).toContain('$200.00');
    expect(table).toContain('$0.00 (would be $100.00)');
    expect(table).toMatch(/Proclamation/);
    expect(await shownDay(page)).toBe('20 May 2025');
    expect(await page.locator('.explore-problems').isVisible()).toBe(false);
    await page.goto(`${pageUrl}?partner=CN&product=steel&date=2025-05-20&value=2000`);
    await expect.poll(() => duty(page).textContent(), slow).toBe('$900.00');
    await page.close();
  });

  it('recomputes from the controls: the dollar duty doubles when the value doubles, and the URL follows', async () => {
    const page = await open();
    await expect.poll(() => dollars(page), slow).toBe(300);
    const value = page.locator('#calc-value');
    await value.fill('2500');
    await expect.poll(() => dollars(page), slow).toBe(750);
    await value.fill('5000');
    await expect.poll(() => dollars(page), slow).toBe(1500);
    expect(await dollars(page, 'vs')).toBe(500);
    await page.locator('#calc-product').selectOption('cars');
    await page.locator('#calc-vs').selectOption('KR');
    await expect.poll(() => calc(page).locator('.calc-partner[data-side="vs"] h2').textContent(), slow).toBe('South Korea');
    // Korean cars on 20 May 2025: the 25% Section 232 auto duty.
    await expect.poll(() => dollars(page, 'vs'), slow).toBe(1250);
    await expect.poll(() => new URL(page.url()).search, slow).toBe('?partner=CN&vs=KR&product=cars&date=2025-05-20&value=5000');
    await value.fill('lots');
    await expect.poll(() => value.getAttribute('aria-invalid'), slow).toBe('true');
    expect(await dollars(page, 'vs')).toBe(1250);
    await page.close();
  });

  it('moves the scrubber by keyboard: a day per arrow, the next change on Page Up, with a ghost of the bar before the move', async () => {
    const page = await open('?partner=CN&product=other&date=2025-04-08&value=1000');
    await expect.poll(() => dollars(page), slow).toBe(300);
    await scrubber(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => shownDay(page), slow).toBe('9 Apr 2025');
    // 9 April: China's reciprocal rate at 84% plus the 20% fentanyl duty.
    await expect.poll(() => dollars(page), slow).toBe(1040);
    expect(await calc(page).locator('.calc-partner[data-side="partner"] .calc-ghost').count()).toBe(1);
    expect(await scrubber(page).getAttribute('aria-valuetext')).toMatch(/^9 Apr 2025: /);
    await page.keyboard.press('PageUp');
    await expect.poll(() => shownDay(page), slow).toBe('10 Apr 2025');
    await expect.poll(() => dollars(page), slow).toBe(1450);
    await page.keyboard.press('PageDown');
    await expect.poll(() => shownDay(page), slow).toBe('9 Apr 2025');
    await expect.poll(() => new URL(page.url()).searchParams.get('date'), slow).toBe('2025-04-09');
    await page.keyboard.press('Home');
    await expect.poll(() => shownDay(page), slow).toBe('1 Jan 2025');
    await expect.poll(() => dollars(page), slow).toBe(0);
    await page.close();
  });

  it('moves the scrubber by pointer, from the first day of 2025 to the last day of the data', async () => {
    const page = await open();
    const box = await scrubber(page).boundingBox();
    if (!box) throw new Error('no scrubber');
    await page.mouse.click(box.x + 2, box.y + box.height / 2);
    await expect.poll(() => shownDay(page), slow).toBe('1 Jan 2025');
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    const last = await scrubber(page).getAttribute('max');
    expect(await scrubber(page).inputValue()).toBe(last);
    expect(await shownDay(page)).not.toBe('1 Jan 2025');
    expect(Number(last)).toBeGreaterThan(300);
    // The datasets run to 30 Nov 2026, and so does the scrubber.
    expect(await shownDay(page)).toBe('30 Nov 2026');
    await page.close();
  });

  it('gives the 2026 duties: Section 122 10% on 1 Mar 2026 and Section 301 12.5% on 1 Aug 2026, for China', async () => {
    const page = await open('?partner=CN&product=other&date=2026-03-01&value=1000');
    // $1,000 × 10% = $100 under Section 122; the IEEPA duties were no longer collected from 24 Feb 2026.
    await expect.poll(() => duty(page).textContent(), slow).toBe('$100.00');
    const table = calc(page).locator('.calc-partner[data-side="partner"] table');
    expect(await table.textContent()).toContain('Section 122 (Trade Act of 1974)');
    expect(await table.textContent()).not.toContain('IEEPA');
    expect(await table.locator('tbody a').first().getAttribute('href')).toBeTruthy();
    await page.goto(`${pageUrl}?partner=CN&product=other&date=2026-08-01&value=1000`);
    // $1,000 × 12.5% = $125 under the Section 301 forced-labor tariff from 24 Jul 2026.
    await expect.poll(() => duty(page).textContent(), slow).toBe('$125.00');
    expect(await table.textContent()).toContain('Section 301 (Trade Act of 1974)');
    expect(await table.textContent()).toContain('12.5%');
    await page.close();
  });

  it('shows a note and the defaults when the URL is bad, never a broken page', async () => {
    const page = await open('?partner=XX&product=rice&date=2025-02-30&value=abc');
    const note = page.locator('.explore-problems');
    await expect.poll(() => note.isVisible(), slow).toBe(true);
    const text = await note.textContent();
    expect(text).toContain('“XX” is not a partner');
    expect(text).toContain('“rice” is not a product group');
    expect(text).toContain('“2025-02-30” is not a calendar day');
    expect(text).toContain('“abc” is not a shipment value');
    expect(await duty(page).textContent()).toBe('$300.00');
    await page.close();
  });

  it('shows the default case with its dollars and a note without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pageUrl);
    expect(await page.locator('.explore-nojs').isVisible()).toBe(true);
    expect(await page.locator('.explore-nojs').textContent()).toContain('The controls need JavaScript');
    expect(await page.locator('form.calc-form').isVisible()).toBe(false);
    expect(await duty(page).textContent()).toBe('$300.00');
    expect(await page.locator('.calc-partner[data-side="vs"] .calc-duty').textContent()).toBe('$100.00');
    expect(await page.locator('.calc-bar').count()).toBe(2);
    await context.close();
  });
});
