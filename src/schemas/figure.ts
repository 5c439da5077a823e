import { z } from 'astro/zod';
import { isoDateSchema } from './common';

/**
 * What every figure must carry besides its picture. A chart whose definition does not produce
 * all of these fails the build: a chart without alt text or a source line is not published.
 */
export const figureSchema = z.strictObject({
  /** Headline above the chart: what it shows, in a sentence or phrase. */
  title: z.string().min(10),
  /** Alt text: the chart's point in one or two sentences, for screen readers and when images fail. */
  alt: z.string().min(30).max(400),
  /** Longer description: how to read it, what stands out, what it leaves out. */
  description: z.string().min(80),
  /** Who the numbers come from, e.g. "Executive orders 14195 … ; China's Tariff Commission". */
  sourceLine: z.string().min(10),
  /** Date the data is current to. */
  asOf: isoDateSchema,
});

export type Figure = z.output<typeof figureSchema>;
