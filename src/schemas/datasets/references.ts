import { z } from 'zod';
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
    /** Date signed or released. */
    date: isoDateSchema,
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
