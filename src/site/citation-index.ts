import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chartIds, charts } from '../charts/registry';
import { normaliseForMatch } from '../provenance/quotes';
import { lookupField } from '../provenance/record-field';
import { splitFrontmatter } from '../provenance/source-texts';
import { findComponents, STORIES_DIR } from '../provenance/story-lint';
import { quoteAnchor } from './quote-anchor';

/** Where a quote is used on the site. */
export interface QuoteUse {
  label: string;
  /** Site-relative path (with anchor), before the base is applied. */
  path: string;
}

export interface CitedPassage {
  quote: string;
  anchor: string;
  uses: QuoteUse[];
}

/** Cited passages by source id (articles) and by reference id (held official documents). */
export interface CitationIndex {
  sources: Map<string, CitedPassage[]>;
  documents: Map<string, CitedPassage[]>;
  /** Where a document is cited as a whole (`{ doc }` without a quote, `<Doc>` in a story), by reference id. */
  wholeDocuments: Map<string, QuoteUse[]>;
}

type Quoted = { kind: 'sources' | 'documents'; id: string; quote: string };

/** The documents a record cites without quoting them. */
function wholeDocumentsOf(record: unknown): string[] {
  return (((record as { citations?: unknown[] })?.citations ?? []) as { doc?: string; quote?: string }[]).flatMap((c) =>
    c.doc && !c.quote ? [c.doc] : [],
  );
}

/** The quotes a record's citations carry: `{ source, quote }` from articles, `{ doc, quote }` from documents. */
function quotesOf(record: unknown): Quoted[] {
  return (((record as { citations?: unknown[] })?.citations ?? []) as { source?: string; doc?: string; quote?: string }[]).flatMap(
    (c): Quoted[] => {
      if (!c.quote) return [];
      if (c.source) return [{ kind: 'sources', id: c.source, quote: c.quote }];
      if (c.doc) return [{ kind: 'documents', id: c.doc, quote: c.quote }];
      return [];
    },
  );
}

/**
 * Every quote cited anywhere on the site, grouped by article or document: from <Cite> in stories,
 * from records that stories show with <Num>, and from dataset records behind the charts. Source
 * and document pages list these passages (not whole texts) with links back to where each is used.
 */
export function buildCitationIndex(datasets: ReadonlyMap<string, { data: { records: unknown[] } }>, root = process.cwd()): CitationIndex {
  const index = { sources: new Map<string, Map<string, CitedPassage>>(), documents: new Map<string, Map<string, CitedPassage>>() };
  const add = ({ kind, id, quote }: Quoted, use: QuoteUse) => {
    const byId = index[kind].get(id) ?? new Map<string, CitedPassage>();
    index[kind].set(id, byId);
    const key = normaliseForMatch(quote);
    const passage = byId.get(key) ?? { quote, anchor: quoteAnchor(quote), uses: [] };
    if (!passage.uses.some((u) => u.path === use.path)) passage.uses.push(use);
    byId.set(key, passage);
  };
  const wholeDocuments = new Map<string, QuoteUse[]>();
  const addWhole = (id: string, use: QuoteUse) => {
    const uses = wholeDocuments.get(id) ?? [];
    if (!uses.some((u) => u.path === use.path)) uses.push(use);
    wholeDocuments.set(id, uses);
  };
  const addRecord = (record: unknown, use: QuoteUse) => {
    for (const q of quotesOf(record)) add(q, use);
    for (const doc of wholeDocumentsOf(record)) addWhole(doc, use);
  };

  const dir = resolve(root, STORIES_DIR);
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()) {
    const { frontmatter, body } = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
    if (frontmatter.draft === true) continue;
    const slug = name.slice(0, -4);
    const title = String(frontmatter.title ?? slug);
    for (const use of findComponents(body)) {
      if ('error' in use) continue;
      const { source, doc, quote } = use.props;
      if (use.name === 'Cite' && quote && (source || doc)) {
        const quoted: Quoted = source ? { kind: 'sources', id: source, quote } : { kind: 'documents', id: doc ?? '', quote };
        add(quoted, { label: title, path: `/stories/${slug}/#cite-${quoteAnchor(quote).slice(2)}` });
      }
      if (use.name === 'Doc' && use.props.id) addWhole(use.props.id, { label: title, path: `/stories/${slug}/` });
      if (use.name === 'Num' && use.props.dataset && use.props.record && use.props.field) {
        const records = datasets.get(use.props.dataset)?.data.records ?? [];
        const found = lookupField(records, use.props.dataset, use.props.record, use.props.field);
        if (found.ok) addRecord(found.record, { label: title, path: `/stories/${slug}/` });
      }
    }
  }
  for (const id of chartIds) {
    const chart = charts[id];
    for (const datasetId of chart.datasets) {
      for (const record of datasets.get(datasetId)?.data.records ?? []) {
        addRecord(record, { label: `Chart: ${chart.name}`, path: `/charts/${id}/` });
      }
    }
  }
  // Datasets not behind any chart are still published as downloads.
  for (const [datasetId, { data }] of datasets) {
    const name = (data as { title?: string }).title ?? datasetId;
    for (const record of data.records) {
      addRecord(record, { label: `Data: ${name}`, path: `/data/${datasetId}.json` });
    }
  }
  const flat = (m: Map<string, Map<string, CitedPassage>>) => new Map([...m].map(([id, passages]) => [id, [...passages.values()]]));
  return { sources: flat(index.sources), documents: flat(index.documents), wholeDocuments };
}
