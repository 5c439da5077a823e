import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatDay } from '../../src/shared/format';
import { downloaded, openBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const chartUrl = new URL('charts/us-china-escalation/', baseUrl).href;
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
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
    const csv = (await downloaded(csvDownload)).toString('utf8').trim().split('\n');
    expect(csv[0]).toContain('Date,Who,Status');
    expect(csv.length - 1).toBe(rowsShown);
    expect(csv.some((line) => line.startsWith('2025-04-10,US,effective') && line.endsWith(',145,84'))).toBe(true);
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.locator('.dl-json').click()]);
    const json = JSON.parse((await downloaded(jsonDownload)).toString('utf8'));
    expect(json.rows).toHaveLength(rowsShown);
    expect(json.rows.find((r: Record<string, unknown>) => r.Date === '2025-04-10' && r.Who === 'US')['US rate on China, %']).toBe(145);
    await page.close();
  });

  it('downloads the picture as SVG and PNG with title, source, as-of, licence and URL inside, and no CSP violation', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(chartUrl);
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.locator('.dl-svg').click()]);
    const svg = (await downloaded(svgDownload)).toString('utf8');
    expect(svg).toContain('<svg');
    // The title is computed from the data, so the picture must carry the one the page shows: its
    // bold lines (the title wraps onto several <text> elements) joined back into one sentence.
    const pageTitle = (await page.locator('.view-panel[data-view="rates"] .fig-title').textContent())?.trim() ?? '';
    expect(pageTitle).toMatch(/\d+%/);
    const pictureTitle = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      return [...doc.documentElement.children]
        .filter((el) => el.localName === 'text' && el.getAttribute('font-weight') === '700')
        .map((el) => el.textContent)
        .join(' ');
    }, svg);
    expect(pictureTitle).toBe(pageTitle);
    expect(svg).toContain('Source: US executive orders');
    expect(svg).toContain('/charts/us-china-escalation/');
    expect(svg).not.toContain('var(--');
    // The as-of date too is the data's, read from the view the page shows.
    const asOf = (await page.locator('.view-panel[data-view="rates"]').getAttribute('data-as-of')) ?? '';
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(svg).toContain(`Data as of ${formatDay(asOf)}. CC BY 4.0.`);
    expect(svg).not.toMatch(/\sstyle="/);
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.locator('.dl-png').click()]);
    const png = await downloaded(pngDownload);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // 2× for slides: the width in the IHDR chunk is twice the picture's.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1400);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('draws every line of the picture inside it: the long title wraps, nothing runs off the edge', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(new URL('charts/tariff-stack/', baseUrl).href);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.dl-svg').click()]);
    const svg = (await downloaded(download)).toString('utf8');
    await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
    const outside = await page.evaluate(() => {
      const root = document.querySelector('body > svg') as SVGSVGElement;
      const width = root.viewBox.baseVal.width;
      const height = root.viewBox.baseVal.height;
      return [...root.querySelectorAll(':scope > text')]
        .map((t) => ({ text: t.textContent, box: (t as SVGTextElement).getBBox() }))
        .filter(({ box }) => box.x < 0 || box.x + box.width > width || box.y < 0 || box.y + box.height > height)
        .map(({ text }) => text);
    });
    expect(outside).toEqual([]);
    expect(svg.match(/<text[^>]*font-weight="700"/g)?.length).toBeGreaterThan(1);
    await page.close();
  });

  it('fills in the access date in the citations, labels both Chicago styles, and names the served address', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(chartUrl);
    const origin = new URL(baseUrl).origin;
    expect(await page.locator('.cite-apa-7').textContent()).toMatch(new RegExp(`Retrieved \\w+ \\d{1,2}, \\d{4}, from ${origin}/`));
    expect(await page.locator('.cite-bibtex').textContent()).toMatch(/urldate = \{\d{4}-\d{2}-\d{2}\}/);
    expect(await page.locator('.citations dt').allTextContents()).toEqual([
      'APA 7',
      'MLA 9',
      'Chicago (author-date)',
      'Chicago (notes-bibliography)',
      'BibTeX',
    ]);
    // Addresses handed out follow where the page is served, whatever SITE_URL the build had.
    expect(await page.locator('.share-url').inputValue()).toBe(`${origin}${new URL(chartUrl).pathname}`);
    expect(await page.locator('.embed-code').inputValue()).toContain(`src="${origin}/`);
    const [ris] = await Promise.all([page.waitForEvent('download'), page.locator('a.dl-cite[data-format="ris"]').click()]);
    expect(ris.suggestedFilename()).toBe('us-china-escalation-rates.ris');
    const text = (await downloaded(ris)).toString('utf8');
    expect(text).toMatch(/^TY {2}- ELEC\r\n/);
    expect(text).toMatch(/\r\nY2 {2}- \d{4}\/\d{2}\/\d{2}\r\n/);
    expect(text).toContain(`UR  - ${origin}/`);
    await page.close();
  });

  it('hands out embed code with the height of the view, the theme and the table, and announces a view change', async () => {
    const page = await browser.newPage();
    await page.goto(chartUrl);
    const heightOf = async () => Number(/height="(\d+)"/.exec(await page.locator('.embed-code').inputValue())?.[1]);
    expect(await heightOf()).toBe(Number(await page.locator('.view-panel[data-view="rates"]').getAttribute('data-embed-height')));
    await page.locator('.view-tabs a[data-view="components"]').click();
    expect(await heightOf()).toBe(Number(await page.locator('.view-panel[data-view="components"]').getAttribute('data-embed-height')));
    expect(await page.locator('.kit-status').textContent()).toMatch(/^Showing .+: /);
    await page.locator('.embed-theme').selectOption('dark');
    await page.locator('.embed-table').check();
    const code = await page.locator('.embed-code').inputValue();
    expect(code).toMatch(/\/embed\/us-china-escalation\/\?view=components&amp;theme=dark&amp;table=1"/);
    expect(await heightOf()).toBeGreaterThan(
      Number(await page.locator('.view-panel[data-view="components"]').getAttribute('data-embed-height')),
    );
    expect(code).toContain('/embed/v1/host.js');
    await page.locator('.embed-script').uncheck();
    expect(await page.locator('.embed-code').inputValue()).not.toContain('<script');
    await page.close();
  });

  it('hands out the dated version instead of the live chart when asked: link, embed code and citation', async () => {
    const page = await browser.newPage();
    await page.goto(`${chartUrl}?view=components`);
    const date = (await page.locator('tl-chart-kit').getAttribute('data-archived')) ?? '';
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.locator('.use-archived').check();
    expect(await page.locator('.share-url').inputValue()).toMatch(new RegExp(`/charts/us-china-escalation/v/${date}/\\?view=components$`));
    const code = await page.locator('.embed-code').inputValue();
    expect(code).toContain(`/embed/us-china-escalation/v/${date}/?view=components"`);
    const archivedHeight = await page.locator('.view-panel[data-view="components"]').getAttribute('data-archived-height');
    expect(code).toContain(`height="${archivedHeight}"`);
    expect(await page.locator('.cite-bibtex').textContent()).toContain(`date = {${date}}`);
    expect(await page.locator('.cite-apa-7').textContent()).toContain(`/charts/us-china-escalation/v/${date}/?view=components`);
    await page.close();
  });

  it('names downloads after the setting, and the link itself serves the rows shown', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(new URL('charts/tariff-stack/?partner=JP', baseUrl).href);
    const link = page.locator('a.dl-csv');
    expect(await link.getAttribute('download')).toMatch(/^tariff-stack-stack-.*partner-JP.*\.csv$/);
    const href = (await link.getAttribute('href')) ?? '';
    expect(href.startsWith('blob:')).toBe(true);
    // What "Save link as" gets is the link's own target: follow it with no script in between.
    const save = async (selector: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
      return (await downloaded(download)).toString('utf8');
    };
    const shown = await page.locator('.view-panel[data-view="stack"] table.tl-table tbody tr').count();
    expect((await save('a.dl-csv')).trim().split('\n').length - 1).toBe(shown);
    const json = JSON.parse(await save('a.dl-json'));
    expect(Object.keys(json)).toEqual(['chart', 'view', 'title', 'url', 'params', 'asOf', 'source', 'license', 'columns', 'rows']);
    expect(json.params.partner).toBe('JP');
    // The built file has the same layout.
    const built = await (await fetch(new URL('data/charts/tariff-stack/stack.json', baseUrl))).json();
    expect(Object.keys(built)).toEqual(Object.keys(json));
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
    expect(await page.locator('.cite-apa-7').textContent()).toMatch(/\[Chart\]\. http/);
    expect(await page.locator('.dl-svg').isVisible()).toBe(false);
    expect(await page.locator('.no-js-note').textContent()).toContain('cannot read the view or settings in its address');
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
    expect(await page.locator('.cite-apa-7').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    // One page: a PDF lists its pages as /Type /Page objects.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.close();
  });
});
