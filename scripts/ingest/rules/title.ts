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

export type TitleResult = { ok: true; title: string; index: number } | { ok: false; problem: string };

export function findTitle(lines: readonly string[]): TitleResult {
  const candidate = (line: string) => line.trim() !== '' && !furnitureReason(line) && !isSectionWord(line);
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
  return null;
}
