// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { cacheFolder, evictUnused } from './src/site/build-cache-folder.mjs';
import { cspDirectives, scriptResources, styleResources } from './src/site/security-policy.mjs';

// Where the site is deployed comes from the environment, so one build config serves a domain
// root and a sub-path alike: SITE_URL=https://example.org BASE_PATH=/tariffs/ npm run build
const site = process.env.SITE_URL ?? 'http://localhost:4321';
// Canonical links, feeds, the sitemap, link previews and oEmbed files are baked with this
// address; a production build without it would publish localhost. (Links handed out in the
// browser follow the address the page is served from either way.)
if (!process.env.SITE_URL && process.argv.includes('build')) {
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!! SITE_URL is not set: canonical links, RSS, sitemap, og:url and oEmbed files will\n!! say ${site}. Set it for a build you deploy: SITE_URL=https://example.org npm run build\n${line}\n`,
  );
}
const base = process.env.BASE_PATH ?? '/';

/**
 * After a complete build, the drawing cache (src/site/build-cache.ts) drops the entries this
 * build did not use: drawings of charts, views or code that no longer exist. A failed build never
 * reaches `astro:build:done`, so it removes nothing.
 * @returns {import('astro').AstroIntegration}
 */
function buildCacheCleanup() {
  let started = Date.now();
  return {
    name: 'tariff-ledger:build-cache-cleanup',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ logger }) => {
        const folder = cacheFolder();
        if (!folder) return;
        const removed = evictUnused(folder, started);
        if (removed) logger.info(`${removed} unused entries removed from ${folder}`);
      },
    },
  };
}

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [mdx(), sitemap(), buildCacheCleanup()],
  // Every page's CSS inline: under slow 4G each stylesheet file is another 560 ms round trip
  // before first paint, while all of a page's CSS is about 3–4.5 KB gzip. Astro hashes each
  // inlined <style> into the page's CSP (security.csp below), so the policy stays hash-only.
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // Content-Security-Policy in every page: no inline script runs unless Astro hashed it, nothing
  // loads from another host. The policy lives in src/site/security-policy.mjs, which also gives
  // the host's headers (dist/_headers); /search/ adds 'wasm-unsafe-eval' for Pagefind itself.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: cspDirectives,
      scriptDirective: { resources: scriptResources },
      styleDirective: { resources: styleResources },
    },
  },
  // Prism marks code with classes (styled in global.css); Shiki's inline styles break the CSP.
  markdown: { syntaxHighlight: 'prism' },
});
