import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds, charts } from '../../../../charts/registry';
import { readoutJson, readoutName } from '../../../../site/readout-file';
import { getChartModel } from '../../../../site/site-data';

/**
 * The readout data of each chart view with interaction stops, in its default state, named by
 * content (see
 * src/site/readout-file.ts). A <Chart> whose params change the stops keeps them in the page.
 */
export const getStaticPaths = (async () => {
  const paths = new Map<string, { params: { id: string; name: string }; props: { body: string } }>();
  for (const id of chartIds) {
    const chart = charts[id];
    if (!chart.stops) continue;
    const model = await getChartModel(id);
    const params = chart.params?.parse({}) ?? {};
    for (const view of chart.views) {
      const body = readoutJson(chart.stops(model, view, params));
      const name = readoutName(body);
      // Views with the same stops share one file.
      paths.set(`${id}/${name}`, { params: { id, name }, props: { body } });
    }
  }
  return [...paths.values()];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
