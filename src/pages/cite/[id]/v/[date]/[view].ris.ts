import type { APIRoute } from 'astro';
import { ris } from '../../../../../shared/cite-formats';
import { citable, versionCitePaths } from '../../../../../site/citation-files';

/** RIS for Zotero, EndNote and Mendeley; the page's button adds the reader's access date. Archived version. */
export const getStaticPaths = versionCitePaths;
export const GET: APIRoute = ({ props, site }) =>
  new Response(ris(citable(props as Parameters<typeof citable>[0], site)), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
