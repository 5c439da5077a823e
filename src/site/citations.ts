import type { CitationResolver, ShownCitation } from '../charts/types';
import type { Reference } from '../schemas/datasets/references';
import { formatDay, formatDayLong, formatMonth } from '../shared/format';
import { attributionLabel, type LabelledSource } from '../shared/source-label';
import { href } from './paths';
import { quoteAnchor } from './quote-anchor';

export interface SourceMeta extends LabelledSource {
  title: string;
  published: string;
}

/**
 * A reference's date as readers should take it: "9 Apr 2025" for a signed or released document;
 * "copy fetched 3 Apr 2025" or "copy fetched October 2026" for a data file we know only as a copy,
 * whose date is not a publication date.
 */
export function referenceDate(ref: Pick<Reference, 'date' | 'dateKind' | 'datePrecision'>, long = false): string {
  const day = ref.datePrecision === 'month' ? formatMonth(ref.date) : long ? formatDayLong(ref.date) : formatDay(ref.date);
  return ref.dateKind === 'fetched' ? `copy fetched ${day}` : day;
}

/** A reference's one-line name: "EO 14266: Modifying … (The White House, 9 Apr 2025)". */
export function referenceLabel(ref: Reference, locator?: string): string {
  return `${ref.identifier}${locator ? `, ${locator}` : ''}: ${ref.title} (${ref.issuer}, ${referenceDate(ref)})`;
}

/** The same without the title: "EO 14195, sec. 2(a) (The White House, 1 Feb 2025)". */
export function referenceShortLabel(ref: Reference, locator?: string): string {
  return `${ref.identifier}${locator ? `, ${locator}` : ''} (${ref.issuer}, ${referenceDate(ref)})`;
}

/**
 * Builds the resolver charts and pages use to show citations as text with links. A document whose
 * text is held (`heldDocuments`) links to its page on this site, at the quoted passage when there
 * is one; any other document links to its published address.
 */
export function makeCitationResolver(
  references: readonly Reference[],
  sources: ReadonlyMap<string, SourceMeta>,
  heldDocuments: ReadonlySet<string> = new Set(),
): CitationResolver {
  const byId = new Map(references.map((r) => [r.id, r]));
  return (citations) =>
    citations.map((citation): ShownCitation => {
      if ('doc' in citation) {
        const ref = byId.get(citation.doc);
        if (!ref) throw new Error(`unknown reference "${citation.doc}" (datasets are validated before charts run)`);
        const locator = citation.locator && readerLocator(citation.locator);
        const label = referenceLabel(ref, locator || undefined);
        const shortLabel = referenceShortLabel(ref, locator || undefined);
        if (heldDocuments.has(ref.id)) {
          const anchor = citation.quote ? `#${quoteAnchor(citation.quote)}` : '';
          return {
            kind: 'document',
            label,
            shortLabel,
            ...(citation.quote ? { quote: citation.quote } : {}),
            href: href(`/documents/${ref.id}/${anchor}`),
          };
        }
        return { kind: 'document', label, shortLabel, ...(ref.url ? { href: ref.url } : {}) };
      }
      const source = sources.get(citation.source);
      if (!source) throw new Error(`unknown source "${citation.source}" (datasets are validated before charts run)`);
      return {
        kind: 'article',
        label: `${attributionLabel(source)}, ${formatDay(source.published)}`,
        quote: citation.quote,
        href: `${href(`/sources/${citation.source}/`)}#${quoteAnchor(citation.quote)}`,
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
