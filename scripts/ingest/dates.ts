/**
 * Publication dates. A page either states its date ("Release Time:2025-06-25 18:56:26",
 * "Published: 2025-07-29 20:30:13") or it does not, and then the date is inferred by a person
 * from the text and written with its reasoning in overrides.json. Ingest never guesses a date:
 * relative stamps ("8h ago") date the scrape, not the article, and are ignored.
 */

/** A date label followed by an ISO date and an optional time. Only labels that mean publication. */
const STATED =
  /^(release time|published(?: on)?|posted(?: on)?|publication date)\s*:\s*(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?/i;

export interface StatedDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** The words on the page, e.g. "Release Time:2025-06-25 18:56:26", quoted in the date note. */
  quote: string;
}

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

/**
 * The publication date a page states, or null. Two different stated dates are an error the
 * caller reports: the override has to say which one is meant.
 */
export function findStatedDate(lines: readonly string[]): StatedDate | null | { conflict: string[] } {
  const found: StatedDate[] = [];
  for (const line of lines) {
    const match = STATED.exec(line.trim());
    if (!match?.[2] || !isIsoDate(match[2])) continue;
    found.push({ iso: match[2], quote: match[0] });
  }
  const dates = [...new Set(found.map((d) => d.iso))];
  if (dates.length > 1) return { conflict: found.map((d) => d.quote) };
  return found[0] ?? null;
}

/** Date note for a stated date; `context` (from overrides.json) adds why the date is plausible. */
export function statedDateNote(stated: StatedDate, context?: string): string {
  const note = `The page states "${stated.quote}" (no time zone given; the date is taken as printed).`;
  return context ? `${note} ${context}` : note;
}
