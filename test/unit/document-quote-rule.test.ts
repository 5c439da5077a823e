// A record that states a rate or a date and cites a held official document must quote the sentence
// that gives it (checkCitations), unless the citation points at a row of one of the document's tables.
import { describe, expect, it } from 'vitest';
import { withJsonLines } from '../../src/provenance/json-location';
import { checkCitations, type ProvenanceContext, rateOrDateField } from '../../src/provenance/validate-dataset';

const FILE = 'content/data/fixture-tariffs.json';

const context: ProvenanceContext = {
  sources: new Map(),
  references: new Set(['eo-held', 'notice-not-held']),
  documents: new Map([
    [
      'eo-held',
      {
        file: 'content/documents/eo-held.md',
        text: 'All articles shall be subject to an additional 10 percent ad valorem rate of duty.\n\nAnnex I: Freedonia 17%',
      },
    ],
  ]),
};

type Citation = { doc: string; quote?: string; locator?: string };
const record = (citations: Citation[], extra: Record<string, unknown> = { rate: 10, effective: '2025-04-05' }) => ({
  id: 'baseline',
  ...extra,
  citations,
});
const check = (records: unknown[]) => checkCitations(FILE, { records }, context);

describe('a held document cited for a rate or a date is quoted', () => {
  it('refuses a citation of a held document without a quote on a record with a rate, naming the record, field and fix', () => {
    const errors = check([record([{ doc: 'eo-held' }])]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.where).toBe('record "baseline" (records[0]), field "citations.0"');
    expect(errors[0]?.problem).toContain('field "rate"');
    expect(errors[0]?.problem).toContain('"eo-held"');
    expect(errors[0]?.fix).toContain('"quote"');
    expect(errors[0]?.fix).toContain('content/documents/eo-held.md');
  });

  it('gives the file and line of the citation, in the form editors link to', () => {
    const text = JSON.stringify({ records: [record([{ doc: 'eo-held' }])] }, null, 2);
    const [located] = withJsonLines(text, check(JSON.parse(text).records));
    // The citation object opens on the line before its "doc" field.
    const line = text.split('\n').findIndex((l) => l.includes('"doc": "eo-held"'));
    expect(located?.message.startsWith(`content/data/fixture-tariffs.json:${line} (`)).toBe(true);
    expect(located?.message).toContain('(record "baseline" (records[0]), field "citations.0"): ');
    expect(located?.message).toContain('\n  → add "quote"');
  });

  it('accepts the same citation with the document’s words', () => {
    expect(check([record([{ doc: 'eo-held', quote: 'subject to an additional 10 percent ad valorem rate of duty' }])])).toEqual([]);
  });

  it('accepts a row of one of the document’s tables, with a locator naming it', () => {
    expect(check([record([{ doc: 'eo-held', locator: 'Annex I, row "Freedonia"' }])])).toEqual([]);
  });

  it('still wants a quote when the locator names a section, not a table row', () => {
    expect(check([record([{ doc: 'eo-held', locator: 'sec. 3(a)' }])])).toHaveLength(1);
  });

  it('leaves documents whose text is not held, and records that state no rate or date', () => {
    expect(check([record([{ doc: 'notice-not-held' }])])).toEqual([]);
    expect(check([record([{ doc: 'eo-held' }], { label: 'A statement', rate: null })])).toEqual([]);
  });

  it('names the rate beside nested citations before the record’s own', () => {
    const nested = { id: 'freedonia', april2Rate: 17, regime2026: { section122: 10, citations: [{ doc: 'eo-held' }] }, citations: [] };
    const [error] = check([nested]);
    expect(error?.where).toBe('record "freedonia" (records[0]), field "regime2026.citations.0"');
    expect(error?.problem).toContain('field "regime2026.section122"');
  });
});

describe('rateOrDateField', () => {
  it('finds rates, effective and announcement dates, and figures in percent or as dates', () => {
    expect(rateOrDateField({ id: 'x', rate: 25 })).toBe('rate');
    expect(rateOrDateField({ id: 'x', rate: null, effective: '2026-02-24' })).toBe('effective');
    expect(rateOrDateField({ id: 'x', eo14326: { rate: 15 } })).toBe('eo14326.rate');
    expect(rateOrDateField({ id: 'x', claimed: { value: 145, unit: 'percent', text: 'as high as 145%' } })).toBe('claimed.value');
    expect(rateOrDateField({ id: 'x', claimed: { value: null, unit: 'percent', text: 'record high' } })).toBeUndefined();
    expect(rateOrDateField({ id: 'x', label: 'talks', citations: [{ rate: 1 }] })).toBeUndefined();
  });
});
