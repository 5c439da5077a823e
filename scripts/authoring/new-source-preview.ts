import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type PageReading, readPage, toParagraphs } from '../ingest/read-page';

/**
 * `npm run new:source -- --dry-run [--json] FILE…`: what ingest would read from each page, and
 * nothing written. With `--json`, one JSON object per file, one per line, in the order given:
 *
 *   { "file", "title", "publisher", "published" (YYYY-MM-DD or null), "publishedStated",
 *     "byline", "url", "paragraphs": [one string per kept paragraph], … }
 *
 * plus `publisherStated`, `dropped` ({ rule, text, why }) and `problems`. Without `--json`, the
 * same for a person, with what was dropped and why. Each file is read on its own (no project
 * state is loaded), so a few hundred pages take seconds.
 */

export interface PreviewRecord {
  file: string;
  kind: 'html' | 'text';
  title: string | null;
  publisher: string | null;
  publisherStated: boolean;
  published: string | null;
  publishedStated: boolean;
  byline: string | null;
  url: string | null;
  paragraphs: string[];
  dropped: { rule: string; text: string; why: string }[];
  notes: string[];
  problems: string[];
}

export function previewRecord(file: string, reading: PageReading): PreviewRecord {
  return {
    file,
    kind: reading.kind,
    title: reading.title,
    publisher: reading.publisher?.value ?? null,
    publisherStated: reading.publisher?.stated ?? false,
    published: reading.published?.value ?? null,
    publishedStated: reading.published?.stated ?? false,
    byline: reading.byline?.value ?? null,
    url: reading.url?.value ?? null,
    paragraphs: toParagraphs(reading.blocks),
    dropped: reading.dropped.filter((c) => c.action === 'removed').map((c) => ({ rule: c.rule, text: c.text, why: c.why ?? c.rule })),
    notes: reading.notes,
    problems: reading.problems,
  };
}

/** Reads one file for the preview; a missing or unreadable file becomes a record with its problem. */
export function previewFile(root: string, file: string): PreviewRecord {
  const path = resolve(root, file);
  let bytes: Uint8Array;
  try {
    if (!statSync(path).isFile()) throw new Error('this is a folder, not a file');
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    const problem = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { ...previewRecord(file, emptyReading()), problems: [`${file}: ${problem}`] };
  }
  return previewRecord(file, readPage(file, bytes));
}

function emptyReading(): PageReading {
  return {
    kind: 'text',
    title: null,
    publisher: null,
    published: null,
    byline: null,
    url: null,
    blocks: [],
    dropped: [],
    problems: [],
    notes: [],
  };
}

const clip = (text: string, max = 100) => {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The preview for a person. */
export function formatPreview(r: PreviewRecord): string {
  const yesNo = (stated: boolean) => (stated ? 'stated' : 'inferred');
  const lines = [
    `${r.file} (${r.kind === 'html' ? 'saved web page' : 'text scrape'})`,
    `  title:      ${r.title ?? '(none found)'}`,
    `  publisher:  ${r.publisher === null ? '(none found: give --publisher)' : `${r.publisher} (${yesNo(r.publisherStated)})`}`,
    `  published:  ${r.published === null ? '(no date on the page: give --published and --date-note)' : `${r.published} (${yesNo(r.publishedStated)})`}`,
    `  byline:     ${r.byline ?? '(none)'}`,
    `  url:        ${r.url ?? '(none on the page: give --url)'}`,
    `  kept ${r.paragraphs.length} paragraphs:`,
    ...r.paragraphs.map((p, i) => `    ${String(i + 1).padStart(3)}. ${clip(p)}`),
    `  dropped ${r.dropped.length}:`,
    ...r.dropped.map((d) => `    - ${d.rule}: «${clip(d.text, 70)}» (${d.why})`),
    ...r.notes.map((n) => `  note: ${n}`),
    ...r.problems.map((p) => `  problem: ${p}`),
  ];
  return lines.join('\n');
}

/** The dry run; returns the exit code (1 when any file could not be read). */
export function runPreview(root: string, files: readonly string[], json: boolean, write: (text: string) => void): number {
  let failed = false;
  for (const file of files) {
    const record = previewFile(root, file);
    if (record.problems.length && record.paragraphs.length === 0) failed = true;
    if (json) {
      const { file: f, title, publisher, published, publishedStated, byline, url, paragraphs, ...rest } = record;
      write(`${JSON.stringify({ file: f, title, publisher, published, publishedStated, byline, url, paragraphs, ...rest })}\n`);
    } else write(`${formatPreview(record)}\n\n`);
  }
  return failed ? 1 : 0;
}
