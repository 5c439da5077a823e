import { containsQuote } from '../provenance/quotes';

/**
 * A cited passage in its sentence, as the source prints it. Quotes are matched loosely (curly or
 * straight quote marks, any dash, any spacing: see quotes.ts), but a reader should see the
 * source's own characters: "The deal — which", not the matcher's "The deal-which". So the quote
 * is found again in the original text with a pattern that allows exactly those variations, and
 * the sentence around it is cut from the original too.
 *
 * Sentences end at . ! or ? followed by a space, except after an abbreviation ("U.S.", "Aug.",
 * "Mr.", "No.") or before a lower-case word, so context is not cut in the middle of "the U.S. Trade Representative".
 */

const QUOTE_CLASS: Record<string, string> = {
  "'": "['\\u2018\\u2019\\u201A\\u201B\\u2032\\u02BC]",
  '"': '["\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]',
};
const DASHES = '\\-\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D';

/** A pattern for the normalised quote that matches the original text's characters. */
function loosePattern(normalised: string): RegExp {
  let source = '';
  for (let i = 0; i < normalised.length; i++) {
    const ch = normalised[i] ?? '';
    if (normalised.startsWith('...', i)) {
      source += '(?:\\.\\.\\.|\\u2026)';
      i += 2;
    } else if (ch === '-') source += `\\s*[${DASHES}]+\\s*`;
    else if (ch === ' ') source += '[\\s\\u00A0]+';
    else if (QUOTE_CLASS[ch]) source += QUOTE_CLASS[ch];
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    source += '[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]*';
  }
  return new RegExp(source, 'u');
}

const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof st jr sr gen sen rep gov lt col sgt capt adm pres inc corp co ltd llc plc no nos vs etc al approx dept est fig vol
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun a.m p.m e.g i.e u.s u.k u.n e.u`.split(
    /\s+/,
  ),
);

/** True when the `.` at `at` ends a sentence (not an abbreviation, not followed by a lower-case word). */
export function endsSentence(text: string, at: number): boolean {
  const ch = text[at];
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  const after = text.slice(at + 1);
  const next = /^["'”’)\]]*\s+(\S)/u.exec(after);
  if (!next) return after.trim() === '' || /^["'”’)\]]*$/.test(after.trim());
  if (/\p{Ll}/u.test(next[1] ?? '')) return false;
  if (ch !== '.') return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(0, at))?.[1] ?? '';
  if (/^(?:\p{L}\.)+\p{L}?$/u.test(word) || /^\p{Lu}$/u.test(word)) return false; // U.S., U.K., a.m, initials
  return !ABBREVIATIONS.has(word.toLowerCase());
}

export interface PassageContext {
  before: string;
  match: string;
  after: string;
}

/** The sentence of `text` that holds `quote`, split around it, in the source's own characters. */
export function passageContext(text: string, quote: string): PassageContext | undefined {
  if (!containsQuote(text, quote)) return undefined;
  const hit = loosePattern(normaliseQuote(quote)).exec(text);
  if (!hit) return undefined;
  const start = hit.index;
  const end = start + hit[0].length;
  let from = start;
  while (from > 0) {
    const prev = text[from - 1] ?? '';
    if (prev === '\n' && text[from - 2] === '\n') break; // a paragraph boundary
    if (/\s/.test(prev) && endsSentence(text, lastNonSpace(text, from - 1))) break;
    from--;
  }
  let to = end;
  while (to < text.length && !(endsSentence(text, to) || (text[to] === '\n' && text[to + 1] === '\n'))) to++;
  if (to < text.length && text[to] !== '\n') {
    to++;
    while (/["'”’)\]]/.test(text[to] ?? '')) to++;
  }
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return { before: flat(text.slice(from, start)).trimStart(), match: flat(hit[0]), after: flat(text.slice(end, to)).trimEnd() };
}

function lastNonSpace(text: string, at: number): number {
  let i = at;
  while (i > 0 && /["'”’)\]\s]/.test(text[i] ?? '')) i--;
  return i;
}

/** The quote as the matcher sees it (quotes.ts), so the pattern follows the same rules. */
function normaliseQuote(quote: string): string {
  return quote
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?-+ ?/g, '-')
    .trim();
}
