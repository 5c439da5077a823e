import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** Where clean sources live, relative to the project root (the build runs from there). */
export const SOURCES_DIR = 'content/sources';

export interface SourceText {
  id: string;
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Splits a Markdown file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { frontmatter: {}, body: text };
  const data: unknown = parseYaml(match[1] ?? '');
  return { frontmatter: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, body: match[2] ?? '' };
}

/**
 * Reads every clean source's text straight from disk. Quote checks run where Astro's collections
 * are not at hand (the MDX plugin, the dataset loader, unit tests), so they read the same files.
 */
export function readSourceTexts(root = process.cwd()): Map<string, SourceText> {
  const dir = resolve(root, SOURCES_DIR);
  const texts = new Map<string, SourceText>();
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.md') || name === 'README.md') continue;
    const file = join(SOURCES_DIR, name);
    const { frontmatter, body } = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
    texts.set(name.slice(0, -3), { id: name.slice(0, -3), file, frontmatter, body });
  }
  return texts;
}
