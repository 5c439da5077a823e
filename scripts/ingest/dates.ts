import * as chrono from 'chrono-node';

/**
 * Publication dates. A page either states its date or it does not, and then the date is inferred
 * by a person from the text and written with its reasoning in overrides.json. Ingest never guesses
 * a date: relative stamps ("8h ago") date the scrape, not the article, and are ignored.
 *
 * A text scrape states its date on a date line: a short line that is a date, perhaps with a label
 * ("Published", "Updated"), a time, a time zone, a byline or a separator, and nothing else
 * ("Aug 6, 2025 4:04 PM", "Jul 23, 2025, 6:36am EDT", "Release Time:2025-06-25 18:56:26 Views:36",
 * "By Jane Doe | August 6, 2025"). The date inside is read by chrono-node (strict mode: only
 * written-out calendar dates, never "Tuesday" or "yesterday"), not by a list of patterns, so the
 * common formats of the web are read alike. A date inside a sentence is never a date line.
 * Saved HTML pages declare their date in metadata as well (html/metadata.ts).
 */

/** The two labels the first pages we held used; kept so their quotes (and date notes) stay as they were. */
const STATED =
  /^(release time|published(?: on)?|posted(?: on)?|publication date)\s*:\s*(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?/i;

export interface StatedDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** The words on the page, e.g. "Release Time:2025-06-25 18:56:26", quoted in the date note. */
  quote: string;
  /** Where a saved page declares it, e.g. "JSON-LD datePublished"; absent for a date printed in the text. */
  from?: string;
}

/** What a date line says it is: the publication, a later update, or (unlabelled) the page's date. */
export type DateLabel = 'published' | 'updated' | null;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** English weekday of an ISO date, computed in UTC so it never depends on the machine's time zone. */
export function weekdayOf(iso: string): string {
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  return days[new Date(`${iso}T00:00:00Z`).getUTCDay()] ?? '';
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The first written-out calendar date in `text` (day, month and year all given), by chrono-node's
 * strict parser, with where it stands; null when there is none.
 */
export function findCalendarDate(text: string): { iso: string; hit: { index: number; text: string } } | null {
  const found = chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)));
  const hit = found.find((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'));
  if (!hit) return null;
  const iso = `${hit.start.get('year')}-${pad(hit.start.get('month') ?? 0)}-${pad(hit.start.get('day') ?? 0)}`;
  return isIsoDate(iso) ? { iso, hit } : null;
}

/** Words a date line may carry besides the date. Anything else in lower case means a sentence. */
const LABEL_WORDS =
  /^(?:published|posted|updated|last|first|modified|edited|released?|release|time|date|publication|on|at|by|and|am|pm|a\.m\.|p\.m\.|views?|category|the|of|in|et|edt|est|ct|cdt|cst|pt|pdt|pst|gmt|utc|bst|cet|cest|jst|kst|hkt|sgt|ist|[|•·,.:;/()[\]–—-]+|\d+)$/i;

/** Reads a date line ("Aug 6, 2025 4:04 PM", "Updated: 7 August 2025"); null for anything else. */
export function readDateLine(line: string): { iso: string; quote: string; label: DateLabel } | null {
  const text = line.trim();
  if (text === '' || text.length > 120) return null;
  const legacy = STATED.exec(text);
  if (legacy?.[2] && isIsoDate(legacy[2])) return { iso: legacy[2], quote: legacy[0], label: 'published' };
  const found = findCalendarDate(text);
  if (!found) return null;
  const { iso, hit } = found;
  const before = text.slice(0, hit.index);
  const after = text.slice(hit.index + hit.text.length);
  // "April 2, 2025: Liberation Day" or "- April 2: ..." is an entry in a timeline or a list, not a date line.
  if (/^\s*:\s*\S/.test(after) || /^\s*(?:[-*•·–—]|\d+[.)])\s/.test(text)) return null;
  // After "by", a name may follow in any case ("by admin"); elsewhere only labels and capitalised names.
  const words = [before, after]
    .join(' ')
    .replace(/\bby\s+[^|•·]+/i, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const sentenceWords = words.filter((w) => !LABEL_WORDS.test(w) && !/^[\p{Lu}\d]/u.test(w));
  if (sentenceWords.length > 0 || words.length > 8 || (/[.!?]["'”’]?$/.test(after.trim()) && after.trim().length > 3)) return null;
  const labelText = `${before} ${after}`;
  const label: DateLabel = /\b(?:updated|modified|edited)\b/i.test(labelText)
    ? 'updated'
    : /\b(?:published|posted|released?|publication)\b/i.test(labelText)
      ? 'published'
      : null;
  return { iso, quote: text, label };
}

/**
 * The publication date a page's text states, or null. A line labelled "Published"/"Posted" wins;
 * otherwise the first unlabelled date line above the text (the one under the headline); a date labelled "Updated"
 * is never taken for the publication date. Two different dates both labelled as the publication
 * are an error the caller reports: the override has to say which one is meant.
 */
export function findStatedDate(lines: readonly string[]): StatedDate | null | { conflict: string[] } {
  // An unlabelled date counts only above the text (under the headline); a labelled one anywhere
  // (some pages print "Published: ..." at the foot).
  const firstParagraph = lines.findIndex((line) => line.trim().split(/\s+/).length >= 20);
  const read = lines
    .map((line, i) => {
      const dated = readDateLine(line);
      return dated && (dated.label !== null || firstParagraph < 0 || i < firstParagraph) ? dated : null;
    })
    .filter((d) => d !== null);
  const published = read.filter((d) => d.label === 'published');
  if (new Set(published.map((d) => d.iso)).size > 1) return { conflict: published.map((d) => d.quote) };
  const chosen = published[0] ?? read.find((d) => d.label === null);
  return chosen ? { iso: chosen.iso, quote: chosen.quote } : null;
}

/** Date note for a stated date; `context` (from overrides.json) adds why the date is plausible. */
export function statedDateNote(stated: StatedDate, context?: string): string {
  const zoned = /(?:[+-]\d{2}:?\d{2}|Z|\b[A-Z]{2,4}T)\s*$/.test(stated.quote);
  const note = stated.from
    ? `The page declares "${stated.quote}" (${stated.from}); the date is taken as declared.`
    : zoned
      ? `The page states "${stated.quote}"; the date is taken as printed.`
      : `The page states "${stated.quote}" (no time zone given; the date is taken as printed).`;
  return context ? `${note} ${context}` : note;
}
