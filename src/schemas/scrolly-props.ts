import { z } from 'astro/zod';
import { chartPropsSchema } from './chart-props';

/**
 * `<Scrolly chart="us-china-escalation">` … `</Scrolly>`: a chart that stays in view while the
 * `<Step>`s inside it scroll past, each highlighting one event of the chart.
 */
export const scrollyPropsSchema = z
  .strictObject({
    /** Chart id; the chart must have interaction stops. */
    chart: z.string(),
    /** View of the chart. */
    view: z.string().optional(),
  })
  .superRefine((props, ctx) => {
    const result = chartPropsSchema.safeParse({ id: props.chart, ...(props.view ? { view: props.view } : {}) });
    if (!result.success)
      for (const issue of result.error.issues)
        ctx.addIssue({ code: 'custom', path: [issue.path[0] === 'id' ? 'chart' : String(issue.path[0])], message: issue.message });
  });

/** `<Step event="us-2025-04-10">…</Step>`: a passage of a scrolly that highlights one event (a record id of the chart's data). */
export const stepPropsSchema = z.strictObject({
  /** Id of the record the step is about, e.g. "us-2025-04-10". */
  event: z.string().min(1),
});

/** `<HowWeKnow>…</HowWeKnow>`: a note on where a fact comes from, where sources disagree, or an error in a source. */
export const howWeKnowPropsSchema = z.strictObject({
  /** Heading of the note; defaults to "How we know". */
  title: z.string().min(3).optional(),
});
