import type { PartnerCode } from '../schemas/common';
import type { Claim } from '../schemas/datasets/claims';
import type { Reference } from '../schemas/datasets/references';
import type { TradeBalanceMonthlyRow } from '../schemas/datasets/trade-balance-monthly';
import { type TradeVintage, tradeVintages } from '../schemas/trade-vintage';
import { formatBillions, formatBillionsChange, formatDay, formatDayLong, monthName, toBillions } from '../shared/format';
import { colour } from '../shared/palette';
import { joinList, wrapWords } from '../shared/text';
import {
  dotMarker,
  dotted,
  el,
  linear,
  niceAxis,
  type Panel,
  panelGrid,
  pathOf,
  snapArea,
  splitAtParen,
  svgRoot,
  text,
} from './shared/small-multiples';
import type { ChartDefinition, ChartStop, ShownCitation } from './types';

/**
 * Monthly US imports from nine partners, 2025 drawn over 2024 (January to December), one small
 * panel per partner with its own scale, and the 2025 tariff dates as rules. Shows the rush
 * before the tariff dates, the months an article called records, and where imports moved after.
 */

type View = 'imports';

/** The partners shown; panel order is by the change in full-year imports. */
export const PARTNERS: readonly PartnerCode[] = ['CN', 'VN', 'TW', 'JP', 'KR', 'TH', 'IN', 'MX', 'EU'];
const NAMES: Partial<Record<PartnerCode, { name: string; short?: string }>> = {
  KR: { name: 'South Korea' },
  EU: { name: 'European Union', short: 'EU' },
};
const VINTAGE: TradeVintage = 'revised-2026-10';
const REFERENCE = 'census-country-xlsx-revised-2026-10';

/**
 * The 2025 tariff dates drawn as rules, each tied to the record that holds it: the reference
 * for the order signed that day, or the negotiations event whose date (or summary) gives it.
 * The model checks every date against its record, so a changed record fails the build here.
 * Only days on which a tariff was set or changed are drawn: the 9 July and 1 August deadlines
 * passed without a change at the border (the first was extended, the second was met by EO 14326,
 * whose rates applied from 7 August), so they are not tariff dates.
 */
export const TARIFF_DATES: readonly { date: string; from: { doc: string } | { event: string } }[] = [
  { date: '2025-04-02', from: { doc: 'eo-14257' } },
  { date: '2025-04-09', from: { event: 'all-2025-04-09-pause' } },
  { date: '2025-08-07', from: { event: 'all-2025-07-31-eo-14326' } },
];

export interface MonthPair {
  month: number;
  y2024: TradeBalanceMonthlyRow;
  y2025: TradeBalanceMonthlyRow;
}

export interface PartnerMonths {
  partner: PartnerCode;
  name: string;
  short: string;
  /** January to December. */
  months: MonthPair[];
  /** Full-year imports, US$ millions. */
  total2024: number;
  total2025: number;
}

export interface TariffDate {
  date: string;
  /** What happened, from the record. */
  summary: string;
  /** Document identifiers behind it, e.g. ["EO 14266"]. */
  documents: string[];
  citations: ShownCitation[];
}

interface ClaimNote {
  text: string;
  verdict: Claim['verdict'];
  reason: Claim['reason'];
  note: string;
  citations: ShownCitation[];
}

export interface Model {
  partners: PartnerMonths[];
  tariffDates: TariffDate[];
  /** Claims by the id of the monthly row they were checked against. */
  claims: Record<string, ClaimNote[]>;
  citations: Record<string, ShownCitation[]>;
  reference: Reference;
  asOf: string;
}

/** Change from `before` to `after` (US$ millions): the difference and the percentage, rounded to whole percent. */
export function change(before: number, after: number): { diff: number; pct: number } {
  return { diff: after - before, pct: before === 0 ? Number.NaN : Math.round(((after - before) / before) * 100) };
}

/** "+40%", "−30%", "0%" (true minus). */
export const formatPct = (pct: number) => (pct > 0 ? `+${pct}%` : pct < 0 ? `−${Math.abs(pct)}%` : '0%');

