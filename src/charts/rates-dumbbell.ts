import * as Plot from '@observablehq/plot';
import type { ReciprocalRate } from '../schemas/datasets/reciprocal-rates';
import { formatDay } from '../shared/format';
import { colour } from '../shared/palette';
import { countOf } from './shared/headline-claims';
import { theName } from './shared/names';
import { plotFigure, tagStops } from './shared/plot-figure';
import { svgEl, textWidth } from './shared/svg';
import type { ChartDefinition, ChartStop, ShownCitation } from './types';

type View = 'key' | 'all';

/** Partners the source articles name; with the largest (below) they make the `key` view. */
const NAMED_IN_SOURCES = [
  'china',
  'japan',
  'south-korea',
  'taiwan',
  'vietnam',
  'thailand',
  'india',
  'indonesia',
  'malaysia',
  'cambodia',
  'philippines',
  'switzerland',
  'brazil',
  'lesotho',
];
/** Partners the US imported more than this from in 2024 (US$ millions, Census) are always in the `key` view. */
const LARGE_IMPORTS = 25_000;

/** Names that do not fit the label column on a phone. */
const SHORT_NAMES: Record<string, string> = {
  'Democratic Republic of the Congo': 'DR Congo',
  'Bosnia and Herzegovina': 'Bosnia & Herz.',
  'Trinidad and Tobago': 'Trinidad & T.',
  'Papua New Guinea': 'P. New Guinea',
  'Equatorial Guinea': 'Eq. Guinea',
  'Falkland Islands': 'Falklands',
  'North Macedonia': 'N. Macedonia',
  'European Union': 'EU',
  'United Kingdom': 'UK',
};

interface Row {
  id: string;
  name: string;
  april2: number;
  inAnnex: boolean;
  /** The rate from 7 August 2025 as drawn; for a rule (the EU) the all-in ceiling the rule names. */
  august: number | null;
  /** True when `august` stands for a rule in words, not a rate. */
  augustIsRule: boolean;
  eo: ReciprocalRate['eo14326'];
  deal: ReciprocalRate['deal'];
  other: ReciprocalRate['otherMeasure'];
  imports: number | null;
  note: string | null;
  key: boolean;
  citations: ShownCitation[];
}

interface Model {
  rows: Row[];
  /** The rate every partner but China paid from 10 April to 6 August 2025: the baseline of the partners outside Annex I. */
  pauseRate: number;
  asOf: string;
  sourceLine: string;
  keyCriteria: string;
}

/** "15% minus the Column 1 (MFN) duty rate…" → 15: the all-in ceiling a rule in words names first. */
export function ruleCeiling(rule: string | null): number | null {
  const match = rule?.match(/^(\d+(?:\.\d+)?)%/);
  return match ? Number(match[1]) : null;
}

const rowsFor = (model: Model, view: View) => (view === 'key' ? model.rows.filter((r) => r.key) : model.rows);

const dedupe = (citations: ShownCitation[]) =>
  citations.filter((c, i) => citations.findIndex((d) => d.label === c.label && d.quote === c.quote) === i);

const augustText = (r: Row) => {
  if (r.eo.basis === 'separate-order') return `${r.eo.rate}%, under a separate order (not in the EO 14326 annex)`;
  if (r.eo.rate === null) return `${r.eo.rule} (drawn at ${r.august}% all-in)`;
  return `${r.eo.rate}%${r.eo.basis === 'not-listed' ? ' (not listed: the 10% rate)' : ' (EO 14326, Annex I)'}`;
};

/** When a penalty order applies: its start date, or the day it was signed when it sets only a delay. */
const penaltyWhen = (r: Row) =>
  r.other?.effective ? `from ${formatDay(r.other.effective)}` : `order of ${formatDay(r.other?.announced ?? '')}`;

const ROW = 22;

function dimensions(view: View, width: number, rows: number) {
  const compact = width < 480;
  const legendRows = compact ? 2 : 1;
  const top = 18 * legendRows + 30;
  return { compact, top, left: compact ? 104 : 150, right: compact ? 14 : 24, height: top + rows * ROW + 26, legendRows, view };
}

