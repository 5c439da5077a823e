/**
 * Stacking rules for the tariff-stack explorer: which additional US duties a product from a partner
 * paid on a given day, layer by layer. Pure functions over small JSON data (`StackData`), so the
 * same code runs at build time and in the browser. Nothing here imports Plot, d3 or Astro.
 *
 * Every rate comes from `StackData`, which the chart's model builds from the datasets
 * (us-china-tariffs, reciprocal-rates, sector-tariffs). Where the datasets carry a rule only in
 * words (the reciprocal calendar), the dates are constants below, checked against the dataset's
 * caveats by the unit tests.
 */
import { formatDay, formatPercent } from '../../shared/format';
import { BASELINE_RATE } from '../shared/tariff-facts';

import { after2025Regime, type Regime2026, regime2026Layers } from './regime-2026';

/** The product groups a reader can pick. */
export const PRODUCT_GROUPS = ['cars', 'steel-aluminum', 'electronics', 'other'] as const;
export type ProductGroup = (typeof PRODUCT_GROUPS)[number];

export const PRODUCT_LABELS: Record<ProductGroup, string> = {
  cars: 'Cars',
  'steel-aluminum': 'Steel and aluminum',
  electronics: 'Smartphones and computers',
  other: 'Other goods',
};

/** Partners offered in the picker: the ones the essays discuss, then others with a deal or a penalty order. */
export const PARTNER_CODES = ['CN', 'JP', 'KR', 'VN', 'TW', 'EU', 'IN', 'BR', 'KH', 'ID', 'MY', 'CH', 'TH', 'GB'] as const;
export type StackPartnerCode = (typeof PARTNER_CODES)[number];

/**
 * The reciprocal calendar of EO 14257 and the orders that changed it, as the reciprocal-rates
 * dataset states it (caveats, schema docs and the sec. 3(a) citation locators):
 * 10% on all partners from 5 April; Annex I rates on 9 April only; from 10 April to 6 August
 * every partner except China paid 10% (EO 14266, extended by the order of 7 July); the EO 14326
 * rates apply from 7 August.
 */
export const RECIPROCAL_CALENDAR = {
  baselineFrom: '2025-04-05',
  annexDay: '2025-04-09',
  pauseFrom: '2025-04-10',
  eo14326From: '2025-08-07',
} as const;

/** A citation as the chart shows it: a short label, plus the quote and link when there are any. */
export interface Cite {
  /** "EO 14257, sec. 3(a)" or "Kyodo News, 3 Jul 2025". */
  short: string;
  quote?: string;
  href?: string;
}

/** The US IEEPA duties on China after each change (us-china-tariffs, effective US events). */
export interface ChinaStep {
  from: string;
  fentanyl: number;
  reciprocal: number;
  cites: Cite[];
}

export interface PartnerRules {
  code: string;
  name: string;
  /** Listed in Annex I of EO 14257. */
  annexI: boolean;
  /** The 2 April rate (Annex I), or 10 for partners not listed. */
  april2Rate: number;
  /** EO 14326 rate from 7 August; null when the annex gives a rule (the EU) or China's separate order. */
  eo14326Rate: number | null;
  /** From 7 August the rate is all-in (15% including the MFN duty): the additional duty is at most `allInCeiling`. */
  allIn: { ceiling: number; rule: string } | null;
  /** `effective`: first day the deal rate was charged, when a notice gives it. */
  deal: { date: string; effective: string | null; rate: number | null; rule: string | null; summary: string; cites: Cite[] } | null;
  /** `ended`: first day the penalty no longer applied. */
  penalty: { announced: string; effective: string | null; ended: string | null; rate: number; summary: string; cites: Cite[] } | null;
  cites: { annexI: Cite[]; eo14326: Cite[]; pause: Cite[] };
}

