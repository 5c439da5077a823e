// The one error map (src/provenance/error-map.ts) on fixture schemas: what an author reads for
// each kind of zod issue, and that a schema's own words win over it.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { ContentErrors } from '../../src/provenance/content-error';
import { contentErrorMap, describeIssue, parseOrThrow, validate } from '../../src/provenance/error-map';

const record = z.strictObject({
  id: z.string(),
  rate: z.number().int(),
  status: z.enum(['announced', 'effective', 'suspended']),
  title: z.string().min(5),
  url: z.url(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date like "2025-04-02"'),
  tags: z.array(z.string()).max(2),
  citations: z.array(z.union([z.strictObject({ source: z.string(), quote: z.string() }), z.strictObject({ doc: z.string() })])),
});

const good = {
  id: 'a',
  rate: 10,
  status: 'effective',
  title: 'A title',
  url: 'https://www.whitehouse.gov/x',
  date: '2025-04-02',
  tags: [],
  citations: [{ doc: 'eo-1' }],
};

/** The problems a value has, one line each, in the order zod finds them. */
function problems(value: unknown): string[] {
  const result = validate(record, value);
  return result.success ? [] : result.error.issues.map(describeIssue);
}

describe('the error map', () => {
  it('passes a good value through, parsed', () => {
    expect(validate(record, good)).toMatchObject({ success: true, data: good });
  });

  it('says what was expected and what was found, instead of zod’s stock words', () => {
    expect(problems({ ...good, rate: 'ten' })).toEqual(['expected a number, got the string "ten"']);
    expect(problems({ ...good, rate: 1.5 })).toEqual(['expected a whole number, got number 1.5']);
    expect(problems({ ...good, title: 'Hi' })).toEqual(['too short: expected at least 5 characters']);
    expect(problems({ ...good, tags: ['a', 'b', 'c'] })).toEqual(['too many items: expected at most 2']);
    expect(problems({ ...good, url: 'whitehouse.gov' })).toEqual([
      'expected a full URL such as "https://www.whitehouse.gov/…", got the string "whitehouse.gov"',
    ]);
  });

  it('names a missing field as missing', () => {
    const { rate: _, ...noRate } = good;
    expect(problems(noRate)).toEqual(['required field is missing: expected a number']);
    const { status: __, ...noStatus } = good;
    expect(problems(noStatus)).toEqual(['required field is missing: expected one of "announced", "effective", "suspended"']);
  });

  it('keeps a schema’s own message, and still says when the field is missing', () => {
    expect(problems({ ...good, date: '2 April' })).toEqual(['expected an ISO date like "2025-04-02"']);
    const { date: _, ...noDate } = good;
    expect(problems(noDate)).toEqual(['required field is missing: expected a string (in double quotes)']);
    const own = z.object({ day: z.string({ error: 'expected an ISO date like "2025-04-02"' }) });
    const result = validate(own, {});
    expect(result.success ? [] : result.error.issues.map(describeIssue)).toEqual([
      'required field is missing: expected an ISO date like "2025-04-02"',
    ]);
  });

  it('suggests the nearest allowed value', () => {
    expect(problems({ ...good, status: 'efective' })).toEqual([
      'the string "efective" is not allowed: expected one of "announced", "effective", "suspended" (did you mean "effective"?)',
    ]);
  });

  it('lists the fields an object takes for an unknown one, with the nearest name', () => {
    expect(problems({ ...good, titel: 'x' })).toEqual([
      'unknown field "titel" (did you mean "title"?); expected only: id, rate, status, title, url, date, tags, citations',
    ]);
  });

  it('shows both citation shapes for a citation that fits neither', () => {
    expect(problems({ ...good, citations: [{ quote: 'x' }] })[0]).toMatch(
      /^not a valid citation \(got an object\): expected \{ "source": .* or \{ "doc": /,
    );
  });

  it('leaves a custom check without words of its own to zod', () => {
    expect(contentErrorMap({ code: 'custom', input: 1, path: [], message: '' } as never)).toBeUndefined();
  });
});

describe('parseOrThrow', () => {
  it('throws every problem at once as file (field): problem → fix', () => {
    let thrown: unknown;
    try {
      parseOrThrow(record, { ...good, rate: 'ten', title: 'Hi' }, 'content/x.json', 'regenerate it');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentErrors);
    expect((thrown as ContentErrors).problems.map((p) => p.message)).toEqual([
      'content/x.json (field "rate"): expected a number, got the string "ten"\n  → regenerate it',
      'content/x.json (field "title"): too short: expected at least 5 characters\n  → regenerate it',
    ]);
  });

  it('returns the parsed value when it is good', () => {
    expect(parseOrThrow(record, good, 'content/x.json', 'fix')).toEqual(good);
  });
});
