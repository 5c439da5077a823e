import { mdxToMdast } from 'satteri';
import { ContentError } from './content-error';

// MDX syntax, checked with the parser @astrojs/mdx compiles stories with (Sätteri), before Astro
// compiles them: its own error reads "10:24: Unexpected end of file…" with no file in the dev
// terminal and no fix. Here it becomes `file:line (MDX): problem → fix`.

const FIXES: [RegExp, string][] = [
  [/closing brace for `\{`/, 'a { in text starts an expression: close it with }, or write \\{ for a brace in prose'],
  [
    /Expected a closing tag for `<([^>]*)>`/,
    'close the tag: a component without content ends with />, e.g. <Cite source="…" quote="…" />; one with content needs its closing </…>',
  ],
  [/Unexpected character after `<`/, 'a < in text starts a tag: write &lt; for the sign (or "less than"); links are written [text](url)'],
  [/Unexpected (closing|lazy)/, 'this closing tag has no opening tag above it: remove it, or add the opening tag'],
];

interface Node {
  type: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
  children?: Node[];
}

/** Schemes a link in a story may use; anything else (javascript:, data:, vbscript:, file:) could run or mislead. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/**
 * The story's MDX, parsed once: its first syntax error, or else every link whose scheme is not
 * http(s) or mailto (read from the syntax tree, so `javascript&#58;` and JSX `href`s count too).
 */
export function checkMdx(file: string, text: string): ContentError[] {
  // Frontmatter lines become blank lines: the parser sees the body at its real line numbers.
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (block) => block.replace(/[^\n]/g, ''));
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    return [syntaxError(file, error)];
  }
  const errors: ContentError[] = [];
  const visit = (node: Node) => {
    const urls = [
      ...(typeof node.url === 'string' && (node.type === 'link' || node.type === 'definition') ? [node.url] : []),
      ...(node.attributes ?? []).flatMap((a) =>
        a.type === 'mdxJsxAttribute' && URL_ATTRIBUTES.has(String(a.name).toLowerCase()) && typeof a.value === 'string' ? [a.value] : [],
      ),
    ];
    for (const url of urls) {
      // Browsers ignore tabs, line breaks and leading control characters in a URL: "java\tscript:" runs.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, ''))?.[1]?.toLowerCase();
      if (scheme && !SAFE_SCHEMES.has(scheme)) {
        const start = node.position?.start;
        errors.push(
          new ContentError(
            file,
            { line: start?.line ?? 1, column: start?.column ?? 1, what: 'link' },
            `a link to a "${scheme}:" address (${JSON.stringify(url.slice(0, 60))}); links may go to http(s) pages, mailto: or pages of this site`,
            "link to the page's https:// address, or remove the link",
          ),
        );
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return errors;
}

/** The parser's error as `file:line (MDX): problem → fix`. */
function syntaxError(file: string, error: unknown): ContentError {
  const message = error instanceof Error ? error.message : String(error);
  const parts = /^(\d+):(\d+): ([\s\S]*?)(?: \(([\w:-]+)\))?$/.exec(message.split('\n')[0] ?? '');
  const problem = (parts?.[3] ?? message).replace(/ \(\d+:\d+\)/g, '');
  const fix =
    FIXES.find(([pattern]) => pattern.test(problem))?.[1] ??
    'MDX is Markdown with components: check the tag or {expression} at this place; AUTHORING.md ("Write a story") shows each component';
  return new ContentError(
    file,
    { line: Number(parts?.[1] ?? 1), column: Number(parts?.[2] ?? 1), what: 'MDX' },
    `the story is not valid MDX: ${problem}`,
    fix,
  );
}
