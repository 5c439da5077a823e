import { z } from 'zod';
import { chartIds, charts } from '../charts/registry';
import { suggestion } from '../lib/suggest';

/**
 * Props of `<Chart />` in MDX. Checked twice: by the MDX plugin (with the file and line) and by
 * the component itself (so a chart placed from an .astro page is checked too).
 */
export const chartPropsSchema = z
  .strictObject({
    /** Which chart: one of the ids in src/charts/registry.ts. */
    id: z.string(),
    /** Named view; defaults to the chart's first view. */
    view: z.string().optional(),
    /** Caption override: a sentence introducing the chart in this story. */
    caption: z.string().min(10).optional(),
  })
  .superRefine((props, ctx) => {
    const chart = charts[props.id as keyof typeof charts];
    if (!chart) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `unknown chart id "${props.id}": ${suggestion(props.id, chartIds, 'chart id')}` });
      return;
    }
    if (props.view !== undefined && !chart.views.includes(props.view)) {
      ctx.addIssue({ code: 'custom', path: ['view'], message: `chart "${props.id}" has no view "${props.view}": ${suggestion(props.view, chart.views, 'view')}` });
    }
  });

export type ChartProps = z.output<typeof chartPropsSchema>;
