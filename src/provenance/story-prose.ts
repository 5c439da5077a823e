/**
 * What a story's prose says outside its components, read from the MDX syntax tree: numbers typed
 * straight into the text, and links that start at the site root. Code (fenced or inline) and MDX
 * comments are not prose.
 */
import { isJsxElement, lineOf, type MdxNode, parseMdx } from './mdx-tree';

/** Nodes whose text is never prose: code, front matter, ESM, and the props of components. */
const NOT_PROSE = new Set(['code', 'inlineCode', 'yaml', 'toml', 'mdxjsEsm', 'html']);

/** Text nodes of the prose, each with the line it starts on. */
function proseTexts(node: MdxNode, out: { value: string; line: number }[] = []): { value: string; line: number }[] {
  if (NOT_PROSE.has(node.type)) return out;
  // <Doc> wraps a document's name ("Executive Order 14257"): its text is the citation itself.
  if (isJsxElement(node) && node.name === 'Doc') return out;
  if (node.type === 'text') out.push({ value: node.value ?? '', line: lineOf(node) });
  // An image's alt text is read out in place of the picture: prose too.
  if (node.type === 'image' && node.alt) out.push({ value: node.alt, line: lineOf(node) });
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    // An expression prints its value; a comment ({/* … */}) prints nothing.
    out.push({ value: (node.value ?? '').replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')), line: lineOf(node) });
  }
  for (const child of node.children ?? []) proseTexts(child, out);
  return out;
}

/**
 * Numbers written straight into prose, outside any component: each one is a claim without a
 * source. Allowed: four-digit years standing alone, digits inside names such as "G7", and
 * statute sections ("Section 232").
 * Numbers belong in <Num> (from a dataset), inside a <Cite> quote, or inside <Doc>.
 */
export function uncitedNumbers(body: string | MdxNode, firstLine = 1): { line: number; text: string }[] {
  let tree: MdxNode;
  if (typeof body === 'string') {
    const parsed = parseMdx(body, firstLine);
    if ('error' in parsed) return [];
    tree = parsed.tree;
  } else tree = body;
  const found: { line: number; text: string }[] = [];
  for (const { value, line } of proseTexts(tree)) {
    // Names of laws' sections ("Section 232", "Section 301") are names, not quantities.
    const prose = value.replace(/\bSection \d+\b/g, (m) => ' '.repeat(m.length));
    for (const match of prose.matchAll(
      /(?<![A-Za-z\d])[-−$€£]?\d(?:[\d,.]*\d)?(?:\s?(?:%|percent|per cent|billion|million|trillion|bn))?/g,
    )) {
      const text = match[0];
      if (/^(19|20)\d\d$/.test(text)) continue;
      found.push({ line: line + (prose.slice(0, match.index).match(/\n/g)?.length ?? 0), text });
    }
  }
  return found;
}

/** Links that start at the site root (`[x](/method/)`, `[x]: /method/`, `href="/method/"`), with their lines. */
export function rootLinks(tree: MdxNode): { line: number; target: string }[] {
  const links: { line: number; target: string }[] = [];
  const visit = (node: MdxNode): void => {
    if (NOT_PROSE.has(node.type)) return;
    if ((node.type === 'link' || node.type === 'definition') && node.url?.startsWith('/')) {
      links.push({ line: lineOf(node), target: node.url });
    }
    if (isJsxElement(node)) {
      for (const attribute of node.attributes ?? []) {
        if (attribute.name === 'href' && typeof attribute.value === 'string' && attribute.value.startsWith('/')) {
          links.push({ line: lineOf(node), target: attribute.value });
        }
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return links;
}
