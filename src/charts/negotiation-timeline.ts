import { type ScaleLinear, type ScaleTime, scaleLinear, scaleUtc } from 'd3-scale';
import { type Selection, select } from 'd3-selection';
import { utcDay, utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import type { PartnerCode } from '../schemas/common';
import type { NegotiationEvent } from '../schemas/datasets/negotiations';
import type { UsChinaTariffEvent } from '../schemas/datasets/us-china-tariffs';
import { formatDay, formatPercent, isoToDate } from '../shared/format';
import type { ChartDefinition, ChartStop, ChartTable, ShownCitation } from './types';

/**
 * Talks, deadlines, deals and tariff changes of 2025 on one time axis, one lane per partner.
 * Hand-written D3: d3-scale and d3-time for positions, d3-selection on the injected document for
 * the elements. Every event is a stop (`data-i`, in date order) for the generic <tl-chart> client.
 */

export type View = 'all' | 'china' | 'japan' | 'korea';
export type ItemKind = NegotiationEvent['kind'] | 'tariff';

/** The lane key of steps that concern every reciprocal-tariff partner (partner null in the data). */
export const ALL = 'ALL';
type LaneKey = PartnerCode | typeof ALL;

/** The chart covers 2025; the tariff data runs on into 2026 (the IEEPA duties end on 20 Feb 2026). */
const LAST_DAY = '2025-12-31';
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

const dayMonth = utcFormat('%-d %b');
/** "10–11 May 2025", "Week of 7 Jul 2025", "May 2025", with "(date inferred)" when we worked it out. */
export function formatWhen(item: Pick<TimelineItem, 'date' | 'endDate' | 'precision' | 'inferred'>): string {
  const { start, last } = dateSpan(item);
  let when: string;
  if (item.precision === 'month') when = utcFormat('%B %Y')(start);
  else if (item.precision === 'week') when = `Week of ${formatDay(item.date)}`;
  else if (+last === +start) when = formatDay(item.date);
  else if (start.getUTCMonth() === last.getUTCMonth()) when = `${start.getUTCDate()}–${formatDay(item.endDate as string)}`;
  else when = `${dayMonth(start)} – ${formatDay(item.endDate as string)}`;
  return item.inferred ? `${when} (date inferred)` : when;
}

const kindNames: Record<ItemKind, string> = {
  round: 'negotiating round',
  talks: 'talks',
  deadline: 'deadline',
  extension: 'extension',
  deal: 'deal',
  implementation: 'deal put in force',
  tariff: 'tariff change',
};

const statusNames: Record<string, string> = {
  held: 'held',
  planned: 'planned (as reported, not confirmed)',
  passed: 'deadline passed',
  extended: 'deadline extended before it fell',
  issued: 'issued',
  effective: 'in force',
  announced: 'announced, never applied',
  threatened: 'threatened, never imposed',
};

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
      return dayMonth(isoToDate(e.date));
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

export const negotiationTimeline: ChartDefinition<Model, View> = {
  id: 'negotiation-timeline',
  name: 'Tariff talks, deadlines and deals in 2025',
  views: ['all', 'china', 'japan', 'korea'],
  viewLabels: { all: 'All partners', china: 'China', japan: 'Japan', korea: 'South Korea' },
  datasets: ['negotiations', 'us-china-tariffs', 'reciprocal-rates', 'references'],
  // The drawn height follows the lanes of the view (render sizes the SVG to them); this is the default view's, roughly.
  height: (width) => (width < 480 ? 760 : 560),

  model(data, cite) {
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
            : `EO 14326 sets the reciprocal rate on goods from ${record.name} at ${formatPercent(rate)} from 7 August 2025; during the pause every partner but China paid ${formatPercent(baseline)}.`,
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
  },

  figure(model, view) {
    const shown = visibleItems(model, view);
    const sourceLine = describeSources(shown);
    const common = { sourceLine, asOf: model.asOf };
    const lanes = visibleLanes(model, view);
    const reading = readingGuide(model, view, shown);
    if (view === 'all') {
      const story = dealsAroundDeadlines(model);
      const peak = usPeak(model);
      return {
        ...common,
        title: story
          ? `${capital(words(story.between.length))} partners struck deals between the ${dayMonthLong(story.first)} and ${dayMonthLong(story.last)} deadlines; ${words(story.cluster.length)} more came on one day, ${dayMonthLong(story.clusterDate)}`
          : 'Tariff talks, deadlines and deals by partner, 2025',
        alt: `Timeline of the 2025 tariff talks in ${lanes.length} lanes, one per partner and one for steps that applied to all.${story ? ` Deals with ${listNames(story.between.map((i) => proseName(model, i.lane)))} fall between the ${dayMonthLong(story.first)} and ${dayMonthLong(story.last)} deadlines.` : ''}${peak ? ` The US tariff on China peaks at ${formatPercent(peak.rate)} in ${monthName(peak.date)}.` : ''}`,
        description: `${reading} ${story ? `The deals cluster: ${listNames(story.between.map((i) => proseName(model, i.lane)))} came between the ${dayMonthLong(story.first)} and ${dayMonthLong(story.last)} deadlines, and ${listNames(story.cluster.map((i) => proseName(model, i.lane)))} on ${dayMonthLong(story.clusterDate)}. ` : ''}${leavesOut(model)}`,
      };
    }
    const partner = focusPartner[view];
    const name = laneNameOf(model, partner);
    const mine = shown.filter((i) => i.lane === partner);
    let title = `${name}: talks, deadlines and tariff changes in 2025`;
    let alt = `Timeline of ${name}'s 2025 tariff talks, deals and rate changes, with the deadlines that applied to all partners.`;
    let standsOut = '';
    if (view === 'china') {
      const talks = mine.filter((i) => i.kind === 'talks' || i.kind === 'round');
      const places = talks.map((i) => placeOf(i));
      const peak = usPeak(model);
      const final = model.rateSteps.filter((s) => s.side === 'us').at(-1);
      const extensions = mine.filter((i) => i.kind === 'extension').length;
      if (peak && final && places.length > 1) {
        title = `${capital(words(talks.length))} US–China meetings, from ${places[0]} to ${places.at(-1)}, came as the US tariff fell from ${formatPercent(peak.rate)} to ${formatPercent(final.rate)} and the truce was extended ${times(extensions)}`;
        alt = `Timeline of US–China talks, truce deadlines and tariff changes in 2025. The US tariff on Chinese goods peaks at ${formatPercent(peak.rate)} on ${dayMonthLong(peak.date)}; after talks in ${listNames(places)} it ends the year at ${formatPercent(final.rate)}.`;
        // Meetings after which the next change in the US rate, before the next meeting, was a cut.
        const cutsAfter = talks.filter((t, k) => {
          const next = talks[k + 1]?.date ?? '9999';
          const change = model.items.find(
            (i) => i.tariff?.onLine && i.tariff.side === 'us' && i.tariff.applied && i.date > t.date && i.date < next,
          );
          return change?.tariff?.direction === 'down';
        });
        if (cutsAfter.length > 0) standsOut = `The US rate stepped down after the meetings in ${listNames(cutsAfter.map(placeOf))}. `;
      }
    } else if (view === 'japan') {
      const rounds = mine.filter((i) => i.kind === 'round');
      const top = rounds.reduce<TimelineItem | undefined>((best, i) => (roundNumber(i) > roundNumber(best) ? i : best), undefined);
      const deal = mine.find((i) => i.kind === 'deal');
      const deadline = allDeadlines(model).at(-1);
      if (top && deal && deadline) {
        const days = daysBetween(deal.date, deadline.date);
        title = `Japan ${top.status === 'planned' ? 'planned' : 'held'} its ${ordinal(roundNumber(top))} ministerial round for ${top.precision === 'day' ? dayMonthLong(top.date) : `the week of ${dayMonthLong(top.date)}`}; the deal came on ${dayMonthLong(deal.date)}, ${words(days)} days before the ${dayMonthLong(deadline.date)} deadline`;
        const rate = rateOfLane(mine);
        alt = `Timeline of Japan's 2025 tariff talks: rounds reported from ${monthName(rounds[0]?.date ?? top.date)}, a deal on ${dayMonthLong(deal.date)} and ${rate ? `a ${rate}` : 'a new'} rate from 7 August, against the pause deadlines that applied to all partners.`;
        standsOut = `The deal came ${words(days)} days before the ${dayMonthLong(deadline.date)} deadline. `;
      }
    } else if (view === 'korea') {
      const talks = mine.find((i) => i.kind === 'talks' || i.kind === 'round');
      const rate = rateOfLane(mine);
      const notice = mine.find((i) => i.kind === 'implementation');
      if (talks && rate && notice) {
        title = `South Korea: talks in ${monthName(talks.date)}, a ${rate} rate from 7 August, and a deal notice only on ${dayMonthLong(notice.date)}`;
        alt = `Timeline of South Korea's 2025 tariff talks: talks in ${monthName(talks.date)}, a ${rate} rate from 7 August and a Federal Register notice putting the deal in force on ${dayMonthLong(notice.date)}, against the pause deadlines that applied to all partners.`;
        standsOut = `${name}'s rate changed on 7 August with every other partner's; the notice putting its deal in force came ${words(Math.round(daysBetween(EO_14326_IN_FORCE, notice.date) / 30))} months later. `;
      }
    }
    return { ...common, title, alt, description: `${reading} ${standsOut}${leavesOut(model)}` };
  },

  render(model, view, { document, width }) {
    return drawTimeline(model, view, document, width);
  },

  table(model, view): ChartTable {
    return {
      columns: [
        { key: 'date', label: 'Date' },
        { key: 'end_date', label: 'End date' },
        { key: 'precision', label: 'Date known to' },
        { key: 'partner', label: 'Partner' },
        { key: 'kind', label: 'Kind' },
        { key: 'status', label: 'Status' },
        { key: 'event', label: 'Event' },
        { key: 'summary', label: 'What happened' },
        { key: 'rate_pct', label: 'Tariff rate after the change, %', numeric: true },
      ],
      rows: visibleItems(model, view).map((item) => ({
        date: item.date,
        end_date: item.endDate,
        precision: `${item.precision}${item.inferred ? ' (inferred)' : ''}`,
        partner: laneNameOf(model, item.lane),
        kind: kindNames[item.kind],
        status: statusNames[item.status] ?? item.status,
        event: item.label,
        summary: item.summary,
        rate_pct: item.tariff?.rate ?? null,
      })),
    };
  },

  stops(model, view) {
    return visibleItems(model, view).map(
      (item, i): ChartStop => ({
        i,
        heading: `${formatWhen(item)} · ${item.label}`,
        lines: [
          `${laneNameOf(model, item.lane)} · ${kindNames[item.kind]} · ${statusNames[item.status] ?? item.status}`,
          item.summary,
          ...item.notes,
        ],
        citations: item.citations,
      }),
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Views

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

// ---------------------------------------------------------------------------------------------
// Figure text helpers: every number is computed from the model.

const smallWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const words = (n: number) => smallWords[n] ?? String(n);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const ordinals = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ordinal = (n: number) => ordinals[n] ?? `${n}th`;
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${words(n)} times`);
const dayMonthLong = (iso: string) => utcFormat('%-d %B')(isoToDate(iso));
const monthName = (iso: string) => utcFormat('%B')(isoToDate(iso));
const daysBetween = (a: string, b: string) => Math.round((+isoToDate(b) - +isoToDate(a)) / 86_400_000);
const roundNumber = (item: TimelineItem | undefined) => Number(/round (\d+)/i.exec(item?.label ?? '')?.[1] ?? 0);
const placeOf = (item: TimelineItem) => item.place ?? item.label;

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function laneNameOf(model: Model, key: LaneKey): string {
  return model.lanes.find((l) => l.key === key)?.name ?? key;
}

/** A partner's name inside a sentence: "the European Union", "Japan". */
function proseName(model: Model, key: LaneKey): string {
  const name = laneNameOf(model, key);
  return /^(European|United|Netherlands|Philippines)/.test(name) ? `the ${name}` : name;
}

function allDeadlines(model: Model) {
  return model.items.filter((i) => i.lane === ALL && i.kind === 'deadline');
}

function usPeak(model: Model) {
  return model.rateSteps
    .filter((s) => s.side === 'us')
    .reduce<RateStep | undefined>((best, s) => (!best || s.rate > best.rate ? s : best), undefined);
}

function rateOfLane(items: TimelineItem[]) {
  const rate = items.find((i) => i.tariff && !i.tariff.onLine)?.tariff?.rate;
  return rate === undefined || rate === null ? undefined : formatPercent(rate);
}

/** Deals between the first and last all-partner deadline, and the biggest same-day group of deals. */
export function dealsAroundDeadlines(model: Model) {
  const deadlines = allDeadlines(model);
  const first = deadlines[0]?.date;
  const last = deadlines.at(-1)?.date;
  if (!first || !last || first === last) return undefined;
  const deals = model.items.filter((i) => i.kind === 'deal' && i.lane !== ALL);
  const between = deals.filter((i) => i.date > first && i.date <= last);
  const byDate = new Map<string, TimelineItem[]>();
  for (const deal of deals) byDate.set(deal.date, [...(byDate.get(deal.date) ?? []), deal]);
  const cluster = [...byDate.values()].reduce((best, group) => (group.length > best.length ? group : best), [] as TimelineItem[]);
  const clusterDate = cluster[0]?.date;
  if (!clusterDate || cluster.length < 2 || between.length === 0) return undefined;
  return { first, last, between, cluster, clusterDate };
}

function readingGuide(model: Model, view: View, shown: TimelineItem[]): string {
  const approximate = shown.filter(isApproximate);
  const hasLines = shown.some((i) => i.tariff?.onLine);
  const peak = usPeak(model);
  return [
    'Each row is a partner; the top row holds the steps that applied to every partner, and dashed lines carry its deadlines down through the other rows.',
    'Dots are talks and negotiating rounds (a bar when they ran over several days), flags are deadlines, arrows are extensions, diamonds are deals and squares are orders that put a deal in force; small steps mark a change in the tariff rate.',
    'Hollow symbols were reported as planned but not confirmed, or are deadlines that were extended before they fell.',
    approximate.length > 0
      ? `A dashed ring marks a date that is approximate or inferred (${approximate.length} of ${shown.length} events); a shaded band shows the week or month it falls in.`
      : '',
    hasLines && peak
      ? `In the China row two step lines trace the additional tariff each side charged, from 0 to the US peak of ${formatPercent(peak.rate)}; China's targeted lists of February and March had no single rate and sit on the baseline, and rates announced or threatened but never applied are hollow.`
      : '',
    view === 'all' ? '' : `Only ${laneNameOf(model, focusPartner[view])}'s own steps and the all-partner deadlines are shown.`,
  ]
    .filter(Boolean)
    .join(' ');
}

function leavesOut(model: Model): string {
  const later = model.later.map((l) => `${l.label}, ${formatDay(l.date)}`);
  return [
    `The chart ends with 2025${later.length > 0 ? `; later changes (${listNames(later)}) are in the US–China escalation chart` : ''}.`,
    'It leaves out partners with no recorded talks, Section 232 sector tariffs and ordinary duties; planned meetings are as reported in the articles cited.',
  ].join(' ');
}

function describeSources(shown: TimelineItem[]): string {
  const publishers: string[] = [];
  let unnamed = 0;
  const seen = new Set<string>();
  for (const citation of shown.flatMap((i) => i.citations)) {
    if (!citation.quote) continue;
    const publisher = citation.label.replace(/, \d{1,2} \w{3} \d{4}$/, '');
    const source = citation.href ?? citation.label;
    if (seen.has(source)) continue;
    seen.add(source);
    // The sources mark an unknown publisher in words ("Publisher not identified"); count those instead of naming them.
    if (/unidentified|not identified|unknown/i.test(publisher)) unnamed += 1;
    else if (!publishers.includes(publisher)) publishers.push(publisher);
  }
  const reporters = [
    ...publishers,
    ...(unnamed > 0 ? [`${words(unnamed)} website${unnamed === 1 ? '' : 's'} whose publisher is not identified`] : []),
  ];
  const parts = [
    `US executive orders, fact sheets and joint statements${reporters.length > 0 ? `, and reports by ${listNames(reporters)}` : ''}`,
  ];
  if (shown.some((i) => i.tariff?.onLine)) parts.push('US–China rates from US executive orders and China’s Tariff Commission');
  if (shown.some((i) => i.tariff && !i.tariff.onLine)) parts.push('rates from 7 August from EO 14326, Annex I');
  return `${capital(parts.join('; '))}.`;
}

// ---------------------------------------------------------------------------------------------
// Layout: pure geometry, tested on its own.

const colors = {
  meeting: 'var(--series-3)',
  deadline: 'var(--series-6)',
  deal: 'var(--series-4)',
  us: 'var(--series-us)',
  china: 'var(--series-china)',
} as const;

function colorOf(item: TimelineItem): string {
  if (item.tariff) return item.tariff.side === 'china' ? colors.china : colors.us;
  if (item.kind === 'round' || item.kind === 'talks') return colors.meeting;
  if (item.kind === 'deadline' || item.kind === 'extension') return colors.deadline;
  return colors.deal;
}

/** Rough width of 12px UI text: the SVG is laid out at build time, without a font to measure. */
const textWidth = (text: string, bold = false) => text.length * (bold ? 7.8 : 7);

export interface PlacedItem {
  item: TimelineItem;
  /** Stop index. */
  i: number;
  lane: LaneKey;
  /** 'events' row within the lane, or the rate lines. */
  track: 'events' | 'rates';
  row: number;
  /** Span the item may fall in (px): the meeting's days, or its week or month. */
  x0: number;
  x1: number;
  /** Where the symbol is drawn. */
  cx: number;
  cy: number;
  /** Horizontal room the mark takes, for row packing and hit areas. */
  left: number;
  right: number;
}

export interface LaneBox {
  lane: Lane;
  top: number;
  bottom: number;
  labelY: number;
  rowsTop: number;
  rows: number;
  rates?: { top: number; height: number; y: ScaleLinear<number, number> };
}

export interface Layout {
  width: number;
  height: number;
  compact: boolean;
  x: ScaleTime<number, number>;
  plotLeft: number;
  plotRight: number;
  legend: { key: LegendKey; label: string; x: number; y: number }[];
  axisTop: number;
  axisBottom: number | null;
  lanesTop: number;
  lanesBottom: number;
  lanes: LaneBox[];
  placed: PlacedItem[];
  /** Month boundaries, with the label drawn after each (null: gridline only). */
  ticks: { x: number; text: string | null }[];
  /** Short labels beside marks, where they fit. */
  labels: { x: number; y: number; text: string; i: number; color: string; anchor: 'start' | 'end' }[];
  r: number;
  rowHeight: number;
  drawnAsBar: (item: TimelineItem) => boolean;
}

type LegendKey =
  | 'meeting'
  | 'multi'
  | 'deadline'
  | 'extension'
  | 'deal'
  | 'implementation'
  | 'hollow'
  | 'approx'
  | 'step'
  | 'us-line'
  | 'china-line';

const legendLabels: Record<LegendKey, [wide: string, compact: string]> = {
  meeting: ['Talks or round', 'Talks, round'],
  multi: ['Talks over several days', 'Several days'],
  deadline: ['Deadline', 'Deadline'],
  extension: ['Extension', 'Extension'],
  deal: ['Deal', 'Deal'],
  implementation: ['Deal put in force', 'In force'],
  hollow: ['Planned, or deadline extended', 'Planned / moved'],
  approx: ['Date approximate', 'Date approximate'],
  step: ['Rate change', 'Rate change'],
  'us-line': ['US tariff on China', 'US on China'],
  'china-line': ['China tariff on US', 'China on US'],
};

function legendKeys(items: TimelineItem[], drawnAsBar: (item: TimelineItem) => boolean): LegendKey[] {
  const has = (test: (i: TimelineItem) => boolean) => items.some(test);
  const keys: [LegendKey, boolean][] = [
    ['meeting', has((i) => (i.kind === 'talks' || i.kind === 'round') && !drawnAsBar(i))],
    ['multi', has(drawnAsBar)],
    ['deadline', has((i) => i.kind === 'deadline')],
    ['extension', has((i) => i.kind === 'extension')],
    ['deal', has((i) => i.kind === 'deal')],
    ['implementation', has((i) => i.kind === 'implementation')],
    ['step', has((i) => !!i.tariff && !i.tariff.onLine)],
    ['us-line', has((i) => i.tariff?.onLine === true && i.tariff.side === 'us')],
    ['china-line', has((i) => i.tariff?.onLine === true && i.tariff.side === 'china')],
    ['hollow', has((i) => i.hollow)],
    ['approx', has(isApproximate)],
  ];
  return keys.filter(([, on]) => on).map(([key]) => key);
}

const isMultiDay = (i: TimelineItem) => i.precision === 'day' && i.endDate !== null && i.endDate !== i.date;

/** Positions every lane, row, mark and label of a view at a width. */
export function layout(model: Model, view: View, width: number): Layout {
  const compact = width < 480;
  const items = visibleItems(model, view);
  const lanes = visibleLanes(model, view);
  const focus = view !== 'all';
  const r = compact ? 4.5 : 5;
  const rowHeight = compact ? 20 : 22;
  const labelWidth = compact ? 0 : Math.ceil(Math.max(...lanes.map((l) => textWidth(l.name, true)))) + 14;
  const plotLeft = compact ? 4 : labelWidth;
  const plotRight = width - (compact ? 6 : 12);

  // Time domain: whole months around the shown events.
  const spans = items.map(dateSpan);
  const first = spans.length > 0 ? new Date(Math.min(...spans.map((s) => +s.start))) : isoToDate('2025-01-01');
  const last = spans.length > 0 ? new Date(Math.max(...spans.map((s) => +s.last))) : isoToDate(LAST_DAY);
  const x = scaleUtc()
    .domain([utcMonth.floor(first), utcMonth.ceil(utcDay.offset(last, 1))])
    .range([plotLeft, plotRight]);

  // Bars for meetings of several days, where they are wider than a dot.
  const barWidth = (item: TimelineItem) => {
    const { start, last: lastDay } = dateSpan(item);
    return x(utcDay.offset(lastDay, 1)) - x(start);
  };
  const drawnAsBar = (item: TimelineItem) => isMultiDay(item) && barWidth(item) > 2 * r + 1;

  // Legend: flowing rows at the top.
  const legend: Layout['legend'] = [];
  let lx = 0;
  let ly = 10;
  for (const key of legendKeys(items, drawnAsBar)) {
    const label = legendLabels[key][compact ? 1 : 0];
    const w = 20 + textWidth(label) + (compact ? 10 : 16);
    if (lx > 0 && lx + w > width) {
      lx = 0;
      ly += 18;
    }
    legend.push({ key, label, x: lx, y: ly });
    lx += w;
  }
  const axisTop = ly + 14;
  const lanesTop = axisTop + 20;

  const placed: PlacedItem[] = [];
  const labels: Layout['labels'] = [];
  const boxes: LaneBox[] = [];
  let top = lanesTop;
  const maxRate = Math.max(
    1,
    ...items.filter((i) => i.tariff?.onLine).map((i) => i.tariff?.plotRate ?? 0),
    ...model.rateSteps.map((s) => s.rate),
  );
  const gap = 2;
  const labelGap = 4;
  for (const lane of lanes) {
    const own = items.filter((i) => i.lane === lane.key);
    const labelY = compact ? top + 13 : 0;
    const rowsTop = compact ? top + 18 : top + 4;
    const rowEnds: number[] = [];
    const events: PlacedItem[] = [];
    for (const item of own.filter((i) => !i.tariff?.onLine)) {
      const { start, last: lastDay } = dateSpan(item);
      const x0 = x(start);
      const x1 = x(utcDay.offset(lastDay, 1));
      const cx = (x0 + x1) / 2;
      const [extentLeft, extentRight] = markExtent(item, r);
      let left = cx + extentLeft;
      let right = cx + extentRight;
      if (drawnAsBar(item)) {
        left = Math.min(left, x0);
        right = Math.max(right, x1);
      }
      if (isApproximate(item)) {
        left = Math.min(left, cx - r - 4, item.precision === 'day' ? left : x0);
        right = Math.max(right, cx + r + 4, item.precision === 'day' ? right : x1);
      }
      // Focus views label every mark, so the label takes room in its row (after the mark, or before
      // it at the right edge); the overview labels only where there is room.
      const w = textWidth(item.short);
      let claimLeft = left;
      let claimRight = right;
      if (focus && item.short) {
        if (right + labelGap + w <= plotRight) claimRight = right + labelGap + w;
        else if (left - labelGap - w >= plotLeft) claimLeft = left - labelGap - w;
      }
      let row = rowEnds.findIndex((end) => end + gap <= claimLeft);
      if (row === -1) {
        row = rowEnds.length;
        rowEnds.push(claimRight);
      } else rowEnds[row] = claimRight;
      events.push({ item, i: items.indexOf(item), lane: lane.key, track: 'events', row, x0, x1, cx, cy: 0, left, right });
    }
    const rows = Math.max(1, rowEnds.length);
    for (const p of events) p.cy = rowsTop + p.row * rowHeight + rowHeight / 2;
    // Labels: after the mark when they end before the next one, else before it when there is room.
    for (let row = 0; row < rowEnds.length; row++) {
      const inRow = events.filter((p) => p.row === row).sort((a, b) => a.left - b.left);
      let occupied = plotLeft - gap;
      inRow.forEach((p, k) => {
        const w = textWidth(p.item.short);
        const next = inRow[k + 1]?.left ?? plotRight + gap;
        const color = p.item.tariff ? colors.us : 'var(--text-muted)';
        const label = { y: p.cy + 4, text: p.item.short, i: p.i, color };
        if (!p.item.short) occupied = p.right;
        else if (p.right + labelGap + w <= Math.min(next - gap, plotRight)) {
          labels.push({ ...label, x: p.right + labelGap, anchor: 'start' });
          occupied = p.right + labelGap + w;
        } else if (p.left - labelGap - w >= Math.max(occupied + gap, plotLeft)) {
          labels.push({ ...label, x: p.left - labelGap, anchor: 'end' });
          occupied = p.right;
        } else occupied = p.right;
      });
    }
    let bottom = rowsTop + rows * rowHeight;
    const box: LaneBox = { lane, top, bottom: 0, labelY: compact ? labelY : rowsTop + rowHeight / 2 + 4, rowsTop, rows };
    const onLine = own.filter((i) => i.tariff?.onLine);
    if (onLine.length > 0) {
      const height = focus ? (compact ? 84 : 110) : compact ? 44 : 50;
      const ratesTop = bottom + 4;
      const headroom = focus ? 18 : 14;
      const y = scaleLinear()
        .domain([0, maxRate])
        .range([ratesTop + height, ratesTop + headroom]);
      box.rates = { top: ratesTop, height, y };
      // Changes on the same day (both sides at once) are spread a little so each stays reachable.
      for (const item of onLine) {
        const sameDay = onLine.filter((o) => o.date === item.date);
        const shift = sameDay.length > 1 ? (sameDay.indexOf(item) === 0 ? -1 : 1) * (r - 1) : 0;
        const day = isoToDate(item.date);
        const cx = (x(day) + x(utcDay.offset(day, 1))) / 2 + shift;
        const cy = y(item.tariff?.plotRate ?? 0);
        events.push({
          item,
          i: items.indexOf(item),
          lane: lane.key,
          track: 'rates',
          row: 0,
          x0: cx,
          x1: cx,
          cx,
          cy,
          left: cx - r,
          right: cx + r,
        });
      }
      bottom = ratesTop + height + 6;
    }
    box.bottom = bottom + 4;
    boxes.push(box);
    placed.push(...events);
    top = box.bottom;
  }
  const lanesBottom = top;
  const axisBottom = lanes.length > 4 ? lanesBottom : null;
  const height = Math.ceil(lanesBottom + (axisBottom === null ? 6 : 24));
  placed.sort((a, b) => a.i - b.i);

  // Month labels: every month, or every other when a month is too narrow for its name; the first
  // carries the year on a phone (in the label column otherwise).
  const months = utcMonth.range(x.domain()[0] as Date, x.domain()[1] as Date);
  const monthWidth = (plotRight - plotLeft) / Math.max(1, months.length);
  const firstLabel = (month: Date) => (compact ? utcFormat('%b %Y')(month) : utcFormat('%b')(month));
  const needed = Math.max(textWidth('May') + 12, (months[0] ? textWidth(firstLabel(months[0])) : 0) + 12);
  const every = Math.max(1, Math.ceil(needed / monthWidth));
  const ticks = months.map((month, k) => ({
    x: x(month),
    text:
      k % every !== 0 ? null : k === 0 ? firstLabel(month) : month.getUTCMonth() === 0 ? utcFormat('%Y')(month) : utcFormat('%b')(month),
  }));
  ticks.push({ x: x(x.domain()[1] as Date), text: null });

  return {
    width,
    height,
    compact,
    x,
    plotLeft,
    plotRight,
    legend,
    axisTop,
    axisBottom,
    ticks,
    lanesTop,
    lanesBottom,
    lanes: boxes,
    placed,
    labels,
    r,
    rowHeight,
    drawnAsBar,
  };
}

/** Horizontal extent of a symbol around its centre. */
function markExtent(item: TimelineItem, r: number): [number, number] {
  if (item.kind === 'deadline') return [-1.5, 9];
  if (item.kind === 'extension') return [-r, r + 1];
  if (item.kind === 'deal') return [-r - 1.5, r + 1.5];
  if (item.tariff) return [-6.5, 6.5];
  return [-r, r];
}

// ---------------------------------------------------------------------------------------------
// Drawing

const SVG_NS = 'http://www.w3.org/2000/svg';
type G = Selection<SVGGElement, unknown, null, undefined>;

/** SVG path of an item's symbol centred at (cx, cy). */
export function symbolPath(item: TimelineItem, cx: number, cy: number, r: number): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  if (item.kind === 'deadline') return `M${f(cx)},${f(cy + 7)}V${f(cy - 7)}L${f(cx + 9)},${f(cy - 4)}L${f(cx)},${f(cy - 1)}`;
  if (item.kind === 'extension') return `M${f(cx - r + 1)},${f(cy - r)}L${f(cx + r + 1)},${f(cy)}L${f(cx - r + 1)},${f(cy + r)}Z`;
  if (item.kind === 'deal')
    return `M${f(cx)},${f(cy - r - 1.5)}L${f(cx + r + 1.5)},${f(cy)}L${f(cx)},${f(cy + r + 1.5)}L${f(cx - r - 1.5)},${f(cy)}Z`;
  if (item.kind === 'implementation')
    return `M${f(cx - r + 0.5)},${f(cy - r + 0.5)}H${f(cx + r - 0.5)}V${f(cy + r - 0.5)}H${f(cx - r + 0.5)}Z`;
  if (item.tariff) {
    const d = item.tariff.direction;
    if (d === 'up') return `M${f(cx - 6)},${f(cy + 4)}H${f(cx)}V${f(cy - 4)}H${f(cx + 6)}`;
    if (d === 'down') return `M${f(cx - 6)},${f(cy - 4)}H${f(cx)}V${f(cy + 4)}H${f(cx + 6)}`;
    if (d === 'same') return `M${f(cx - 6)},${f(cy)}H${f(cx + 6)}`;
    return `M${f(cx - 6)},${f(cy + 3)}L${f(cx - 2)},${f(cy - 3)}L${f(cx + 2)},${f(cy + 3)}L${f(cx + 6)},${f(cy - 3)}`;
  }
  // Talks and rounds: a dot.
  return `M${f(cx - r)},${f(cy)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
}

function drawTimeline(model: Model, view: View, document: Document, width: number): SVGSVGElement {
  const L = layout(model, view, width);
  const svg = select(document.createElementNS(SVG_NS, 'svg') as SVGSVGElement)
    .attr('xmlns', SVG_NS)
    .attr('width', width)
    .attr('height', L.height)
    .attr('viewBox', `0 0 ${width} ${L.height}`)
    .attr('fill', 'currentColor');
  const round = (n: number) => Math.round(n * 100) / 100;

  // Legend.
  const legend = svg.append('g').attr('class', 'tl-legend');
  for (const entry of L.legend) {
    const g = legend.append('g').attr('transform', `translate(${round(entry.x)},${entry.y})`);
    drawLegendGlyph(g, entry.key, L.r);
    g.append('text').attr('x', 20).attr('y', 4).text(entry.label);
  }

  // Month grid and labels.
  const grid = svg.append('g').attr('stroke', 'var(--chart-grid)').attr('stroke-width', 1);
  for (const tick of L.ticks) {
    grid
      .append('line')
      .attr('x1', round(tick.x))
      .attr('x2', round(tick.x))
      .attr('y1', L.axisTop + 4)
      .attr('y2', L.axisBottom === null ? L.lanesBottom : L.lanesBottom + 4);
  }
  const year = utcFormat('%Y')(L.x.domain()[0] as Date);
  const axis = (y: number) => {
    const g = svg.append('g').attr('fill', 'var(--text-muted)');
    for (const tick of L.ticks)
      if (tick.text)
        g.append('text')
          .attr('x', round(tick.x + 3))
          .attr('y', y)
          .text(tick.text);
    if (!L.compact)
      g.append('text')
        .attr('x', L.plotLeft - 8)
        .attr('y', y)
        .attr('text-anchor', 'end')
        .text(year);
  };
  axis(L.axisTop + 15);
  if (L.axisBottom !== null) axis(L.axisBottom + 16);

  // Lanes: separators and labels.
  const lanes = svg.append('g');
  for (const box of L.lanes) {
    lanes
      .append('line')
      .attr('x1', 0)
      .attr('x2', width)
      .attr('y1', round(box.top))
      .attr('y2', round(box.top))
      .attr('stroke', 'var(--rule)');
    lanes.append('text').attr('x', 0).attr('y', round(box.labelY)).attr('font-weight', 650).text(box.lane.name);
  }
  lanes
    .append('line')
    .attr('x1', 0)
    .attr('x2', width)
    .attr('y1', round(L.lanesBottom))
    .attr('y2', round(L.lanesBottom))
    .attr('stroke', 'var(--rule)');

  // All-partner deadlines carried down through the partner lanes.
  const allLane = L.lanes.find((b) => b.lane.key === ALL);
  const guides = svg.append('g').attr('stroke', colors.deadline).attr('stroke-dasharray', '3 3').attr('stroke-opacity', 0.7);
  if (allLane) {
    for (const p of L.placed) {
      if (p.lane !== ALL || p.item.kind !== 'deadline') continue;
      guides
        .append('line')
        .attr('x1', round(p.cx))
        .attr('x2', round(p.cx))
        .attr('y1', round(allLane.bottom))
        .attr('y2', round(L.lanesBottom))
        .attr('data-guide', p.item.id);
    }
  }

  // US–China rate lines.
  for (const box of L.lanes) {
    if (!box.rates) continue;
    const { y, top, height } = box.rates;
    const g = svg.append('g').attr('fill', 'none');
    g.append('line')
      .attr('x1', L.plotLeft)
      .attr('x2', L.plotRight)
      .attr('y1', round(top + height))
      .attr('y2', round(top + height))
      .attr('stroke', 'var(--chart-muted)');
    const domainEnd = L.x.domain()[1] as Date;
    for (const side of ['us', 'china'] as const) {
      const steps = model.rateSteps.filter((s) => s.side === side);
      if (steps.length === 0) continue;
      // The US line starts at 0 (no additional duty yet); China's at its first across-the-board rate.
      const points: [number, number][] = side === 'us' ? [[L.plotLeft, y(0)]] : [];
      for (const s of steps) {
        const sx = L.x(isoToDate(s.date));
        const prev = points.at(-1);
        if (prev) points.push([sx, prev[1]]);
        points.push([sx, y(s.rate)]);
      }
      const lastPoint = points.at(-1);
      if (lastPoint) points.push([L.x(domainEnd), lastPoint[1]]);
      g.append('path')
        .attr('d', `M${points.map(([px, py]) => `${round(px)},${round(py)}`).join('L')}`)
        .attr('stroke', side === 'us' ? colors.us : colors.china)
        .attr('stroke-width', 2);
    }
    const caption = `Tariff rates, 0 to ${formatPercent(y.domain()[1] as number)}`;
    svg
      .append('text')
      .attr('x', L.plotRight)
      .attr('y', round(top + 10))
      .attr('text-anchor', 'end')
      .attr('fill', 'var(--text-muted)')
      .text(caption);
    if (view !== 'all') {
      // Focus view: name the two peaks.
      const labels = svg
        .append('g')
        .attr('font-weight', 650)
        .attr('stroke', 'var(--bg)')
        .attr('stroke-width', 4)
        .attr('paint-order', 'stroke');
      for (const side of ['us', 'china'] as const) {
        const peak = model.rateSteps
          .filter((s) => s.side === side)
          .reduce<RateStep | undefined>((best, s) => (!best || s.rate > best.rate ? s : best), undefined);
        if (!peak) continue;
        const px = L.x(isoToDate(peak.date));
        labels
          .append('text')
          .attr('x', round(side === 'us' ? px - 6 : px + 6))
          .attr('y', round(side === 'us' ? y(peak.rate) + 4 : y(peak.rate) + 16))
          .attr('text-anchor', side === 'us' ? 'end' : 'start')
          .attr('fill', side === 'us' ? colors.us : colors.china)
          .text(formatPercent(peak.rate));
      }
    }
  }

  // Hit areas (under the marks): every stop is easy to hover and tap, even a thin flag.
  const hits = svg.append('g').attr('fill', 'transparent');
  for (const p of L.placed) {
    const h = p.track === 'rates' ? 14 : L.rowHeight;
    hits
      .append('rect')
      .attr('x', round(Math.min(p.left, p.cx - 7)))
      .attr('y', round(p.cy - h / 2))
      .attr('width', round(Math.max(p.right - p.left, 14)))
      .attr('height', h)
      .attr('data-i', p.i)
      .attr('cursor', 'pointer');
  }

  // Approximate dates: the week or month as a band, and a dashed ring round the symbol.
  const uncertain = svg.append('g');
  for (const p of L.placed) {
    if (!isApproximate(p.item)) continue;
    const color = colorOf(p.item);
    if (p.item.precision !== 'day') {
      uncertain
        .append('rect')
        .attr('x', round(p.x0))
        .attr('y', round(p.cy - 6))
        .attr('width', round(Math.max(2, p.x1 - p.x0)))
        .attr('height', 12)
        .attr('rx', 3)
        .attr('fill', color)
        .attr('fill-opacity', 0.18)
        .attr('data-i', p.i)
        .attr('data-uncertain', p.item.precision);
    }
    uncertain
      .append('circle')
      .attr('cx', round(p.cx))
      .attr('cy', round(p.cy))
      .attr('r', L.r + 3.5)
      .attr('fill', 'none')
      .attr('stroke', 'currentColor')
      .attr('stroke-width', 1)
      .attr('stroke-dasharray', '2 2')
      .attr('data-uncertain', p.item.inferred ? 'inferred' : p.item.precision);
  }

  // The marks, one element per stop.
  const marks = svg.append('g');
  for (const p of L.placed) {
    const color = colorOf(p.item);
    const hollow = p.item.hollow;
    let mark: Selection<SVGElement, unknown, null, undefined>;
    if (L.drawnAsBar(p.item)) {
      const w = p.x1 - p.x0;
      mark = marks
        .append('rect')
        .attr('x', round(p.x0))
        .attr('y', round(p.cy - L.r))
        .attr('width', round(w))
        .attr('height', 2 * L.r)
        .attr('rx', L.r) as unknown as Selection<SVGElement, unknown, null, undefined>;
    } else if (p.track === 'rates') {
      mark = marks
        .append('circle')
        .attr('cx', round(p.cx))
        .attr('cy', round(p.cy))
        .attr('r', L.compact ? 3.5 : 4) as unknown as Selection<SVGElement, unknown, null, undefined>;
    } else {
      mark = marks.append('path').attr('d', symbolPath(p.item, p.cx, p.cy, L.r)) as unknown as Selection<
        SVGElement,
        unknown,
        null,
        undefined
      >;
    }
    const strokeOnly = p.item.tariff && !p.item.tariff.onLine;
    mark
      .attr('class', 'tl-stop')
      .attr('data-i', p.i)
      .attr('data-kind', p.item.kind)
      .attr('fill', strokeOnly ? 'none' : hollow ? 'var(--bg)' : color)
      .attr('stroke', strokeOnly || hollow || p.item.kind === 'deadline' ? color : 'var(--bg)')
      .attr('stroke-width', strokeOnly ? 2.5 : hollow || p.item.kind === 'deadline' ? 1.75 : 1);
    if (hollow && p.item.tariff?.onLine) mark.attr('stroke-dasharray', '2 1.5');
  }

  // Short labels beside the marks, with a halo so gridlines never cross the letters.
  const labels = svg
    .append('g')
    .attr('stroke', 'var(--bg)')
    .attr('stroke-width', 3)
    .attr('paint-order', 'stroke')
    .attr('stroke-linejoin', 'round');
  for (const label of L.labels) {
    labels
      .append('text')
      .attr('x', round(label.x))
      .attr('y', round(label.y))
      .attr('fill', label.color)
      .attr('data-i', label.i)
      .attr('text-anchor', label.anchor === 'end' ? 'end' : null)
      .text(label.text);
  }
  return svg.node() as SVGSVGElement;
}

function drawLegendGlyph(g: G, key: LegendKey, r: number) {
  const cx = 7;
  const fake = (kind: ItemKind, extra: Partial<TimelineItem> = {}): TimelineItem => ({
    id: 'legend',
    lane: ALL,
    kind,
    date: '2025-01-01',
    endDate: null,
    precision: 'day',
    inferred: false,
    status: 'held',
    hollow: false,
    label: '',
    short: '',
    place: null,
    summary: '',
    notes: [],
    citations: [],
    tariff: null,
    ...extra,
  });
  // A flag grows to the right of its pole; the other symbols are centred.
  const path = (item: TimelineItem, fill: string, stroke: string, strokeWidth = 1) =>
    g
      .append('path')
      .attr('d', symbolPath(item, item.kind === 'deadline' ? cx - 4 : cx, 0, r))
      .attr('fill', fill)
      .attr('stroke', stroke)
      .attr('stroke-width', strokeWidth);
  switch (key) {
    case 'meeting':
      path(fake('talks'), colors.meeting, 'none');
      break;
    case 'multi':
      g.append('rect')
        .attr('x', 0)
        .attr('y', -r)
        .attr('width', 14)
        .attr('height', 2 * r)
        .attr('rx', r)
        .attr('fill', colors.meeting);
      break;
    case 'deadline':
      path(fake('deadline'), colors.deadline, colors.deadline, 1.75);
      break;
    case 'extension':
      path(fake('extension'), colors.deadline, 'none');
      break;
    case 'deal':
      path(fake('deal'), colors.deal, 'none');
      break;
    case 'implementation':
      path(fake('implementation'), colors.deal, 'none');
      break;
    case 'hollow':
      path(fake('talks'), 'var(--bg)', 'currentColor', 1.75);
      break;
    case 'approx':
      g.append('circle')
        .attr('cx', cx)
        .attr('cy', 0)
        .attr('r', r - 1)
        .attr('fill', 'var(--chart-muted)');
      g.append('circle')
        .attr('cx', cx)
        .attr('cy', 0)
        .attr('r', r + 2.5)
        .attr('fill', 'none')
        .attr('stroke', 'currentColor')
        .attr('stroke-dasharray', '2 2');
      break;
    case 'step':
      path(
        fake('tariff', { tariff: { side: 'us', rate: null, direction: 'up', applied: true, onLine: false, plotRate: 0 } }),
        'none',
        colors.us,
        2.5,
      );
      break;
    case 'us-line':
    case 'china-line': {
      const color = key === 'us-line' ? colors.us : colors.china;
      g.append('path').attr('d', 'M0,4H6V-4H14').attr('fill', 'none').attr('stroke', color).attr('stroke-width', 2);
      g.append('circle').attr('cx', 6).attr('cy', -4).attr('r', 3).attr('fill', color);
      break;
    }
  }
}
