import { z } from 'astro/zod';
import { isoDateSchema, slugSchema, webUrlSchema } from '../common';
import { datasetFileSchema } from '../dataset';

/** An official document a record can cite with `{ "doc": "<id>" }`. */
export const referenceSchema = z
  .strictObject({
    /** Id used in citations, e.g. "eo-14257". */
    id: slugSchema,
    /** Issuing body, e.g. "The White House", "U.S. Census Bureau". */
    issuer: z.string().min(2),
    /** Title as published. */
    title: z.string().min(5),
    /** Formal identifier, e.g. "EO 14257", "Proclamation 10947", "FT-900 country.xlsx". */
    identifier: z.string().min(2),
    /** Date signed or released; for a data file known only as a copy, the day the copy was fetched (see `dateKind`). */
    date: isoDateSchema,
    /** `issued`: `date` is when the document was signed, released or published; `fetched`: when the copy we read was taken (a data file updated in place has no release date of its own). */
    dateKind: z.enum(['issued', 'fetched']).default('issued'),
    /** `month`: only the month of `date` is known (the day is a placeholder), so pages show "October 2026". */
    datePrecision: z.enum(['day', 'month']).default('day'),
    /** Date the measure applies from (to goods entered on or after it), when the document sets one; absent for statements and fact sheets. */
    effective: isoDateSchema.optional(),
    /** When the measure applies from more than one date, or the effective date needs a word of explanation. */
    effectiveNote: z.string().min(10).optional(),
    /** When `date` is approximate or is not the signing or release day: what it is instead. */
    dateNote: z.string().min(10).optional(),
    /** Where the official text is published; null when we know it only through press reports. */
    url: webUrlSchema.nullable(),
    /** Through which copy we read it, when not the URL itself. Required when `url` is null. */
    readVia: z.string().min(10).optional(),
  })
  .refine((ref) => ref.url !== null || ref.readVia !== undefined, {
    path: ['readVia'],
    message: 'a document without a URL must say through which report it was read (readVia)',
  });

export const referencesSchema = datasetFileSchema(referenceSchema);
export type Reference = z.output<typeof referenceSchema>;
