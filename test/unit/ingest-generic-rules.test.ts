import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findStatedDate, readDateLine, statedDateNote } from '../../scripts/ingest/dates';
import { readMetadata } from '../../scripts/ingest/html/metadata';
import { applyDrops } from '../../scripts/ingest/overrides';
import { furnitureKind } from '../../scripts/ingest/rules/furniture-kinds';
import { readTextHeader, wireAgency } from '../../scripts/ingest/rules/header';
import { isMenuLine } from '../../scripts/ingest/rules/menu';
import { findTitle } from '../../scripts/ingest/rules/title';

describe('date lines, read by chrono-node', () => {
  it.each([
    ['Aug 6, 2025 4:04 PM', '2025-08-06', null],
    ['Jul 23, 2025, 6:36am EDT', '2025-07-23', null],
    ['6 August 2025', '2025-08-06', null],
    ['Published: 2025-07-29 20:30:13 | Category: technology', '2025-07-29', 'published'],
    ['Posted on 6th August 2025 by admin', '2025-08-06', 'published'],
    ['By Jane Doe | August 6, 2025', '2025-08-06', null],
    ['Updated Aug. 7, 2025 at 10:15 a.m. ET', '2025-08-07', 'updated'],
  ])('reads «%s»', (line, iso, label) => {
    expect(readDateLine(line)).toMatchObject({ iso, label });
  });

  it.each([
    'Trump spoke on Aug 6, 2025.',
    'On February 13, 2025, Trump announced talks.',
    'Thursday',
    'July 2025',
    'Published: 2025-02-30',
    'April 2, 2025: Liberation Day',
    '- May 12, 2025',
  ])('does not take «%s» for a date line', (line) => {
    expect(readDateLine(line)).toBeNull();
  });

  it('takes an unlabelled date only above the text, never a date in a list below it', () => {
    const text = 'The talks went on for a long time and many things happened that we describe here in some detail, day by day, today.';
    expect(findStatedDate(['Headline words', text, 'May 12, 2025'])).toBeNull();
    expect(findStatedDate(['May 12, 2025', text])).toMatchObject({ iso: '2025-05-12' });
  });

  it('prefers a "Published" line, and never takes "Updated" for the publication', () => {
    expect(findStatedDate(['Updated Aug 8, 2025', 'Aug 6, 2025 4:04 PM'])).toEqual({ iso: '2025-08-06', quote: 'Aug 6, 2025 4:04 PM' });
    expect(findStatedDate(['Aug 1, 2025', 'Published: Aug 6, 2025'])).toMatchObject({ iso: '2025-08-06' });
    expect(findStatedDate(['Updated Aug 8, 2025'])).toBeNull();
  });

  it('says in the note whether the page gave a time zone, and where a declared date came from', () => {
    expect(statedDateNote({ iso: '2025-07-23', quote: 'Jul 23, 2025, 6:36am EDT' })).toBe(
      'The page states "Jul 23, 2025, 6:36am EDT"; the date is taken as printed.',
    );
    expect(statedDateNote({ iso: '2025-07-31', quote: '2025-07-31T08:12:00+09:00', from: 'JSON-LD datePublished' })).toContain(
      'The page declares "2025-07-31T08:12:00+09:00" (JSON-LD datePublished)',
    );
  });
});

describe('furniture by kind', () => {
  it.each([
    ['A container ship at the Port of Long Beach. (Photo by Mario Tama/Getty Images)', 'caption'],
    ['President Trump speaks on the South Lawn, July 22, 2025. (AP Photo/Alex Brandon)', 'caption'],
    ['Kevin Dietsch/Getty Images', 'credit'],
    ['Photo: Lee Jin-man/AP', 'credit'],
    ['Chart: Tariff Ledger · Source: US Census Bureau', 'credit'],
    ['(Reporting by David Lawder; Editing by Chizu Nomiyama)', 'credit'],
    ['By Jane Doe and John Roe', 'byline'],
    ['BY: Ilana Muhlstein, MS, RDN', 'byline'],
    ['Aug 6, 2025 4:04 PM', 'date-line'],
    ['Politics Foreign Affairs Culture Fellows Program', 'menu'],
    ['Home › World › Asia', 'menu'],
    ['Share Facebook X LinkedIn Email Copy link', 'share'],
    ['Sign up for our weekly newsletter, delivered to your inbox every Friday.', 'newsletter'],
    ['We use cookies to improve your experience. Cookie policy', 'cookie'],
    ['Related: What the Geneva statement said', 'related'],
    ['READ MORE: What Japan gave up for its 15% rate', 'related'],
    ['ADVERTISEMENT', 'advert'],
    ['Story continues below advertisement', 'advert'],
    ['4 min read', 'reading-time'],
    ['Filed under: EU, Tariffs', 'tags'],
    ['© 2025 The Harbour Ledger. All rights reserved.', 'copyright'],
    ['tariffs-port-0806.jpg', 'gallery'],
  ])('«%s» is %s', (line, kind) => {
    expect(furnitureKind(line)?.kind).toBe(kind);
  });

  it.each([
    'By taking off just the top half of the bread, you save nearly 100 calories.',
    'Sign up rates for the program rose 4% in July, officials said, citing the newsletter sent to members.',
    'The photo op at the White House lasted ten minutes.',
    'Related parties must disclose their holdings under the rule.',
    'The News',
    'Steel left out',
    'China’s retaliatory duties would also go up.',
  ])('«%s» is article text', (line) => {
    expect(furnitureKind(line)).toBeNull();
  });

  it('tells menus from Title Case headlines', () => {
    expect(isMenuLine('News | Opinion | Video')).toBe(true);
    expect(isMenuLine('Japan Seeks Eighth Round Of Tariff Talks In Washington')).toBe(false);
    expect(isMenuLine('The Tariff Truce Nobody Wanted to Call a Truce')).toBe(false);
  });

  it('finds the headline above the text when a whole page was copied, menus first', () => {
    const paragraph =
      'The Senate voted on Tuesday to end the emergency that the tariffs rest on, though the House is not expected to take the measure up this year.';
    const page = [
      'Skip to content',
      '- Home',
      '- World',
      '- Politics',
      'Got a tip? Write to us:',
      'Senate votes to end tariff emergency',
      'By Jane Doe',
      'Oct 28, 2025',
      paragraph,
      paragraph,
    ];
    expect(findTitle(page)).toMatchObject({ ok: true, title: 'Senate votes to end tariff emergency', index: 5 });
  });

  it('never takes a menu or a lone label for the headline', () => {
    expect(
      findTitle(['Politics Foreign Affairs Culture Fellows Program', 'Subscribe', 'Opinion', 'Semafor', 'The Tariff Truce Nobody Wanted']),
    ).toMatchObject({
      ok: true,
      title: 'The Tariff Truce Nobody Wanted',
    });
  });
});

