import { z } from 'astro/zod';
import { isoDateSchema, slugSchema } from './common';
import { figureSchema } from './figure';

/** One view of a chart as it was published on a date: everything its archived page shows. */
export const chartVersionViewSchema = z.strictObject({
  /** View name, as in `?view=`. */
  view: z.string().min(1),
  /** Label of the view's tab. */
  label: z.string().min(1),
  /** Title, alt text, description, source line and as-of date as published. */
  figure: figureSchema,
  /** The data table (default settings), also the archived CSV and JSON. */
  table: z.strictObject({
    columns: z.array(z.strictObject({ key: z.string(), label: z.string(), numeric: z.boolean().optional() })).min(1),
    rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))),
  }),
  /** The drawing as published, at the phone and the column width. */
  svg: z.strictObject({ compact: z.string().startsWith('<svg'), wide: z.string().startsWith('<svg') }),
  /** Frame height of the archived embed at the typical width. */
  embedHeight: z.number().int().positive(),
  /** Whether the table fits on a one-page handout. */
  tablePrints: z.boolean(),
});

/**
 * A frozen version of a chart (content/chart-versions/<chart>/<date>.json), written by
 * `npm run snapshot:charts` when the chart's data or text change. Archived pages, embeds and
 * data files are built from this file alone, so they never change when live data are revised.
 */
export const chartVersionSchema = z.strictObject({
  /** Chart id; must equal the folder name. */
  chart: slugSchema,
  /** Publication date of this version; must equal the file name. */
  date: isoDateSchema,
  views: z.array(chartVersionViewSchema).min(1),
});

export type ChartVersion = z.output<typeof chartVersionSchema>;
export type ChartVersionView = z.output<typeof chartVersionViewSchema>;
