import { readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { charts } from '../../src/charts/registry';
import { openBrowser } from '../support/browser';

/**
 * A teacher's course site on another origin (its own server, another port and host name) embeds
 * charts the ways course platforms allow: the plain iframe code with no script (sized by the
 * height in the code alone), our host script with frames sandboxed to `allow-scripts`, the whole
 * page inside a sandboxed frame with the script loaded late, and the script as a module.
 */
const baseUrl = inject('baseUrl');
const siteOrigin = new URL(baseUrl).origin;
const allViews = Object.values(charts).flatMap((chart) => chart.views.map((view) => ({ id: chart.id, view })));
// The archived versions hand out embed code too: their frames must fit as well.
const archived = Object.values(charts).flatMap((chart) =>
  chart.views.map((view) => ({
    id: `${chart.id}/v/${readdirSync(`content/chart-versions/${chart.id}`).sort().at(-1)?.replace('.json', '')}`,
    view,
  })),
);
let browser: Browser;
let course: Server;
let courseUrl = '';
const pages = new Map<string, string>();

beforeAll(async () => {
  browser = await openBrowser();
  course = createServer((req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(pages.get(req.url ?? '/') ?? '<!doctype html><title>none</title>');
  });
  await new Promise<void>((resolve) => course.listen(0, '127.0.0.1', resolve));
  courseUrl = `http://localhost:${(course.address() as AddressInfo).port}`;
  expect(new URL(courseUrl).origin).not.toBe(siteOrigin);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => course?.close(resolve));
});

/** The embed code the chart page hands out for a view, without its script line. */
async function embedCodeFor(page: Page, id: string, view: string): Promise<string> {
  await page.goto(new URL(`charts/${id}/?view=${view}`, baseUrl).href);
  await page.locator('.embed-script').uncheck();
  return page.locator('.embed-code').inputValue();
}

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title></head><body>${body}</body></html>`;

/** Waits until an embed frame has drawn its chart. */
async function loaded(frame: Frame) {
  await expect
    .poll(() => frame.evaluate(() => Boolean(customElements.get('tl-embed')) && document.readyState === 'complete'), { timeout: 15_000 })
    .toBe(true);
}

describe('embeds on another origin', () => {
  it('the plain iframe code fits every chart view in a course column of 560 to 712 px, also with the tallest readout shown', async () => {
    const kit = await browser.newPage();
    const codes: string[] = [];
    // Lazy loading is the browser's business, not the size's: load all frames at once here.
    for (const { id, view } of [...allViews, ...archived]) {
      const code = (await embedCodeFor(kit, id, view)).replace(' loading="lazy"', '');
      codes.push(`<div style="width:712px">${code}</div>`);
      if (!id.includes('/v/')) codes.push(`<div style="width:560px">${code}</div>`);
    }
    await kit.close();
    expect(codes.join('\n')).not.toContain('<script');
    pages.set('/plain', page(codes.join('\n')));

    const course = await browser.newPage({ viewport: { width: 900, height: 900 } });
    await course.goto(`${courseUrl}/plain`);
    const frames = course.frames().filter((f) => f.url().startsWith(siteOrigin));
    expect(frames).toHaveLength(2 * allViews.length + archived.length);
    const overflows: string[] = [];
    for (const frame of frames) {
      await frame.waitForLoadState('load');
      await loaded(frame);
      const worst = await frame.evaluate(async () => {
        const fits = () => document.documentElement.scrollHeight - window.innerHeight;
        let most = fits();
        // Step through every point: the readout at its tallest must still fit.
        type Chart = HTMLElement & { activate?: (i: number) => Promise<void> };
        const chart = document.querySelector<Chart>('.view-panel:not([hidden]) tl-chart');
        const count = Number(chart?.dataset.stops ?? 0);
        for (let i = 0; i < count; i++) {
          await chart?.activate?.(i);
          most = Math.max(most, fits());
        }
        return most;
      });
      if (worst > 0) overflows.push(`${frame.url()} needs ${worst}px more`);
    }
    expect(overflows).toEqual([]);
    await course.close();
  });

  it('host.js sizes frames sandboxed without allow-same-origin', async () => {
    const src = new URL('embed/us-china-escalation/?view=components', baseUrl).href;
    pages.set(
      '/sandboxed',
      page(`<iframe id="f" sandbox="allow-scripts" src="${src}" title="Escalation" width="100%" height="200" style="border:0"></iframe>
