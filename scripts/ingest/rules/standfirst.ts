import { normaliseForMatch } from '../../../src/provenance/quotes';
import type { RuleResult } from '../types';
import { isListBlock } from '../types';

/**
 * Rule: standfirst. Magazine pages (The Diplomat) open with a one-sentence standfirst that the
 * article repeats word for word further down; a scrape that flattens the page glues it onto the
 * first paragraph. When the first block opens with one or more whole sentences (40 characters or
 * more) that occur again later in the text, that opening becomes its own paragraph. Nothing is
 * removed: the standfirst is the publisher's text.
 */
const SENTENCE_END = /[.!?]["'”’)]?(?=\s)/g;
const MIN_LENGTH = 40;

export function splitStandfirst(blocks: readonly string[]): RuleResult {
  const [first, ...rest] = blocks;
  if (first === undefined || isListBlock(first)) return { blocks: [...blocks], changes: [] };
  let best = '';
  for (const match of first.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    const opening = first.slice(0, end).trim();
    if (opening.length < MIN_LENGTH) continue;
    const later = normaliseForMatch([first.slice(end), ...rest].join(' '));
    if (later.includes(normaliseForMatch(opening))) best = opening;
  }
  if (best === '') return { blocks: [...blocks], changes: [] };
  const remainder = first.slice(best.length).trim();
  return { blocks: [best, remainder, ...rest], changes: [{ rule: 'standfirst', action: 'split', text: best }] };
}
