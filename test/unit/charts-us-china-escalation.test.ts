// The escalation chart on a small fixture: legal bases through 2026, China's unknown stretch, and
// titles computed from the steps (they change when the fixture does).
import { describe, expect, it } from 'vitest';
import type { DatasetAccess } from '../../src/charts/types';
import { usChinaEscalation as chart, escalationFacts } from '../../src/charts/us-china-escalation';
import { usChinaTariffsSchema } from '../../src/schemas/datasets/us-china-tariffs';
import { createDocument } from '../../src/site/render-svg';
import { collisions } from '../support/svg-collisions';

const doc = (id: string) => [{ doc: id }];
const us = (id: string, effective: string, rate: number, parts: Record<string, number>) => ({
  id,
  side: 'us',
  announced: effective,
  effective,
  status: 'effective',
  label: `${rate}%`,
  summary: 'A fixture event that changes the US rate.',
  rate,
  components: { fentanyl: 0, reciprocal: 0, ...parts },
  targeted: null,
  citations: doc('eo-fixture'),
});
const fixture = (extra: object[] = []) =>
  usChinaTariffsSchema.parse({
    id: 'us-china-tariffs',
    title: 'Fixture tariffs',
    description: 'A small fixture of US and Chinese tariff events.',
    units: 'percent',
    license: 'CC BY 4.0',
    asOf: '2026-11-30',
    records: [
      us('us-2025-02-04', '2025-02-04', 10, { fentanyl: 10 }),
      us('us-2025-04-10', '2025-04-10', 145, { fentanyl: 20, reciprocal: 125 }),
      {
        id: 'china-2025-04-12',
        side: 'china',
        announced: '2025-04-11',
        effective: '2025-04-12',
        status: 'effective',
        label: '125%',
        summary: 'China matches the US rate.',
        rate: 125,
        components: null,
        targeted: null,
        citations: doc('eo-fixture'),
      },
      {
        id: 'china-2025-05-14',
        side: 'china',
        announced: '2025-05-12',
        effective: '2025-05-14',
        status: 'effective',
        label: '10%',
        summary: 'China cuts its rate after Geneva.',
        rate: 10,
        components: null,
        targeted: null,
        citations: doc('eo-fixture'),
      },
      us('us-2026-02-24', '2026-02-24', 10, { section122: 10 }),
      us('us-2026-07-24', '2026-07-24', 12.5, { section301: 12.5 }),
      ...extra,
    ],
  });
const access = (tariffs: ReturnType<typeof fixture>): DatasetAccess =>
  ((id: string) => (id === 'us-china-tariffs' ? tariffs : { records: [] })) as DatasetAccess;
const model = (extra: object[] = []) => chart.model(access(fixture(extra)), () => []);

describe('us-china-escalation', () => {
  it('splits the US rate by legal basis through 2026', () => {
    const m = model();
    const at = (iso: string, part: string) => m.components.find((c) => +c.date === +new Date(iso) && c.part === part)?.rate;
    expect(at('2025-04-10', 'IEEPA reciprocal duty')).toBe(125);
    expect(at('2026-02-24', 'Section 122 surcharge')).toBe(10);
    expect(at('2026-02-24', 'IEEPA fentanyl duty')).toBe(0);
    expect(at('2026-07-24', 'Section 301 (forced labor)')).toBe(12.5);
    expect(at('2026-11-30', 'Section 301 (forced labor)')).toBe(12.5);
  });

  it('computes the title: peaks, the last US rate and how it compares with China’s last known rate', () => {
    const m = model();
    const facts = escalationFacts(m);
    expect(facts).toMatchObject({ s122: 10, chinaPeak: 125, chinaLast: 10, lastVsChina: 'higher' });
    expect(facts.last.rate).toBe(12.5);
    const title = chart.figure(m, 'rates', {}).title;
    expect(title).toBe(
      'US and Chinese tariffs on each other’s goods peaked at 145% and 125% in April 2025; after the Supreme Court ruling the US rate is 12.5%, higher than China’s last known 10%',
    );
    expect(chart.figure(m, 'components', {}).title).toContain('12.5% under Section 301 from 24 Jul 2026');
  });

  it('changes the comparison when the data change', () => {
    const china = {
      id: 'china-2026-08-01',
      side: 'china',
      announced: '2026-08-01',
      effective: '2026-08-01',
      status: 'effective',
      label: '24%',
      summary: 'A fixture: China raises its rate.',
      rate: 24,
      components: null,
      targeted: null,
      citations: doc('eo-fixture'),
    };
    expect(chart.figure(model([china]), 'rates', {}).title).toContain('lower than China’s last known 24%');
  });

  it('marks China’s rate after its last statement as not known, in the table and as a dashed line', () => {
    const m = model();
    const rows = chart.table(m, 'rates', {}).rows;
    expect(rows.find((r) => r.date === '2026-07-24')?.china_rate_pct).toBe('not known');
    expect(rows.find((r) => r.date === '2025-05-14' && r.side === 'China')?.china_rate_pct).toBe(10);
    const svg = chart.render(m, 'rates', { document: createDocument(), width: 680, idPrefix: 't', params: {} });
    expect(svg.querySelector('[stroke-dasharray="4 4"]')).not.toBeNull();
    expect(svg.textContent).toContain('China: not known');
  });
});

