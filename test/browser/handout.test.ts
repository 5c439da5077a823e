import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { charts } from '../../src/charts/registry';
import { openBrowser } from '../support/browser';

/**
 * "Print a one-page handout" for every chart and view: A4, as a teacher prints it (the print
 * button fires beforeprint, then the browser lays the page out for paper). Pages are counted
 * from the PDF itself: each page is one `/Type /Page` object (the tree's root is `/Pages`).
 */
const baseUrl = inject('baseUrl');
const allViews = Object.values(charts).flatMap((chart) => chart.views.map((view) => ({ id: chart.id, view })));
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

describe('one-page handouts', () => {
  it('prints every chart view on one A4 page with the wide drawing, the link and no controls', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pages: Record<string, number> = {};
    for (const { id, view } of allViews) {
      await page.goto(new URL(`charts/${id}/?view=${view}`, baseUrl).href);
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      const panel = page.locator(`.view-panel[data-view="${view}"]`);
      expect(await panel.locator('.svg-wide svg').isVisible(), `${id}/${view} wide drawing`).toBe(true);
      expect(await panel.locator('.svg-compact svg').isVisible()).toBe(false);
      expect(
        await page.locator('.fig-controls, .view-tabs, .embed-code, button').filter({ visible: true }).count(),
        `${id}/${view} controls`,
      ).toBe(0);
      expect(await page.locator('.handout-link').filter({ visible: true }).textContent()).toContain(`/charts/${id}/`);
      expect(await page.locator('.handout-qr svg.qr path').isVisible(), `${id}/${view} QR code`).toBe(true);
      pages[`${id}/${view}`] = pdfPageCount(await page.pdf({ format: 'A4', printBackground: false }));
      await page.emulateMedia({ media: 'screen' });
    }
    expect(pages).toEqual(Object.fromEntries(allViews.map(({ id, view }) => [`${id}/${view}`, 1])));
    await page.close();
  });

  it('prints one page without JavaScript too: the first view, whatever else the page shows', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const id of ['negotiation-timeline', 'rates-dumbbell']) {
      await page.goto(new URL(`charts/${id}/`, baseUrl).href);
      await page.emulateMedia({ media: 'print' });
      expect(pdfPageCount(await page.pdf({ format: 'A4' })), id).toBe(1);
    }
    await context.close();
  });
});
