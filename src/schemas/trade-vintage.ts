import { z } from 'astro/zod';
import { citationsSchema, partnerCodeSchema, plausible, plausibleRanges, slugSchema } from './common';

/**
 * Which release of the Census figures a row comes from. Census revises recent years every June,
 * so the same year can have two values; a chart says which one it shows.
 */
export const tradeVintages = {
  /** country.xlsx as downloaded about 3 April 2025: 2024 as first published, the figures quoted in 2025. */
  'as-published-2025-04': 'as published in April 2025 (before the June 2025 revision)',
  /** country.xlsx as fetched about October 2026, after the June 2026 annual revision. */
  'revised-2026-10': 'as revised (release fetched about October 2026)',
} as const;
export const tradeVintageSchema = z.enum(Object.keys(tradeVintages) as [keyof typeof tradeVintages], {
  error: (issue) => {
    const expected = `expected one of ${Object.keys(tradeVintages)
      .map((v) => `"${v}"`)
      .join(', ')}`;
    return issue.input === undefined
      ? `required field is missing: ${expected}`
      : `unknown vintage ${JSON.stringify(issue.input)}: ${expected}`;
  },
});
export type TradeVintage = z.output<typeof tradeVintageSchema>;

const millions = (what: string) =>
  plausible(z.number({ error: `expected ${what} as a number of US$ millions, e.g. 143545.7` }), plausibleRanges['US$ millions']).meta({
    unit: 'US$ millions',
  });

/** Fields every Census-derived trade row carries: who, which release, the three figures, and where from. */
export const tradeRowFields = {
  /** Stable id: partner, period and vintage, e.g. "cn-2024-as-published-2025-04". */
  id: slugSchema,
  /** ISO 3166 alpha-2 code, or EU for the European Union aggregate. */
  partner: partnerCodeSchema,
  /** Census country code (CTY_CODE), e.g. "5700"; "0003" is the EU aggregate. */
  censusCode: z.string().regex(/^\d{4}$/, 'a Census country code has four digits, e.g. "5700"'),
  /** Census country name as the source file writes it. */
  censusName: z.string().min(2),
  /** Which release the figures come from. */
  vintage: tradeVintageSchema,
  /** US total exports to the partner, US$ millions, nominal, not seasonally adjusted. */
  exports: millions('exports').min(0, 'exports cannot be negative'),
  /** US general imports from the partner, US$ millions, nominal, not seasonally adjusted. */
  imports: millions('imports').min(0, 'imports cannot be negative'),
  /** exports − imports, US$ millions; negative is a US deficit. */
  balance: millions('balance'),
  /** The Census table the row is read from. */
  table: z.string().min(5),
  /** How the copy was obtained and where it is kept in this repository. */
  retrieval: z.string().min(10),
  citations: citationsSchema,
};

/** Rows are rounded to $0.1M each, so exports − imports may differ from balance by a few tenths. */
export const BALANCE_TOLERANCE = 0.2;

export function checkBalance(row: { exports: number; imports: number; balance: number }, ctx: z.core.$RefinementCtx): void {
  const expected = row.exports - row.imports;
  if (Math.abs(expected - row.balance) > BALANCE_TOLERANCE) {
    ctx.addIssue({
      code: 'custom',
      path: ['balance'],
      message: `balance should equal exports − imports (${expected.toFixed(1)}) within rounding (±${BALANCE_TOLERANCE}), but is ${row.balance}`,
    });
  }
}
