/**
 * A story's frontmatter: read as YAML with the line of each mistake, and checked against the
 * story schema in words an author can act on.
 */
import type { z } from 'astro/zod';
import { storySchema } from '../schemas/story';
import { ContentError } from './content-error';
import { describeIssue } from './error-map';
import { fieldsAt } from './schema-json';
import { splitFrontmatter, yamlError } from './source-texts';
import { suggestion } from './suggest';

/** Line of a top-level frontmatter key, for pointing at a bad field. */
export function frontmatterLine(text: string, key: string): number | undefined {
  const lines = text.split('\n');
  // The key comes from the author's YAML: any character, so it is matched as text, not as a pattern.
  const index = lines.findIndex((l, i) => i > 0 && l.startsWith(key) && /^\s*:/.test(l.slice(key.length)));
  return index >= 0 ? index + 1 : undefined;
}

/** Line of one item of a frontmatter list (`sources: [a, b]` or `- b` lines below the key). */
export function listItemLine(text: string, key: string, item: string): number | undefined {
  const start = frontmatterLine(text, key);
  if (start === undefined) return undefined;
  const lines = text.split('\n');
  for (let i = start - 1; i < lines.length && (i === start - 1 || /^\s+-|^\s*$/.test(lines[i] ?? '')); i++) {
    if (
      new RegExp(`(^|[\\s,\\[-])${item.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([\\s,\\]]|$)`).test((lines[i] ?? '').replace(/^[^:]*:/, ' '))
    )
      return i + 1;
  }
  return start;
}

const FRONTMATTER_HINT = 'the frontmatter fields are listed in AUTHORING.md ("Write a story") and at /authoring/';

/** Reads the frontmatter, turning a YAML mistake or a missing block into an error with its line. */
export function readFrontmatter(file: string, text: string): { frontmatter: Record<string, unknown>; body: string } | ContentError {
  if (!/^---\r?\n[\s\S]*?\r?\n---(\r?\n|$)/.test(text)) {
    return new ContentError(
      file,
      { line: 1 },
      'the story has no frontmatter: it must start with a block of fields between two "---" lines',
      'run npm run new:story -- "Title" for a story that starts right, or copy the frontmatter of another story',
    );
  }
  try {
    return splitFrontmatter(text);
  } catch (error) {
    return yamlError(file, error);
  }
}

/** What a frontmatter issue means for an author: the field, what was expected, the nearest valid name. */
export function frontmatterErrors(file: string, text: string, issue: z.core.$ZodIssue): ContentError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map(
      (key) =>
        new ContentError(
          file,
          { line: frontmatterLine(text, key) ?? 1, what: `frontmatter field "${key}"` },
          `unknown frontmatter field "${key}"`,
          suggestion(key, fieldsAt(storySchema), 'field'),
        ),
    );
  }
  const field = issue.path.map(String).join('.');
  const line = frontmatterLine(text, String(issue.path[0] ?? '')) ?? 1;
  return [new ContentError(file, { line, what: `frontmatter field "${field}"` }, describeIssue(issue), FRONTMATTER_HINT)];
}
