import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { sourceSchema } from '../schemas/source';
import { ContentError, ContentErrors } from './content-error';
import { describeIssue, validate } from './error-map';
import { readSources, splitFrontmatter, stripBom, yamlError } from './source-texts';

const SOURCE_FIX =
  'sources are written by npm run ingest: fix the entry in content/sources/overrides.json (or the raw file) and run it again';

/** Line of a top-level frontmatter field (the block starts on line 2). */
function fieldLine(text: string, key: string): number {
  const index = text.split('\n').findIndex((line, i) => i > 0 && line.startsWith(`${key}:`));
  return index >= 0 ? index + 1 : 1;
}

/**
 * Every clean source's frontmatter against its schema, each problem as `file:line (frontmatter
 * field "x"): problem → fix`. Astro's own collection check would say `file:0:0` in its stock words.
 */
export function checkSources(root = process.cwd()): ContentError[] {
  const { texts, errors } = readSources(root);
  for (const source of texts.values()) errors.push(...checkSourceText(source.file, readFileSync(resolve(root, source.file), 'utf8')));
  return errors;
}

/** One source file's text: its YAML and its frontmatter against the schema. */
export function checkSourceText(file: string, given: string): ContentError[] {
  const text = stripBom(given);
  let frontmatter: Record<string, unknown>;
  try {
    frontmatter = splitFrontmatter(text).frontmatter;
  } catch (error) {
    return [yamlError(file, error)];
  }
  const parsed = validate(sourceSchema, frontmatter);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || '(top)';
    return new ContentError(
      file,
      { line: fieldLine(text, String(issue.path[0] ?? '')), what: `frontmatter field "${field}"` },
      describeIssue(issue),
      SOURCE_FIX,
    );
  });
}

/**
 * The sources collection: Astro's glob loader, preceded by our own check of every file, so a YAML
 * mistake or a bad field stops the build with the file, line and field (in dev: printed, and the
 * server keeps running).
 */
export function sourceLoader(): Loader {
  // README.md documents the folder; it is not a source.
  const inner = glob({ pattern: ['*.md', '!README.md'], base: './content/sources' });
  return {
    name: 'tariff-ledger-sources',
    load: async (context) => {
      const errors = checkSources();
      if (errors.length && !context.watcher) throw new ContentErrors(errors);
      if (errors.length) context.logger.error(new ContentErrors(errors).message);
      await inner.load(context);
    },
  };
}
