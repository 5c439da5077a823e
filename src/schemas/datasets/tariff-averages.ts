import { z } from 'astro/zod';
import { citationsSchema, isoDateSchema, percentSchema, slugSchema } from '../common';
import { datasetFileSchema } from '../dataset';

/**
 * One published estimate of the average US tariff on a given day: the state of play a research
 * group reports, not a rate in any order. The site describes such averages (method page) and does
 * not compute them.
 */
export const tariffAverageSchema = z.strictObject({
  /** Stable id: publisher and day, e.g. "yale-budget-lab-2026-11-09". */
  id: slugSchema,
  /** Who published the estimate, e.g. "The Budget Lab at Yale". */
  publisher: z.string().min(3),
  /** `statutory`: the rates written in the orders, averaged over imports; `effective`: duties collected ÷ imports. */
  measure: z.enum(['statutory', 'effective']),
  /** The day the estimate describes. */
  date: isoDateSchema,
  /** The average, in percent, as the publisher rounds it. */
  rate: percentSchema,
  /** The average once a change the publisher says is scheduled takes effect; null when it names none. */
  scheduledRate: percentSchema.nullable(),
  /** What the scheduled change is, or that the publisher does not say. */
  scheduledNote: z.string().min(10).nullable(),
  /** What it is, in our words. */
  summary: z.string().min(20),
  citations: citationsSchema,
});

export const tariffAveragesSchema = datasetFileSchema(tariffAverageSchema);
export type TariffAverage = z.output<typeof tariffAverageSchema>;
