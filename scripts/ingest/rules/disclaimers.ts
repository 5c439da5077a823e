import type { Change, RuleResult } from '../types';

/**
 * Rule: investment disclaimers. Finance sites append boilerplate ("The market carries risks, and
 * investment should be cautious. This article does not constitute personal investment advice…").
 * It is the site's, not the article's. A paragraph matching any of these phrases goes whole.
 */
export const DISCLAIMER_PATTERNS: readonly RegExp[] = [
  /\bdoes not constitute (?:\w+ ){0,2}(?:investment|financial) advice\b/i,
  /^the market carries risks?,? and investment should be cautious/i,
  /\bnot (?:intended as |to be taken as )?(?:investment|financial) advice\b/i,
  /\binvesting based on this is at (?:one's|your) own (?:risk|responsibility)\b/i,
];

export function dropDisclaimers(blocks: readonly string[]): RuleResult {
  const changes: Change[] = [];
  const kept = blocks.filter((block) => {
    const isDisclaimer = DISCLAIMER_PATTERNS.some((pattern) => pattern.test(block));
    if (isDisclaimer) changes.push({ rule: 'disclaimer', action: 'removed', text: block });
    return !isDisclaimer;
  });
  return { blocks: kept, changes };
}
