/**
 * Reads a story's MDX body into its syntax tree, with the parser Astro's MDX integration compiles
 * stories with (satteri, through @astrojs/markdown-satteri). What the checks see is then what the
 * build renders: a `<Chart>` written in a fenced code block (any fence length, in a list item or
 * not) or in inline code (any number of backticks) is text, and a component's props are its real
 * attributes, however they are spread over lines.
 */
import { mdxToMdast } from 'satteri';

/** The parts of an mdast / MDX node the checks read. */
export interface MdxNode {
  type: string;
  value?: string;
  name?: string | null;
  url?: string;
  alt?: string | null;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: { start: { line: number; column: number } };
}

interface MdxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | { type: 'mdxJsxAttributeValueExpression'; value: string } | null;
}

/** A story body that MDX cannot read: where, and the parser's own words. */
export interface MdxSyntaxError {
  line: number;
  column: number;
  reason: string;
}

/**
 * Parses a story body. `firstLine` is the line of the file the body starts on (after the
 * frontmatter), so positions are file lines.
 */
export function parseMdx(body: string, firstLine = 1): { tree: MdxNode } | { error: MdxSyntaxError } {
  try {
    // The frontmatter is read apart (src/provenance/story-frontmatter.ts); a body that starts with
    // "---" is a thematic break, not a second block of fields.
    const tree = mdxToMdast(body, { features: { frontmatter: false } }) as unknown as MdxNode;
    shiftLines(tree, firstLine - 1);
    return { tree };
  } catch (error) {
    // The parser names the place as "line:column: reason (rule)".
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+)(?:-\d+:\d+)?: ([\s\S]*?)(?: \([\w:-]+\))?$/.exec(message.trim());
    if (!at) return { error: { line: firstLine, column: 1, reason: message } };
    // Positions inside the reason ("a closing tag for `<Cite>` (3:10)") count from the body too.
    const reason = (at[3] ?? message).replace(/\((\d+):(\d+)\)/g, (_, l: string) => `(line ${firstLine + Number(l) - 1})`);
    return { error: { line: firstLine + Number(at[1]) - 1, column: Number(at[2]), reason } };
  }
}

function shiftLines(node: MdxNode, by: number): void {
  if (by === 0) return;
  // A new point: the parser may share one between a parent and its first child.
  if (node.position) node.position = { ...node.position, start: { ...node.position.start, line: node.position.start.line + by } };
  for (const child of node.children ?? []) shiftLines(child, by);
}

/** Line of a node in the file (0 when the parser gave none). */
export const lineOf = (node: MdxNode): number => node.position?.start.line ?? 0;

/** Every node, parents before children, in the order of the file. */
export function* walk(node: MdxNode): Generator<MdxNode> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

export const isJsxElement = (node: MdxNode): boolean => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

export interface ComponentUse {
  name: string;
  line: number;
  props: Record<string, string>;
}

export interface ComponentError {
  name: string;
  line: number;
  error: string;
}

/**
 * The string a prop's value stands for, or why the build cannot know it. MDX allows any
 * JavaScript in a prop (`view={x}`); the checks must see the value the page will get, so only a
 * plain string or a string literal in braces (`{"rates"}`, `{'rates'}`, `` {`rates`} ``) counts.
 * Nothing is ever run.
 */
function propValue(attribute: MdxAttribute): { value: string } | { error: string } {
  const key = attribute.name ?? '';
  const { value } = attribute;
  if (typeof value === 'string') return { value };
  if (value === null || value === undefined) return { error: `attribute ${key} has no value; use a plain string, e.g. ${key}="…"` };
  const literal = stringLiteral(value.value);
  if (literal !== undefined) return { value: literal };
  return { error: `attribute ${key} is an expression {${value.value}}; use a plain string, e.g. ${key}="…"` };
}

/** The value of a JavaScript string literal with no interpolation, or undefined for anything else. */
function stringLiteral(source: string): string | undefined {
  const text = source.trim();
  const quoted = /^(["'])((?:\\.|(?!\1)[^\\\n])*)\1$/.exec(text);
  if (quoted) {
    const inner = (quoted[2] ?? '').replace(/\\'/g, "'").replace(/(?<!\\)((?:\\\\)*)"/g, '$1\\"');
    try {
      return JSON.parse(`"${inner}"`) as string;
    } catch {
      return undefined;
    }
  }
  const template = /^`([^`\\$]*)`$/.exec(text);
  return template ? (template[1] ?? '') : undefined;
}

/** A component's props as the page will get them, or the first one the checks cannot read. */
export function componentProps(node: MdxNode): { props: Record<string, string> } | { error: string } {
  const props: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      return { error: `attribute {${attribute.value}} is an expression; use plain string props, e.g. id="…"` };
    }
    const read = propValue(attribute);
    if ('error' in read) return read;
    props[attribute.name ?? ''] = read.value;
  }
  return { props };
}

/**
 * Every capitalised component in a story body (`<Chart>`, `<Cite>`, `<Step>` inside `<Scrolly>`…),
 * in the order of the file, with its line and props. Lower-case tags are HTML and are not
 * components. A body MDX cannot read has none; lintStory reports its syntax error.
 */
export function findComponents(body: string, firstLine = 1): (ComponentUse | ComponentError)[] {
  const parsed = parseMdx(body, firstLine);
  if ('error' in parsed) return [];
  return componentsIn(parsed.tree);
}

export function componentsIn(tree: MdxNode): (ComponentUse | ComponentError)[] {
  const uses: (ComponentUse | ComponentError)[] = [];
  for (const node of walk(tree)) {
    if (!isJsxElement(node) || !node.name || !/^[A-Z]/.test(node.name)) continue;
    const read = componentProps(node);
    uses.push({ name: node.name, line: lineOf(node), ...read });
  }
  return uses;
}
