import { describe, expect, it } from 'vitest';
import { CALCULATOR_DEFAULTS, readCalculatorState, writeCalculatorState } from '../../src/charts/tariff-stack/calculator-state';
import { axisMax, dutySentence, renderResults, resultsFor } from '../../src/charts/tariff-stack/calculator-view';
import { dutyFor, lawFor } from '../../src/charts/tariff-stack/duty';
import { tariffStackParams } from '../../src/charts/tariff-stack/index';
import { stackFor } from '../../src/charts/tariff-stack/rules';
import { dayAt, dayCount, dayText, indexOf, nearbyEvent, timelineEvents } from '../../src/charts/tariff-stack/timeline';
import { formatCents } from '../../src/shared/format';
import { createDocument } from '../../src/site/render-svg';
import { fixtureStack as data } from './fixtures/stack-data';

const duty = (code: string, product: Parameters<typeof stackFor>[2], date: string, value: number) =>
  dutyFor(stackFor(data, code, product, date), value);
const line = (d: ReturnType<typeof dutyFor>, name: RegExp) => d.lines.find((l) => name.test(l.layer.name));

describe('duty calculator: dollars per layer', () => {
  it('China, other goods, 20 May 2025, $1,000: fentanyl $200 + baseline $100 = $300, 30%, and $240 suspended', () => {
    const d = duty('CN', 'other', '2025-05-20', 1000);
    expect(line(d, /Fentanyl/)?.cents).toBe(20_000);
    expect(line(d, /Baseline/)?.cents).toBe(10_000);
    expect(line(d, /Suspended/)).toMatchObject({ cents: 0, wouldBeCents: 24_000 });
    expect(d.totalCents).toBe(30_000);
    expect(d.effectiveRate).toBe(30);
    expect(d.suspendedCents).toBe(24_000);
  });

  it('doubles every line when the value doubles', () => {
    const one = duty('CN', 'other', '2025-04-10', 1000);
    const two = duty('CN', 'other', '2025-04-10', 2000);
    expect(one.totalCents).toBe(145_000);
    expect(two.totalCents).toBe(2 * one.totalCents);
    expect(two.lines.map((l) => l.cents)).toEqual(one.lines.map((l) => 2 * l.cents));
    expect(two.effectiveRate).toBe(one.effectiveRate);
  });

  it('China steel on 20 May 2025: Section 232 $250 and fentanyl $200; the reciprocal $100 is excluded, not charged', () => {
    const d = duty('CN', 'steel-aluminum', '2025-05-20', 1000);
    expect(line(d, /Section 232/)).toMatchObject({ cents: 25_000, law: 'Section 232 (Trade Expansion Act)' });
    expect(line(d, /Fentanyl/)?.law).toMatch(/IEEPA/);
    expect(line(d, /Reciprocal/)).toMatchObject({ cents: 0, wouldBeCents: 10_000 });
    expect(d.totalCents).toBe(45_000);
  });

  it('follows the date: steel at 50% from 4 June 2025', () => {
    expect(duty('JP', 'steel-aluminum', '2025-06-03', 1000).totalCents).toBe(25_000);
    expect(duty('JP', 'steel-aluminum', '2025-06-04', 1000).totalCents).toBe(50_000);
  });

  it('India, 1 Sep 2025: EO 14326 25% plus the 25% penalty, $500 on $1,000', () => {
    const d = duty('IN', 'other', '2025-09-01', 1000);
    expect(d.totalCents).toBe(50_000);
    expect(line(d, /Penalty/)?.cents).toBe(25_000);
  });

  it('keeps the total the sum of the lines shown, in whole cents', () => {
    const d = duty('CN', 'other', '2025-05-20', 999.99);
    // 20% of $999.99 is $199.998 → $200.00; 10% is $99.999 → $100.00.
    expect(d.lines.filter((l) => l.cents > 0).map((l) => l.cents)).toEqual([20_000, 10_000]);
    expect(d.totalCents).toBe(30_000);
  });

  it('charges nothing before the first duty, and refuses a negative value', () => {
    expect(duty('JP', 'other', '2025-01-15', 1000).totalCents).toBe(0);
    expect(() => duty('JP', 'other', '2025-01-15', -1)).toThrow(/≥ 0/);
  });

  it('names the law of layers added later from their own name, and never guesses', () => {
    expect(lawFor({ kind: 'section999' as never, name: 'Section 999 import surcharge' })).toBe('Section 999');
    expect(lawFor({ kind: 'mystery' as never, name: 'Something else' })).toBeNull();
  });

  // The 2026 cases, by hand from tariff-facts-2026.md: the IEEPA duties are not collected from
  // 24 Feb 2026 (rows 1.8, 2.6); Section 122 puts 10% on most imports from 24 Feb to 23 Jul 2026
  // (rows 2.1, 2.8, 2.11); from 24 Jul 2026 China is in the 12.5% Section 301 tier (rows 2.19, 3.16).
  it('China, other goods, 1 Mar 2026, $1,000: Section 122 10% → $100, and no IEEPA duty', () => {
    const d = duty('CN', 'other', '2026-03-01', 1000);
    // $1,000 × 10 / 100 = $100.00 = 10,000 cents.
    expect(d.lines.map((l) => [l.layer.kind, l.law, l.layer.status, l.cents])).toEqual([
      ['section122', 'Section 122 (Trade Act of 1974)', 'charged', 10_000],
    ]);
    expect(d.lines[0]?.layer.cites.map((c) => c.short)).toEqual(['Proclamation 11012']);
    expect(d.totalCents).toBe(10_000);
    expect(d.effectiveRate).toBe(10);
    expect(d.upTo).toBe(false);
  });

  it('China, other goods, 1 Aug 2026, $1,000: Section 301 12.5% → $125, with the older China lists noted as not in our data', () => {
    const d = duty('CN', 'other', '2026-08-01', 1000);
    // $1,000 × 12.5 / 100 = $125.00 = 12,500 cents.
    expect(d.lines.map((l) => [l.layer.kind, l.law, l.layer.status, l.cents])).toEqual([
      ['section301', 'Section 301 (Trade Act of 1974)', 'charged', 12_500],
    ]);
    expect(d.lines[0]?.layer.cites.map((c) => c.short)).toEqual(['Memorandum of 23 Jul 2026 (Section 301)']);
    expect(d.totalCents).toBe(12_500);
    expect(d.effectiveRate).toBe(12.5);
    expect(stackFor(data, 'CN', 'other', '2026-08-01').notes.join(' ')).toMatch(
      /Section 301 duties on China of 2018–19 .* not in our data/,
    );
  });

  it('switches regime on the right days: 23 Feb, 24 Feb, 23 Jul and 24 Jul 2026', () => {
    // 23 Feb: the IEEPA fentanyl 10% + reciprocal 10% of 10 Nov 2025 still apply → $200.
    expect(duty('CN', 'other', '2026-02-23', 1000).totalCents).toBe(20_000);
    expect(duty('CN', 'other', '2026-02-24', 1000).totalCents).toBe(10_000);
    expect(duty('CN', 'other', '2026-07-23', 1000).totalCents).toBe(10_000);
    expect(duty('CN', 'other', '2026-07-24', 1000).totalCents).toBe(12_500);
  });

  it('2026 layers on other goods and partners: Section 232 goods skip the surcharge; all-in tiers are a ceiling', () => {
    // Steel from China on 1 Mar 2026: Section 232 50% → $500; the 10% surcharge does not stack on it.
    const steel = duty('CN', 'steel-aluminum', '2026-03-01', 1000);
    expect(line(steel, /Section 122/)).toMatchObject({ cents: 0, wouldBeCents: 10_000, law: 'Section 122 (Trade Act of 1974)' });
    expect(line(steel, /Section 122/)?.layer.status).toBe('excluded');
    expect(steel.totalCents).toBe(50_000);
    // Japan on 1 Aug 2026: MFN + Section 301 = 12.5%, so the additional duty is at most $125.
    const jp = duty('JP', 'other', '2026-08-01', 1000);
    expect(jp).toMatchObject({ totalCents: 12_500, upTo: true });
    // India on 1 Aug 2026: the 10% tier → $100; its penalty ended on 7 Feb 2026.
    const india = duty('IN', 'other', '2026-08-01', 1000);
    expect(india.lines.map((l) => [l.layer.kind, l.cents])).toEqual([['section301', 10_000]]);
  });

  it('writes dollars with cents, and whole dollars when asked', () => {
    expect(formatCents(27_550)).toBe('$275.50');
    expect(formatCents(100_000, { whole: true })).toBe('$1,000');
    expect(formatCents(100_050, { whole: true })).toBe('$1,000.50');
  });
});

