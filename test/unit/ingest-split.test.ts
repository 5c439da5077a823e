import { describe, expect, it } from 'vitest';
import { splitArticles } from '../../scripts/ingest/split-articles';

const card = (title: string, publisher: string, body: string) => [
  title,
  title,
  '',
  publisher,
  '',
  'time2 hours ago',
  '',
  `  • ${publisher}`,
  '',
  title,
  '',
  body,
  '',
];

describe('splitting a raw file into articles', () => {
  it('keeps a page without article headers as one segment', () => {
    const lines = ['Headline', '', 'Release Time:2025-06-25 18:56:26 Views:36', '', 'Text.'];
    expect(splitArticles(lines)).toEqual([{ title: null, publisher: null, line: 1, lines }]);
  });

  it('does not mistake a live page that repeats its headline with a stamp in between for several articles', () => {
    const lines = [
      'Headline of the report',
      '',
      'TaiwanPolitics8h ago',
      'Headline of the report',
      '',
      'Lead.',
      'Key Updates',
      '8h ago',
      'Headline of the report',
      'Lead.',
    ];
    expect(splitArticles(lines)).toHaveLength(1);
  });

  it('splits an aggregator page into the main article and its related-article cards', () => {
    const lines = [
      'logo',
      'Japan seeks 8th round of tariffs talks',
      '',
      'Japan seeks 8th round of tariffs talks',
      '',
      'Kyodo News7 hours ago',
      'TOKYO - First paragraph.',
      'Last paragraph.',
      'Related Articles',
      '',
      ...card('Why South Korea Needs a Trade Deal', 'The Diplomat', 'Essay text.'),
      ...card('Mongolia and the war', 'The Diplomat', 'Off-topic text.'),
    ];
    const segments = splitArticles(lines);
    expect(segments.map((s) => [s.title, s.publisher, s.line])).toEqual([
      ['Japan seeks 8th round of tariffs talks', 'Kyodo News', 2],
      ['Why South Korea Needs a Trade Deal', 'The Diplomat', 11],
      ['Mongolia and the war', 'The Diplomat', 24],
    ]);
    expect(segments[0]?.lines).toEqual(['TOKYO - First paragraph.', 'Last paragraph.', 'Related Articles', '']);
    expect(segments[1]?.lines.filter(Boolean)).toEqual(['Essay text.']);
  });

  it('keeps text above the first header as its own segment unless it is only furniture', () => {
    const lines = ['An unrelated teaser paragraph.', '', ...card('Card headline here', 'Nikkei Asia', 'Text.')];
    const segments = splitArticles(lines);
    expect(segments.map((s) => s.title)).toEqual([null, 'Card headline here']);
  });
});
