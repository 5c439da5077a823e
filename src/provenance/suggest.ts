/**
 * Edit distance counting a swap of two neighbouring characters as one edit (optimal string
 * alignment), so "eo-14275" is nearest "eo-14257" rather than another id two edits away.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = Array.from({ length: rows * cols }, (_, k) => (k < cols ? k : k % cols === 0 ? k / cols : 0));
  const at = (i: number, j: number) => d[i * cols + j] as number;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/** The valid value nearest to a mistyped one, for "did you mean …?" hints; undefined when none is close. */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  const typed = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = editDistance(typed, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Beyond about a third of the word, a suggestion is more confusing than helpful.
  if (best !== undefined && bestDistance <= Math.max(2, Math.ceil(input.length / 3))) return best;
  // A shortened id ("stockholm" for "stockholm-talks"): the one candidate that starts with it.
  const longer = typed.length >= 4 ? candidates.filter((c) => c.toLowerCase().startsWith(typed)) : [];
  return longer.length === 1 ? longer[0] : undefined;
}

/** "did you mean `x`?" or the list of valid values when nothing is close. */
export function suggestion(input: string, candidates: readonly string[], noun = 'value'): string {
  const near = nearest(input, candidates);
  const list = candidates.map((c) => `"${c}"`).join(', ');
  return near ? `did you mean "${near}"? Valid ${noun}s: ${list}` : `valid ${noun}s: ${list}`;
}
