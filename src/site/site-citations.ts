import { getCollection } from 'astro:content';
import { buildCitationIndex, type CitationIndex } from './citation-index';

let cached: Promise<CitationIndex> | undefined;

/** The site's citation index, built once per build (every time in dev). */
export function getCitationIndex(): Promise<CitationIndex> {
  if (import.meta.env.DEV) cached = undefined;
  cached ??= getCollection('datasets').then((datasets) => buildCitationIndex(new Map(datasets.map((d) => [d.id, { data: d.data }]))));
  return cached;
}
