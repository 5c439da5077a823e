import { describe, expect, it } from 'vitest';
import { dropDanglingHeadings, looksLikeHeading } from '../../scripts/ingest/rules/dangling-heading';
import { dropDisclaimers } from '../../scripts/ingest/rules/disclaimers';
import { dropFurniture, furnitureReason } from '../../scripts/ingest/rules/furniture';
import { stripHashtags } from '../../scripts/ingest/rules/hashtags';
import { cutPageTail } from '../../scripts/ingest/rules/page-tail';
import { tidyLine, toBlocks } from '../../scripts/ingest/rules/paragraphs';
import { parseRelativeStamp } from '../../scripts/ingest/rules/relative-time';
import { dropRepeats } from '../../scripts/ingest/rules/repeats';
import { splitStandfirst } from '../../scripts/ingest/rules/standfirst';
import { dropTeasers } from '../../scripts/ingest/rules/teasers';
import { findTitle, titleProblem } from '../../scripts/ingest/rules/title';

const lead = 'In May 2025, the Trump administration initiated a new round of trade negotiations with about 20 countries.';

describe('rule: relative time stamps', () => {
  it.each([
    ['8h ago', '', '8h ago'],
    ['7 hours ago', '', '7 hours ago'],
    ['timean hour ago', '', 'an hour ago'],
    ['time2 hours ago', '', '2 hours ago'],
    ['Kyodo News7 hours ago', 'Kyodo News', '7 hours ago'],
    ['TaiwanPolitics8h ago', 'TaiwanPolitics', '8h ago'],
  ])('reads %j', (line, label, stamp) => {
    expect(parseRelativeStamp(line)).toEqual({ label, stamp });
  });

  it('does not take a sentence that ends in "ago" for a stamp', () => {
    expect(parseRelativeStamp('He left 2 days ago')).toBeNull();
    expect(parseRelativeStamp('Tariffs were raised to 145% on Chinese goods, which began two weeks ago')).toBeNull();
    expect(parseRelativeStamp('8 hours')).toBeNull();
  });
});

describe('rule: page furniture', () => {
  it.each([
    'logo',
    'Cover Image',
    'Orange background',
    'Key Updates',
    '8h ago',
    'TaiwanPolitics8h ago',
    'Release Time:2025-06-25 18:56:26 Views:36',
    'Published: 2025-07-29 20:30:13 | Category: technology',
    'Your current location is:{Current column} >>Text',
    '{Current column}4People have watched',
    'Explore what Daily8 AI can do for you:',
    'No comments yet...',
    'Tags:',
    'Get Started Now: Download the App',
    'app-storeplay-store',
  ])('drops %j', (line) => {
    expect(furnitureReason(line)).not.toBeNull();
  });

  it('keeps article sentences that merely mention the same words', () => {
    for (const line of [
      'The company unveiled a new logo for its cars.',
      'Comments by the minister were reported in Tokyo.',
      'Key updates to the agreement are expected in June.',
      'Japan and the United States are expediting tariff negotiations.',
    ]) {
      expect(furnitureReason(line)).toBeNull();
    }
  });

  it('keeps blank lines, which separate paragraphs, and records what it dropped', () => {
    const result = dropFurniture(['Title', '', 'Cover Image', '', 'Text.']);
    expect(result.lines).toEqual(['Title', '', '', 'Text.']);
    expect(result.changes).toMatchObject([{ rule: 'furniture', action: 'removed', text: 'Cover Image', why: 'an image placeholder' }]);
  });
});

describe('rule: page tail', () => {
  it.each([
    'Related articles',
    'Related Articles',
    'Popular Articles',
    'Latest articles',
    'People Also Ask...',
    'DOWNLOAD THE APP',
    'Comments',
    'Try Our AI Features',
  ])('cuts from %j to the end', (heading) => {
    const result = cutPageTail(['Last paragraph.', '', heading, 'Another headline', '- a list item']);
    expect(result.lines).toEqual(['Last paragraph.', '']);
    expect(result.changes.map((c) => c.text)).toEqual([heading, 'Another headline', '- a list item']);
  });

  it('leaves a page without a tail alone', () => {
    expect(cutPageTail(['One.', 'Two.']).lines).toEqual(['One.', 'Two.']);
  });

  it('does not cut at a sentence that starts with the same words', () => {
    expect(cutPageTail(['Related articles in the Nikkei said so.', 'More.']).lines).toHaveLength(2);
  });
});

