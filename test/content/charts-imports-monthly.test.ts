import { describe, expect, it } from 'vitest';
import {
  belowFrom,
  biggestJump,
  change,
  claimLabel,
  formatPct,
  importsMonthly,
  type Model,
  monthPosition,
  PARTNERS,
  TARIFF_DATES,
} from '../../src/charts/imports-monthly';
import type { DatasetAccess } from '../../src/charts/types';
import { polylineVertices } from '../../src/client/polyline';
import { loadDatasets } from '../../src/provenance/dataset-loader';
import { readSourceTexts } from '../../src/provenance/source-texts';
import { sourceSchema } from '../../src/schemas/source';
import { formatBillions, formatBillionsChange as signedBillions, toBillions } from '../../src/shared/format';
import { wrapWords as wrap } from '../../src/shared/text';
import { makeCitationResolver } from '../../src/site/citations';
import { datasetAccess } from '../../src/site/dataset-access';
import { renderSvg } from '../../src/site/render-svg';

const data = datasetAccess(loadDatasets());
const sources = new Map([...readSourceTexts()].map(([id, s]) => [id, sourceSchema.parse(s.frontmatter)]));
const cite = makeCitationResolver(data('references').records, sources);
const model: Model = importsMonthly.model(data, cite);
const revised = data('trade-balance-monthly').records.filter((r) => r.vintage === 'revised-2026-10' && PARTNERS.includes(r.partner));
const imports = (partner: string, year: number, month: number) =>
  revised.find((r) => r.partner === partner && r.year === year && r.month === month)?.imports ?? Number.NaN;

describe('derived numbers', () => {
  it('converts millions to billions and computes changes with whole-percent rounding', () => {
    expect(toBillions(15_987.8)).toBeCloseTo(15.9878, 6);
    expect(change(10_000, 14_049)).toEqual({ diff: 4_049, pct: 40 });
    expect(change(10_000, 14_051).pct).toBe(41);
    expect(change(35_000, 20_424.5).pct).toBe(-42);
    expect(Number.isNaN(change(0, 5).pct)).toBe(true);
  });

  it('formats signed changes with a true minus', () => {
    expect(formatPct(41)).toBe('+41%');
    expect(formatPct(-30)).toBe('−30%');
    expect(formatPct(0)).toBe('0%');
    expect(signedBillions(4_556)).toBe('+$4.6B');
    expect(signedBillions(-14_000)).toBe('−$14.0B');
    expect(signedBillions(30)).toBe('$0.0B');
  });

  it('places tariff dates inside their month on a January–December axis', () => {
    expect(monthPosition('2025-01-01')).toBe(0);
    expect(monthPosition('2025-04-02')).toBeCloseTo(3 + 1 / 30, 10);
    expect(monthPosition('2025-08-07')).toBeCloseTo(7 + 6 / 31, 10);
    expect(monthPosition('2025-12-31')).toBeCloseTo(11 + 30 / 31, 10);
  });

  it('wraps legend text at word boundaries', () => {
    expect(wrap('2 Apr, 9 Apr, 9 Jul, 1 Aug and 7 Aug', 14)).toEqual(['2 Apr, 9 Apr,', '9 Jul, 1 Aug', 'and 7 Aug']);
  });

  it('labels a ringed month by the claim’s verdict', () => {
    expect(claimLabel({ text: 'Vietnam’s exports hit a record high in May 2025', verdict: 'matches' })).toBe('record');
    expect(claimLabel({ text: 'exports were close to the highest level in history', verdict: 'matches' })).toBe('near record');
    expect(claimLabel({ text: 'Thailand’s exports hit a record high', verdict: 'differs' })).toBe('no record');
    expect(claimLabel({ text: 'x', verdict: 'not-checkable' })).toBe('unchecked');
    expect(claimLabel({ text: '"Taiwan, China" in a list of record exporters', verdict: 'ambiguous' })).toBe('ambiguous');
  });
});

