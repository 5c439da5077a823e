import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trimPolicy } from '../../scripts/trim-csp.mjs';

const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>.a{color:red}</style></head><body>${body}</body></html>`;
const sources = (html: string, directive: string) =>
  (new RegExp(`${directive} ([^;]*)`).exec(/content="([^"]*)"/.exec(html)?.[1] ?? '')?.[1] ?? '').split(' ');

describe('trimPolicy', () => {
  it('keeps the hashes of the page’s own inline style and scripts and drops the rest', () => {
    const used = 'console.log(1)';
    const policy = `default-src 'self'; script-src 'self' '${hash(used)}' '${hash('other()')}'; style-src 'self' '${hash('.a{color:red}')}' '${hash('.b{}')}';`;
    const out = trimPolicy(page(policy, `<script>${used}</script><script type="module" src="/x.js"></script>`));
    expect(sources(out, 'script-src')).toEqual(["'self'", `'${hash(used)}'`]);
    expect(sources(out, 'style-src')).toEqual(["'self'", `'${hash('.a{color:red}')}'`]);
    expect(out).toContain("default-src 'self'");
  });

  it('does not count JSON data blocks as scripts, and leaves a page without a policy alone', () => {
    const data = '{"a":1}';
    const out = trimPolicy(
      page(`script-src 'self' '${hash(data)}'; style-src 'self';`, `<script type="application/json">${data}</script>`),
    );
    expect(sources(out, 'script-src')).toEqual(["'self'"]);
    expect(trimPolicy('<p>no policy</p>')).toBe('<p>no policy</p>');
  });
});
