import { z } from 'zod';
import { chartIds, charts } from '../charts/registry';
import { suggestion } from '../lib/suggest';

/** Props every `<Chart>` takes; any other prop is one of the chart's own params (partner, date…). */
const baseProps = {
  /** Which chart: one of the ids in src/charts/registry.ts. */
  id: z.string(),
  /** Named view; defaults to the chart's first view. */
  view: z.string().optional(),
  /** A sentence introducing the chart in this story, shown above its title. */
  caption: z.string().min(10).optional(),
};
export const chartBasePropNames = Object.keys(baseProps);

/**
 * Props of `<Chart />` in MDX. Checked twice: by the story linter (with the file and line) and by
 * the component itself (so a chart placed from an .astro page is checked too).
 */
export const chartPropsSchema = z
  .object(baseProps)
  .catchall(z.string())
  .superRefine((props, ctx) => {
    const chart = charts[props.id as keyof typeof charts];
    if (!chart) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `unknown chart id "${props.id}": ${suggestion(props.id, chartIds, 'chart id')}`,
      });
      return;
    }
    if (props.view !== undefined && !chart.views.includes(props.view)) {
      ctx.addIssue({
        code: 'custom',
        path: ['view'],
        message: `chart "${props.id}" has no view "${props.view}": ${suggestion(props.view, chart.views, 'view')}`,
      });
    }
    const params = chartParams(props);
    const schema = chart.params as z.ZodObject | undefined;
    const allowed = schema ? Object.keys(schema.shape) : [];
    for (const key of Object.keys(params)) {
      if (!allowed.includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `unknown prop "${key}" for chart "${props.id}": ${suggestion(key, [...chartBasePropNames, ...allowed], 'prop')}`,
        });
      }
    }
    if (schema) {
      const result = schema.safeParse(params);
      if (!result.success) {
        for (const issue of result.error.issues) {
          if (issue.code === 'unrecognized_keys') continue;
          ctx.addIssue({
            code: 'custom',
            path: issue.path,
            message: `prop "${issue.path.join('.')}" of chart "${props.id}": ${issue.message}`,
          });
        }
      }
    }
  });

/** The props that are the chart's own params (everything but id, view and caption). */
export function chartParams(props: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(props).filter(([key, value]) => !chartBasePropNames.includes(key) && typeof value === 'string'),
  ) as Record<string, string>;
}

export type ChartProps = z.output<typeof chartPropsSchema>;