// A fixture shaped like the real timeline (short stretches, lines that meet, China's rate known
// only to early 2026), where the old fixed offsets drew labels over each other and over lines.
const event = (id: string, side: string, day: string, status: string, rate: number | null) => ({
  id,
  side,
  announced: day,
  effective: status === 'effective' ? day : null,
  status,
  label: id,
  summary: 'A fixture event on the escalation timeline.',
  rate,
  components: null,
  targeted: null,
  citations: doc('eo-fixture'),
});
const crowded = () =>
  model([
    us('us-2025-03-04', '2025-03-04', 20, { fentanyl: 20 }),
    us('us-2025-04-09', '2025-04-09', 104, { fentanyl: 20, reciprocal: 84 }),
    event('china-2025-04-10', 'china', '2025-04-10', 'effective', 84),
    event('talks-2025-05-12', 'both', '2025-05-12', 'no-change', null),
    us('us-2025-05-14', '2025-05-14', 30, { fentanyl: 20, reciprocal: 10 }),
    event('talks-2025-06-10', 'both', '2025-06-10', 'no-change', null),
    us('us-2025-11-10', '2025-11-10', 20, { fentanyl: 10, reciprocal: 10 }),
    event('china-2025-11-10', 'china', '2025-11-10', 'effective', 10),
    event('china-2026-02-24', 'china', '2026-02-24', 'no-change', null),
    event('court-2026-05-07', 'us', '2026-05-07', 'no-change', null),
    event('court-2026-06-12', 'us', '2026-06-12', 'no-change', null),
  ]);

describe('us-china-escalation labels', () => {
  for (const view of ['rates', 'components'] as const) {
    for (const width of [340, 680]) {
      it(`${view} at ${width}px: no label overlaps another label or crosses a line`, () => {
        const svg = chart.render(crowded(), view, { document: createDocument(), width, idPrefix: 't', params: {} });
        expect(collisions(svg)).toEqual([]);
      });
    }
  }

  it('names both lines at every width, and says where China’s rate is not known on a laptop', () => {
    for (const width of [340, 680]) {
      const text = chart.render(crowded(), 'rates', { document: createDocument(), width, idPrefix: 't', params: {} }).textContent;
      expect(text).toMatch(/US (on China|tariff on Chinese goods)/);
      expect(text).toMatch(/China(’s tariff)? on US|China\b/);
    }
    expect(chart.render(crowded(), 'rates', { document: createDocument(), width: 680, idPrefix: 't', params: {} }).textContent).toContain(
      'China: not known',
    );
  });

  it('keys every legal basis by colour at a phone’s width', () => {
    const svg = chart.render(crowded(), 'components', { document: createDocument(), width: 340, idPrefix: 't', params: {} });
    for (const name of ['IEEPA fentanyl, up to 20%', 'IEEPA reciprocal, up to 125%', 'Section 122, 10%', 'Section 301, 12.5%'])
      expect(svg.textContent).toContain(name);
    const swatches = Array.from(svg.querySelectorAll('path, [fill]'))
      .map((el) => el.getAttribute('fill'))
      .filter((f) => f?.startsWith('var(--c-section') || f?.startsWith('var(--c-fentanyl') || f?.startsWith('var(--c-reciprocal'));
    expect(new Set(swatches).size).toBe(4);
  });
});
