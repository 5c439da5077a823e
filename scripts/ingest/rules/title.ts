import { furnitureReason } from './furniture';

/**
 * Rule: title. The headline is the first line of the page that is not furniture. It has to look
 * like a headline: a few words to a long sentence (up to 40 words, 250 characters), with letters.
 * A file that starts with a paragraph, or has no such line at all, is not a page scrape we
 * understand, and ingest stops with the file's name instead of inventing a title.
 */

export const TITLE_MAX_CHARS = 250;
export const TITLE_MAX_WORDS = 40;
/** A line ending in a full stop with more words than this is a sentence of running text. */
const LEAD_MIN_WORDS = 20;

export type TitleResult = { ok: true; title: string; index: number } | { ok: false; problem: string };

export function findTitle(lines: readonly string[]): TitleResult {
  const index = lines.findIndex((line) => line.trim() !== '' && !furnitureReason(line));
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
