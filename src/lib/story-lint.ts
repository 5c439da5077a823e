import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { chartPropsSchema } from '../schemas/chart-props';
import { citePropsSchema } from '../schemas/cite-props';
import { storySchema } from '../schemas/story';
import { ContentError } from './content-error';
import { describeMiss, findQuote } from './quotes';
import { type SourceText, readSourceTexts, splitFrontmatter } from './source-texts';
import { nearest, suggestion } from './suggest';

export const STORIES_DIR = 'content/stories';

/** Components an MDX story may use; each is documented in AUTHORING.md. */
export const storyComponents = {
  Chart: chartPropsSchema,
  Cite: citePropsSchema,
} as const satisfies Record<string, z.ZodType>;
const componentNames = Object.keys(storyComponents);

export interface ComponentUse {
  name: string;
  line: number;
  props: Record<string, string>;
}

/**
 * Finds `<Name … />` and `<Name …>` tags of capitalised components with their line numbers and
 * string attributes. MDX allows expressions in attributes (`view={x}`); stories use plain
 * strings so that they can be checked here, and an expression is reported as an error.
 */
export function findComponents(body: string, firstLine = 1): (ComponentUse | { name: string; line: number; error: string })[] {
  const uses: (ComponentUse | { name: string; line: number; error: string })[] = [];
  const codeFence = /^(```|~~~)[\s\S]*?^\1/gm;
  // Blank out fenced code so examples in code blocks are not read as components; keep newlines for line numbers.
  const text = body.replace(codeFence, (block) => block.replace(/[^\n]/g, ' '));
  for (const match of text.matchAll(/<([A-Z][A-Za-z0-9]*)\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*)\/?>/g)) {
    const name = match[1] as string;
    const line = firstLine + text.slice(0, match.index).split('\n').length - 1;
    const attrs = match[2] ?? '';
    const props: Record<string, string> = {};
    let error: string | undefined;
    for (const attr of attrs.matchAll(/([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{[^}]*\}))/g)) {
      const [, key, double, single, expression] = attr;
      if (expression !== undefined) error = `attribute ${key} is an expression ${expression}; use a plain string, e.g. ${key}="…"`;
      else props[key as string] = (double ?? single) as string;
    }
    uses.push(error ? { name, line, error } : { name, line, props });
  }
  return uses;
}

/** Line of a top-level frontmatter key, for pointing at a bad field. */
function frontmatterLine(text: string, key: string): number | undefined {
  const lines = text.split('\n');
  const index = lines.findIndex((l, i) => i > 0 && new RegExp(`^${key}\\s*:`).test(l));
  return index >= 0 ? index + 1 : undefined;
}

/** Checks one story: frontmatter, source ids, and every component's props and quotes. */
export function lintStory(file: string, text: string, sources: ReadonlyMap<string, SourceText>): ContentError[] {
  const errors: ContentError[] = [];
  const { frontmatter, body } = splitFrontmatter(text);
  const bodyStart = text.length - body.length;
  const firstBodyLine = text.slice(0, bodyStart).split('\n').length;
  const sourceIds = [...sources.keys()];

  const parsed = storySchema.safeParse(frontmatter);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const line = frontmatterLine(text, key);
      const field = issue.path.map(String).join('.');
      const message = issue.code === 'unrecognized_keys' ? `unknown frontmatter field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
      const hint =
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((k) => suggestion(k, Object.keys(storySchema.shape), 'field')).join('; ')
          : 'see the frontmatter fields in AUTHORING.md';
      errors.push(new ContentError(file, `${line ? `line ${line}, ` : ''}frontmatter field "${field || '(top)'}"`, message, hint));
    }
  } else {
    parsed.data.sources.forEach((id, i) => {
      if (!sources.has(id)) {
        errors.push(new ContentError(file, `line ${frontmatterLine(text, 'sources') ?? '?'}, frontmatter field "sources.${i}"`, `unknown source id "${id}"`, suggestion(id, sourceIds, 'source id')));
      }
    });
  }

  for (const use of findComponents(body, firstBodyLine)) {
    const where = `line ${use.line}, <${use.name}>`;
    if ('error' in use) {
      errors.push(new ContentError(file, where, use.error));
      continue;
    }
    const schema = storyComponents[use.name as keyof typeof storyComponents];
    if (!schema) {
      const near = nearest(use.name, componentNames);
      errors.push(new ContentError(file, where, `unknown component <${use.name}>`, near ? `did you mean <${near}>? Components: ${componentNames.join(', ')}` : `components stories can use: ${componentNames.join(', ')}`));
      continue;
    }
    const result = schema.safeParse(use.props);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const message = issue.code === 'unrecognized_keys' ? `unknown prop(s) ${issue.keys.join(', ')}` : issue.message;
        const field = issue.path.length ? ` prop "${issue.path.join('.')}":` : '';
        errors.push(new ContentError(file, where, `${field} ${message}`.trim(), `props of <${use.name}> are listed in AUTHORING.md`));
      }
      continue;
    }
    if (use.name === 'Cite') {
      const { source, quote } = result.data as { source: string; quote: string };
      const text = sources.get(source);
      if (!text) {
        errors.push(new ContentError(file, where, `unknown source "${source}"`, suggestion(source, sourceIds, 'source id')));
        continue;
      }
      const match = findQuote(text.body, quote);
      if (!match.found) errors.push(new ContentError(file, where, `quote not found in ${text.file}: "${quote}"`, `${describeMiss(match)}. Quote the source's exact words`));
    }
  }
  return errors;
}

/** Lints every story in content/stories/. */
export function lintStories(root = process.cwd()): ContentError[] {
  const dir = resolve(root, STORIES_DIR);
  const sources = readSourceTexts(root);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .flatMap((name) => lintStory(join(STORIES_DIR, name), readFileSync(join(dir, name), 'utf8'), sources));
}
