import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type PageBytes, pageBytes } from '../support/page-weight';
import { log, now, PAGES, SITE_OUT } from './context';
import type { Results } from './results';

// bytes: HTML, CSS and JS per page type, raw and gzip, measured by scripts/support/page-weight.ts as the budget test does.
// Every other essay is measured too: they differ most (charts drawn at two widths, readout data).

export function benchBytes(results: Results): void {
  const pages: Record<string, PageBytes> = {};
  for (const [type, path] of Object.entries(PAGES)) pages[type] = pageBytes(path, SITE_OUT);
  const stories = readdirSync(join(SITE_OUT, 'stories'), { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const story of stories) {
    const path = `/stories/${story.name}/`;
    if (path !== PAGES.essay) pages[`essay ${story.name}`] = pageBytes(path, SITE_OUT);
  }
  results.bytes = { at: now(), pages };
  log('measured bytes per page type');
}
