// Client URL state: read once, only known keys, first value of a repeated key, real calendar
// days only; the build's date schema and the client agree on which days exist.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseParams } from '../../src/charts/tariff-stack/params';
import { isoDateSchema } from '../../src/schemas/common';
import { isCalendarDate, readQuery, writeQuery } from '../../src/shared/url-state';

describe('readQuery', () => {
  it('keeps the first value of a repeated key and drops unknown keys', () => {
    expect(readQuery('?partner=JP&partner=CN&utm_source=x&evil=%3Cscript%3E&view=rates', ['view', 'partner', 'date'])).toEqual({
      view: 'rates',
      partner: 'JP',
    });
  });

  it('round-trips through writeQuery', () => {
    const state = { view: 'rates', partner: 'JP', date: '2025-07-09' };
    expect(readQuery(writeQuery(state), Object.keys(state))).toEqual(state);
    expect(writeQuery({ view: '', partner: undefined })).toBe('');
  });
});

describe('isCalendarDate', () => {
  it.each(['2025-02-30', '2025-13-01', '2025-00-10', '2025-04-31', '2023-02-29', '2025-4-9', '', ' 2025-04-10'])('refuses %j', (text) =>
    expect(isCalendarDate(text)).toBe(false),
  );
  it.each(['2025-04-10', '2024-02-29', '2025-12-31'])('accepts %s', (text) => expect(isCalendarDate(text)).toBe(true));

  it('agrees with the build’s date schema on any YYYY-MM-DD text', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        expect(isCalendarDate(text)).toBe(isoDateSchema.safeParse(text).success);
      }),
      { seed: 20251130, numRuns: 300 },
    );
  });
});

describe('tariff-stack params from a URL', () => {
  const data = { china: { code: 'CN' }, start: '2025-04-05', end: '2025-12-31' } as unknown as Parameters<typeof normaliseParams>[0];
  const defaults = { partner: 'CN', product: 'other' as const, date: '2025-07-09' };
  it('an impossible day falls back to the default instead of showing "30 Feb 2025"', () => {
    expect(normaliseParams(data, { partner: 'CN', product: 'cars', date: '2025-02-30' }, defaults).date).toBe('2025-07-09');
  });
});
