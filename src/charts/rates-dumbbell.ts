import type { ReciprocalRate } from '../schemas/datasets/reciprocal-rates';
import { formatDay } from '../shared/format';
import { colour } from '../shared/palette';
import { countOf } from './shared/headline-claims';
import { theName } from './shared/names';
import { svgEl, svgRoot, textWidth } from './shared/svg';
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
    const svg = svgRoot(document, width, d.height, 'Reciprocal tariff rates by partner');
    const max =
      Math.ceil(
        Math.max(...rows.flatMap((r) => [r.april2, r.august ?? 0, r.deal?.rate ?? 0, (r.august ?? 0) + (r.other?.additionalRate ?? 0)])) /
          10,
      ) * 10;
    const x = (v: number) => d.left + (v / max) * (width - d.left - d.right);
    const muted = { fill: colour('muted') };

    // Legend: shapes with words, two lines on a phone.
    const items: [string, (g: SVGGElement) => void][] = [
      [
        'Announced 2 Apr',
        (g) =>
          g.append(svgEl(document, 'circle', { cx: 5, cy: -4, r: 4.5, fill: 'var(--bg)', stroke: colour('muted'), 'stroke-width': 2 })),
      ],
      [
        `Paid 10 Apr–6 Aug: ${model.pauseRate}%`,
        (g) => g.append(svgEl(document, 'rect', { x: 3, y: -10, width: 5, height: 12, fill: colour('baseline'), opacity: 0.35 })),
      ],
      ['From 7 Aug 2025', (g) => g.append(svgEl(document, 'circle', { cx: 5, cy: -4, r: 5, fill: colour('reciprocal') }))],
      [
        'Deal',
        (g) => g.append(svgEl(document, 'circle', { cx: 5, cy: -4, r: 6, fill: 'none', stroke: colour('deal'), 'stroke-width': 2 })),
      ],
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
      svg.append(g);
      lx += w;
    }

    // Axis with grid lines, labelled above the rows and again below them.
    const axisTop = d.top - 10;
    const bottom = d.top + rows.length * ROW;
    const step = d.compact ? 10 : 5;
    for (let v = 0; v <= max; v += step) {
      svg.append(
        svgEl(document, 'line', {
          x1: x(v),
          x2: x(v),
          y1: axisTop + 4,
          y2: bottom,
          stroke: v === 0 ? 'currentColor' : colour('grid'),
        }),
      );
      if (v % 10 === 0) {
        const label = v === max ? `${v}%` : String(v);
        const anchor = v === max ? 'end' : 'middle';
        const lx2 = v === max ? x(v) + 6 : x(v);
        svg.append(svgEl(document, 'text', { x: lx2, y: axisTop, 'text-anchor': anchor, ...muted }, label));
        svg.append(svgEl(document, 'text', { x: lx2, y: bottom + 16, 'text-anchor': anchor, ...muted }, label));
      }
    }

    // The rate actually charged during the pause, behind the rows: the comparison the title leads with.
    svg.append(
      svgEl(document, 'rect', {
        class: 'tl-pause',
        x: x(model.pauseRate) - 2.5,
        y: axisTop + 4,
        width: 5,
        height: bottom - axisTop - 4,
        fill: colour('baseline'),
        opacity: 0.35,
      }),
    );

    /** A line from one rate to another with its head just outside the target mark (radius `gap`), offset `dy` below the row's centre. */
    const arrow = (from: number, to: number, cy: number, stroke: string, gap: number, dy = 0) => {
      const dir = Math.sign(x(to) - x(from));
      const tip = x(to) - dir * (gap + 1.5);
      const base = tip - dir * 6;
      if (dir === 0 || (base - x(from)) * dir <= 0) return;
      const y = cy + dy;
      svg.append(
        svgEl(document, 'line', {
          x1: x(from),
          x2: base,
          y1: y,
          y2: y,
          stroke,
          'stroke-width': 1.75,
          'stroke-dasharray': dy ? '3 2' : null,
        }),
      );
      svg.append(svgEl(document, 'path', { d: `M${base},${y - 4}L${tip},${y}L${base},${y + 4}Z`, fill: stroke }));
    };

    rows.forEach((r, i) => {
      const cy = d.top + i * ROW + ROW / 2;
      const g = svgEl(document, 'g', { 'data-i': i });
      // The whole row is the target for hover and tap; it is outlined when active.
      g.append(
        svgEl(document, 'rect', {
          class: 'tl-stop',
          'data-i': i,
          x: 0,
          y: cy - ROW / 2 + 1,
          width,
          height: ROW - 2,
          rx: 3,
          fill: 'transparent',
        }),
      );
      const name = d.compact ? (SHORT_NAMES[r.name] ?? r.name) : r.name === 'Democratic Republic of the Congo' ? 'DR Congo' : r.name;
      g.append(svgEl(document, 'text', { x: d.left - 10, y: cy + 4, 'text-anchor': 'end' }, name));
      if (r.other && r.august !== null) {
        const total = r.august + r.other.additionalRate;
        g.append(
          svgEl(document, 'line', {
            x1: x(r.august),
            x2: x(total),
            y1: cy,
            y2: cy,
            stroke: colour('section232'),
            'stroke-width': 2,
            'stroke-dasharray': '3 2',
          }),
        );
        g.append(
          svgEl(document, 'path', {
            d: `M${x(total)},${cy - 5}L${x(total) + 5},${cy}L${x(total)},${cy + 5}L${x(total) - 5},${cy}Z`,
            fill: colour('section232'),
          }),
        );
      }
      if (r.august !== null) arrow(r.april2, r.august, cy, colour('muted'), 5);
      // The move to a deal rate runs just below the row, so it never hides the first arrow.
      if (r.deal && r.deal.rate !== null && r.august !== null) arrow(r.august, r.deal.rate, cy, colour('deal'), 6, 6);
      g.append(svgEl(document, 'circle', { cx: x(r.april2), cy, r: 4.5, fill: 'var(--bg)', stroke: colour('muted'), 'stroke-width': 2 }));
      if (r.august !== null) {
        g.append(
          r.augustIsRule
            ? svgEl(document, 'rect', {
                x: x(r.august) - 5,
                y: cy - 5,
                width: 10,
                height: 10,
                fill: 'var(--bg)',
                stroke: colour('reciprocal'),
                'stroke-width': 2,
              })
            : svgEl(document, 'circle', { cx: x(r.august), cy, r: 5, fill: colour('reciprocal') }),
        );
      }
      if (r.deal && r.deal.rate !== null)
        g.append(svgEl(document, 'circle', { cx: x(r.deal.rate), cy, r: 8, fill: 'none', stroke: colour('deal'), 'stroke-width': 2 }));
      svg.append(g);
    });
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
