import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const pageUrl = new URL('explore/wall/', baseUrl).href;
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const slow = { timeout: 15_000 };
const wall = (page: Page) => page.locator('tl-wall');
const row = (page: Page, n: number) => wall(page).locator('li.wall-row').nth(n);
const firstCodes = (page: Page, n = 3) =>
  wall(page)
    .locator('li.wall-row')
    .evaluateAll((rows, k) => rows.slice(0, k).map((r) => (r as HTMLElement).dataset.code), n);

async function open(query = '') {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${pageUrl}${query}`);
  await expect.poll(() => wall(page).evaluate((el) => customElements.get(el.localName) !== undefined), slow).toBe(true);
  return page;
}

describe('the wall on any day', () => {
  it('ranks every partner by the duty on the day in the URL, China first at 145% on 10 April 2025', async () => {
    const page = await open('?date=2025-04-10&product=other');
    await expect.poll(() => row(page, 0).getAttribute('data-code'), slow).toBe('CN');
    expect(await row(page, 0).locator('.wall-rate').textContent()).toBe('145%');
    expect(await wall(page).locator('li.wall-row').count()).toBe(70);
    expect(await page.locator('.scrubber-day').textContent()).toBe('10 Apr 2025');
    await page.close();
  });

  it('re-ranks when the scrubber moves by keyboard, and an open bar stays open with its stack', async () => {
    const page = await open('?date=2025-04-10&product=other');
    await row(page, 0).locator('summary').click();
    const china = wall(page).locator('li.wall-row[data-code="CN"]');
    expect(await china.locator('details').getAttribute('open')).not.toBeNull();
    expect(await china.locator('.wall-stack').textContent()).toContain('Fentanyl duty (IEEPA)');
    await page.locator('#wall-date').focus();
    await page.keyboard.press('PageDown');
    // 9 April: the one day of the Annex I rates; Lesotho's 50% ranks high, China at 104%.
    await expect.poll(() => page.locator('.scrubber-day').textContent(), slow).toBe('9 Apr 2025');
    await expect.poll(() => china.locator('.wall-rate').textContent(), slow).toBe('104%');
    expect(await firstCodes(page, 2)).toEqual(['CN', 'LS']);
    expect(await china.locator('details').getAttribute('open')).not.toBeNull();
    expect(await china.locator('a.wall-calc').getAttribute('href')).toBe(
      '../duty-calculator/?partner=CN&product=other&date=2025-04-09&value=1000',
    );
    await expect.poll(() => new URL(page.url()).searchParams.get('date'), slow).toBe('2025-04-09');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('.scrubber-day').textContent(), slow).toBe('8 Apr 2025');
    // Before the country rates: every partner but China at the 10% baseline.
    await expect.poll(() => wall(page).locator('.wall-summary').textContent(), slow).toContain('69 of 70 partners at 10%');
    await page.close();
  });

  it('moves by pointer and follows the product', async () => {
    const page = await open('?date=2025-07-09&product=other');
    const box = await page.locator('#wall-date').boundingBox();
    if (!box) throw new Error('no scrubber');
    await page.mouse.click(box.x + 3, box.y + box.height / 2);
    await expect.poll(() => page.locator('.scrubber-day').textContent(), slow).toBe('1 Jan 2025');
    await expect.poll(() => wall(page).locator('.wall-summary').textContent(), slow).toContain('no additional US duty');
    await page.mouse.click(box.x + box.width - 3, box.y + box.height / 2);
    await expect.poll(() => page.locator('.scrubber-day').textContent(), slow).not.toBe('1 Jan 2025');
    await page.locator('#wall-product').selectOption('steel-aluminum');
    await expect.poll(() => new URL(page.url()).searchParams.get('product'), slow).toBe('steel-aluminum');
    expect(await row(page, 0).locator('.wall-stack').textContent()).toContain('Section 232');
    await page.close();
  });

  it('shows a note and the default day when the URL is bad', async () => {
    const page = await open('?date=yesterday&product=rice');
    await expect.poll(() => page.locator('.explore-problems').isVisible(), slow).toBe(true);
    expect(await page.locator('.explore-problems').textContent()).toContain('“yesterday” is not a calendar day');
    expect(await wall(page).locator('li.wall-row').count()).toBe(70);
    await page.close();
  });

  it('without JavaScript shows the last day of the data, with bars that still open', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pageUrl);
    expect(await page.locator('.explore-nojs').isVisible()).toBe(true);
    expect(await page.locator('form.wall-form').isVisible()).toBe(false);
    await page.locator('li.wall-row summary').first().click();
    expect(await page.locator('li.wall-row .wall-stack').first().isVisible()).toBe(true);
    await context.close();
  });
});
