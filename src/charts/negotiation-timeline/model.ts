import { utcDay, utcMonth } from 'd3-time';
import type { PartnerCode } from '../../schemas/common';
import type { NegotiationEvent } from '../../schemas/datasets/negotiations';
import type { UsChinaTariffEvent } from '../../schemas/datasets/us-china-tariffs';
import { formatDay, formatDayMonth, formatPercent, isoToDate } from '../../shared/format';
import type { CitationResolver, DatasetAccess, ShownCitation } from '../types';

/** The model of the negotiation timeline: every step and rate change of 2025, resolved for readers, in lanes. */

export type View = 'all' | 'china' | 'japan' | 'korea';
export type ItemKind = NegotiationEvent['kind'] | 'tariff';

/** The lane key of steps that concern every reciprocal-tariff partner (partner null in the data). */
export const ALL = 'ALL';
export type LaneKey = PartnerCode | typeof ALL;

/** The chart runs to the as-of date of the data, 30 November 2026 (checked against the datasets by the tests). */
export const LAST_DAY = '2026-11-30';
/**
 * EO 14326 (31 July 2025) sets the country rates "from 7 August 2025" (the reciprocal-rates
 * schema's eo14326 field); the dataset stores the rates, not the day they applied.
 */
export const EO_14326_IN_FORCE = '2025-08-07';

/** What every step drawn for the EO 14326 rates has in common: a rate change in force on one known day. */
const EO_14326_STEP = {
  kind: 'tariff',
  date: EO_14326_IN_FORCE,
  endDate: null,
  precision: 'day',
  inferred: false,
  status: 'effective',
  hollow: false,
} as const;

/** Focus views: that partner's lane and the all-partner deadlines. */
export const focusPartner: Record<Exclude<View, 'all'>, PartnerCode> = { china: 'CN', japan: 'JP', korea: 'KR' };

export interface TariffInfo {
  /** Who sets the rate: the US (on the partner's goods) or China (on US goods). */
  side: 'us' | 'china';
  /** Rate after the change, % ; null for targeted lists, threats and rules. */
  rate: number | null;
  /** Compared with the side's rate before. */
  direction: 'up' | 'down' | 'same' | 'rule';
  /** False for rates announced or threatened that never applied. */
  applied: boolean;
  /** Drawn on the US–China rate lines (true) or as a step marker in the lane (false). */
  onLine: boolean;
  /** Height on the rate lines: the rate, or the rate in force for targeted lists and threats. */
  plotRate: number;
}

/** One mark on the timeline: a negotiation step or a tariff change, already resolved for readers. */
export interface TimelineItem {
  id: string;
  lane: LaneKey;
  kind: ItemKind;
  /** First day (ISO); the first day of the week or month for approximate dates. */
  date: string;
  /** Last day of a multi-day meeting (ISO), null for one day. */
  endDate: string | null;
  precision: 'day' | 'week' | 'month';
  inferred: boolean;
  /** Raw status from the data (held, planned, passed, extended, issued, effective, announced, threatened). */
  status: string;
  /** Drawn hollow: reported as planned, a deadline that was extended, a rate that never applied. */
  hollow: boolean;
  label: string;
  /** A word or two drawn beside the mark where there is room: "Round 4", "Geneva", "15%". */
  short: string;
  /** City of a meeting, when the sources name one. */
  place: string | null;
  summary: string;
  /** Date notes and source disagreements, shown in the readout. */
  notes: string[];
  citations: ShownCitation[];
  tariff: TariffInfo | null;
}

export interface Lane {
  key: LaneKey;
  name: string;
}

export interface RateStep {
  side: 'us' | 'china';
  date: string;
  rate: number;
}

export interface Model {
  /** Every item, sorted in date order (then lane order). */
  items: TimelineItem[];
  lanes: Lane[];
  /** Across-the-board rates in force, for the US–China rate lines (2025 only). */
  rateSteps: RateStep[];
  /** Tariff events after 2025 that the chart leaves out. */
  later: { date: string; label: string }[];
  /** Rate every partner but China paid during the pause (EO 14257 baseline). */
  baseline: number;
  eo14326: { listed: number; min: number; max: number; byRule: number };
  asOf: string;
}

const kindOrder: ItemKind[] = ['round', 'talks', 'deadline', 'extension', 'deal', 'implementation', 'tariff'];

/** First and last day an item may fall on, inclusive: the meeting's days, or its week or month. */
export function dateSpan(item: Pick<TimelineItem, 'date' | 'endDate' | 'precision'>): { start: Date; last: Date } {
  const day = isoToDate(item.date);
  if (item.precision === 'month') {
    const start = utcMonth.floor(day);
    return { start, last: utcDay.offset(utcMonth.offset(start, 1), -1) };
  }
  if (item.precision === 'week') return { start: day, last: utcDay.offset(day, 6) };
  return { start: day, last: item.endDate ? isoToDate(item.endDate) : day };
}

