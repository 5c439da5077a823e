import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/support/browser';

const baseUrl = inject('baseUrl');
const chartUrl = new URL('charts/us-china-escalation/', baseUrl).href;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('chart page educator kit', () => {
  it('switches views, keeps the view in the URL, and updates the link and embed code', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(chartUrl);
    await page.locator('.view-tabs a[data-view="components"]').click();
    expect(new URL(page.url()).searchParams.get('view')).toBe('components');
    expect(await page.locator('.view-panel[data-view="components"]').isVisible()).toBe(true);
    expect(await page.locator('.view-panel[data-view="rates"]').isVisible()).toBe(false);
    expect(await page.locator('.share-url').inputValue()).toMatch(/\/charts\/us-china-escalation\/\?view=components$/);
    expect(await page.locator('.embed-code').inputValue()).toContain('/embed/us-china-escalation/?view=components');
    await page.locator('button[data-copy=".share-url"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\?view=components$/);
    await context.close();
  });

  it('opens a shared link in the shared view', async () => {
    const page = await browser.newPage();
    await page.goto(`${chartUrl}?view=components`);
    expect(await page.locator('.view-panel[data-view="components"]').isVisible()).toBe(true);
    await page.close();
  });

  it('downloads exactly the rows shown as CSV and JSON', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(chartUrl);
    const rowsShown = await page.locator('.view-panel[data-view="rates"] table.tl-table tbody tr').count();
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('.dl-csv').click()]);
    const csv = readFileSync((await csvDownload.path()) as string, 'utf8')
      .trim()
      .split('\n');
    expect(csv[0]).toContain('Date,Who,Status');
    expect(csv.length - 1).toBe(rowsShown);
    expect(csv.some((line) => line.startsWith('2025-04-10,US,effective') && line.endsWith(',145,84'))).toBe(true);
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.locator('.dl-json').click()]);
    const json = JSON.parse(readFileSync((await jsonDownload.path()) as string, 'utf8'));
    expect(json.rows).toHaveLength(rowsShown);
    expect(json.rows.find((r: Record<string, unknown>) => r.Date === '2025-04-10' && r.Who === 'US')['US rate on China, %']).toBe(145);
    await page.close();
  });

  it('downloads the picture as SVG and PNG with title, source and URL inside', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(chartUrl);
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.locator('.dl-svg').click()]);
    const svg = readFileSync((await svgDownload.path()) as string, 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('rose to 145%');
    expect(svg).toContain('Source: US executive orders');
    expect(svg).toContain('/charts/us-china-escalation/');
    expect(svg).not.toContain('var(--');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.locator('.dl-png').click()]);
    const png = readFileSync((await pngDownload.path()) as string);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // 2× for slides: the width in the IHDR chunk is twice the picture's.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1400);
    await page.close();
  });

  it('fills in the access date in the citations', async () => {
    const page = await browser.newPage();
    await page.goto(chartUrl);
    expect(await page.locator('.cite-apa').textContent()).toMatch(/Retrieved \w+ \d{1,2}, \d{4}, from http/);
    expect(await page.locator('.cite-bibtex').textContent()).toMatch(/note = \{Accessed \d{4}-\d{2}-\d{2}\}/);
    await page.close();
  });

  it('without JavaScript still shows the chart, table, CSV and JSON links and the citation', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(chartUrl);
    expect(await page.locator('.view-panel[data-view="rates"] .svg-wide svg.tl-svg').isVisible()).toBe(true);
    expect(await page.locator('table.tl-table').count()).toBeGreaterThan(0);
    expect(await page.locator('a.dl-csv').getAttribute('href')).toMatch(/\/data\/charts\/us-china-escalation\/rates\.csv$/);
    expect(await page.locator('a.dl-json').isVisible()).toBe(true);
    expect(await page.locator('.cite-apa').textContent()).toContain('[Chart]. Tariff Ledger.');
    expect(await page.locator('.dl-svg').isVisible()).toBe(false);
    await context.close();
  });

  it('prints as a handout: one view, description and table open, the tools hidden', async () => {
    const page = await browser.newPage();
    await page.goto(chartUrl);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.view-panel[data-view="rates"] details').first().getAttribute('open')).not.toBeNull();
    expect(await page.locator('.embed-code').isVisible()).toBe(false);
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    expect(await page.locator('.cite-apa').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    // One page: a PDF lists its pages as /Type /Page objects.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.close();
  });
});