/** Position of a date on a January–December axis measured in months: 2 April → 3.03. */
export function monthPosition(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month - 1 + (day - 1) / days;
}

/** Panels in order: largest rise in full-year imports first. */
export function panelOrder(partners: readonly PartnerMonths[]): PartnerMonths[] {
  const pct = (p: PartnerMonths) => (p.total2025 - p.total2024) / p.total2024;
  return [...partners].sort((a, b) => pct(b) - pct(a) || a.partner.localeCompare(b.partner));
}

/** The month with the largest year-on-year rise in imports, in percent, among `months` (1–12) across partners. */
export function biggestJump(partners: readonly PartnerMonths[], months: readonly number[]) {
  let best: { partner: PartnerMonths; pair: MonthPair; pct: number } | undefined;
  for (const partner of partners) {
    for (const pair of partner.months.filter((m) => months.includes(m.month))) {
      const { pct } = change(pair.y2024.imports, pair.y2025.imports);
      if (!best || pct > best.pct) best = { partner, pair, pct };
    }
  }
  return best;
}

/** First month from which every later month of 2025 is at least `drop` percent below 2024, or null. */
export function belowFrom(partner: PartnerMonths, drop: number): number | null {
  let from: number | null = null;
  for (const pair of [...partner.months].reverse()) {
    if (change(pair.y2024.imports, pair.y2025.imports).pct <= -drop) from = pair.month;
    else break;
  }
  return from;
}

/** Short mark beside a ringed month: what the article claimed, judged against Census data. */
export function claimLabel(claim: { text: string; verdict: Claim['verdict'] }): string {
  const near = /close to|near/i.test(claim.text);
  if (claim.verdict === 'matches') return near ? 'near record' : 'record';
  if (claim.verdict === 'differs') return 'no record';
  if (claim.verdict === 'ambiguous') return 'ambiguous';
  return 'unchecked';
}

/** "the European Union" inside a sentence; other partners as they are. */
const theName = (p: PartnerMonths) => (p.partner === 'EU' ? `the ${p.name}` : p.name);
const pctOfYear = (p: PartnerMonths) => change(p.total2024, p.total2025).pct;
const shortDay = (iso: string) => formatDay(iso).replace(/ \d{4}$/, '');

