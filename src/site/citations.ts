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
        const where = citation.locator ? `, ${citation.locator}` : '';
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
