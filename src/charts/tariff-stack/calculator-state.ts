/**
 * The duty calculator's state and its URL (`?partner=CN&vs=JP&product=steel&date=2025-05-20&value=1000`).
 *
 * Browser-safe and zod-free, so the page does not ship a schema library to read five params. It
 * applies the same rules as the build's `tariffStackParams` (./index.ts): the same partner codes
 * and product groups from ./rules, ISO calendar days from the first day of the data; a unit test
 * runs both on the same inputs so they cannot drift apart. Unlike the build, a bad value here is
 * never an error: the reader gets the default and a note saying what was replaced. Calendar days
 * are checked by the site's URL-state helper (src/shared/url-state), as on the chart pages.
 */
import { formatCents, formatDay } from '../../shared/format';
import { joinList } from '../../shared/text';
import { isCalendarDate } from '../../shared/url-state';
import { PRODUCT_GROUPS, PRODUCT_LABELS, type ProductGroup, partnerRules, type StackData } from './rules';

export interface CalculatorState {
  /** The partner on the left. */
  partner: string;
  /** The partner beside it. */
  vs: string;
  product: ProductGroup;
  /** ISO day within the data. */
  date: string;
  /** Shipment value in US dollars (customs value), the reader's own number. */
  value: number;
}

/** The worked case a bare link opens: Chinese and Japanese goods on 20 May 2025, a week after the Geneva cut took effect. */
export const CALCULATOR_DEFAULTS: CalculatorState = { partner: 'CN', vs: 'JP', product: 'other', date: '2025-05-20', value: 1000 };

/** The largest value accepted: beyond it the cents no longer add up exactly in floating point. */
export const MAX_VALUE = 1_000_000_000_000;

/** Words a teacher may write for a product group in a link (`product=steel`), mapped to the group. */
const PRODUCT_ALIASES: Record<string, ProductGroup> = {
  steel: 'steel-aluminum',
  aluminum: 'steel-aluminum',
  aluminium: 'steel-aluminum',
  autos: 'cars',
  car: 'cars',
  smartphones: 'electronics',
  computers: 'electronics',
};

export const partnerName = (data: StackData, code: string) =>
  code === data.china.code ? 'China' : (partnerRules(data, code)?.name ?? code);

/**
 * A partner the rules know: China or any partner in reciprocal-rates. That is every code the
 * build's schema accepts (the explorer's picker) and more; the unit test checks the overlap.
 */
const isPartner = (data: StackData, code: string) => code === data.china.code || partnerRules(data, code) !== undefined;

/** Every partner the calculator offers, China first, then by name. */
export function calculatorPartners(data: StackData): { code: string; name: string }[] {
  const rest = data.partners.map((p) => ({ code: p.code, name: p.name })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return [{ code: data.china.code, name: 'China' }, ...rest];
}

/**
 * Reads the state from URL params. Missing params take the defaults silently; a present but bad
 * one takes the default and adds a sentence to `problems`, which the page shows.
 */
export function readCalculatorState(
  data: StackData,
  search: URLSearchParams,
  defaults: CalculatorState = CALCULATOR_DEFAULTS,
): { state: CalculatorState; problems: string[] } {
  const problems: string[] = [];
  const state = { ...defaults };

  for (const key of ['partner', 'vs'] as const) {
    const raw = search.get(key);
    if (raw === null) continue;
    const code = raw.trim().toUpperCase();
    if (isPartner(data, code)) state[key] = code;
    else
      problems.push(
        `“${raw}” is not a partner the calculator knows (${key}=), so it shows ${partnerName(data, defaults[key])}; use a code from the partner list, such as CN, JP or EU.`,
      );
  }

  const product = search.get('product');
  if (product !== null) {
    const key = product.trim().toLowerCase();
    const group = (PRODUCT_GROUPS as readonly string[]).includes(key) ? (key as ProductGroup) : PRODUCT_ALIASES[key];
    if (group) state.product = group;
    else
      problems.push(
        `“${product}” is not a product group (product=), so it shows ${PRODUCT_LABELS[defaults.product].toLowerCase()}; use ${joinList([...PRODUCT_GROUPS], 'or')}.`,
      );
  }

  const date = search.get('date');
  if (date !== null) {
    const day = date.trim();
    if (!isCalendarDate(day))
      problems.push(`“${date}” is not a calendar day like 2025-05-20 (date=), so it shows ${formatDay(defaults.date)}.`);
    else if (day < data.start || day > data.end) {
      state.date = day < data.start ? data.start : data.end;
      problems.push(
        `${formatDay(day)} is outside our data (${formatDay(data.start)} to ${formatDay(data.end)}), so it shows ${formatDay(state.date)}.`,
      );
    } else state.date = day;
  }

  const value = search.get('value');
  if (value !== null) {
    // "1,000" and "$1000" are what people type; anything else is not a number of dollars.
    const cleaned = value
      .trim()
      .replace(/^\$/, '')
      .replace(/,(?=\d{3}\b)/g, '');
    const n = /^\d+(\.\d{1,2})?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
    if (Number.isFinite(n) && n > 0 && n <= MAX_VALUE) state.value = n;
    else
      problems.push(
        `“${value}” is not a shipment value in US dollars between $0.01 and $1 trillion (value=), so it shows ${formatCents(defaults.value * 100, { whole: true })}.`,
      );
  }
  return { state, problems };
}

/**
 * The state as URL params, every one of them in a fixed order: a teacher's link keeps meaning the
 * same case even if the page's defaults change.
 */
export function writeCalculatorState(state: CalculatorState): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of ['partner', 'vs', 'product', 'date', 'value'] as const) out.set(key, String(state[key]));
  return out;
}