<script src="${new URL('embed/v1/host.js', baseUrl).href}" async></script>`),
    );
    const course = await browser.newPage({ viewport: { width: 760, height: 900 } });
    await course.goto(`${courseUrl}/sandboxed`);
    await expect.poll(async () => (await course.locator('#f').boundingBox())?.height ?? 0, { timeout: 15_000 }).toBeGreaterThan(500);
    const frame = course.frames().find((f) => f.url().startsWith(siteOrigin));
    expect(await frame?.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(1);
    await course.close();
  });

  it('a course page that is itself sandboxed, loading host.js late, still gets its frames sized', async () => {
    const src = new URL('embed/rates-dumbbell/', baseUrl).href;
    const host = new URL('embed/v1/host.js', baseUrl).href;
    pages.set(
      '/inner',
      page(`<iframe id="f" src="${src}" title="Rates" width="100%" height="200" style="border:0"></iframe>
<script>setTimeout(function () { var s = document.createElement('script'); s.src = ${JSON.stringify(host)}; document.body.append(s); }, 2500);</script>`),
    );
    pages.set(
      '/outer',
      page(`<iframe id="lesson" sandbox="allow-scripts" src="/inner" title="Lesson" width="100%" height="2000"></iframe>`),
    );
    const course = await browser.newPage({ viewport: { width: 760, height: 900 } });
    await course.goto(`${courseUrl}/outer`);
    const lesson = course.frameLocator('#lesson');
    await expect.poll(async () => (await lesson.locator('#f').boundingBox())?.height ?? 0, { timeout: 15_000 }).toBeGreaterThan(600);
    await course.close();
  });

  it('host.js works as a module script and takes only exact height messages from our frames', async () => {
    const src = new URL('embed/tariff-stack/', baseUrl).href;
    pages.set(
      '/module',
      page(`<iframe id="f" src="${src}" title="Stack" width="100%" height="200" style="border:0"></iframe>
<script type="module" src="${new URL('embed/v1/host.js', baseUrl).href}"></script>`),
    );
    const course = await browser.newPage({ viewport: { width: 760, height: 900 } });
    await course.goto(`${courseUrl}/module`);
    await expect.poll(async () => (await course.locator('#f').boundingBox())?.height ?? 0, { timeout: 15_000 }).toBeGreaterThan(400);
    // Forged messages that claim to come from our frame and our origin: only exact ones count.
    const heightAfter = (data: unknown) =>
      course.evaluate(
        ([payload, origin]) => {
          const frame = document.querySelector<HTMLIFrameElement>('#f');
          frame?.style.setProperty('height', '250px');
          window.dispatchEvent(
            new MessageEvent('message', { data: payload, origin: origin as string, source: frame?.contentWindow ?? null }),
          );
          return frame?.getBoundingClientRect().height;
        },
        [data, siteOrigin] as const,
      );
    const type = 'tariff-ledger:embed-height';
    for (const bad of [
      { type, height: true },
      { type, height: [400] },
      { type, height: '0x10' },
      { type, height: 400.5 },
      { type, height: 0 },
      { type, height: 1e6 },
      { type, height: 400, extra: 1 },
      [type, 400],
      null,
    ]) {
      expect(await heightAfter(bad), JSON.stringify(bad)).toBe(250);
    }
    expect(await heightAfter({ type, height: 777 })).toBe(777);
    await course.close();
  });

  it('a frame with scripts forbidden says it shows the first view, instead of ignoring the address silently', async () => {
    const src = new URL('embed/us-china-escalation/?view=components', baseUrl).href;
    pages.set(
      '/noscript',
      page(`<iframe id="f" sandbox="" src="${src}" title="Escalation" width="100%" height="900" style="border:0"></iframe>`),
    );
    const course = await browser.newPage({ viewport: { width: 760, height: 1000 } });
    await course.goto(`${courseUrl}/noscript`);
    const frame = course.frameLocator('#f');
    await expect.poll(() => frame.locator('noscript p, p:has-text("Scripts are off")').first().isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await frame.locator('.view-panel[data-view="rates"]').isVisible()).toBe(true);
    await course.close();
  });

  it('an embed shows its data table when asked, and offers the data shown as CSV and JSON', async () => {
    const course = await browser.newPage({ viewport: { width: 760, height: 1000 } });
    await course.goto(new URL('embed/rates-dumbbell/?view=all&table=1&theme=dark', baseUrl).href);
    const panel = course.locator('.view-panel[data-view="all"]');
    await expect.poll(() => panel.locator('table.tl-table').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await panel.locator('.embed-downloads a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      expect.stringMatching(/\/data\/charts\/rates-dumbbell\/all\.csv$/),
      expect.stringMatching(/\/data\/charts\/rates-dumbbell\/all\.json$/),
    ]);
    expect(await course.locator('html').getAttribute('data-theme')).toBe('dark');
    await course.close();
  });
});
