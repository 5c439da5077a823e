import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const pageUrl = new URL('stories/reciprocal-rates-computed/', baseUrl).href;
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const slow = { timeout: 15_000 };
const rx = (page: Page) => page.locator('tl-reactive[data-partner="CN"]');
const text = (page: Page, selector: string) => rx(page).locator(selector).textContent();

async function open() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pageUrl);
  await expect.poll(() => rx(page).evaluate((el) => customElements.get(el.localName) !== undefined), slow).toBe(true);
  return page;
}

describe('reactive sentences in the reciprocal essay', () => {
  it('starts from the sourced 2024 figures: $143.5 billion of exports to China, a 34% rate', async () => {
    const page = await open();
    expect(await text(page, '.rx-exports-out')).toBe('$143.5 billion');
    expect(await text(page, '.rx-balance')).toBe('a deficit of $295.4 billion');
    expect(await text(page, '.rx-rate')).toBe('34%');
    expect(await text(page, '.rx-mark')).toContain('the 2024 figure, U.S. Census Bureau');
    expect(await rx(page).locator('.rx-mark a').getAttribute('href')).toMatch(/^https:\/\/www\.census\.gov\//);
    expect(await rx(page).locator('.rx-reset').isDisabled()).toBe(true);
    await page.close();
  });

  it('recomputes the sentence and the dot plot on arrow keys, marks the reader’s number and resets', async () => {
    const page = await open();
    const exports = rx(page).locator('input.rx-exports');
    await exports.focus();
    await page.keyboard.press('ArrowRight');
    // One step of $5 billion: exports $148.5 billion, the deficit 66% of imports, half of it rounded up.
    await expect.poll(() => text(page, '.rx-exports-out'), slow).toBe('$148.5 billion');
    expect(await text(page, '.rx-share')).toBe('66% of imports');
    expect(await text(page, '.rx-rate')).toBe('33%');
    expect(await exports.getAttribute('aria-valuetext')).toBe('$148.5 billion');
    expect(await text(page, '.rx-mark')).toBe('(your number; 2024: $143.5 billion)');
    expect(await rx(page).locator('.rx-exports-out').getAttribute('class')).toContain('is-yours');
    expect(await rx(page).locator('.rx-plot-wide .rx-focus-label').textContent()).toBe('China 33%');
    await rx(page).locator('.rx-reset').click();
    await expect.poll(() => text(page, '.rx-rate'), slow).toBe('34%');
    expect(await exports.getAttribute('aria-valuetext')).toBe('$143.5 billion, the 2024 figure');
    await page.close();
  });

  it('recomputes on drag: with almost no US exports the rate reaches the 50% the formula allows', async () => {
    const page = await open();
    const exports = rx(page).locator('input.rx-exports');
    await exports.scrollIntoViewIfNeeded();
    const box = await exports.boundingBox();
    if (!box) throw new Error('no slider');
    const y = box.y + box.height / 2;
    const thumbX =
      box.x + box.width * ((143_545.7 - Number(await exports.getAttribute('min'))) / Number(await exports.getAttribute('max')));
    await page.mouse.move(thumbX, y);
    await page.mouse.down();
    await page.mouse.move(box.x - 20, y, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => text(page, '.rx-rate'), slow).toBe('50%');
    expect(await text(page, '.rx-exports-out')).not.toBe('$143.5 billion');
    // Drag to the far right: more exports than imports, a surplus, and the floor.
    await page.mouse.move(box.x + 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width + 20, y, { steps: 10 });
    await page.mouse.up();
    await expect.poll(() => text(page, '.rx-balance'), slow).toMatch(/^a surplus of /);
    expect(await text(page, '.rx-rate')).toBe('10%');
    await page.close();
  });

  it('lets the reader change the divisor: dividing by 1 gives China 67%, and more partners fall to the floor as it grows', async () => {
    const page = await open();
    const divisor = rx(page).locator('input.rx-divisor');
    const floor = async () => Number((await text(page, '.rx-floor'))?.split(' ')[0]);
    const atTwo = await floor();
    await divisor.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => text(page, '.rx-divisor-out'), slow).toBe('1');
    expect(await text(page, '.rx-rate')).toBe('67%');
    expect(await floor()).toBeLessThan(atTwo);
    await page.keyboard.press('End');
    await expect.poll(() => text(page, '.rx-divisor-out'), slow).toBe('4');
    expect(await floor()).toBeGreaterThan(atTwo);
    expect(await text(page, '.rx-divisor-mark')).toBe('(your number; announced: 2)');
    await page.close();
  });

  it('shows the sourced sentence, the dot plot and a note without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pageUrl);
    expect(await rx(page).locator('.rx-nojs').isVisible()).toBe(true);
    expect(await rx(page).locator('input.rx-exports').isVisible()).toBe(false);
    expect(await text(page, '.rx-rate')).toBe('34%');
    expect(await rx(page).locator('.rx-plot-wide svg.rx-dots circle').count()).toBe(70);
    expect(await rx(page).locator('.rx-plot-compact svg.rx-dots circle').count()).toBe(70);
    await context.close();
  });
});
