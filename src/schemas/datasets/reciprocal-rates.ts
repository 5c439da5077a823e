import { z } from 'astro/zod';
import { citationsSchema, isoDateSchema, partnerCodeSchema, percentSchema, plausible, plausibleRanges, slugSchema } from '../common';
import { datasetFileSchema } from '../dataset';

/** A US goods figure in millions of dollars, Census basis. */
const millionsSchema = plausible(
  z.number({ error: 'expected a number of US$ millions, e.g. 438947.4' }),
  plausibleRanges['US$ millions'],
).meta({
  unit: 'US$ millions',
});

/** The partner's place in Annex I of EO 14257, as carried in HTSUS chapter 99, U.S. note 2(v)(xviii). */
export const annexEntrySchema = z.strictObject({
  /** Subdivision number (1)–(57) in U.S. note 2(v)(xviii). */
  subdivision: z.number().int().min(1).max(57, 'Annex I has 57 entries: subdivisions 1 to 57'),
  /** The partner's name exactly as the note writes it. */
  nameInHts: z.string().min(2),
});

/** The partner's rate from 7 August 2025 under EO 14326. */
export const eo14326Schema = z.strictObject({
  /** How the rate is set: a row of the EO's Annex I, not listed (10%), or a separate order (China). */
  basis: z.enum(['annex-i', 'not-listed', 'separate-order']),
  /** The partner's name exactly as the EO's annex writes it; null when not listed. */
  nameInEo: z.string().min(2).nullable(),
  /** Additional rate in percent; null when the annex gives a rule instead of a rate (the EU). */
  rate: percentSchema.nullable(),
  /** The rule in words when the rate depends on the product, e.g. the EU's "15% minus the MFN rate". */
  rule: z.string().min(10).nullable(),
});

/** A rate a later deal or joint statement gives for the partner. */
export const dealSchema = z.strictObject({
  /** Day the document was issued. */
  date: isoDateSchema,
  /** The rate the document names, in percent; null when it gives only a rule. */
  rate: percentSchema.nullable(),
  /** How the rate applies, in words, e.g. "all-in: 15% including the MFN rate". */
  rule: z.string().min(10).nullable(),
  /** What the document says, in our words. */
  summary: z.string().min(20),
  /** First day of entry at the deal rate, when a notice read gives it (it may be back-dated); null when not known. */
  effective: isoDateSchema.nullable().default(null),
  citations: citationsSchema,
});

/** Another measure on the partner that changes what its goods pay (India's and Brazil's penalties). */
export const otherMeasureSchema = z.strictObject({
  /** Day the order was signed. */
  announced: isoDateSchema,
  /** Day it applies from; null when the document sets it only relative to signing. */
  effective: isoDateSchema.nullable(),
  /** Rate added on top of the reciprocal rate, in percent. */
  additionalRate: percentSchema,
  /** What the measure does, in our words. */
  summary: z.string().min(20),
  /** First day it no longer applied, with the document that ended it; null while in force. */
  ended: z
    .strictObject({ date: isoDateSchema, summary: z.string().min(20), citations: citationsSchema })
    .nullable()
    .default(null),
  citations: citationsSchema,
});

/**
 * What the partner's goods paid once the IEEPA duties ended on 24 Feb 2026 (after the Supreme
 * Court held that IEEPA does not authorize tariffs): the reciprocal rate, the deal rates under it
 * and the penalty orders all lapsed, and these took their place.
 */
export const regime2026Schema = z.strictObject({
  /** Section 122 surcharge (Proclamation 11012), entries of 24 Feb – 23 Jul 2026. */
  section122: percentSchema,
  /** Section 301 forced-labor tariff (memorandum of 23 Jul 2026) from 24 Jul 2026; null when the partner is not one of the 60 economies investigated. */
  section301: percentSchema.nullable(),
  /** `additional`: on top of the MFN duty; `all-in`: MFN + Section 301 capped at `section301`; null with no Section 301 rate. */
  section301Kind: z.enum(['additional', 'all-in']).nullable(),
  citations: citationsSchema,
});

/**
 * What the 2 April formula needs: the partner's 2024 goods trade in the April 2025 Census release
 * (the data the formula used). Written by `npm run build-data` from country.xlsx; do not edit by hand.
 */
