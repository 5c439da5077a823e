import { furnitureReason } from './furniture';
import { isSectionWord } from './menu';

/**
 * Rule: title. The headline is the first line of the page that is not furniture (menus and
 * breadcrumbs included, see menu.ts) and not a lone section word ("Opinion" above the headline).
 * It has to look like a headline: a few words to a long sentence (up to 40 words, 250 characters), with letters.
 * A file that starts with a paragraph, or has no such line at all, is not a page scrape we
 * understand, and ingest stops with the file's name instead of inventing a title.
 */

export const TITLE_MAX_CHARS = 250;
export const TITLE_MAX_WORDS = 40;
/** A line ending in a full stop with more words than this is a sentence of running text. */
const LEAD_MIN_WORDS = 20;

export type TitleResult = { ok: true; title: string; index: number } | { ok: false; problem: string };

/** How many lines above the start of the text the headline is looked for (headline, standfirst, byline, date, caption…). */
const HEADER_LINES = 8;

const wordCount = (line: string) => line.trim().split(/\s+/).filter(Boolean).length;

/**
 * Where the article's text starts: the first long line (20 words or more) that is followed by
 * more long lines, so a long menu or a cookie notice above the article is not taken for it.
 */
export function textStart(lines: readonly string[]): number {
  const long = (i: number) => wordCount(lines[i] ?? '') >= 15 && !furnitureReason(lines[i] ?? '');
  for (let i = 0; i < lines.length; i++) {
    if (wordCount(lines[i] ?? '') < 20 || furnitureReason(lines[i] ?? '')) continue;
    let more = 0;
    for (let j = i + 1; j < Math.min(lines.length, i + 7); j++) if (long(j)) more++;
    if (more >= 1 || i === lines.length - 1) return i;
  }
  return -1;
}

export function findTitle(lines: readonly string[]): TitleResult {
  const candidate = (line: string) => line.trim() !== '' && !furnitureReason(line) && !isSectionWord(line);
  // A whole page copied as text starts with its menus: the headline is looked for just above
  // where the text starts, and the first line there that reads as a headline (three words or
  // more, not closed by a full stop) is taken; else one of fifteen words or fewer.
  const start = textStart(lines);
  if (start > 0) {
    const above: number[] = [];
    for (let i = start - 1; i >= 0 && above.length < HEADER_LINES; i--) if ((lines[i] ?? '').trim() !== '') above.unshift(i);
    // A list item ("- Sign In") or a label ("Follow us:") is not a headline.
    const headlineLike = (line: string) =>
      candidate(line) && wordCount(line) >= 3 && !titleProblem(line.trim()) && !/^\s*[-*•·]\s/.test(line) && !/:\s*$/.test(line);
    const near = above.filter((i) => headlineLike(lines[i] ?? ''));
    const pick = near.find((i) => !/[.…]$/.test((lines[i] ?? '').trim())) ?? near.find((i) => wordCount(lines[i] ?? '') <= 15);
    if (pick !== undefined) return { ok: true, title: (lines[pick] ?? '').trim(), index: pick };
  }
  // A lone word above the headline is a label (the outlet, a kicker), not the headline.
  const multiWord = lines.findIndex((line) => candidate(line) && /\S\s+\S/.test(line.trim()));
  const index = multiWord >= 0 ? multiWord : lines.findIndex(candidate);
  const line = lines[index]?.trim();
  if (line === undefined) return { ok: false, problem: 'no line of text is left once page furniture is set aside' };
  const problem = titleProblem(line);
  return problem ? { ok: false, problem: `the first line of text is not a headline: ${problem}` } : { ok: true, title: line, index };
}

/** Why a line cannot be a headline, or null when it can. */
export function titleProblem(line: string): string | null {
  const words = line.split(/\s+/).filter(Boolean).length;
  if (!/\p{L}{2}/u.test(line)) return `"${line.slice(0, 60)}" has no words`;
  if (line.length > TITLE_MAX_CHARS || words > TITLE_MAX_WORDS) {
    return `it is a ${words}-word, ${line.length}-character paragraph ("${line.slice(0, 60)}…")`;
  }
  // A scrape that lost its headline starts with the lead paragraph: several sentences, or one
  // long sentence with a full stop. Headlines are short, and a full stop ends only the short ones.
  const sentences = line.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u).length;
  if (sentences > 1 || (/\.["”’]?$/.test(line) && words > LEAD_MIN_WORDS)) {
    return `"${line.slice(0, 60)}…" reads as the first paragraph of the article (${sentences > 1 ? `${sentences} sentences` : `a ${words}-word sentence`}), not its headline`;
  }
  return null;
}
