/**
 * Page state in a URL query (`?view=…&partner=JP&date=2025-07-09`), read and written the same way
 * by every client module. Browser-safe: no node:* or astro:* imports.
 *
 * - A query is read once, for the keys a page knows; anything else (tracking tags, junk, a
 *   forged parameter) is left out of everything the page hands on (share links, embed codes).
 * - A key given twice (`partner=JP&partner=CN`) counts once, by its first value, like
 *   URLSearchParams.get: the page, its share link and its embed code all use that one.
 * - Values are checked by the chart's own rules (its `normalise`, shared with the build) before
 *   they are shown or handed on.
 */

/** The first value of each known key in a query string (`?a=1&b=2` or `a=1&b=2`). */
export function readQuery(search: string, keys: readonly string[]): Record<string, string> {
  const query = new URLSearchParams(search);
  const state: Record<string, string> = {};
  for (const key of keys) {
    const value = query.get(key);
    if (value !== null) state[key] = value;
  }
  return state;
}

/** A query string for a state, keys in the given order, `''` when there is nothing to say. */
export function writeQuery(state: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) if (value !== undefined && value !== '') query.set(key, value);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/**
 * Whether a text is a real calendar day as `YYYY-MM-DD`: "2025-02-30" has the shape but is no
 * day, and would otherwise show as "30 Feb 2025". The build's date schemas refuse the same values.
 */
export function isCalendarDate(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
