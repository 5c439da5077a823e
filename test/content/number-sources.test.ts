// Leads for a number typed into a story: the dataset fields and source passages that would give it a source.
import { describe, expect, it } from 'vitest';
import { citeLead, numLeads, readNumber } from '../../src/provenance/number-sources';
import { storyContext } from '../../src/provenance/story-lint';

const { datasets, sources } = storyContext();

describe('readNumber', () => {
  it.each([
    ['145%', { value: 145, format: 'percent', decimals: 0 }],
    ['30 percent', { value: 30, format: 'percent', decimals: 0 }],
    ['$295.4 billion', { value: 295.4, format: 'billions', decimals: 1 }],
    ['$1,200 million', { value: 1200, format: 'millions', decimals: 0 }],
    ['12,345', { value: 12345, format: 'number', decimals: 0 }],
  ])('%s', (text, expected) => {
    expect(readNumber(text)).toEqual(expected);
  });

  it('gives up on what it cannot read', () => {
    expect(readNumber('2 trillion')).toBeUndefined();
    expect(readNumber('G7')).toBeUndefined();
  });
});

describe('leads', () => {
  it('finds the dataset field that prints a figure, money rounded as shown', () => {
    expect(numLeads('$295.4 billion', datasets, 5).leads.map((l) => l.mdx)).toContain(
      '<Num dataset="trade-balance-annual" record="cn-2024-as-published-2025-04" field="balance" format="billions" />',
    );
    expect(numLeads('$295.5 billion', datasets).leads).toEqual([]);
  });

  it('counts the fields it does not list', () => {
    const { leads, more } = numLeads('10%', datasets, 2);
    expect(leads).toHaveLength(2);
    expect(more).toBeGreaterThan(10);
  });

  it('quotes the source passage that prints a figure, with the words before it', () => {
    expect(citeLead('145%', sources)?.mdx).toBe('<Cite source="twenty-country-talks" quote="as high as 145%" />');
    expect(citeLead('9,999%', sources)).toBeUndefined();
  });
});
