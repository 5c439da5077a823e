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
 * thousands separators or % signs), ISO dates, empty cells for nulls. RFC 4180 quoting.
 */
export function toCsv(records: readonly unknown[], columns?: readonly string[]): string {
  const rows = records.map((r) => flatten(r));
  const header = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return formatCsv([[...header], ...rows.map((row) => header.map((key) => row[key]))]);
}

/**
 * The one CSV writer: the data files at build time and the in-page download both use it. Every
 * text cell is neutralised against formula injection, then quoted as RFC 4180 says. Written out
 * rather than taken from d3-dsv, whose formatter would bring its whole parser into every chart
 * page's script (about 1.3 KB gzip) for one quoting rule.
 */
export function formatCsv(rows: readonly (readonly Cell[])[]): string {
  return `${rows.map((row) => row.map((cell) => quoteCell(cellText(cell))).join(',')).join('\n')}\n`;
}

/** RFC 4180: a cell with a comma, a double quote or a line break goes in quotes, its quotes doubled. */
const quoteCell = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** A cell a spreadsheet would run as a formula: `=`, `+`, `-`, `@` (also full-width), tab or CR first. */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
/** A plain number written as text ("-3", "1.5e-7"): a spreadsheet reads it as a number, not a formula. */
const NUMBER = /^[-+]?\d+(\.\d+)?(e[-+]?\d+)?$/i;

function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  // OWASP's advice for CSV injection: a leading apostrophe makes the spreadsheet show the cell as
  // text. It is visible in a text editor, which is the price of a file that cannot run code.
  return FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}
