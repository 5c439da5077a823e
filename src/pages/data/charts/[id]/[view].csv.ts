import type { APIRoute, GetStaticPaths } from 'astro';
import { type ChartId, chartIds, charts } from '../../../../charts/registry';
import { toCsv } from '../../../../shared/csv';
import { chartRows } from '../../../../site/chart-views';

/** The rows one chart view shows (default state), as CSV with the table's own column labels. */
export const getStaticPaths = (() =>
  chartIds.flatMap((id) => charts[id].views.map((view) => ({ params: { id, view } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const table = await chartRows(params.id as ChartId, params.view as string);
  const rows = table.rows.map((row) => Object.fromEntries(table.columns.map((c) => [c.label, row[c.key] ?? null])));
  return new Response(
    toCsv(
      rows,
      table.columns.map((c) => c.label),
    ),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
};
