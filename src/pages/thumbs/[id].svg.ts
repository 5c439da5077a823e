import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { defaultParams } from '../../charts/default-params';
import { type ChartId, chartIds, charts } from '../../charts/registry';
import { renderSvg } from '../../site/render-svg';
import { getChartModel } from '../../site/site-data';

/**
 * Gallery thumbnails: /thumbs/<id>.svg is the chart itself in its phone rendering (legible at
 * card size, unlike a scaled-down share card), as a standalone SVG that carries the site's
 * colours, so it follows the reader's light or dark scheme inside an <img>.
 */
export const getStaticPaths = (() => chartIds.map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

// Every `--name: light-dark(…)` of the page, so the picture resolves the same variables.
const colours = [...readFileSync('src/styles/global.css', 'utf8').matchAll(/^\s*(--[\w-]+:\s*light-dark\([^)]*\));/gm)]
  .map((m) => m[1])
  .join(';');
const style = `svg{color-scheme:light dark;${colours};--font-ui:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;background:var(--bg);color:var(--text);font-family:var(--font-ui);font-size:12px}text{white-space:pre}`;

export const GET: APIRoute = async ({ params }) => {
  const id = params.id as ChartId;
  const chart = charts[id];
  const model = await getChartModel(id);
  const view = chart.views[0];
  const chartParams = defaultParams(chart);
  const title = chart.figure(model, view, chartParams).title;
  const svg = renderSvg(chart, model, view, { width: 340, idPrefix: `thumb-${id}`, label: title, params: chartParams });
  // A standalone SVG file needs its namespace; Plot writes one, hand-built charts do not.
  const named = /^<svg\b[^>]*\sxmlns="/.test(svg) ? svg : svg.replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"');
  const out = named.replace(/(<svg\b[^>]*>)/, `$1<style>${style}</style>`);
  return new Response(out, { headers: { 'Content-Type': 'image/svg+xml' } });
};
