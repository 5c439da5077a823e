import type { Change, RuleResult } from '../types';

/**
 * Rule: hashtags. Blog templates end the last paragraph with "#USTrade #ChinaTrade". A run of
 * hashtags at the end of a block is cut; a block of nothing but hashtags goes. A hashtag has to
 * start with a letter after whitespace, so "#1" or "C#" in a sentence are left alone, and tags in
 * the middle of a sentence are never touched.
 */
const TRAILING_TAGS = /(?:(?:^|\s+)#\p{L}[\p{L}\p{N}_]*)+\s*$/u;

export function stripHashtags(blocks: readonly string[]): RuleResult {
  const changes: Change[] = [];
  const kept: string[] = [];
  for (const block of blocks) {
    const match = TRAILING_TAGS.exec(block);
    if (!match) {
      kept.push(block);
      continue;
    }
    changes.push({ rule: 'hashtags', action: 'removed', text: match[0].trim() });
    const rest = block.slice(0, match.index).trimEnd();
    if (rest !== '') kept.push(rest);
  }
  return { blocks: kept, changes };
}