/** True when the drawn date is not known to the day: inferred, or only the week or month is known. */
export const isApproximate = (item: Pick<TimelineItem, 'precision' | 'inferred'>) => item.inferred || item.precision !== 'day';

/** Date an escalation event sits at: when it took effect, or when it was announced if it never did. */
const placed = (e: UsChinaTariffEvent) => e.effective ?? e.announced;

/** The word or two drawn beside a negotiation step's mark. */
export function shortLabel(e: Pick<NegotiationEvent, 'kind' | 'label' | 'date' | 'place' | 'round'>): string {
  switch (e.kind) {
    case 'round':
      return e.round ? `Round ${e.round}` : 'Round';
    case 'talks':
      return e.place ?? 'Talks';
    case 'deadline':
      return formatDayMonth(e.date);
    case 'extension':
      return /extended (to .+)$/i.exec(e.label)?.[1] ?? (e.label.length <= 14 ? e.label : 'Extended');
    case 'deal':
      return /framework/i.test(e.label)
        ? 'Framework'
        : /agreement/i.test(e.label)
          ? 'Agreement'
          : /statement/i.test(e.label)
            ? 'Statement'
            : 'Deal';
    case 'implementation':
      return /notice/i.test(e.label) ? 'Notice' : /in force/i.test(e.label) ? 'In force' : 'Order';
  }
}

