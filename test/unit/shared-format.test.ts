import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  formatBillions,
  formatBillionsChange,
  formatBillionsWords,
  formatDay,
  formatDayLong,
  formatDayMonth,
  formatDayMonthLong,
  formatMoney,
  formatMonth,
  formatMonthShort,
  formatMonthTick,
  formatPercent,
  formatSigned,
  formatTrillions,
  formatYear,
  isoToDate,
  monthName,
} from '../../src/shared/format';
import { joinList, wrapWords, wrapWordsClamped } from '../../src/shared/text';

describe('shared date formatting (UTC, US month names)', () => {
  it('writes days, months and ticks', () => {
    expect(formatDay('2025-09-04')).toBe('4 Sep 2025');
    expect(formatDayLong('2025-04-10')).toBe('10 April 2025');
    expect(formatDayMonth('2025-12-31')).toBe('31 Dec');
    expect(formatDayMonthLong('2025-01-01')).toBe('1 January');
    expect(formatMonth('2025-06-15')).toBe('June 2025');
    expect(formatMonthShort('2025-06-15')).toBe('Jun 2025');
    expect(formatMonthTick('2025-05-01')).toBe('May ’25');
    expect(formatYear('2026-02-20')).toBe('2026');
    expect(monthName(8, 'short')).toBe('Sep');
    expect(monthName('2025-02-01')).toBe('February');
    expect(formatDay(isoToDate('2025-07-09'))).toBe('9 Jul 2025');
  });

  it('rejects days that do not exist', () => {
    expect(() => isoToDate('2025-02-30')).toThrow('not an ISO date: 2025-02-30');
    expect(() => isoToDate('10 April 2025')).toThrow();
    expect(() => monthName(12)).toThrow();
  });

  it('moves days across months, years and leap days', () => {
    expect(addDays('2025-07-09', -6)).toBe('2025-07-03');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2025-04-02', '2025-08-07')).toBe(127);
  });
});

describe('shared number formatting', () => {
  it('writes percents and signed numbers with a true minus', () => {
    expect(formatPercent(145)).toBe('145%');
    expect(formatPercent(12.5)).toBe('12.5%');
    expect(formatSigned(-3.46, 1)).toBe('−3.5');
    expect(formatSigned(-0.01, 1)).toBe('−0.0');
    expect(formatSigned(-0)).toBe('0');
  });

  it('writes money in US$ millions as billions and trillions', () => {
    expect(formatBillions(-295_401.6)).toBe('−$295.4B');
    expect(formatBillions(5_000, 0)).toBe('$5B');
    expect(formatBillionsWords(-295_401.6)).toBe('$295.4 billion');
    expect(formatBillionsWords(-295_401.6, { signed: true })).toBe('−$295.4 billion');
    expect(formatBillionsChange(-1_600)).toBe('−$1.6B');
    expect(formatBillionsChange(20)).toBe('$0.0B');
    expect(formatTrillions(3_295_600)).toBe('$3.3T');
    expect(formatMoney(438_947)).toBe('$438.9B');
    expect(formatMoney(8_374)).toBe('$8.37B');
    expect(formatMoney(-41.1)).toBe('−$41.1M');
  });
});

describe('shared text helpers', () => {
  it('wraps at spaces but never at a no-break space', () => {
    expect(wrapWords('2 Apr, 9 Apr, 9 Jul, 1 Aug and 7 Aug', 14)).toEqual(['2 Apr, 9 Apr,', '9 Jul, 1 Aug', 'and 7 Aug']);
    expect(wrapWords('2\u00a0Apr, 9\u00a0Apr, 9\u00a0Jul', 10)).toEqual(['2\u00a0Apr,', '9\u00a0Apr,', '9\u00a0Jul']);
    expect(wrapWords('  spaced   out  ', 40)).toEqual(['spaced out']);
    expect(wrapWords('', 10)).toEqual([]);
  });

  it('clamps to a number of lines with an ellipsis', () => {
    expect(wrapWordsClamped('one two three four five six', 9, 2)).toEqual(['one two', 'three fo…']);
    expect(wrapWordsClamped('one two', 9, 2)).toEqual(['one two']);
  });

  it('joins lists in prose', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['Geneva'])).toBe('Geneva');
    expect(joinList(['Geneva', 'London'])).toBe('Geneva and London');
    expect(joinList(['Geneva', 'London', 'Stockholm'], 'or')).toBe('Geneva, London or Stockholm');
  });
});
