import { z } from 'astro/zod';
import { isoDateSchema, slugSchema } from './common';

/** What every dataset file says about itself, besides its records. */
export const datasetMetaSchema = z.object({
  /** Must equal the file name without `.json`; also the download name `/data/<id>.csv`. */
  id: slugSchema,
  /** Human title, used on chart pages and downloads. */
  title: z.string().min(5),
  /** What one record is and what the set covers. */
  description: z.string().min(20),
  /** Units of the numbers, e.g. "percent ad valorem" or "US$ millions, nominal, NSA". */
  units: z.string().min(2),
  /** Terms the data is under (ours: CC BY 4.0; Census: US government work). */
  license: z.string().min(2),
  /** Date the data is current to: the "as of" line under every chart built from it. */
  asOf: isoDateSchema,
  /** Vintage or release of official data, where it has one. */
  vintage: z.string().optional(),
  /** What the figures leave out, in plain words. */
  caveats: z.array(z.string()).default([]),
});

/** A dataset file: metadata plus a non-empty list of records of one shape. */
export function datasetFileSchema<Record extends z.ZodType>(record: Record) {
  return datasetMetaSchema.extend({ records: z.array(record).min(1, 'a dataset needs at least one record') });
}

export type DatasetMeta = z.output<typeof datasetMetaSchema>;
