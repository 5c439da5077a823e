import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds, charts } from '../../../../charts/registry';
import { readoutJson, readoutName } from '../../../../site/readout-file';
import { getChartModel } from '../../../../site/site-data';

/**
 * The readout data of each chart view with interaction stops, in its default state (see
 * src/site/readout-file.ts). A <Chart> whose params change the stops keeps them in the page.
 */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const id of chartIds) {
    const chart = charts[id];
    if (!chart.stops) continue;
    const model = await getChartModel(id);
    const params = chart.params?.parse({}) ?? {};
    for (const view of chart.views) {
      const body = readoutJson(chart.stops(model, view, params));
      paths.push({ params: { id, name: readoutName(view, body) }, props: { body } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
