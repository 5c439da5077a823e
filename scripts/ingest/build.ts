import { ContentError } from '../../src/provenance/content-error';
import { describeIssue, validate } from '../../src/provenance/error-map';
import { describeMiss, findQuote } from '../../src/provenance/quotes';
import { SOURCES_DIR } from '../../src/provenance/source-texts';
import { type Source, sourceSchema } from '../../src/schemas/source';
import { type CleanArticle, cleanBlocks, cleanSegment } from './clean';
import { statedDateNote } from './dates';
import { decodeRaw } from './decode';
import { decodeHtml } from './html/decode-html';
import { extractHtml } from './html/extract';
import { OVERRIDES_FILE, parseOverrides, type RawFileOverride, type SourceOverride } from './overrides';
import { renderSource } from './render';
import { findTitle } from './rules/title';
import { type Segment, splitArticles } from './split-articles';
import type { Block, Change } from './types';

/**
 * Raw files + overrides → clean sources, in memory. No file is read or written here (run.ts
 * does that), so the whole transformation can be tested and run twice to prove it deterministic.
 * Every problem in every file is collected, so one run shows them all.
 */

export const RAW_DIR = `${SOURCES_DIR}/raw`;

export interface BuiltSource {
  id: string;
  /** Path of the clean source, e.g. `content/sources/stockholm-talks.md`. */
  file: string;
  rawFile: string;
  frontmatter: Source;
  blocks: Block[];
  /** The file's full text. */
  text: string;
  changes: Change[];
}

export interface BuildInput {
  /** Raw file name → bytes, for every `.txt` in content/sources/raw/. */
  raw: ReadonlyMap<string, Uint8Array>;
  /** Text of overrides.json, or null when the file is missing. */
  overridesText: string | null;
}

export interface BuildResult {
  sources: BuiltSource[];
  errors: ContentError[];
  /** Informational lines (segments skipped, and why). */
  notes: string[];
}

export function buildSources({ raw, overridesText }: BuildInput): BuildResult {
  const errors: ContentError[] = [];
  const notes: string[] = [];
  const sources: BuiltSource[] = [];

  const overrides = readOverrides(overridesText, errors);
  for (const name of [...overrides.keys()].sort()) {
    if (!raw.has(name)) {
      errors.push(
        new ContentError(OVERRIDES_FILE, name, `there is no raw file ${RAW_DIR}/${name}`, 'remove the entry, or copy the raw file in'),
      );
    }
  }

  for (const name of [...raw.keys()].sort()) {
    const rawPath = `${RAW_DIR}/${name}`;
    const isHtml = /\.html?$/i.test(name);
    let text: string;
    try {
      text = isHtml ? decodeHtml(raw.get(name) ?? new Uint8Array(), rawPath) : decodeRaw(raw.get(name) ?? new Uint8Array(), rawPath);
    } catch (error) {
      errors.push(error instanceof ContentError ? error : new ContentError(rawPath, undefined, String(error)));
      continue;
    }
    const entry = overrides.get(name);
    if (!entry) {
      errors.push(
        new ContentError(
          rawPath,
          undefined,
          `no entry for this raw file in ${OVERRIDES_FILE}`,
          `add "${name}": { "sources": [{ "id": "<short-slug>", "publisher": "…", "url": null }] } (see content/sources/README.md)`,
        ),
      );
      continue;
    }
    sources.push(...(isHtml ? buildHtmlFile(name, text, entry, errors) : buildRawFile(name, text, entry, errors, notes)));
  }

  const seen = new Map<string, string>();
  for (const source of sources) {
    const other = seen.get(source.id);
    if (other)
      errors.push(
        new ContentError(
          OVERRIDES_FILE,
          source.id,
          `source id "${source.id}" is used for both ${other} and ${source.rawFile}`,
          'give each source its own id',
        ),
      );
    seen.set(source.id, source.rawFile);
  }
  return { sources: sources.sort((a, b) => a.id.localeCompare(b.id)), errors, notes };
}

function readOverrides(text: string | null, errors: ContentError[]): Map<string, RawFileOverride> {
  if (text === null) {
    errors.push(
      new ContentError(
        OVERRIDES_FILE,
        undefined,
        'the file is missing',
        'restore it from git; it holds the reviewed metadata of every source',
      ),
    );
    return new Map();
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    errors.push(new ContentError(OVERRIDES_FILE, undefined, `not valid JSON: ${error instanceof Error ? error.message : String(error)}`));
    return new Map();
  }
  const { overrides, problems } = parseOverrides(data);
  for (const { where, message } of problems) errors.push(new ContentError(OVERRIDES_FILE, where, message));
  return overrides;
}

