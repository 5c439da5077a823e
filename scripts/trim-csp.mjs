// Keeps in each built page's Content-Security-Policy <meta> only the hashes that page needs.
// Astro writes into every page the hashes of every inline script and style of the whole site
// (40 on an essay, about 1.8 KB gzip, and random base64 that gzip cannot shrink), while a page
// carries one inline <style> and no inline script. A hash only allows an inline element with
// exactly that text, so dropping the hashes of elements a page does not contain allows nothing
// less that the page uses. Runs after `astro build`, before the host headers are written from the
// same tags (scripts/build.mjs), so header and tag still agree.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** @param {string} text */
const sha256 = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/**
 * The hashes of a page's inline scripts that run (not JSON data blocks) and its inline styles.
 * @param {string} html
 */
function inlineHashes(html) {
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs = '']) => !/\ssrc=/i.test(attrs) && !/\stype="application\/(ld\+)?json"/i.test(attrs))
    .map(([, , body = '']) => sha256(body));
  const styles = [...html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map(([, , body = '']) => sha256(body));
  return new Set([...scripts, ...styles]);
}

/**
 * The page with its policy's hash sources cut to the ones it uses.
 * @param {string} html
 */
export function trimPolicy(html) {
  const match = META.exec(html);
  if (!match) return html;
  const keep = inlineHashes(html);
  const policy = (match[2] ?? '').replace(/(?:&#39;|')(sha256-[A-Za-z0-9+/=]+)(?:&#39;|')\s*/g, (source, hash) =>
    keep.has(hash) ? source : '',
  );
  return html.replace(META, (_, open, _policy, close) => `${open}${policy.replace(/\s+;/g, ';')}${close}`);
}

/** @param {string} dir @returns {string[]} */
export function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = resolve(process.env.OUT_DIR ?? 'dist');
  let saved = 0;
  const files = htmlFiles(out);
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const trimmed = trimPolicy(html);
    saved += html.length - trimmed.length;
    if (trimmed !== html) writeFileSync(file, trimmed);
  }
  console.log(`trim-csp: ${files.length} pages, ${(saved / files.length / 1000).toFixed(1)} KB of unused hashes per page removed`);
}