export const importsMonthly: ChartDefinition<Model, View> = {
  id: 'imports-monthly',
  name: 'Monthly US imports by partner, 2024 against 2025',
  views: ['imports'],
  viewLabels: { imports: 'Imports, 2025 against 2024' },
  datasets: ['trade-balance-monthly', 'claims', 'negotiations', 'references'],
  height: (width) => layout(width).height,

  model(data, cite) {
    const dataset = data('trade-balance-monthly');
    const rows = dataset.records.filter((r) => r.vintage === VINTAGE && PARTNERS.includes(r.partner));
    const partners = PARTNERS.map((partner): PartnerMonths => {
      const find = (year: number, month: number) => {
        const row = rows.find((r) => r.partner === partner && r.year === year && r.month === month);
        if (!row)
          throw new Error(
            `imports-monthly: trade-balance-monthly has no ${VINTAGE} row for ${partner} ${year}-${String(month).padStart(2, '0')}`,
          );
        return row;
      };
      const months = Array.from({ length: 12 }, (_, k) => ({ month: k + 1, y2024: find(2024, k + 1), y2025: find(2025, k + 1) }));
      const censusName = months[0]?.y2024.censusName ?? partner;
      return {
        partner,
        name: NAMES[partner]?.name ?? censusName,
        short: NAMES[partner]?.short ?? NAMES[partner]?.name ?? censusName,
        months,
        total2024: months.reduce((sum, m) => sum + m.y2024.imports, 0),
        total2025: months.reduce((sum, m) => sum + m.y2025.imports, 0),
      };
    });
    const references = data('references').records;
    const events = data('negotiations').records;
    const identifier = (doc: string) => references.find((r) => r.id === doc)?.identifier ?? doc;
    const tariffDates = TARIFF_DATES.map(({ date, from }): TariffDate => {
      if ('doc' in from) {
        const ref = references.find((r) => r.id === from.doc);
        if (!ref || ref.date !== date)
          throw new Error(
            `imports-monthly: tariff date ${date} expects reference "${from.doc}" dated ${date}, found ${ref?.date ?? 'none'}`,
          );
        return {
          date,
          summary: `${ref.identifier} signed: ${ref.title}.`,
          documents: [ref.identifier],
          citations: cite([{ doc: ref.id }]),
        };
      }
      const event = events.find((e) => e.id === from.event);
      if (!event || (event.date !== date && !event.summary.includes(formatDayLong(date)))) {
        throw new Error(
          `imports-monthly: tariff date ${date} expects negotiations record "${from.event}" dated ${date} or naming ${formatDayLong(date)} in its summary`,
        );
      }
      const documents = event.citations.flatMap((c) => ('doc' in c ? [identifier(c.doc)] : []));
      return { date, summary: event.summary, documents, citations: cite(event.citations.filter((c) => 'doc' in c)) };
    });
    const ids = new Set(rows.map((r) => r.id));
    const claims: Record<string, ClaimNote[]> = {};
    for (const claim of data('claims').records) {
      const record = claim.official?.record;
      if (claim.official?.dataset !== 'trade-balance-monthly' || !record || !ids.has(record)) continue;
      claims[record] = [
        ...(claims[record] ?? []),
        {
          text: claim.claimed.text,
          verdict: claim.verdict,
          reason: claim.reason,
          note: claim.note,
          citations: cite(claim.citations),
        },
      ];
    }
    const reference = references.find((r) => r.id === REFERENCE);
    if (!reference) throw new Error(`imports-monthly: reference "${REFERENCE}" is missing from references.json`);
    return {
      partners: panelOrder(partners),
      tariffDates,
      claims,
      citations: Object.fromEntries(rows.map((r) => [r.id, cite(r.citations)])),
      reference,
      asOf: dataset.asOf,
    };
  },

  figure(model) {
    const byChange = model.partners;
    const risers = byChange.filter((p) => pctOfYear(p) > 0).slice(0, 3);
    const faller = byChange.at(-1);
    const riseText = risers.map((p, k) => `${k === 0 ? '' : 'from '}${theName(p)} ${k === 0 ? 'rose ' : ''}${pctOfYear(p)}%`);
    const title =
      risers.length && faller && pctOfYear(faller) < 0
        ? `In 2025 US imports from ${joinList(riseText)}; imports from ${theName(faller)} fell ${Math.abs(pctOfYear(faller))}%`
        : 'Monthly US imports from nine partners, 2025 against 2024';
    const everyMonth = byChange.filter((p) => p.months.every((m) => m.y2025.imports > m.y2024.imports)).map(theName);
    const chinaFrom = faller ? belowFrom(faller, 20) : null;
    const jump = biggestJump(model.partners, [1, 2, 3]);
    const dates = joinList(model.tariffDates.map((t) => shortDay(t.date)));
    const ringed = model.partners.flatMap((p) => p.months.flatMap((m) => (model.claims[m.y2025.id] ?? []).map((c) => ({ p, m, c }))));
    const matched = ringed.filter((r) => claimLabel(r.c) === 'record').map((r) => theName(r.p));
    const near = ringed.filter((r) => claimLabel(r.c) === 'near record').map((r) => theName(r.p));
    const notRecord = ringed.filter((r) => claimLabel(r.c) === 'no record').map((r) => theName(r.p));
    const twoReadings = ringed.filter((r) => claimLabel(r.c) === 'ambiguous').map((r) => theName(r.p));
    const alt = [
      `${byChange.length === 9 ? 'Nine' : byChange.length} small line charts of monthly US imports, 2025 drawn over 2024.`,
      everyMonth.length ? `Imports from ${joinList(everyMonth)} were higher than in 2024 in every month of 2025` : '',
      faller && chinaFrom
        ? `${everyMonth.length ? '; imports' : 'Imports'} from ${theName(faller)} were at least 20% lower in every month from ${monthName(chinaFrom - 1)}.`
        : everyMonth.length
          ? '.'
          : '',
    ].join(everyMonth.length ? ' ' : ' ');
    return {
      title,
      alt: alt.replace(' ;', ';').replace(/\s+\./, '.').slice(0, 400),
      description: [
        'Each panel is one partner: the coloured line is 2025, the grey line 2024, month by month; each panel has its own scale, starting at zero, so compare the two years within a panel rather than heights across panels. The percentage beside each name is the change in full-year imports; panels run from the largest rise to the largest fall.',
        `Dashed rules mark the 2025 tariff dates: ${dates}.`,
        jump
          ? `Imports jumped before the April dates: the largest year-on-year rise in January to March was from ${theName(jump.partner)} in ${monthName(jump.pair.month - 1)}, ${formatBillions(jump.pair.y2025.imports)} against ${formatBillions(jump.pair.y2024.imports)} (${formatPct(jump.pct)}).`
          : '',
        ringed.length
          ? `Rings mark May 2025 for the partners one of the source articles said sent record (or near-record) exports to the US that month. In US import data ${matched.length ? `${joinList(matched)} did set records` : 'no partner set a record'}${near.length ? `, ${joinList(near)} came close` : ''}${notRecord.length ? `; ${joinList(notRecord)} did not` : ''}${twoReadings.length ? `. ${joinList(twoReadings)} is ringed for the article’s other possible reading, which its imports do not bear out` : ''}. The readout gives each check.`
          : '',
        `Figures are US general imports, not seasonally adjusted, Census figures ${tradeVintages[VINTAGE]}. Goods only; the European Union is the Census aggregate. Partners’ own export statistics can rank months differently. No Census release for any month of 2026 was found, so the chart ends with December 2025.`,
      ]
        .filter(Boolean)
        .join(' '),
      sourceLine: `${model.reference.issuer}, ${model.reference.title}: ${model.reference.identifier}; US general imports, not seasonally adjusted. Tariff dates: ${[...new Set(model.tariffDates.flatMap((t) => t.documents))].join(', ')}.`,
      asOf: model.asOf,
    };
  },

  render(model, _view, { document, width }) {
    const L = layout(width);
    const svg = svgRoot(document, width, L.height);
    const header = el(document, svg, 'g', { class: 'tl-head' });
    text(document, header, 0, 13, L.compact ? 'US imports, US$ bn a month' : 'US imports, US$ bn a month: 2025 against 2024', {
      'font-weight': 600,
    });
    const vintage = `Census figures ${tradeVintages[VINTAGE]}`;
    for (const [k, line] of (L.compact ? splitAtParen(vintage) : [vintage]).entries()) {
      text(document, header, 0, 28 + 15 * k, line, { fill: 'var(--text-muted)' });
    }
    const dates = joinList(model.tariffDates.map((t) => shortDay(t.date)));
    if (L.compact && L.spare) legend(document, header, L.spare.x, L.spare.y - 4, dates.replace(/(\d) /g, '$1\u00a0'), true);
    else legend(document, header, 0, 45, dates, false);

    // Shared presentation attributes sit on groups, so each mark carries only its geometry.
    const dot2024 = dotMarker(document, svg, 'dot-2024', { r: L.compact ? 1.5 : 2, fill: colour('yearPrevious') });
    const dot2025 = dotMarker(document, svg, 'dot-2025', {
      r: L.compact ? 2.25 : 2.75,
      fill: colour('yearCurrent'),
      stroke: 'var(--bg)',
      'stroke-width': 0.75,
    });
    let i = 0;
    model.partners.forEach((partner, index) => {
      const panel = L.panels[index] as Panel;
      const g = snapArea(el(document, svg, 'g', { class: 'tl-panel' }), panel);
      const labels = el(document, g, 'g', { fill: 'var(--text-muted)' });
      const axis = niceAxis(Math.max(...partner.months.flatMap((m) => [toBillions(m.y2024.imports), toBillions(m.y2025.imports)])));
      const x = linear([0, 12], [panel.x, panel.x + panel.width]);
      const y = linear([0, axis.max], [panel.y + panel.height, panel.y]);
      for (const tick of axis.ticks) {
        el(document, g, 'line', {
          x1: panel.x,
          x2: panel.x + panel.width,
          y1: y(tick),
          y2: y(tick),
          stroke: tick === 0 ? colour('muted') : colour('grid'),
        });
        text(document, labels, panel.x - 4, y(tick) + 4, String(tick), { 'text-anchor': 'end', fill: '' });
      }
      const rules = el(document, g, 'g', { stroke: colour('muted'), 'stroke-dasharray': '2 2' });
      for (const t of model.tariffDates) {
        const tx = x(monthPosition(t.date));
        el(document, rules, 'line', { x1: tx, x2: tx, y1: panel.y - 2, y2: panel.y + panel.height });
      }
      const at = (m: MonthPair, year: 2024 | 2025) =>
        [x(m.month - 0.5), y(toBillions((year === 2024 ? m.y2024 : m.y2025).imports))] as const;
      const lines = el(document, g, 'g', { fill: 'none', 'stroke-linejoin': 'round' });
      // A dot at each month of both years, drawn by the lines' markers: month k of the panel is stop first + k.
      const first = i;
      const line2024 = el(document, lines, 'path', {
        d: pathOf(partner.months.map((m) => at(m, 2024))),
        stroke: colour('yearPrevious'),
        'stroke-width': 1.5,
      });
      const line2025 = el(document, lines, 'path', {
        d: pathOf(partner.months.map((m) => at(m, 2025))),
        stroke: colour('yearCurrent'),
        'stroke-width': 2,
      });
      dotted(line2024, dot2024, first);
      dotted(line2025, dot2025, first);
      i += partner.months.length;
      for (const m of partner.months.filter((pair) => model.claims[pair.y2025.id]?.length)) {
        const [cx, cy] = at(m, 2025);
        el(document, g, 'circle', { cx, cy, r: L.compact ? 5 : 6, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.25 });
      }
      text(document, g, panel.x, panel.headY, L.compact ? partner.short : partner.name, { 'font-weight': 700 });
      text(document, labels, panel.x + panel.width, panel.headY, formatPct(pctOfYear(partner)), { 'text-anchor': 'end', fill: '' });
      for (const month of [1, 4, 7, 10]) {
        text(document, labels, x(month - 0.5), panel.footY, monthName(month - 1, 'short'), {
          'text-anchor': 'middle',
          fill: '',
        });
      }
    });
    return svg;
  },

  table(model) {
    const round = (m: number) => Math.round(m / 100) / 10;
    return {
      columns: [
        { key: 'partner', label: 'Partner' },
        { key: 'month', label: 'Month' },
        { key: 'imports_2024_bn', label: 'US imports 2024, US$ bn', numeric: true },
        { key: 'imports_2025_bn', label: 'US imports 2025, US$ bn', numeric: true },
        { key: 'change_bn', label: 'Change, US$ bn', numeric: true },
        { key: 'change_pct', label: 'Change, %', numeric: true },
        { key: 'release', label: 'Census release' },
      ],
      rows: model.partners.flatMap((p) =>
        p.months.map((m) => {
          const c = change(m.y2024.imports, m.y2025.imports);
          return {
            partner: p.name,
            month: monthName(m.month - 1),
            imports_2024_bn: round(m.y2024.imports),
            imports_2025_bn: round(m.y2025.imports),
            change_bn: round(c.diff),
            change_pct: c.pct,
            release: tradeVintages[m.y2025.vintage],
          };
        }),
      ),
    };
  },

  stops(model) {
    let i = 0;
    return model.partners.flatMap((p) =>
      p.months.map((m): ChartStop => {
        const c = change(m.y2024.imports, m.y2025.imports);
        const month = monthName(m.month - 1);
        const dates = model.tariffDates.filter((t) => Number(t.date.slice(5, 7)) === m.month);
        const claims = [...(model.claims[m.y2025.id] ?? []), ...(model.claims[m.y2024.id] ?? [])];
        return {
          i: i++,
          heading: `${p.name}, ${month}`,
          lines: [
            `US imports ${formatBillions(m.y2025.imports)} in ${month} 2025 against ${formatBillions(m.y2024.imports)} in ${month} 2024: ${formatBillionsChange(c.diff)} (${formatPct(c.pct)})`,
            ...dates.map((t) => `${formatDay(t.date)}: ${t.summary}`),
            ...claims.map(
              (cl) =>
                `Article: ${cl.text}. Census data: ${cl.verdict === 'matches' ? 'matches' : cl.verdict === 'differs' ? `differs (${cl.reason ?? 'see note'})` : 'not checkable'}. ${cl.note}`,
            ),
            `Census figures ${tradeVintages[m.y2025.vintage]}; US general imports, not seasonally adjusted.`,
          ],
          citations: [
            ...(model.citations[m.y2025.id] ?? []),
            ...(model.citations[m.y2024.id] ?? []),
            ...claims.flatMap((cl) => cl.citations.filter((s) => s.quote)),
            ...dates.flatMap((t) => t.citations),
          ],
        };
      }),
    );
  },
};

