import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BuiltSource, buildSources } from '../../scripts/ingest/build';

// What must survive and what must be gone, for each raw file as it really is. Built in memory
// from content/sources/raw/ and overrides.json, the same way `npm run ingest` does.
const raw = new Map(readdirSync('content/sources/raw').map((name) => [name, readFileSync(join('content/sources/raw', name))] as const));
const built = buildSources({ raw, overridesText: readFileSync('content/sources/overrides.json', 'utf8') });
const byId = new Map(built.sources.map((s) => [s.id, s]));

function source(id: string): BuiltSource {
  const found = byId.get(id);
  if (!found) throw new Error(`no source ${id}; errors: ${built.errors.map((e) => e.message).join('\n')}`);
  return found;
}

/** The block is whole: it starts and ends as in the article. */
function expectWhole(block: string | undefined, start: string, end: string): void {
  expect(block?.startsWith(start), `starts with «${start}»: «${block?.slice(0, 80)}»`).toBe(true);
  expect(block?.endsWith(end), `ends with «${end}»: «${block?.slice(-80)}»`).toBe(true);
}

function expectGone(s: BuiltSource, fragments: string[]): void {
  const body = s.blocks.join('\n\n');
  for (const fragment of fragments) expect(body, `«${fragment}» should be gone from ${s.id}`).not.toContain(fragment);
}

it('builds every source without errors, including the ones examined below', () => {
  expect(built.errors.map((e) => e.message)).toEqual([]);
  for (const id of [
    'asia-deficit-widening',
    'diplomat-korea-trade-deal',
    'japan-us-expediting',
    'kyodo-japan-eighth-round',
    'stockholm-talks',
    'twenty-country-talks',
  ])
    expect(byId.has(id), id).toBe(true);
});

