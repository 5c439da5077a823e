import { describe, expect, it } from 'vitest';
import { flatten, toCsv } from '../../src/shared/csv';

describe('toCsv', () => {
  it('writes a header row and plain numbers, ISO dates and empty cells for null', () => {
    const csv = toCsv([
      { id: 'a', date: '2025-04-10', rate: 145, note: null },
      { id: 'b', date: '2025-05-14', rate: 30.5, note: 'cut' },
    ]);
    expect(csv).toBe('id,date,rate,note\na,2025-04-10,145,\nb,2025-05-14,30.5,cut\n');
  });

  it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    const csv = toCsv([{ text: 'He said "no", then left\nquickly' }]);
    expect(csv).toBe('text\n"He said ""no"", then left\nquickly"\n');
  });

  it('flattens nested objects into dotted columns', () => {
    expect(flatten({ components: { fentanyl: 20, reciprocal: 125 } })).toEqual({ 'components.fentanyl': 20, 'components.reciprocal': 125 });
  });

  it('writes citations as readable text in one cell', () => {
    const csv = toCsv([
      {
        citations: [
          { doc: 'eo-14257', locator: 'Annex I' },
          { source: 'stockholm-talks', quote: 'an additional 30% tariff' },
        ],
      },
    ]);
    expect(csv).toContain('doc:eo-14257 (Annex I) | source:stockholm-talks ""an additional 30% tariff""');
  });

  it('keeps the requested column order and leaves missing cells empty', () => {
    expect(toCsv([{ b: 2 }], ['a', 'b'])).toBe('a,b\n,2\n');
  });
});