/** Key: line swatches for 2025 and 2024, a dashed tariff rule, a ring; stacked into the free cell on phones. */
function legend(document: Document, parent: Element, x0: number, y0: number, dates: string, compact: boolean) {
  const muted = { fill: 'var(--text-muted)' };
  const swatch = (x: number, y: number, stroke: string, width: number) =>
    el(document, parent, 'line', { x1: x, x2: x + 16, y1: y - 4, y2: y - 4, stroke, 'stroke-width': width });
  const rule = (x: number, y: number) =>
    el(document, parent, 'line', { x1: x, x2: x, y1: y - 11, y2: y + 2, stroke: colour('muted'), 'stroke-dasharray': '2 2' });
  const ring = (x: number, y: number) =>
    el(document, parent, 'circle', { cx: x, cy: y - 4, r: 5, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.25 });
  swatch(x0, y0, colour('yearCurrent'), 2);
  text(document, parent, x0 + 21, y0, '2025', muted);
  swatch(x0 + 58, y0, colour('yearPrevious'), 1.5);
  text(document, parent, x0 + 79, y0, '2024', muted);
  if (compact) {
    const lines = ['Tariff dates:', ...wrapWords(dates, 20)];
    rule(x0 + 5, y0 + 16);
    lines.forEach((line, k) => {
      text(document, parent, x0 + 14, y0 + 16 + 15 * k, line, muted);
    });
    const y = y0 + 16 + 15 * lines.length + 2;
    ring(x0 + 5, y);
    text(document, parent, x0 + 14, y, 'May “record” claim', muted);
    text(document, parent, x0, y + 16, '%: full-year change', muted);
    return;
  }
  rule(x0 + 121, y0);
  text(document, parent, x0 + 129, y0, `Tariff dates: ${dates}`, muted);
  ring(x0 + 5, y0 + 17);
  text(
    document,
    parent,
    x0 + 16,
    y0 + 17,
    'May “record” claim, checked against Census data. % beside a name: change in full-year imports.',
    muted,
  );
}

/** Panel grid: two columns on phones (key in the free cell), three on the column; every panel has its own y labels. */
function layout(width: number) {
  const compact = width < 480;
  const grid = panelGrid(
    compact
      ? { width, count: PARTNERS.length, cols: 2, top: 50, left: 22, right: 4, gapX: 26, gapY: 10, head: 18, plot: 66, foot: 16 }
      : { width, count: PARTNERS.length, cols: 3, top: 76, left: 24, right: 4, gapX: 30, gapY: 12, head: 20, plot: 86, foot: 17 },
  );
  return { compact, ...grid };
}
