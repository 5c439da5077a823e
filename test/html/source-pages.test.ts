import { describe, expect, it } from 'vitest';
import { readSourceTexts } from '../../src/provenance/source-texts';
import { htmlPages, readPage } from '../support/dist';

// Whatever sources content/ holds: each source page shows its cited passages exactly as the clean
// source prints them (curly quotes, dashes), in whole sentences, and says whether the publisher
// is named on the page or inferred.
const sources = readSourceTexts();
const pages = htmlPages().filter((path) => /^\/sources\/[^/]+\/$/.test(path));
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('source pages', () => {
  it('exist for every source', () => {
    expect(pages.length).toBe(sources.size);
  });

  describe.each(pages)('%s', (path) => {
    const id = path.split('/')[2] ?? '';
    const document = readPage(path);
    const body = flat(sources.get(id)?.body ?? '');

    it('shows every cited passage, with its sentence, in the source’s own characters', () => {
      for (const quote of document.querySelectorAll('.passages blockquote p')) {
        expect(body).toContain(flat(quote.textContent ?? ''));
        const mark = quote.querySelector('mark');
        if (mark) expect(body).toContain(flat(mark.textContent ?? ''));
      }
    });

    it('says how the publisher is known', () => {
      const publisher = [...document.querySelectorAll('.meta-list dt')].find((dt) => dt.textContent === 'Publisher')?.nextElementSibling;
      expect(publisher?.textContent).toMatch(
        /\(named on the page\)|\(inferred\)\. \S|Unattributed article: nobody has identified the outlet/,
      );
    });
  });
});
