/**
 * Sentences in chart titles that state a count, a ranking, a superlative or a comparison. Each is
 * computed from the records it speaks about, and throws a HeadlineError when the records no longer
 * support it, so a headline cannot drift from the data: the build stops instead of printing it.
 */

export class HeadlineError extends Error {
  constructor(claim: string, problem: string) {
    super(`headline "${claim}": ${problem} → change the headline or check the data`);
    this.name = 'HeadlineError';
  }
}

export interface YearBalance {
  year: number;
  /** Balance in any unit; negative is a deficit. */
  balance: number;
}

/**
 * "its smallest since 2005": the last year is a deficit smaller than in every year back to (not
 * including) the answer, the latest earlier year whose deficit was as small or smaller. Throws when
 * the series has gaps, when the last year is not a deficit, or when the deficit did not shrink
 * on the year before (then "smallest since" says nothing). `since` is null when no earlier year
 * in the series was as small: the deficit is the smallest of the whole series.
 */
export function smallestDeficitSince(rows: readonly YearBalance[]): { since: number | null; first: number; last: YearBalance } {
  const claim = 'smallest deficit since';
  const sorted = [...rows].sort((a, b) => a.year - b.year);
  const last = sorted.at(-1);
  const first = sorted[0];
  if (!last || !first || sorted.length < 2) throw new HeadlineError(claim, 'needs at least two years');
  sorted.forEach((r, i) => {
    const next = sorted[i + 1];
    if (next && next.year !== r.year + 1) throw new HeadlineError(claim, `the series jumps from ${r.year} to ${next.year}`);
  });
  if (last.balance >= 0) throw new HeadlineError(claim, `${last.year} is not a deficit`);
  const before = sorted.at(-2) as YearBalance;
  if (before.balance >= last.balance) {
    throw new HeadlineError(claim, `the ${last.year} deficit is not smaller than in ${before.year}`);
  }
  const earlier = sorted.slice(0, -1).filter((r) => r.balance >= last.balance);
  return { since: earlier.at(-1)?.year ?? null, first: first.year, last };
}

/** The words for the result of smallestDeficitSince. */
export function smallestSinceText(result: ReturnType<typeof smallestDeficitSince>): string {
  return result.since === null ? `its smallest since at least ${result.first}` : `its smallest since ${result.since}`;
}

/**
 * "66 of 69": how many of `items` pass `test`. Throws when there are no items, so a count over an
 * empty or wrongly filtered set never reaches a title.
 */
export function countOf<T>(
  claim: string,
  items: readonly T[],
  test: (item: T) => boolean,
): { n: number; of: number; text: string; matching: T[] } {
  if (items.length === 0) throw new HeadlineError(claim, 'counts over no records');
  const matching = items.filter(test);
  return { n: matching.length, of: items.length, text: `${matching.length} of ${items.length}`, matching };
}

/**
 * "lower than": states a comparison only when it holds. Returns the word for `a` against `b`
 * ("higher", "lower"), and throws when `expected` is given and the data say otherwise.
 */
export function compare(claim: string, a: number, b: number, expected?: 'higher' | 'lower'): 'higher' | 'lower' | 'the same' {
  const word = a > b ? 'higher' : a < b ? 'lower' : 'the same';
  if (expected && word !== expected) throw new HeadlineError(claim, `expected ${a} to be ${expected} than ${b}, but it is ${word}`);
  return word;
}
