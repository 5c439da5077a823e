import { gunzipSync } from 'node:zlib';
import { cleanBlocks, cleanSegment } from './clean';
import { statedDateNote } from './dates';
import { decodeRaw } from './decode';
import { decodeHtml, looksLikeHtml } from './html/decode-html';
import { extractHtml } from './html/extract';
import { splitArticles } from './split-articles';
import type { Block, Change } from './types';

/**
 * One page (a saved HTML page or a text scrape) → what ingest reads from it, before any person's
 * review: the headline, the stated date, publisher, byline and address, the kept paragraphs and
 * everything dropped with its reason. `npm run new:source -- --dry-run` prints this; the build
 * uses the same readers (html/extract.ts, clean.ts) with the overrides applied.
 *
 * Stated means printed or declared on the page. Nothing is inferred here except the publisher of
 * a saved page that names none, which is then taken from its address and marked as inferred.
 */

export type PageKind = 'html' | 'text';

export interface Stated<T> {
  value: T;
  /** true: printed or declared on the page; false: worked out from elsewhere (see `note`). */
  stated: boolean;
  note: string;
}

export interface PageReading {
  kind: PageKind;
  title: string | null;
  publisher: Stated<string> | null;
  published: Stated<string> | null;
  byline: Stated<string> | null;
  url: Stated<string> | null;
  blocks: Block[];
  dropped: Change[];
  /** Why the page could not be read, or notes a person should see (other articles in the file…). */
  problems: string[];
  notes: string[];
}

/** Text scrape or saved page? By name first, then by content (a fetched page may have no extension). */
export function pageKind(name: string, bytes: Uint8Array): PageKind {
  if (/\.html?$/i.test(name)) return 'html';
  if (/\.txt$/i.test(name)) return 'text';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  return looksLikeHtml(head) ? 'html' : 'text';
}

export function readPage(givenName: string, given: Uint8Array): PageReading {
  // A page stored compressed (`page.html.gz`, as web archives and benchmarks keep them) is read as the page.
  const gzipped = given[0] === 0x1f && given[1] === 0x8b;
  const name = gzipped ? givenName.replace(/\.gz$/i, '') : givenName;
  let bytes = given;
  if (gzipped) {
    try {
      bytes = new Uint8Array(gunzipSync(given));
    } catch (error) {
      return {
        kind: 'text',
        title: null,
        publisher: null,
        published: null,
        byline: null,
        url: null,
        blocks: [],
        dropped: [],
        problems: [`${givenName}: not a readable gzip file (${(error as Error).message})`],
        notes: [],
      };
    }
  }
  const kind = pageKind(name, bytes);
  const empty: PageReading = {
    kind,
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
  try {
    return kind === 'html' ? readHtml(decodeHtml(bytes, name), empty) : readText(decodeRaw(bytes, name), empty);
  } catch (error) {
    return { ...empty, problems: [error instanceof Error ? error.message : String(error)] };
  }
}

function readHtml(html: string, base: PageReading): PageReading {
  const page = extractHtml(html);
  const title = page.title;
  const cleaned = cleanBlocks(page.blocks, title ?? '', { drop: [], subheads: [] }, { scrape: false });
  const publisher: Stated<string> | null = page.publisher
    ? { value: page.publisher.value, stated: true, note: `Declared by the page (${page.publisher.from}).` }
    : page.url
      ? {
          value: new URL(page.url.value).host.replace(/^www\./, ''),
          stated: false,
          note: `The page names no publisher; taken from its address (${page.url.from}).`,
        }
      : null;
  const notes = page.updated ? [`The page also says "${page.updated}"; an update date is not the publication date.`] : [];
  return {
    ...base,
    title,
    publisher,
    published: page.published ? { value: page.published.iso, stated: true, note: statedDateNote(page.published) } : null,
    byline: page.byline ? { value: page.byline.value, stated: true, note: `Declared by the page (${page.byline.from}).` } : null,
    url: page.url ? { value: page.url.value, stated: true, note: `Declared by the page (${page.url.from}).` } : null,
    blocks: cleaned.blocks,
    dropped: [...page.changes, ...cleaned.changes],
    problems: title ? [] : ['no headline found: give it as "title" in overrides.json'],
    notes,
  };
}

function readText(text: string, base: PageReading): PageReading {
  const segments = splitArticles(text.split('\n'));
  const segment = segments[0];
  if (!segment) return { ...base, problems: ['the file holds no text'] };
  const notes =
    segments.length > 1
      ? [`the file holds ${segments.length} articles; the first is shown (choose another with --segment "Headline")`]
      : [];
  const cleaned = cleanSegment(segment, { drop: [], subheads: [] });
  if (!cleaned.ok) return { ...base, problems: [`${cleaned.problem} → ${cleaned.fix}`], notes };
  const a = cleaned.article;
  const publisher = segment.publisher ?? a.publisher;
  return {
    ...base,
    title: a.title,
    publisher: publisher ? { value: publisher, stated: true, note: 'Printed on the page.' } : null,
    published: a.statedDate ? { value: a.statedDate.iso, stated: true, note: statedDateNote(a.statedDate) } : null,
    byline: a.byline ? { value: a.byline, stated: true, note: 'Printed on the page.' } : null,
    url: null,
    blocks: a.blocks,
    dropped: a.changes,
    notes,
  };
}

/** Blocks → paragraphs for the preview: a list's items are paragraphs of their own, without the marker. */
export function toParagraphs(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => block.split('\n').map((line) => line.replace(/^- /, '')));
}
