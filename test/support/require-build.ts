import { existsSync } from 'node:fs';

/** The html and browser layers read the built site; `npm test` builds it first. */
export function setup() {
  if (!existsSync(`${process.env.OUT_DIR ?? 'dist'}/index.html`)) {
    throw new Error('dist/ is missing or incomplete: run `npm run build` first (or `npm test`, which builds before testing).');
  }
}
