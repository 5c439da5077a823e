import { describe, expect, it } from 'vitest';
import { flatten, formatCsv, toCsv } from '../../src/shared/csv';

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

describe('formula injection (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['+100% threatened', "'+100% threatened"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['＝1+1', "'＝1+1"],
  ])('text cell %j goes out as %s, read by a spreadsheet as text', (text, cell) => {
    expect(toCsv([{ note: text }])).toBe(`note\n${cell}\n`);
  });

  it('leaves numbers, negative numbers and ordinary text as they are', () => {
    expect(toCsv([{ rate: -12.5, text: '-3', big: 1e21, word: 'a-b', date: '2025-04-10' }])).toBe(
      'rate,text,big,word,date\n-12.5,-3,1e+21,a-b,2025-04-10\n',
    );
  });

  it('neutralises header cells too, and rows given as text (the in-page download)', () => {
    expect(
      formatCsv([
        ['=cmd', 'rate'],
        ['@x', '-4.5'],
      ]),
    ).toBe("'=cmd,rate\n'@x,-4.5\n");
  });
});
