import { describe, expect, it } from 'vitest';
import { endsSentence, passageContext } from '../../src/site/passage-context';

const TEXT = [
  'Headline words.',
  'The deal — which took weeks — sets a 15% rate. Officials in the U.S. Trade Representative’s office said on Aug. 1 that “the rate is final.” Markets rose.',
  'Another paragraph without an end',
].join('\n\n');

describe('cited passages on source pages', () => {
  it('shows the passage with the source’s own quote marks and dashes, whatever the citer typed', () => {
    const context = passageContext(TEXT, 'The deal-which took weeks-sets a 15% rate');
    expect(context).toEqual({ before: '', match: 'The deal — which took weeks — sets a 15% rate', after: '.' });
    expect(passageContext(TEXT, '"the rate is final."')?.match).toBe('“the rate is final.”');
  });

  it('cuts context at sentence ends, never after an abbreviation such as "U.S." or "Aug."', () => {
    const context = passageContext(TEXT, 'said on Aug. 1');
    expect(context?.before).toBe('Officials in the U.S. Trade Representative’s office ');
    expect(context?.after).toBe(' that “the rate is final.”');
  });

  it('stops at a paragraph boundary when a paragraph has no full stop', () => {
    expect(passageContext(TEXT, 'without an end')).toEqual({ before: 'Another paragraph ', match: 'without an end', after: '' });
  });

  it('returns nothing for a quote that is not in the text', () => {
    expect(passageContext(TEXT, 'not in the text at all')).toBeUndefined();
  });

  it('knows abbreviations from sentence ends', () => {
    const at = (s: string, around: string) => endsSentence(s, s.indexOf(around) + around.indexOf('.'));
    expect(at('Trade with the U.S. Officials said', 'S. ')).toBe(false);
    expect(at('Talks end in Aug. Then more', 'g. ')).toBe(false);
    expect(at('Talks ended. Then more', 'd. ')).toBe(true);
    expect(at('A rate of 2.5 percent applies', '.5')).toBe(false);
    expect(at('It rose, e.g. By half', 'g. B')).toBe(false);
  });
});
