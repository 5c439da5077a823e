/**
 * Rule: relative time stamps. Aggregators print when they listed an item, relative to the moment
 * of the scrape: "8h ago", "7 hours ago", "timean hour ago" (an icon's alt text "time" glued on),
 * often glued to a label: "Kyodo News7 hours ago", "TaiwanPolitics8h ago". They say nothing about
 * the publication date (the scrape time is unknown), so they are dropped; the label is kept as a
 * hint for the publisher of an aggregator card.
 */

const UNIT = '(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)';
const STAMP = new RegExp(String.raw`^(.*?)(?:time)?((?:\d+|an?|one)\s*${UNIT})\s+ago$`, 'i');
/** A label is a short name in capitals ("Kyodo News", "TaiwanPolitics"): a lower-case word means a sentence. */
const LABEL = /^(?:[\p{Lu}\d][\p{L}\d&.'-]*\s*){1,4}$/u;

export interface RelativeStamp {
  /** Publisher or section name glued before the stamp, or '' when there is none. */
  label: string;
  /** The stamp itself, e.g. "7 hours ago". */
  stamp: string;
}

/** Reads a line that is only a relative time stamp (with an optional label); null for anything else. */
export function parseRelativeStamp(line: string): RelativeStamp | null {
  const text = line.trim();
  if (text.length === 0 || text.length > 60) return null;
  const match = STAMP.exec(text);
  if (!match) return null;
  const label = (match[1] ?? '').trim();
  if (label !== '' && !LABEL.test(label)) return null;
  return { label, stamp: `${match[2]} ago` };
}
