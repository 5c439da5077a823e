import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ratesDumbbell, ruleCeiling } from '../../src/charts/rates-dumbbell';
import { formulaPartnerCodes, formulaState, reciprocalFormula, reciprocalFormulaParams } from '../../src/charts/reciprocal-formula/index';
import { FLOOR, formulaSteps, reciprocalRate } from '../../src/charts/reciprocal-formula/math';
import { type FormulaPartner, formulaHeight, formulaTable, renderFormula, verdict } from '../../src/charts/reciprocal-formula/svg';
import { theName } from '../../src/charts/shared/names';
import { loadDatasets } from '../../src/provenance/dataset-loader';
import { readSourceTexts } from '../../src/provenance/source-texts';
import { sourceSchema } from '../../src/schemas/source';
import { formatMoney as money, formatSigned as signed } from '../../src/shared/format';
import { makeCitationResolver } from '../../src/site/citations';
import { datasetAccess } from '../../src/site/dataset-access';
import { createDocument } from '../../src/site/render-svg';

const data = datasetAccess(loadDatasets());
const sources = new Map([...readSourceTexts()].map(([id, s]) => [id, sourceSchema.parse(s.frontmatter)]));
const cite = makeCitationResolver(data('references').records, sources);
const records = data('reciprocal-rates').records;
const annex = records.filter((r) => r.annexI !== null);

/**
 * The Census extract the formula inputs come from, unrounded (US$ millions, 2024, April 2025
 * release): the dataset stores the inputs rounded to $0.1 million.
 */
function censusFile(): Map<string, { imports: number; exports: number }> {
  const text = readFileSync('content/data/raw/census_country_xlsx_2025-04_ab604/us_trade_by_country_2024.csv', 'utf8');
  const rows = new Map<string, { imports: number; exports: number }>();
  for (const line of text.trim().split('\n').slice(1)) {
    const cells = [...line.matchAll(/"([^"]*)"|([^,]+)/g)].map((m) => m[1] ?? m[2] ?? '');
    rows.set(cells[0] as string, { imports: Number(cells[1]), exports: Number(cells[2]) });
  }
  return rows;
}

describe('the 2 April formula', () => {
  it('works through China step by step: 67.3% of imports, halved and rounded up to 34%', () => {
    const s = formulaSteps(438947.4, 143545.7);
    expect(s.share).toBeCloseTo(67.298, 2);
    expect(s.rounded).toBe(67);
    expect(s.half).toBe(33.5);
    expect(s.halfUp).toBe(34);
    expect(s.rate).toBe(34);
    expect(s.floored).toBe(false);
  });

  it('gives the 10% floor for a surplus, a small deficit, or no imports at all', () => {
    expect(formulaSteps(68084.5, 79941.3)).toMatchObject({ rounded: -17, halfUp: -8, rate: FLOOR, floored: true });
    expect(reciprocalRate(100, 81)).toBe(FLOOR);
    expect(reciprocalRate(100, 79)).toBe(11);
    expect(reciprocalRate(0, 10)).toBe(FLOOR);
  });

  it('can never exceed 50%, reached when there are no exports', () => {
    expect(reciprocalRate(237.3, 0)).toBe(50);
    expect(reciprocalRate(1, 0.0001)).toBe(50);
  });

  it('rounds the share before halving: Japan’s 46.2% gives 23, not 24', () => {
    expect(reciprocalRate(148208.566623, 79740.845546)).toBe(23);
    // Without rounding first, 46.2 / 2 = 23.1 would round up to 24.
    expect(Math.ceil((100 * (148208.566623 - 79740.845546)) / 148208.566623 / 2)).toBe(24);
  });

  it('reproduces 55 of the 57 Annex I rates from the unrounded Census figures; Japan and Vietnam are one point lower', () => {
    const census = censusFile();
    const results = annex.map((r) => {
      const row = census.get(r.formula?.censusName ?? '');
      if (!row) throw new Error(`${r.name}: no row "${r.formula?.censusName}" in the Census extract`);
      return { name: r.name, computed: reciprocalRate(row.imports, row.exports), published: r.april2Rate };
    });
    expect(results).toHaveLength(57);
    const differ = results.filter((r) => r.computed !== r.published);
    expect(results.length - differ.length).toBe(55);
    expect(differ).toEqual([
      { name: 'Japan', computed: 23, published: 24 },
      { name: 'Vietnam', computed: 45, published: 46 },
    ]);
  });

  it('agrees with the dataset’s formulaRate for every partner, from the unrounded figures', () => {
    const census = censusFile();
    for (const r of records) {
      const row = census.get(r.formula?.censusName ?? '');
      expect(row, r.name).toBeDefined();
      if (row && r.formula) expect(reciprocalRate(row.imports, row.exports), r.name).toBe(r.formula.formulaRate);
    }
  });

  it('from the stored inputs (rounded to $0.1 million) differs from formulaRate only where that rounding crosses a rounding edge', () => {
    for (const r of records) {
      const f = r.formula;
      if (!f || reciprocalRate(f.imports2024, f.exports2024) === f.formulaRate) continue;
      // Somewhere within half a rounding step of the stored figures the formula gives formulaRate.
      const near = [-0.05, 0, 0.05].flatMap((dm) => [-0.05, 0, 0.05].map((dx) => reciprocalRate(f.imports2024 + dm, f.exports2024 + dx)));
      expect(near, r.name).toContain(f.formulaRate);
    }
  });
});

