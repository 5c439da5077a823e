import { getCollection } from 'astro:content';
import { type ChartId, charts } from '../charts/registry';
import type { CitationResolver, DatasetAccess } from '../charts/types';
import { type DocumentText, readDocumentTexts } from '../provenance/document-texts';
import { makeCitationResolver } from './citations';
import { datasetAccess } from './dataset-access';

interface SiteData {
  data: DatasetAccess;
  cite: CitationResolver;
}

let cached: Promise<SiteData> | undefined;
const models = new Map<ChartId, unknown>();

/** Validated datasets and a citation resolver, loaded once per build from the content collections. */
export function getSiteData(): Promise<SiteData> {
  // In dev, content edits must show without a restart, so nothing is cached there.
  if (import.meta.env.DEV) cached = undefined;
  cached ??= (async () => {
    const [datasets, sources] = await Promise.all([getCollection('datasets'), getCollection('sources')]);
    const data = datasetAccess(new Map(datasets.map((d) => [d.id, { data: d.data }])));
    const sourceMeta = new Map(sources.map((s) => [s.id, s.data]));
    const held = new Set(getHeldDocuments().keys());
    return { data, cite: makeCitationResolver(data('references').records, sourceMeta, held) };
  })();
  return cached;
}

/** A chart's model, computed once per build however many pages show the chart. */
export async function getChartModel(id: ChartId): Promise<unknown> {
  if (import.meta.env.DEV || !models.has(id)) {
    const { data, cite } = await getSiteData();
    models.set(id, charts[id].model(data, cite));
  }
  return models.get(id);
}

let documents: Map<string, DocumentText> | undefined;

/** The held official documents (content/documents/), read once per build and on every request in dev. */
export function getHeldDocuments(): Map<string, DocumentText> {
  if (import.meta.env.DEV || !documents) documents = readDocumentTexts();
  return documents;
}