/** One raw file → its sources. Segments neither used nor skipped are an error: someone must decide. */
function buildRawFile(name: string, text: string, entry: RawFileOverride, errors: ContentError[], notes: string[]): BuiltSource[] {
  const rawPath = `${RAW_DIR}/${name}`;
  const segments = splitArticles(text.split('\n'));
  const titles = segments.map(headlineOf);
  const used = new Set<number>();
  const built: BuiltSource[] = [];

  for (const override of entry.sources) {
    const index = override.segment === undefined ? 0 : titles.indexOf(override.segment);
    const segment = segments[index];
    if (segment === undefined) {
      errors.push(
        new ContentError(
          OVERRIDES_FILE,
          `${name} → ${override.id}.segment`,
          `no article headed "${override.segment}" in the raw file`,
          `use one of: ${listTitles(titles)}`,
        ),
      );
      continue;
    }
    used.add(index);
    const source = buildSource(name, segment, override, errors);
    if (source) built.push(source);
  }

  entry.skipSegments.forEach((skip, i) => {
    const index = titles.indexOf(skip.title);
    if (index < 0) {
      errors.push(
        new ContentError(
          OVERRIDES_FILE,
          `${name}.skipSegments[${i}]`,
          `no article headed "${skip.title}" in the raw file`,
          `use one of: ${listTitles(titles)}`,
        ),
      );
      return;
    }
    used.add(index);
    notes.push(`${name}: skipped "${skip.title}" (line ${segments[index]?.line}): ${skip.why}`);
  });

  segments.forEach((segment, index) => {
    if (used.has(index)) return;
    errors.push(
      new ContentError(
        rawPath,
        `line ${segment.line}`,
        `the file holds another article, "${titles[index] ?? '(no headline)'}", that is neither a source nor skipped`,
        `in ${OVERRIDES_FILE}, add a source with "segment": "${titles[index] ?? ''}", or add it to "skipSegments" with the reason`,
      ),
    );
  });
  return built;
}

/**
 * A saved web page → its one source. The article and what the page declares (headline, date,
 * publisher, byline, address) come from html/extract.ts; overrides.json may correct any of them.
 */
function buildHtmlFile(name: string, html: string, entry: RawFileOverride, errors: ContentError[]): BuiltSource[] {
  const rawPath = `${RAW_DIR}/${name}`;
  const [override, ...others] = entry.sources;
  if (!override) return [];
  if (others.length || entry.skipSegments.length)
    errors.push(new ContentError(OVERRIDES_FILE, name, 'a saved web page holds one article', 'list one source and no skipSegments'));
  const page = extractHtml(html);
  const title = override.title ?? page.title;
  if (!title) {
    errors.push(new ContentError(rawPath, override.id, 'no headline found on the page', 'give it as "title" in overrides.json'));
    return [];
  }
  const cleaned = cleanBlocks(page.blocks, title, override, { scrape: false });
  if (cleaned.errors.length) {
    errors.push(new ContentError(rawPath, override.id, cleaned.errors.join('; '), 'update or remove the entry in overrides.json'));
    return [];
  }
  const article: CleanArticle & { url: string | null } = {
    title,
    blocks: cleaned.blocks,
    statedDate: page.published,
    byline: page.byline?.value ?? null,
    publisher: page.publisher?.value ?? null,
    url: page.url?.value ?? null,
    changes: [...page.changes, ...cleaned.changes],
  };
  const source = buildSource(name, article, override, errors);
  return source ? [source] : [];
}

