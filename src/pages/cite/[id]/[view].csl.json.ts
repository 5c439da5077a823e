import type { APIRoute } from 'astro';
import { cslJson } from '../../../shared/cite-formats';
import { citable, citeStaticPaths } from '../../../site/citation-files';

/** CSL-JSON, what Zotero and Pandoc read; the page's button adds the reader's access date. */
export const getStaticPaths = citeStaticPaths;
export const GET: APIRoute = ({ props, site }) =>
  new Response(`${JSON.stringify(cslJson(citable(props as Parameters<typeof citable>[0], site)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
