/**
 * Formatting for readers, the same in the browser, at build time and in scripts. Built on `Intl`
 * (no d3-time-format, nothing from node or astro) so charts and client code can share it. Dates
 * are calendar days: they are parsed and formatted in UTC so a day never shifts with the
 * machine's or the reader's time zone. Minus signs are true minus signs (−).
 */

type Day = string | Date;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-04-10" → Date at 00:00 UTC. Throws on anything that is not a real ISO calendar day. */
export function isoToDate(iso: string): Date {
  const match = ISO_DAY.exec(iso);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== iso) throw new Error(`not an ISO date: ${iso}`);
  return date;
}

/** Date → "2025-04-10" (its UTC day). */
export const dateToIso = (date: Date) => date.toISOString().slice(0, 10);

const toDate = (day: Day) => (typeof day === 'string' ? isoToDate(day) : day);

// English month names in US form ("Sep", not the British "Sept"), as the site has always printed them.
const monthFormat = (month: 'long' | 'short') => new Intl.DateTimeFormat('en-US', { month, timeZone: 'UTC' });
const MONTHS_LONG = Array.from({ length: 12 }, (_, m) => monthFormat('long').format(Date.UTC(2025, m, 1)));
const MONTHS_SHORT = Array.from({ length: 12 }, (_, m) => monthFormat('short').format(Date.UTC(2025, m, 1)));

/** Month name of a day ("2025-04-10" → "April"), or of a month index 0–11; `short` gives "Apr". */
export function monthName(day: Day | number, form: 'long' | 'short' = 'long'): string {
  const m = typeof day === 'number' ? day : toDate(day).getUTCMonth();
  const name = (form === 'long' ? MONTHS_LONG : MONTHS_SHORT)[m];
  if (name === undefined) throw new Error(`not a month index: ${m}`);
  return name;
}

const dayOf = (day: Day) => toDate(day).getUTCDate();
const yearOf = (day: Day) => toDate(day).getUTCFullYear();

/** "2025-04-10" → "10 Apr 2025". */
export const formatDay = (day: Day) => `${dayOf(day)} ${monthName(day, 'short')} ${yearOf(day)}`;
/** "2025-04-10" → "10 April 2025". */
export const formatDayLong = (day: Day) => `${dayOf(day)} ${monthName(day)} ${yearOf(day)}`;
/** "2025-04-10" → "10 Apr". */
export const formatDayMonth = (day: Day) => `${dayOf(day)} ${monthName(day, 'short')}`;
/** "2025-04-10" → "10 April". */
export const formatDayMonthLong = (day: Day) => `${dayOf(day)} ${monthName(day)}`;
/** "2025-04-10" → "April 2025". */
export const formatMonth = (day: Day) => `${monthName(day)} ${yearOf(day)}`;
/** "2025-04-10" → "Apr 2025". */
export const formatMonthShort = (day: Day) => `${monthName(day, 'short')} ${yearOf(day)}`;
/** "2025-05-01" → "May ’25": a month tick on a time axis where space is short. */
export const formatMonthTick = (day: Day) => `${monthName(day, 'short')} ’${String(yearOf(day)).slice(-2)}`;
/** "2025-04-10" → "2025". */
export const formatYear = (day: Day) => String(yearOf(day));

/** `iso` moved by `days` (negative to go back), in UTC. */
export function addDays(iso: string, days: number): string {
  const date = isoToDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return dateToIso(date);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export const daysBetween = (a: string, b: string) => Math.round((+isoToDate(b) - +isoToDate(a)) / 86_400_000);

/** −0 reads as "-0"; numbers shown to readers never need it. */
const unsigned = (value: number) => (Object.is(value, -0) ? 0 : value);

/** A number with a fixed number of decimals and a true minus sign: −3.5 → "−3.5". */
export function formatSigned(value: number, digits = 0): string {
  const text = unsigned(value).toFixed(digits);
  return text.startsWith('-') ? `−${text.slice(1)}` : text;
}

/** 145 → "145%", 12.5 → "12.5%": whole numbers as they are, others to `digits` decimals. */
export const formatPercent = (value: number, digits = 1) => `${Number.isInteger(value) ? value : value.toFixed(digits)}%`;

/** −295401.6 (US$ millions) → "−$295.4B". */
export function formatBillions(millions: number, digits = 1): string {
  return `${millions < 0 ? '−' : ''}$${(Math.abs(millions) / 1000).toFixed(digits)}B`;
}

/** 1,234,567 (US$ millions) → "$1.2T", with a true minus sign when negative. */
export function formatTrillions(millions: number, digits = 1): string {
  return `${millions < 0 ? '−' : ''}$${(Math.abs(millions) / 1_000_000).toFixed(digits)}T`;
}

/**
 * US$ millions in prose: −295401.6 → "$295.4 billion". Deficits are negative in the data but
 * prose says "a deficit of $295.4 billion", so the sign is dropped unless `signed` is asked for.
 */
export function formatBillionsWords(millions: number, options: { digits?: number; signed?: boolean } = {}): string {
  const sign = options.signed && millions < 0 ? '−' : '';
  return `${sign}$${(Math.abs(millions) / 1000).toFixed(options.digits ?? 1)} billion`;
}

/** US$ millions with the unit that keeps three significant figures: "$438.9B", "$8.37B", "$41.1M", "−$11.9B". */
export function formatMoney(millions: number): string {
  const abs = Math.abs(millions);
  const sign = millions < 0 ? '−' : '';
  if (abs >= 10_000) return `${sign}$${(abs / 1000).toFixed(1)}B`;
  if (abs >= 1000) return `${sign}$${(abs / 1000).toFixed(2)}B`;
  return `${sign}$${abs.toFixed(1)}M`;
}

/** US$ millions → US$ billions (for scales; text goes through the formatters above). */
export const toBillions = (millions: number) => millions / 1000;

/** A change in US$ millions: "+$4.6B", "−$1.6B", and "$0.0B" when it rounds to nothing (true minus). */
export function formatBillionsChange(millions: number, digits = 1): string {
  const text = formatBillions(Math.abs(millions), digits);
  if (Number((Math.abs(millions) / 1000).toFixed(digits)) === 0) return text;
  return `${millions < 0 ? '−' : '+'}${text}`;
}

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });
const wholeDollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/**
 * Whole US dollars and cents, for amounts a reader computes (a shipment's duty): 27550 cents →
 * "$275.50". Takes cents so sums shown are sums of what is shown. `whole` drops the cents when
 * there are none: 100000 → "$1,000".
 */
export function formatCents(cents: number, options: { whole?: boolean } = {}): string {
  const value = unsigned(cents) / 100;
  if (options.whole && Number.isInteger(value)) return wholeDollars.format(value);
  return dollars.format(value).replace('-', '−');
}