export const ratesDumbbell: ChartDefinition<Model, View> = {
  id: 'rates-dumbbell',
  name: 'Reciprocal tariff rates: 2 April against 7 August 2025',
  views: ['key', 'all'],
  viewLabels: { key: 'Key partners', all: 'All partners' },
  datasets: ['reciprocal-rates', 'references'],
  height: (width) => dimensions('key', width, 16).height,

  model(data, cite) {
    const dataset = data('reciprocal-rates');
    const rows = dataset.records
      .map((r): Row => {
        const ceiling = r.eo14326.rate ?? ruleCeiling(r.eo14326.rule);
        const imports = r.formula?.imports2024 ?? null;
        return {
          id: r.id,
          name: r.name,
          april2: r.april2Rate,
          inAnnex: r.annexI !== null,
          august: ceiling,
          augustIsRule: r.eo14326.rate === null && ceiling !== null,
          eo: r.eo14326,
          deal: r.deal,
          other: r.otherMeasure,
          imports,
          note: r.note,
          key: NAMED_IN_SOURCES.includes(r.id) || (imports !== null && imports > LARGE_IMPORTS),
          citations: dedupe([
            ...cite(r.citations),
            ...(r.deal ? cite(r.deal.citations) : []),
            ...(r.otherMeasure ? cite(r.otherMeasure.citations) : []),
          ]),
        };
      })
      .sort((a, b) => b.april2 - a.april2 || (b.august ?? 0) - (a.august ?? 0) || a.name.localeCompare(b.name, 'en'));

    const references = new Map(data('references').records.map((r) => [r.id, r]));
    const docs = new Set(
      dataset.records
        .flatMap((r) => [...r.citations, ...(r.deal?.citations ?? []), ...(r.otherMeasure?.citations ?? [])])
        .flatMap((c) => ('doc' in c ? [c.doc] : [])),
    );
    const cited = [...docs].flatMap((id) => references.get(id) ?? []);
    const orders = cited
      .filter((r) => /^EO \d+$/.test(r.identifier))
      .map((r) => r.identifier.replace('EO ', ''))
      .sort();
    const laterOrders = [...new Set(cited.filter((r) => r.identifier.startsWith('Executive order of')).map((r) => formatDay(r.date)))];
    const deals = cited
      .filter((r) => /^(Fact sheet|Joint statement)/.test(r.identifier))
      .map((r) => r.date)
      .sort();
    const sourceLine = `Executive orders ${orders.join(', ')}${laterOrders.length ? ` and the order${laterOrders.length > 1 ? 's' : ''} of ${laterOrders.join(', ')}` : ''}; EO 14257 Annex I as carried in HTSUS ch. 99, U.S. note 2(v)(xviii); ${deals.length} White House fact sheets and joint statements (${formatDay(deals[0] ?? dataset.asOf)} to ${formatDay(deals.at(-1) ?? dataset.asOf)}).`;
    const baselines = new Set(rows.filter((r) => !r.inAnnex).map((r) => r.april2));
    const pauseRate = [...baselines][0];
    if (baselines.size !== 1 || pauseRate === undefined) {
      throw new Error(`rates-dumbbell: partners outside Annex I should share one baseline rate, found ${[...baselines].join(', ')}`);
    }
    return {
      rows,
      pauseRate,
      asOf: dataset.asOf,
      sourceLine,
      keyCriteria: `the partners the source articles name and every partner the US imported more than $${LARGE_IMPORTS / 1000} billion of goods from in 2024`,
    };
  },

  figure(model, view) {
    const rows = rowsFor(model, view);
    const withAugust = rows.filter((r) => r.august !== null);
    const lower = withAugust.filter((r) => (r.august as number) < r.april2);
    // China was never on the pause (it paid 125% then 10% after Geneva under a separate order).
    const paused = withAugust.filter((r) => r.eo.basis !== 'separate-order');
    const more = countOf('paid more than in the pause', paused, (r) => (r.august as number) > model.pauseRate);
    const same = paused.filter((r) => r.august === model.pauseRate);
    const higher = withAugust.filter((r) => (r.august as number) > r.april2);
    const names = (list: Row[]) => {
      const all = list.map((r) => theName(r.name));
      return all.length < 2 ? all.join('') : `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
    };
    const penalties = rows.filter((r) => r.other);
    const top = rows[0] as Row;
    const rule = rows.find((r) => r.augustIsRule);
    const deals = rows.filter((r) => r.deal);
    return {
      title: `From 7 August 2025, ${more.text} partners paid more than the ${model.pauseRate}% charged during the pause; against the 2 April rates, which applied for one day, ${lower.length} were lower and ${higher.length} higher`,
      alt: `Dot chart of ${rows.length} trading partners sorted by the US reciprocal tariff rate of 2 April 2025, from ${top.name} at ${top.april2}%. An arrow leads from each 2 April rate to the rate from 7 August 2025; ${lower.length} are lower and ${higher.length} higher. Rings mark the rate a later deal names.`,
      description: `Two comparisons, both drawn. Against what was charged: from 10 April to 6 August 2025 every reciprocal-tariff partner but China paid ${model.pauseRate}% (the shaded line); from 7 August ${more.text} of them paid more${same.length ? `; ${names(same)} kept a reciprocal rate of ${model.pauseRate}%` : ''}. Against what was announced: each row is a partner, sorted by its 2 April 2025 rate (EO 14257, Annex I; partners not listed paid the ${model.pauseRate}% baseline), which applied for one day, 9 April. The hollow dot is that rate; the arrow leads to the filled dot, the rate from 7 August 2025 under EO 14326; a ring marks the rate a later deal or joint statement names (${deals.length} of the partners shown have one), with a dashed arrow when it differs.${rule ? ` For ${theName(rule.name)} EO 14326 gives a rule, not a rate: ${rule.eo.rule}. The open square is drawn at the ${rule.august}% all-in level.` : ''}${penalties.length ? ` A dashed line runs on to the total with a separate penalty order: ${penalties.map((r) => `${theName(r.name)} +${r.other?.additionalRate}% (${penaltyWhen(r)})`).join(', ')}.` : ''} ${view === 'key' ? `Shown: ${model.keyCriteria}; the “all” view lists every partner in the dataset.` : 'All partners in either annex are shown.'} Left out: China’s rate went to 84% and 125% in April before falling to 10% on 14 May; Section 232 sector tariffs, ordinary (MFN) duties, and Canada and Mexico, which are outside the reciprocal scheme. None of these rates applied after 23 February 2026: the Supreme Court held that IEEPA does not authorize tariffs, and a surcharge under Section 122, then Section 301 tiers, took their place (reciprocal-rates, regime2026). Hover, tap or use the arrow keys for each partner’s documents.`,
      sourceLine: model.sourceLine,
      asOf: model.asOf,
    };
  },

  render(model, view, { document, width }) {
    const rows = rowsFor(model, view);
    const d = dimensions(view, width, rows.length);
    const max =
      Math.ceil(
        Math.max(...rows.flatMap((r) => [r.april2, r.august ?? 0, r.deal?.rate ?? 0, (r.august ?? 0) + (r.other?.additionalRate ?? 0)])) /
          10,
      ) * 10;
    const every = (step: number) => Array.from({ length: max / step + 1 }, (_, k) => k * step);
    const px = (width - d.left - d.right) / max;
    const row = (r: Row) => r.id;
    const stops = rows.map((r, i) => ({ ...r, i }));
    const withAugust = stops.filter((r) => r.august !== null);
    /** An arrow from one rate to another, its head just outside the target mark (radius `gap`); none where there is no room for it. */
    const arrows = (list: typeof stops, from: (r: Row) => number, to: (r: Row) => number | null, gap: number) =>
      list.filter((r) => {
        const target = to(r);
        return target !== null && Math.abs(target - from(r)) * px > gap + 1.5 + 6;
      });
    const arrow = { x1: 'from', x2: 'to', y1: row, y2: row, bend: 0, headLength: 7, strokeWidth: 1.75 } as const;
    const deals = withAugust.filter((r) => r.deal && r.deal.rate !== null);
    // Names cut to fit the label column on a phone.
    const name = (r: Row) =>
      d.compact ? (SHORT_NAMES[r.name] ?? r.name) : r.name === 'Democratic Republic of the Congo' ? 'DR Congo' : r.name;
    const axis = { ticks: every(10), tickFormat: (v: number) => (v === max ? `${v}%` : String(v)), tickSize: 0, label: null };

    const svg = plotFigure(
      {
        marginTop: d.top,
        marginLeft: d.left,
        marginRight: d.right,
        marginBottom: 26,
        y: { type: 'band', domain: rows.map(row), padding: 0, axis: null },
        // Rates labelled above the rows and again below them, every 10 points; grid lines every 5 (10 on a phone).
        x: { domain: [0, max], axis: 'both', ...axis },
        marks: [
          Plot.gridX(every(d.compact ? 10 : 5), { stroke: colour('grid'), strokeOpacity: 1 }),
          Plot.ruleX([0], { stroke: 'currentColor' }),
          // The rate actually charged during the pause, behind the rows: the comparison the title leads with.
          Plot.barX([model.pauseRate], {
            x1: (v: number) => v,
            x2: (v: number) => v,
            insetLeft: -2.5,
            insetRight: -2.5,
            fill: colour('baseline'),
            fillOpacity: 0.35,
            className: 'tl-pause',
          }),
          // A separate penalty order on top of the August rate: a dashed line on to the total.
          Plot.link(
            withAugust.filter((r) => r.other),
            {
              x1: (r: Row) => r.august,
              x2: (r: Row) => (r.august ?? 0) + (r.other?.additionalRate ?? 0),
              y1: row,
              y2: row,
              stroke: colour('section232'),
              strokeWidth: 2,
              strokeDasharray: '3 2',
            },
          ),
          Plot.dot(
            withAugust.filter((r) => r.other),
            {
              x: (r: Row) => (r.august ?? 0) + (r.other?.additionalRate ?? 0),
              y: row,
              symbol: 'diamond',
              r: 4.5,
              fill: colour('section232'),
            },
          ),
          Plot.arrow(
            arrows(
              withAugust,
              (r) => r.april2,
              (r) => r.august,
              5,
            ).map((r) => ({ ...r, from: r.april2, to: r.august })),
            { ...arrow, stroke: colour('muted'), insetEnd: 6.5 },
          ),
          // The move to a deal rate runs just below the row, so it never hides the first arrow.
          Plot.arrow(
            arrows(
              deals,
              (r) => r.august ?? 0,
              (r) => r.deal?.rate ?? null,
              6,
            ).map((r) => ({ ...r, from: r.august, to: r.deal?.rate })),
            { ...arrow, stroke: colour('deal'), insetEnd: 7.5, dy: 6, strokeDasharray: '3 2' },
          ),
          Plot.dot(stops, { x: 'april2', y: row, r: 4.5, fill: 'var(--bg)', stroke: colour('muted'), strokeWidth: 2 }),
          Plot.dot(
            withAugust.filter((r) => !r.augustIsRule),
            { x: 'august', y: row, r: 5, fill: colour('reciprocal') },
          ),
          // A rule in words, drawn at the all-in rate it names: an open square.
          Plot.dot(
            withAugust.filter((r) => r.augustIsRule),
            { x: 'august', y: row, symbol: 'square', r: 5.6, fill: 'var(--bg)', stroke: colour('reciprocal'), strokeWidth: 2 },
          ),
          Plot.dot(deals, { x: (r: Row) => r.deal?.rate, y: row, r: 8, fill: 'none', stroke: colour('deal'), strokeWidth: 2 }),
          // The whole row is the target for hover and tap, name included; it is outlined when active.
          // Drawn over the marks, transparent, so the pointer lands on it wherever the row is touched.
          Plot.barX(
            stops,
            tagStops(stops, {
              x1: 0,
              x2: max,
              y: row,
              insetLeft: -d.left,
              insetRight: -d.right,
              insetTop: 1,
              insetBottom: 1,
              rx: 3,
              fill: 'transparent',
            }),
          ),
          // Names after the rows: the row, the first mark of its stop, is what the readout is placed beside.
          Plot.text(
            stops,
            tagStops(
              stops,
              { text: name, y: row, frameAnchor: 'left' as const, dx: -10, textAnchor: 'end' as const },
              { highlight: false },
            ),
          ),
        ],
      },
      { document, width, height: d.height },
    );
    svg.append(legend(document, width, model.pauseRate));
    return svg;
  },

  table(model, view) {
    return {
      columns: [
        { key: 'partner', label: 'Partner' },
        { key: 'april2_pct', label: '2 Apr 2025, %', numeric: true },
        { key: 'august_pct', label: 'From 7 Aug 2025, %', numeric: true },
        { key: 'august_rule', label: 'From 7 Aug 2025, rule' },
        { key: 'deal_pct', label: 'Deal, %', numeric: true },
        { key: 'deal_date', label: 'Deal date' },
        { key: 'penalty_pct', label: 'Penalty order on top, %', numeric: true },
      ],
      rows: rowsFor(model, view).map((r) => ({
        partner: r.inAnnex ? r.name : `${r.name} (not in 2 Apr Annex I)`,
        april2_pct: r.april2,
        august_pct: r.eo.rate,
        august_rule: r.eo.rule ?? (r.eo.basis === 'separate-order' ? 'separate order' : ''),
        deal_pct: r.deal?.rate ?? null,
        deal_date: r.deal?.date ?? '',
        penalty_pct: r.other?.additionalRate ?? null,
      })),
    };
  },

  stops(model, view) {
    return rowsFor(model, view).map((r, i): ChartStop => {
      const lines = [
        `2 Apr 2025: ${r.april2}%${r.inAnnex ? ' (EO 14257, Annex I)' : ' (not in Annex I: the 10% baseline)'}`,
        `From 7 Aug 2025: ${augustText(r)}`,
      ];
      if (r.deal)
        lines.push(`Deal, ${formatDay(r.deal.date)}: ${r.deal.rate === null ? r.deal.rule : `${r.deal.rate}%`}. ${r.deal.summary}`);
      if (r.other) lines.push(`Also: +${r.other.additionalRate}% (${penaltyWhen(r)}). ${r.other.summary}`);
      if (r.note) lines.push(r.note);
      return { i, heading: r.name, lines, citations: r.citations };
    });
  },
};

/**
 * The legend: each mark's shape with words, two lines on a phone. Plot's legends are HTML and
 * about scales; this one explains symbols, so it is drawn by hand, in the SVG, so embeds and
 * pictures of the chart keep it.
 */
function legend(document: Document, width: number, pauseRate: number): SVGGElement {
  const items: [string, (g: SVGGElement) => void][] = [
    [
      'Announced 2 Apr',
      (g) => g.append(svgEl(document, 'circle', { cx: 5, cy: -4, r: 4.5, fill: 'var(--bg)', stroke: colour('muted'), 'stroke-width': 2 })),
    ],
    [
      `Paid 10 Apr–6 Aug: ${pauseRate}%`,
      (g) => g.append(svgEl(document, 'rect', { x: 3, y: -10, width: 5, height: 12, fill: colour('baseline'), opacity: 0.35 })),
    ],
    ['From 7 Aug 2025', (g) => g.append(svgEl(document, 'circle', { cx: 5, cy: -4, r: 5, fill: colour('reciprocal') }))],
    ['Deal', (g) => g.append(svgEl(document, 'circle', { cx: 5, cy: -4, r: 6, fill: 'none', stroke: colour('deal'), 'stroke-width': 2 }))],
    [
      'Rule: all-in',
      (g) =>
        g.append(
          svgEl(document, 'rect', {
            x: 0,
            y: -9,
            width: 10,
            height: 10,
            fill: 'var(--bg)',
            stroke: colour('reciprocal'),
            'stroke-width': 2,
          }),
        ),
    ],
    [
      'With penalty',
      (g) =>
        g.append(
          svgEl(document, 'line', {
            x1: 0,
            x2: 12,
            y1: -4,
            y2: -4,
            stroke: colour('section232'),
            'stroke-width': 2,
            'stroke-dasharray': '3 2',
          }),
        ),
    ],
  ];
  const group = svgEl(document, 'g', { 'text-anchor': 'start', fill: 'currentColor' });
  let lx = 0;
  let ly = 14;
  for (const [label, draw] of items) {
    const w = 18 + textWidth(label) + 14;
    if (lx + w > width && lx > 0) {
      lx = 0;
      ly += 18;
    }
    const g = svgEl(document, 'g', { transform: `translate(${lx + 2},${ly})` });
    draw(g);
    g.append(svgEl(document, 'text', { x: 17, y: 0 }, label));
    group.append(g);
    lx += w;
  }
  return group;
}
