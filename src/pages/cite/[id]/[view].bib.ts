import type { APIRoute } from 'astro';
import { bibtex } from '../../../shared/cite-formats';
import { citable, citeStaticPaths } from '../../../site/citation-files';

/** BibTeX for LaTeX users; the page's button adds the reader's access date. */
export const getStaticPaths = citeStaticPaths;
export const GET: APIRoute = ({ props, site }) =>
  new Response(`${bibtex(citable(props as Parameters<typeof citable>[0], site))}\n`, {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