function buildSource(
  name: string,
  input: Segment | (CleanArticle & { url: string | null }),
  override: SourceOverride,
  errors: ContentError[],
): BuiltSource | null {
  const rawPath = `${RAW_DIR}/${name}`;
  const where = `${name} → ${override.id}`;
  let article: CleanArticle & { url?: string | null };
  if ('lines' in input) {
    const cleaned = cleanSegment(input, override);
    if (!cleaned.ok) {
      errors.push(new ContentError(rawPath, `${override.id}, line ${input.line}`, cleaned.problem, cleaned.fix));
      return null;
    }
    article = { ...cleaned.article, publisher: input.publisher ?? cleaned.article.publisher };
  } else article = input;
  const { title, blocks, statedDate, changes } = article;
  if (article.blocks.length === 0) {
    errors.push(
      new ContentError(
        rawPath,
        override.id,
        'no article text is left after cleaning',
        'check the raw file; if the rules removed real text, fix the rule',
      ),
    );
    return null;
  }
  // Publisher and byline: a person's word in overrides.json, else what the page states.
  const publisher = override.publisher ?? article.publisher;
  const author = override.author === undefined ? article.byline : override.author;
  if (!publisher) {
    errors.push(
      new ContentError(
        OVERRIDES_FILE,
        `${where}.publisher`,
        'the page names no publisher',
        'add "publisher" (the outlet, or "Publisher not identified")',
      ),
    );
    return null;
  }

  // The date: stated on the page, or inferred by a person with reasoning. Never both, never neither.
  let dated: { published: string; dateBasis: 'stated' | 'inferred'; dateNote: string } | null = null;
  if (statedDate && override.published !== undefined) {
    errors.push(
      new ContentError(
        OVERRIDES_FILE,
        `${where}.published`,
        `the page states its date ("${statedDate.quote}"), so an inferred date may not be given`,
        'remove "published"; keep "dateNote" only to add context to the stated date',
      ),
    );
  } else if (statedDate) {
    dated = { published: statedDate.iso, dateBasis: 'stated', dateNote: statedDateNote(statedDate, override.dateNote) };
  } else if (override.published !== undefined && override.dateNote !== undefined) {
    dated = { published: override.published, dateBasis: 'inferred', dateNote: override.dateNote };
  } else {
    errors.push(
      new ContentError(
        OVERRIDES_FILE,
        where,
        'the page states no publication date and none is inferred',
        'work the date out from the text and add "published" (YYYY-MM-DD) and "dateNote" (the reasoning, naming the dates used)',
      ),
    );
  }
  if (!dated) return null;

  const parsed = validate(sourceSchema, {
    title,
    publisher,
    ...basisOf(publisher, override.publisherNote, publisher === UNIDENTIFIED ? 'unknown' : null, 'publisher'),
    author,
    ...(author === null ? {} : basisOf(author, override.authorNote, null, 'author')),
    ...dated,
    url: override.url === undefined ? (article.url ?? null) : override.url,
    copyUrl: override.copyUrl,
    language: override.language,
    rawFile: name,
    knownIssues: override.knownIssues,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      errors.push(new ContentError(OVERRIDES_FILE, `${where}.${issue.path.join('.')}`, describeIssue(issue)));
    return null;
  }

  // A known issue is only useful if a reader can find its words in the text.
  const body = blocks.join('\n\n');
  let quotesOk = true;
  parsed.data.knownIssues.forEach(({ quote }, i) => {
    const match = findQuote(body, quote);
    if (match.found) return;
    quotesOk = false;
    errors.push(
      new ContentError(
        OVERRIDES_FILE,
        `${where}.knownIssues[${i}].quote`,
        `"${quote}" is not in the clean text; ${describeMiss(match)}`,
        'quote the clean text exactly',
      ),
    );
  });
  if (!quotesOk) return null;

  return {
    id: override.id,
    file: `${SOURCES_DIR}/${override.id}.md`,
    rawFile: name,
    frontmatter: parsed.data,
    blocks,
    text: renderSource(parsed.data, blocks),
    changes,
  };
}

/** The headline a segment is known by in overrides.json: its header's, or the page's first headline line. */
function headlineOf(segment: Segment): string | null {
  if (segment.title !== null) return segment.title;
  const found = findTitle(segment.lines);
  return found.ok ? found.title : null;
}

function listTitles(titles: readonly (string | null)[]): string {
  return titles.map((t) => `"${t ?? '(no headline)'}"`).join(', ');
}

/** The placeholder publisher new:source writes when nobody has identified the outlet. */
const UNIDENTIFIED = 'Publisher not identified';

/**
 * Stated or inferred: a value is stated when the page gives it (read by ingest, or typed from the
 * page into overrides.json); a note in overrides.json says it was worked out elsewhere instead.
 */
function basisOf(
  _value: string,
  note: string | undefined,
  forced: 'unknown' | null,
  field: 'publisher' | 'author',
): Record<string, string | null> {
  if (forced) return { [`${field}Basis`]: forced, [`${field}Note`]: null };
  return note ? { [`${field}Basis`]: 'inferred', [`${field}Note`]: note } : { [`${field}Basis`]: 'stated', [`${field}Note`]: null };
}
