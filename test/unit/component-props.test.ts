// parseProps: a component's props checked as it renders, with the place of its use and a fix. The
// same words as the story linter's (checkProps), so an author reads one message from either.
import { describe, expect, it } from 'vitest';
import { checkProps, parseProps, propsPlace } from '../../src/provenance/component-props';
import { ContentErrors } from '../../src/provenance/content-error';
import { citePropsSchema } from '../../src/schemas/cite-props';
import { docPropsSchema, numPropsSchema } from '../../src/schemas/num-props';

/** The messages parseProps throws, or [] when the props pass. */
function thrown(run: () => unknown): string[] {
  try {
    run();
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ContentErrors);
    return (error as ContentErrors).problems.map((p) => p.message);
  }
}

const num = { dataset: 'us-china-tariffs', record: 'us-2025-04-10', field: 'rate', format: 'percent' };

describe('parseProps', () => {
  it('returns the parsed props, leaving out Astro’s own and the where marker', () => {
    const place = propsPlace('Num', undefined, '/method/');
    expect(parseProps(numPropsSchema, { ...num, 'data-astro-cid-x1': '', where: 'x', digits: undefined }, place)).toEqual(num);
  });

  it('throws a ContentError for <Num value="abc" />, naming the page, the component, the problem and the fix', () => {
    const messages = thrown(() => parseProps(numPropsSchema, { value: 'abc' }, propsPlace('Num', undefined, '/method/')));
    expect(messages).toContain(
      'page /method/ (<Num>): unknown prop "value"\n  → valid props: "dataset", "record", "field", "format", "digits", "signed"; props of <Num> are listed at /authoring/#num and in AUTHORING.md',
    );
    expect(messages).toContain(
      'page /method/ (<Num>): missing prop "dataset"\n  → <Num> needs dataset="…"; props of <Num> are listed at /authoring/#num and in AUTHORING.md',
    );
    expect(messages).toHaveLength(5);
  });

  it('names the story file on a story’s page, and file:line when the use gives its place', () => {
    expect(
      thrown(() => parseProps(numPropsSchema, { ...num, format: 'percentage' }, propsPlace('Num', undefined, '/tariffs/stories/japan/'))),
    ).toEqual([
      'content/stories/japan.mdx (<Num>): prop "format": "percentage" is not allowed; expected one of "percent", "billions", "millions", "number", "date", "day", "month", "year"\n  → did you mean format="percent"?',
    ]);
    const [message = ''] = thrown(() =>
      parseProps(docPropsSchema, { id: 'EO 14257' }, propsPlace('Doc', 'src/pages/method.astro:42', '/method/')),
    );
    expect(message.startsWith('src/pages/method.astro:42 (<Doc>): prop "id": ')).toBe(true);
  });

  it('gives <Cite source="nope" /> (no quote) its fix', () => {
    expect(thrown(() => parseProps(citePropsSchema, { source: 'nope' }, propsPlace('Cite', undefined, '/method/')))).toEqual([
      'page /method/ (<Cite>): missing prop "quote"\n  → <Cite> needs quote="…"; props of <Cite> are listed at /authoring/#cite and in AUTHORING.md',
    ]);
  });

  it('speaks the linter’s words (checkProps)', () => {
    const checked = checkProps('Num', numPropsSchema, { ...num, format: 'percentage' });
    expect(checked).toMatchObject({ ok: false, problems: [{ fix: 'did you mean format="percent"?' }] });
  });
});
