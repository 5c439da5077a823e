import { describe, expect, it } from 'vitest';
import { BASELINE_RATE } from '../../src/charts/shared/tariff-facts';
import { QUOTES, tariffStack, tariffStackParams } from '../../src/charts/tariff-stack/index';
import { type Layer, PARTNER_CODES, PRODUCT_GROUPS, RECIPROCAL_CALENDAR, type Stack, stackFor } from '../../src/charts/tariff-stack/rules';
import { announce, DEFAULT_PARAMS, render, table } from '../../src/charts/tariff-stack/view';
import { loadDatasets } from '../../src/provenance/dataset-loader';
import { findQuote } from '../../src/provenance/quotes';
import { readSourceTexts } from '../../src/provenance/source-texts';
import { sourceSchema } from '../../src/schemas/source';
import { wrapWords } from '../../src/shared/text';
import { makeCitationResolver } from '../../src/site/citations';
import { datasetAccess } from '../../src/site/dataset-access';
import { createDocument } from '../../src/site/render-svg';

const data = datasetAccess(loadDatasets());
const texts = readSourceTexts();
const sources = new Map([...texts].map(([id, s]) => [id, sourceSchema.parse(s.frontmatter)]));
const cite = makeCitationResolver(data('references').records, sources);
const model = tariffStack.model(data, cite);
const d = model.data;

const stack = (partner: string, product: (typeof PRODUCT_GROUPS)[number], date: string) => stackFor(d, partner, product, date);
const layer = (s: Stack, kind: Layer['kind'], status?: Layer['status']) =>
  s.layers.find((l) => l.kind === kind && (status === undefined || l.status === status));
const charged = (s: Stack) => s.layers.filter((l) => l.status === 'charged').map((l) => [l.kind, l.rate]);
const rates = data('reciprocal-rates').records;
const rateOf = (code: string) => rates.find((r) => r.partner === code);

describe('tariff-stack: data behind the rules', () => {
  it('offers only partners the reciprocal-rates dataset has', () => {
    for (const code of PARTNER_CODES) expect(rateOf(code), code).toBeDefined();
  });

  it('keeps the reciprocal calendar in step with what the dataset says', () => {
    const caveats = data('reciprocal-rates').caveats.join(' ');
    // The dates are constants because the dataset states them only in words: check the words.
    expect(caveats).toContain('only on 9 April 2025');
    expect(caveats).toContain('From 10 April to 6 August every partner except China paid 10%');
    expect(RECIPROCAL_CALENDAR.annexDay).toBe('2025-04-09');
    expect(RECIPROCAL_CALENDAR.pauseFrom).toBe('2025-04-10');
    expect(RECIPROCAL_CALENDAR.eo14326From).toBe('2025-08-07');
    // The 10% baseline from 5 April is what China's event of that day records.
    const china = data('us-china-tariffs').records.find((e) => e.id === 'us-2025-04-05');
    expect(china?.effective).toBe(RECIPROCAL_CALENDAR.baselineFrom);
    expect(china?.components?.reciprocal).toBe(BASELINE_RATE);
  });

  it('quotes the essay word for word where it leans on it', () => {
    for (const { source, quote } of Object.values(QUOTES)) {
      const body = texts.get(source)?.body ?? '';
      expect(findQuote(body, quote).found, quote).toBe(true);
    }
  });

  it('gives every shown layer a rule and at least one citation, for every partner, product and change day', () => {
    for (const code of PARTNER_CODES) {
      for (const product of PRODUCT_GROUPS) {
        for (const date of ['2025-03-01', '2025-04-05', '2025-04-09', '2025-05-20', '2025-07-09', '2025-08-07', '2025-09-01', d.end]) {
          for (const l of stack(code, product, date).layers) {
            expect(l.rule.length, `${code} ${product} ${date} ${l.name}`).toBeGreaterThan(20);
            expect(l.cites.length, `${code} ${product} ${date} ${l.name}`).toBeGreaterThan(0);
            expect(l.rate, `${code} ${product} ${date} ${l.name}`).toBeGreaterThan(0);
          }
        }
      }
    }
  });
});

