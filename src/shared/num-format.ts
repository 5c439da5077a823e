import { formatBillionsWords, formatDayLong, formatDayMonthLong, formatMonth, formatYear } from './format';

/** How a number from a dataset is written in prose. */
export const numFormats = ['percent', 'billions', 'millions', 'number', 'date', 'day', 'month', 'year'] as const;
export type NumFormat = (typeof numFormats)[number];

/**
 * Writes a dataset value for a reader. Money is in US$ millions in the datasets; deficits are
 * negative there, but prose says "a deficit of $295.4 billion", so `billions` drops the sign
 * unless `signed` is asked for.
 */
export function formatNum(value: unknown, format: NumFormat, options: { digits?: number; signed?: boolean } = {}): string {
  if (format === 'date' || format === 'day' || format === 'month' || format === 'year') {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
      throw new Error(`expected an ISO date for format "${format}", got ${JSON.stringify(value)}`);
    if (format === 'date') return formatDayLong(value);
    if (format === 'day') return formatDayMonthLong(value);
    if (format === 'month') return formatMonth(value);
    return formatYear(value);
  }
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new Error(`expected a number for format "${format}", got ${JSON.stringify(value)}`);
  const sign = options.signed && value < 0 ? '−' : '';
  const abs = options.signed ? Math.abs(value) : format === 'billions' || format === 'millions' ? Math.abs(value) : value;
  switch (format) {
    case 'percent':
      return `${sign}${Number.isInteger(abs) ? abs : abs.toFixed(options.digits ?? 1)}%`;
    case 'billions':
      return formatBillionsWords(value, options);
    case 'millions':
      return `${sign}$${abs.toLocaleString('en-US', { maximumFractionDigits: options.digits ?? 1 })} million`;
    default:
      return `${sign}${abs.toLocaleString('en-US', { maximumFractionDigits: options.digits ?? 1 })}`;
  }
}
