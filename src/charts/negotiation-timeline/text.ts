import { daysBetween, formatDay, formatDayMonth, formatDayMonthLong, formatMonth, formatPercent, monthName } from '../../shared/format';
import { joinList } from '../../shared/text';
import type { ChartStop, ChartTable } from '../types';
import {
  ALL,
  dateSpan,
  EO_14326_IN_FORCE,
  focusPartner,
  type ItemKind,
  isApproximate,
  type LaneKey,
  type Model,
  type RateStep,
  type TimelineItem,
  type View,
  visibleItems,
  visibleLanes,
} from './model';

/** The timeline's words for readers: dates, labels, titles, descriptions, table rows and stops. Every number is computed from the model. */

/** "10–11 May 2025", "Week of 7 Jul 2025", "May 2025", with "(date inferred)" when we worked it out. */
export function formatWhen(item: Pick<TimelineItem, 'date' | 'endDate' | 'precision' | 'inferred'>): string {
  const { start, last } = dateSpan(item);
  let when: string;
  if (item.precision === 'month') when = formatMonth(start);
  else if (item.precision === 'week') when = `Week of ${formatDay(item.date)}`;
  else if (+last === +start) when = formatDay(item.date);
  else if (start.getUTCMonth() === last.getUTCMonth()) when = `${start.getUTCDate()}–${formatDay(item.endDate as string)}`;
  else when = `${formatDayMonth(start)} – ${formatDay(item.endDate as string)}`;
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

/** Title, alt text and description of a view. */
export function describeView(model: Model, view: View) {
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
        ? `${capital(words(story.between.length))} partners struck deals between the ${formatDayMonthLong(story.first)} and ${formatDayMonthLong(story.last)} deadlines; ${words(story.cluster.length)} more came on one day, ${formatDayMonthLong(story.clusterDate)}`
        : 'Tariff talks, deadlines and deals by partner, 2025–2026',
      alt: `Timeline of the 2025–2026 tariff talks in ${lanes.length} lanes, one per partner and one for steps that applied to all.${story ? ` Deals with ${joinList(story.between.map((i) => proseName(model, i.lane)))} fall between the ${formatDayMonthLong(story.first)} and ${formatDayMonthLong(story.last)} deadlines.` : ''}${peak ? ` The US tariff on China peaks at ${formatPercent(peak.rate)} in ${monthName(peak.date)}.` : ''}`,
      description: `${reading} ${story ? `The deals cluster: ${joinList(story.between.map((i) => proseName(model, i.lane)))} came between the ${formatDayMonthLong(story.first)} and ${formatDayMonthLong(story.last)} deadlines, and ${joinList(story.cluster.map((i) => proseName(model, i.lane)))} on ${formatDayMonthLong(story.clusterDate)}. ` : ''}${leavesOut(model)}`,
    };
  }
  const partner = focusPartner[view];
  const name = laneNameOf(model, partner);
  const mine = shown.filter((i) => i.lane === partner);
  let title = `${name}: talks, deadlines and tariff changes, 2025–2026`;
  let alt = `Timeline of ${name}'s 2025–2026 tariff talks, deals and rate changes, with the deadlines that applied to all partners.`;
  let standsOut = '';
  if (view === 'china') {
    const talks = mine.filter((i) => i.kind === 'talks' || i.kind === 'round');
    const places = talks.map((i) => placeOf(i));
    const peak = usPeak(model);
    const final = model.rateSteps.filter((s) => s.side === 'us').at(-1);
    const extensions = mine.filter((i) => i.kind === 'extension').length;
    if (peak && final && places.length > 1) {
      title = `${capital(words(talks.length))} US–China meetings, from ${places[0]} to ${places.at(-1)}, came as the US tariff fell from ${formatPercent(peak.rate)} to ${formatPercent(final.rate)} and the truce was extended ${times(extensions)}`;
      alt = `Timeline of US–China talks, truce deadlines and tariff changes, 2025–2026. The US tariff on Chinese goods peaks at ${formatPercent(peak.rate)} on ${formatDayMonthLong(peak.date)}; after talks in ${joinList(places)} it stands at ${formatPercent(final.rate)} at the end of the data.`;
      // Meetings after which the next change in the US rate, before the next meeting, was a cut.
      const cutsAfter = talks.filter((t, k) => {
        const next = talks[k + 1]?.date ?? '9999';
        const change = model.items.find(
          (i) => i.tariff?.onLine && i.tariff.side === 'us' && i.tariff.applied && i.date > t.date && i.date < next,
        );
        return change?.tariff?.direction === 'down';
      });
      if (cutsAfter.length > 0) standsOut = `The US rate stepped down after the meetings in ${joinList(cutsAfter.map(placeOf))}. `;
    }
  } else if (view === 'japan') {
    const rounds = mine.filter((i) => i.kind === 'round');
    const top = rounds.reduce<TimelineItem | undefined>((best, i) => (roundNumber(i) > roundNumber(best) ? i : best), undefined);
    const deal = mine.find((i) => i.kind === 'deal');
    const deadline = pauseDeadlines(model).at(-1);
    if (top && deal && deadline) {
      const days = daysBetween(deal.date, deadline.date);
      title = `Japan ${top.status === 'planned' ? 'planned' : 'held'} its ${ordinal(roundNumber(top))} ministerial round for ${top.precision === 'day' ? formatDayMonthLong(top.date) : `the week of ${formatDayMonthLong(top.date)}`}; the deal came on ${formatDayMonthLong(deal.date)}, ${words(days)} days before the ${formatDayMonthLong(deadline.date)} deadline`;
      const rate = rateOfLane(mine);
      alt = `Timeline of Japan's tariff talks: rounds reported from ${monthName(rounds[0]?.date ?? top.date)}, a deal on ${formatDayMonthLong(deal.date)} and ${rate ? `a ${rate}` : 'a new'} rate from 7 August, against the pause deadlines that applied to all partners.`;
      standsOut = `The deal came ${words(days)} days before the ${formatDayMonthLong(deadline.date)} deadline. `;
    }
  } else if (view === 'korea') {
    const talks = mine.find((i) => i.kind === 'talks' || i.kind === 'round');
    const rate = rateOfLane(mine);
    const notice = mine.find((i) => i.kind === 'implementation');
    const deal = mine.find((i) => i.kind === 'deal');
    if (talks && rate && notice) {
      title = `South Korea: talks in ${monthName(talks.date)}${deal ? `, a deal on ${formatDayMonthLong(deal.date)}` : ''}, a ${rate} rate from 7 August, and a deal notice only on ${formatDayMonthLong(notice.date)}`;
      alt = `Timeline of South Korea's tariff talks: talks in ${monthName(talks.date)}, a ${rate} rate from 7 August and a Federal Register notice putting the deal in force on ${formatDayMonthLong(notice.date)}, against the pause deadlines that applied to all partners.`;
      standsOut = `${name}'s rate changed on 7 August with every other partner's; the notice putting its deal in force came ${words(Math.round(daysBetween(EO_14326_IN_FORCE, notice.date) / 30))} months later. `;
    }
  }
  return { ...common, title, alt, description: `${reading} ${standsOut}${leavesOut(model)}` };
}