it('leaves no page furniture in any source', () => {
  for (const s of built.sources) {
    for (const block of s.blocks) {
      expect(block).not.toMatch(/^(?:logo|Cover Image|Key Updates|Comments|Tags:|Related articles|References)$/i);
      expect(block).not.toMatch(/\d+\s*h(?:ours?)? ago|\{Current column\}|#[A-Z][a-z]+[A-Z]|app-store|Views:\d/);
    }
  }
});

describe('000: The US trade deficit with Asia is widening (51autoparts.cn)', () => {
  const s = source('asia-deficit-widening');

  it('keeps the title, the stated date and the article from first to last paragraph', () => {
    expect(s.frontmatter.title).toBe('The US trade deficit with Asia is widening, and tariff negotiations are deadlocked');
    expect(s.frontmatter).toMatchObject({
      published: '2025-06-25',
      dateBasis: 'stated',
      url: 'http://www.51autoparts.cn/en/news-detail?id=29',
    });
    expectWhole(
      s.blocks[0],
      'Since April this year, the United States has been threatening tariffs',
      'anti globalization are intensifying.',
    );
    expectWhole(s.blocks.at(-1), 'For several major trading countries, the progress', 'there will be no results, right.');
    expect(s.blocks).toContain('Deadlock in US Asia tariff negotiations');
  });

  it('drops the date line, the image placeholder and the site advert', () => {
    expectGone(s, ['Release Time', 'Views:36', 'Cover Image', 'auto parts foreign trade management platform', 'bright future ahead']);
  });
});

describe('001: Will US-China Trade Talks Ever Reach a Breakthrough?', () => {
  const s = source('stockholm-talks');

  it('keeps the title, the stated date, the subheads, lists and FAQ, first to last paragraph', () => {
    expect(s.frontmatter).toMatchObject({
      title: 'Will US-China Trade Talks Ever Reach a Breakthrough?',
      published: '2025-07-29',
      dateBasis: 'stated',
    });
    expect(s.blocks[0]).toBe('US-China Trade Talks: A Stalemate Amidst Constructive Discussions');
    expectWhole(
      s.blocks[1],
      'The recent round of trade negotiations between the United States and China, held in Stockholm',
      'escalating tariffs that have been imposed in recent months.',
    );
    expectWhole(
      s.blocks.at(-1),
      'As we consider the future of trade between these two economic powerhouses',
      'or will they continue down the path of confrontation?',
    );
    expect(s.blocks).toContain('FAQs');
    expect(s.blocks.filter((b) => b.startsWith('- '))).toHaveLength(2);
  });

  it('drops the hashtags and the publication stamp', () => {
    expectGone(s, ['#USTrade', '#ChinaTrade', '#EconomicRelations', 'Published:', 'Category: technology']);
  });
});

describe('002: President Trump … Launches 2025 Trade Negotiations (live page)', () => {
  const s = source('twenty-country-talks');

  it('keeps one copy of the title and of the lead, the country list, first to last paragraph', () => {
    expect(s.frontmatter.title).toMatch(/^President Trump of the United States Launches 2025 Trade Negotiations/);
    expect(s.frontmatter).toMatchObject({ published: '2025-05-10', dateBasis: 'inferred' });
    expectWhole(
      s.blocks[0],
      'In May 2025, the Trump administration initiated a new round',
      'the first significant trade talks since Trump assumed office.',
    );
    expect(s.blocks.filter((b) => b.startsWith('In May 2025, the Trump administration'))).toHaveLength(1);
    expect(s.blocks).toContain(
      '- Asia: Taiwan, Japan, South Korea, Vietnam, Indonesia, Malaysia, Cambodia, the Philippines, India\n- Oceania: Australia, Argentina, Brazil, Ecuador\n- Europe and the Middle East: Switzerland, Israel, Liechtenstein\n- Africa and smaller economies: Fiji, Lesotho, Mauritius, Madagascar',
    );
    expectWhole(
      s.blocks.at(-1),
      'Additionally, cooperation between Taiwan and the US in the chip supply chain',
      'with Taiwan-US cooperation seen as key.',
    );
  });

  it('drops the stamps, the widget heading, the repeated title, the empty References and People Also Ask', () => {
    expectGone(s, [
      'TaiwanPolitics',
      '8h ago',
      'Key Updates',
      'References',
      'People Also Ask',
      'President Trump of the United States Launches',
    ]);
  });
});

describe('003: the Daily8 page (Kyodo story, related cards, a Diplomat essay)', () => {
  const kyodo = source('kyodo-japan-eighth-round');
  const diplomat = source('diplomat-korea-trade-deal');

  it('makes the Kyodo story a source of its own, first to last paragraph', () => {
    expect(kyodo.frontmatter).toMatchObject({
      title: 'Japan seeks 8th round of tariffs talks in U.S. amid Trump impasse',
      publisher: 'Kyodo News',
      published: '2025-07-03',
    });
    expectWhole(
      kyodo.blocks[0],
      'TOKYO - The Japanese government has informed the United States',
      'a source close to the matter said Thursday.',
    );
    expectWhole(
      kyodo.blocks.at(-1),
      'But Japanese officials held firm',
      'resulting in a deadlock in the negotiations, the U.S. newspaper said.',
    );
    expect(kyodo.blocks).toHaveLength(12);
  });

  it('keeps only the Kyodo text in the Kyodo source', () => {
    expectGone(kyodo, [
      'logo',
      'Kyodo News7 hours ago',
      'Orange background',
      'Try Our AI Features',
      'Daily8',
      'No comments yet',
      'Related Articles',
      'shipbuilders',
      'Mongolia',
      'Why South Korea Needs a Trade Deal',
      'KORUS',
      'DOWNLOAD THE APP',
    ]);
  });

  it('makes the Diplomat essay a source of its own, with its standfirst and subheads, first to last paragraph', () => {
    expect(diplomat.frontmatter).toMatchObject({
      title: 'Why South Korea Needs a Trade Deal With the United States',
      publisher: 'The Diplomat',
      published: '2025-07-02',
    });
    expect(diplomat.blocks[0]).toBe(
      'Without a new deal or an extension to the talks, South Korea will face a series of new tariffs from the United States that will significantly impact its economy.',
    );
    expectWhole(
      diplomat.blocks[1],
      'With the South Korea-U.S. free trade agreement (KORUS FTA) in place',
      'as well as tariffs on China and potentially Canada and Mexico.',
    );
    expect(diplomat.blocks.filter((_, i) => i % 2 === 0).slice(1)).toEqual([
      'How the Reciprocal Tariffs Impact South Korea',
      'Tariffs on the Automobile Industry',
      'Other Section 232 Tariffs: Steel, Semiconductors, and Pharmaceuticals',
      'Tariffs on Supply Chains in Vietnam, China, and Mexico',
    ]);
    expectWhole(
      diplomat.blocks.at(-1),
      'Because of the nature of global supply chains Korean firms',
      'on goods produced in South Korea is necessary.',
    );
  });

  it('keeps the card furniture, the other cards and the app promotion out of the Diplomat source', () => {
    expectGone(diplomat, [
      'time2 hours ago',
      '• The Diplomat',
      'Mongolia',
      'Hanwha Ocean',
      'Kyodo',
      'Akazawa',
      'DOWNLOAD THE APP',
      'app-store',
      'Download Daily8 app',
    ]);
  });

  it('makes no source of the Nikkei teaser or the Mongolia essay, and says why', () => {
    expect(built.sources.filter((s) => s.rawFile === '003_20b331350ef0a9df.txt').map((s) => s.id)).toEqual([
      'diplomat-korea-trade-deal',
      'kyodo-japan-eighth-round',
    ]);
    expect(built.notes.join('\n')).toMatch(/skipped "South Korea shipbuilders catch rising tide of US Navy business".*Nikkei/);
    expect(built.notes.join('\n')).toMatch(/skipped "Mongolia's WWII Legacy: Asset or Liability in 2025\?".*off-topic/);
  });
});

describe('004: Japan and the United States are expediting tariff negotiations (finance site)', () => {
  const s = source('japan-us-expediting');

  it('keeps the title and the article, first to last paragraph', () => {
    expect(s.frontmatter).toMatchObject({
      title: 'Japan and the United States are expediting tariff negotiations.',
      published: '2025-05-23',
      dateBasis: 'inferred',
    });
    expectWhole(s.blocks[0], 'As the global trade landscape becomes increasingly complex', 'before the G7 summit in June.');
    expectWhole(
      s.blocks.at(-1),
      'Tokyo is diligently preparing negotiation strategies',
      'demonstrating a strong willingness to reach an agreement.',
    );
    expect(s.blocks).toHaveLength(5);
  });

  it('drops the breadcrumb, view counter, teaser, disclaimer, tags and the article lists', () => {
    expectGone(s, [
      'Your current location',
      'People have watched',
      'Introduction',
      'and th ...',
      'The market carries risks',
      'investment advice',
      'Tags:',
      'Related articles',
      "Brazil's September inflation",
      'Popular Articles',
      'Majorana',
      'Latest articles',
      'Carney elected',
    ]);
  });
});

describe('known issues', () => {
  it('records the errors the brief names, each with a quote found in the text', () => {
    const issues = built.sources.flatMap((s) => s.frontmatter.knownIssues.map((k) => `${s.id}: ${k.quote}`));
    for (const expected of [
      'asia-deficit-widening: Vietnam, Taiwan, China, and Thailand',
      'asia-deficit-widening: Minister of Trade Negotiations, Rohan Kyu',
      'twenty-country-talks: Oceania: Australia, Argentina, Brazil, Ecuador',
      'twenty-country-talks: Treasury Secretary Besant',
      'japan-us-expediting: US Treasury Secretary Besent',
      'japan-us-expediting: the latter half of 2024',
    ]) {
      expect(
        issues.some((issue) => issue.startsWith(expected)),
        expected,
      ).toBe(true);
    }
  });
});
