import { normaliseForMatch } from '../provenance/quotes';

/** Stable anchor id for a quoted passage on its source page: `q-` + a short hash of its words. */
export function quoteAnchor(quote: string): string {
  // FNV-1a: tiny, deterministic, good enough to tell a few hundred quotes apart.
  let hash = 0x811c9dc5;
  for (const char of normaliseForMatch(quote)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `q-${hash.toString(36)}`;
}
