import { chartIds, charts } from '../charts/registry';
import type { ChartVersion } from '../schemas/chart-version';
import { chartJson } from '../shared/chart-files';
import { toCsv } from '../shared/csv';
import { chartVersions } from './chart-versions';
import { absoluteUrl } from './paths';
import { SITE } from './site';

/** One data file per chart, version and view: /data/charts/<id>/v/<date>/<view>.csv|.json. */
export function versionViewPaths() {
  return chartIds.flatMap((id) =>
    chartVersions(id).flatMap((version) =>
      version.views.map((v) => ({ params: { id, date: version.date, view: v.view }, props: { version, view: v.view } })),
    ),
  );
}

function frozenView(version: ChartVersion, view: string) {
  const v = version.views.find((x) => x.view === view);
  if (!v) throw new Error(`content/chart-versions/${version.chart}/${version.date}.json: no view ${view}`);
  return v;
}

/** The archived rows as CSV: the same columns as the live file had that day. */
export function versionCsv(version: ChartVersion, view: string): string {
  const { table } = frozenView(version, view);
  const rows = table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.label, row[c.key] ?? null])));
  return toCsv(
    rows,
    table.columns.map((c) => c.label),
  );
}

/** The archived rows as JSON, in the one layout of the live files. */
export function versionJson(version: ChartVersion, view: string, site: URL | undefined): string {
  const { table, figure } = frozenView(version, view);
  const first = charts[version.chart as keyof typeof charts]?.views[0];
  return chartJson(
    {
      chart: version.chart,
      view,
      title: figure.title,
      url: absoluteUrl(`/charts/${version.chart}/v/${version.date}/${view === first ? '' : `?view=${view}`}`, site),
      params: {},
      asOf: figure.asOf,
      source: figure.sourceLine,
      license: SITE.licence.name,
    },
    table.columns.map((c) => ({ name: c.label, numeric: Boolean(c.numeric) })),
    table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.label, row[c.key] ?? null]))),
  );
}
