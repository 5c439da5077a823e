import { describe, expect, it } from 'vitest';
import { containsQuote, describeMiss, findQuote, normaliseForMatch, type QuoteMatch } from '../../src/provenance/quotes';

const kyodo =
  'Without an extension to the 90-day pause on part of the so-called reciprocal tariffs, Japan will face an additional ' +
  '14 percent country-specific tariff on top of the 10 percent baseline duty the United States has imposed on imports ' +
  'from all countries.\n\n"I\'m not sure we\'re going to make a deal. I doubt it," Trump told reporters aboard Air Force One.\n\n' +
  'it might demand a cap on the number of vehicles Japan could export to the United States -- a policy known as a ' +
  'voluntary export restriction.';

function miss(match: QuoteMatch): Extract<QuoteMatch, { found: false }> {
  if (match.found) throw new Error('expected the quote to be absent');
  return match;
}

describe('findQuote: exact hits', () => {
  it('finds a quote copied from the text', () => {
    expect(findQuote(kyodo, 'an additional 14 percent country-specific tariff')).toEqual({ found: true, index: expect.any(Number) });
  });

  it('finds a quote at the very start and at the very end', () => {
    expect(findQuote(kyodo, 'Without an extension').found).toBe(true);
    expect(findQuote(kyodo, 'voluntary export restriction.').found).toBe(true);
  });

  it('gives the position in the normalised text', () => {
    const text = 'Tariffs  rose\nto 145%.';
    const match = findQuote(text, 'to 145%');
    expect(match).toEqual({ found: true, index: normaliseForMatch(text).indexOf('to 145%') });
  });

  it('finds a quote that runs across a paragraph break', () => {
    expect(findQuote(kyodo, 'from all countries. "I\'m not sure').found).toBe(true);
  });
});

describe('findQuote: near-misses that count as found', () => {
  it('treats curly and straight quotes alike, both ways', () => {
    expect(findQuote(kyodo, '\u201CI\u2019m not sure we\u2019re going to make a deal.').found).toBe(true);
    expect(findQuote('calling Japan \u201Cvery tough\u201D', 'calling Japan "very tough"').found).toBe(true);
    expect(findQuote('so-called \u00ABreciprocal\u00BB tariffs', 'so-called "reciprocal" tariffs').found).toBe(true);
  });

  it('treats a double prime used as a quote mark like a double quote', () => {
    expect(findQuote('he said \u2033very spoiled\u2033 twice', 'said "very spoiled"').found).toBe(true);
  });

  it('treats en dash, em dash, minus and hyphen alike', () => {
    expect(findQuote('rates of 7.5\u2013100%', 'rates of 7.5-100%').found).toBe(true);
    expect(findQuote('a deficit of \u2212$21.17B', 'a deficit of -$21.17B').found).toBe(true);
  });

  it('ignores spacing around dashes and double-hyphen dashes', () => {
    expect(findQuote(kyodo, 'the United States \u2014 a policy known as').found).toBe(true);
    expect(findQuote(kyodo, 'the United States\u2014a policy known as').found).toBe(true);
    expect(findQuote('the existing truce\u2014where both parties', 'the existing truce - where both parties').found).toBe(true);
  });

  it('ignores differences in whitespace: newlines, runs of spaces, non-breaking spaces, tabs', () => {
    expect(findQuote(kyodo, 'an  additional\n14 percent')).toMatchObject({ found: true });
    expect(findQuote('an additional\u00A014\u00A0percent', 'an additional 14 percent').found).toBe(true);
    expect(findQuote('an\tadditional 14 percent', ' an additional 14 percent ').found).toBe(true);
  });

  it('ignores invisible characters a scrape leaves inside words (soft hyphens, zero-width spaces)', () => {
    expect(findQuote('country-spe\u00ADcific tar\u200Biff', 'country-specific tariff').found).toBe(true);
  });

  it('treats an ellipsis character and three dots alike', () => {
    expect(findQuote('No comments yet\u2026', 'No comments yet...').found).toBe(true);
  });
});

describe('findQuote: absent quotes', () => {
  it('does not change case or words: a quote is the exact words', () => {
    expect(findQuote(kyodo, 'an Additional 14 percent').found).toBe(false);
    expect(findQuote(kyodo, 'an additional 15 percent').found).toBe(false);
  });

  it('shows the closest passage when a quote is nearly right', () => {
    const match = miss(findQuote(kyodo, 'an additional 15 percent country-specific tariff'));
    expect(match.closest).toBe('an additional 14 percent country-specific tariff');
    expect(match.similarity).toBeGreaterThan(0.9);
    expect(describeMiss(match)).toBe(`the closest passage (${Math.round(match.similarity * 100)}% alike) is: "${match.closest}"`);
  });

  it('does not accept a quote with words left out, and points at the passage', () => {
    const match = miss(findQuote(kyodo, 'Japan will face an additional tariff on top of the baseline'));
    expect(match.closest).toContain('Japan will face an additional');
    expect(match.similarity).toBeGreaterThan(0.5);
  });

  it('says nothing comes close when the quote is from another article', () => {
    const match = miss(findQuote(kyodo, 'Lesotho agreed to authorize Starlink'));
    expect(match.similarity).toBeLessThan(0.5);
    expect(describeMiss(match)).toBe('nothing in the source comes close; check the source id');
  });

  it('handles an empty quote, an empty text and a quote longer than the text', () => {
    expect(findQuote(kyodo, '   ')).toEqual({ found: false, closest: '', similarity: 0 });
    expect(findQuote('', 'tariff')).toMatchObject({ found: false, similarity: 0 });
    const long = miss(findQuote('tariffs rose', 'tariffs rose sharply in the second quarter of the year'));
    expect(long.closest).toBe('tariffs rose');
  });
});

describe('normaliseForMatch', () => {
  it('is idempotent', () => {
    const once = normaliseForMatch(kyodo);
    expect(normaliseForMatch(once)).toBe(once);
  });

  it('trims and collapses whitespace but keeps words and case', () => {
    expect(normaliseForMatch('  The U.S.\n\nTrade   Representative ')).toBe('The U.S. Trade Representative');
  });
});

describe('containsQuote', () => {
  it('answers as findQuote does, for hits, near-misses that count and misses', () => {
    for (const quote of [
      'an additional 14 percent country-specific tariff',
      '“I’m not sure we’re going to make a deal.',
      'Japan could export to the United States — a policy',
      'an additional 15 percent country-specific tariff',
      'nothing like it at all',
      '',
    ])
      expect(containsQuote(kyodo, quote), quote).toBe(findQuote(kyodo, quote).found);
  });

  it('sees an edited text as a new one (texts are remembered normalised, by their content)', () => {
    expect(containsQuote(kyodo, 'Air Force One')).toBe(true);
    expect(containsQuote(kyodo.replace('Air Force One', 'the plane'), 'Air Force One')).toBe(false);
  });
});
