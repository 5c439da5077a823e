/**
 * The refund of the IEEPA duties after the Supreme Court ruling: one bar per amount customs gave
 * (collected, eligible in the first phase, claimed, certified), and a row for what has been paid
 * since, which no source gives and the chart says so. Bars: drawn with Plot (shared/plot-figure).
 */
import * as Plot from '@observablehq/plot';
import type { IeepaRefund } from '../schemas/datasets/ieepa-refunds';
import { formatBillions, formatBillionsWords, formatDay } from '../shared/format';
import { colour } from '../shared/palette';
import { compare, HeadlineError } from './shared/headline-claims';
import { plotFigure, tagStops } from './shared/plot-figure';
import { textWidth } from './shared/svg';
import type { ChartDefinition, ChartStop, ShownCitation } from './types';

type View = 'amounts';

/** The amounts drawn, in the order of the refund's progress. */
const ORDER: IeepaRefund['measure'][] = ['collected', 'eligible', 'submitted', 'certified'];

const LABELS: Record<IeepaRefund['measure'], string> = {
  collected: 'Collected under IEEPA',
  eligible: 'Eligible in the first phase',
  submitted: 'Claimed by importers',
  certified: 'Certified for payment',
  step: 'Step',
  'not-known': 'Paid since',
};

interface Row {
  i: number;
  record: IeepaRefund;
  label: string;
  citations: ShownCitation[];
}

interface Model {
  rows: Row[];
  /** Steps with no amount (the orders, the system opening), for the readout and table. */
  steps: Row[];
  asOf: string;
  caveats: string[];
}

/** Height of one row: a heading and a bar. */
const ROW = 44;

/** US$ millions → "$166B", "$20.6B": whole billions without a decimal the source did not give. */
const billions = (millions: number) => formatBillions(millions, Number.isInteger(millions / 1000) ? 0 : 1);

/** Day of the last amount given: the "paid since" row starts from it. */
const lastFigure = (model: Model) =>
  model.rows
    .filter((r) => r.record.amount !== null)
    .map((r) => r.record.date)
    .sort()
    .at(-1) ?? model.asOf;

/** The one record of a measure; a chart that counts on it fails the build when it is missing or doubled. */
function only(rows: readonly Row[], measure: IeepaRefund['measure']): Row {
  const found = rows.filter((r) => r.record.measure === measure);
  if (found.length !== 1) throw new HeadlineError(`refunds: ${measure}`, `expected one "${measure}" record, found ${found.length}`);
  return found[0] as Row;
}

/**
 * What the title states, checked against the data: collected ≥ claimed ≥ certified (a refund
 * cannot be certified before it is claimed), the day of the last figure, and that what was paid
 * since is recorded as not known.
 */
export function refundFacts(model: Model) {
  const collected = only(model.rows, 'collected').record;
  const submitted = only(model.rows, 'submitted').record;
  const certified = only(model.rows, 'certified').record;
  const unknown = only(model.rows, 'not-known').record;
  compare('claimed below collected', submitted.amount ?? 0, collected.amount ?? 0, 'lower');
  compare('certified below claimed', certified.amount ?? 0, submitted.amount ?? 0, 'lower');
  if (unknown.date <= certified.date) throw new HeadlineError('paid since', 'the not-known record should come after the last figure');
  return { collected, submitted, certified, unknown };
}

