/**
 * The worked example of the 2 April formula for one partner, as SVG. Built only with
 * `document.createElementNS`, so the build (linkedom) and the browser client draw it with the
 * same code; it imports nothing that pulls a chart library or zod into the client.
 */
import { formatMoney, formatSigned } from '../../shared/format';
import { colour } from '../../shared/palette';
import { wrapWords } from '../../shared/text';
import { theName } from '../shared/names';
import { svgEl, svgRoot, textWidth } from '../shared/svg';
import { FLOOR, formulaSteps } from './math';

/** What the explorer knows about one partner: already-resolved numbers, also sent to the browser as JSON. */
export interface FormulaPartner {
  /** ISO code (or EU): the value of the `partner` param. */
  code: string;
  name: string;
  /** US general imports from the partner in 2024, US$ millions (Census, April 2025 release). */
  imports: number;
  /** US total exports to the partner in 2024, US$ millions. */
  exports: number;
  /** The rate of 2 April 2025: the Annex I rate, or the 10% baseline for partners not in Annex I. */
  april2: number;
  /** Listed in Annex I of EO 14257, so its 2 April rate came from the formula. */
  inAnnex: boolean;
  /**
   * The formula on the unrounded Census figures (the dataset's formulaRate). The inputs above are
   * rounded to $0.1 million, which for a few small partners moves the share across a rounding edge.
   */
  fullPrecision: number;
}

/** The reader's state: a partner and US exports to it as a percentage of their 2024 level. */
export interface FormulaState {
  partner: FormulaPartner;
  /** 100 = actual 2024 exports; the slider runs from 0 to 200. */
  scale: number;
}

export const SCALE_MAX = 200;
/** The formula can never exceed half of 100%: the gauge runs to 50. */
const GAUGE_MAX = 50;

/** US exports in the reader's state, US$ millions. */
export const scaledExports = (state: FormulaState) => (state.partner.exports * state.scale) / 100;

/** One sentence on the outcome: used under the chart, in the live region and as the SVG's label. */
export function verdict(state: FormulaState): string {
  const { partner: p, scale } = state;
  const steps = formulaSteps(p.imports, scaledExports(state));
  const name = theName(p.name);
  if (scale !== 100) {
    const what = p.inAnnex ? `the published 2 April rate is ${p.april2}%` : `it paid the ${FLOOR}% baseline`;
    return `With US exports at ${scale}% of their 2024 level (${formatMoney(steps.exports)}), the formula gives ${name} ${steps.rate}%; ${what}.`;
  }
  if (!p.inAnnex)
    return `${theName(p.name, true)} was not listed in Annex I, so it paid the ${FLOOR}% baseline; the formula would give ${p.fullPrecision}%.`;
  const published = p.fullPrecision === p.april2 ? 'the rate published on 2 April 2025' : `against ${p.april2}% published on 2 April 2025`;
  if (steps.rate !== p.fullPrecision)
    return `Rounded to $0.1 million, these figures give ${steps.rate}%; the unrounded Census figures give ${p.fullPrecision}%, ${published}.`;
  const gap = p.april2 - steps.rate;
  if (gap === 0) return `The formula gives ${name} ${steps.rate}%, ${published}.`;
  const points = `${Math.abs(gap)} point${Math.abs(gap) === 1 ? '' : 's'}`;
  return `The formula gives ${name} ${steps.rate}%, ${points} ${gap > 0 ? 'below' : 'above'} the ${p.april2}% published on 2 April 2025.`;
}

/** Layout constants per width; the height is fixed for a width so the page never jumps. */
function layout(width: number) {
  const compact = width < 480;
  return { compact, stepRow: compact ? 34 : 20, verdictChars: Math.floor(width / 6.8), verdictLines: compact ? 3 : 2 };
}

/** Height of the worked example at a width (same for every partner and slider position). */
export function formulaHeight(width: number): number {
  const { stepRow, verdictLines } = layout(width);
  return 44 + 3 * 36 + 10 + 3 * stepRow + 12 + 96 + verdictLines * 17;
}

