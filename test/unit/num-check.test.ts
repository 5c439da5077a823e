// resolveNum: the one resolution of a <Num>, shared by the story linter and the component.
import { describe, expect, it } from 'vitest';
import { resolveNum } from '../../src/provenance/num-check';

const datasets = new Map([
  [
    'us-china-tariffs',
    { data: { records: [{ id: 'us-2025-04-10', rate: 145, announced: '2025-04-09', balance: -295402.5, summary: 'peak', note: null }] } },
  ],
]);
const num = { dataset: 'us-china-tariffs', record: 'us-2025-04-10', field: 'rate', format: 'percent' } as const;

describe('resolveNum', () => {
  it('writes the field in its format, with digits and sign', () => {
    expect(resolveNum(num, datasets)).toMatchObject({ ok: true, text: '145%' });
    expect(resolveNum({ ...num, field: 'announced', format: 'date' }, datasets)).toMatchObject({ ok: true, text: '9 April 2025' });
    expect(resolveNum({ ...num, field: 'balance', format: 'billions', signed: 'true' }, datasets)).toMatchObject({
      ok: true,
      text: expect.stringMatching(/^−\$295\.4 billion$/),
    });
  });

  it('names an unknown dataset, record or field with the nearest one', () => {
    expect(resolveNum({ ...num, dataset: 'us-china-tarifs' }, datasets)).toMatchObject({
      ok: false,
      problem: 'unknown dataset "us-china-tarifs"',
      fix: expect.stringContaining('did you mean "us-china-tariffs"?'),
    });
    expect(resolveNum({ ...num, record: 'us-2025-04-11' }, datasets)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('no record "us-2025-04-11"'),
    });
    expect(resolveNum({ ...num, field: 'rat' }, datasets)).toMatchObject({
      ok: false,
      fix: expect.stringContaining('did you mean "rate"?'),
    });
  });

  it('says when a value cannot be written in the format asked for', () => {
    expect(resolveNum({ ...num, field: 'summary' }, datasets)).toMatchObject({
      ok: false,
      problem: 'field "summary" cannot be written as percent: expected a number for format "percent", got "peak"',
    });
  });
});
