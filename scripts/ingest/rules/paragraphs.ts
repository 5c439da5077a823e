import type { Block } from '../types';

/**
 * Rule: paragraphs and lists. Scrapes put one paragraph per line, sometimes with blank lines
 * between, sometimes without; either way each non-blank line is one paragraph. Bulleted lines
 * ("• Asia: …", "  • Oceania: …", "- The ongoing demand…") become a Markdown-style list, one
 * `- item` per line, kept together as one block. Whitespace inside a line is collapsed and
 * non-breaking spaces become plain spaces; no word is changed.
 */

// Bullet glyphs count glued or spaced; `-` and `*` only when a space follows ("-5%" and "*Note" are text).
const BULLET = /^\s*(?:[•●▪◦‣·]|[*-](?=\s|$))\s*/u;

/** Collapses whitespace (including non-breaking and zero-width spaces) inside one line. */
export function tidyLine(line: string): string {
  return line
    .replace(/[\u200B\u2060\uFEFF]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

export function toBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) blocks.push(list.join('\n'));
    list = [];
  };
  for (const raw of lines) {
    const line = tidyLine(raw);
    if (line === '') continue; // a blank line between two list items does not end the list
    if (BULLET.test(line)) {
      const item = line.replace(BULLET, '');
      if (item !== '') list.push(`- ${item}`); // a bare bullet with nothing after it is dropped
      continue;
    }
    flush();
    blocks.push(line);
  }
  flush();
  return blocks;
}