/** Draws the worked example for the reader's state. */
export function renderFormula(doc: Document, state: FormulaState, width: number): SVGSVGElement {
  const { compact, stepRow, verdictChars, verdictLines } = layout(width);
  const p = state.partner;
  const x = scaledExports(state);
  const s = formulaSteps(p.imports, x);
  const svg = svgRoot(doc, width, formulaHeight(width), verdict(state));
  const text = (tx: number, ty: number, content: string, attrs: Record<string, string | number> = {}) =>
    svg.appendChild(svgEl(doc, 'text', { x: tx, y: ty, ...attrs }, content));
  const muted = { fill: colour('muted') };

  // Heading: whose trade, which year and vintage.
  text(0, 15, p.name, { 'font-size': 15, 'font-weight': 700 });
  text(
    0,
    33,
    compact
      ? 'US goods trade, 2024 (Census, Apr 2025 release)'
      : 'US goods trade in 2024, as first published by the Census Bureau in April 2025',
    muted,
  );

  // Trade bars on one money scale, wide enough for exports at twice their 2024 level.
  const maxMoney = Math.max(p.imports, 2 * p.exports, 1e-9);
  const mx = (v: number) => (v / maxMoney) * (width - 2);
  const surplus = s.deficit < 0;
  const scaled = state.scale === 100 ? '' : ` (${state.scale}% of 2024)`;
  const rows = [
    { label: `US imports from ${theName(p.name)}`, value: formatMoney(p.imports), from: 0, to: p.imports, fill: colour('imports') },
    { label: `US exports to ${theName(p.name)}`, value: `${formatMoney(x)}${scaled}`, from: 0, to: x, fill: colour('exports') },
    surplus
      ? { label: 'US surplus (exports − imports)', value: formatMoney(-s.deficit), from: p.imports, to: x, fill: colour('surplus') }
      : { label: 'US deficit (imports − exports)', value: formatMoney(s.deficit), from: x, to: p.imports, fill: colour('deficit') },
  ];
  let y = 44;
  for (const row of rows) {
    const label = compact ? row.label.replace(/ (from|to) .*/, '') : row.label;
    const line = svgEl(doc, 'text', { x: 0, y: y + 12 });
    line.append(svgEl(doc, 'tspan', {}, `${label}: `), svgEl(doc, 'tspan', { 'font-weight': 700 }, row.value));
    svg.append(line);
    svg.append(
      svgEl(doc, 'rect', { x: mx(row.from), y: y + 17, width: Math.max(0, mx(row.to) - mx(row.from)), height: 12, fill: row.fill, rx: 1 }),
    );
    y += 36;
  }
  if (state.scale !== 100) {
    // Where 2024's actual exports end, so the reader sees how far the slider moved them.
    const ax = mx(p.exports);
    svg.append(
      svgEl(doc, 'line', {
        x1: ax,
        x2: ax,
        y1: 44 + 36 + 13,
        y2: 44 + 36 + 33,
        stroke: 'currentColor',
        'stroke-width': 1.5,
        'stroke-dasharray': '2 2',
      }),
    );
  }

  // The three steps of the formula, each with its arithmetic.
  y += 10;
  const halfText = Number.isInteger(s.half)
    ? `${formatSigned(s.rounded)} ÷ 2 = ${formatSigned(s.half)}%`
    : `${formatSigned(s.rounded)} ÷ 2 = ${formatSigned(s.half, 1)} → ${formatSigned(s.halfUp)}%`;
  const steps = [
    [
      surplus ? '1. Deficit ÷ imports (surplus < 0)' : '1. Deficit ÷ imports, to a whole %',
      `${formatMoney(s.deficit)} ÷ ${formatMoney(p.imports)} = ${formatSigned(s.share, 1)}% → ${formatSigned(s.rounded)}%`,
    ],
    ['2. Halved, rounded up', halfText],
    [`3. At least ${FLOOR}%`, `max(${FLOOR}, ${formatSigned(s.halfUp)}) = ${s.rate}%`],
  ] as const;
  for (const [label, math] of steps) {
    text(0, y + 13, label, muted);
    text(compact ? 14 : 230, compact ? y + 29 : y + 13, math, { 'font-weight': 700 });
    y += stepRow;
  }

  // Gauge: the computed rate as a bar, against the published rate and the 10% floor.
  y += 12;
  const gx = (v: number) => (Math.min(v, GAUGE_MAX) / GAUGE_MAX) * (width - 14) + 1;
  const barTop = y + 22;
  const published = p.inAnnex ? `Published 2 Apr: ${p.april2}%` : `Paid: ${FLOOR}% baseline`;
  const pubX = Math.min(Math.max(gx(p.april2) - textWidth(published, 12, true) / 2, 0), width - textWidth(published, 12, true));
  text(pubX, y + 12, published, { 'font-weight': 700 });
  svg.append(svgEl(doc, 'rect', { x: gx(0), y: barTop, width: gx(s.rate) - gx(0), height: 18, fill: colour('reciprocal') }));
  svg.append(
    svgEl(doc, 'line', {
      x1: gx(FLOOR),
      x2: gx(FLOOR),
      y1: barTop - 4,
      y2: barTop + 22,
      stroke: colour('muted'),
      'stroke-width': 1.5,
      'stroke-dasharray': '3 2',
    }),
  );
  svg.append(
    svgEl(doc, 'line', { x1: gx(p.april2), x2: gx(p.april2), y1: y + 16, y2: barTop + 24, stroke: 'currentColor', 'stroke-width': 2.5 }),
  );
  const computed = `Computed ${s.rate}%`;
  const inside = gx(s.rate) + 8 + textWidth(computed, 12, true) > width;
  text(inside ? gx(s.rate) - 6 : gx(s.rate) + 8, barTop + 13, computed, {
    'font-weight': 700,
    'text-anchor': inside ? 'end' : 'start',
    fill: inside ? 'var(--bg)' : 'currentColor',
  });
  const axisY = barTop + 26;
  svg.append(svgEl(doc, 'line', { x1: gx(0), x2: gx(GAUGE_MAX), y1: axisY, y2: axisY, stroke: 'currentColor' }));
  for (let tick = 0; tick <= GAUGE_MAX; tick += 10) {
    svg.append(svgEl(doc, 'line', { x1: gx(tick), x2: gx(tick), y1: axisY, y2: axisY + 4, stroke: 'currentColor' }));
    text(gx(tick), axisY + 16, tick === GAUGE_MAX ? `${tick}%` : String(tick), {
      'text-anchor': tick === 0 ? 'start' : tick === GAUGE_MAX ? 'end' : 'middle',
      ...muted,
    });
  }

  // Legend, in words as well as shapes.
  const ly = axisY + 36;
  const legend: [string, SVGElement][] = [
    [compact ? 'Computed' : 'Computed by the formula', svgEl(doc, 'rect', { width: 12, height: 10, y: -9, fill: colour('reciprocal') })],
    [
      p.inAnnex ? (compact ? 'Published' : 'Published rate') : 'Rate paid',
      svgEl(doc, 'line', { x1: 5, x2: 5, y1: -11, y2: 2, stroke: 'currentColor', 'stroke-width': 2.5 }),
    ],
    [
      `${FLOOR}% floor`,
      svgEl(doc, 'line', { x1: 5, x2: 5, y1: -11, y2: 2, stroke: colour('muted'), 'stroke-width': 1.5, 'stroke-dasharray': '3 2' }),
    ],
  ];
  let lx = 0;
  for (const [label, swatch] of legend) {
    const item = svgEl(doc, 'g', { transform: `translate(${lx},${ly})` });
    item.append(swatch, svgEl(doc, 'text', { x: 16, y: 0 }, label));
    svg.append(item);
    lx += 16 + textWidth(label) + (compact ? 10 : 20);
  }

  // The outcome in words.
  wrapWords(verdict(state), verdictChars)
    .slice(0, verdictLines)
    .forEach((line, i) => {
      text(0, ly + 26 + i * 17, line);
    });
  return svg;
}

