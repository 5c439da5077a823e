// A claim comes from one place: an article (quoted) or a statement (madeIn, cited). The schema
// refuses a claim with both, with neither, or with a statement it does not cite.
import { describe, expect, it } from 'vitest';
import { claimSchema } from '../../src/schemas/datasets/claims';

const base = {
  id: 'statement-78',
  partner: null,
  claimed: { value: 78, unit: 'percent', text: 'The deficit was reduced by 78%' },
  official: null,
  verdict: 'not-checkable',
  reason: null,
  note: 'Nothing in the fixture measures it.',
};
const messages = (claim: unknown) => (claimSchema.safeParse(claim).error?.issues ?? []).map((i) => i.message);

describe('where a claim was made', () => {
  it('accepts a claim made in a statement that it cites', () => {
    expect(messages({ ...base, source: null, madeIn: 'statement-doc', citations: [{ doc: 'statement-doc' }] })).toEqual([]);
  });

  it('defaults madeIn to null for a claim in an article', () => {
    const parsed = claimSchema.parse({ ...base, source: 'an-article', citations: [{ source: 'an-article', quote: 'reduced by 78%' }] });
    expect(parsed.madeIn).toBeNull();
  });

  it('refuses a claim with neither an article nor a statement', () => {
    expect(messages({ ...base, source: null, citations: [{ doc: 'statement-doc' }] }).join()).toContain(
      '"source" (an article id) or "madeIn"',
    );
  });

  it('refuses a claim with both', () => {
    const both = {
      ...base,
      source: 'an-article',
      madeIn: 'statement-doc',
      citations: [{ source: 'an-article', quote: 'x y z' }, { doc: 'statement-doc' }],
    };
    expect(messages(both).join()).toContain('a claim is made in one place');
  });

  it('refuses a statement that is not among the citations', () => {
    expect(messages({ ...base, source: null, madeIn: 'statement-doc', citations: [{ doc: 'another-doc' }] }).join()).toContain(
      '{ "doc": "statement-doc" }',
    );
  });
});
