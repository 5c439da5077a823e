import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let host: Server;
let hostUrl = '';

/**
 * A teacher's page on another origin: two embedded charts (one with its view in the URL), our
 * host script, and a frame from the teacher's own origin that sends a forged height message.
 */
function hostPage(): string {
  const embed = new URL('embed/us-china-escalation/', baseUrl).href;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title></head><body>
<h1>Week 3: tariffs</h1>
<iframe id="plain" src="${embed}" title="Escalation" width="100%" height="300" style="border:0"></iframe>
<iframe id="stateful" src="${embed}?view=components&theme=dark" title="Escalation by part" width="100%" height="300" style="border:0"></iframe>
<iframe id="forger" src="/forger.html" title="Not ours" width="100%" height="120" style="border:0"></iframe>
<script src="${new URL('embed/v1/host.js', baseUrl).href}" async></script>
</body></html>`;
}

const forger = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body><script>
setInterval(function () { parent.postMessage({ type: 'tariff-ledger:embed-height', height: 4321 }, '*'); }, 100);
</script></body></html>`;

beforeAll(async () => {
  browser = await openBrowser();
  host = createServer((req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(req.url === '/forger.html' ? forger : hostPage());
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  // localhost and 127.0.0.1 are different origins: the host page is not on the site's origin.
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

describe('embedding charts on another site', () => {
  it('renders both frames, sizes them to their content, keeps state, and ignores height messages from other origins', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await page.goto(hostUrl);
    const plain = page.frameLocator('#plain');
    const stateful = page.frameLocator('#stateful');
    await expect.poll(() => plain.locator('.view-panel[data-view="rates"] .svg-wide svg').isVisible()).toBe(true);

    // Sized to content: taller than the 300px the embed code asked for.
    await expect.poll(async () => (await page.locator('#plain').boundingBox())?.height ?? 0).toBeGreaterThan(400);
    await expect.poll(async () => (await page.locator('#stateful').boundingBox())?.height ?? 0).toBeGreaterThan(400);

    // State from the URL: the second frame shows the components view, in dark.
    expect(await stateful.locator('.view-panel[data-view="components"]').isVisible()).toBe(true);
    expect(await stateful.locator('.view-panel[data-view="rates"]').isVisible()).toBe(false);
    expect(await stateful.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await plain.locator('.view-panel[data-view="rates"]').isVisible()).toBe(true);

    // The forger frame keeps its own height: its messages come from the host's origin, not ours.
    await page.waitForTimeout(500);
    expect((await page.locator('#forger').boundingBox())?.height).toBe(120);
    await page.close();
  });

  it('works as a plain iframe without the host script, at the height given', async () => {
    const page = await browser.newPage();
    await page.setContent(
      `<iframe id="f" src="${new URL('embed/us-china-escalation/', baseUrl).href}" title="x" height="500" style="border:0"></iframe>`,
    );
    await expect
      .poll(() => page.frameLocator('#f').locator('.svg-compact svg, .svg-wide svg').filter({ visible: true }).first().isVisible())
      .toBe(true);
    expect((await page.locator('#f').boundingBox())?.height).toBe(500);
    await page.close();
  });
});
