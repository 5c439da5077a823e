// Every committed dataset validates and every quote is found (the same call the build makes), and
// spot checks tie key figures to the raw files they come from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/build-data';
import { datasetIds } from '../../src/schemas/datasets';
import type { Claim } from '../../src/schemas/datasets/claims';
import type { ReciprocalRate } from '../../src/schemas/datasets/reciprocal-rates';
import type { TradeBalanceAnnualRow } from '../../src/schemas/datasets/trade-balance-annual';
import type { TradeBalanceMonthlyRow } from '../../src/schemas/datasets/trade-balance-monthly';
import { datasets } from './datasets-support';

function records<T>(id: string): T[] {
  const entry = datasets.get(id);
  if (!entry) throw new Error(`dataset ${id} did not load`);
  return entry.data.records as T[];
}

/** The raw transcriptions, read with build-data's own CSV parser (d3-dsv: quoted commas kept). */
const readCsv = (path: string): Record<string, string>[] => parseCsv(readFileSync(path, 'utf8'), path);

describe('committed datasets', () => {
  it('every declared dataset loads, validates and has its quotes found in the clean sources', () => {
    // loadDatasets (run by the support module) throws ContentErrors on any problem.
    for (const id of datasetIds) expect(datasets.has(id), `content/data/${id}.json`).toBe(true);
  });
});

describe('trade balance: vintages', () => {
  const annual = records<TradeBalanceAnnualRow>('trade-balance-annual');
  const find = (id: string) => annual.find((r) => r.id === id);

  it('China 2024 as first published is −295,401.6 ($M): the White House "$295.4 billion"', () => {
    expect(find('cn-2024-as-published-2025-04')?.balance).toBe(-295401.6);
  });

  it('China 2024 as revised is −$297.0 billion', () => {
    const revised = find('cn-2024-revised-2026-10')?.balance ?? 0;
    expect(Math.round(revised / 100) / 10).toBe(-297.0);
  });

  it('the two releases agree for 2015–2021 for every partner in both', () => {
    const early = annual.filter((r) => r.vintage === 'revised-2026-10' && r.year <= 2021);
    expect(early.length).toBeGreaterThan(100);
    for (const r of early) {
      const first = find(`${r.partner.toLowerCase()}-${r.year}-as-published-2025-04`);
      expect(first?.balance, r.id).toBeCloseTo(r.balance, 0);
    }
  });

  it('monthly: the April 2025 release stops at February 2025; the revised one runs to December 2025', () => {
    const monthly = records<TradeBalanceMonthlyRow>('trade-balance-monthly');
    const last = (vintage: string) =>
      monthly.filter((r) => r.vintage === vintage).reduce((max, r) => Math.max(max, r.year * 100 + r.month), 0);
    expect(last('as-published-2025-04')).toBe(202502);
    expect(last('revised-2026-10')).toBe(202512);
    expect(monthly.filter((r) => r.vintage === 'revised-2026-10')).toHaveLength(21 * 24);
  });

  it('monthly revised figures add up to the annual ones within rounding', () => {
    const monthly = records<TradeBalanceMonthlyRow>('trade-balance-monthly').filter((r) => r.vintage === 'revised-2026-10');
    for (const year of [2024, 2025]) {
      for (const a of annual.filter((r) => r.vintage === 'revised-2026-10' && r.year === year)) {
        const sum = monthly.filter((m) => m.partner === a.partner && m.year === year).reduce((s, m) => s + m.imports, 0);
        expect(Math.abs(sum - a.imports), a.id).toBeLessThan(1.5);
      }
    }
  });
});

describe('reciprocal rates', () => {
  const rates = records<ReciprocalRate>('reciprocal-rates');
  const annex = rates.filter((r) => r.annexI !== null);

  it('has the 57 Annex I partners of EO 14257, each once', () => {
    expect(annex).toHaveLength(57);
    expect(new Set(annex.map((r) => r.annexI?.subdivision)).size).toBe(57);
    expect(new Set(rates.map((r) => r.partner)).size).toBe(rates.length);
  });

  it('2 April rates equal the HTSUS note column for all 57', () => {
    const hts = readCsv('content/data/raw/reciprocal_annex_i/annex_i_eo14257_as_in_htsus_note2v_xviii.csv');
    expect(hts).toHaveLength(57);
    for (const row of hts) {
      const record = annex.find((r) => r.annexI?.subdivision === Number(row.subdivision));
      expect(record?.annexI?.nameInHts, `subdivision ${row.subdivision}`).toBe(row.country_as_in_hts);
      expect(record?.april2Rate, row.country_as_in_hts).toBe(Number(row.additional_duty_pct));
    }
  });

  it('7 August rates equal the EO 14326 annex for every partner listed there', () => {
    const eo = readCsv('content/data/raw/reciprocal_annex_i/annex_i_eo14326_2025-07-31.csv');
    for (const row of eo.filter((r) => !r.country_as_in_eo?.startsWith('European Union'))) {
      const record = rates.find((r) => r.eo14326.nameInEo === row.country_as_in_eo);
      expect(record?.eo14326.rate, row.country_as_in_eo).toBe(Number(row.reciprocal_tariff_adjusted?.replace('%', '')));
    }
    // 69 partners (the EU has two rows) plus China, which the annex leaves out.
    expect(rates).toHaveLength(70);
  });

  it('the formula re-run reproduces 55 of the 57 rates; Japan and Vietnam come out one lower', () => {
    const off = annex.filter((r) => r.formula?.formulaRate !== r.april2Rate);
    expect(off.map((r) => [r.partner, r.april2Rate - (r.formula?.formulaRate ?? 0)])).toEqual([
      ['JP', 1],
      ['VN', 1],
    ]);
  });

  it("China's formula inputs are the April 2025 release: imports 438,947.4, exports 143,545.7", () => {
    const china = rates.find((r) => r.partner === 'CN');
    expect(china?.formula).toMatchObject({
      censusCode: '5700',
      imports2024: 438947.4,
      exports2024: 143545.7,
      balance2024: -295401.6,
      formulaRate: 34,
    });
  });
});

describe('claims', () => {
  const claims = records<Claim>('claims');

  it('has the headline claims with their verdicts', () => {
    const verdict = (id: string) => claims.find((c) => c.id === id)?.verdict;
    expect(verdict('stockholm-china-deficit-295')).toBe('matches');
    expect(verdict('twenty-145')).toBe('matches');
    expect(verdict('stockholm-additional-30')).toBe('matches');
    expect(verdict('kyodo-14-percent')).toBe('matches');
    expect(verdict('diplomat-deficit-55-9')).toBe('differs');
    expect(verdict('diplomat-exports-128-4')).toBe('differs');
    expect(verdict('asia-record-may-vietnam')).toBe('matches');
  });

  it('every claim in each source article is quoted from that article', () => {
    for (const c of claims)
      expect(
        c.citations.some((x) => 'source' in x && x.source === c.source),
        c.id,
      ).toBe(true);
  });
});
