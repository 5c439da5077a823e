import { z } from 'astro/zod';
import { frontmatterDateSchema, slugSchema } from './common';

/** Frontmatter of an MDX essay in `content/stories/<slug>.mdx`. */
export const storySchema = z.strictObject({
  /** Headline. */
  title: z.string().min(5, 'a title needs at least 5 characters'),
  /** One or two sentences for the home page, feeds and link previews. */
  summary: z.string().min(30, 'a summary needs at least 30 characters').max(300, 'keep the summary under 300 characters'),
  /** Publication date. */
  date: frontmatterDateSchema,
  /** Last substantive revision, when there was one. */
  updated: frontmatterDateSchema.optional(),
  /** Byline. */
  author: z.string().min(2),
  /** Ids of the sources the essay draws on (files in `content/sources/`). */
  sources: z.array(slugSchema).min(1, 'list at least one source id the essay draws on'),
  /** Position in the reading order (previous / next); the lowest is the lead essay. */
  order: z.number().int().min(1),
  /** Drafts build in `npm run dev` only. */
  draft: z.boolean().default(false),
});

export type Story = z.output<typeof storySchema>;
