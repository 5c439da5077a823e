import type { APIRoute, GetStaticPaths } from 'astro';
import { type ChartId, chartIds, charts } from '../../../../charts/registry';
import { chartJson } from '../../../../shared/chart-files';
import { allChartViews, chartRows } from '../../../../site/chart-views';
import { absoluteUrl } from '../../../../site/paths';
import { SITE } from '../../../../site/site';

/** The rows one chart view shows (default state), in the same JSON layout as the in-page download. */
export const getStaticPaths = (() =>
  chartIds.flatMap((id) => charts[id].views.map((view) => ({ params: { id, view } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const id = params.id as ChartId;
  const view = params.view as string;
  const table = await chartRows(id, view);
  const figure = (await allChartViews()).find((v) => v.id === id && v.view === view)?.figure;
  const path = `/charts/${id}/${view === charts[id].views[0] ? '' : `?view=${view}`}`;
  const body = chartJson(
    {
      chart: id,
      view,
      title: figure?.title ?? '',
      url: absoluteUrl(path, site),
      params: {},
      asOf: figure?.asOf ?? '',
      source: figure?.sourceLine ?? '',
      license: SITE.licence.name,
    },
    table.columns.map((c) => ({ name: c.label, numeric: Boolean(c.numeric) })),
    table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.label, row[c.key] ?? null]))),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
