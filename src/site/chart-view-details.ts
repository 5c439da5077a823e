import { defaultParams } from '../charts/default-params';
import { type ChartId, charts } from '../charts/registry';
import type { ChartTable } from '../charts/types';
import { parseOrThrow } from '../provenance/error-map';
import { type Figure, figureSchema } from '../schemas/figure';
import { formatDay } from '../shared/format';
import { EMBED_CONTENT_WIDTH, embedHeight, readoutHeight } from './embed-size';
import { handoutLayout } from './handout-size';
import { renderSvg } from './render-svg';

/** What pages, embeds, files and archived versions need to know of one chart view. */
export interface ViewDetails {
  id: ChartId;
  view: string;
  label: string;
  figure: Figure;
  /** Frame height of this view's embed at the typical width (see embed-size.ts). */
  embedHeight: number;
  /** Height the embed reserves for the readout of its tallest stop (0 without one). */
  readoutHeight: number;
  /** Whether the data table still fits on a one-page handout under the drawing (handout-size.ts). */
  tablePrints: boolean;
  /** The tallest the drawing may print on that handout, in mm. */
  printDrawingMm: number;
  table: ChartTable;
  /** The wide drawing, rendered at the embed's content width. */
  wideSvg: string;
}

/**
 * A chart's figure text (title, alt, description, source line, date), checked: a chart whose
 * figure() leaves one out stops the build naming the chart and view, not with a zod dump.
 */
export function chartFigure<Params>(id: ChartId, model: unknown, view: string, params: Params): Figure {
  const chart = charts[id] as { figure: (model: unknown, view: string, params: Params) => unknown };
  return parseOrThrow(
    figureSchema,
    chart.figure(model, view, params),
    `src/charts/${id} (figure of view "${view}")`,
    "the chart's figure() must give every field of src/schemas/figure.ts",
  );
}

/** The size of a rendered SVG from its viewBox. */
export function svgSize(svg: string): { width: number; height: number } {
  const [, , width = 1, height = 0] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(/[\s,]+/).map(Number);
  return { width, height };
}

/** One view of a chart in its default settings. Pure given the model: usable by scripts too. */
export function viewDetails(id: ChartId, model: unknown, view: string, idPrefix = 'size'): ViewDetails {
  const chart = charts[id];
  const params = defaultParams(chart);
  const figure = chartFigure(id, model, view, params);
  const readout = readoutHeight(chart.stops?.(model, view, params) ?? []);
  const wideSvg = renderSvg(chart, model, view, { width: EMBED_CONTENT_WIDTH, idPrefix, label: figure.alt, params });
  const drawing = svgSize(wideSvg);
  const table = chart.table(model, view, params);
  const handout = handoutLayout({
    title: figure.title,
    source: `Source: ${figure.sourceLine}`,
    description: figure.description,
    drawing,
    rows: table.rows.map((row) => table.columns.map((c) => String(row[c.key] ?? ''))),
  });
  return {
    id,
    view,
    label: chart.viewLabels[view] ?? view,
    figure,
    embedHeight: embedHeight({
      title: figure.title,
      sourceParts: [`Source: ${figure.sourceLine}`, `As of ${formatDay(figure.asOf)}. Chart page, data and downloads`],
      drawing,
      controls: chart.explorer?.controls(model, view, params).length ?? 0,
      readout,
    }),
    readoutHeight: readout,
    tablePrints: handout.table,
    printDrawingMm: handout.drawingMm,
    table,
    wideSvg,
  };
}