describe('tariff-stack: reciprocal duty and the pause (Japan)', () => {
  const japan = rateOf('JP');

  it('charges nothing before the baseline starts on 5 April', () => {
    expect(stack('JP', 'other', '2025-04-04').layers).toEqual([]);
    expect(stack('JP', 'other', '2025-04-04').notes).toEqual([]);
  });

  it('charges the 10% baseline from 5 April and says the Annex I rate is due on 9 April', () => {
    const s = stack('JP', 'other', '2025-04-05');
    expect(charged(s)).toEqual([['baseline', 10]]);
    expect(s.notes.join(' ')).toContain(`Annex I rate of ${japan?.april2Rate}%`);
  });

  it('charges the full Annex I rate of 24% on 9 April only: 10% baseline + 14% country part', () => {
    const s = stack('JP', 'other', '2025-04-09');
    expect(japan?.april2Rate).toBe(24);
    expect(charged(s)).toEqual([
      ['baseline', 10],
      ['country', 14],
    ]);
    expect(s.total).toBe(24);
  });

  it('on 9 July 2025 charges the 10% baseline and shows the 14% more that applies if the pause ends as suspended', () => {
    const s = stack('JP', 'other', '2025-07-09');
    expect(s.total).toBe(10);
    expect(s.suspended).toBe(14);
    const country = layer(s, 'country', 'suspended');
    expect(country?.rate).toBe(14);
    // The Kyodo sentence about the 14% and the order extending the pause are both cited.
    expect(country?.cites.some((c) => c.quote?.includes('14 percent country-specific tariff'))).toBe(true);
    expect(country?.cites.some((c) => c.short.startsWith('Executive order of 7 Jul 2025'))).toBe(true);
    expect(announce(d, { partner: 'JP', product: 'other', date: '2025-07-09' })).toBe(
      'Japan, other goods, 9 Jul 2025: 10% in additional US duties (Baseline reciprocal duty 10%); 14% more suspended.',
    );
  });

  it('cites the pause order but not the extension before 7 July', () => {
    const country = layer(stack('JP', 'other', '2025-05-01'), 'country', 'suspended');
    expect(country?.cites.some((c) => c.short === 'EO 14266')).toBe(true);
    expect(country?.cites.some((c) => c.short.startsWith('Executive order of 7 Jul'))).toBe(false);
  });

  it('from 7 August charges Japan the 15% all-in rate as a ceiling', () => {
    const s = stack('JP', 'other', '2025-08-07');
    expect(charged(s)).toEqual([['all-in', 15]]);
    expect(s.upTo).toBe(true);
    expect(s.suspended).toBe(0);
  });

  it('from 7 August charges South Korea its EO 14326 rate: 10% baseline + 5% country part', () => {
    expect(rateOf('KR')?.eo14326.rate).toBe(15);
    expect(charged(stack('KR', 'other', '2025-08-07'))).toEqual([
      ['baseline', 10],
      ['country', 5],
    ]);
  });

  it('treats partners outside Annex I as paying the baseline only', () => {
    const s = stack('GB', 'other', '2025-04-09');
    expect(charged(s)).toEqual([['baseline', 10]]);
    expect(s.suspended).toBe(0);
  });
});