export const formulaInputsSchema = z.strictObject({
  /** Census country code (CTY_CODE), e.g. "5700". */
  censusCode: z.string().regex(/^\d{4}$/, 'a Census country code has four digits, e.g. "5700"'),
  /** Census country name (CTYNAME) as the file writes it. */
  censusName: z.string().min(2),
  /** US general imports from the partner in 2024, US$ millions. */
  imports2024: millionsSchema.min(0, 'imports cannot be negative'),
  /** US total exports to the partner in 2024, US$ millions. */
  exports2024: millionsSchema.min(0, 'exports cannot be negative'),
  /** exports − imports, US$ millions (negative: a US deficit). */
  balance2024: millionsSchema,
  /**
   * max(10, ceil(round(100 × (imports − exports) ÷ imports) ÷ 2)): the deficit as a share of
   * imports, halved, with a 10% floor. A computation, not a published figure.
   */
  formulaRate: percentSchema,
  /** Vintage of the inputs. */
  vintage: z.literal('as-published-2025-04'),
});

/** One partner of the 2025 reciprocal tariffs, with its rate at each step. */
export const reciprocalRateSchema = z
  .strictObject({
    /** Stable id: the partner's name in lower case, e.g. "south-korea". */
    id: slugSchema,
    /** ISO 3166 alpha-2 code, or EU. */
    partner: partnerCodeSchema,
    /** Display name. */
    name: z.string().min(2),
    /** Annex I entry of EO 14257; null for partners not listed there (they paid the 10% baseline). */
    annexI: annexEntrySchema.nullable(),
    /**
     * Rate set on 2 April 2025 by EO 14257: the Annex I rate (in force on 9 April only; from
     * 10 April all but China paid 10%), or 10 for partners not in Annex I.
     */
    april2Rate: percentSchema,
    /** Rate from 7 August 2025 (EO 14326). */
    eo14326: eo14326Schema,
    /** Latest deal or joint statement that names a rate; null when none was read. */
    deal: dealSchema.nullable(),
    /** A separate penalty order on the partner; null when there is none. */
    otherMeasure: otherMeasureSchema.nullable(),
    /** The 2026 regime after the IEEPA duties ended. */
    regime2026: regime2026Schema,
    /** 2024 trade the formula used; null for partners not matched in the Census file. */
    formula: formulaInputsSchema.nullable(),
    /** Where sources disagree or a figure needs explaining. */
    note: z.string().min(10).nullable(),
    /** The Annex I row and the EO 14326 row this record repeats. */
    citations: citationsSchema,
  })
  .superRefine((record, ctx) => {
    if (record.annexI === null && record.april2Rate !== 10) {
      ctx.addIssue({
        code: 'custom',
        path: ['april2Rate'],
        message: `a partner outside Annex I paid the 10% baseline from 5 April 2025, but april2Rate is ${record.april2Rate}`,
      });
    }
    const { eo14326 } = record;
    if (eo14326.rate === null && eo14326.rule === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['eo14326', 'rate'],
        message: 'expected a rate or, when the annex gives a rule, the rule in words',
      });
    }
    if (eo14326.basis === 'annex-i' && eo14326.nameInEo === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['eo14326', 'nameInEo'],
        message: 'a partner listed in the EO 14326 annex needs its name as written there',
      });
    }
    if (eo14326.basis === 'not-listed' && eo14326.rate !== 10) {
      ctx.addIssue({
        code: 'custom',
        path: ['eo14326', 'rate'],
        message: `partners not listed in EO 14326 pay 10%, but rate is ${eo14326.rate}`,
      });
    }
    if (record.deal && record.deal.rate === null && record.deal.rule === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['deal', 'rate'],
        message: 'a deal needs the rate it names or, failing that, its rule in words',
      });
    }
    if (record.deal && record.deal.date < '2025-04-02') {
      ctx.addIssue({
        code: 'custom',
        path: ['deal', 'date'],
        message: `deal date ${record.deal.date} is before the reciprocal tariffs were announced on 2025-04-02`,
      });
    }
    const other = record.otherMeasure;
    if (other?.effective && other.effective < other.announced) {
      ctx.addIssue({
        code: 'custom',
        path: ['otherMeasure', 'effective'],
        message: `effective date ${other.effective} is before the announcement on ${other.announced}`,
      });
    }
    const r26 = record.regime2026;
    if ((r26.section301 === null) !== (r26.section301Kind === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['regime2026', 'section301Kind'],
        message: 'expected section301Kind ("additional" or "all-in") exactly when section301 is set',
      });
    }
    const f = record.formula;
    if (f) {
      const diff = f.exports2024 - f.imports2024 - f.balance2024;
      if (Math.abs(diff) > 0.15) {
        ctx.addIssue({
          code: 'custom',
          path: ['formula', 'balance2024'],
          message: `balance2024 should equal exports2024 − imports2024 (${(f.exports2024 - f.imports2024).toFixed(1)}) within rounding, but is ${f.balance2024}`,
        });
      }
    }
  });

export const reciprocalRatesSchema = datasetFileSchema(reciprocalRateSchema);

export type ReciprocalRate = z.output<typeof reciprocalRateSchema>;
export type ReciprocalRates = z.output<typeof reciprocalRatesSchema>;
