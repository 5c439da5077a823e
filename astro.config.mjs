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
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
