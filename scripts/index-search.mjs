// Builds the offline full-text search index into the built site (dist/pagefind/) with Pagefind.
// Runs after `astro build`; pages mark their searchable text with data-pagefind-body.
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';

const site = resolve(process.env.OUT_DIR ?? 'dist');
// Left out of the index: chart drawings (their labels are not prose) and each number's source
// popover (a hundred on an essay, repeating document names). Named here once rather than by an
// attribute on every element, which every reader would download.
const { index, errors } = await pagefind.createIndex({
  forceLanguage: 'en',
  excludeSelectors: ['.svg-compact', '.svg-wide', '.num-pop'],
});
if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`pagefind could not index ${site}: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: resolve(site, 'pagefind') });
if (written.errors.length) throw new Error(`pagefind could not write its index: ${written.errors.join('; ')}`);
console.log(`search: indexed ${added.page_count} pages into ${resolve(site, 'pagefind')}`);
await pagefind.close();