describe('rule: title', () => {
  it('is the first line that is not furniture', () => {
    expect(
      findTitle([
        'Your current location is:{Current column} >>Text',
        'Japan and the United States are expediting tariff negotiations.',
        'Body.',
      ]),
    ).toEqual({
      ok: true,
      title: 'Japan and the United States are expediting tariff negotiations.',
      index: 1,
    });
    expect(findTitle(['logo', 'Japan seeks 8th round of tariffs talks in U.S. amid Trump impasse'])).toMatchObject({ index: 1 });
  });

  it('refuses a paragraph, a line without words, or a page of furniture', () => {
    expect(findTitle([lead.repeat(4)])).toMatchObject({ ok: false, problem: expect.stringContaining('not a headline') });
    expect(titleProblem('2025-06-25 18:56')).toContain('no words');
    expect(findTitle(['logo', '', 'Cover Image'])).toMatchObject({ ok: false, problem: expect.stringContaining('furniture') });
  });
});

describe('rule: paragraphs and lists', () => {
  it('makes one paragraph per non-blank line, with or without blank lines between', () => {
    expect(toBlocks(['First.', 'Second.', '', '', 'Third.'])).toEqual(['First.', 'Second.', 'Third.']);
  });

  it('groups bullets into one list block, whatever the bullet glyph', () => {
    expect(toBlocks(['Countries named include:', '', '  • Asia: Taiwan, Japan', '  • Oceania: Australia', '', 'After.'])).toEqual([
      'Countries named include:',
      '- Asia: Taiwan, Japan\n- Oceania: Australia',
      'After.',
    ]);
    expect(toBlocks(['- One', '- Two'])).toEqual(['- One\n- Two']);
  });

  it('does not take a leading minus sign or asterisk without a space for a bullet, and drops bare bullets', () => {
    expect(toBlocks(['-5% on steel', '*Correction: a date', '-', 'Text'])).toEqual(['-5% on steel', '*Correction: a date', 'Text']);
  });

  it('collapses whitespace, non-breaking and zero-width spaces without changing words', () => {
    expect(tidyLine('  a\u00A0 b\tc\u200Bd  ')).toBe('a b cd');
  });
});

describe('rule: repeated title and paragraphs', () => {
  const title = 'President Trump Launches 2025 Trade Negotiations';

  it('keeps the first copy of a lead paragraph and drops later copies of it and of the title', () => {
    const result = dropRepeats([lead, title, lead, 'Next paragraph of the article follows here, long enough.'], title);
    expect(result.blocks).toEqual([lead, 'Next paragraph of the article follows here, long enough.']);
    expect(result.changes.map((c) => c.rule)).toEqual(['repeated-title', 'repeated-paragraph']);
  });

  it('treats copies that differ only in quote marks or spacing as copies', () => {
    const curly = 'Trump said tariffs \u201Ccannot go any higher\u201D and hinted at a cut to 80%.';
    const straight = 'Trump said tariffs  "cannot go any higher" and hinted at a cut to 80%.';
    expect(dropRepeats([curly, straight], title).blocks).toEqual([curly]);
  });

  it('keeps short repeated lines such as a subhead used twice', () => {
    expect(dropRepeats(['Taiwan', 'Text one.', 'Taiwan'], title).blocks).toEqual(['Taiwan', 'Text one.', 'Taiwan']);
  });
});

