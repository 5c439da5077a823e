/**
 * A block of clean text: one paragraph, or one list kept together (one `- item` per line).
 * Blocks are what the clean source's body is made of, separated by blank lines.
 */
export type Block = string;

/** Something a rule did to the text, kept so `npm run ingest -- --verbose` can show every decision. */
export interface Change {
  /** The rule's name, e.g. `furniture` or `override:drop`. */
  rule: string;
  action: 'removed' | 'split';
  /** The text concerned (shortened in logs, not here). */
  text: string;
  /** Why, in words, when the rule name alone does not say (shown by the dry-run preview). */
  why?: string;
}

/** What a block-level rule returns: the blocks it kept and what it changed. */
export interface RuleResult {
  blocks: Block[];
  changes: Change[];
}

/** True for a list block (its lines are `- item`), false for a paragraph. */
export function isListBlock(block: Block): boolean {
  return block.startsWith('- ');
}
