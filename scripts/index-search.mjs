// Builds the offline full-text search index into the built site (dist/pagefind/) with Pagefind.
// Runs after `astro build`; pages mark their searchable text with data-pagefind-body.
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';

const site = resolve(process.env.OUT_DIR ?? 'dist');
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: site });
if (added.errors.length) throw new Error(`pagefind could not index ${site}: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: resolve(site, 'pagefind') });
if (written.errors.length) throw new Error(`pagefind could not write its index: ${written.errors.join('; ')}`);
console.log(`search: indexed ${added.page_count} pages into ${resolve(site, 'pagefind')}`);
await pagefind.close();
