// The refunds chart on fixtures: its title is computed from the amounts, and it fails when they
// stop making sense (more certified than claimed) or when the "not known" row goes missing.
import { describe, expect, it } from 'vitest';
import { ieepaRefunds as chart, refundFacts } from '../../src/charts/ieepa-refunds';
import type { DatasetAccess } from '../../src/charts/types';
import { ieepaRefundsSchema } from '../../src/schemas/datasets/ieepa-refunds';
import { createDocument } from '../../src/site/render-svg';

const rec = (id: string, date: string, measure: string, amount: number | null) => ({
  id,
  date,
  measure,
  label: `Fixture ${measure}`,
  amount,
  qualifier: amount === null ? null : 'about',
  summary: 'A fixture step in the refund of duties.',
  note: null,
  citations: [{ doc: 'fixture-doc' }],
});
const base = () => [
  rec('collected', '2026-03-06', 'collected', 166_000),
  rec('opens', '2026-04-20', 'step', null),
  rec('eligible', '2026-04-20', 'eligible', 127_000),
  rec('submitted', '2026-05-26', 'submitted', 85_000),
  rec('certified', '2026-05-26', 'certified', 20_600),
  rec('paid', '2026-11-30', 'not-known', null),
];
const model = (records: object[]) => {
  const dataset = ieepaRefundsSchema.parse({
    id: 'ieepa-refunds',
    title: 'Fixture refunds',
    description: 'A fixture of the refund of the IEEPA duties.',
    units: 'US$ millions',
    license: 'CC BY 4.0',
    asOf: '2026-11-30',
    records,
  });
  const data = ((id: string) => (id === 'ieepa-refunds' ? dataset : { records: [] })) as DatasetAccess;
  return chart.model(data, () => []);
};

describe('ieepa-refunds', () => {
  it('states the amounts and that what was paid since is not known, in the title', () => {
    const m = model(base());
    expect(chart.figure(m, 'amounts', {}).title).toBe(
      'Of about $166 billion of IEEPA duties collected, importers had claimed about $85 billion and about $20.6 billion had been certified for payment by 26 May 2026; what has been paid since is not known',
    );
    expect(refundFacts(m).certified.amount).toBe(20_600);
  });

  it('fails the build when more is certified than was claimed', () => {
    const records = base().map((r) => (r.id === 'certified' ? { ...r, amount: 90_000 } : r));
    expect(() => chart.figure(model(records), 'amounts', {})).toThrow(/expected 90000 to be lower than 85000/);
  });

  it('fails the build when the "not known" row is missing', () => {
    expect(() => chart.figure(model(base().filter((r) => r.id !== 'paid')), 'amounts', {})).toThrow(/not-known/);
  });

  it('draws the unknown as an empty, labelled row, not as zero', () => {
    const svg = chart.render(model(base()), 'amounts', { document: createDocument(), width: 680, idPrefix: 't', params: {} });
    expect(svg.querySelectorAll('rect.tl-stop')).toHaveLength(5);
    expect(svg.textContent).toContain('not known');
    expect(chart.table(model(base()), 'amounts', {}).rows.find((r) => r.what === 'Paid since')?.as_given).toBe('not known');
  });
});
