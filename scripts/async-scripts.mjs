// Marks each built page's external module scripts `async`. A module script is deferred by default,
// and Chromium scrolls to a link's #fragment only after deferred scripts have run: under slow 4G a
// reader who follows a link to a chart (/stories/x/#fig-…) waited one more round trip for the
// chart's script before the page moved to the chart. With `async` the script no longer holds the
// page back; each client entry defines its element once the parser is done (src/client/*.ts), so
// elements still upgrade with all their children in place. Inline module scripts (Astro inlines
// small ones) stay deferred: they need no download, and `async` would run them mid-parse.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { htmlFiles } from './trim-csp.mjs';

/**
 * The page with `async` on every `<script type="module" src=…>` that lacks it.
 * @param {string} html
 */
export function asyncModuleScripts(html) {
  return html.replace(/<script(\s[^>]*)>/gi, (tag, attrs) =>
    /\stype="module"/i.test(attrs) && /\ssrc=/i.test(attrs) && !/\sasync\b/i.test(attrs) ? `<script async${attrs}>` : tag,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = resolve(process.env.OUT_DIR ?? 'dist');
  let changed = 0;
  for (const file of htmlFiles(out)) {
    const html = readFileSync(file, 'utf8');
    const next = asyncModuleScripts(html);
    if (next !== html) {
      writeFileSync(file, next);
      changed++;
    }
  }
  console.log(`async-scripts: ${changed} pages load their scripts without holding the page back`);
}
