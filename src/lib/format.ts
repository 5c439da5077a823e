import { utcFormat, utcParse } from 'd3-time-format';

// Dates are calendar days; parse and format in UTC so the day never shifts with the machine's zone.
const parseIso = utcParse('%Y-%m-%d');

/** "2025-04-10" → Date at 00:00 UTC. */
export function isoToDate(iso: string): Date {
  const date = parseIso(iso);
  if (!date) throw new Error(`not an ISO date: ${iso}`);
  return date;
}

/** "2025-04-10" → "10 Apr 2025". */
export const formatDay = (iso: string) => utcFormat('%-d %b %Y')(isoToDate(iso));
/** "2025-04-10" → "10 April 2025". */
export const formatDayLong = (iso: string) => utcFormat('%-d %B %Y')(isoToDate(iso));
/** 145 → "145%". */
export const formatPercent = (value: number) => `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
/** −295401.6 ($ millions) → "−$295.4B". Uses a true minus sign. */
export function formatBillions(millions: number, digits = 1): string {
  const billions = Math.abs(millions) / 1000;
  return `${millions < 0 ? '−' : ''}$${billions.toFixed(digits)}B`;
}
