// The rows of the 2026 reference whose documents the project does not hold: the claims made in
// statements are on the claims page, the Budget Lab's average on the method page and in the essay,
// and every link to a document without a held text says so in the text, not only on hover.
import { describe, expect, it } from 'vitest';
import { readPage } from '../support/dist';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ');

describe('claims made in statements', () => {
  const page = readPage('/claims/');

  it('group the White House release of 2 April 2026 with its three figures, each not checkable, and say its text is not held', () => {
    const section = page.getElementById('stmt-wh-2026-04-02-winning-once-again')?.closest('section');
    expect(section).toBeTruthy();
    expect(text(section)).toContain('(text not held)');
    expect(
      section?.querySelector(
        'a[href="https://www.whitehouse.gov/releases/2026/04/america-is-winning-once-again-a-year-after-liberation-day/"]',
      ),
    ).not.toBeNull();
    for (const id of ['wh-2026-04-02-goods-deficit-24', 'wh-2026-04-02-china-46', 'wh-2026-04-02-eu-40']) {
      const claim = page.getElementById(id);
      expect(claim?.classList.contains('is-not-checkable'), id).toBe(true);
      expect(text(claim)).toContain('no Census or BEA release for any month of 2026');
    }
  });

  it('give the "78%" claim with the words as reported, judged ambiguous against the 2025 release', () => {
    const claim = page.getElementById('trump-2026-02-deficit-78');
    expect(claim?.classList.contains('is-ambiguous')).toBe(true);
    expect(text(claim)).toContain('$901.5 billion');
    expect(text(claim?.closest('section'))).toContain('"Our Trade Deficit has been reduced by 78%"');
  });

  it('mark each document an article claim was checked against whose text is not held', () => {
    const checked = [...page.querySelectorAll('.claims .meta')].map(text);
    expect(checked.some((t) => t.includes('(text not held)'))).toBe(true);
  });
});

describe('the Budget Lab’s average', () => {
  it('is on the method page, with its day, the scheduled rate, and a link to its file that says it is not held', () => {
    const page = readPage('/method/');
    const paragraph = [...page.querySelectorAll('p')].find((p) => text(p).startsWith('Where the averages stood'));
    expect(text(paragraph)).toMatch(/11\.2%.*9 November 2026.*11\.4%/);
    expect(paragraph?.querySelector('a[href^="https://raw.githubusercontent.com/Budget-Lab-Yale/"]')).not.toBeNull();
    expect(text(paragraph)).toContain('(text not held)');
  });

  it('is in "After the court", where the publisher’s name links to its file and says the text is not held', () => {
    const page = readPage('/stories/after-the-court/');
    const link = page.querySelector('a.doc[href^="https://raw.githubusercontent.com/Budget-Lab-Yale/"]');
    expect(text(link)).toBe('The Budget Lab at Yale');
    expect(link?.nextElementSibling?.classList.contains('doc-not-held')).toBe(true);
    expect(page.querySelector('a[href="../../claims/#wh-2026-04-02-goods-deficit-24"]')).not.toBeNull();
  });
});
