// Held official documents: the loader reads the verbatim copies, strips markup for matching, checks
// each copy belongs to its reference, and quotes of documents are checked like article quotes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasets } from '../../src/provenance/dataset-loader';
import { checkHeldDocuments, checkReferenceAddresses, documentPlainText, readDocumentTexts } from '../../src/provenance/document-texts';
import { lintStory } from '../../src/provenance/story-lint';
import { checkCitations } from '../../src/provenance/validate-dataset';
import type { Reference } from '../../src/schemas/datasets/references';
import { aggregatorHost, attributionLabel } from '../../src/shared/source-label';
import { buildCitationIndex } from '../../src/site/citation-index';
import { makeCitationResolver } from '../../src/site/citations';
import { quoteAnchor } from '../../src/site/quote-anchor';

const root = join(import.meta.dirname, '../fixtures/documents');
const URL = 'https://www.whitehouse.gov/presidential-actions/2026/02/ending-certain-tariff-actions/';
const reference: Reference = {
  id: 'eo-test',
  issuer: 'The White House',
  title: 'Ending Certain Tariff Actions',
  identifier: 'EO test',
  date: '2026-02-20',
  dateKind: 'issued',
  datePrecision: 'day',
  url: URL,
};
const file = 'content/data/example.json';

describe('documentPlainText', () => {
  it('keeps the words a reader sees and drops tags, emphasis, link targets and escapes', () => {
    const text = documentPlainText(
      '<span style="x">Sec. 1.</span> the *ad valorem* duty, see [ANNEX](https://x/a.pdf) and *et seq*\\.\n \nNext_para',
    );
    expect(text).toBe('Sec. 1. the ad valorem duty, see ANNEX and et seq.\n\nNext_para');
  });
});

describe('readDocumentTexts', () => {
  const documents = readDocumentTexts(root);
  it('reads each copy under its file name, with its front matter', () => {
    const doc = documents.get('eo-test');
    expect(doc?.file).toBe(join('content/documents', 'eo-test.md'));
    expect(doc?.frontmatter.source_url).toBe(URL);
    expect(doc?.text).toContain('the additional ad valorem duties imposed pursuant to IEEPA shall no longer be in effect');
  });
  it('finds no documents in a project without the folder', () => {
    expect(readDocumentTexts(join(root, 'nowhere')).size).toBe(0);
  });

  it('refuses a copy without a reference, or filed under a reference with another address', () => {
    expect(checkHeldDocuments(documents, [reference])).toEqual([]);
    const orphan = checkHeldDocuments(documents, []).map((e) => e.message);
    expect(orphan[0]).toContain('content/documents/eo-test.md: no reference "eo-test"');
    const moved = checkHeldDocuments(documents, [{ ...reference, url: 'https://www.whitehouse.gov/other/' }]).map((e) => e.message);
    expect(moved[0]).toContain(
      'the held copy is of https://www.whitehouse.gov/presidential-actions/2026/02/ending-certain-tariff-actions/',
    );
  });
});

describe('quotes of documents', () => {
  const context = { sources: new Map(), references: new Set(['eo-test', 'fr-not-held']), documents: readDocumentTexts(root) };
  const check = (citation: Record<string, string>) =>
    checkCitations(file, { records: [{ id: 'r1', citations: [citation] }] }, context).map((e) => e.message);

  it('accepts the document’s exact words, across markup and line breaks', () => {
    expect(check({ doc: 'eo-test', quote: 'additional ad valorem duties imposed pursuant to IEEPA shall no longer be in effect' })).toEqual(
      [],
    );
  });

  it('fails a quote that is not in the document, naming file, record, field and the closest passage', () => {
    const [message] = check({ doc: 'eo-test', quote: 'shall no longer be collected at all' });
    expect(message).toContain('content/data/example.json (record "r1" (records[0]), field "citations.0")');
    expect(message).toContain('quote not found in document "eo-test" (content/documents/eo-test.md)');
    expect(message).toContain('the closest passage');
    expect(message).toContain('shall no longer be collected');
  });

  it('fails a quote of a document whose text is not held', () => {
    const [message] = check({ doc: 'fr-not-held', quote: 'any words at all' });
    expect(message).toContain('the text of document "fr-not-held" is not held in content/documents/');
    expect(check({ doc: 'fr-not-held' })).toEqual([]);
  });

  it('links a quoted document to its passage on the document page, and an unheld one to its address', () => {
    const cite = makeCitationResolver(
      [reference, { ...reference, id: 'fr-not-held', url: 'https://example.gov/fr' }],
      new Map(),
      new Set(['eo-test']),
    );
    const [held, other] = cite([{ doc: 'eo-test', quote: 'shall no longer be in effect' }, { doc: 'fr-not-held' }]);
    expect(held?.href).toBe(`/documents/eo-test/#${quoteAnchor('shall no longer be in effect')}`);
    expect(held?.quote).toBe('shall no longer be in effect');
    expect(other?.href).toBe('https://example.gov/fr');
  });

  it('gives a short label without the title, for popovers that repeat a citation', () => {
    const cite = makeCitationResolver([reference], new Map(), new Set(['eo-test']));
    const [shown] = cite([{ doc: 'eo-test', locator: 'sec. 1', quote: 'shall no longer be in effect' }]);
    expect(shown?.label).toBe('EO test, sec. 1: Ending Certain Tariff Actions (The White House, 20 Feb 2026)');
    expect(shown?.shortLabel).toBe('EO test, sec. 1 (The White House, 20 Feb 2026)');
  });

  it('lists document quotes from datasets in the citation index, apart from article quotes', () => {
    const index = buildCitationIndex(
      new Map([['example', { data: { records: [{ id: 'r1', citations: [{ doc: 'eo-test', quote: 'shall no longer be in effect' }] }] } }]]),
      join(import.meta.dirname, '../..'),
    );
    expect(index.documents.get('eo-test')?.[0]).toMatchObject({
      quote: 'shall no longer be in effect',
      anchor: quoteAnchor('shall no longer be in effect'),
    });
    expect(index.sources.has('eo-test')).toBe(false);
  });

  it('records where a document is cited as a whole', () => {
    const index = buildCitationIndex(
      new Map([['example', { data: { records: [{ id: 'r1', citations: [{ doc: 'eo-test', locator: 'sec. 1' }] }] } }]]),
      join(import.meta.dirname, '../..'),
    );
    expect(index.wholeDocuments.get('eo-test')).toEqual([{ label: 'Data: example', path: '/data/example.json' }]);
    expect(index.documents.has('eo-test')).toBe(false);
  });
});

