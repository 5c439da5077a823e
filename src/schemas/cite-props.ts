import { z } from 'astro/zod';
import { slugSchema } from './common';

/**
 * Props of `<Cite source="…" quote="…" />` (a short exact quote from a clean article) or
 * `<Cite doc="…" quote="…" />` (from the held text of an official document). One of the two.
 */
export const citePropsSchema = z
  .strictObject({
    /** Source id: a file in content/sources/ without `.md`. */
    source: slugSchema.optional(),
    /** Official document id in content/data/references.json whose text is held in content/documents/. */
    doc: slugSchema.optional(),
    /** The exact words; checked against the article's clean text or the document's text at build time. */
    quote: z.string().min(3).max(300, 'quotes are short: at most 300 characters'),
  })
  .refine((props) => (props.source === undefined) !== (props.doc === undefined), {
    path: ['source'],
    message: 'give either source="<article id>" or doc="<document id>", not both or neither',
  });

export type CiteProps = z.output<typeof citePropsSchema>;
