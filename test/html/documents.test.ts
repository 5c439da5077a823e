// Official documents in the built site: each held document has a page whose cited passages carry
// the anchors that quotes link to; a reference without a held text says so; the 2026 essay builds
// and its document quotes land on those passages.
import { describe, expect, it } from 'vitest';
import { existsInDist, readPage } from '../support/dist';

describe('document pages', () => {
  it('show a quoted passage of a held document, highlighted, under the anchor its quote links to', () => {
    const story = readPage('/stories/after-the-court/');
    const link = [...story.querySelectorAll('a[href*="/documents/proclamation-11012/#q-"]')][0];
    expect(link, 'the essay links a quote to the proclamation').toBeDefined();
    const anchor = new URL(link?.getAttribute('href') ?? '', 'http://site/stories/after-the-court/').hash.slice(1);
    const page = readPage('/documents/proclamation-11012/');
    const passage = page.getElementById(anchor);
    expect(passage?.tagName).toBe('LI');
    expect(passage?.querySelector('mark')?.textContent).toBeTruthy();
    // The highlighted words are the quote's, inside the sentence they come from.
    const quote = link?.closest('.cite-ref')?.previousElementSibling?.textContent ?? '';
    expect(passage?.textContent?.replace(/\s+/g, ' ')).toContain(quote.replace(/\s+/g, ' '));
    expect(page.querySelector('.held-note')?.textContent).toContain('verbatim copy');
    expect(page.querySelector('a[href^="https://www.whitehouse.gov/presidential-actions/2026/02/"]')).not.toBeNull();
  });

  it('list where a document is cited as a whole', () => {
    const page = readPage('/documents/eo-14266/');
    expect(page.getElementById('cited-whole')).not.toBeNull();
    expect(page.querySelector('a[href="/charts/us-china-escalation/"]')).not.toBeNull();
  });

  it('say when a document’s text is not held, and link to it where it is published', () => {
    const page = readPage('/documents/mofcom-2026-02-24/');
    expect(page.querySelector('.held-note')?.textContent).toContain('Text not held');
    expect(page.querySelector('a[href^="https://english.mofcom.gov.cn/"]')).not.toBeNull();
  });

  it('list every document with whether its text is held', () => {
    const rows = [...readPage('/documents/').querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''),
    );
    const row = (document: string) => rows.find((cells) => cells[1]?.startsWith(document));
    expect(row('EO 14257')?.[3]).toBe('held');
    expect(row('country.xlsx, April 2025')?.[3]).toBe('not held');
    expect(row('country.xlsx, April 2025')?.[0]).toBe('copy fetched 3 Apr 2025');
  });
});

describe('the essay After the court', () => {
  const story = readPage('/stories/after-the-court/');

  it('builds, with its charts and the refunds it cannot count', () => {
    expect(story.querySelector('h1')?.textContent).toBe('After the court');
    expect(story.querySelectorAll('figure svg').length).toBeGreaterThanOrEqual(2);
    expect(story.body.textContent).toContain('we do not know');
    expect(existsInDist('/data/ieepa-refunds.json')).toBe(true);
  });

  it('names sources for what they are', () => {
    const lead = readPage('/stories/from-145-to-30/');
    expect(lead.body.textContent).not.toContain('Publisher not identified');
    expect(lead.body.textContent).toContain('Unattributed article');
    const source = readPage('/sources/kyodo-japan-eighth-round/');
    expect(source.body.textContent).toContain('aggregator’s copy');
    expect(source.body.textContent).toContain('How we dated it');
  });
});
