import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { ContentError } from '../../src/provenance/content-error';
import { SOURCES_DIR, splitFrontmatter } from '../../src/provenance/source-texts';
import { STORIES_DIR } from '../../src/provenance/story-lint';
import { exampleMdx } from '../../src/site/authoring-examples';
import { isSlug, slugify } from './slug';

export interface StoryOptions {
  title: string;
  /** File name without `.mdx`; default: made from the title. */
  slug?: string | undefined;
  author?: string | undefined;
  /** Source ids for the frontmatter; default: the first source, to be replaced. */
  sources?: string[] | undefined;
  /** ISO date; default: today (UTC). */
  date?: string | undefined;
}

/** Stand-in summary of a new story: long enough to pass the schema, plain enough to be replaced. */
export const PLACEHOLDER_SUMMARY =
  'Say in one or two sentences what this essay shows; it appears on the home page, in feeds and in link previews.';

/**
 * The text of a new story: frontmatter that passes the linter, a first line to replace, and one
 * example of every component in an MDX comment (which renders as nothing).
 */
export function storyTemplate(fields: { title: string; date: string; author: string; sources: string[]; order: number }): string {
  const yaml = (key: string, value: unknown) => stringify({ [key]: value }, { flowCollectionPadding: false, lineWidth: 0 }).trimEnd();
  const frontmatter = [
    yaml('title', fields.title),
    yaml('summary', PLACEHOLDER_SUMMARY),
    yaml('date', fields.date),
    yaml('author', fields.author),
    `sources: [${fields.sources.join(', ')}] # ids of the files in content/sources/ this essay draws on`,
    `order: ${fields.order} # place in the reading order`,
    'draft: true # drafts show in npm run dev only; delete this line to publish',
  ];
  const example = (intro: string, name: Parameters<typeof exampleMdx>[0]) => `  ${intro}\n${indent(exampleMdx(name))}`;
  return `---
${frontmatter.join('\n')}
---

Write the essay here, in Markdown. Every number needs a source: take it from a dataset, quote it, or name the document it comes from, with the components below.

{/*
  Components: copy one out of this comment to use it. Reference with every prop, chart and view:
  /authoring/ on the dev server (npm run dev), and AUTHORING.md.

${example('A chart, optionally in a named view and with a caption:', 'Chart')}

${example('A number from one field of a dataset record (format: percent, billions, millions, number, date, day, month or year):', 'Num')}

${example("A source's exact words, checked against its clean text in content/sources/:", 'Cite')}

${example('An official document from content/data/references.json, around its name:', 'Doc')}

${example('A chart that stays in view while steps scroll past, each highlighting one event:', 'Scrolly')}

${example('A note on how a fact is known, or where sources disagree:', 'HowWeKnow')}

${example("Sentences the reader can change: sliders on US exports to a partner and on the formula's divisor, with a dot plot of every partner:", 'ReactiveRate')}
*/}
`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/** Next place in the reading order: after every existing story. */
function nextOrder(dir: string): number {
  let highest = 0;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.mdx')) continue;
    try {
      const order = Number(splitFrontmatter(readFileSync(join(dir, name), 'utf8')).frontmatter.order);
      if (Number.isInteger(order)) highest = Math.max(highest, order);
    } catch {
      // A story with broken frontmatter does not stop a new one; the linter reports it.
    }
  }
  return highest + 1;
}

/** Writes `content/stories/<slug>.mdx`; never overwrites. Returns the path written, relative to root. */
export function createStory(root: string, options: StoryOptions): string {
  const title = options.title.trim();
  if (title.length < 5)
    throw new ContentError(
      'new:story',
      undefined,
      `the title "${title}" is too short`,
      'give the headline, at least 5 characters: npm run new:story -- "How the truce held"',
    );
  const slug = options.slug ?? slugify(title);
  if (!isSlug(slug)) {
    throw new ContentError(
      'new:story',
      undefined,
      options.slug === undefined ? `cannot make a file name from the title "${title}"` : `"${slug}" is not a valid slug`,
      'give one with --slug: lower-case letters, digits and single hyphens, at most 60 characters, e.g. --slug how-the-truce-held',
    );
  }
  const sourceIds = readdirSync(resolve(root, SOURCES_DIR))
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => name.slice(0, -3))
    .sort();
  const sources = options.sources?.length ? options.sources : sourceIds.slice(0, 1);
  for (const id of sources) {
    if (!sourceIds.includes(id)) {
      throw new ContentError('new:story', '--source', `unknown source id "${id}"`, `source ids: ${sourceIds.join(', ')}`);
    }
  }
  const dir = resolve(root, STORIES_DIR);
  const file = join(STORIES_DIR, `${slug}.mdx`);
  const text = storyTemplate({
    title,
    date: options.date ?? new Date().toISOString().slice(0, 10),
    author: options.author ?? 'Tariff Ledger',
    sources,
    order: nextOrder(dir),
  });
  try {
    // 'wx': fail if the file exists, even if it appeared since we looked.
    writeFileSync(join(dir, `${slug}.mdx`), text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ContentError(
        file,
        undefined,
        'a story with this file name already exists; new:story never overwrites one',
        `choose another title, or a file name with --slug ${slug}-2`,
      );
    }
    throw error;
  }
  return file;
}