describe('tariff-stack: Section 232 goods pay the sector duty instead of the reciprocal duty (EO 14257 sec. 3(b))', () => {
  it('South Korea’s cars pay the 25% auto duty and no reciprocal duty', () => {
    for (const date of ['2025-04-09', '2025-07-01', '2025-09-01']) {
      const s = stack('KR', 'cars', date);
      expect(charged(s), date).toEqual([['section232', 25]]);
      const excluded = layer(s, 'reciprocal', 'excluded');
      expect(excluded, date).toBeDefined();
      expect(excluded?.cites.some((c) => c.short === 'EO 14257, sec. 3(b)')).toBe(true);
      expect(s.suspended).toBe(0);
    }
    // What the reciprocal duty would have been is named: 25% on 9 April, 10% in the pause.
    expect(layer(stack('KR', 'cars', '2025-04-09'), 'reciprocal', 'excluded')?.rate).toBe(25);
    expect(layer(stack('KR', 'cars', '2025-07-01'), 'reciprocal', 'excluded')?.rate).toBe(10);
  });

  it('starts the auto duty on 3 April 2025', () => {
    expect(stack('KR', 'cars', '2025-04-02').layers).toEqual([]);
    expect(charged(stack('KR', 'cars', '2025-04-03'))).toEqual([['section232', 25]]);
  });

  it('keeps China’s fentanyl duty on cars, but not the 125% reciprocal rate', () => {
    const s = stack('CN', 'cars', '2025-04-10');
    expect(charged(s)).toEqual([
      ['section232', 25],
      ['fentanyl', 20],
    ]);
    expect(layer(s, 'reciprocal', 'excluded')?.rate).toBe(125);
  });

  it('charges the EU’s 15% all-in car rate back to 1 August 2025, as the notice of 25 September back-dated it', () => {
    expect(charged(stack('EU', 'cars', '2025-07-31'))).toEqual([['section232', 25]]);
    const s = stack('EU', 'cars', '2025-09-01');
    expect(charged(s)).toEqual([['section232', 15]]);
    expect(s.upTo).toBe(true);
    expect(layer(s, 'section232')?.rule).toContain('applied back to that day');
  });

  it('cuts Japan’s car duty to 15% all-in from 16 September 2025 (EO 14345), and Korea’s back to 1 November', () => {
    expect(charged(stack('JP', 'cars', '2025-09-15'))).toEqual([['section232', 25]]);
    expect(charged(stack('JP', 'cars', '2025-09-16'))).toEqual([['section232', 15]]);
    expect(charged(stack('KR', 'cars', '2025-10-31'))).toEqual([['section232', 25]]);
    expect(charged(stack('KR', 'cars', '2025-11-01'))).toEqual([['section232', 15]]);
  });
});

describe('tariff-stack: steel and aluminum', () => {
  it('are at 25% from 12 March and 50% from 4 June 2025', () => {
    expect(charged(stack('KR', 'steel-aluminum', '2025-03-12'))).toEqual([['section232', 25]]);
    expect(charged(stack('KR', 'steel-aluminum', '2025-06-03'))).toEqual([['section232', 25]]);
    expect(charged(stack('KR', 'steel-aluminum', '2025-06-04'))).toEqual([['section232', 50]]);
  });

  it('say that the earlier regime before 12 March is not charted, instead of showing 0% as fact', () => {
    const s = stack('VN', 'steel-aluminum', '2025-03-11');
    expect(s.layers).toEqual([]);
    expect(s.notes.join(' ')).toContain('earlier Section 232 regime');
  });

  it('keep the United Kingdom at 25% after 4 June', () => {
    expect(charged(stack('GB', 'steel-aluminum', '2025-06-04'))).toEqual([['section232', 25]]);
  });

  it('have the same rate for steel and aluminum on every change day (the bar shows one layer)', () => {
    for (const code of PARTNER_CODES) {
      for (const date of ['2025-03-12', '2025-06-04', d.end]) {
        expect(layer(stack(code, 'steel-aluminum', date), 'section232')?.rule, `${code} ${date}`).not.toContain('Rates differ');
      }
    }
  });
});

describe('tariff-stack: smartphones and computers', () => {
  const attested = d.electronics?.attestedFrom as string;

  it('rests the exemption on the essay’s sentence, from the date of the essay’s figures', () => {
    expect(d.electronics).not.toBeNull();
    expect(attested).toBe(data('korea-exposure').asOf);
    expect(d.electronics?.cites[0]?.quote).toBe(QUOTES.electronics.quote);
  });

  it('are exempt from the reciprocal duty from that date', () => {
    const s = stack('KR', 'electronics', attested);
    expect(s.total).toBe(0);
    expect(layer(s, 'reciprocal', 'exempt')?.rate).toBe(10);
  });

  it('before that date show the reciprocal duty as uncertain, not charged and not exempt', () => {
    const s = stack('KR', 'electronics', '2025-05-01');
    expect(s.total).toBe(0);
    expect(s.uncertain).toBe(10);
    expect(s.notes.join(' ')).toContain('when it began is not in our data');
  });

  it('still pay China’s fentanyl duty, which the exemption does not cover', () => {
    expect(charged(stack('CN', 'electronics', attested))).toEqual([['fentanyl', 20]]);
    const april = stack('CN', 'electronics', '2025-04-10');
    expect(april.total).toBe(20);
    expect(april.uncertain).toBe(125);
  });
});

