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

/** The story's first MDX syntax error, at its line in the file, or undefined when it parses. */
export function mdxSyntaxError(file: string, text: string): ContentError | undefined {
  // Frontmatter lines become blank lines: the parser sees the body at its real line numbers.
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (block) => block.replace(/[^\n]/g, ''));
  try {
    mdxToMdast(body);
    return undefined;
  } catch (error) {
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
}
