import { z } from 'astro/zod';
import { citationsSchema, isoDateSchema, partnerCodeSchema, percentSchema, plausible, plausibleRanges, slugSchema } from '../common';
import { datasetFileSchema } from '../dataset';

/** The Section 232 sectors: the 2025 metals and autos actions and the later sector actions to 2026. */
export const sectorSchema = z.enum([
  'steel',
  'aluminum',
  'autos',
  'auto-parts',
  'copper',
  'lumber',
  'furniture',
  'trucks',
  'buses',
  'semiconductors',
  'pharmaceuticals',
  'drones',
  'polysilicon',
]);

/** One Section 232 rate: a sector, the partners it covers, and from when. */
export const sectorTariffSchema = z
  .strictObject({
    /** Stable id, e.g. "steel-2025-06-04" or "autos-gb-2025-05-08". */
    id: slugSchema,
    sector: sectorSchema,
    /** The legal instrument or deal document, e.g. "Proclamation 10947". */
    instrument: z.string().min(5),
    /** Day it was signed or announced. */
    announced: isoDateSchema,
    /** First day of entry at the new rate (12:01 a.m. ET); null when no document read gives it. */
    effective: isoDateSchema.nullable(),
    /** `stated`: the document gives the day; `no-later-than`: it gives a latest day; `computed`: it gives a delay from signing and we counted the days. */
    effectiveBasis: z.enum(['stated', 'no-later-than', 'computed']).nullable(),
    /** The rate was applied back to `effective`, a day before it was announced (the EU and Korean car notices). */
    retroactive: z.boolean().default(false),
    /** `effective`: charged from the effective date; `announced`: agreed, date of entry not read. */
    status: z.enum(['effective', 'announced']),
    /** Rate in percent. */
    rate: percentSchema,
    /** `additional`: on top of ordinary duties; `all-in`: the total including the MFN rate. */
    rateKind: z.enum(['additional', 'all-in']),
    /** The rate this one replaced, in percent; null when none or not read. */
    previousRate: percentSchema.nullable(),
    /** The one partner this rate is for; null when it applies to all partners. */
    appliesTo: partnerCodeSchema.nullable(),
    /** Products covered, in our words. */
    scope: z.string().min(5),
    /** Exceptions the documents name, in our words; null when none. */
    exceptions: z.string().min(5).nullable(),
    /** Units a year that get this rate under a quota, e.g. 100000 UK vehicles; null when no quota. */
    quotaPerYear: plausible(z.number().int().positive(), plausibleRanges.count).nullable(),
    /** Where sources disagree or something was not verified. */
    note: z.string().min(10).nullable(),
    citations: citationsSchema,
  })
  .superRefine((record, ctx) => {
    if (record.effective && record.effective < record.announced && !record.retroactive) {
      ctx.addIssue({
        code: 'custom',
        path: ['effective'],
        message: `effective date ${record.effective} is before the announcement on ${record.announced}; set "retroactive": true if the document back-dates it`,
      });
    }
    if (record.status === 'effective' && record.effective === null) {
      ctx.addIssue({ code: 'custom', path: ['effective'], message: 'an effective rate needs its effective date' });
    }
    if ((record.effective === null) !== (record.effectiveBasis === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['effectiveBasis'],
        message: 'expected effectiveBasis ("stated" or "no-later-than") exactly when effective is set, and null otherwise',
      });
    }
  });

export const sectorTariffsSchema = datasetFileSchema(sectorTariffSchema);

export type SectorTariff = z.output<typeof sectorTariffSchema>;
export type SectorTariffs = z.output<typeof sectorTariffsSchema>;