describe('tariff-stack: China', () => {
  it('follows the us-china-tariffs steps for other goods: 10, 20, 30, 104, 145, 30 and 20%', () => {
    const totals = ['2025-02-04', '2025-03-04', '2025-04-05', '2025-04-09', '2025-04-10', '2025-05-14', '2025-11-10'].map(
      (date) => stack('CN', 'other', date).total,
    );
    expect(totals).toEqual([10, 20, 30, 104, 145, 30, 20]);
  });

  it('splits the 145% into fentanyl 20, baseline 10 and country part 115', () => {
    expect(charged(stack('CN', 'other', '2025-04-10'))).toEqual([
      ['fentanyl', 20],
      ['baseline', 10],
      ['country', 115],
    ]);
  });

  it('shows the 24 points suspended after Geneva', () => {
    const s = stack('CN', 'other', '2025-05-14');
    expect(s.suspended).toBe(24);
    expect(stack('CN', 'other', '2025-04-10').suspended).toBe(0);
  });
});

describe('tariff-stack: penalty orders', () => {
  it('adds India’s 25% Russian-oil duty from 27 August, for 50% in all on other goods', () => {
    expect(stack('IN', 'other', '2025-08-26').total).toBe(25);
    const s = stack('IN', 'other', '2025-08-27');
    expect(s.total).toBe(50);
    expect(layer(s, 'penalty', 'charged')?.rate).toBe(25);
  });

  it('marks India’s penalty on Section 232 goods as uncertain: the data does not say whether it applies', () => {
    const s = stack('IN', 'steel-aluminum', '2025-09-01');
    expect(s.total).toBe(50);
    expect(layer(s, 'penalty', 'uncertain')?.rate).toBe(25);
  });

  it('marks Brazil’s 40% as uncertain: the data does not give the goods it spares', () => {
    const brazil = rateOf('BR');
    expect(brazil?.otherMeasure?.effective).toBe('2025-08-06');
    expect(stack('BR', 'other', '2025-08-05').layers.some((l) => l.kind === 'penalty')).toBe(false);
    const s = stack('BR', 'other', '2025-09-01');
    expect(s.total).toBe(10);
    expect(layer(s, 'penalty', 'uncertain')?.rate).toBe(40);
  });
});

describe('tariff-stack: params, table and picture', () => {
  it('defaults to Japan, other goods, 9 July 2025', () => {
    expect(tariffStackParams.parse({})).toEqual(DEFAULT_PARAMS);
  });

  it('rejects unknown partners and products, and dates before 2025', () => {
    expect(tariffStackParams.safeParse({ partner: 'XX' }).success).toBe(false);
    expect(tariffStackParams.safeParse({ product: 'wine' }).success).toBe(false);
    expect(tariffStackParams.safeParse({ date: '2024-12-31' }).success).toBe(false);
  });

  it('clamps a date after the end of the data to its last day', () => {
    expect(announce(d, { partner: 'KR', product: 'other', date: '2030-01-01' })).toContain(`: `);
    const rows = table(d, { partner: 'KR', product: 'other', date: '2030-01-01' }).rows;
    expect(d.end).toBe('2026-11-30');
    expect(rows.find((r) => r.layer === 'Total charged')?.rate_pct).toBe(12.5);
  });

  it('has a table row per layer, a total and the notes', () => {
    const t = table(d, { partner: 'KR', product: 'cars', date: '2025-07-01' });
    expect(t.rows.map((r) => [r.layer, r.status, r.rate_pct])).toEqual([
      ['Section 232 auto duty', 'charged', 25],
      ['Reciprocal duty', 'excluded', 10],
      ['Total charged', '', 25],
    ]);
  });

  it('draws one bar segment per layer that has a height, and lists every layer', () => {
    const svg = render(d, { partner: 'CN', product: 'other', date: '2025-05-14' }, { document: createDocument(), width: 340 });
    expect(svg.querySelectorAll('.stack-layer')).toHaveLength(3);
    expect(svg.querySelectorAll('.stack-suspended')).toHaveLength(1);
    expect(svg.textContent).toContain('Fentanyl duty (IEEPA): 20%');
    expect(svg.textContent).toContain('24% suspended');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 340 \d+$/);
  });

  it('wraps legend text to the width, so nothing runs off a phone screen', () => {
    for (const line of wrapWords('Country-specific reciprocal duty: 14% suspended and a great many more words to wrap here', 30))
      expect(line.length).toBeLessThanOrEqual(30);
  });

  it('keeps the rate axis of a partner fixed across products and dates, and large enough for every stack', () => {
    for (const code of PARTNER_CODES) {
      for (const product of PRODUCT_GROUPS) {
        for (const date of ['2025-04-09', '2025-04-10', '2025-09-01']) {
          const s = stack(code, product, date);
          expect(s.total + s.suspended + s.uncertain, `${code} ${product} ${date}`).toBeLessThanOrEqual(d.domains[code] as number);
        }
      }
    }
  });
});

