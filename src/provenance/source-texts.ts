import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError, ContentErrors } from './content-error';

/** Where clean sources live, relative to the project root (the build runs from there). */
export const SOURCES_DIR = 'content/sources';

export interface SourceText {
  id: string;
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** A UTF-8 byte-order mark, which some editors on Windows write first: invisible, and meaningless in UTF-8. */
export const stripBom = (text: string): string => text.replace(/^\uFEFF/, '');

/** Splits a Markdown file into its YAML frontmatter and body (past a byte-order mark). Throws the yaml package's error on bad YAML. */
export function splitFrontmatter(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(stripBom(text));
  if (!match) return { frontmatter: {}, body: text };
  const data: unknown = parseYaml(match[1] ?? '');
  return { frontmatter: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, body: match[2] ?? '' };
}

/** A YAML error in a frontmatter block as an author-facing error with the file's line (the block starts on line 2). */
export function yamlError(file: string, error: unknown): ContentError {
  const yamlLine = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
  return new ContentError(
    file,
    { line: (yamlLine?.line ?? 0) + 1, column: yamlLine?.col ?? 1, what: 'frontmatter' },
    `the frontmatter is not valid YAML: ${reason}`,
    'each line is `field: value`; put a value that contains a colon or starts with a quote mark in double quotes, and write lists as [a, b]',
  );
}

/**
 * Reads every clean source's text straight from disk. Quote checks run where Astro's collections
 * are not at hand (the MDX plugin, the dataset loader, unit tests), so they read the same files.
 */
export function readSourceTexts(root = process.cwd()): Map<string, SourceText> {
  const { texts, errors } = readSources(root);
  if (errors.length) throw new ContentErrors(errors);
  return texts;
}

/** Every clean source that reads, and a located error for each one whose frontmatter is not YAML. */
export function readSources(root = process.cwd()): { texts: Map<string, SourceText>; errors: ContentError[] } {
  const dir = resolve(root, SOURCES_DIR);
  const texts = new Map<string, SourceText>();
  const errors: ContentError[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.md') || name === 'README.md') continue;
    const file = join(SOURCES_DIR, name);
    try {
      const { frontmatter, body } = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
      texts.set(name.slice(0, -3), { id: name.slice(0, -3), file, frontmatter, body });
    } catch (error) {
      errors.push(yamlError(file, error));
    }
  }
  return { texts, errors };
}
