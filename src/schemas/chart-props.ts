import { z } from 'astro/zod';
import { chartIds, charts } from '../charts/registry';
import { suggestion } from '../provenance/suggest';

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
          const key = issue.path.join('.');
          // zod's "Invalid option" does not say what was written; the author needs both.
          const message = issue.code === 'invalid_value' ? notAllowed(String(params[key]), issue.values.map(String)) : issue.message;
          ctx.addIssue({ code: 'custom', path: issue.path, message: `prop "${key}" of chart "${props.id}": ${message}` });
        }
      }
    }
  });

/** `"jp" is not allowed: did you mean "JP"? …`. Short codes are all a typo apart, so only a wrong case earns a guess. */
function notAllowed(typed: string, values: string[]): string {
  const sameLetters = values.find((v) => v.toLowerCase() === typed.toLowerCase());
  const hint = sameLetters
    ? `did you mean "${sameLetters}"? Valid values: ${values.map((v) => `"${v}"`).join(', ')}`
    : typed.length > 2
      ? suggestion(typed, values, 'value')
      : `valid values: ${values.map((v) => `"${v}"`).join(', ')}`;
  return `${JSON.stringify(typed)} is not allowed: ${hint}`;
}

/** The props that are the chart's own params (everything but id, view and caption). */
export function chartParams(props: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(props).filter(([key, value]) => !chartBasePropNames.includes(key) && typeof value === 'string'),
  ) as Record<string, string>;
}

export type ChartProps = z.output<typeof chartPropsSchema>;
