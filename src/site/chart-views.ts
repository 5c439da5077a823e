import { defaultParams } from '../charts/default-params';
import { type ChartId, chartIds, charts } from '../charts/registry';
import { type Figure, figureSchema } from '../schemas/figure';
import { getChartModel } from './site-data';

export interface ChartView {
  id: ChartId;
  view: string;
  label: string;
  figure: Figure;
}

/** Every chart in every view, with its figure text: the pages, embeds and downloads are made from these. */
export async function allChartViews(): Promise<ChartView[]> {
  const out: ChartView[] = [];
  for (const id of chartIds) {
    const chart = charts[id];
    const model = await getChartModel(id);
    const params = defaultParams(chart);
    for (const view of chart.views) {
      out.push({ id, view, label: chart.viewLabels[view] ?? view, figure: figureSchema.parse(chart.figure(model, view, params)) });
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
