import { defaultParams } from '../charts/default-params';
import { type ChartId, charts } from '../charts/registry';
import type { ChartTable } from '../charts/types';
import { type Figure, figureSchema } from '../schemas/figure';
import { formatDay } from '../shared/format';
import { EMBED_CONTENT_WIDTH, embedHeight, readoutHeight } from './embed-size';
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
  /** Whether the data table still fits on a one-page handout under the drawing. */
  tablePrints: boolean;
  table: ChartTable;
  /** The wide drawing, rendered at the embed's content width. */
  wideSvg: string;
}

/**
 * A4 at 10 mm margins is about 1,040 CSS px tall and 718 wide. The drawing takes its wide
 * height (at most 150 mm, 567 px), the title, source, licence, link and citation about 300 px,
 * the description a 10 px line per 150 characters, and each table row of 6 pt type a 9 px line
 * per 150 characters of its cells (long text cells wrap) plus 2 px.
 */
export function tableFitsHandout(drawing: { width: number; height: number }, description: string, rows: string[][]): boolean {
  const drawn = Math.min(567, (drawing.height * 718) / drawing.width);
  const about = Math.ceil(description.length / 150) * 10;
  const table = 12 + rows.reduce((sum, cells) => sum + Math.max(1, Math.ceil(cells.join('  ').length / 150)) * 9 + 2, 0);
  return drawn + 300 + about + table <= 1000;
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
  const figure = figureSchema.parse(chart.figure(model, view, params));
  const readout = readoutHeight(chart.stops?.(model, view, params) ?? []);
  const wideSvg = renderSvg(chart, model, view, { width: EMBED_CONTENT_WIDTH, idPrefix, label: figure.alt, params });
  const drawing = svgSize(wideSvg);
  const table = chart.table(model, view, params);
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
    tablePrints: tableFitsHandout(
      drawing,
      figure.description,
      table.rows.map((row) => table.columns.map((c) => String(row[c.key] ?? ''))),
    ),
    table,
    wideSvg,
  };
}
