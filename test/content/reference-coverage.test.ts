// Every dated row of sections 1–6 of the 2026 reference timeline is on the site: the committed list
// in content/coverage/tariff-facts-2026.json names, for each row, the dataset records that hold it,
// where the site says what is not known, or why the row is left out. The reference file itself lives
// outside the project and is never read here; the list is the project's own record of it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasets } from './datasets-support';

interface Row {
  records?: string[];
  notKnown?: { in: string; says: string }[];
  omitted?: string;
}
const coverage = JSON.parse(readFileSync('content/coverage/tariff-facts-2026.json', 'utf8')) as { rows: Record<string, Row> };

/** The reference's numbered rows per section (tariff-facts-2026.md: 128 rows in sections 1–6). */
const ROWS_PER_SECTION = { 1: 12, 2: 41, 3: 18, 4: 33, 5: 16, 6: 8 } as const;
const expected = Object.entries(ROWS_PER_SECTION).flatMap(([section, n]) => Array.from({ length: n }, (_, i) => `${section}.${i + 1}`));

/** Rows the reference marks wholly NOT FOUND: the site must say it does not know. */
const NOT_FOUND = ['2.32', '5.16', '6.8'];

const record = (pointer: string): unknown => {
  const [dataset, id] = pointer.split('/');
  const records = (datasets.get(dataset ?? '')?.data.records ?? []) as { id: string }[];
  return records.find((r) => r.id === id);
};

/** The words of a record, of a dataset's caveats ("caveats:<dataset>"), or of a committed file. */
const textOf = (where: string): string => {
  if (where.startsWith('caveats:')) {
    const data = datasets.get(where.slice('caveats:'.length))?.data as { caveats?: string[] } | undefined;
    return (data?.caveats ?? []).join('\n');
  }
  if (/^(content|src)\//.test(where)) return readFileSync(where, 'utf8');
  const found = record(where);
  return found ? JSON.stringify(found) : '';
};

describe('coverage of the 2026 reference (content/coverage/tariff-facts-2026.json)', () => {
  it('lists every row of sections 1–6, and nothing else', () => {
    expect(Object.keys(coverage.rows).sort()).toEqual([...expected].sort());
    expect(expected).toHaveLength(128);
  });

  it('gives each row a record, a statement of what is not known, or a reason it is left out', () => {
    for (const [row, entry] of Object.entries(coverage.rows)) {
      const ways = (entry.records?.length ?? 0) + (entry.notKnown?.length ?? 0) + (entry.omitted ? 1 : 0);
      expect(ways, `row ${row}`).toBeGreaterThan(0);
    }
  });

  it('every listed record exists in its dataset', () => {
    const missing = Object.entries(coverage.rows).flatMap(([row, entry]) =>
      (entry.records ?? []).filter((pointer) => record(pointer) === undefined).map((pointer) => `row ${row}: ${pointer}`),
    );
    expect(missing).toEqual([]);
  });

  it('every "not known" statement is where the list says, in those words', () => {
    const absent = Object.entries(coverage.rows).flatMap(([row, entry]) =>
      (entry.notKnown ?? []).filter((s) => !textOf(s.in).includes(s.says)).map((s) => `row ${row}: "${s.says}" not in ${s.in}`),
    );
    expect(absent).toEqual([]);
  });

  it('the rows the reference marks NOT FOUND are stated on the site as not known', () => {
    for (const row of NOT_FOUND) expect(coverage.rows[row]?.notKnown?.length ?? 0, `row ${row}`).toBeGreaterThan(0);
  });

  it('leaves out only a few rows, each with its reason', () => {
    const omitted = Object.entries(coverage.rows).filter(([, e]) => e.omitted && !e.records?.length);
    expect(omitted.map(([row]) => row)).toEqual(['1.7', '2.38', '3.9', '3.11']);
    // A row with records and a reason names what of it is left out (the customs message numbers of 2.6).
    expect(
      Object.entries(coverage.rows)
        .filter(([, e]) => e.omitted && e.records?.length)
        .map(([row]) => row),
    ).toEqual(['2.6']);
  });
});
