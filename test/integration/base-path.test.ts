import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsInDist, htmlPages, readPage } from '../support/dist';

// Builds the site a second time under a sub-path, as when deployed at https://example.org/tariffs/.
const OUT = 'dist-base';
const BASE = '/tariffs/';

beforeAll(() => {
  // Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV…) into process.env; a build
  // started from here must not inherit them, or BASE_URL=/ overrides the base being tested.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, NODE_ENV: _n, VITEST: _v, ...env } = process.env;
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...env, BASE_PATH: BASE, SITE_URL: 'https://example.org', OUT_DIR: OUT, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build under ${BASE} failed:\n${result.stdout}\n${result.stderr}`);
}, 300_000);

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe(`site built with BASE_PATH=${BASE}`, () => {
  it('keeps every internal link, asset, download and canonical URL under the base, and they all exist', () => {
    const problems: string[] = [];
    for (const path of htmlPages(OUT)) {
      const document = readPage(path, OUT);
      const urls = [...document.querySelectorAll('a[href], link[href], script[src], img[src], iframe[src]')].map(
        (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '',
      );
      for (const url of urls) {
        if (/^(https?:|mailto:|#)/.test(url)) {
          if (url.startsWith('https://example.org') && !url.startsWith(`https://example.org${BASE}`))
            problems.push(`${path}: ${url} is outside the base`);
          continue;
        }
        // Relative links resolve against the page's own URL under the base.
        const resolved = new URL(url, `https://example.org${BASE}${path.replace(/^\//, '')}`).pathname;
        if (!resolved.startsWith(BASE)) problems.push(`${path}: ${url} does not start with ${BASE}`);
        else if (!existsInDist(`/${resolved.slice(BASE.length)}`, OUT)) problems.push(`${path}: ${url} does not exist in the build`);
      }
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      if (!canonical.startsWith(`https://example.org${BASE}`)) problems.push(`${path}: canonical ${canonical}`);
    }
    expect(problems).toEqual([]);
  });
});
