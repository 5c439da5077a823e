// Headline sentences are computed from fixtures here, and must fail when the data stop supporting them.
import { describe, expect, it } from 'vitest';
import { compare, countOf, HeadlineError, smallestDeficitSince, smallestSinceText } from '../../src/charts/shared/headline-claims';

const series = (pairs: [number, number][]) => pairs.map(([year, balance]) => ({ year, balance }));

describe('smallestDeficitSince', () => {
  it('reaches back to the latest year with a deficit as small or smaller (China: 2005)', () => {
    // Shaped like China's series: 2004 −162.3, 2005 −202.3, larger every year after, 2025 −202.7.
    const full = [...Array(22)].map((_, i) => ({
      year: 2004 + i,
      balance: i === 0 ? -162.3 : i === 1 ? -202.3 : i === 21 ? -202.7 : -250,
    }));
    const result = smallestDeficitSince(full);
    expect(result.since).toBe(2005);
    expect(smallestSinceText(result)).toBe('its smallest since 2005');
  });

  it('says "since at least" the first year when no earlier year was as small', () => {
    const result = smallestDeficitSince(
      series([
        [2015, -300],
        [2016, -310],
        [2017, -200],
      ]),
    );
    expect(result.since).toBeNull();
    expect(smallestSinceText(result)).toBe('its smallest since at least 2015');
  });

  it('fails when the deficit grew on the year before', () => {
    expect(() =>
      smallestDeficitSince(
        series([
          [2023, -250],
          [2024, -200],
          [2025, -260],
        ]),
      ),
    ).toThrow(HeadlineError);
    expect(() =>
      smallestDeficitSince(
        series([
          [2023, -250],
          [2024, -200],
          [2025, -260],
        ]),
      ),
    ).toThrow(/not smaller than in 2024/);
  });

  it('fails on a surplus, a gap in the years or too short a series', () => {
    expect(() =>
      smallestDeficitSince(
        series([
          [2024, -10],
          [2025, 5],
        ]),
      ),
    ).toThrow(/not a deficit/);
    expect(() =>
      smallestDeficitSince(
        series([
          [2020, -300],
          [2025, -200],
        ]),
      ),
    ).toThrow(/jumps from 2020 to 2025/);
    expect(() => smallestDeficitSince(series([[2025, -200]]))).toThrow(/at least two years/);
  });
});

describe('countOf', () => {
  it('counts the records that pass, "N of M"', () => {
    const rates = [10, 15, 19, 25, 10];
    const more = countOf('paid more', rates, (r) => r > 10);
    expect(more.text).toBe('3 of 5');
    expect(more.matching).toEqual([15, 19, 25]);
  });

  it('fails on an empty set', () => {
    expect(() => countOf('paid more', [], () => true)).toThrow(/counts over no records/);
  });
});

describe('compare', () => {
  it('names the direction, and fails when an expected one no longer holds', () => {
    expect(compare('lower than', 10, 34)).toBe('lower');
    expect(compare('lower than', 34, 34)).toBe('the same');
    expect(() => compare('lower than', 50, 34, 'lower')).toThrow(/expected 50 to be lower than 34/);
  });
});
