import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago, mla } from '../../src/shared/cite-formats';

const chart = {
  title: 'US and Chinese tariffs on each other’s goods rose to 145% and 125% in April 2025',
  site: 'Tariff Ledger',
  url: 'https://example.org/charts/us-china-escalation/',
  asOf: '2026-02-20',
  id: 'us-china-escalation',
};

describe('citation formats', () => {
  it('APA names the site as author, the date, [Chart] and the retrieval date and URL', () => {
    expect(apa(chart, '2026-11-22')).toBe(
      'Tariff Ledger. (2026, February 20). US and Chinese tariffs on each other’s goods rose to 145% and 125% in April 2025 [Chart]. Tariff Ledger. Retrieved November 22, 2026, from https://example.org/charts/us-china-escalation/',
    );
  });

  it('APA without an access date ends with the URL', () => {
    expect(apa(chart)).toMatch(/\[Chart\]\. Tariff Ledger\. https:\/\/example\.org\/charts\/us-china-escalation\/$/);
  });

  it('MLA quotes the title, abbreviates months, drops the scheme and adds Accessed', () => {
    expect(mla(chart, '2026-09-03')).toBe(
      '“US and Chinese tariffs on each other’s goods rose to 145% and 125% in April 2025.” Tariff Ledger, 20 Feb. 2026, example.org/charts/us-china-escalation/. Accessed 3 Sept. 2026.',
    );
  });

  it('Chicago gives the site, quoted title, date, access date and URL', () => {
    expect(chicago(chart, '2026-11-22')).toBe(
      'Tariff Ledger. “US and Chinese tariffs on each other’s goods rose to 145% and 125% in April 2025.” February 20, 2026. Accessed November 22, 2026. https://example.org/charts/us-china-escalation/.',
    );
  });

  it('BibTeX is a @misc entry with a stable key, escaped title, URL and access note', () => {
    const entry = bibtex({ ...chart, title: 'Rates & deficits: 100% of "it"' }, '2026-11-22');
    expect(entry).toContain('@misc{tariffledger_us_china_escalation_2026,');
    expect(entry).toContain('title = {Rates \\& deficits: 100\\% of "it"},');
    expect(entry).toContain('howpublished = {\\url{https://example.org/charts/us-china-escalation/}},');
    expect(entry).toContain('note = {Accessed 2026-11-22}');
    expect(entry.trim().endsWith('}')).toBe(true);
  });
});