describe('tariff-stack params', () => {
  it('rejects a date that is not on the calendar', () => {
    expect(tariffStack.params?.safeParse({ date: '2025-13-01' }).success).toBe(false);
    expect(tariffStack.params?.safeParse({ date: '2025-07-09' }).success).toBe(true);
  });
});

describe('tariff-stack: 2026, after the IEEPA duties ended', () => {
  it('runs to 30 November 2026', () => {
    expect(d.end).toBe('2026-11-30');
  });

  it('ends the IEEPA layers on 24 February 2026 and charges the 10% Section 122 surcharge to 23 July', () => {
    expect(charged(stack('CN', 'other', '2026-02-23')).map(([k]) => k)).toEqual(['fentanyl', 'baseline']);
    expect(charged(stack('CN', 'other', '2026-02-24'))).toEqual([['section122', 10]]);
    expect(charged(stack('VN', 'other', '2026-07-23'))).toEqual([['section122', 10]]);
    expect(stack('VN', 'other', '2026-03-01').notes.join(' ')).toContain('Supreme Court');
  });

  it('exempts Section 232 goods from the surcharge and leaves electronics uncertain', () => {
    const cars = stack('JP', 'cars', '2026-03-01');
    expect(charged(cars)).toEqual([['section232', 15]]);
    expect(layer(cars, 'section122')?.status).toBe('excluded');
    expect(layer(stack('VN', 'electronics', '2026-03-01'), 'section122')?.status).toBe('uncertain');
  });

  it('applies the Section 301 tiers from 24 July 2026: 12.5% for China and Vietnam, all-in caps for the EU and Japan, 10% for India', () => {
    const on = '2026-07-24';
    expect(charged(stack('CN', 'other', on))).toEqual([['section301', 12.5]]);
    expect(charged(stack('VN', 'other', on))).toEqual([['section301', 12.5]]);
    expect(charged(stack('IN', 'other', on))).toEqual([['section301', 10]]);
    const eu = stack('EU', 'other', on);
    expect(charged(eu)).toEqual([['section301', 10]]);
    expect(eu.upTo).toBe(true);
    expect(stack('JP', 'other', on)).toMatchObject({ total: 12.5, upTo: true });
  });

  it('ends India’s 25% penalty on 7 February 2026, and charges Switzerland its deal rate from 14 November 2025', () => {
    expect(layer(stack('IN', 'other', '2026-02-06'), 'penalty')?.rate).toBe(25);
    const india = stack('IN', 'other', '2026-02-07');
    expect(layer(india, 'penalty')).toBeUndefined();
    expect(india.notes.join(' ')).toContain('no longer applied from 7 Feb 2026');
    expect(stack('CH', 'other', '2025-11-13').total).toBe(39);
    expect(stack('CH', 'other', '2025-11-14')).toMatchObject({ total: 15, upTo: true });
  });

  it('says that what happened to China after the truce dates of 10 November 2026 is not known', () => {
    expect(d.regime2026.chinaTruceEnd).toBe('2026-11-10');
    expect(stack('CN', 'other', '2026-11-09').notes.join(' ')).not.toContain('not known');
    expect(stack('CN', 'other', '2026-11-10').notes.join(' ')).toContain('what happened then is not known');
  });
});
