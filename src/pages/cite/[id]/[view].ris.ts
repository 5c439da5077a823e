import type { APIRoute } from 'astro';
import { ris } from '../../../shared/cite-formats';
import { citable, citeStaticPaths } from '../../../site/citation-files';

/** RIS for Zotero, EndNote and Mendeley; the page's button adds the reader's access date. */
export const getStaticPaths = citeStaticPaths;
export const GET: APIRoute = ({ props, site }) =>
  new Response(ris(citable(props as Parameters<typeof citable>[0], site)), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