/** The data table of a view: one row per item shown. */
export function tableOf(model: Model, view: View): ChartTable {
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
}

/** One stop per item shown, in date order. */
export function stopsOf(model: Model, view: View): ChartStop[] {
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
}

const smallWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const words = (n: number) => smallWords[n] ?? String(n);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const ordinals = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ordinal = (n: number) => ordinals[n] ?? `${n}th`;
const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${words(n)} times`);
const roundNumber = (item: TimelineItem | undefined) => Number(/round (\d+)/i.exec(item?.label ?? '')?.[1] ?? 0);
const placeOf = (item: TimelineItem) => item.place ?? item.label;

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

/** The deadlines of the 90-day pause (9 July, then 1 August 2025): the all-partner deadlines before the EO 14326 rates applied. */
function pauseDeadlines(model: Model) {
  return allDeadlines(model).filter((i) => i.date < EO_14326_IN_FORCE);
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
  const deadlines = pauseDeadlines(model);
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
    `The chart ends on ${formatDay(model.asOf)}, the as-of date of the data${later.length > 0 ? `; later changes (${joinList(later)}) are in the US–China escalation chart` : ''}; what happened when the US–China truce dates of 10 November 2026 ran out is not known.`,
    'It leaves out partners with no recorded talks, Section 232 sector tariffs and ordinary duties; planned meetings are as reported in the articles cited.',
  ].join(' ');
}

function describeSources(shown: TimelineItem[]): string {
  const publishers: string[] = [];
  let unnamed = 0;
  const seen = new Set<string>();
  for (const citation of shown.flatMap((i) => i.citations)) {
    // Reporters only: an official document's own words are not a report.
    if (!citation.quote || citation.kind === 'document') continue;
    const publisher = citation.label.replace(/, \d{1,2} \w{3} \d{4}$/, '').replace(/, aggregator copy$/, '');
    // One source, however many of its passages are cited (each links to its own anchor).
    const source = citation.href?.split('#')[0] ?? citation.label;
    if (seen.has(source)) continue;
    seen.add(source);
    // An unknown publisher is labelled in words ("Unattributed article"); count those instead of naming them.
    if (/unattributed|unidentified|not identified|unknown/i.test(publisher)) unnamed += 1;
    else if (!publishers.includes(publisher)) publishers.push(publisher);
  }
  const reporters = [
    ...publishers,
    ...(unnamed > 0 ? [`${words(unnamed)} website${unnamed === 1 ? '' : 's'} whose publisher is not identified`] : []),
  ];
  const parts = [
    `US executive orders, fact sheets and joint statements${reporters.length > 0 ? `, and reports by ${joinList(reporters)}` : ''}`,
  ];
  if (shown.some((i) => i.tariff?.onLine)) parts.push('US–China rates from US executive orders and China’s Tariff Commission');
  if (shown.some((i) => i.tariff && !i.tariff.onLine)) parts.push('rates from 7 August from EO 14326, Annex I');
  return `${capital(parts.join('; '))}.`;
}
