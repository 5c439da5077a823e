import { z } from 'astro/zod';

/** A sentence (or part of one) quoted from a clean source; must occur in its text. */
export const quoteCitationSchema = z.strictObject({
  /** Id of a source in `content/sources/` (file name without `.md`). */
  source: z.string().regex(/^[a-z0-9-]+$/, 'a source id is lower-case words joined by hyphens'),
  /** Exact words from the source: short, verbatim (whitespace, quote marks and dashes are normalised). */
  quote: z.string().min(3).max(400, 'quotes are short: at most 400 characters'),
});

/** An official document from `content/data/references.json`. */
export const documentCitationSchema = z.strictObject({
  /** Id of a reference, e.g. `eo-14257`. */
  doc: z.string().regex(/^[a-z0-9-]+$/, 'a reference id is lower-case words joined by hyphens'),
  /** Where in the document: section, annex row, table cell. */
  locator: z.string().optional(),
  /**
   * The document's exact words, when the record rests on a sentence of it. Checked against the held
   * copy in `content/documents/<doc>.md` like an article quote; a document whose text is not held cannot be quoted.
   */
  quote: z.string().min(3).max(400, 'quotes are short: at most 400 characters').optional(),
});

/** Where a number comes from. Every record carries at least one. */
export const citationSchema = z.union([quoteCitationSchema, documentCitationSchema]);

export type QuoteCitation = z.output<typeof quoteCitationSchema>;
export type DocumentCitation = z.output<typeof documentCitationSchema>;
export type Citation = z.output<typeof citationSchema>;
