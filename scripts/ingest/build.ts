import { ContentError } from '../../src/provenance/content-error';
import { describeMiss, findQuote } from '../../src/provenance/quotes';
import { SOURCES_DIR } from '../../src/provenance/source-texts';
import { type Source, sourceSchema } from '../../src/schemas/source';
import { cleanSegment } from './clean';
import { statedDateNote } from './dates';
import { decodeRaw } from './decode';
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
    let text: string;
    try {
      text = decodeRaw(raw.get(name) ?? new Uint8Array(), rawPath);
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
    sources.push(...buildRawFile(name, text, entry, errors, notes));
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

function buildSource(name: string, segment: Segment, override: SourceOverride, errors: ContentError[]): BuiltSource | null {
  const rawPath = `${RAW_DIR}/${name}`;
  const where = `${name} → ${override.id}`;
  const cleaned = cleanSegment(segment, override);
  if (!cleaned.ok) {
    errors.push(new ContentError(rawPath, `${override.id}, line ${segment.line}`, cleaned.problem, cleaned.fix));
    return null;
  }
  const { title, blocks, statedDate, changes } = cleaned.article;

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

  const parsed = sourceSchema.safeParse({
    title,
    publisher: override.publisher,
    author: override.author,
    ...dated,
    url: override.url,
    copyUrl: override.copyUrl,
    language: override.language,
    rawFile: name,
    knownIssues: override.knownIssues,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      errors.push(new ContentError(OVERRIDES_FILE, `${where}.${issue.path.join('.')}`, issue.message));
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