describe('the page header of a text scrape', () => {
  it('reads the byline and the outlet, and removes them', () => {
    const header = readTextHeader(['The American Conservative', 'Spencer Neale', 'Aug 6, 2025 4:04 PM', `${'Word '.repeat(24)}.`]);
    expect(header.byline).toBe('Spencer Neale');
    expect(header.publisher).toBe('The American Conservative');
    expect(header.lines).toHaveLength(2);
  });

  it('keeps a standfirst and stops at the first paragraph', () => {
    const lines = ['Washington and Beijing have stopped escalating, but neither side will say so.', `${'Word '.repeat(24)}.`, 'Jane Doe'];
    expect(readTextHeader(lines).lines).toEqual(lines);
  });

  it('names the agency of a wire dateline', () => {
    expect(wireAgency('TOKYO (AP) — Japan said on Wednesday')).toBe('AP');
    expect(wireAgency('WASHINGTON, July 23 (Reuters) - The United States')).toBe('Reuters');
    expect(wireAgency('TOKYO - The Japanese government has informed')).toBeNull();
  });
});

describe('override: drop a line by exact match', () => {
  it('removes every paragraph that is exactly the line, however short', () => {
    const result = applyDrops(
      ['Spencer Neale', 'Spencer Neale wrote this.', 'Spencer Neale'],
      [{ line: 'Spencer Neale', why: 'the byline, printed twice' }],
    );
    expect(result.blocks).toEqual(['Spencer Neale wrote this.']);
    expect(result.errors).toEqual([]);
    expect(result.changes).toHaveLength(2);
  });

  it('fails when the line is not there any more', () => {
    expect(applyDrops(['Text.'], [{ line: 'Spencer Neale', why: 'the byline, printed twice' }]).errors[0]).toContain(
      'matches no paragraph',
    );
  });
});

describe('metadata a saved page declares', () => {
  const page = (head: string, body = '') => {
    const html = `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
    return readMetadata(parseHTML(html).document as never, html);
  };

  it('reads JSON-LD inside @graph, with authors joined and the date as declared', () => {
    const meta = page(
      `<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":["NewsArticle"],"headline":"A headline","datePublished":"2025-08-06T23:30:00-04:00","author":[{"name":"A One"},{"name":"B Two"}],"publisher":{"name":"The Outlet"}}]}</script>`,
    );
    expect(meta.title?.value).toBe('A headline');
    expect(meta.published).toMatchObject({ iso: '2025-08-06', from: 'JSON-LD datePublished' });
    expect(meta.author?.value).toBe('A One and B Two');
    expect(meta.siteName?.value).toBe('The Outlet');
  });

  it('falls back to Open Graph, article:* metas, <time datetime> and the canonical link', () => {
    const meta = page(
      '<meta property="og:site_name" content="Outlet"><meta name="author" content="Jane Doe"><link rel="canonical" href="https://outlet.example/a">',
      '<nav><time datetime="2020-01-01">old</time></nav><article><time class="published" datetime="2025-07-31">July 31</time></article>',
    );
    expect(meta.siteName?.value).toBe('Outlet');
    expect(meta.author?.value).toBe('Jane Doe');
    expect(meta.published).toMatchObject({ iso: '2025-07-31' });
    expect(meta.url?.value).toBe('https://outlet.example/a');
  });

  it('ignores broken JSON-LD and author metas that are addresses', () => {
    const meta = page(
      '<script type="application/ld+json">{not json</script><meta property="article:author" content="https://facebook.com/x">',
    );
    expect(meta.author).toBeNull();
    expect(meta.title).toBeNull();
  });
});
