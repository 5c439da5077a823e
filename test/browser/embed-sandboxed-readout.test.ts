import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../support/browser';
import { DIST } from '../support/dist';

/**
 * A course platform that sandboxes embedded frames (`sandbox="allow-scripts"`, no
 * allow-same-origin) gives the embed an opaque origin, so its chart script and the readout file are
 * cross-origin requests. The site is served here as a static host serves it: the files of dist/
 * with the headers of dist/_headers (`astro preview` ignores that file). Built with BASE_PATH=/ only.
 */
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
let browser: Browser;
let host: Server;
let course: Server;
let siteUrl = '';
let courseUrl = '';

/** The rules of dist/_headers: pattern (`*` = any run of characters) and its headers. */
function headerRules(): { pattern: RegExp; headers: Record<string, string> }[] {
  const rules: { pattern: RegExp; headers: Record<string, string> }[] = [];
  for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
    } else {
      const [name, ...value] = line.trim().split(':');
      (rules.at(-1) as { headers: Record<string, string> }).headers[name as string] = value.join(':').trim();
    }
  }
  return rules;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

beforeAll(async () => {
  browser = await openBrowser();
  const rules = headerRules();
  host = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(DIST, path.slice(base.length - 1));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    for (const rule of rules) if (rule.pattern.test(path)) for (const [k, v] of Object.entries(rule.headers)) res.setHeader(k, v);
    res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}${base}`;
  course = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course page</title></head><body><iframe id="f" sandbox="allow-scripts" src="${siteUrl}embed/deficits-annual/" title="Deficits" width="720" height="900" style="border:0"></iframe></body></html>`,
    );
  });
  await new Promise<void>((resolve) => course.listen(0, '127.0.0.1', resolve));
  courseUrl = `http://localhost:${(course.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
  await new Promise((resolve) => course?.close(resolve));
});

describe('an embed in a frame sandboxed without allow-same-origin', () => {
  it('loads its chart script and its readout file, and reads out a point', async () => {
    const page = await browser.newPage({ viewport: { width: 760, height: 1000 } });
    await page.goto(courseUrl);
    const frame = page.frameLocator('#f');
    const chart = frame.locator('tl-chart[data-view="revised"]');
    // Defined only if the module script loaded across origins.
    await expect.poll(() => chart.evaluate((el) => el.matches(':defined')), { timeout: 15_000 }).toBe(true);
    expect(await chart.evaluate(() => self.origin)).toBe('null');
    await chart.focus();
    await page.keyboard.press('Home');
    const heading = chart.locator('.readout .readout-heading');
    await expect.poll(() => heading.textContent().catch(() => ''), { timeout: 10_000 }).toMatch(/, 2015$/);
    await page.close();
  });
});
