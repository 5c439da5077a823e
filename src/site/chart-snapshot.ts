import { type ChartId, charts } from '../charts/registry';
import type { ChartVersion } from '../schemas/chart-version';
import { viewDetails } from './chart-view-details';
import { renderSvg } from './render-svg';

/**
 * A chart as it is now, in the shape of a frozen version (content/chart-versions/). The SVG ids
 * carry the version date, so an archived drawing never shares an id with the live one.
 */
export function snapshotChart(id: ChartId, model: unknown, date: string): ChartVersion {
  const chart = charts[id];
  return {
    chart: id,
    date,
    views: chart.views.map((view) => {
      const prefix = `v${date.replace(/-/g, '')}-${id}-${view}`;
      const details = viewDetails(id, model, view, `${prefix}-wide`);
      const compact = renderSvg(chart, model, view, { width: 340, idPrefix: `${prefix}-compact`, label: details.figure.alt });
      return {
        view,
        label: details.label,
        figure: details.figure,
        table: { columns: details.table.columns.map((c) => ({ ...c })), rows: details.table.rows },
        svg: { compact, wide: details.wideSvg },
        // An archived embed has no readout to reserve room for: it is a picture with its data.
        embedHeight: details.embedHeight - details.readoutHeight - (details.readoutHeight ? 8 : 0),
        tablePrints: details.tablePrints,
      };
    }),
  };
}

/**
 * What a version promises to keep: the figure text and the data of every view. A change in
 * these is a new version; a change of drawing style alone is not (the archive keeps its own).
 */
export function versionContent(version: {
  views: readonly Pick<ChartVersion['views'][number], 'view' | 'label' | 'figure' | 'table'>[];
}): string {
  // Keys sorted: the same content compares equal whatever order a chart wrote its fields in.
  const sorted = (_key: string, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value;
  return JSON.stringify(
    version.views.map((v) => ({ view: v.view, label: v.label, figure: v.figure, table: v.table })),
    sorted,
  );
}