describe('reciprocal-formula chart', () => {
  const model = reciprocalFormula.model(data, cite);

  it('offers exactly the partners with formula inputs, China by default', () => {
    const withInputs = records.filter((r) => r.formula).map((r) => r.partner);
    expect([...formulaPartnerCodes].sort()).toEqual([...withInputs].sort());
    expect(model.partners).toHaveLength(withInputs.length);
    expect(reciprocalFormulaParams.parse({})).toEqual({ partner: 'CN', exports: '100' });
  });

  it('accepts slider positions in steps of 5 from 0 to 200 and rejects anything else', () => {
    expect(reciprocalFormulaParams.parse({ partner: 'JP', exports: '150' })).toEqual({ partner: 'JP', exports: '150' });
    expect(reciprocalFormulaParams.safeParse({ exports: '151' }).success).toBe(false);
    expect(reciprocalFormulaParams.safeParse({ exports: '205' }).success).toBe(false);
    expect(reciprocalFormulaParams.safeParse({ partner: 'MX' }).success).toBe(false);
    expect(reciprocalFormulaParams.safeParse({ country: 'JP' }).success).toBe(false);
  });

  it('counts 55 matches of 57 and names Japan (23 vs 24) and Vietnam (45 vs 46) in its text', () => {
    expect(model.annex).toMatchObject({ total: 57, matches: 55 });
    expect(model.annex.differ).toEqual([
      { name: 'Japan', computed: 23, published: 24 },
      { name: 'Vietnam', computed: 45, published: 46 },
    ]);
    const figure = reciprocalFormula.figure(model, 'worked', { partner: 'CN', exports: '100' });
    expect(figure.title).toContain('55 of the 57');
    expect(figure.description).toContain('Japan (computed 23%, published 24%) and Vietnam (computed 45%, published 46%)');
    expect(figure.alt).toContain('$438.9B');
    expect(figure.sourceLine).toContain('Census');
    expect(figure.sourceLine).toContain('April 2025');
  });

  it('says when the rounded figures shown and the unrounded computation differ', () => {
    for (const name of model.roundingAffected) {
      const partner = model.partners.find((p) => p.name === name) as FormulaPartner;
      const text = verdict({ partner, scale: 100 });
      expect(text).toContain('Rounded to $0.1 million');
      expect(text).toContain(`give ${partner.fullPrecision}%`);
    }
  });

  it('describes each outcome in one sentence', () => {
    const state = (code: string, scale = 100) => formulaState(model, { partner: code, exports: String(scale) });
    expect(verdict(state('CN'))).toBe('The formula gives China 34%, the rate published on 2 April 2025.');
    expect(verdict(state('JP'))).toBe('The formula gives Japan 23%, 1 point below the 24% published on 2 April 2025.');
    expect(verdict(state('GB'))).toBe(
      'The United Kingdom was not listed in Annex I, so it paid the 10% baseline; the formula would give 10%.',
    );
    expect(verdict(state('CN', 0))).toBe(
      'With US exports at 0% of their 2024 level ($0.0M), the formula gives China 50%; the published 2 April rate is 34%.',
    );
    expect(verdict(state('PH', 150))).toContain('gives the Philippines');
  });

  it('tables every step of the worked example, ending with the computed and published rates', () => {
    const table = formulaTable(formulaState(model, { partner: 'VN', exports: '100' }));
    expect(table.columns.filter((c) => c.numeric).map((c) => c.label)).toEqual(['US$ million', 'Percent']);
    const byStep = Object.fromEntries(table.rows.map((r) => [r.step, r]));
    expect(byStep['US imports from Vietnam, 2024']?.usd_m).toBe(136561.2);
    expect(byStep['Rounded to a whole percent']?.pct).toBe(90);
    expect(byStep['Computed rate (at least 10%)']?.pct).toBe(45);
    expect(byStep['Published rate, 2 April 2025']?.pct).toBe(46);
  });

  it('draws the worked example with createElementNS only, at a fixed height for each width', () => {
    const document = createDocument();
    for (const width of [340, 680]) {
      const svg = renderFormula(document, formulaState(model, { partner: 'CN', exports: '100' }), width);
      expect(svg.getAttribute('height')).toBe(String(formulaHeight(width)));
      const text = svg.textContent ?? '';
      expect(text).toContain('$295.4B ÷ $438.9B = 67.3% → 67%');
      expect(text).toContain('67 ÷ 2 = 33.5 → 34%');
      expect(text).toContain('max(10, 34) = 34%');
      expect(text).toContain('Published 2 Apr: 34%');
      expect(text).toContain('Computed 34%');
    }
    const surplus = renderFormula(document, formulaState(model, { partner: 'GB', exports: '100' }), 680).textContent ?? '';
    expect(surplus).toContain('US surplus (exports − imports)');
    expect(surplus).toContain('max(10, −8) = 10%');
    expect(surplus).toContain('Paid: 10% baseline');
  });

  it('renders the params it is given at build time', () => {
    const svg = reciprocalFormula.render(model, 'worked', {
      document: createDocument(),
      width: 680,
      idPrefix: 'x',
      params: { partner: 'VN', exports: '50' },
    });
    const text = svg.textContent ?? '';
    expect(text).toContain('Vietnam');
    expect(text).toContain('(50% of 2024)');
  });

  it('sends the browser only the partners’ numbers', () => {
    const json = JSON.stringify(reciprocalFormula.explorer?.clientModel(model, 'worked'));
    expect(json.length).toBeLessThan(12_000);
    const controls = reciprocalFormula.explorer?.controls(model, 'worked', { partner: 'JP', exports: '100' }) ?? [];
    expect(controls.map((c) => [c.name, c.kind, c.value])).toEqual([
      ['partner', 'select', 'JP'],
      ['exports', 'range', '100'],
    ]);
  });
});

