import type { CitationResolver, ShownCitation } from '../charts/types';
import type { Reference } from '../schemas/datasets/references';
import { formatDay } from '../shared/format';
import { href } from './paths';

export interface SourceMeta {
  title: string;
  publisher: string;
  published: string;
}

/** Builds the resolver charts and pages use to show citations as text with links. */
export function makeCitationResolver(references: readonly Reference[], sources: ReadonlyMap<string, SourceMeta>): CitationResolver {
  const byId = new Map(references.map((r) => [r.id, r]));
  return (citations) =>
    citations.map((citation): ShownCitation => {
      if ('doc' in citation) {
        const ref = byId.get(citation.doc);
        if (!ref) throw new Error(`unknown reference "${citation.doc}" (datasets are validated before charts run)`);
        const locator = citation.locator && readerLocator(citation.locator);
        const where = locator ? `, ${locator}` : '';
        return {
          label: `${ref.identifier}${where}: ${ref.title} (${ref.issuer}, ${formatDay(ref.date)})`,
          ...(ref.url ? { href: ref.url } : {}),
        };
      }
      const source = sources.get(citation.source);
      if (!source) throw new Error(`unknown source "${citation.source}" (datasets are validated before charts run)`);
      return {
        label: `${source.publisher}, ${formatDay(source.published)}`,
        quote: citation.quote,
        href: href(`/sources/${citation.source}/`),
      };
    });
}

/**
 * The part of a locator a reader can use. Dataset locators also name the pipeline's own files and
 * positions ("trade_by_country_2025_selected.json, country_code CHN, exports[11]", "CTY_CODE 5700",
 * a column such as "IOCT"), which mean
 * nothing on the page; those comma-separated parts are dropped, the rest ("sheet …", "Annex I,
 * row …", "release fetched about October 2026") is kept.
 */
export function readerLocator(locator: string): string {
  const internal = /\.(json|csv|xlsx?|txt)\b|\b[A-Za-z]+_[A-Za-z_]+\b|\[\d+\]|^[A-Z]{3,6}$/;
  return locator
    .split(/,\s+(?![^(]*\))/)
    .filter((part) => !internal.test(part.trim()))
    .join(', ');
}
