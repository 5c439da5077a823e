import { type PageBytes, pageBytes } from '../support/page-weight';
import { log, now, PAGES, SITE_OUT } from './context';
import type { Results } from './results';

// bytes: HTML, CSS and JS per page type, raw and gzip, measured by scripts/support/page-weight.ts as the budget test does.

export function benchBytes(results: Results): void {
  const pages: Record<string, PageBytes> = {};
  for (const [type, path] of Object.entries(PAGES)) pages[type] = pageBytes(path, SITE_OUT);
  results.bytes = { at: now(), pages };
  log('measured bytes per page type');
}
