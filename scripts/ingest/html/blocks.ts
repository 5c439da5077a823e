import { tidyLine } from '../rules/paragraphs';
import type { Block, Change } from '../types';

/**
 * The extracted article's DOM → blocks, the same shape a text scrape becomes: one block per
 * paragraph or heading, a list as one block of `- item` lines. Text is kept as written (curly
 * quotes, dashes); only whitespace is collapsed. Figures and their captions are set aside as
 * furniture (a caption describes a picture, it is not the article), and so are lists made only of
 * links (lists of other articles).
 */

type Node = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
  getAttribute?: (name: string) => string | null;
  querySelectorAll?: (selector: string) => ArrayLike<Node>;
};

const BLOCK = new Set(
  'P DIV SECTION ARTICLE MAIN HEADER FOOTER ASIDE NAV H1 H2 H3 H4 H5 H6 UL OL LI BLOCKQUOTE PRE TABLE THEAD TBODY TFOOT TR TD TH DL DT DD HR FORM ADDRESS DETAILS SUMMARY CAPTION CENTER'.split(
    ' ',
  ),
);
const SKIP = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG IFRAME BUTTON SELECT OPTION INPUT TEXTAREA OBJECT EMBED VIDEO AUDIO CANVAS MATH PICTURE SOURCE IMG'.split(
    ' ',
  ),
);

const textOf = (node: Node) => tidyLine(node.textContent ?? '');

/** True for a list whose every item is just a link: a list of other articles, not article text. */
function isLinkList(list: Node): boolean {
  const items = Array.from(list.childNodes).filter((n) => n.nodeName === 'LI');
  if (items.length < 2) return false;
  return items.every((li) => {
    const text = textOf(li);
    const linked = Array.from(li.querySelectorAll?.('a') ?? [])
      .map(textOf)
      .join(' ');
    return text !== '' && linked.length >= text.length * 0.9;
  });
}

/** Blocks, the table rows and headings among them (by index: a row's cells are data, never furniture), and what was set aside. */
export function domToBlocks(root: Node): { blocks: Block[]; rows: Set<number>; headings: Set<number>; changes: Change[] } {
  const blocks: Block[] = [];
  const rows = new Set<number>();
  const headings = new Set<number>();
  const changes: Change[] = [];
  let buffer = '';
  const flush = () => {
    const line = tidyLine(buffer);
    if (line !== '') blocks.push(line);
    buffer = '';
  };

  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      buffer += '\n';
      if (/\n\s*\n\s*$/.test(buffer)) flush(); // two line breaks in a row end a paragraph
      return;
    }
    if (name === 'FIGURE' || name === 'FIGCAPTION') {
      flush();
      const text = textOf(node);
      if (text) changes.push({ rule: 'furniture:caption', action: 'removed', text, why: 'a figure and its caption or credit' });
      return;
    }
    if (name === 'UL' || name === 'OL') {
      flush();
      if (isLinkList(node)) {
        changes.push({ rule: 'furniture:related', action: 'removed', text: textOf(node), why: 'a list of links (other articles)' });
        return;
      }
      const items = Array.from(node.childNodes)
        .filter((n) => n.nodeName === 'LI')
        .map(textOf)
        .filter((t) => t !== '')
        .map((t) => `- ${t}`);
      if (items.length) blocks.push(items.join('\n'));
      return;
    }
    if (name === 'TR') {
      flush();
      const cells = Array.from(node.childNodes)
        .filter((n) => n.nodeName === 'TD' || n.nodeName === 'TH')
        .map(textOf)
        .filter((t) => t !== '');
      if (cells.length) {
        rows.add(blocks.length);
        blocks.push(cells.join(' | '));
      }
      return;
    }
    const isBlock = BLOCK.has(name);
    if (isBlock) flush();
    const first = blocks.length;
    for (const child of Array.from(node.childNodes)) walk(child);
    if (isBlock) flush();
    if (/^H[1-6]$/.test(name) && blocks.length === first + 1) headings.add(first);
  };
  walk(root);
  flush();
  return { blocks, rows, headings, changes };
}
