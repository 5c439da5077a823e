import { distance } from 'fastest-levenshtein';

/**
 * Quote matching. A quote counts as found when it occurs in the source's clean text after both
 * are normalised the same way: Unicode compatibility forms, curly quotes to straight, every dash
 * to a hyphen (a dash run such as `--`, and any spaces around it, count as one hyphen, so
 * "truce—where", "truce -- where" and "truce - where" all match), invisible characters
 * (soft hyphens, zero-width spaces) dropped, runs of whitespace to one space. Case and words are
 * never changed: a quote is the source's exact words.
 */
export function normaliseForMatch(text: string): string {
  // Punctuation is mapped before NFKC as well as after: NFKC splits a double prime (″) into two
  // primes, which would otherwise turn into two apostrophes instead of one double quote.
  return mapPunctuation(mapPunctuation(text).normalize('NFKC'))
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?-+ ?/g, '-')
    .trim();
}

function mapPunctuation(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/\u2026/g, '...');
}

/** `index` is a position in the normalised text (see `normaliseForMatch`), not in the original. */
export type QuoteMatch = { found: true; index: number } | { found: false; closest: string; similarity: number };

/**
 * Normalised texts searched lately. A build searches the same few hundred source and document
 * texts for thousands of quotes (every story, dataset record and passage page); normalising a
 * whole article for each quote was most of the cost. Bounded, oldest first out.
 */
const normalisedTexts = new Map<string, string>();
const NORMALISED_TEXTS_KEPT = 512;

function normalisedText(text: string): string {
  let normalised = normalisedTexts.get(text);
  if (normalised === undefined) {
    normalised = normaliseForMatch(text);
    if (normalisedTexts.size >= NORMALISED_TEXTS_KEPT) normalisedTexts.delete(normalisedTexts.keys().next().value as string);
    normalisedTexts.set(text, normalised);
  }
  return normalised;
}

/** Whether `quote` occurs in `text`, matched as `findQuote` does, without looking for a closest passage when it does not. */
export function containsQuote(text: string, quote: string): boolean {
  const needle = normaliseForMatch(quote);
  return needle.length > 0 && normalisedText(text).includes(needle);
}

/** Finds `quote` in `text`; when absent, returns the passage of the same length that comes closest. */
export function findQuote(text: string, quote: string): QuoteMatch {
  const haystack = normalisedText(text);
  const needle = normaliseForMatch(quote);
  if (needle.length === 0) return { found: false, closest: '', similarity: 0 };
  const index = haystack.indexOf(needle);
  if (index >= 0) return { found: true, index };
  return { found: false, ...closestPassage(haystack, needle) };
}

/** Slides a window of the quote's word count over the text and keeps the smallest edit distance. */
function closestPassage(haystack: string, needle: string): { closest: string; similarity: number } {
  const words = haystack.split(' ');
  const width = Math.max(1, needle.split(' ').length);
  let closest = '';
  let best = Number.POSITIVE_INFINITY;
  for (let start = 0; start + width <= Math.max(words.length, width); start++) {
    const candidate = words.slice(start, start + width).join(' ');
    const d = distance(candidate, needle);
    if (d < best) {
      best = d;
      closest = candidate;
    }
  }
  const similarity = 1 - best / Math.max(needle.length, closest.length, 1);
  return { closest, similarity: Math.round(similarity * 100) / 100 };
}

/** One-line explanation for an absent quote, for build errors. */
export function describeMiss(match: Extract<QuoteMatch, { found: false }>): string {
  return match.similarity >= 0.5
    ? `the closest passage (${Math.round(match.similarity * 100)}% alike) is: "${match.closest}"`
    : 'nothing in the source comes close; check the source id';
}
