import { describe, expect, it } from 'vitest';
import {
  comparison,
  deepest,
  deficitsAnnual,
  drawnPoints,
  largestRevision,
  type Model,
  PARTNERS,
  revisedFacts,
} from '../../src/charts/deficits-annual';
import { polylineVertices } from '../../src/client/polyline';
import { loadDatasets } from '../../src/provenance/dataset-loader';
import { readSourceTexts } from '../../src/provenance/source-texts';
import { sourceSchema } from '../../src/schemas/source';
import { formatBillions, formatBillionsChange as signedBillions, toBillions } from '../../src/shared/format';
import { makeCitationResolver } from '../../src/site/citations';
import { datasetAccess } from '../../src/site/dataset-access';
import { renderSvg } from '../../src/site/render-svg';

const data = datasetAccess(loadDatasets());
const sources = new Map([...readSourceTexts()].map(([id, s]) => [id, sourceSchema.parse(s.frontmatter)]));
const cite = makeCitationResolver(data('references').records, sources);
const model: Model = deficitsAnnual.model(data, cite);
const rows = data('trade-balance-annual').records.filter((r) => PARTNERS.includes(r.partner));
const row = (partner: string, year: number, vintage: string) =>
  rows.find((r) => r.partner === partner && r.year === year && r.vintage === vintage);

describe('billions', () => {
  it('converts US$ millions to billions', () => {
    expect(toBillions(-297_000)).toBe(-297);
    expect(toBillions(143_545.7)).toBeCloseTo(143.5457, 6);
  });

  it('signs changes with a true minus and drops the sign of a change that rounds to zero', () => {
    expect(signedBillions(-1_600)).toBe('−$1.6B');
    expect(signedBillions(3_960)).toBe('+$4.0B');
    expect(signedBillions(20)).toBe('$0.0B');
    expect(signedBillions(-20)).toBe('$0.0B');
  });
});