describe('duty calculator: URL state', () => {
  const read = (query: string) => readCalculatorState(data, new URLSearchParams(query));

  it('reads the case in the issue: ?partner=CN&product=steel&date=2025-05-20&value=1000', () => {
    const { state, problems } = read('partner=CN&product=steel&date=2025-05-20&value=1000');
    expect(problems).toEqual([]);
    expect(state).toEqual({ ...CALCULATOR_DEFAULTS, partner: 'CN', product: 'steel-aluminum', date: '2025-05-20', value: 1000 });
  });

  it('falls back to the default for each bad param, with a note that says what was replaced', () => {
    const { state, problems } = read('partner=XX&product=rice&date=2025-02-30&value=-5');
    expect(state).toEqual(CALCULATOR_DEFAULTS);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain('“XX” is not a partner');
    expect(problems[1]).toContain('“rice” is not a product group');
    expect(problems[2]).toContain('“2025-02-30” is not a calendar day');
    expect(problems[3]).toContain('“-5” is not a shipment value');
  });

  it('moves a date outside the data to its nearest end, and says so', () => {
    const { state, problems } = read('date=2027-03-01');
    expect(state.date).toBe(data.end);
    expect(problems[0]).toContain('outside our data');
  });

  it('accepts "1,000" and "$1000.50" as values', () => {
    expect(read('value=1,000').state.value).toBe(1000);
    expect(read('value=%241000.50').state.value).toBe(1000.5);
    expect(read('value=1e3').problems).toHaveLength(1);
  });

  it('agrees with the build’s zod schema on partners, products and dates', () => {
    const cases = [
      { partner: 'JP', product: 'cars', date: '2025-07-09' },
      { partner: 'IN', product: 'other', date: '2025-09-01' },
      { partner: 'ZZ', product: 'other', date: '2025-07-09' },
      { partner: 'JP', product: 'rice', date: '2025-07-09' },
      { partner: 'JP', product: 'other', date: '2025-13-01' },
      { partner: 'JP', product: 'other', date: '2024-12-31' },
    ];
    for (const c of cases) {
      const zodOk = tariffStackParams.safeParse(c).success;
      // The fixture knows CN, JP and IN; the schema knows every explorer partner.
      const ours = read(new URLSearchParams(c).toString()).problems.length === 0;
      expect(ours, JSON.stringify(c)).toBe(zodOk);
    }
  });

  it('writes every param, so a link keeps meaning the same case', () => {
    expect(writeCalculatorState(CALCULATOR_DEFAULTS).toString()).toBe('partner=CN&vs=JP&product=other&date=2025-05-20&value=1000');
  });
});

