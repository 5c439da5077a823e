import { distance } from 'fastest-levenshtein';

/** The valid value nearest to a mistyped one, for "did you mean …?" hints; undefined when none is close. */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Beyond about a third of the word, a suggestion is more confusing than helpful.
  return best !== undefined && bestDistance <= Math.max(2, Math.ceil(input.length / 3)) ? best : undefined;
}

/** "did you mean `x`?" or the list of valid values when nothing is close. */
export function suggestion(input: string, candidates: readonly string[], noun = 'value'): string {
  const near = nearest(input, candidates);
  const list = candidates.map((c) => `"${c}"`).join(', ');
  return near ? `did you mean "${near}"? Valid ${noun}s: ${list}` : `valid ${noun}s: ${list}`;
}