describe('rule: truncated teasers', () => {
  const body =
    'As the global trade landscape becomes increasingly complex, tariff negotiations between Japan and the United States are entering a critical phase.';

  it('drops a truncated copy of a later paragraph, even with a label glued on', () => {
    const teaser = 'IntroductionAs the global trade landscape becomes increasingly complex, tariff negotiations between Japan and th ...';
    const result = dropTeasers([teaser, body]);
    expect(result.blocks).toEqual([body]);
    expect(result.changes).toEqual([{ rule: 'teaser', action: 'removed', text: teaser }]);
  });

  it('keeps a sentence that trails off but repeats nothing', () => {
    const trailing = 'Negotiators said they would meet again, and then...';
    expect(dropTeasers([trailing, body]).blocks).toEqual([trailing, body]);
  });
});

describe('rule: investment disclaimers', () => {
  it('drops the boilerplate paragraph', () => {
    const disclaimer =
      'The market carries risks, and investment should be cautious. This article does not constitute personal investment advice and has not taken into account individual users\u2019 specific investment goals.';
    expect(dropDisclaimers(['Article text.', disclaimer]).blocks).toEqual(['Article text.']);
    expect(dropDisclaimers(['This is not financial advice.']).blocks).toEqual([]);
  });

  it('keeps article text about advice or markets', () => {
    const text = 'The market carries the risk of a sharp correction, analysts said, advising investors to be cautious.';
    expect(dropDisclaimers([text]).blocks).toEqual([text]);
  });
});

describe('rule: hashtags', () => {
  it('cuts a trailing run of hashtags and records it', () => {
    const result = stripHashtags(['Will they continue down the path of confrontation? #USTrade #ChinaTrade #EconomicRelations']);
    expect(result.blocks).toEqual(['Will they continue down the path of confrontation?']);
    expect(result.changes[0]?.text).toBe('#USTrade #ChinaTrade #EconomicRelations');
  });

  it('drops a block of nothing but hashtags', () => {
    expect(stripHashtags(['#Tariffs #Japan']).blocks).toEqual([]);
  });

  it('leaves numbers and hashtags inside a sentence alone', () => {
    expect(stripHashtags(['Japan is the #1 investor in the US']).blocks).toEqual(['Japan is the #1 investor in the US']);
    expect(stripHashtags(['The #Tariffs campaign trended in May.']).blocks).toEqual(['The #Tariffs campaign trended in May.']);
  });
});

describe('rule: standfirst', () => {
  const dek = 'Without a new deal or an extension to the talks, South Korea will face a series of new tariffs.';

  it('splits off an opening sentence that the article repeats later', () => {
    const first = `${dek} With the KORUS FTA in place, there are virtually no tariffs. ${dek} As one of the world's leading trading nations, it is exposed.`;
    const result = splitStandfirst([first, 'Next.']);
    expect(result.blocks).toEqual([
      dek,
      `With the KORUS FTA in place, there are virtually no tariffs. ${dek} As one of the world's leading trading nations, it is exposed.`,
      'Next.',
    ]);
    expect(result.changes).toEqual([{ rule: 'standfirst', action: 'split', text: dek }]);
  });

  it('leaves a first paragraph whose sentences are not repeated', () => {
    const first = 'TOKYO - The Japanese government has informed the United States of its plans. A source said so on Thursday.';
    expect(splitStandfirst([first, 'Next.']).blocks).toEqual([first, 'Next.']);
  });
});

describe('rule: dangling headings', () => {
  it('drops a heading left at the end with nothing under it', () => {
    const result = dropDanglingHeadings([
      'Taiwan: Supply Chain and High-Tech Cooperation as Focus',
      'Body text of the section.',
      'References',
    ]);
    expect(result.blocks).toEqual(['Taiwan: Supply Chain and High-Tech Cooperation as Focus', 'Body text of the section.']);
    expect(result.changes).toEqual([{ rule: 'dangling-heading', action: 'removed', text: 'References' }]);
  });

  it('keeps a closing sentence, a closing question and a closing list', () => {
    for (const last of ['That is all.', 'Will they choose cooperation over conflict?', '- One\n- Two']) {
      expect(dropDanglingHeadings(['Text.', last]).blocks).toEqual(['Text.', last]);
    }
    expect(looksLikeHeading('Deadlock in US Asia tariff negotiations')).toBe(true);
  });
});
