import { furnitureReason } from './rules/furniture';
import { parseRelativeStamp } from './rules/relative-time';
import { titleProblem } from './rules/title';

/**
 * Splitting a raw file into articles. Aggregator pages (Daily8) show one article and then
 * "Related Articles" cards that each carry a whole other article. Every article, the main one
 * included, starts with the same header:
 *
 *     Japan seeks 8th round of tariffs talks in U.S. amid Trump impasse   ← headline
 *     Japan seeks 8th round of tariffs talks in U.S. amid Trump impasse   ← headline again
 *     Kyodo News7 hours ago                                               ← publisher + relative stamp
 *
 * or, on a card:
 *
 *     Why South Korea Needs a Trade Deal With the United States   ← headline, twice
 *     The Diplomat                                                ← publisher
 *     time2 hours ago                                             ← relative stamp
 *       • The Diplomat                                            ← publisher as a bullet
 *     Why South Korea Needs a Trade Deal With the United States   ← headline, a third time
 *
 * A header is a headline line repeated as the next non-blank line and followed, within a few
 * lines, by a relative time stamp. A page without such headers is one segment. Which segments
 * become sources is decided in overrides.json (`segment`, `skipSegments`), never here.
 */

export interface Segment {
  /** Headline from the segment's header; null for a page without headers (the title rule finds it). */
  title: string | null;
  /** Publisher named in the header (a hint for reviewers; the source's publisher comes from overrides.json). */
  publisher: string | null;
  /** 1-based line in the raw file where the segment starts. */
  line: number;
  /** The segment's lines after its header. */
  lines: string[];
}

interface Header {
  start: number;
  bodyStart: number;
  title: string;
  publisher: string | null;
}

/** How far below the repeated headline the stamp may be. */
const HEADER_SPAN = 12;

export function splitArticles(lines: readonly string[]): Segment[] {
  const headers = findHeaders(lines);
  const first = headers[0];
  if (first === undefined) return [{ title: null, publisher: null, line: 1, lines: [...lines] }];

  const segments: Segment[] = [];
  // Text above the first header is its own segment unless it is only furniture (a "logo" line).
  const preamble = lines.slice(0, first.start);
  if (preamble.some((line) => line.trim() !== '' && !furnitureReason(line))) {
    segments.push({ title: null, publisher: null, line: 1, lines: preamble });
  }
  headers.forEach((header, i) => {
    const end = headers[i + 1]?.start ?? lines.length;
    segments.push({ title: header.title, publisher: header.publisher, line: header.start + 1, lines: lines.slice(header.bodyStart, end) });
  });
  return segments;
}

function findHeaders(lines: readonly string[]): Header[] {
  const headers: Header[] = [];
  for (let i = 0; i < lines.length; i++) {
    const title = lines[i]?.trim() ?? '';
    if (title === '' || furnitureReason(title) || titleProblem(title)) continue;
    const again = nextNonBlank(lines, i);
    if (again === undefined || lines[again]?.trim() !== title) continue;
    const header = readHeader(lines, again + 1, title);
    if (!header) continue;
    headers.push({ start: i, ...header });
    i = header.bodyStart - 1;
  }
  return headers;
}

/** Reads publisher, stamp and headline repeats below a repeated headline; null without a stamp. */
function readHeader(
  lines: readonly string[],
  from: number,
  title: string,
): { bodyStart: number; title: string; publisher: string | null } | null {
  let publisher: string | null = null;
  let sawStamp = false;
  let k = from;
  for (; k < lines.length && k - from < HEADER_SPAN; k++) {
    const text = lines[k]?.trim() ?? '';
    if (text === '' || text === title) continue;
    const stamp = parseRelativeStamp(text);
    if (stamp) {
      sawStamp = true;
      if (stamp.label) publisher ??= stamp.label;
      continue;
    }
    const bullet = /^[•·●▪-]\s*(.+)$/u.exec(text)?.[1];
    if (bullet !== undefined && isName(bullet) && (publisher === null || publisher === bullet)) {
      publisher ??= bullet;
      continue;
    }
    const next = nextNonBlank(lines, k);
    if (!sawStamp && isName(text) && next !== undefined && parseRelativeStamp(lines[next] ?? '')) {
      publisher = text;
      continue;
    }
    break;
  }
  return sawStamp ? { bodyStart: k, title, publisher } : null;
}

/** A short proper name such as "The Diplomat" or "Nikkei Asia": up to five words, capitalised, no sentence punctuation. */
function isName(text: string): boolean {
  return /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= 5 && !/[.!?:;,]$/.test(text);
}

function nextNonBlank(lines: readonly string[], after: number): number | undefined {
  for (let j = after + 1; j < lines.length; j++) if ((lines[j]?.trim() ?? '') !== '') return j;
  return undefined;
}