describe('<Cite doc> in stories', () => {
  const head = `---
title: After the court
summary: How the tariffs were rebuilt on other laws after the ruling, and what became of the refunds.
date: 2026-11-30
author: Tariff Ledger
sources: [stockholm-talks]
order: 6
---
`;
  const sources = new Map([
    ['stockholm-talks', { id: 'stockholm-talks', file: 'content/sources/stockholm-talks.md', frontmatter: {}, body: 'x' }],
  ]);
  // The live references (so the ids are real) against the fixture copy, filed under a real id.
  const fixture = readDocumentTexts(root).get('eo-test');
  if (!fixture) throw new Error('test setup: the fixture document is missing');
  const documents = new Map([['eo-2026-02-20-ending', { ...fixture, id: 'eo-2026-02-20-ending' }]]);
  const lint = (body: string) =>
    lintStory('content/stories/test.mdx', head + body, { sources, datasets: loadDatasets(), documents }).map((e) => e.message);

  it('accepts the document’s words', () => {
    expect(lint('The duties <Cite doc="eo-2026-02-20-ending" quote="shall no longer be in effect" />.\n')).toEqual([]);
  });

  it('fails a quote that is not in the document, with the line and the closest passage', () => {
    const [message] = lint('The duties <Cite doc="eo-2026-02-20-ending" quote="shall no longer be enforced" />.\n');
    expect(message).toContain('content/stories/test.mdx:9 (<Cite>): quote not found in content/documents/eo-test.md');
    expect(message).toContain('the closest passage');
  });

  it('fails a quote of a document whose text is not held, pointing to <Doc>', () => {
    const [message] = lint('China said <Cite doc="mofcom-2026-02-24" quote="will decide at the appropriate time" />.\n');
    expect(message).toContain('the text of document "mofcom-2026-02-24" is not held');
    expect(message).toContain('<Doc id="mofcom-2026-02-24">');
  });

  it('wants either an article or a document, not both', () => {
    const [message] = lint('<Cite source="stockholm-talks" doc="eo-2026-02-20-ending" quote="shall no longer be in effect" />\n');
    expect(message).toContain('give either source="<article id>" or doc="<document id>"');
  });
});

describe('source labels', () => {
  it('name an unidentified publisher and an aggregator copy for what they are', () => {
    expect(attributionLabel({ publisher: 'Publisher not identified', url: null, copyUrl: null })).toBe('Unattributed article');
    expect(attributionLabel({ publisher: 'Kyodo News', url: null, copyUrl: 'https://test.daily8.com/en/article/x' })).toBe(
      'Kyodo News, aggregator copy',
    );
    // A copy on the publisher's own site is the publisher's page.
    expect(aggregatorHost({ publisher: 'uto.ai', url: null, copyUrl: 'https://dev-news.uto.ai/en-US/news/x' })).toBeNull();
  });
});

describe('reference addresses', () => {
  it('refuse a second reference for the same document', () => {
    const [message] = checkReferenceAddresses('content/data/references.json', [reference, { ...reference, id: 'eo-test-again' }]).map(
      (e) => e.message,
    );
    expect(message).toContain('record "eo-test-again" (records[1]), field "url"): reference "eo-test" already has the address');
  });
});
