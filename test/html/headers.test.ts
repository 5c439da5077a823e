// dist/_headers gives the static host what a <meta> CSP cannot: frame-ancestors (pages may be
// framed only by the site, embeds by anyone), plus nosniff, a Referrer-Policy and content types.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, readPage } from '../support/dist';

/** The rules of a Netlify / Cloudflare Pages `_headers` file, in order. */
function readRules(): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of readFileSync(join(DIST, '_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const [name, ...value] = line.trim().split(':');
      (rules.at(-1) as { headers: Record<string, string> }).headers[name as string] = value.join(':').trim();
    }
  }
  return rules;
}

/** The hosts' matching: `*` stands for any run of characters, the rest is literal. */
const matches = (pattern: string, path: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);

const rules = readRules();
const meta = (path: string) => readPage(path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .sort();

describe('dist/_headers', () => {
  it.each(htmlPages())('%s gets exactly one CSP header: its own meta policy plus frame-ancestors', (path) => {
    const csp = rules.filter((r) => matches(r.pattern, path) && r.headers['Content-Security-Policy']);
    expect(csp.map((r) => r.pattern)).toHaveLength(1);
    const header = directives(csp[0]?.headers['Content-Security-Policy'] ?? '');
    const ancestors = path.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'";
    expect(header).toEqual(directives(`${meta(path)}; ${ancestors}`));
  });

  it('sends nosniff and a Referrer-Policy with every file, and the right types for CSV and WebAssembly', () => {
    const all = rules.find((r) => r.pattern === '/*')?.headers;
    expect(all?.['X-Content-Type-Options']).toBe('nosniff');
    expect(all?.['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    const type = (path: string) => rules.find((r) => matches(r.pattern, path) && r.headers['Content-Type'])?.headers['Content-Type'];
    expect(type('/data/us-china-tariffs.csv')).toBe('text/csv; charset=utf-8');
    expect(type('/data/charts/tariff-stack/stack.csv')).toBe('text/csv; charset=utf-8');
    expect(type('/pagefind/x.wasm')).toBe('application/wasm');
  });

  it('lets embeds in frames sandboxed without allow-same-origin load the chart script and readout files; readouts are cached for good', () => {
    const headers = (path: string) => Object.assign({}, ...rules.filter((r) => matches(r.pattern, path)).map((r) => r.headers));
    const readout = readdirSync(join(DIST, 'charts/us-china-escalation/readout'))[0];
    expect(readout).toMatch(/^[0-9a-f]{10}\.json$/);
    const readoutHeaders = headers(`/charts/us-china-escalation/readout/${readout}`);
    expect(readoutHeaders['Access-Control-Allow-Origin']).toBe('*');
    expect(readoutHeaders['Cache-Control']).toContain('immutable');
    const script = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.js'));
    expect(headers(`/_astro/${script}`)['Access-Control-Allow-Origin']).toBe('*');
    // Pages themselves are not opened to other origins.
    expect(headers('/charts/us-china-escalation/')['Access-Control-Allow-Origin']).toBeUndefined();
  });

  it("allows WebAssembly ('wasm-unsafe-eval') on /search/ only", () => {
    for (const path of htmlPages()) expect(meta(path).includes("'wasm-unsafe-eval'"), path).toBe(path === '/search/');
  });
});
