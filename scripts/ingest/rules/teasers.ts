import { normaliseForMatch } from '../../../src/provenance/quotes';
import type { Change, RuleResult } from '../types';

/**
 * Rule: truncated teasers. Some templates print the start of the lead, cut off with an ellipsis,
 * above the article ("IntroductionAs the global trade landscape … between Japan and th ..."),
 * sometimes glued to a label. A block that ends in an ellipsis and whose last 40 characters
 * before it occur in a longer block is a teaser of that block and goes. A sentence that merely
 * trails off ("…and then...") stays, because its words do not recur elsewhere.
 */
const ELLIPSIS = /\s*(?:\.{3}|…)$/;
const OVERLAP = 40;

export function dropTeasers(blocks: readonly string[]): RuleResult {
  const changes: Change[] = [];
  const kept = blocks.filter((block, index) => {
    if (!ELLIPSIS.test(block)) return true;
    const stem = normaliseForMatch(block.replace(ELLIPSIS, ''));
    if (stem.length < 20) return true;
    const tail = stem.slice(-OVERLAP);
    const teases = blocks.some((other, j) => j !== index && other.length > block.length && normaliseForMatch(other).includes(tail));
    if (teases) changes.push({ rule: 'teaser', action: 'removed', text: block });
    return !teases;
  });
  return { blocks: kept, changes };
}
