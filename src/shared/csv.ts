import { csvFormatRows } from 'd3-dsv';

type Cell = string | number | boolean | null | undefined;

/** Flattens a record into dotted columns: `{ components: { fentanyl: 20 } }` → `components.fentanyl`. */
export function flatten(value: unknown, prefix = '', out: Record<string, Cell> = {}): Record<string, Cell> {
  if (Array.isArray(value)) {
    // Lists of citations or names become one readable cell; spreadsheets cannot hold nested lists.
    out[prefix] = value
      .map((item) => (item && typeof item === 'object' ? describeObject(item as Record<string, unknown>) : String(item)))
      .join(' | ');
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) flatten(item, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out[prefix] = value as Cell;
  }
  return out;
}

function describeObject(item: Record<string, unknown>): string {
  if (typeof item.doc === 'string') return `doc:${item.doc}${item.locator ? ` (${String(item.locator)})` : ''}`;
  if (typeof item.source === 'string' && typeof item.quote === 'string') return `source:${item.source} "${item.quote}"`;
  return Object.entries(item)
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join('; ');
}

/**
 * CSV a spreadsheet opens as expected: header row, one row per record, plain numbers (no
 * thousands separators or % signs), ISO dates, empty cells for nulls. RFC 4180 quoting via d3-dsv.
 */
export function toCsv(records: readonly unknown[], columns?: readonly string[]): string {
  const rows = records.map((r) => flatten(r));
  const header = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const body = rows.map((row) => header.map((key) => cellText(row[key])));
  return `${csvFormatRows([[...header], ...body])}\n`;
}

function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  return String(value);
}
