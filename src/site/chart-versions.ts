import { z } from 'astro/zod';
import versions from '../../content/chart-versions.json';
import { type ChartId, chartIds } from '../charts/registry';
import { isoDateSchema } from '../schemas/common';

/**
 * When each chart was published and revised (content/chart-versions.json). The latest date is
 * the publication date its citations give; the data's own "as of" date is a different thing
 * and goes in a note.
 */
const versionsSchema = z
  .object({ $comment: z.string().optional() })
  .catchall(z.array(isoDateSchema).min(1, 'list at least the date the chart was first published'));

const parsed = versionsSchema.safeParse(versions);
if (!parsed.success) {
  const issue = parsed.error.issues[0];
  throw new Error(`content/chart-versions.json (${issue?.path.join('.')}): ${issue?.message} → fix the date list`);
}
const dates = parsed.data as Record<string, string[]>;

/** Publication date of the chart as it is now: the last date listed for it. */
export function publishedDate(id: ChartId): string {
  const list = dates[id];
  if (!list) throw new Error(`content/chart-versions.json (${id}): no dates for this chart → add "${id}": ["YYYY-MM-DD"]`);
  return [...list].sort().at(-1) as string;
}

/** Every chart listed: a new chart without a date fails the build, naming it. */
for (const id of chartIds) publishedDate(id);