/** One Section 232 rate (sector-tariffs). */
export interface SectorStep {
  sector: 'steel' | 'aluminum' | 'autos';
  instrument: string;
  announced: string;
  effective: string | null;
  status: 'effective' | 'announced';
  rate: number;
  rateKind: 'additional' | 'all-in';
  /** Applied back to `effective`, a day before it was announced. */
  retroactive: boolean;
  previousRate: number | null;
  appliesTo: string | null;
  scope: string;
  note: string | null;
  cites: Cite[];
}

/** Everything the rules need: built by the chart's model, shipped to the browser as JSON. */
export interface StackData {
  /** First and last day a reader can pick. */
  start: string;
  end: string;
  /** As-of dates of the datasets the layers come from. */
  asOf: { reciprocal: string; sectors: string; china: string };
  china: { code: string; april2Rate: number; steps: ChinaStep[]; fentanylOrigin: Cite[] };
  partners: PartnerRules[];
  sectors: SectorStep[];
  /** Day of the order that extended the 90-day pause (7 July 2025), and its citation. */
  pauseExtension: { date: string; cites: Cite[] };
  baselineCites: Cite[];
  /** EO 14257 sec. 3(b) and the essay's words: goods under Section 232 pay no reciprocal duty. */
  exclusion232Cites: Cite[];
  /**
   * The electronics exemption as far as our data attests it: the first day a source says
   * smartphones and computers are exempt from the reciprocal duty. Null when no source says so.
   */
  electronics: { attestedFrom: string; cites: Cite[] } | null;
  /** The Section 122 surcharge and Section 301 tiers that replaced the IEEPA duties in 2026. */
  regime2026: Regime2026;
  /** Upper end of the rate axis for each partner, so the axis stays put while the reader changes product or date. */
  domains: Record<string, number>;
}

export type LayerKind =
  | 'section232'
  | 'fentanyl'
  | 'baseline'
  | 'country'
  | 'all-in'
  | 'reciprocal'
  | 'penalty'
  | 'section122'
  | 'section301';

/**
 * `charged`: paid at the border; `suspended`: on the books but paused; `uncertain`: our data does
 * not settle whether it applied; `excluded`/`exempt`: the rule that would apply but does not, and why.
 */
export type LayerStatus = 'charged' | 'suspended' | 'uncertain' | 'excluded' | 'exempt';

export interface Layer {
  kind: LayerKind;
  name: string;
  rate: number;
  status: LayerStatus;
  /** The rate is a ceiling (all-in rules): the additional duty is this or less. */
  upTo: boolean;
  /** The rule in words. */
  rule: string;
  cites: Cite[];
}

export interface Stack {
  partner: string;
  product: ProductGroup;
  date: string;
  layers: Layer[];
  /** Sum of the charged layers. */
  total: number;
  /** The total includes a ceiling, so the duty is this or less. */
  upTo: boolean;
  suspended: number;
  uncertain: number;
  /** What the data does not settle, or rules announced but not charged, in words. */
  notes: string[];
}

export function partnerRules(data: StackData, code: string): PartnerRules | undefined {
  return data.partners.find((p) => p.code === code);
}

const sectorsFor: Record<ProductGroup, SectorStep['sector'][]> = {
  cars: ['autos'],
  'steel-aluminum': ['steel', 'aluminum'],
  electronics: [],
  other: [],
};

const SECTOR_NAMES: Record<SectorStep['sector'], string> = { steel: 'steel', aluminum: 'aluminum', autos: 'auto' };

/** The Section 232 rate in force for one sector, partner and day: the latest effective record, a partner's own record winning a tie. */
export function sectorRateOn(data: StackData, sector: SectorStep['sector'], code: string, date: string): SectorStep | undefined {
  const candidates = data.sectors.filter(
    (s) =>
      s.sector === sector &&
      s.status === 'effective' &&
      s.effective !== null &&
      s.effective <= date &&
      (s.appliesTo === null || s.appliesTo === code),
  );
  candidates.sort(
    (a, b) =>
      (a.effective as string).localeCompare(b.effective as string) || (a.appliesTo === null ? 0 : 1) - (b.appliesTo === null ? 0 : 1),
  );
  return candidates.at(-1);
}

