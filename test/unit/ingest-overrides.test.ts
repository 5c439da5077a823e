import { describe, expect, it } from 'vitest';
import { applyDrops, applySubheads, parseOverrides } from '../../scripts/ingest/overrides';

describe('overrides.json parsing', () => {
  it('accepts a minimal entry and fills the defaults', () => {
    const { overrides, problems } = parseOverrides({
      $comment: 'docs',
      'a.txt': { sources: [{ id: 'a-source', publisher: 'Kyodo News' }] },
    });
    expect(problems).toEqual([]);
    // author and url are left to what the page states unless the entry gives them.
    expect(overrides.get('a.txt')?.sources[0]?.author).toBeUndefined();
    expect(overrides.get('a.txt')?.sources[0]?.url).toBeUndefined();
    expect(overrides.get('a.txt')?.sources[0]).toMatchObject({
      copyUrl: null,
      language: 'en',
      drop: [],
      subheads: [],
      knownIssues: [],
    });
  });

  it('names the entry and field of every problem', () => {
    const { problems } = parseOverrides({
      'a.md': {},
      'b.txt': { sources: [{ id: 'Bad Id', publisher: 'X', colour: 'red' }] },
      'c.txt': { sources: [{ id: 'c', publisher: 'Kyodo', published: '3 July 2025' }] },
    });
    const where = problems.map((p) => p.where);
    expect(where).toContain('a.md');
    expect(where).toContain('b.txt.sources.0.id');
    expect(where).toContain('b.txt.sources.0');
    expect(where).toContain('c.txt.sources.0.published');
  });
});

describe('override: drop', () => {
  const ad = 'For the auto parts industry, our trade with the United States is not significant. Use our platform!';

  it('removes the one paragraph that starts with the given words', () => {
    const result = applyDrops(['Article.', ad], [{ startsWith: 'For the auto parts industry, our trade', why: 'the site advert' }]);
    expect(result.blocks).toEqual(['Article.']);
    expect(result.errors).toEqual([]);
    expect(result.changes).toEqual([{ rule: 'override:drop', action: 'removed', text: ad }]);
  });

  it('fails when the entry matches no paragraph or several', () => {
    expect(
      applyDrops(['Article.'], [{ startsWith: 'For the auto parts industry, our trade', why: 'the site advert' }]).errors[0],
    ).toContain('matches 0 paragraphs');
    expect(applyDrops([ad, ad], [{ startsWith: 'For the auto parts industry, our trade', why: 'the site advert' }]).errors[0]).toContain(
      'matches 2 paragraphs',
    );
  });
});

describe('override: subheads', () => {
  const flat =
    '…significantly impact its economy. How the Reciprocal Tariffs Impact South Korea In the April 2 executive order, the White House argued…';

  it('lifts a run-in subhead into its own paragraph', () => {
    const result = applySubheads(['Dek.', flat], ['How the Reciprocal Tariffs Impact South Korea']);
    expect(result.errors).toEqual([]);
    expect(result.blocks).toEqual([
      'Dek.',
      '…significantly impact its economy.',
      'How the Reciprocal Tariffs Impact South Korea',
      'In the April 2 executive order, the White House argued…',
    ]);
  });

  it('accepts a subhead that is already its own paragraph, and fails on one that is not in the text', () => {
    expect(applySubheads(['Tariffs on the Automobile Industry', 'Text.'], ['Tariffs on the Automobile Industry']).errors).toEqual([]);
    expect(applySubheads([flat], ['Tariffs on the Automobile Industry']).errors[0]).toContain('occurs 0 times');
  });

  it('does not split where the words run on as part of a sentence', () => {
    const sentence = 'The report, How the Reciprocal Tariffs Impact South Korea in detail, was cited.';
    expect(applySubheads([sentence], ['How the Reciprocal Tariffs Impact South Korea']).errors[0]).toContain('occurs 0 times');
  });
});