describe('text helpers', () => {
  it('formats money and signs for readers', () => {
    expect(money(438947.4)).toBe('$438.9B');
    expect(money(8365.8)).toBe('$8.37B');
    expect(money(41.1)).toBe('$41.1M');
    expect(money(-11856.8)).toBe('−$11.9B');
    expect(signed(-0)).toBe('0');
    expect(signed(-8.5, 1)).toBe('−8.5');
    expect(theName('Philippines', true)).toBe('The Philippines');
    expect(theName('Japan')).toBe('Japan');
  });
});

describe('rates-dumbbell chart', () => {
  const model = ratesDumbbell.model(data, cite);

  it('reads the all-in level from a rule in words', () => {
    expect(ruleCeiling('15% minus the Column 1 (MFN) duty rate for goods whose Column 1 rate is below 15%')).toBe(15);
    expect(ruleCeiling('no rate here')).toBeNull();
    expect(ruleCeiling(null)).toBeNull();
  });

  it('shows the partners the sources name plus the largest in the key view, every partner in the all view', () => {
    const key = ratesDumbbell.table(model, 'key', {}).rows.map((r) => String(r.partner));
    for (const name of [
      'China',
      'Vietnam',
      'Taiwan',
      'Japan',
      'South Korea',
      'Thailand',
      'India',
      'Indonesia',
      'Malaysia',
      'Cambodia',
      'European Union',
      'Switzerland',
      'Brazil (not in 2 Apr Annex I)',
      'United Kingdom (not in 2 Apr Annex I)',
    ]) {
      expect(key).toContain(name);
    }
    expect(key.length).toBeLessThanOrEqual(20);
    expect(ratesDumbbell.table(model, 'all', {}).rows).toHaveLength(records.length);
  });

  it('sorts partners by their 2 April rate, highest first', () => {
    for (const view of ratesDumbbell.views) {
      const rates = ratesDumbbell.table(model, view, {}).rows.map((r) => r.april2_pct as number);
      expect(rates).toEqual([...rates].sort((a, b) => b - a));
    }
  });

  it('draws the EU’s rule as an open square at 15% and explains it', () => {
    const eu = model.rows.find((r) => r.id === 'european-union');
    expect(eu).toMatchObject({ august: 15, augustIsRule: true });
    const figure = ratesDumbbell.figure(model, 'key', {});
    expect(figure.description).toContain('gives a rule, not a rate');
    const stop = ratesDumbbell.stops?.(model, 'key', {}).find((s) => s.heading === 'European Union');
    expect(stop?.lines.join(' ')).toContain('15% minus the Column 1 (MFN) duty rate');
  });

  it('has one stop per row, tagged on the marks, each citing its documents', () => {
    for (const view of ratesDumbbell.views) {
      const stops = ratesDumbbell.stops?.(model, view, {}) ?? [];
      const rows = ratesDumbbell.table(model, view, {}).rows;
      expect(stops).toHaveLength(rows.length);
      for (const stop of stops) expect(stop.citations.length, stop.heading).toBeGreaterThan(0);
      const svg = ratesDumbbell.render(model, view, { document: createDocument(), width: 340, idPrefix: 'x', params: {} });
      expect(svg.querySelectorAll('rect.tl-stop[data-i]')).toHaveLength(rows.length);
    }
    const india = ratesDumbbell.stops?.(model, 'key', {}).find((s) => s.heading === 'India');
    expect(india?.lines.join(' ')).toContain('+25% (from 27 Aug 2025)');
    expect(india?.citations.map((c) => c.label).join(' ')).toContain('EO 14329');
  });

  it('states counts in its title that match the rows', () => {
    const rows = model.rows.filter((r) => r.key);
    const lower = rows.filter((r) => r.august !== null && r.august < r.april2).length;
    const title = ratesDumbbell.figure(model, 'key', {}).title;
    expect(title).toContain(`${lower} were lower`);
  });

  it('leads with the 10% actually charged in the pause: 66 of 69 partners paid more from 7 August', () => {
    expect(model.pauseRate).toBe(10);
    const title = ratesDumbbell.figure(model, 'all', {}).title;
    expect(title).toContain('66 of 69 partners paid more than the 10% charged during the pause');
    expect(title).toContain('which applied for one day');
    const description = ratesDumbbell.figure(model, 'all', {}).description;
    expect(description).toContain('the Falkland Islands, Brazil and the United Kingdom kept a reciprocal rate of 10%');
    const svg = ratesDumbbell.render(model, 'all', { document: createDocument(), width: 640, idPrefix: 'x', params: {} });
    expect(svg.querySelectorAll('.tl-pause rect')).toHaveLength(1);
    expect(svg.textContent).toContain('Paid 10 Apr–6 Aug: 10%');
  });
});
