/**
 * A title → the file name of a story (`content/stories/<slug>.mdx`) and its URL (`/stories/<slug>/`).
 * Lower-case ASCII words joined by single hyphens, as `slugSchema` in src/schemas/common.ts requires:
 *
 *   "From 145% to 30%"         → "from-145-to-30"
 *   "Japan's rounds"           → "japans-rounds"      (an apostrophe joins, it does not split)
 *   "Zölle & Gespräche"        → "zolle-and-gesprache" (accents dropped, & spelled out)
 */

/** Longest slug: URLs stay readable and file names portable. */
export const MAX_SLUG_LENGTH = 60;

export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= MAX_SLUG_LENGTH) return words;
  // Cut at a word boundary so no word is left half.
  const cut = words.slice(0, MAX_SLUG_LENGTH + 1);
  const end = cut.lastIndexOf('-');
  return (end > 0 ? cut.slice(0, end) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/** True for a slug the site accepts (the same rule as slugSchema). */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= MAX_SLUG_LENGTH;
}
