import { z } from 'astro/zod';
import { citationsSchema, isoDateSchema, partnerCodeSchema, slugSchema } from '../common';
import { datasetFileSchema } from '../dataset';

/** One headline figure of an official trade release, as first published. */
export const tradeTotalSchema = z
  .strictObject({
    /** Stable id, e.g. "goods-deficit-2025-first". */
    id: slugSchema,
    /** The year the figure covers. */
    year: z.number().int().min(1985),
    /** The month (1–12) for a monthly figure; null for the whole year. */
    month: z.number().int().min(1).max(12).nullable().default(null),
    /** The partner; null for the US total with the world. */
    partner: partnerCodeSchema.nullable(),
    /** `goods-bop`: goods on the balance-of-payments basis; `goods-census`: goods on the Census basis; `goods-and-services`. */
    measure: z.enum(['goods-bop', 'goods-census', 'goods-and-services']),
    /** Balance in US$ millions (negative = US deficit), to the precision reported: -901500 for "$901.5 billion". */
    balance: z.number().meta({ unit: 'US$ millions' }),
    /** The balance the year before, when the release gives it; null otherwise. */
    previous: z.number().nullable().meta({ unit: 'US$ millions' }),
    /** Exports and imports behind the balance, when the release as reported gives them; null otherwise. */
    exports: z.number().positive().nullable().default(null).meta({ unit: 'US$ millions' }),
    imports: z.number().positive().nullable().default(null).meta({ unit: 'US$ millions' }),
    /** Whether the release called it the largest on record. */
    record: z.boolean(),
    /** Day the release was published. */
    published: isoDateSchema,
    /** What it is, in our words. */
    summary: z.string().min(20),
    /** How it compares with later revisions or other measures. */
    note: z.string().min(10).nullable(),
    citations: citationsSchema,
  })
  .superRefine((r, ctx) => {
    // Reported figures are rounded to $0.1 billion, so allow that much.
    if (r.exports !== null && r.imports !== null && Math.abs(r.exports - r.imports - r.balance) > 150) {
      ctx.addIssue({
        code: 'custom',
        path: ['balance'],
        message: `balance ${r.balance} should equal exports − imports (${r.exports - r.imports}) to within the $0.1 billion of rounding`,
      });
    }
  });

export const tradeTotalsSchema = datasetFileSchema(tradeTotalSchema);
export type TradeTotal = z.output<typeof tradeTotalSchema>;
