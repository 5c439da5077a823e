/**
 * The tariff-stack explorer after the IEEPA duties ended (24 Feb 2026): the Section 122 surcharge
 * to 23 Jul 2026, then the Section 301 forced-labor tariff by partner tier. Pure functions over
 * the explorer's JSON data, like rules.ts, so they run at build time and in the browser.
 */
import { formatDay as day, formatPercent as pct } from '../../shared/format';
import type { Cite, Layer, ProductGroup } from './rules';

/** The 2026 regime as the chart's model builds it from us-china-tariffs and reciprocal-rates. */
export interface Regime2026 {
  /** First day of entry without the IEEPA duties (CBP stopped collecting them). */
  ieepaEnd: string;
  ieepaEndCites: Cite[];
  section122: { from: string; lastDay: string; rate: number; cites: Cite[] };
  /** Day the US–China truce arrangements of November 2025 were due to end (negotiations); what followed is not known. */
  chinaTruceEnd: string | null;
  /** Section 301 forced-labor tariff by partner code; null for a partner not among the 60 economies. */
  section301: { from: string; cites: Cite[]; tiers: Record<string, { rate: number; allIn: boolean } | null> };
}

/** Whether a day falls after the IEEPA duties ended, so the 2026 rules replace the 2025 ones. */
export const after2025Regime = (regime: Regime2026, date: string) => date >= regime.ieepaEnd;

/**
 * The layers for one partner, product and day from 24 Feb 2026. `has232` says the product pays a
 * Section 232 duty, which the Section 122 proclamation exempts from the surcharge.
 */
export function regime2026Layers(
  regime: Regime2026,
  code: string,
  name: string,
  isChina: boolean,
  product: ProductGroup,
  has232: boolean,
  date: string,
  notes: string[],
): Layer[] {
  notes.push(
    `The IEEPA duties (reciprocal, fentanyl and penalty duties, and the deal rates set under them) were not collected on entries from ${day(regime.ieepaEnd)}, after the Supreme Court held on 20 Feb 2026 that IEEPA does not authorize tariffs.`,
  );
  const s122 = regime.section122;
  if (date <= s122.lastDay) {
    const base = { kind: 'section122' as const, name: 'Section 122 surcharge', rate: s122.rate, upTo: false, cites: s122.cites };
    if (has232) {
      return [
        {
          ...base,
          status: 'excluded',
          rule: `Not charged: goods under a Section 232 duty are exempt from the ${pct(s122.rate)} surcharge.`,
        },
      ];
    }
    if (product === 'electronics') {
      return [
        {
          ...base,
          status: 'uncertain',
          rule: `A ${pct(s122.rate)} surcharge on most imports from ${day(s122.from)} to ${day(s122.lastDay)}. The proclamation exempts some electronics; whether smartphones and computers are among them is not in our data.`,
        },
      ];
    }
    return [
      {
        ...base,
        status: 'charged',
        rule: `A temporary surcharge under Section 122 of the Trade Act of 1974: ${pct(s122.rate)} on most imports from every partner, from ${day(s122.from)} for the 150 days the law allows, so to ${day(s122.lastDay)}.`,
      },
    ];
  }
  const s301 = regime.section301;
  if (date < s301.from) return [];
  const tier = s301.tiers[code];
  if (!tier) {
    notes.push(
      `${name} is not one of the 60 economies in the Section 301 forced-labor investigations, so from ${day(s301.from)} no across-the-board additional duty applies to it in our data.`,
    );
    return [];
  }
  if (isChina) notes.push('The Section 301 duties on China of 2018–19 (7.5% to 100% by product list) come on top and are not in our data.');
  if (isChina && regime.chinaTruceEnd && date >= regime.chinaTruceEnd) {
    notes.push(
      `The US exclusions from those duties and the pause of the shipbuilding actions were due to end on ${day(regime.chinaTruceEnd)}; what happened then is not known.`,
    );
  }
  const annexOpen = has232 || product === 'electronics';
  return [
    {
      kind: 'section301',
      name: 'Section 301 forced-labor tariff',
      rate: tier.rate,
      status: annexOpen ? 'uncertain' : 'charged',
      upTo: tier.allIn,
      rule: `${tier.allIn ? `The ordinary duty and this tariff together come to ${pct(tier.rate)}` : `${pct(tier.rate)} on goods of ${name}`} from ${day(s301.from)}, for not banning imports made with forced labor.${annexOpen ? ' Whether the exemptions in the memorandum’s annex, which was not read, cover these goods is not in our data.' : ''}${tier.allIn ? ' The bar shows the ceiling: ordinary duties are not in our data.' : ''}`,
      cites: s301.cites,
    },
  ];
}
