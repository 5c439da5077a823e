// A raw article whose headline was lost in the scrape starts with its first paragraph. Ingest must
// not take that paragraph for the title (it would vanish from the quotable text): it stops and
// says how to give the title.
import { describe, expect, it } from 'vitest';
import { findTitle } from '../../scripts/ingest/rules/title';

describe('a raw article without its headline', () => {
  it.each([
    // Two sentences: a lead paragraph, however short.
    'Japan sent its chief negotiator to Washington again on Monday. He hopes to lower the car tariff.',
    // One long sentence ending with a full stop: a paragraph's opening, not a headline.
    'Japanese Economic Revitalization Minister Ryosei Akazawa left for Washington on Thursday for an eighth round of tariff talks with the administration of President Donald Trump.',
  ])('is refused when it starts with a paragraph: %s', (lead) => {
    const result = findTitle([lead, 'Second paragraph of the article, which goes on.']);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem).toContain('reads as the first paragraph');
  });

  it.each([
    'Japan and the United States are expediting tariff negotiations.',
    'Will US-China Trade Talks Ever Reach a Breakthrough?',
    'President Trump of the United States Launches 2025 Trade Negotiations: with Taiwan, Japan, and South Korea Involved, US-China Tariff Talks Show Progress',
    'Japan seeks 8th round of tariffs talks in U.S. amid Trump impasse',
  ])('still takes a real headline: %s', (headline) => {
    expect(findTitle([headline, 'Body.'])).toMatchObject({ ok: true, title: headline });
  });
});
