import type { APIRoute, GetStaticPaths } from 'astro';
import { defaultParams } from '../../charts/default-params';
import { type ChartId, chartIds, charts } from '../../charts/registry';
import { findComponents } from '../../provenance/story-lint';
import { ogImage } from '../../site/og-image';
import { renderSvg } from '../../site/render-svg';
import { getChartModel } from '../../site/site-data';
import { getStories } from '../../site/stories';

/** Link-preview pictures: /og/stories/<slug>.png and /og/charts/<id>.png. */
export const getStaticPaths = (async () => {
  const stories = await getStories();
  return [
    ...stories.map((story) => {
      const firstChart = findComponents(story.body ?? '').find((u) => (u.name === 'Chart' || u.name === 'Scrolly') && 'props' in u);
      const chart = firstChart && 'props' in firstChart ? (firstChart.props.id ?? firstChart.props.chart) : undefined;
      return {
        params: { path: `stories/${story.id}` },
        props: {
          kicker: 'Story',
          title: story.data.title,
          subtitle: story.data.summary,
          chart,
          where: story.filePath ?? `story ${story.id}`,
        },
      };
    }),
    ...chartIds.map((id) => ({
      params: { path: `charts/${id}` },
      props: { kicker: 'Chart', title: '', subtitle: undefined, chart: id, where: `chart ${id}` },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { kicker, subtitle, where } = props as { kicker: string; title: string; subtitle?: string; chart?: string; where: string };
  let { title } = props as { title: string };
  const chartId = (props as { chart?: string }).chart as ChartId | undefined;
  let chartSvg: string | undefined;
  if (chartId && charts[chartId]) {
    const chart = charts[chartId];
    const model = await getChartModel(chartId);
    const view = chart.views[0];
    const params = defaultParams(chart);
    const figure = chart.figure(model, view, params);
    title ||= figure.title;
    // Labelled as on the chart's page, whichever page the picture is for: the label is dropped
    // from the picture, and this way one drawing serves the chart's page, its picture and the
    // picture of every story that opens with it (build-cache.ts), instead of one per story.
    chartSvg = renderSvg(chart, model, view, { width: 680, idPrefix: 'og', label: figure.alt, params });
  }
  const png = ogImage({ kicker, title, where, ...(chartSvg ? { chartSvg } : {}), ...(subtitle ? { subtitle } : {}) });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
