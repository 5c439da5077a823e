import { z } from 'astro/zod';
import { numFormats } from '../shared/num-format';
import { slugSchema } from './common';

/**
 * Props of `<Num dataset="…" record="…" field="…" format="…" />`: a number (or date) in an essay,
 * taken from one field of one dataset record, so the prose can never drift from the data.
 */
export const numPropsSchema = z.strictObject({
  /** Dataset id: a file in content/data/ without `.json`. */
  dataset: slugSchema,
  /** Record id within the dataset. */
  record: z.string().min(1),
  /** Field of the record; dotted for nested fields, e.g. "components.fentanyl" or "eo14326.rate". */
  field: z.string().regex(/^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/, 'a field name, dotted for nested fields, e.g. "eo14326.rate"'),
  /** How to write it: percent, billions (from US$ millions), millions, number, date, day, month, year. */
  format: z.enum(numFormats, { error: `format must be one of ${numFormats.join(', ')}` }),
  /** Decimal places for billions, millions and non-integer percents (default 1). */
  digits: z.enum(['0', '1', '2']).optional(),
  /** Keep the minus sign of a negative balance ("−$295.4 billion"); by default prose drops it. */
  signed: z.enum(['true', 'false']).optional(),
});

/** Props of `<Doc id="…">text</Doc>`: names an official document from references.json, linked to its text. */
export const docPropsSchema = z.strictObject({
  /** Reference id in content/data/references.json, e.g. "eo-14257". */
  id: slugSchema,
});

export type NumProps = z.output<typeof numPropsSchema>;
