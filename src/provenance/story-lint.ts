import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultParams } from '../charts/default-params';
import { type ChartId, charts } from '../charts/registry';
import { storySchema } from '../schemas/story';
import { makeCitationResolver, type SourceMeta } from '../site/citations';
import { datasetAccess } from '../site/dataset-access';
import { citeProblem } from './cite-check';
import { checkUse, type StoryComponent, storyComponents } from './component-props';
import { ContentError } from './content-error';
import { loadDatasets, readDatasets } from './dataset-loader';
import { type DocumentText, readDocumentTexts } from './document-texts';
import { validate } from './error-map';
import { checkMdx } from './mdx-syntax';
import { componentsIn, parseMdx } from './mdx-tree';
import { resolveNum } from './num-check';
import { citeLead, numLeads } from './number-sources';
import { fieldsAt } from './schema-json';
import { readSourceTexts, type SourceText, stripBom } from './source-texts';
import { frontmatterErrors, listItemLine, readFrontmatter } from './story-frontmatter';
import { rootLinks, uncitedNumbers } from './story-prose';
import { nearest, suggestion } from './suggest';

export { storyComponents } from './component-props';
export { type ComponentUse, findComponents } from './mdx-tree';
export { uncitedNumbers } from './story-prose';

export const STORIES_DIR = 'content/stories';

/** What a story is checked against. */
export interface StoryContext {
  sources: ReadonlyMap<string, SourceText>;
  /** Held official documents by id (for <Cite doc>); none when omitted. */
  documents?: ReadonlyMap<string, DocumentText>;
  /** Validated datasets by id (for <Num> and <Doc>). */
  datasets: ReadonlyMap<string, { data: { records: unknown[] } }>;
  /** The record ids a chart's interaction stops point at (for <Step event>). */
  stopKeys?: (chart: string, view: string | undefined) => string[];
}
const componentNames = Object.keys(storyComponents);

/** Checks one story: frontmatter, source ids, and every component's props and quotes. */
export function lintStory(file: string, given: string, context: StoryContext): ContentError[] {
  const text = stripBom(given);
  const { sources, datasets } = context;
  const errors: ContentError[] = [];
  const read = readFrontmatter(file, text);
  if (read instanceof ContentError) return [read];
  const { frontmatter, body } = read;
  errors.push(...checkMdx(file, text));
  const bodyStart = text.length - body.length;
  const firstBodyLine = text.slice(0, bodyStart).split('\n').length;
  const sourceIds = [...sources.keys()];

  const parsed = validate(storySchema, frontmatter);
  if (!parsed.success) {
    // "autor:" is one mistake, not two: the missing "author" is reported as the unknown field's "did you mean".
    const fields = fieldsAt(storySchema);
    const meant = new Set(
      parsed.error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys.map((k) => nearest(k, fields)) : [])),
    );
    for (const issue of parsed.error.issues) {
      const missing = issue.code !== 'unrecognized_keys' && issue.input === undefined && meant.has(String(issue.path[0]));
      if (!missing) errors.push(...frontmatterErrors(file, text, issue));
    }
  } else {
    parsed.data.sources.forEach((id, i) => {
      if (!sources.has(id)) {
        errors.push(
          new ContentError(
            file,
            { line: listItemLine(text, 'sources', id) ?? 1, what: `frontmatter field "sources.${i}"` },
            `unknown source id "${id}"`,
            `${suggestion(id, sourceIds, 'source id')}. A new article is added with npm run new:source -- path/to/article.txt`,
          ),
        );
      }
    });
  }

  const mdx = parseMdx(body, firstBodyLine);
  // checkMdx (above) has reported the syntax error, from the same parser, with its fix.
  if ('error' in mdx) return errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const { tree } = mdx;

  let scrollyChart: { id: string; view: string | undefined } | undefined;
  for (const use of componentsIn(tree)) {
    const where = { line: use.line, what: `<${use.name}>` };
    if ('error' in use) {
      errors.push(
        new ContentError(file, where, use.error, 'stories use plain strings so the build can check every prop before publishing'),
      );
      continue;
    }
    if (!Object.hasOwn(storyComponents, use.name)) {
      const near = nearest(use.name, componentNames);
      errors.push(
        new ContentError(
          file,
          where,
          `unknown component <${use.name}>`,
          `${near ? `did you mean <${near}>? ` : ''}Components stories can use: ${componentNames.map((n) => `<${n}>`).join(', ')} (see /authoring/)`,
        ),
      );
      continue;
    }
    const result = checkUse(use.name as StoryComponent, use.props);
    if (!result.ok) {
      for (const { problem, fix } of result.problems) errors.push(new ContentError(file, where, problem, fix));
      continue;
    }
    const checked = result.use;
    if (checked.name === 'Scrolly') {
      const { chart, view } = checked.data;
      scrollyChart = { id: chart, view };
      continue;
    }
    if (checked.name === 'Step') {
      const { event } = checked.data;
      if (!scrollyChart) {
        errors.push(new ContentError(file, where, '<Step> outside a <Scrolly>', 'put the steps inside <Scrolly chart="…"> … </Scrolly>'));
        continue;
      }
      const keys = context.stopKeys?.(scrollyChart.id, scrollyChart.view) ?? [];
      if (!keys.includes(event))
        errors.push(
          new ContentError(file, where, `chart "${scrollyChart.id}" has no event "${event}"`, suggestion(event, keys, 'event id')),
        );
      continue;
    }
    if (checked.name === 'Num') {
      const found = resolveNum(checked.data, datasets);
      if (!found.ok) errors.push(new ContentError(file, where, found.problem, found.fix));
      continue;
    }
    if (checked.name === 'Doc') {
      const { id } = checked.data;
      const references = (datasets.get('references')?.data.records ?? []) as { id: string }[];
      if (!references.some((r) => r.id === id))
        errors.push(
          new ContentError(
            file,
            where,
            `unknown document "${id}"`,
            suggestion(
              id,
              references.map((r) => r.id),
              'reference id',
            ),
          ),
        );
      continue;
    }
    if (checked.name === 'Cite') {
      const references = (datasets.get('references')?.data.records ?? []) as { id: string }[];
      const texts = { sources, references: references.map((r) => r.id), documents: context.documents ?? new Map() };
      const found = citeProblem(checked.data, texts);
      if (found) errors.push(new ContentError(file, where, found.problem, found.fix));
    }
  }
  // A link from the site root ignores the base path the site may be deployed under.
  for (const { line, target } of rootLinks(tree)) {
    const relative = `../${target.replace(/^\/stories\//, '').replace(/^\//, '../')}`;
    errors.push(
      new ContentError(
        file,
        { line, what: 'link' },
        `link to "${target}" starts at the site root, which breaks when the site lives under a sub-path`,
        `use a relative link, e.g. "${relative}"`,
      ),
    );
  }
  for (const number of uncitedNumbers(tree)) {
    errors.push(
      new ContentError(file, { line: number.line }, `the number "${number.text}" has no source`, numberFix(number.text, context)),
    );
  }
  // In the order of the file, so an author can work down it.
  return errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The fix for a number typed into prose: the <Num> or <Cite> that would give it a source, when one is clear. */
