import { z } from 'astro/zod';
import { citationSchema } from './citation';

/** Lower-case words joined by hyphens: used for every id that appears in a URL or a file name. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "us-china-tariffs"');

/** ISO calendar date `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date({ error: 'expected an ISO date like "2025-04-10"' });

/**
 * A calendar date in frontmatter. YAML parsers differ: some turn `2025-04-10` into a Date at
 * midnight UTC. Either way the value is kept as the ISO string.
 */
export const frontmatterDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(+value) ? value.toISOString().slice(0, 10) : value),
  isoDateSchema,
);

/** A tariff rate in percent, e.g. 145 for 145%. Never negative. */
export const percentSchema = z
  .number({ error: 'expected a number of percent, e.g. 145 (not "145%")' })
  .min(0, 'a rate cannot be negative')
  .meta({ unit: '%' });

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