describe('imports-monthly model', () => {
  it('sums each partner’s twelve months of both years', () => {
    for (const p of model.partners) {
      const sum = (year: number) => revised.filter((r) => r.partner === p.partner && r.year === year).reduce((s, r) => s + r.imports, 0);
      expect(p.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(p.total2024).toBeCloseTo(sum(2024), 6);
      expect(p.total2025).toBeCloseTo(sum(2025), 6);
    }
  });

  it('orders panels from the largest rise in full-year imports to the largest fall', () => {
    const pcts = model.partners.map((p) => (p.total2025 - p.total2024) / p.total2024);
    expect(pcts).toEqual([...pcts].sort((a, b) => b - a));
    expect(model.partners.at(-1)?.partner).toBe('CN');
  });

  it('finds the biggest January–March jump across partners (the rush before the April tariff dates)', () => {
    const jump = biggestJump(model.partners, [1, 2, 3]);
    const all = model.partners.flatMap((p) => [1, 2, 3].map((m) => change(imports(p.partner, 2024, m), imports(p.partner, 2025, m)).pct));
    expect(jump?.pct).toBe(Math.max(...all));
    expect(jump?.pair.month).toBeLessThanOrEqual(3);
  });

  it('finds from which month China stays at least 20% below 2024', () => {
    const china = model.partners.find((p) => p.partner === 'CN');
    if (!china) throw new Error('China missing');
    const from = belowFrom(china, 20);
    expect(from).not.toBeNull();
    for (let m = from ?? 13; m <= 12; m++) expect(change(imports('CN', 2024, m), imports('CN', 2025, m)).pct).toBeLessThanOrEqual(-20);
    if (from && from > 1) expect(change(imports('CN', 2024, from - 1), imports('CN', 2025, from - 1)).pct).toBeGreaterThan(-20);
  });

  it('checks each tariff date against its record', () => {
    expect(model.tariffDates.map((t) => t.date)).toEqual(TARIFF_DATES.map((t) => t.date));
    for (const t of model.tariffDates) {
      expect(t.summary.length).toBeGreaterThan(10);
      expect(t.citations.length).toBeGreaterThan(0);
    }
    const broken: DatasetAccess = ((id) => {
      const d = data(id);
      if (id !== 'negotiations') return d;
      const n = d as ReturnType<typeof data<'negotiations'>>;
      return { ...n, records: n.records.map((r) => (r.id === 'all-2025-04-09-pause' ? { ...r, date: '2025-04-08' } : r)) };
    }) as DatasetAccess;
    expect(() => importsMonthly.model(broken, cite)).toThrow(/2025-04-09/);
  });

  it('draws only days on which a tariff was set or changed, not deadlines that passed without a change (9 July)', () => {
    const dates = model.tariffDates.map((t) => t.date);
    expect(dates).not.toContain('2025-07-09');
    expect(dates).not.toContain('2025-08-01');
    const negotiations = data('negotiations').records;
    for (const t of TARIFF_DATES) {
      if ('event' in t.from) {
        const { event } = t.from;
        expect(negotiations.find((e) => e.id === event)?.kind, t.date).not.toBe('deadline');
      }
    }
  });

  it('attaches the May 2025 record claims for Vietnam, Taiwan and Thailand', () => {
    for (const code of ['VN', 'TW', 'TH']) {
      const p = model.partners.find((x) => x.partner === code);
      const may = p?.months.find((m) => m.month === 5);
      expect(model.claims[may?.y2025.id ?? '']?.length, code).toBeGreaterThan(0);
    }
  });
});

describe('imports-monthly readout, table and marks', () => {
  const stops = importsMonthly.stops?.(model, 'imports', {}) ?? [];

  it('reads out a month: both years, the change, the claim check and the release', () => {
    const stop = stops.find((s) => s.heading === 'Vietnam, May');
    const a = imports('VN', 2024, 5);
    const b = imports('VN', 2025, 5);
    const text = stop?.lines.join(' ') ?? '';
    expect(text).toContain(`US imports ${formatBillions(b)} in May 2025 against ${formatBillions(a)} in May 2024`);
    expect(text).toContain(`${signedBillions(b - a)} (${formatPct(change(a, b).pct)})`);
    expect(text).toContain('Census data: matches');
    expect(text).toContain('Census figures as revised');
    expect(stop?.citations.some((c) => c.quote?.includes('record high in May'))).toBe(true);
    const thailand = stops.find((s) => s.heading === 'Thailand, May')?.lines.join(' ') ?? '';
    expect(thailand).toContain('Census data: differs');
  });

  it('lists the tariff dates that fall in a month', () => {
    const april = stops.find((s) => s.heading.endsWith(', April'))?.lines.join(' ') ?? '';
    expect(april).toContain('2 Apr 2025');
    expect(april).toContain('9 Apr 2025');
    const august = stops.find((s) => s.heading.endsWith(', August'))?.lines.join(' ') ?? '';
    expect(august).not.toContain('1 Aug 2025');
    expect(august).toContain('7 Aug 2025');
  });

  it('has one stop and one table row per partner-month, and marks for each at both widths', () => {
    const table = importsMonthly.table(model, 'imports', {});
    expect(stops).toHaveLength(PARTNERS.length * 12);
    expect(stops.map((s) => s.i)).toEqual(stops.map((_, k) => k));
    expect(table.rows).toHaveLength(stops.length);
    for (const width of [340, 680]) {
      const svg = renderSvg(importsMonthly, model, 'imports', { width, idPrefix: 'x', label: 'x' });
      // Two dotted lines per panel (2024, 2025), each with a vertex per month: stops first … first + 11.
      const lines = [...svg.matchAll(/<path [^>]*data-points="(\d+)"[^>]*>/g)];
      expect(lines).toHaveLength(2 * PARTNERS.length);
      const firsts = lines.map((m) => Number(m[1]));
      expect(new Set(firsts)).toEqual(new Set(PARTNERS.map((_, k) => 12 * k)));
      for (const [tag] of lines) {
        expect(tag).toMatch(/marker-mid="url\(#x-\d+\)"/);
        expect(polylineVertices(/ d="([^"]+)"/.exec(tag)?.[1] ?? '')).toHaveLength(12);
      }
      // No invisible hit shapes: each panel carries its plot area for the browser's nearest-point pick.
      expect(svg).not.toContain('transparent');
      expect(svg.match(/data-snap="[\d. ]+"/g)).toHaveLength(PARTNERS.length);
      // A group of dashed tariff rules in every panel, one line per date.
      const rules = [...svg.matchAll(/<g[^>]*stroke-dasharray="2 2"[^>]*>(.*?)<\/g>/g)];
      expect(rules).toHaveLength(PARTNERS.length);
      for (const [, inner] of rules) expect(inner?.match(/<line/g)).toHaveLength(TARIFF_DATES.length);
    }
  });

  it('states full-year changes in the title that match the data', () => {
    const title = importsMonthly.figure(model, 'imports', {}).title;
    const pct = (p: (typeof model.partners)[number]) => change(p.total2024, p.total2025).pct;
    const [first, second, third] = model.partners;
    const last = model.partners.at(-1);
    if (!first || !second || !third || !last) throw new Error('expected nine panels');
    expect(title).toContain(`from ${first.name} rose ${pct(first)}%`);
    expect(title).toContain(`from ${second.name} ${pct(second)}%`);
    expect(title).toContain(`from ${third.name} ${pct(third)}%`);
    expect(title).toContain(`from ${last.name} fell ${Math.abs(pct(last))}%`);
  });
});