function numberFix(text: string, context: StoryContext): string {
  const general =
    'take it from a dataset with <Num …/>, quote it with <Cite …/>, or name the document with <Doc id="…">…</Doc> (see /authoring/)';
  // A value held by a handful of fields is worth listing; "30%" or "7" is held by dozens, and a list would only mislead.
  const { leads, more } = numLeads(text, context.datasets, 3);
  const cite = citeLead(text, context.sources);
  const options = [...(more === 0 ? leads.map((l) => l.mdx) : []), ...(cite ? [cite.mdx] : [])];
  if (!options.length) return general;
  return `${options.length === 1 ? 'this gives it its source' : 'each of these gives it a source'}:\n      ${options.join('\n      ')}\n    or ${general}`;
}

/** Builds each chart's model once, on demand, to list the record ids its stops point at. */
function stopKeysFor(sources: ReadonlyMap<string, SourceText>, datasets: ReadonlyMap<string, { data: { records: unknown[] } }>) {
  const data = datasetAccess(datasets);
  const sourceMeta = new Map([...sources].map(([id, s]) => [id, s.frontmatter as unknown as SourceMeta]));
  const cite = makeCitationResolver(data('references').records, sourceMeta);
  return (id: string, view: string | undefined) => {
    const chart = charts[id as ChartId];
    if (!chart?.stops) return [];
    const params = defaultParams(chart);
    return chart.stops(chart.model(data, cite), view ?? chart.views[0], params).flatMap((s) => (s.key ? [s.key] : []));
  };
}

/**
 * The real sources and datasets a story is checked against, read from disk. `partial` (dev) checks
 * stories against the datasets that still pass their own checks instead of stopping at the first
 * dataset problem; the dataset loader reports those.
 */
export function storyContext(root = process.cwd(), partial = false): StoryContext {
  const sources = readSourceTexts(root);
  const datasets = partial ? readDatasets(root).datasets : loadDatasets(root);
  const context: StoryContext = { sources, datasets, documents: readDocumentTexts(root) };
  if (datasets.has('references')) context.stopKeys = stopKeysFor(sources, datasets);
  return context;
}

/** Lints every story in content/stories/. */
export function lintStories(root = process.cwd(), partial = false): ContentError[] {
  const dir = resolve(root, STORIES_DIR);
  const context = storyContext(root, partial);
  let names: string[] = [];
  try {
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .sort();
  } catch {
    return [
      new ContentError(
        STORIES_DIR,
        undefined,
        'the stories folder is missing',
        'create content/stories/ with at least one .mdx story (npm run new:story -- "Title")',
      ),
    ];
  }
  return [
    ...sameAddress(names),
    ...names.flatMap((name) => lintStory(join(STORIES_DIR, name), readFileSync(join(dir, name), 'utf8'), context)),
  ];
}

/** A story's address: Astro slugs the file name (lower case, spaces as hyphens, punctuation dropped). */
const storyAddress = (name: string) =>
  name
    .replace(/\.mdx$/, '')
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_-]/gu, '');

/** Two files with one address would publish one story and silently drop the other: refuse, naming both. */
function sameAddress(names: readonly string[]): ContentError[] {
  const byAddress = new Map<string, string[]>();
  for (const name of names) byAddress.set(storyAddress(name), [...(byAddress.get(storyAddress(name)) ?? []), name]);
  return [...byAddress]
    .filter(([, files]) => files.length > 1)
    .map(([address, files]) => {
      const paths = files.map((name) => join(STORIES_DIR, name));
      return new ContentError(
        paths[1] as string,
        { line: 1, what: 'file name' },
        `${paths.join(' and ')} have the same address, /stories/${address}/: the site would publish one and silently drop the other`,
        'rename or delete one of them; story file names are lower-case words joined by hyphens, e.g. japans-rounds.mdx',
      );
    });
}

/**
 * Lints one story by slug, for its page in dev. Dataset problems are listed too, but do not stop
 * the story's own checks: after a source edit the author sees every quote it broke at once.
 */
export function lintStoryBySlug(slug: string, root = process.cwd()): ContentError[] {
  const file = join(STORIES_DIR, `${slug}.mdx`);
  const { errors } = readDatasets(root);
  return [...errors, ...lintStory(file, readFileSync(resolve(root, file), 'utf8'), storyContext(root, true))];
}
