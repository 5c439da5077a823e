import { defaultParams } from '../charts/default-params';
import { type ChartId, chartIds, charts } from '../charts/registry';
import { type Figure, figureSchema } from '../schemas/figure';
import { formatDay } from '../shared/format';
import { EMBED_CONTENT_WIDTH, embedHeight, readoutHeight } from './embed-size';
import { renderSvg } from './render-svg';
import { getChartModel } from './site-data';

export interface ChartView {
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

/** Every chart in every view, with its figure text: the pages, embeds and downloads are made from these. */
let cachedViews: Promise<ChartView[]> | undefined;
export function allChartViews(): Promise<ChartView[]> {
  // Pages, embeds and files all ask; render once per build (always afresh in dev).
  if (import.meta.env?.DEV || !cachedViews) cachedViews = computeChartViews();
  return cachedViews;
}

async function computeChartViews(): Promise<ChartView[]> {
  const out: ChartView[] = [];
  for (const id of chartIds) {
    const chart = charts[id];
    const model = await getChartModel(id);
    const params = defaultParams(chart);
    for (const view of chart.views) {
      const figure = figureSchema.parse(chart.figure(model, view, params));
      const readout = readoutHeight(chart.stops?.(model, view, params) ?? []);
      const svg = renderSvg(chart, model, view, { width: EMBED_CONTENT_WIDTH, idPrefix: 'size', label: figure.alt, params });
      const [, , w = 1, h = 0] = (/viewBox="([^"]+)"/.exec(svg)?.[1] ?? '').split(/[\s,]+/).map(Number);
      const height = embedHeight({
        title: figure.title,
        sourceParts: [`Source: ${figure.sourceLine}`, `As of ${formatDay(figure.asOf)}. Chart page, data and downloads`],
        drawing: { width: w, height: h },
        controls: chart.explorer?.controls(model, view, params).length ?? 0,
        readout,
      });
      const table = chart.table(model, view, params);
      const rows = table.rows.map((row) => table.columns.map((c) => String(row[c.key] ?? '')));
      out.push({
        id,
        view,
        label: chart.viewLabels[view] ?? view,
        figure,
        embedHeight: height,
        readoutHeight: readout,
        tablePrints: tableFitsHandout({ width: w, height: h }, figure.description, rows),
      });
    }
  }
  return out;
}

/** The rows a chart shows in a view (its default params), for CSV and JSON downloads. */
export async function chartRows(id: ChartId, view: string) {
  const chart = charts[id];
  const model = await getChartModel(id);
  const params = defaultParams(chart);
  return chart.table(model, view, params);
}

/** One page per chart with all its views: the static paths of the chart pages and of the embeds. */
export async function chartPagePaths() {
  const views = await allChartViews();
  return chartIds.map((id) => ({ params: { id }, props: { views: views.filter((v) => v.id === id) } }));
}
