import type { APIRoute, GetStaticPaths } from 'astro';
import { type ChartId, chartIds, charts } from '../../../../charts/registry';
import { chartRows } from '../../../../site/chart-views';

/** The rows one chart view shows (default state), as JSON: column definitions plus rows. */
export const getStaticPaths = (() =>
  chartIds.flatMap((id) => charts[id].views.map((view) => ({ params: { id, view } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const table = await chartRows(params.id as ChartId, params.view as string);
  return new Response(`${JSON.stringify({ chart: params.id, view: params.view, ...table }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
