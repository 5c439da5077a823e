// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

// Where the site is deployed comes from the environment, so one build config serves a domain
// root and a sub-path alike: SITE_URL=https://example.org BASE_PATH=/tariffs/ npm run build
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [mdx(), sitemap()],
  // Every page's CSS inline: under slow 4G each stylesheet file is another 560 ms round trip
  // before first paint, while all of a page's CSS is about 3–4.5 KB gzip. Astro hashes each
  // inlined <style> into the page's CSP (security.csp below), so the policy stays hash-only.
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // Content-Security-Policy in every page: no inline script runs unless Astro hashed it, nothing
  // loads from another host. Pagefind's search runs WebAssembly ('wasm-unsafe-eval'); picture
  // downloads draw blob: images onto a canvas.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