/** Builds the model from the negotiations, US–China tariff, reciprocal-rate and reference datasets. */
export function buildModel(data: DatasetAccess, cite: CitationResolver): Model {
  const negotiations = data('negotiations');
  const tariffs = data('us-china-tariffs');
  const rates = data('reciprocal-rates');
  const names = new Map<string, string>(rates.records.map((r) => [r.partner, r.name]));
  const baseline = rates.records.find((r) => r.annexI === null)?.april2Rate;
  if (baseline === undefined) throw new Error('reciprocal-rates: no partner outside Annex I, so the 10% baseline is unknown');

  const items: TimelineItem[] = negotiations.records
    .filter((e) => e.date <= LAST_DAY)
    .map((e) => ({
      id: e.id,
      lane: e.partner ?? ALL,
      kind: e.kind,
      date: e.date,
      endDate: e.endDate,
      precision: e.datePrecision,
      inferred: e.dateBasis === 'inferred',
      status: e.status,
      hollow: e.status === 'planned' || e.status === 'extended',
      label: e.label,
      short: shortLabel(e),
      place: e.place,
      summary: e.summary,
      notes: [e.dateNote ? `How the date was worked out: ${e.dateNote}` : null, e.note].filter((n): n is string => n !== null),
      citations: cite(e.citations),
      tariff: null,
    }));

  // US–China rate changes. Talks ("no-change") and the August truce extension ("suspended", no
  // new rate) are already steps of the negotiations data, so they are not drawn twice.
  const escalation = [...tariffs.records].sort((a, b) => placed(a).localeCompare(placed(b)));
  const inForce: Record<'us' | 'china', number> = { us: 0, china: 0 };
  const rateSteps: RateStep[] = [];
  for (const e of escalation) {
    if (e.side === 'both' || placed(e) > LAST_DAY) continue;
    if (e.status !== 'effective' && e.status !== 'announced' && e.status !== 'threatened') continue;
    const before = inForce[e.side];
    const applied = e.status === 'effective';
    const direction = e.rate === null ? (applied ? 'up' : 'rule') : e.rate > before ? 'up' : e.rate < before ? 'down' : 'same';
    if (applied && e.rate !== null) {
      inForce[e.side] = e.rate;
      rateSteps.push({ side: e.side, date: e.effective as string, rate: e.rate });
    }
    const who = e.side === 'us' ? 'US on China' : 'China on US';
    items.push({
      id: e.id,
      lane: 'CN',
      kind: 'tariff',
      date: placed(e),
      endDate: null,
      precision: 'day',
      inferred: false,
      status: e.status,
      hollow: !applied,
      label: `${who}: ${e.label}`,
      short: e.label,
      place: null,
      summary: e.summary,
      notes: [
        e.effective && e.effective !== e.announced ? `Announced ${formatDay(e.announced)}, in force ${formatDay(e.effective)}.` : null,
        e.targeted ? `Targeted lists, not one rate: ${e.targeted}.` : null,
      ].filter((n): n is string => n !== null),
      citations: cite(e.citations),
      tariff: { side: e.side, rate: e.rate, direction, applied, onLine: true, plotRate: e.rate ?? (e.targeted ? 0 : before) },
    });
  }
  const later = escalation.filter((e) => placed(e) > LAST_DAY).map((e) => ({ date: placed(e), label: e.label }));

  // The rates of 7 August: one marker per partner lane, and one summary marker for all partners.
  const listed = rates.records.filter((r) => r.eo14326.basis === 'annex-i');
  const listedRates = listed.map((r) => r.eo14326.rate).filter((r): r is number => r !== null);
  const eo14326 = {
    listed: listed.length,
    min: Math.min(...listedRates),
    max: Math.max(...listedRates),
    byRule: listed.length - listedRates.length,
  };
  const eoCitation = (citations: (typeof rates.records)[number]['citations']) =>
    cite(citations.filter((c) => 'doc' in c && c.doc === 'eo-14326'));
  const partnerLanes = [...new Set(items.map((i) => i.lane))].filter((k): k is PartnerCode => k !== ALL && k !== 'CN');
  for (const partner of partnerLanes) {
    const record = rates.records.find((r) => r.partner === partner);
    if (!record || record.eo14326.basis === 'separate-order') continue;
    const { rate, rule } = record.eo14326;
    const direction = rate === null ? 'rule' : rate > baseline ? 'up' : rate < baseline ? 'down' : 'same';
    items.push({
      id: `${record.id}-eo-14326`,
      lane: partner,
      ...EO_14326_STEP,
      label: rate === null ? `${record.name}: rate set by a rule` : `${record.name}: ${formatPercent(rate)} under EO 14326`,
      short: rate === null ? 'Rule' : formatPercent(rate),
      place: null,
      summary:
        rate === null
          ? `EO 14326 sets no single rate for ${record.name} goods but a rule: ${rule}.`
          : `EO 14326 sets the reciprocal rate on goods from ${record.name} at ${formatPercent(rate)} from 7 August 2025; during the pause every reciprocal-tariff partner but China paid ${formatPercent(baseline)}.`,
      notes: [],
      citations: eoCitation(record.citations),
      tariff: { side: 'us', rate, direction, applied: true, onLine: false, plotRate: rate ?? baseline },
    });
  }
  const ruleNote = eo14326.byRule > 0 ? ` (${eo14326.byRule === 1 ? 'one' : eo14326.byRule} by a rule instead of a rate)` : '';
  items.push({
    id: 'all-eo-14326-in-force',
    lane: ALL,
    ...EO_14326_STEP,
    label: 'New country rates in force',
    short: 'New rates',
    place: null,
    summary: `The rates of EO 14326 apply: ${eo14326.listed} partners are listed in its annex at ${formatPercent(eo14326.min)} to ${formatPercent(eo14326.max)}${ruleNote}; partners not listed pay ${formatPercent(baseline)}.`,
    notes: [],
    citations: cite([{ doc: 'eo-14326', locator: 'Annex I' }]),
    tariff: { side: 'us', rate: null, direction: 'up', applied: true, onLine: false, plotRate: baseline },
  });

  // Lanes: all partners, the three partners of the essays, then the others by their first step.
  const core: LaneKey[] = [ALL, 'CN', 'JP', 'KR'];
  const present = [...new Set(items.map((i) => i.lane))];
  const firstDate = (key: LaneKey) =>
    items
      .filter((i) => i.lane === key)
      .map((i) => i.date)
      .sort()[0] ?? '9999';
  const laneName = (key: LaneKey) => (key === ALL ? 'All partners' : (names.get(key) ?? key));
  const others = present
    .filter((k) => !core.includes(k))
    .sort((a, b) => firstDate(a).localeCompare(firstDate(b)) || laneName(a).localeCompare(laneName(b)));
  const lanes = [...core.filter((k) => present.includes(k)), ...others].map((key) => ({ key, name: laneName(key) }));
  const laneIndex = new Map(lanes.map((l, i) => [l.key, i]));

  items.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (laneIndex.get(a.lane) ?? 0) - (laneIndex.get(b.lane) ?? 0) ||
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
      (a.tariff?.side === 'us' ? 0 : 1) - (b.tariff?.side === 'us' ? 0 : 1) ||
      a.id.localeCompare(b.id),
  );
  return { items, lanes, rateSteps, later, baseline, eo14326, asOf: negotiations.asOf };
}

/** The items a view shows, in date order; their index is their stop index (`data-i`). */
export function visibleItems(model: Model, view: View): TimelineItem[] {
  if (view === 'all') return model.items;
  const partner = focusPartner[view];
  // Focus views keep the partner's own steps and the deadlines, orders and rates that applied to all.
  return model.items.filter((i) => i.lane === partner || (i.lane === ALL && i.kind !== 'talks'));
}

/** The lanes a view draws, in model order. */
export function visibleLanes(model: Model, view: View): Lane[] {
  const keys = new Set(visibleItems(model, view).map((i) => i.lane));
  return model.lanes.filter((l) => keys.has(l.key));
}
