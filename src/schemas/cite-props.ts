import { z } from 'astro/zod';
import { slugSchema } from './common';

/** Props of `<Cite source="…" quote="…" />`: a short exact quote from a clean source. */
export const citePropsSchema = z.strictObject({
  /** Source id: a file in content/sources/ without `.md`. */
  source: slugSchema,
  /** The source's exact words; checked against its clean text at build time. */
  quote: z.string().min(3).max(300, 'quotes are short: at most 300 characters'),
});

export type CiteProps = z.output<typeof citePropsSchema>;
