import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { chartPropsSchema } from '../schemas/chart-props';
import { citePropsSchema } from '../schemas/cite-props';
import { docPropsSchema, numPropsSchema } from '../schemas/num-props';
import { howWeKnowPropsSchema, scrollyPropsSchema, stepPropsSchema } from '../schemas/scrolly-props';
import { storySchema } from '../schemas/story';
import { type ChartId, charts } from '../charts/registry';
import { makeCitationResolver, type SourceMeta } from './citations';
import { ContentError } from './content-error';
import { datasetAccess } from './dataset-access';
import { loadDatasets } from './dataset-loader';
import { formatNum } from './num-format';
import { lookupField } from './record-field';
import { describeMiss, findQuote } from './quotes';
import { type SourceText, readSourceTexts, splitFrontmatter } from './source-texts';
import { nearest, suggestion } from './suggest';

export const STORIES_DIR = 'content/stories';

/** Components an MDX story may use; each is documented in AUTHORING.md. */
export const storyComponents = {
  Chart: chartPropsSchema,
  Cite: citePropsSchema,
  Num: numPropsSchema,
  Doc: docPropsSchema,
  Scrolly: scrollyPropsSchema,
  Step: stepPropsSchema,
  HowWeKnow: howWeKnowPropsSchema,
} as const satisfies Record<string, z.ZodType>;

/** What a story is checked against. */
export interface StoryContext {
  sources: ReadonlyMap<string, SourceText>;
  /** Validated datasets by id (for <Num> and <Doc>). */
  datasets: ReadonlyMap<string, { data: { records: unknown[] } }>;
  /** The record ids a chart's interaction stops point at (for <Step event>). */
  stopKeys?: (chart: string, view: string | undefined) => string[];
}
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
export function lintStory(file: string, text: string, context: StoryContext): ContentError[] {
  const { sources, datasets } = context;
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

  let scrollyChart: { id: string; view: string | undefined } | undefined;
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
    if (use.name === 'Scrolly') {
      const { chart, view } = result.data as { chart: string; view?: string };
      scrollyChart = { id: chart, view };
      continue;
    }
    if (use.name === 'Step') {
      const { event } = result.data as { event: string };
      if (!scrollyChart) {
        errors.push(new ContentError(file, where, '<Step> outside a <Scrolly>', 'put the steps inside <Scrolly chart="…"> … </Scrolly>'));
        continue;
      }
      const keys = context.stopKeys?.(scrollyChart.id, scrollyChart.view) ?? [];
      if (!keys.includes(event)) errors.push(new ContentError(file, where, `chart "${scrollyChart.id}" has no event "${event}"`, suggestion(event, keys, 'event id')));
      continue;
    }
    if (use.name === 'Num') {
      const { dataset, record, field, format } = result.data as { dataset: string; record: string; field: string; format: Parameters<typeof formatNum>[1] };
      const set = datasets.get(dataset);
      if (!set) {
        errors.push(new ContentError(file, where, `unknown dataset "${dataset}"`, suggestion(dataset, [...datasets.keys()], 'dataset id')));
        continue;
      }
      const found = lookupField(set.data.records, dataset, record, field);
      if (!found.ok) {
        errors.push(new ContentError(file, where, found.problem, found.hint));
        continue;
      }
      try {
        formatNum(found.value, format);
      } catch (error) {
        errors.push(new ContentError(file, where, `field "${field}" cannot be written as ${format}: ${(error as Error).message}`, 'use format="percent", "billions" or "number" for numbers and "date", "day", "month" or "year" for dates'));
      }
      continue;
    }
    if (use.name === 'Doc') {
      const { id } = result.data as { id: string };
      const references = (datasets.get('references')?.data.records ?? []) as { id: string }[];
      if (!references.some((r) => r.id === id)) errors.push(new ContentError(file, where, `unknown document "${id}"`, suggestion(id, references.map((r) => r.id), 'reference id')));
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
  for (const number of uncitedNumbers(body, firstBodyLine)) {
    errors.push(
      new ContentError(file, `line ${number.line}`, `the number "${number.text}" has no source`, 'take it from a dataset with <Num …/>, quote it with <Cite …/>, or name the document with <Doc id="…">…</Doc>'),
    );
  }
  return errors;
}

/**
 * Numbers written straight into prose, outside any component: each one is a claim without a
 * source. Allowed: four-digit years standing alone, and digits inside names such as "G7".
 * Numbers belong in <Num> (from a dataset), inside a <Cite> quote, or inside <Doc>.
 */
export function uncitedNumbers(body: string, firstLine = 1): { line: number; text: string }[] {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  const prose = body
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    // <Doc> wraps a document's name ("Executive Order 14257"): its text is the citation itself.
    .replace(/<Doc\b(?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*(?<!\/)>[\s\S]*?<\/Doc>/g, blank)
    // Other components: drop the tags (and the numbers in their props), keep the prose between them.
    .replace(/<\/?[A-Za-z][A-Za-z0-9]*\b(?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*>/g, blank)
    .replace(/^\s*\d+\.(?=\s)/gm, blank)
    .replace(/\]\([^)]*\)/g, blank);
  const found: { line: number; text: string }[] = [];
  for (const match of prose.matchAll(/(?<![A-Za-z\d])[-−$€£]?\d(?:[\d,.]*\d)?(?:\s?(?:%|percent|per cent|billion|million|trillion|bn))?/g)) {
    const text = match[0];
    if (/^(19|20)\d\d$/.test(text)) continue;
    const line = firstLine + prose.slice(0, match.index).split('\n').length - 1;
    found.push({ line, text });
  }
  return found;
}

/** Builds each chart's model once, on demand, to list the record ids its stops point at. */
function stopKeysFor(sources: ReadonlyMap<string, SourceText>, datasets: ReadonlyMap<string, { data: { records: unknown[] } }>) {
  const data = datasetAccess(datasets);
  const sourceMeta = new Map([...sources].map(([id, s]) => [id, s.frontmatter as unknown as SourceMeta]));
  const cite = makeCitationResolver(data('references').records, sourceMeta);
  return (id: string, view: string | undefined) => {
    const chart = charts[id as ChartId];
    if (!chart?.stops) return [];
    const params = chart.params?.parse({}) ?? {};
    return chart.stops(chart.model(data, cite), view ?? chart.views[0], params).flatMap((s) => (s.key ? [s.key] : []));
  };
}

/** Lints every story in content/stories/. */
export function lintStories(root = process.cwd()): ContentError[] {
  const dir = resolve(root, STORIES_DIR);
  const sources = readSourceTexts(root);
  const datasets = loadDatasets(root);
  const context: StoryContext = { sources, datasets, stopKeys: stopKeysFor(sources, datasets) };
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.mdx')).sort();
  } catch {
    return [new ContentError(STORIES_DIR, undefined, 'the stories folder is missing', 'create content/stories/ with at least one .mdx story (npm run new:story -- "Title")')];
  }
  return names.flatMap((name) => lintStory(join(STORIES_DIR, name), readFileSync(join(dir, name), 'utf8'), context));
}