export const ieepaRefunds: ChartDefinition<Model, View> = {
  id: 'ieepa-refunds',
  name: 'Refunds of the IEEPA tariffs, 2026',
  views: ['amounts'],
  viewLabels: { amounts: 'Amounts' },
  datasets: ['ieepa-refunds', 'references'],
  height: (width) => (width < 480 ? 40 : 20) + 5 * ROW + 40,

  model(data, cite) {
    const dataset = data('ieepa-refunds');
    const amounts = ORDER.flatMap((measure) => dataset.records.filter((r) => r.measure === measure));
    const unknown = dataset.records.filter((r) => r.measure === 'not-known');
    const rows = [...amounts, ...unknown].map((record, i) => ({
      i,
      record,
      label: LABELS[record.measure],
      citations: cite(record.citations),
    }));
    const steps = dataset.records
      .filter((r) => r.measure === 'step')
      .map((record, n) => ({ i: rows.length + n, record, label: record.label, citations: cite(record.citations) }));
    return { rows, steps, asOf: dataset.asOf, caveats: dataset.caveats };
  },

  figure(model) {
    const f = refundFacts(model);
    const money = (r: IeepaRefund) =>
      `${r.qualifier === 'about' ? 'about ' : ''}${formatBillionsWords(r.amount ?? 0, { digits: Number.isInteger((r.amount ?? 0) / 1000) ? 0 : 1 })}`;
    return {
      title: `Of ${money(f.collected)} of IEEPA duties collected, importers had claimed ${money(f.submitted)} and ${money(f.certified)} had been certified for payment by ${formatDay(f.certified.date)}; what has been paid since is not known`,
      alt: `Bar chart of the refund of the IEEPA tariffs: ${model.rows
        .filter((r) => r.record.amount !== null)
        .map((r) => `${r.label.toLowerCase()}, ${money(r.record)} (${formatDay(r.record.date)})`)
        .join('; ')}. A last row, paid since, is marked not known.`,
      description: [
        'After the Supreme Court held on 20 February 2026 that IEEPA does not authorize tariffs, the duties collected under it had to be refunded. Each bar is an amount customs gave the trade court, in the order of the refund: what was collected, what the first phase of its refund system could handle, what importers had claimed and what had been certified and sent to the Treasury for payment, each with the day it was given.',
        `The last row is empty on purpose: no figure after ${formatDay(f.certified.date)} was found, so how much has been paid out is not known.`,
        ...model.rows.flatMap((r) => (r.record.note ? [`${r.label}: ${r.record.note}`] : [])),
        ...model.caveats,
      ].join(' '),
      sourceLine:
        'U.S. Customs and Border Protection filings and statements to the Court of International Trade, as reported by news agencies and law firms (see the dataset’s references).',
      asOf: model.asOf,
    };
  },

  render(model, _view, { document, width }) {
    const compact = width < 480;
    const height = ieepaRefunds.height(width);
    const max = Math.max(...model.rows.map((r) => r.record.amount ?? 0));
    const known = model.rows.filter((r) => r.record.amount !== null);
    const unknown = model.rows.filter((r) => r.record.amount === null);
    const marginRight = compact ? 84 : 96;
    // The outline of a row with no figure is sized to its words, not to an amount: its width in
    // pixels, as a share of the scale.
    const outline = (Math.min(textWidth('not known') + 24, width - marginRight) / (width - 1 - marginRight)) * max;
    // Plot leaves a stroked text unfilled unless told.
    const halo = { fill: 'currentColor', stroke: 'var(--bg)', strokeWidth: 3, paintOrder: 'stroke' };
    const row = (r: Row) => r.record.id;
    const heading = (r: Row) =>
      r.record.measure === 'not-known'
        ? `${r.label} ${formatDay(lastFigure(model))}: as of ${formatDay(r.record.date)}`
        : `${r.label}, ${formatDay(r.record.date)}`;
    return plotFigure(
      {
        marginTop: compact ? 36 : 16,
        marginRight,
        marginBottom: 44,
        marginLeft: 1,
        // One band a row: its heading in the upper part, its bar (y + 20 to y + 36) below it.
        y: { type: 'band', domain: model.rows.map(row), padding: 0, axis: null },
        x: {
          domain: [0, max],
          // A line every $50 billion.
          ticks: Array.from({ length: Math.floor(max / 50_000) + 1 }, (_, k) => k * 50_000),
          tickFormat: (v: number) => `$${v / 1000}B`,
          // Labels start at their line, so "$0B" stays inside the frame.
          textAnchor: 'start',
          tickSize: 0,
          tickPadding: 6,
          label: null,
          grid: true,
        },
        marks: [
          Plot.ruleX([0], { stroke: 'currentColor' }),
          // The whole row is the target for hover and tap; only the bar is outlined when active.
          Plot.barX(
            model.rows,
            tagStops(model.rows, { x1: 0, x2: max, y: row, insetTop: 2, insetBottom: 2, fill: 'transparent' }, { highlight: false }),
          ),
          Plot.barX(
            known,
            tagStops(known, {
              x: (r: Row) => r.record.amount,
              y: row,
              insetTop: 20,
              insetBottom: 8,
              fill: (r: Row) => (r.record.measure === 'collected' ? colour('us') : colour('surplus')),
            }),
          ),
          // Not known: an outline with no fill, and the words, so the gap reads as a gap, not as zero.
          Plot.barX(
            unknown,
            tagStops(unknown, {
              x1: 0,
              x2: outline,
              y: row,
              insetTop: 20,
              insetBottom: 8,
              fill: 'none',
              stroke: colour('muted'),
              strokeDasharray: '4 3',
            }),
          ),
          Plot.text(unknown, {
            text: () => 'not known',
            x: 0,
            y: row,
            dx: 8,
            dy: 6,
            textAnchor: 'start',
            fill: 'var(--text-muted)',
            fontStyle: 'italic',
          }),
          Plot.text(model.rows, { text: heading, y: row, frameAnchor: 'left', dy: -12, textAnchor: 'start', fontWeight: 600, ...halo }),
          Plot.text(known, {
            text: (r: Row) => `${r.record.qualifier === 'about' ? '≈' : ''}${billions(r.record.amount ?? 0)}`,
            x: (r: Row) => r.record.amount,
            y: row,
            dx: 5,
            dy: 6,
            textAnchor: 'start',
            ...halo,
          }),
          ...(compact
            ? [
                Plot.text(['US$ billions, as reported'], {
                  text: (d: string) => d,
                  frameAnchor: 'top-left',
                  dy: -26,
                  textAnchor: 'start',
                  fill: 'var(--text-muted)',
                }),
              ]
            : []),
          Plot.text(['≈ the source says “about”'], {
            text: (d: string) => d,
            frameAnchor: 'bottom-left',
            dy: 30,
            textAnchor: 'start',
            lineWidth: (width - 2) / 7,
            fill: 'var(--text-muted)',
          }),
        ],
      },
      { document, width, height },
    );
  },

  table(model) {
    return {
      columns: [
        { key: 'date', label: 'Date' },
        { key: 'what', label: 'What' },
        { key: 'amount_usd_bn', label: 'Amount, US$ bn', numeric: true },
        { key: 'as_given', label: 'As the source gives it' },
        { key: 'summary', label: 'What happened' },
      ],
      rows: [...model.rows, ...model.steps]
        .sort((a, b) => a.record.date.localeCompare(b.record.date) || a.i - b.i)
        .map((r) => ({
          date: r.record.date,
          what: r.label,
          amount_usd_bn: r.record.amount === null ? null : r.record.amount / 1000,
          as_given: r.record.measure === 'not-known' ? 'not known' : r.record.amount === null ? '—' : (r.record.qualifier ?? ''),
          summary: r.record.summary,
        })),
    };
  },

  stops(model) {
    return model.rows.map(
      (r): ChartStop => ({
        i: r.i,
        key: r.record.id,
        heading: `${r.label} · ${formatDay(r.record.date)}`,
        lines: [
          r.record.amount === null
            ? 'Amount: not known'
            : `Amount: ${r.record.qualifier === 'about' ? 'about ' : ''}${formatBillions(r.record.amount)}`,
          r.record.summary,
          ...(r.record.note ? [r.record.note] : []),
        ],
        citations: r.citations,
      }),
    );
  },
};
