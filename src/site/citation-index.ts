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

/**
 * Every quote cited anywhere on the site, grouped by source: from <Cite> in stories, from records
 * that stories show with <Num>, and from dataset records behind the charts. Source pages list
 * these passages (not whole articles) with links back to where each is used.
 */
export function buildCitationIndex(
  datasets: ReadonlyMap<string, { data: { records: unknown[] } }>,
  root = process.cwd(),
): Map<string, CitedPassage[]> {
  const index = new Map<string, Map<string, CitedPassage>>();
  const add = (source: string, quote: string, use: QuoteUse) => {
    const bySource = index.get(source) ?? new Map<string, CitedPassage>();
    index.set(source, bySource);
    const key = normaliseForMatch(quote);
    const passage = bySource.get(key) ?? { quote, anchor: quoteAnchor(quote), uses: [] };
    if (!passage.uses.some((u) => u.path === use.path)) passage.uses.push(use);
    bySource.set(key, passage);
  };
  const quotesOf = (record: unknown): { source: string; quote: string }[] =>
    (((record as { citations?: unknown[] })?.citations ?? []) as { source?: string; quote?: string }[]).flatMap((c) =>
      c.source && c.quote ? [{ source: c.source, quote: c.quote }] : [],
    );

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
      if (use.name === 'Cite' && use.props.source && use.props.quote) {
        add(use.props.source, use.props.quote, { label: title, path: `/stories/${slug}/#cite-${quoteAnchor(use.props.quote).slice(2)}` });
      }
      if (use.name === 'Num' && use.props.dataset && use.props.record && use.props.field) {
        const records = datasets.get(use.props.dataset)?.data.records ?? [];
        const found = lookupField(records, use.props.dataset, use.props.record, use.props.field);
        if (found.ok) for (const q of quotesOf(found.record)) add(q.source, q.quote, { label: title, path: `/stories/${slug}/` });
      }
    }
  }
  for (const id of chartIds) {
    const chart = charts[id];
    for (const datasetId of chart.datasets) {
      for (const record of datasets.get(datasetId)?.data.records ?? []) {
        for (const q of quotesOf(record)) add(q.source, q.quote, { label: `Chart: ${chart.name}`, path: `/charts/${id}/` });
      }
    }
  }
  // Datasets not behind any chart are still published as downloads.
  for (const [datasetId, { data }] of datasets) {
    const name = (data as { title?: string }).title ?? datasetId;
    for (const record of data.records) {
      for (const q of quotesOf(record)) add(q.source, q.quote, { label: `Data: ${name}`, path: `/data/${datasetId}.json` });
    }
  }
  return new Map([...index].map(([source, passages]) => [source, [...passages.values()]]));
}