describe('deficits-annual model', () => {
  it('keeps the two releases apart: China 2024 is −$297.0B revised and −$295.4B as first published', () => {
    const china = model.partners.find((s) => s.partner === 'CN');
    expect(china?.rows.revised.every((r) => r.vintage === 'revised-2026-10')).toBe(true);
    expect(china?.rows['as-published'].every((r) => r.vintage === 'as-published-2025-04')).toBe(true);
    expect(formatBillions(china?.rows.revised.find((r) => r.year === 2024)?.balance ?? 0)).toBe('−$297.0B');
    expect(formatBillions(china?.rows['as-published'].find((r) => r.year === 2024)?.balance ?? 0)).toBe('−$295.4B');
  });

  it('shows what exists for Mexico: revised rows only where the revised release has them, no filling in', () => {
    const mexico = model.partners.find((s) => s.partner === 'MX');
    const revisedYears = rows.filter((r) => r.partner === 'MX' && r.vintage === 'revised-2026-10').map((r) => r.year);
    expect(mexico?.rows.revised.map((r) => r.year)).toEqual(revisedYears.sort());
    expect(mexico?.rows.revised.some((r) => r.year < 2023)).toBe(false);
    expect(mexico?.rows['as-published'].map((r) => r.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it('orders panels by the latest revised balance, largest deficit first', () => {
    const latest = model.partners.map((s) => s.rows.revised.find((r) => r.year === 2025)?.balance ?? 0);
    expect(latest).toEqual([...latest].sort((a, b) => a - b));
    expect(model.partners).toHaveLength(PARTNERS.length);
  });

  it('finds each series’ deepest deficit', () => {
    const china = model.partners.find((s) => s.partner === 'CN');
    const worst = deepest(china?.rows.revised ?? []);
    expect(worst?.balance).toBe(
      Math.min(...rows.filter((r) => r.partner === 'CN' && r.vintage === 'revised-2026-10').map((r) => r.balance)),
    );
  });

  it('states in the title only what the data shows', () => {
    const facts = revisedFacts(model);
    // China's 2025 deficit is the smallest since 2005 (April 2025 release: 2005 −202.3 against 2025 −202.7 revised).
    expect(facts.chinaSince?.since).toBe(2005);
    // Only partners with all eleven years can be said to be at their largest deficit; Mexico has three.
    expect(facts.atDeepest.map((s) => s.partner)).not.toContain('MX');
    for (const s of facts.atDeepest) expect(deepest(s.rows.revised)?.year).toBe(2025);
    const title = deficitsAnnual.figure(model, 'revised', {}).title;
    expect(title).toContain(formatBillions(Math.abs(facts.chinaLast?.balance ?? 0)));
    for (const s of facts.atDeepest.filter((p) => p.partner !== 'CN')) expect(title).toContain(s.name);
    expect(title).toContain('its smallest since 2005');
    // The first print of February 2026 is given beside the revision.
    expect(deficitsAnnual.figure(model, 'revised', {}).description).toContain('China $202.1B first published, $202.7B revised');
  });

  it('finds the largest revision between the releases', () => {
    const best = largestRevision(model);
    let max = 0;
    for (const r of rows.filter((x) => x.vintage === 'revised-2026-10')) {
      const first = row(r.partner, r.year, 'as-published-2025-04');
      if (first) max = Math.max(max, Math.abs(r.balance - first.balance));
    }
    expect(best && Math.abs(best.revised - best.first)).toBeCloseTo(max, 6);
  });

  it('uses only dollar figures that are in the data in its figure texts', () => {
    const firstPrints = data('trade-totals').records.map((r) => r.balance);
    const allowed = new Set(
      [...rows.flatMap((r) => [r.balance, r.exports, r.imports]), ...firstPrints].flatMap((v) => [
        formatBillions(Math.abs(v)),
        formatBillions(v),
      ]),
    );
    for (const view of deficitsAnnual.views) {
      const f = deficitsAnnual.figure(model, view, {});
      for (const text of [f.title, f.alt, f.description]) {
        for (const [money] of text.matchAll(/−?\$\d+(\.\d)?B/g)) expect(allowed, `${view}: ${money}`).toContain(money);
      }
    }
  });
});

describe('deficits-annual readout and table', () => {
  it('gives balance, exports, imports, vintage, the Census table and the first-published figure', () => {
    const stops = deficitsAnnual.stops?.(model, 'revised', {}) ?? [];
    const stop = stops.find((s) => s.heading === 'China, 2024');
    const revised = row('CN', 2024, 'revised-2026-10');
    expect(stop).toBeDefined();
    const text = stop?.lines.join(' ') ?? '';
    expect(text).toContain(`Balance ${formatBillions(revised?.balance ?? 0)} (US deficit)`);
    expect(text).toContain(`US exports ${formatBillions(revised?.exports ?? 0)}`);
    expect(text).toContain(`US imports ${formatBillions(revised?.imports ?? 0)}`);
    expect(text).toContain('Census figures as revised');
    expect(text).toContain('First published in April 2025 as −$295.4B; revised by −$1.6B.');
    expect(text).toContain(`Table: ${revised?.table}`);
    // The claim checked against the first-published figure is shown with its quote.
    expect(stop?.citations.some((c) => c.quote?.includes('$295 billion'))).toBe(true);
  });

  it('says when the other release has no figure', () => {
    const r2025 = row('CN', 2025, 'revised-2026-10');
    const mx2015 = row('MX', 2015, 'as-published-2025-04');
    if (!r2025 || !mx2015) throw new Error('fixture rows missing');
    expect(comparison('revised', r2025, undefined)).toMatch(/Not in the April 2025 release/);
    expect(comparison('as-published', mx2015, undefined)).toMatch(/no figure/);
    expect(comparison('revised', r2025, { ...r2025, balance: r2025.balance + 10 })).toMatch(/same balance/);
  });

  it.each(deficitsAnnual.views)('view %s: one stop, one table row and marks for every point drawn', (view) => {
    const points = drawnPoints(model, view);
    const stops = deficitsAnnual.stops?.(model, view, {}) ?? [];
    const table = deficitsAnnual.table(model, view, {});
    expect(stops.map((s) => s.i)).toEqual(points.map((p) => p.i));
    expect(table.rows).toHaveLength(points.length);
    for (const width of [340, 680]) {
      const svg = renderSvg(deficitsAnnual, model, view, { width, idPrefix: 'x', label: 'x' });
      // Each partner's line has a vertex (a dot, its marker) per point, numbered from its first.
      const lines = [...svg.matchAll(/<path [^>]*data-points="(\d+)"[^>]*>/g)];
      const numbered = lines.flatMap(([tag, first]) =>
        polylineVertices(/ d="([^"]+)"/.exec(tag)?.[1] ?? '').map((_, k) => Number(first) + k),
      );
      expect(numbered).toEqual(points.map((p) => p.i));
      expect(svg).not.toContain('transparent');
      expect(svg.match(/data-snap="[\d. ]+"/g)).toHaveLength(model.partners.length);
    }
  });

  it('marks numeric columns with units in their labels', () => {
    const table = deficitsAnnual.table(model, 'revised', {});
    for (const column of table.columns.filter((c) => c.numeric)) expect(column.label).toMatch(/US\$ bn/);
    const china2024 = table.rows.find((r) => r.partner === 'China' && r.year === '2024');
    expect(china2024).toMatchObject({ balance_bn: -297, other_bn: -295.4 });
  });
});
