import type { Change } from '../types';
import { furnitureKind } from './furniture-kinds';
import { parseRelativeStamp } from './relative-time';

/**
 * Rule: page furniture. Whole lines that belong to the page around the article, never to the
 * article: logos and image placeholders, breadcrumbs, view counters, date stamps (read before
 * they are dropped, see dates.ts), widget headings, app-store badges. A line is furniture only
 * when the whole line matches, so article sentences that mention "logo" or "comments" stay.
 *
 * Headings that start the page tail ("Comments", "Related articles"…) are in page-tail.ts, which
 * runs first. Each pattern carries the reason it exists; add one here (with a test) rather than an
 * override when a new site's template shows up.
 */
export const FURNITURE: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /^logo$/i, why: "the site logo's alt text" },
  { pattern: /^cover image$/i, why: 'an image placeholder' },
  { pattern: /^orange background$/i, why: "a banner image's alt text (Daily8)" },
  { pattern: /^key updates$/i, why: 'a live-page widget heading' },
  { pattern: /^explore what .{1,40} can do for you:?$/i, why: 'an aggregator promotion (Daily8)' },
  { pattern: /^no comments yet\.*$/i, why: 'an empty comment thread' },
  { pattern: /^your current location is:/i, why: 'a breadcrumb' },
  { pattern: /people have watched$/i, why: 'a view counter' },
  { pattern: /\{[A-Za-z][A-Za-z ]*\}/, why: 'an unrendered template placeholder such as "{Current column}"' },
  { pattern: /^release time:\s*\d{4}-\d{2}-\d{2}.*$/i, why: 'the date and view counter (the date is read first)' },
  { pattern: /^published:\s*\d{4}-\d{2}-\d{2}.*$/i, why: 'the publication stamp (the date is read first)' },
  { pattern: /^tags:/i, why: 'the tag list' },
  { pattern: /^(?:app-?store|play-?store|google play|app store)+$/i, why: 'app-store badges' },
  { pattern: /^get started now: download the app$/i, why: 'an app promotion' },
  { pattern: /^read more$/i, why: 'a link label' },
  { pattern: /^advertisement$/i, why: 'an advertisement label' },
];

/**
 * Why a line is page furniture, or null when it may be article text: the patterns above (templates
 * seen on pages we hold), relative stamps, then the generic kinds of furniture-kinds.ts.
 */
export function furnitureReason(line: string): string | null {
  const text = line.trim();
  if (text === '') return null;
  for (const { pattern, why } of FURNITURE) if (pattern.test(text)) return why;
  if (parseRelativeStamp(text)) return 'a relative time stamp such as "8h ago" (it dates the scrape, not the article)';
  return furnitureKind(text)?.why ?? null;
}

/** The rule name a removal is logged under: `furniture:<kind>` for the generic kinds. */
export function furnitureRule(line: string): string {
  const kind = furnitureKind(line.trim());
  return kind ? `furniture:${kind.kind}` : 'furniture';
}

/** Drops furniture lines (blank lines stay: they separate paragraphs). */
export function dropFurniture(lines: string[]): { lines: string[]; changes: Change[] } {
  const kept: string[] = [];
  const changes: Change[] = [];
  for (const line of lines) {
    const why = furnitureReason(line);
    if (why) changes.push({ rule: furnitureRule(line), action: 'removed', text: line.trim(), why });
    else kept.push(line);
  }
  return { lines: kept, changes };
}
