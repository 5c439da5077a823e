import { z } from 'astro/zod';
import { citationSchema } from './citation';

/** Lower-case words joined by hyphens: used for every id that appears in a URL or a file name. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "us-china-tariffs"');

/**
 * A web address the site publishes as a link: http or https with a real host name, nothing else.
 * `z.url()` alone accepts javascript:, data: and vbscript: URLs, which would go out as live links.
 * Spaces around the address are trimmed (zod does); spaces inside it are refused.
 */
export const webUrlSchema = z
  .httpUrl({
    error: (issue) =>
      issue.input === undefined
        ? 'expected the page\'s full http(s) address, e.g. "https://example.org/news/article", or null when it is not known'
        : `not an http(s) address: ${JSON.stringify(issue.input)}; give the page's full address, e.g. "https://example.org/news/article"`,
  })
  .refine((url) => !/\s/.test(url), {
    error: (issue) =>
      `not an http(s) address: ${JSON.stringify(issue.input)} contains a space; give the page's full address without spaces (encode a space as %20)`,
  });

/** ISO calendar date `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date({ error: (issue) => dateProblem(issue.input) });

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a value is not an ISO date: the right shape with an impossible day is told so, not told the format. */
export function dateProblem(input: unknown): string {
  const parts = typeof input === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(input) : null;
  if (!parts) return 'expected an ISO date like "2025-04-10"';
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const where = `"${input}" is not a date in the calendar`;
  if (month < 1 || month > 12) return `${where}: there is no month ${month}; write YYYY-MM-DD, e.g. "2025-04-10"`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${where}: ${MONTHS[month - 1]} ${year} has ${days} days${day < 1 ? ', and days start at 01' : ''}; check the day against the document`;
}

/**
 * A calendar date in frontmatter. YAML parsers differ: some turn `2025-04-10` into a Date at
 * midnight UTC. Either way the value is kept as the ISO string.
 */
export const frontmatterDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(+value) ? value.toISOString().slice(0, 10) : value),
  isoDateSchema,
);

/**
 * Plausible ranges by unit. A value outside is a typo, a misplaced decimal point or a figure in
 * other units; 99999% or 1e300 would otherwise build and break a chart. The error names the range.
 */
export interface PlausibleRange {
  min: number;
  max: number;
  /** What the value is, for the message: "a tariff rate". */
  what: string;
  unit: string;
}
export const plausibleRanges = {
  /** Tariff rates and shares: the highest US rate of 2025 was 145%; ten times the ceiling of any schedule. */
  percent: { min: -1000, max: 1000, what: 'a percentage', unit: '%' },
  /** World goods trade is about US$ 33 trillion a year: no trade figure can exceed US$ 50 trillion. */
  'US$ millions': {
    min: -50_000_000,
    max: 50_000_000,
    what: 'a trade value (world trade is about US$ 33 trillion a year)',
    unit: 'US$ millions',
  },
  'US$ billions': { min: -50_000, max: 50_000, what: 'a trade value (world trade is about US$ 33 trillion a year)', unit: 'US$ billions' },
  /** Counts of things or people: no more than there are people on Earth. */
  count: { min: 0, max: 10_000_000_000, what: 'a count (no more than the people on Earth)', unit: '' },
  /** Any other figure in an article: finite and within a trillion. */
  other: { min: -1e12, max: 1e12, what: 'a figure in an article', unit: '' },
} satisfies Record<string, PlausibleRange>;

const fmt = (n: number) => n.toLocaleString('en-US');
/** The message for a value outside `range`, naming the range. */
export function outOfRange(range: PlausibleRange, input: unknown): string {
  const unit = range.unit ? ` ${range.unit}` : '';
  return `${String(input)} is outside the plausible range for ${range.what}, ${fmt(range.min)} to ${fmt(range.max)}${unit}: check for a typo, a misplaced decimal point or a value in other units`;
}
/** Bounds a number schema to a plausible range. */
export function plausible(schema: z.ZodNumber, range: PlausibleRange): z.ZodNumber {
  const error = (issue: { input?: unknown }) => outOfRange(range, issue.input);
  return schema.min(range.min, { error }).max(range.max, { error });
}

/** A tariff rate in percent, e.g. 145 for 145%. Never negative, at most 1000%. */
export const percentSchema = z
  .number({ error: 'expected a number of percent, e.g. 145 (not "145%")' })
  .min(0, 'a rate cannot be negative')
  .max(1000, { error: (issue) => outOfRange({ ...plausibleRanges.percent, min: 0, what: 'a tariff rate' }, issue.input) })
  .meta({ unit: '%' });

/** The plausible range for a figure given with a unit in words ("US$ billions", "percent", "vehicles"). */
export function rangeForUnit(unit: string): PlausibleRange {
  const u = unit.toLowerCase().replace(/^usd-/, 'us$ ');
  if (u.startsWith('percent')) return plausibleRanges.percent;
  if (u === 'us$ millions') return plausibleRanges['US$ millions'];
  if (u === 'us$ billions') return plausibleRanges['US$ billions'];
  if (['vehicles', 'people', 'countries', 'meetings', 'rounds', 'round'].includes(u)) return plausibleRanges.count;
  return plausibleRanges.other;
}

/** At least one citation: a quote from a source or an official document. */
export const citationsSchema = z.array(citationSchema).min(1, 'every record cites at least one source quote or official document');

/**
 * The partners the site knows, by ISO 3166 alpha-2 code; EU is the European Union. The first
 * row is the core set of the essays; the rest are the partners named in Annex I of EO 14257
 * (2 April 2025) or of EO 14326 (31 July 2025), so every reciprocal-tariff partner has a code.
 */
export const partnerCodes = [
  'CN',
  'JP',
  'KR',
  'TW',
  'VN',
  'TH',
  'IN',
  'MY',
  'ID',
  'PH',
  'KH',
  'SG',
  'HK',
  'MX',
  'CA',
  'DE',
  'IE',
  'CH',
  'GB',
  'BR',
  'EU',
  'US',
  // Annex I of EO 14257, besides those above.
  'DZ',
  'AO',
  'BD',
  'BA',
  'BW',
  'BN',
  'CM',
  'TD',
  'CI',
  'CD',
  'GQ',
  'FK',
  'FJ',
  'GY',
  'IQ',
  'IL',
  'JO',
  'KZ',
  'LA',
  'LS',
  'LY',
  'LI',
  'MG',
  'MW',
  'MU',
  'MD',
  'MZ',
  'MM',
  'NA',
  'NR',
  'NI',
  'NG',
  'MK',
  'NO',
  'PK',
  'RS',
  'ZA',
  'LK',
  'SY',
  'TN',
  'VU',
  'VE',
  'ZM',
  'ZW',
  // Listed in Annex I of EO 14326 but not in that of EO 14257.
  'AF',
  'BO',
  'CR',
  'EC',
  'GH',
  'IS',
  'NZ',
  'PG',
  'TT',
  'TR',
  'UG',
] as const;
export const partnerCodeSchema = z.enum(partnerCodes, {
  error: (issue) => {
    if (issue.input === undefined) return 'required field is missing: expected an ISO 3166 alpha-2 partner code (or "EU"), e.g. "CN"';
    // Two-letter codes are all within a typo of each other, so only a wrong case gets a hint.
    const upper = typeof issue.input === 'string' ? issue.input.toUpperCase() : undefined;
    const near = partnerCodes.find((code) => code === upper);
    return (
      `unknown partner code ${JSON.stringify(issue.input)}: expected an ISO 3166 alpha-2 code (or "EU") from partnerCodes in src/schemas/common.ts` +
      (near ? `; did you mean "${near}"?` : '; add a new partner there first')
    );
  },
});
export type PartnerCode = z.output<typeof partnerCodeSchema>;
