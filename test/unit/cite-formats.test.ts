import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicagoAuthorDate, chicagoNotes, citationKey, cslJson, mla, ris } from '../../src/shared/cite-formats';

const chart = {
  title: 'US and Chinese tariffs on each other’s goods rose to 145% and 125% in April 2025',
  site: 'Tariff Ledger',
  url: 'https://example.org/charts/us-china-escalation/',
  published: '2026-11-22',
  asOf: '2026-02-20',
  id: 'us-china-escalation',
  view: 'rates',
};

describe('citation styles', () => {
  it('APA 7 names the organisation once (author, not again as publisher), the publication date and the retrieval date', () => {
    expect(apa(chart, '2026-11-30')).toBe(
      'Tariff Ledger. (2026, November 22). US and Chinese tariffs on each other’s goods rose to 145% and 125% in April 2025 [Chart]. Retrieved November 30, 2026, from https://example.org/charts/us-china-escalation/',
    );
    expect(apa(chart)).toMatch(/\[Chart\]\. https:\/\/example\.org\/charts\/us-china-escalation\/$/);
  });

  it('MLA 9 quotes the title, gives the site as container, abbreviates months, drops the scheme, adds Accessed', () => {
    expect(mla(chart, '2026-09-03')).toBe(
      '“US and Chinese tariffs on each other’s goods rose to 145% and 125% in April 2025.” Tariff Ledger, 22 Nov. 2026, example.org/charts/us-china-escalation/. Accessed 3 Sept. 2026.',
    );
  });

  it('Chicago author-date puts the year after the author; notes-bibliography does not; neither needs an access date', () => {
    expect(chicagoAuthorDate(chart)).toBe(
      'Tariff Ledger. 2026. “US and Chinese tariffs on each other’s goods rose to 145% and 125% in April 2025.” Chart. November 22, 2026. https://example.org/charts/us-china-escalation/.',
    );
    expect(chicagoNotes(chart)).toBe(
      'Tariff Ledger. “US and Chinese tariffs on each other’s goods rose to 145% and 125% in April 2025.” Chart. November 22, 2026. https://example.org/charts/us-china-escalation/.',
    );
  });

  it('the data’s as-of date is never given as the publication date', () => {
    for (const text of [apa(chart), mla(chart), chicagoAuthorDate(chart), chicagoNotes(chart)]) expect(text).not.toContain('February 20');
  });

  it('gives one key per chart, view and version', () => {
    const keys = new Set([
      citationKey(chart),
      citationKey({ ...chart, view: 'components' }),
      citationKey({ ...chart, published: '2026-12-01' }),
      citationKey({ ...chart, id: 'deficits-annual' }),
    ]);
    expect(keys.size).toBe(4);
  });
});

describe('citation files, read back by Citation.js (the parser behind many reference tools)', () => {
  it('BibTeX keeps the capitals (title protected as a whole), uses the month macro, escapes specials', () => {
    const entry = bibtex({ ...chart, title: 'Extra US duties on Chinese goods: 100% & “more”' }, '2026-11-30');
    expect(entry).toContain('month = nov,');
    const [raw] = plugins.input.chain(entry, { target: '@biblatex/entries+list' }) as {
      label: string;
      properties: Record<string, string>;
    }[];
    expect(raw?.label).toBe('tariffledger-us-china-escalation-rates-2026-11-22');
    // The parser sees the whole title in braces: styles may not lowercase "US" or "Chinese".
    expect(raw?.properties.title).toBe('{Extra US duties on Chinese goods: 100\\% \\& "more"}');
    const [csl] = new Cite(entry).data as Record<string, unknown>[];
    expect(csl?.title).toBe('Extra US duties on Chinese goods: 100% & "more"');
    expect(csl?.issued).toEqual({ 'date-parts': [[2026, 11, 22]] });
    expect(csl?.accessed).toEqual({ 'date-parts': [[2026, 11, 30]] });
    expect(csl?.URL).toBe(chart.url);
  });

  it('RIS parses to a web page by Tariff Ledger with publication and access dates', () => {
    const text = ris(chart, '2026-11-30');
    expect(text.endsWith('ER  - \r\n')).toBe(true);
    const [csl] = new Cite(text).data as Record<string, unknown>[];
    expect(csl).toMatchObject({
      type: 'webpage',
      title: chart.title,
      author: [{ literal: 'Tariff Ledger' }],
      issued: { 'date-parts': [[2026, 11, 22]] },
      URL: chart.url,
    });
    expect(text).toContain('Y2  - 2026/11/30');
  });

  it('CSL-JSON has the shape of the CSL data schema and Citation.js accepts it', () => {
    const date = z.strictObject({ 'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).min(1).max(2) });
    const name = z.union([z.strictObject({ literal: z.string() }), z.strictObject({ family: z.string(), given: z.string().optional() })]);
    const item = z.strictObject({
      id: z.string(),
      type: z.enum(['webpage', 'dataset', 'graphic', 'document']),
      genre: z.string().optional(),
      title: z.string(),
      author: z.array(name),
      'container-title': z.string(),
      publisher: z.string(),
      issued: date,
      accessed: date.optional(),
      URL: z.url(),
      note: z.string().optional(),
    });
    const items = z.array(item).length(1).parse(cslJson(chart, '2026-11-30'));
    expect(items[0]?.issued).toEqual({ 'date-parts': [[2026, 11, 22]] });
    expect((new Cite(items).data as { title?: string }[])[0]?.title).toBe(chart.title);
  });
});