describe('duty calculator: timeline and results', () => {
  it('has one position per day from the first to the last day of the data', () => {
    // 1 Jan 2025 – 30 Nov 2026: 365 days of 2025 + 334 of 2026.
    expect(dayCount(data)).toBe(699);
    expect(dayAt(data, 0)).toBe('2025-01-01');
    expect(dayAt(data, 698)).toBe('2026-11-30');
    expect(dayAt(data, 999)).toBe('2026-11-30');
    expect(indexOf(data, '2025-02-01')).toBe(31);
    expect(indexOf(data, '2026-02-24')).toBe(419);
  });

  it('ticks the dated events, with what changed, and steps between them', () => {
    const events = timelineEvents(data);
    const days = events.map((e) => e.date);
    expect(days).toContain('2025-04-05');
    expect(days).toContain('2025-08-07');
    expect(days).toContain('2025-08-27');
    expect(dayText(events, '2025-04-10')).toBe('10 Apr 2025: country rates paused (China excepted); China 145%');
    expect(dayText(events, '2025-04-11')).toBe('11 Apr 2025');
    expect(nearbyEvent(events, '2025-04-06', 1)?.date).toBe('2025-04-09');
    expect(nearbyEvent(events, '2025-04-06', -1)?.date).toBe('2025-04-05');
  });

  it('ticks the 2026 events, and never calls the end of the IEEPA duties "China 0%"', () => {
    const events = timelineEvents(data);
    expect(dayText(events, '2026-02-07')).toBe('7 Feb 2026: India penalty ends');
    expect(dayText(events, '2026-02-24')).toBe('24 Feb 2026: IEEPA duties end; Section 122 surcharge 10%');
    expect(dayText(events, '2026-07-24')).toBe('24 Jul 2026: Section 122 ends; Section 301 forced-labor tariffs');
    expect(events.flatMap((e) => e.labels)).not.toContain('China 0%');
    expect(events.at(-1)?.date).toBe('2026-07-24');
    expect(nearbyEvent(events, '2026-03-01', 1)?.date).toBe('2026-07-24');
  });

  it('renders a 2026 case with the law, the dollars and a link to the document', () => {
    const doc = createDocument();
    const state = { ...CALCULATOR_DEFAULTS, partner: 'CN', date: '2026-08-01' };
    const table = renderResults(doc, data, state, { partner: null, vs: null });
    const row = [...table.querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes('Section 301'));
    expect(row?.textContent).toContain('Section 301 (Trade Act of 1974)');
    expect(row?.textContent).toContain('12.5%');
    expect(row?.textContent).toContain('$125.00');
    expect(row?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/Memorandum%20of%2023%20Jul%202026%20(Section%20301)');
    const [cn] = resultsFor(data, state);
    expect(dutySentence(cn, state)).toBe(
      '$125.00 in additional US duties on $1,000 of other goods from China entered on 1 Aug 2026: 12.5% of the value.',
    );
  });

  it('renders both partners with the dollars in the page text and a fixed axis', () => {
    const doc = createDocument();
    const state = { ...CALCULATOR_DEFAULTS, partner: 'CN', vs: 'JP' };
    const html = renderResults(doc, data, state, { partner: 145, vs: null }).outerHTML;
    expect(html).toContain('$300.00');
    expect(html).toContain('$100.00');
    expect(html).toContain('class="calc-ghost"');
    expect(axisMax(data)).toBe(175);
    const [cn] = resultsFor(data, state);
    expect(dutySentence(cn, state)).toBe(
      '$300.00 in additional US duties on $1,000 of other goods from China entered on 20 May 2025: 30% of the value. $240.00 more is suspended.',
    );
  });
});
