import { defaultParams } from '../charts/default-params';
import { type ChartId, chartIds, charts } from '../charts/registry';
import { versionContent } from './chart-snapshot';
import { latestVersion } from './chart-versions';
import { type ViewDetails, viewDetails } from './chart-view-details';
import { getChartModel } from './site-data';

export type ChartView = Omit<ViewDetails, 'table' | 'wideSvg'>;

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
    const model = await getChartModel(id);
    const live = charts[id].views.map((view) => viewDetails(id, model, view));
    for (const { table: _table, wideSvg: _svg, ...details } of live) out.push(details);
    // Citations give the latest version's date: say loudly when the chart has moved on from it.
    const latest = latestVersion(id);
    if (versionContent(latest) !== versionContent({ views: live })) {
      console.warn(
        `\n!! Chart ${id}: its data or text changed since its version of ${latest.date}. Run \`npm run snapshot:charts\` so the archive and citations carry the new version.\n`,
      );
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