function section232(data: StackData, code: string, product: ProductGroup, date: string, notes: string[]): Layer | null {
  const sectors = sectorsFor[product];
  if (sectors.length === 0) return null;
  const found = sectors.map((sector) => ({ sector, step: sectorRateOn(data, sector, code, date) }));
  // Deals that name another rate but whose entry into force we have not read.
  for (const s of data.sectors) {
    if (sectors.includes(s.sector) && s.status === 'announced' && s.appliesTo === code && s.announced <= date) {
      const inForce = sectorRateOn(data, s.sector, code, date);
      notes.push(
        `The ${s.instrument} names ${s.rateKind === 'all-in' ? `${formatPercent(s.rate)} all-in` : formatPercent(s.rate)} for ${lowerFirst(s.scope)}; the day it took effect is not in our data, so ${inForce ? formatPercent(inForce.rate) : 'the general rate'} is shown.`,
      );
    }
  }
  if (date > data.asOf.sectors) {
    notes.push(
      `Section 232 rates are those in force on ${formatDay(data.asOf.sectors)}, the as-of date of our sector data; later changes are not in it.`,
    );
  }
  const inForce = found.filter((f): f is { sector: SectorStep['sector']; step: SectorStep } => f.step !== undefined);
  if (inForce.length === 0) {
    const first = data.sectors
      .filter((s) => sectors.includes(s.sector) && s.status === 'effective' && s.effective !== null)
      .sort((a, b) => (a.effective as string).localeCompare(b.effective as string))[0];
    const earlier = data.sectors.filter((s) => sectors.includes(s.sector) && s.effective === first?.effective && s.previousRate !== null);
    if (first && earlier.length > 0) {
      notes.push(
        `Before ${formatDay(first.effective as string)} an earlier Section 232 regime applied (${earlier.map((s) => `${SECTOR_NAMES[s.sector]} ${formatPercent(s.previousRate as number)}`).join(', ')}, with country exemptions and quotas that ${[...new Set(earlier.map((s) => s.instrument))].join(' and ')} ended); our data does not chart it.`,
      );
    } else if (first && product === 'steel-aluminum') {
      notes.push(
        `Before ${formatDay(first.effective as string)} an earlier Section 232 regime with country exemptions and quotas applied; our data does not chart it.`,
      );
    }
    return null;
  }
  const [lead] = inForce;
  if (!lead) return null;
  const rate = lead.step.rate;
  const same = inForce.every((f) => f.step.rate === rate);
  const what = inForce.map((f) => SECTOR_NAMES[f.sector]).join(' and ');
  const since = inForce
    .map((f) => f.step.effective as string)
    .sort()
    .at(-1) as string;
  const instruments = [...new Set(inForce.map((f) => f.step.instrument))].join(' and ');
  const previous =
    lead.step.previousRate !== null && lead.step.previousRate !== rate ? `, up from ${formatPercent(lead.step.previousRate)}` : '';
  const partnerNote = inForce.map((f) => (f.step.appliesTo !== null ? f.step.note : null)).find((n) => n) ?? '';
  const allIn = lead.step.rateKind === 'all-in';
  const back = lead.step.retroactive ? ` (applied back to that day by a notice of ${formatDay(lead.step.announced)} or later)` : '';
  let rule = `Section 232 duty on ${what} imports: ${formatPercent(rate)}${allIn ? ' in all, including the ordinary duty,' : ''} since ${formatDay(since)}${back} (${instruments})${previous}.`;
  if (!same)
    rule += ` Rates differ: ${inForce.map((f) => `${SECTOR_NAMES[f.sector]} ${formatPercent(f.step.rate)}`).join(', ')}; the bar shows ${SECTOR_NAMES[lead.sector]}.`;
  if (partnerNote) rule += ` ${partnerNote}`;
  const cites = dedupe(inForce.flatMap((f) => f.step.cites));
  return { kind: 'section232', name: `Section 232 ${what} duty`, rate, status: 'charged', upTo: allIn, rule, cites };
}

