import { normaliseForMatch } from '../../../src/provenance/quotes';
import type { Change, RuleResult } from '../types';

/**
 * Rule: repeated title and paragraphs. Scrapes of live pages and aggregator cards print the
 * headline two or three times and the lead paragraph twice (once as a summary, once in the
 * body). The first copy of each stays; later copies of the title, and later paragraphs identical
 * to an earlier one, go. Identity is compared after quote normalisation, so a copy that differs
 * only in curly quotes or spacing is still a copy. Short lines (under eight words) are only
 * dropped when they repeat the title: a repeated subhead or list label may be deliberate.
 * A saved page's article (Readability's) has no scrape duplicates, so there only the title's
 * repeats go (`paragraphs` false): a recipe or a table may repeat a line on purpose.
 */
export function dropRepeats(blocks: readonly string[], title: string, paragraphs = true): RuleResult {
  const changes: Change[] = [];
  const seen = new Set<string>();
  const titleKey = normaliseForMatch(title);
  const kept = blocks.filter((block) => {
    const key = normaliseForMatch(block);
    if (key === titleKey) {
      changes.push({ rule: 'repeated-title', action: 'removed', text: block });
      return false;
    }
    if (paragraphs && key.split(' ').length >= 8) {
      if (seen.has(key)) {
        changes.push({ rule: 'repeated-paragraph', action: 'removed', text: block });
        return false;
      }
      seen.add(key);
    }
    return true;
  });
  return { blocks: kept, changes };
}