/** The table twin of the worked example: one row per step, in the reader's state. */
export function formulaTable(state: FormulaState) {
  const p = state.partner;
  const s = formulaSteps(p.imports, scaledExports(state));
  const tenth = (v: number) => Math.round(v * 10) / 10;
  const exportsLabel =
    state.scale === 100 ? `US exports to ${theName(p.name)}, 2024` : `US exports to ${theName(p.name)}, at ${state.scale}% of 2024`;
  return {
    columns: [
      { key: 'step', label: 'Step' },
      { key: 'calculation', label: 'Calculation' },
      { key: 'usd_m', label: 'US$ million', numeric: true },
      { key: 'pct', label: 'Percent', numeric: true },
    ],
    rows: [
      { step: `US imports from ${theName(p.name)}, 2024`, calculation: 'Census, April 2025 release', usd_m: tenth(p.imports), pct: null },
      { step: exportsLabel, calculation: 'Census, April 2025 release', usd_m: tenth(s.exports), pct: null },
      {
        step: 'US deficit (imports − exports)',
        calculation: `${formatMoney(p.imports)} − ${formatMoney(s.exports)}`,
        usd_m: tenth(s.deficit),
        pct: null,
      },
      { step: 'Deficit ÷ imports', calculation: `${formatMoney(s.deficit)} ÷ ${formatMoney(p.imports)}`, usd_m: null, pct: tenth(s.share) },
      {
        step: 'Rounded to a whole percent',
        calculation: `${formatSigned(s.share, 1)} → ${formatSigned(s.rounded)}`,
        usd_m: null,
        pct: s.rounded,
      },
      {
        step: 'Halved, rounded up',
        calculation: `${formatSigned(s.rounded)} ÷ 2 = ${formatSigned(s.half, Number.isInteger(s.half) ? 0 : 1)}`,
        usd_m: null,
        pct: s.halfUp,
      },
      { step: `Computed rate (at least ${FLOOR}%)`, calculation: `max(${FLOOR}, ${formatSigned(s.halfUp)})`, usd_m: null, pct: s.rate },
      p.inAnnex
        ? { step: 'Published rate, 2 April 2025', calculation: 'EO 14257, Annex I', usd_m: null, pct: p.april2 }
        : { step: 'Rate paid from 5 April 2025', calculation: `not in Annex I: the ${FLOOR}% baseline`, usd_m: null, pct: p.april2 },
    ],
  };
}
