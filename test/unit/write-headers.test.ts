// scripts/write-headers.mjs on a stand-in build: rules carry the base path, embeds take the
// configured embedders, and pages whose policies differ get a rule each.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';

let out: string;
const page = (path: string, policy: string) => {
  mkdirSync(join(out, path), { recursive: true });
  writeFileSync(
    join(out, path, 'index.html'),
    `<!doctype html><head><meta http-equiv="content-security-policy" content="${policy}"></head>`,
  );
};
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'tl-headers-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

it('writes base-path rules, the configured embedders and one rule per differing page', () => {
  page('', "default-src 'self'; script-src 'self' 'sha256-a'");
  page('stories/a', "default-src 'self'; script-src 'self' 'sha256-a'");
  page('stories/b', "default-src 'self'; script-src 'self' 'sha256-b'");
  page('embed/x', "default-src 'self'; script-src 'self'");
  const result = spawnSync(process.execPath, [resolve('scripts/write-headers.mjs')], {
    env: { ...process.env, OUT_DIR: out, BASE_PATH: '/tariffs/', EMBED_ANCESTORS: 'https://lms.example.edu https://*.example.org' },
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  const headers = readFileSync(join(out, '_headers'), 'utf8');
  expect(headers).toContain('/tariffs/*\n  X-Content-Type-Options: nosniff');
  expect(headers).toContain(
    "/tariffs/embed/*\n  Content-Security-Policy: default-src 'self'; script-src 'self'; frame-ancestors https://lms.example.edu https://*.example.org",
  );
  expect(headers).toContain(
    "/tariffs/stories/a/\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a'; frame-ancestors 'self'",
  );
  expect(headers).toContain(
    "/tariffs/stories/b/\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-b'; frame-ancestors 'self'",
  );
  expect(headers).toContain(
    "/tariffs/\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a'; frame-ancestors 'self'",
  );
  expect(headers).toContain('/tariffs/*.csv\n  Content-Type: text/csv; charset=utf-8');
});

it('refuses a page without a CSP meta tag instead of shipping headers that do not match it', () => {
  mkdirSync(join(out, 'x'), { recursive: true });
  writeFileSync(join(out, 'x', 'index.html'), '<!doctype html><head></head>');
  const result = spawnSync(process.execPath, [resolve('scripts/write-headers.mjs')], {
    env: { ...process.env, OUT_DIR: out },
    encoding: 'utf8',
  });
  expect(result.status).not.toBe(0);
  expect(result.stderr).toContain('no Content-Security-Policy <meta> tag');
});
