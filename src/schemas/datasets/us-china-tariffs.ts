import { z } from 'astro/zod';
import { citationsSchema, isoDateSchema, percentSchema, slugSchema } from '../common';
import { datasetFileSchema } from '../dataset';

/** How far a measure got: what an event did, not what was said about it. */
export const tariffStatusSchema = z.enum([
  /** Announced with a date, not yet (or never) collected at that rate. */
  'announced',
  /** Collected at the border from the effective date. */
  'effective',
  /** A rate kept on the books but not collected for a period (the Geneva truce). */
  'suspended',
  /** Threatened in public, never carried out. */
  'threatened',
  /** Talks, statements and extensions that changed no rate. */
  'no-change',
]);

/**
 * The parts of the US additional rate on Chinese goods, by the law each rests on. The two IEEPA
 * parts ran until collection stopped on 24 Feb 2026; the later parts default to 0 so records of
 * 2025 need not spell them out.
 */
export const usRateComponentsSchema = z.strictObject({
  /** IEEPA "fentanyl" duty, EO 14195 as amended. */
  fentanyl: percentSchema,
  /** IEEPA reciprocal duty, EO 14257 as amended. */
  reciprocal: percentSchema,
  /** Section 122 (Trade Act of 1974) temporary import surcharge, Proclamation 11012: 24 Feb – 23 Jul 2026. */
  section122: percentSchema.default(0),
  /** Section 301 forced-labor tariff (memorandum of 23 Jul 2026), from 24 Jul 2026; leaves out the 2018–19 Section 301 lists. */
  section301: percentSchema.default(0),
});

/** The legal bases of the US rate, in the order the chart stacks them, with their labels. */
export const usRateBases = [
  { key: 'fentanyl', label: 'IEEPA fentanyl duty' },
  { key: 'reciprocal', label: 'IEEPA reciprocal duty' },
  { key: 'section122', label: 'Section 122 surcharge' },
  { key: 'section301', label: 'Section 301 (forced labor)' },
] as const;
export type UsRateBasis = (typeof usRateBases)[number]['key'];

/** One dated event in the US–China tariff escalation, 2025 to 30 Nov 2026. */
export const usChinaTariffEventSchema = z
  .strictObject({
    /** Stable id, e.g. "us-2025-04-10". */
    id: slugSchema,
    /** Who sets the tariff: "us" (on Chinese goods) or "china" (on US goods); "both" for talks. */
    side: z.enum(['us', 'china', 'both']),
    /** Day the measure or event was announced. */
    announced: isoDateSchema,
    /** Day it took effect at the border (12:01 a.m. local); null when it never did. */
    effective: isoDateSchema.nullable(),
    status: tariffStatusSchema,
    /** Short label for chart annotations, e.g. "145%". */
    label: z.string().min(2).max(40),
    /** What happened, in our words, one or two sentences. */
    summary: z.string().min(20),
    /**
     * The side's additional across-the-board rate after this event, in percent. Null when the
     * event changed no rate, or when the side's measures were targeted lists, not one rate.
     */
    rate: percentSchema.nullable(),
    /** US only: the rate split by legal basis (the parts must add up to `rate`). */
    components: usRateComponentsSchema.nullable(),
    /** Targeted retaliation (product lists with their own rates) instead of one headline rate. */
    targeted: z.string().min(10).nullable(),
    citations: citationsSchema,
  })
  .superRefine((event, ctx) => {
    if (event.effective && event.effective < event.announced) {
      ctx.addIssue({
        code: 'custom',
        path: ['effective'],
        message: `effective date ${event.effective} is before the announcement on ${event.announced}`,
      });
    }
    if (event.components && event.rate !== null) {
      const parts = event.components;
      const sum = usRateBases.reduce((total, b) => total + parts[b.key], 0);
      if (sum !== event.rate) {
        ctx.addIssue({
          code: 'custom',
          path: ['components'],
          message: `${usRateBases.map((b) => `${b.key} ${parts[b.key]}`).join(' + ')} = ${sum}, but rate is ${event.rate}`,
        });
      }
    }
    if (event.status === 'effective' && event.effective === null) {
      ctx.addIssue({ code: 'custom', path: ['effective'], message: 'an effective event needs its effective date' });
    }
  });

export const usChinaTariffsSchema = datasetFileSchema(usChinaTariffEventSchema);

export type UsChinaTariffEvent = z.output<typeof usChinaTariffEventSchema>;
export type UsChinaTariffs = z.output<typeof usChinaTariffsSchema>;
