import { z } from 'astro/zod';
import { citationsSchema, outOfRange, percentSchema, rangeForUnit, slugSchema } from '../common';
import { datasetFileSchema } from '../dataset';

/** The units the essay's figures come in. */
export const exposureUnitSchema = z.enum(['usd-billions', 'usd-millions', 'percent', 'vehicles', 'people']);

/** Which US tariff a flow faces, as the essay describes it at the time of writing. */
export const exposureTariffSchema = z.strictObject({
  /**
   * `reciprocal`: the IEEPA reciprocal tariff; `section-232`: a sector tariff in force;
   * `section-232-investigation`: a sector under investigation, no tariff yet; `other-country`: the
   * tariff of the country the goods are made in.
   */
  kind: z.enum(['reciprocal', 'section-232', 'section-232-investigation', 'other-country']),
  /** The rate the essay names, in percent; null when it names none. */
  rate: percentSchema.nullable(),
});

/** One South Korea figure from the Diplomat essay, with the sentence it comes from. */
export const koreaExposureSchema = z
  .strictObject({
    /** Stable id, e.g. "exports-to-us-2024". */
    id: slugSchema,
    /** What the figure is about: trade overall, one sector's exports, jobs, or a firm. */
    topic: z.enum(['trade', 'sector-exports', 'jobs', 'firm', 'supply-chain']),
    /** The sector, for sector figures, e.g. "petrochemicals"; null otherwise. */
    sector: z.string().min(3).nullable(),
    /** The firm, for firm figures, e.g. "GM Korea"; null otherwise. */
    firm: z.string().min(2).nullable(),
    /** What the number measures, in a few words. */
    label: z.string().min(5).max(120),
    /** The number as the essay gives it. */
    value: z.number({ error: 'expected a number, e.g. 128.4 (put the unit in "unit")' }),
    unit: exposureUnitSchema,
    /** How the essay qualifies it: exact, "about", "nearly", "more than". */
    qualifier: z.enum(['exact', 'about', 'nearly', 'more-than']),
    /** Year the figure refers to; null when the essay gives none. */
    year: z.number().int().min(2000).max(2030).nullable(),
    /** The US tariff the flow faces, when the essay says; null otherwise. */
    tariff: exposureTariffSchema.nullable(),
    /** Anything a reader needs to weigh the figure (its own source, a mismatch with official data). */
    note: z.string().min(10).nullable(),
    /** The essay's sentence(s) the figure and the tariff come from. */
    citations: citationsSchema,
  })
  .superRefine((record, ctx) => {
    if (record.unit === 'percent' && (record.value < 0 || record.value > 100)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `a share in percent is between 0 and 100, but value is ${record.value}` });
    }
    if (record.value < 0) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `expected a positive amount, but value is ${record.value}` });
    }
    const range = rangeForUnit(record.unit);
    if (record.unit !== 'percent' && Math.abs(record.value) > range.max) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: outOfRange(range, record.value) });
    }
    if (record.topic === 'sector-exports' && record.sector === null) {
      ctx.addIssue({ code: 'custom', path: ['sector'], message: 'a sector figure needs its sector, e.g. "semiconductors"' });
    }
    if (record.topic === 'firm' && record.firm === null) {
      ctx.addIssue({ code: 'custom', path: ['firm'], message: 'a firm figure needs the firm, e.g. "GM Korea"' });
    }
    if (!record.citations.some((c) => 'quote' in c)) {
      ctx.addIssue({
        code: 'custom',
        path: ['citations'],
        message: 'every figure here comes from the essay: cite its sentence as { "source", "quote" }',
      });
    }
  });

export const koreaExposureDatasetSchema = datasetFileSchema(koreaExposureSchema);

export type KoreaExposure = z.output<typeof koreaExposureSchema>;
export type KoreaExposureDataset = z.output<typeof koreaExposureDatasetSchema>;