function fentanyl(data: StackData, date: string): Layer | null {
  const step = chinaStepOn(data, date);
  if (!step || step.fentanyl === 0) return null;
  // The day the fentanyl part last changed, and the order that changed it.
  const upToDate = data.china.steps.filter((s) => s.from <= date);
  let first = upToDate.length - 1;
  while (first > 0 && upToDate[first - 1]?.fentanyl === step.fentanyl) first--;
  const setBy = upToDate[first] ?? step;
  const since = setBy.from;
  return {
    kind: 'fentanyl',
    name: 'Fentanyl duty (IEEPA)',
    rate: step.fentanyl,
    status: 'charged',
    upTo: false,
    rule: `An emergency duty on all goods from China, whatever the product: ${formatPercent(step.fentanyl)} since ${formatDay(since)}.`,
    cites: dedupe([...data.china.fentanylOrigin, ...setBy.cites]),
  };
}

export function chinaStepOn(data: StackData, date: string): ChinaStep | undefined {
  return data.china.steps.filter((s) => s.from <= date).at(-1);
}

/** The reciprocal duty before any product rule: charged and suspended parts, and notes. */
export function reciprocalParts(data: StackData, code: string, date: string, notes: string[]): Layer[] {
  const cal = RECIPROCAL_CALENDAR;
  if (date < cal.baselineFrom) return [];
  const baseline = (cites: Cite[]): Layer => ({
    kind: 'baseline',
    name: 'Baseline reciprocal duty',
    rate: BASELINE_RATE,
    status: 'charged',
    upTo: false,
    rule: `EO 14257 puts ${formatPercent(BASELINE_RATE)} on goods from all partners from ${formatDay(cal.baselineFrom)}.`,
    cites,
  });

  if (code === data.china.code) {
    const step = chinaStepOn(data, date);
    const r = step?.reciprocal ?? 0;
    if (r === 0 || !step) return [];
    const layers: Layer[] = [baseline(data.baselineCites)];
    if (r > BASELINE_RATE) {
      layers.push({
        kind: 'country',
        name: 'Country-specific reciprocal duty',
        rate: r - BASELINE_RATE,
        status: 'charged',
        upTo: false,
        rule: `China's reciprocal rate is ${formatPercent(r)} from ${formatDay(step.from)}: ${formatPercent(r - BASELINE_RATE)} on top of the baseline.`,
        cites: step.cites,
      });
    }
    const suspended = data.china.april2Rate - r;
    if (date > cal.annexDay && suspended > 0) {
      layers.push({
        kind: 'country',
        name: 'Suspended part of China’s reciprocal rate',
        rate: suspended,
        status: 'suspended',
        upTo: false,
        rule: `The reciprocal rate on China is back at its 2 April level of ${formatPercent(data.china.april2Rate)}, with ${formatPercent(suspended)} of it suspended, so ${formatPercent(r)} is charged.`,
        cites: step.cites,
      });
    } else if (date < cal.annexDay) {
      notes.push(`China's Annex I rate of ${formatPercent(data.china.april2Rate)} was due from ${formatDay(cal.annexDay)}.`);
    }
    return layers;
  }

  const p = partnerRules(data, code);
  if (!p) return [];
  const countryPart = p.april2Rate - BASELINE_RATE;
  if (date < cal.eo14326From) {
    const layers: Layer[] = [baseline(data.baselineCites)];
    if (date < cal.annexDay) {
      if (countryPart > 0)
        notes.push(`${p.name}'s Annex I rate of ${formatPercent(p.april2Rate)} was due from ${formatDay(cal.annexDay)}.`);
    } else if (countryPart > 0) {
      const paused = date >= cal.pauseFrom;
      const extended = paused && date >= data.pauseExtension.date;
      layers.push({
        kind: 'country',
        name: 'Country-specific reciprocal duty',
        rate: countryPart,
        status: paused ? 'suspended' : 'charged',
        upTo: false,
        rule: paused
          ? `${p.name}'s Annex I rate is ${formatPercent(p.april2Rate)}, ${formatPercent(countryPart)} above the baseline. Paused from ${formatDay(cal.pauseFrom)}${extended ? ` (extended by the order of ${formatDay(data.pauseExtension.date)})` : ''} until the EO 14326 rates apply on ${formatDay(cal.eo14326From)}: only the baseline is charged.`
          : `${p.name}'s Annex I rate of ${formatPercent(p.april2Rate)} applies on ${formatDay(cal.annexDay)} only: ${formatPercent(countryPart)} on top of the baseline.`,
        cites: dedupe([...p.cites.annexI, ...(paused ? [...p.cites.pause, ...(extended ? data.pauseExtension.cites : [])] : [])]),
      });
    }
    if (p.deal && p.deal.date <= date && p.deal.rate !== null) {
      const charged = layers.filter((l) => l.status === 'charged').reduce((sum, l) => sum + l.rate, 0);
      if (p.deal.rate === charged) layers[0] = { ...baseline([...data.baselineCites, ...p.deal.cites]) };
      else
        notes.push(
          `A deal document of ${formatDay(p.deal.date)} names ${formatPercent(p.deal.rate)} for ${p.name}; the rate charged changes only with EO 14326 on ${formatDay(cal.eo14326From)}.`,
        );
    }
    return layers;
  }

  // From 7 August: EO 14326.
  if (p.allIn) {
    return [
      {
        kind: 'all-in',
        name: 'Reciprocal duty, all-in',
        rate: p.allIn.ceiling,
        status: 'charged',
        upTo: true,
        rule: `${p.allIn.rule}. The bar shows the ceiling: ordinary (MFN) duties are not in our data.`,
        cites: dedupe([...p.cites.eo14326, ...(p.deal && p.deal.date <= date ? p.deal.cites : [])]),
      },
    ];
  }
  const d = p.deal;
  if (d?.effective && d.rate !== null && date >= d.effective && d.rate !== p.eo14326Rate) {
    return [
      {
        kind: 'all-in',
        name: 'Reciprocal duty under the deal',
        rate: d.rate,
        status: 'charged',
        upTo: true,
        rule: `From ${formatDay(d.effective)} ${p.name} pays ${d.rule ?? formatPercent(d.rate)} under the deal of ${formatDay(d.date)}, instead of the EO 14326 rate of ${formatPercent(p.eo14326Rate ?? BASELINE_RATE)}. The bar shows the ceiling.`,
        cites: d.cites,
      },
    ];
  }
  const rate = p.eo14326Rate ?? BASELINE_RATE;
  const dealAgrees = p.deal !== null && p.deal.date <= date && p.deal.rate === rate;
  const layers: Layer[] = [
    baseline(dealAgrees && rate === BASELINE_RATE ? [...data.baselineCites, ...(p.deal?.cites ?? [])] : data.baselineCites),
  ];
  if (rate > BASELINE_RATE) {
    layers.push({
      kind: 'country',
      name: 'Country-specific reciprocal duty',
      rate: rate - BASELINE_RATE,
      status: 'charged',
      upTo: false,
      rule: `EO 14326 sets ${p.name}'s reciprocal rate at ${formatPercent(rate)} from ${formatDay(cal.eo14326From)}: ${formatPercent(rate - BASELINE_RATE)} on top of the baseline${dealAgrees && p.deal ? `; the deal document of ${formatDay(p.deal.date)} keeps it there` : ''}.`,
      cites: dedupe([...p.cites.eo14326, ...(dealAgrees && p.deal ? p.deal.cites : [])]),
    });
  }
  if (p.deal && p.deal.date <= date && p.deal.rate !== null && p.deal.rate !== rate) {
    notes.push(
      `A deal document of ${formatDay(p.deal.date)} names ${p.deal.rule ?? formatPercent(p.deal.rate)} for ${p.name}; the day it took effect is not in our data, so the EO 14326 rate of ${formatPercent(rate)} is shown.`,
    );
  }
  return layers;
}

