import type { Change, RuleResult } from '../types';
import { isListBlock } from '../types';

/**
 * Rule: dangling headings. Once the page tail is cut, a heading that introduced it can be left
 * at the end with nothing under it ("References" above "People Also Ask"). A last block that
 * looks like a heading (at most eight words, under 80 characters, no closing punctuation) has
 * no text to head and goes; repeated until the last block is a sentence or a list.
 */
const CLOSING = /[.!?:;,"'”’)\]。！？」』）]$/;

export function looksLikeHeading(block: string): boolean {
  return !isListBlock(block) && block.length < 80 && block.split(/\s+/).length <= 8 && !CLOSING.test(block);
}

export function dropDanglingHeadings(blocks: readonly string[]): RuleResult {
  const kept = [...blocks];
  const changes: Change[] = [];
  while (kept.length > 0 && looksLikeHeading(kept[kept.length - 1] ?? '')) {
    changes.push({ rule: 'dangling-heading', action: 'removed', text: kept.pop() ?? '' });
  }
  return { blocks: kept, changes };
}
