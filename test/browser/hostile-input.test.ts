// Hostile or sloppy input reaching a chart page in the browser. A tampered link (repeated keys,
// an impossible date, junk parameters): the page, its share link and its embed code must agree,
// and hand on only the normalised state. The in-page CSV download: no cell a spreadsheet would run.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { downloaded, openBrowser } from '../support/browser';
import { POLL_TIMEOUT } from '../support/timeouts';

const baseUrl = inject('baseUrl');
const pageUrl = new URL('charts/tariff-stack/', baseUrl).href;
const slow = { timeout: POLL_TIMEOUT };
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${pageUrl}${query}`);
  await expect.poll(() => page.locator('.share-url').inputValue(), slow).toContain('?');
  return page;
}

/** The query of the iframe's address in an embed code. */
// The embed code writes its src as an HTML attribute (`&` as `&amp;`): read it as a browser does.
const queryOf = (embed: string) => new URL((/<iframe src="([^"]+)"/.exec(embed)?.[1] ?? '').replace(/&amp;/g, '&'), baseUrl).search;

describe('URL state on a chart page', () => {
  it('a repeated key counts once: page, share link and embed code show the same partner', async () => {
    const page = await open('?partner=JP&partner=CN&product=cars&date=2025-07-09');
    expect(await page.locator('select[name="partner"]').inputValue()).toBe('JP');
    const share = await page.locator('.share-url').inputValue();
    const embed = await page.locator('.embed-code').inputValue();
    expect(new URL(share).searchParams.getAll('partner')).toEqual(['JP']);
    expect(queryOf(embed)).toBe(new URL(share).search);
    expect(new URL(page.url()).searchParams.getAll('partner')).toEqual(['JP']);
    await page.close();
  });

  it('an impossible date falls back to the default day instead of showing "30 Feb 2025"', async () => {
    const page = await open('?partner=CN&product=other&date=2025-02-30');
    await expect.poll(() => page.locator('input[name="date"]').inputValue(), slow).toBe('2025-07-09');
    expect(await page.locator('tl-explorer .svg-wide svg').textContent()).not.toContain('30 Feb');
    expect(new URL(await page.locator('.share-url').inputValue()).searchParams.get('date')).toBe('2025-07-09');
    await page.close();
  });

  it('junk parameters are not copied into share links, embed codes or citations', async () => {
    const page = await open('?utm_source=newsletter&evil=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&partner=KR');
    const share = await page.locator('.share-url').inputValue();
    const embed = await page.locator('.embed-code').inputValue();
    const cite = await page.locator('.cite-text').first().textContent();
    for (const text of [share, embed, cite ?? '']) {
      expect(text).not.toContain('utm_source');
      expect(text).not.toContain('evil');
      expect(text).not.toContain('alert');
    }
    expect([...new URL(share).searchParams.keys()].sort()).toEqual(['date', 'partner', 'product']);
    await page.close();
  });
});

describe('in-page CSV download', () => {
  it('neutralises text cells that a spreadsheet would run as formulas', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(new URL('charts/us-china-escalation/', baseUrl).href);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.dl-csv').click()]);
    const csv = (await downloaded(download)).toString('utf8');
    expect(csv).toContain("'+100% threatened");
    expect(csv.split('\n').some((line) => line.split(',').some((cell) => /^"?[=+@]/.test(cell)))).toBe(false);
    await page.close();
  });
});
