import { describe, expect, it } from 'vitest';
import { HANDOUT_DRAWING_MAX_MM, handoutLayout, handoutTableHeight } from '../../src/site/handout-size';

const words = (n: number) => 'word '.repeat(n).trim();
const base = {
  title: 'A title of one line',
  source: 'Source: EO 14257',
  description: words(100),
  drawing: { width: 680, height: 300 },
  rows: [['2025-04-02', '10%', 'short note']],
};

describe('one-page handout estimate', () => {
  it('keeps a short table and the full drawing cap', () => {
    expect(handoutLayout(base)).toEqual({ table: true, drawingMm: HANDOUT_DRAWING_MAX_MM });
  });

  it('counts the lines a long text cell wraps onto in a narrow column, not one line a row', () => {
    const short = handoutTableHeight(Array.from({ length: 16 }, () => ['2025-07-22', 'JP', words(3)]));
    // 16 rows with a 199-character cell beside eight short columns (59 characters): the cell gets
    // 81 characters a line, so three lines (31 px) a row, after the header and margin (28 px).
    const long = handoutTableHeight(
      Array.from({ length: 16 }, () => [
        '2025-07-22',
        'JP',
        'deal',
        'effective',
        'all-in',
        'Section 232 autos',
        'Kyodo News',
        words(40),
        '1',
      ]),
    );
    expect(short).toBe(28 + 16 * 11);
    expect(long).toBe(28 + 16 * 31);
  });

  it('leaves out a table that would push the page onto a second sheet', () => {
    const rows = Array.from({ length: 16 }, () => [
      '2025-07-22',
      'JP',
      'deal',
      'effective',
      'all-in',
      'Section 232 autos',
      'Kyodo News',
      words(40),
      '1',
    ]);
    expect(handoutLayout({ ...base, rows }).table).toBe(false);
  });

  it('caps a tall drawing below 150 mm when the title, source and description fill the page', () => {
    const full = { ...base, title: words(34), source: words(60), description: words(330), drawing: { width: 680, height: 900 }, rows: [] };
    const layout = handoutLayout(full);
    expect(layout.drawingMm).toBeLessThan(HANDOUT_DRAWING_MAX_MM);
    expect(handoutLayout({ ...full, description: words(50) }).drawingMm).toBe(HANDOUT_DRAWING_MAX_MM);
  });
});
