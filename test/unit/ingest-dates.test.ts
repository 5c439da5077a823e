import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findStatedDate, isIsoDate, statedDateNote, weekdayOf } from '../../scripts/ingest/dates';
import { addDays } from '../../src/shared/format';

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

// The inferred dates in content/sources/overrides.json rest on weekday arithmetic; check it here so
// a wrong "Thursday" cannot slip through review.
describe('the reasoning behind the inferred dates', () => {
  const overrides = JSON.parse(readFileSync('content/sources/overrides.json', 'utf8')) as Record<
    string,
    { sources?: { id: string; published?: string }[] }
  >;
  const inferred = new Map(Object.values(overrides).flatMap((entry) => (entry.sources ?? []).map((s) => [s.id, s.published] as const)));

  it('Kyodo: "next Wednesday" is the 9 July 2025 deadline, so "Thursday" is 3 July 2025', () => {
    expect(weekdayOf('2025-07-09')).toBe('Wednesday');
    expect(addDays('2025-07-09', -6)).toBe('2025-07-03');
    expect(weekdayOf('2025-07-03')).toBe('Thursday');
    expect(weekdayOf('2025-07-01')).toBe('Tuesday'); // Trump's remarks "on Tuesday"
    expect(inferred.get('kyodo-japan-eighth-round')).toBe('2025-07-03');
  });

  it('The Diplomat: the earliest day consistent with the bounds 2-3 July 2025', () => {
    expect(addDays('2025-06-04', 30)).toBe('2025-07-04'); // "in office less than a month" since 4 June
    expect(inferred.get('diplomat-korea-trade-deal')).toBe('2025-07-02');
  });

  it('the 20-country report: the earliest day consistent with the bounds 10-12 May 2025', () => {
    expect(inferred.get('twenty-country-talks')).toBe('2025-05-10');
  });

  it('Japan-US expediting: the earliest day consistent with the bounds 23-29 May 2025', () => {
    expect(weekdayOf('2025-05-23')).toBe('Friday'); // the third round, without Bessent
    expect(weekdayOf('2025-05-30')).toBe('Friday'); // "the 30th of this month"
    expect(inferred.get('japan-us-expediting')).toBe('2025-05-23');
  });
});
