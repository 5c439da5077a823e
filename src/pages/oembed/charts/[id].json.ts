import type { APIRoute, GetStaticPaths } from 'astro';
import type { ChartId } from '../../../charts/registry';
import { chartPagePaths } from '../../../site/chart-views';
import { absoluteUrl } from '../../../site/paths';
import { SITE } from '../../../site/site';

/**
 * oEmbed (https://oembed.com/) for each chart page, type "rich": a CMS that speaks oEmbed
 * (WordPress, Ghost, Discourse) finds it through the page's <link rel="alternate"> and embeds the
 * chart from its URL alone. Static, so the iframe is the default view; the height is the one the
 * embed code carries (see embed-size.ts). Addresses come from SITE_URL.
 */
export const getStaticPaths = chartPagePaths satisfies GetStaticPaths;

const OEMBED_WIDTH = 712;

export const GET: APIRoute = ({ params, props, site }) => {
  const id = params.id as ChartId;
  const [first] = (props as Awaited<ReturnType<typeof chartPagePaths>>[number]['props']).views;
  if (!first) throw new Error(`oEmbed: chart ${id} has no views`);
  const title = first.figure.title;
  const src = absoluteUrl(`/embed/${id}/`, site);
  const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const body = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: SITE.name,
    provider_url: absoluteUrl('/', site),
    author_name: SITE.name,
    author_url: absoluteUrl('/', site),
    html: `<iframe src="${src}" title="${attr(title)}" width="${OEMBED_WIDTH}" height="${first.embedHeight}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    width: OEMBED_WIDTH,
    height: first.embedHeight,
    thumbnail_url: absoluteUrl(`/og/charts/${id}.png`, site),
    thumbnail_width: 1200,
    thumbnail_height: 630,
    cache_age: 86400,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