function penalty(p: PartnerRules | undefined, product: ProductGroup, date: string, notes: string[]): Layer | null {
  const m = p?.penalty;
  if (!p || !m || date < m.announced) return null;
  if (m.ended && date >= m.ended) {
    notes.push(`The ${formatPercent(m.rate)} penalty on goods from ${p.name} no longer applied from ${formatDay(m.ended)}.`);
    return null;
  }
  if (m.effective !== null && date < m.effective) {
    notes.push(
      `An order of ${formatDay(m.announced)} adds ${formatPercent(m.rate)} on goods from ${p.name} from ${formatDay(m.effective)}.`,
    );
    return null;
  }
  const reasons: string[] = [];
  if (m.effective === null) reasons.push('the day it took effect is not in our data');
  if (/\bmany\b/i.test(m.summary)) reasons.push('nor which goods it spares');
  else if (product === 'cars' || product === 'steel-aluminum')
    reasons.push('whether it also applies to goods under a Section 232 duty is not in our data');
  else if (product === 'electronics') reasons.push('whether the electronics exemption extends to it is not in our data');
  const uncertain = reasons.length > 0;
  return {
    kind: 'penalty',
    name: `Penalty duty on ${p.name}`,
    rate: m.rate,
    status: uncertain ? 'uncertain' : 'charged',
    upTo: false,
    rule: `${m.summary}${uncertain ? ` ${capitalise(reasons.join(', '))}.` : ''}`,
    cites: m.cites,
  };
}

