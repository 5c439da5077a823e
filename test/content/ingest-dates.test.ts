import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { weekdayOf } from '../../scripts/ingest/dates';
import { addDays } from '../../src/shared/format';

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
