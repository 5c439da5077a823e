import type { Change } from '../types';

/**
 * Rule: page tail. Below the article, pages carry lists of other articles ("Related articles",
 * "Popular Articles", "Latest articles", "People Also Ask"), comment boxes and app promotions.
 * None of it is the article, and the lists are full of other headlines that must never be quoted
 * as this source. The first line that is one of these headings ends the article.
 *
 * Aggregator pages that embed whole related articles (Daily8 cards) are split into segments
 * first (split-articles.ts), so a card worth keeping is not cut away here.
 */
export const TAIL_HEADINGS: readonly RegExp[] = [
  /^related (?:articles|posts|stories|news)$/i,
  /^popular articles$/i,
  /^latest (?:articles|news)$/i,
  /^people also ask\b/i,
  /^download the app$/i,
  /^try our ai features$/i,
  /^comments$/i,
  /^hashtags$/i,
];

export function isTailHeading(line: string): boolean {
  const text = line.trim();
  return TAIL_HEADINGS.some((pattern) => pattern.test(text));
}

/** Cuts the lines from the first tail heading on. */
export function cutPageTail(lines: string[]): { lines: string[]; changes: Change[] } {
  const at = lines.findIndex(isTailHeading);
  if (at < 0) return { lines, changes: [] };
  const tail = lines.slice(at).filter((line) => line.trim() !== '');
  return {
    lines: lines.slice(0, at),
    changes: tail.map((line) => ({ rule: 'page-tail', action: 'removed' as const, text: line.trim() })),
  };
}