/** Applies the product rules to the reciprocal parts: Section 232 goods are excluded; electronics exempt where the data says so. */
function productRules(data: StackData, parts: Layer[], product: ProductGroup, has232: boolean, date: string, notes: string[]): Layer[] {
  const charged = parts.filter((l) => l.status === 'charged');
  const sum = charged.reduce((s, l) => s + l.rate, 0);
  if (sum === 0) return parts;
  const upTo = charged.some((l) => l.upTo);
  if (has232) {
    return [
      {
        kind: 'reciprocal',
        name: 'Reciprocal duty',
        rate: sum,
        status: 'excluded',
        upTo,
        rule: `Not charged: goods under a Section 232 duty are excluded from the reciprocal duty, which would otherwise be ${upTo ? 'up to ' : ''}${formatPercent(sum)} here.`,
        cites: data.exclusion232Cites,
      },
    ];
  }
  if (product !== 'electronics') return parts;
  const ex = data.electronics;
  if (!ex) {
    notes.push('No source in our data says smartphones and computers are exempt from the reciprocal duty, so it is shown as charged.');
    return parts;
  }
  if (date >= ex.attestedFrom) {
    return [
      {
        kind: 'reciprocal',
        name: 'Reciprocal duty',
        rate: sum,
        status: 'exempt',
        upTo,
        rule: `Not charged: smartphones and computers are exempt from the reciprocal duty, which would otherwise be ${upTo ? 'up to ' : ''}${formatPercent(sum)} here. Our data attests the exemption from ${formatDay(ex.attestedFrom)}; a later end is not in our data.`,
        cites: ex.cites,
      },
    ];
  }
  notes.push(
    `Smartphones and computers: our data attests their exemption from the reciprocal duty only from ${formatDay(ex.attestedFrom)}; when it began is not in our data, so before then the reciprocal duty is shown as uncertain.`,
  );
  return parts.map((l) =>
    l.status === 'charged'
      ? {
          ...l,
          status: 'uncertain' as const,
          rule: `${l.rule} Smartphones and computers may already have been exempt.`,
          cites: dedupe([...l.cites, ...ex.cites]),
        }
      : l,
  );
}

