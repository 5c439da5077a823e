import { describe, expect, it } from 'vitest';
import { findStatedDate, isIsoDate, statedDateNote } from '../../scripts/ingest/dates';

describe('stated dates', () => {
  it('reads the date a page states, with the words it used', () => {
    expect(findStatedDate(['Title', 'Release Time:2025-06-25 18:56:26 Views:36'])).toEqual({
      iso: '2025-06-25',
      quote: 'Release Time:2025-06-25 18:56:26',
    });
    expect(findStatedDate(['Published: 2025-07-29 20:30:13 | Category: technology'])).toEqual({
      iso: '2025-07-29',
      quote: 'Published: 2025-07-29 20:30:13',
    });
  });

  it('ignores relative stamps, dates inside sentences and impossible dates', () => {
    expect(findStatedDate(['8h ago', 'On February 13, 2025, Trump announced talks.', 'Published: 2025-02-30'])).toBeNull();
  });

  it('reports two different stated dates instead of choosing', () => {
    expect(findStatedDate(['Published: 2025-07-29', 'Posted on: 2025-07-30'])).toEqual({
      conflict: ['Published: 2025-07-29', 'Posted on: 2025-07-30'],
    });
  });

  it('writes a note that quotes the page', () => {
    expect(statedDateNote({ iso: '2025-06-25', quote: 'Release Time:2025-06-25 18:56:26' }, 'Consistent with the text.')).toBe(
      'The page states "Release Time:2025-06-25 18:56:26" (no time zone given; the date is taken as printed). Consistent with the text.',
    );
  });

  it('validates calendar dates', () => {
    expect(isIsoDate('2025-07-03')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('3 July 2025')).toBe(false);
  });
});
