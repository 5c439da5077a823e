import { z } from 'astro/zod';
import { isoDateSchema, webUrlSchema } from './common';

/** A passage in a source's text that is wrong or misleading, kept verbatim and explained. */
export const knownIssueSchema = z.object({
  /** Exact words from the clean text (checked by ingest). */
  quote: z.string().min(3),
  /** What is wrong, in our words. */
  issue: z.string().min(10),
  /** What the passage should say, when that is known. */
  correction: z.string().nullable().default(null),
});

/**
 * Frontmatter of a clean source in `content/sources/<id>.md`. The body holds the clean
 * paragraphs, one per block, which quotes are matched against.
 */
export const sourceSchema = z
  .object({
    /** Headline as published. */
    title: z.string().min(5),
    /** Outlet, e.g. "Kyodo News". */
    publisher: z.string().min(2),
    /** `stated`: the page prints or declares the outlet; `inferred`: identified from elsewhere (see publisherNote); `unknown`: not identified. */
    publisherBasis: z.enum(['stated', 'inferred', 'unknown']).default('stated'),
    /** How an inferred publisher was identified; null otherwise. */
    publisherNote: z.string().min(10).nullable().default(null),
    /** Byline when the page gives one. */
    author: z.string().nullable().default(null),
    /** `stated`: the byline the page prints or declares; `inferred`: attributed from elsewhere (see authorNote); null without an author. */
    authorBasis: z.enum(['stated', 'inferred']).nullable().default(null),
    /** How an inferred author was identified; null otherwise. */
    authorNote: z.string().min(10).nullable().default(null),
    /** Publication date, ISO `YYYY-MM-DD`. Required: a source without a date cannot be cited. */
    published: isoDateSchema,
    /** `stated`: the page gives the date; `inferred`: we worked it out from the text. */
    dateBasis: z.enum(['stated', 'inferred']),
    /** How the date was found: the stated timestamp, or the reasoning for an inferred date. */
    dateNote: z.string().min(10),
    /** Original address of the article, or null when the scrape does not record it. */
    url: webUrlSchema.nullable(),
    /** Address of the copy the raw file was scraped from (an aggregator or reposting site) when that is not `url`; null when unknown. */
    copyUrl: webUrlSchema.nullable().default(null),
    /** BCP 47 language tag of the text. */
    language: z.string().min(2).default('en'),
    /** The raw file under `content/sources/raw/` this source was cleaned from: a text scrape or a saved web page, kept verbatim. */
    rawFile: z.string().regex(/^[\w.-]+\.(?:txt|html?)$/),
    /** Errors and oddities in the text, each with its quote. */
    knownIssues: z.array(knownIssueSchema).default([]),
  })
  .superRefine((source, ctx) => {
    if (source.publisherBasis === 'inferred' && source.publisherNote === null)
      ctx.addIssue({ code: 'custom', path: ['publisherNote'], message: 'an inferred publisher needs its reason' });
    if (source.authorBasis === 'inferred' && source.authorNote === null)
      ctx.addIssue({ code: 'custom', path: ['authorNote'], message: 'an inferred author needs its reason' });
    if (source.dateBasis === 'inferred' && !/\d{4}/.test(source.dateNote)) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateNote'],
        message: 'an inferred date needs its reasoning, naming the dates it was worked out from',
      });
    }
  });

export type Source = z.output<typeof sourceSchema>;
export type KnownIssue = z.output<typeof knownIssueSchema>;