/** The full stack for one partner, product group and day. */
export function stackFor(data: StackData, code: string, product: ProductGroup, date: string): Stack {
  const notes: string[] = [];
  const p = partnerRules(data, code);
  const isChina = code === data.china.code;
  const name = isChina ? 'China' : (p?.name ?? code);
  const s232 = section232(data, code, product, date, notes);
  if (after2025Regime(data.regime2026, date)) {
    return finish(
      name,
      product,
      date,
      [s232, ...regime2026Layers(data.regime2026, code, name, isChina, product, s232 !== null, date, notes)],
      notes,
    );
  }
  const reciprocalNotes: string[] = [];
  const parts = reciprocalParts(data, code, date, reciprocalNotes);
  const reciprocal = productRules(data, parts, product, s232 !== null, date, notes);
  // Notes about the reciprocal rate matter only where the product pays it.
  if (!reciprocal.some((l) => l.status === 'excluded' || l.status === 'exempt')) notes.push(...reciprocalNotes);
  if (date > data.asOf.reciprocal) notes.push(`Reciprocal rates are as of ${formatDay(data.asOf.reciprocal)}.`);
  return finish(name, product, date, [s232, isChina ? fentanyl(data, date) : null, ...reciprocal, penalty(p, product, date, notes)], notes);
}

/** Sorts the layers (charged first, then the parts not charged) and adds them up. */
function finish(name: string, product: ProductGroup, date: string, found: (Layer | null)[], notes: string[]): Stack {
  const layers = found.filter((l): l is Layer => l !== null);
  // Drawn order: charged first (solid), then the parts that were not charged.
  const order: Record<LayerStatus, number> = { charged: 0, suspended: 1, uncertain: 2, excluded: 3, exempt: 3 };
  layers.sort((a, b) => order[a.status] - order[b.status]);
  const sum = (status: LayerStatus) => layers.filter((l) => l.status === status).reduce((s, l) => s + l.rate, 0);
  return {
    partner: name,
    product,
    date,
    layers,
    total: sum('charged'),
    upTo: layers.some((l) => l.status === 'charged' && l.upTo),
    suspended: sum('suspended'),
    uncertain: sum('uncertain'),
    notes,
  };
}

/** Days on which some rule changes: enough to find the largest stack a partner ever reaches. */
export function changeDays(data: StackData): string[] {
  const days = new Set<string>([data.start, ...Object.values(RECIPROCAL_CALENDAR), data.pauseExtension.date]);
  for (const s of data.china.steps) days.add(s.from);
  for (const s of data.sectors) if (s.effective) days.add(s.effective);
  for (const p of data.partners) {
    if (p.deal) days.add(p.deal.effective ?? p.deal.date);
    if (p.penalty) days.add(p.penalty.effective ?? p.penalty.announced);
    if (p.penalty?.ended) days.add(p.penalty.ended);
  }
  const r = data.regime2026;
  for (const d of [r.ieepaEnd, r.section122.from, r.section301.from]) days.add(d);
  if (data.electronics) days.add(data.electronics.attestedFrom);
  return [...days].filter((d) => d >= data.start && d <= data.end).sort();
}

/** Upper end of a partner's axis: the largest stack (charged + suspended + uncertain) over all days and products, rounded up to 25. */
export function partnerDomain(data: StackData, code: string): number {
  let max = 0;
  for (const d of changeDays(data)) {
    for (const product of PRODUCT_GROUPS) {
      const s = stackFor(data, code, product, d);
      max = Math.max(max, s.total + s.suspended + s.uncertain);
    }
  }
  return Math.max(50, Math.ceil(max / 25) * 25);
}

function dedupe(cites: Cite[]): Cite[] {
  const seen = new Set<string>();
  return cites.filter((c) => {
    const key = `${c.short}|${c.quote ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
