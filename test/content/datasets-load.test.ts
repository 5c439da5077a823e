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
    for (const c of claims.filter((x) => x.source !== null))
      expect(
        c.citations.some((x) => 'source' in x && x.source === c.source),
        c.id,
      ).toBe(true);
  });

  it('the 2026 claims made outside the articles cite their statements and are judged by the ledger’s rules', () => {
    const made = claims.filter((c) => c.madeIn !== null);
    for (const c of made)
      expect(
        c.citations.some((x) => 'doc' in x && x.doc === c.madeIn),
        c.id,
      ).toBe(true);
    const verdict = (id: string) => claims.find((c) => c.id === id)?.verdict;
    // "Reduced by 78%" names no period: the one reading our data checks (2025 against 2024) fails.
    expect(verdict('trump-2026-02-deficit-78')).toBe('ambiguous');
    // The White House figures run into 2026, for which no Census or BEA release was found.
    for (const id of ['wh-2026-04-02-goods-deficit-24', 'wh-2026-04-02-china-46', 'wh-2026-04-02-eu-40'])
      expect(verdict(id), id).toBe('not-checkable');
  });
});

describe('coverage to 30 November 2026 (tariff-facts-2026.md, sections 1–6)', () => {
  const rateOf = (id: string) => {
    const found = records<ReciprocalRate>('reciprocal-rates').find((r) => r.id === id);
    if (!found) throw new Error(`reciprocal-rates has no ${id}`);
    return found;
  };
  const rec = <T extends { id: string }>(id: string, recordId: string) => {
    const found = records<T>(id).find((r) => r.id === recordId);
    if (!found) throw new Error(`${id} has no record ${recordId}`);
    return found;
  };

  it('us-china-tariffs: IEEPA to 23 Feb 2026, Section 122 10% from 24 Feb, Section 301 12.5% from 24 Jul; the ruling, the court fight and Beijing', () => {
    const end = rec<{ id: string; effective: string; rate: number; components: Record<string, number> }>(
      'us-china-tariffs',
      'us-2026-02-20-end',
    );
    expect(end).toMatchObject({
      effective: '2026-02-24',
      rate: 10,
      components: { fentanyl: 0, reciprocal: 0, section122: 10, section301: 0 },
    });
    const s301 = rec<{ id: string; effective: string; rate: number; components: Record<string, number> }>(
      'us-china-tariffs',
      'us-2026-07-24',
    );
    expect(s301).toMatchObject({ effective: '2026-07-24', rate: 12.5, components: { section122: 0, section301: 12.5 } });
    for (const id of [
      'court-2026-02-20-scotus',
      'court-2026-05-07-cit',
      'court-2026-06-12-cafc',
      'talks-2026-05-14-beijing',
      'talks-2026-05-20-board-of-trade',
    ])
      expect(rec('us-china-tariffs', id).id).toBe(id);
    const meta = datasets.get('us-china-tariffs')?.data as unknown as { asOf: string; caveats: string[] };
    expect(meta.asOf).toBe('2026-11-30');
    // China's rate after 24 Feb 2026 and the 10 Nov 2026 outcome are stated as not known.
    expect(meta.caveats.join(' ')).toContain('Not known');
  });

  it('negotiations: the six US–China meetings of 2025, the Beijing summit, Korea’s 30 Jul deal and the 2026 regime', () => {
    const n = records<{ id: string; partner: string | null; kind: string; date: string; place: string | null }>('negotiations');
    const meetings = n.filter((e) => e.partner === 'CN' && e.kind === 'talks' && e.date <= '2025-12-31').map((e) => e.place);
    expect(meetings).toEqual(['Geneva', 'London', 'Stockholm', 'Madrid', 'Kuala Lumpur', 'Busan']);
    expect(rec('negotiations', 'kr-2025-07-30-deal')).toMatchObject({ kind: 'deal', date: '2025-07-30' });
    expect(rec('negotiations', 'cn-2026-05-14-beijing')).toMatchObject({ date: '2026-05-14', endDate: '2026-05-15' });
    expect(rec('negotiations', 'all-2026-07-23-section-122-end')).toMatchObject({ date: '2026-07-23', kind: 'deadline' });
  });

  it('sector-tariffs: the cars at 15% for Japan (16 Sep 2025), the EU (1 Aug 2025, retroactive) and Korea (1 Nov 2025, retroactive), and the later actions', () => {
    expect(rec('sector-tariffs', 'autos-jp-2025-09-16')).toMatchObject({ rate: 15, effective: '2025-09-16', retroactive: false });
    expect(rec('sector-tariffs', 'autos-eu-2025-08-01')).toMatchObject({ rate: 15, effective: '2025-08-01', retroactive: true });
    expect(rec('sector-tariffs', 'autos-kr-2025-11-01')).toMatchObject({ rate: 15, effective: '2025-11-01', retroactive: true });
    const sectors = new Set(records<{ sector: string }>('sector-tariffs').map((r) => r.sector));
    for (const s of ['lumber', 'furniture', 'trucks', 'buses', 'semiconductors', 'pharmaceuticals', 'drones', 'polysilicon'])
      expect(sectors).toContain(s);
    expect(rec('sector-tariffs', 'steel-2026-04-06')).toMatchObject({ effective: '2026-04-06', rate: 50 });
  });

  it('reciprocal-rates: Switzerland at 15% from 14 Nov 2025, India’s penalty ended 7 Feb 2026, and the Section 301 tiers of the memorandum', () => {
    expect(rateOf('switzerland').deal).toMatchObject({ rate: 15, effective: '2025-11-14' });
    expect(rateOf('india').otherMeasure?.ended?.date).toBe('2026-02-07');
    const tier = (id: string) => [rateOf(id).regime2026.section301, rateOf(id).regime2026.section301Kind];
    expect(tier('china')).toEqual([12.5, 'additional']);
    expect(tier('vietnam')).toEqual([12.5, 'additional']);
    expect(tier('india')).toEqual([10, 'additional']);
    expect(tier('european-union')).toEqual([10, 'all-in']);
    expect(tier('japan')).toEqual([12.5, 'all-in']);
    expect(tier('lesotho')).toEqual([null, null]);
    expect(records<ReciprocalRate>('reciprocal-rates').filter((r) => r.regime2026.section301 !== null)).toHaveLength(36);
  });

  it('trade-totals and ieepa-refunds: 2025 as first published, and the refunds with what is not known', () => {
    expect(rec<{ id: string; balance: number; record: boolean }>('trade-totals', 'goods-bop-2025')).toMatchObject({
      balance: -1_240_000,
      record: true,
    });
    expect(rec<{ id: string; balance: number }>('trade-totals', 'goods-services-2025').balance).toBe(-901_500);
    expect(rec<{ id: string; balance: number }>('trade-totals', 'cn-goods-2025').balance).toBe(-202_100);
    expect(rec<{ id: string; amount: number }>('ieepa-refunds', 'collected-2026-03-06').amount).toBe(166_000);
    expect(rec('ieepa-refunds', 'cape-2026-04-20')).toMatchObject({ date: '2026-04-20' });
    expect(rec<{ id: string; amount: number }>('ieepa-refunds', 'certified-2026-05-26').amount).toBe(20_600);
    expect(rec('ieepa-refunds', 'paid-2026-11-30')).toMatchObject({ measure: 'not-known', amount: null });
  });
});

describe('trade-actions', () => {
  it('holds the votes, investigations, Section 338 duties and what is not known', () => {
    const actions = records<{ id: string; kind: string; law: string; rate: number | null; effective: string | null }>('trade-actions');
    const byId = new Map(actions.map((a) => [a.id, a]));
    expect(byId.get('canada-338-2026-08-19')).toMatchObject({ law: 'section-338', rate: 50, effective: '2026-08-19' });
    expect(byId.get('s301-forced-labor-2026-03-12')?.kind).toBe('investigation');
    expect(actions.filter((a) => a.kind === 'vote' && a.law === 'ieepa')).toHaveLength(4);
    expect(actions.some((a) => a.kind === 'not-known')).toBe(true);
  });
});
