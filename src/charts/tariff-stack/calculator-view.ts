/**
 * The duty calculator's results: for each of the two partners, the duty in dollars as a sentence,
 * a bar on a fixed axis and a table of layers (law, rate, dollars, documents). Built with the
 * injected `document` only, so the build (linkedom) renders the default case into the page and
 * the browser re-renders it with the same code on every change.
 */
import { formatCents, formatDay, formatPercent } from '../../shared/format';
import { colour } from '../../shared/palette';
import { svgEl } from '../shared/svg';
import type { CalculatorState } from './calculator-state';
import { partnerName } from './calculator-state';
import { type Duty, dutyFor } from './duty';
import { PRODUCT_LABELS, type Stack, type StackData, stackFor } from './rules';
import { LAYER_COLOURS, layerRateText } from './view';

/** The results for one partner of the state. */
export interface PartnerResult {
  code: string;
  name: string;
  stack: Stack;
  duty: Duty;
}

export function resultsFor(data: StackData, state: CalculatorState): [PartnerResult, PartnerResult] {
  const one = (code: string): PartnerResult => {
    const stack = stackFor(data, code, state.product, state.date);
    return { code, name: partnerName(data, code), stack, duty: dutyFor(stack, state.value) };
  };
  return [one(state.partner), one(state.vs)];
}

/**
 * The bar's axis: 0 to 150%, or further when some partner's stack goes higher. The same for every
 * partner, product and day, so bars compare across settings and across the two columns.
 */
export const axisMax = (data: StackData) => Math.max(150, ...Object.values(data.domains));

const money = (cents: number) => formatCents(cents);
const upTo = (flag: boolean) => (flag ? 'up to ' : '');

/**
 * The result in words, in two parts so the page can set the amount in bold:
 * { amount: "$300.00", rest: "in additional US duties on $1,000 of other goods from China entered on 20 May 2025: 30% of the value." }
 */
export function dutyWords(r: PartnerResult, state: CalculatorState): { amount: string; rest: string } {
  const what = `${formatCents(r.duty.valueCents, { whole: true })} of ${PRODUCT_LABELS[state.product].toLowerCase()} from ${r.name} entered on ${formatDay(state.date)}`;
  const extra: string[] = [];
  if (r.duty.suspendedCents > 0) extra.push(`${money(r.duty.suspendedCents)} more is suspended`);
  if (r.duty.uncertainCents > 0) extra.push(`${money(r.duty.uncertainCents)} more may apply; our data cannot confirm it`);
  const tail = extra.length ? ` ${extra.join('; ')}.` : '';
  if (r.duty.totalCents === 0 && !r.duty.upTo) return { amount: 'No', rest: `additional US duty on ${what}.${tail}` };
  return {
    amount: `${r.duty.upTo ? 'Up to ' : ''}${money(r.duty.totalCents)}`,
    rest: `in additional US duties on ${what}: ${upTo(r.duty.upTo)}${formatPercent(r.duty.effectiveRate)} of the value.${tail}`,
  };
}

export const dutySentence = (r: PartnerResult, state: CalculatorState) => {
  const { amount, rest } = dutyWords(r, state);
  return `${amount} ${rest}`;
};

/** The bar: charged layers solid, suspended and uncertain ones dashed after them, and the ghost of the previous state. */
export function renderDutyBar(
  doc: Document,
  data: StackData,
  r: PartnerResult,
  state: CalculatorState,
  ghostRate: number | null,
  // Narrow enough that text stays legible when a phone scales the picture down to ~340px.
  width = 400,
): SVGSVGElement {
  const max = axisMax(data);
  const height = 70;
  const barTop = 8;
  const barHeight = 30;
  const x = (rate: number) => 1 + (Math.min(rate, max) / max) * (width - 24);
  const svg = svgEl(doc, 'svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-label': dutySentence(r, state),
    fill: 'currentColor',
    class: 'calc-bar',
  });
  const axis = svgEl(doc, 'g', { 'aria-hidden': 'true', class: 'calc-axis' });
  const step = max > 100 ? 25 : 10;
  for (let v = 0; v <= max; v += step) {
    axis.append(
      svgEl(doc, 'line', {
        x1: x(v),
        x2: x(v),
        y1: barTop - 4,
        y2: barTop + barHeight + 4,
        stroke: v ? colour('grid') : 'currentColor',
      }),
      svgEl(
        doc,
        'text',
        { x: x(v), y: barTop + barHeight + 20, 'text-anchor': v ? 'middle' : 'start', fill: 'var(--text-muted)', 'font-size': 12 },
        v + step > max ? `${v}%` : String(v),
      ),
    );
  }
  svg.append(axis);
  let at = 0;
  for (const line of r.duty.lines) {
    const l = line.layer;
    if (l.status === 'excluded' || l.status === 'exempt' || l.rate <= 0) continue;
    const solid = l.status === 'charged';
    const x0 = x(at);
    at += l.rate;
    const x1 = x(at);
    const g = svgEl(doc, 'g', { class: `calc-seg calc-${l.status}`, 'data-kind': l.kind });
    g.append(
      svgEl(doc, 'rect', {
        x: x0,
        y: barTop,
        width: Math.max(0, x1 - x0 - 1),
        height: barHeight,
        fill: LAYER_COLOURS[l.kind] ?? colour('muted'),
        'fill-opacity': solid ? 1 : 0.18,
        stroke: solid ? 'none' : (LAYER_COLOURS[l.kind] ?? colour('muted')),
        'stroke-dasharray': solid ? null : '4 3',
        'stroke-width': solid ? null : 1.5,
      }),
    );
    const label = money(line.wouldBeCents);
    if (x1 - x0 > label.length * 7 + 6)
      g.append(
        svgEl(
          doc,
          'text',
          {
            x: (x0 + x1) / 2,
            y: barTop + barHeight / 2 + 5,
            'text-anchor': 'middle',
            'font-weight': 600,
            'font-size': 12,
            fill: solid ? 'var(--bg)' : 'currentColor',
          },
          label,
        ),
      );
    svg.append(g);
  }
  // Where the total stood before the last change: the reader sees the bar grow or shrink from it.
  if (ghostRate !== null && ghostRate !== r.stack.total) {
    svg.append(
      svgEl(doc, 'rect', {
        class: 'calc-ghost',
        x: 1,
        y: barTop - 3,
        width: Math.max(0, x(ghostRate) - 1),
        height: barHeight + 6,
        fill: 'none',
        stroke: 'currentColor',
        'stroke-dasharray': '2 3',
        'stroke-width': 1.5,
      }),
    );
  }
  return svg;
}

const el = <K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, text?: string) => {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
};

/** The table of layers: what the reader can copy into a worksheet. */
function dutyTable(doc: Document, r: PartnerResult): HTMLTableElement {
  const table = el(doc, 'table', { class: 'calc-lines tl-table' });
  table.append(el(doc, 'caption', { class: 'visually-hidden' }, `Duty on goods from ${r.name}, layer by layer`));
  const head = el(doc, 'tr');
  for (const [label, cls] of [
    ['Layer', ''],
    ['Law', ''],
    ['Rate', 'num'],
    ['Duty', 'num'],
    ['Document', ''],
  ] as const)
    head.append(el(doc, 'th', { scope: 'col', ...(cls ? { class: cls } : {}) }, label));
  table.append(el(doc, 'thead'));
  table.tHead?.append(head);
  const body = el(doc, 'tbody');
  for (const line of r.duty.lines) {
    const tr = el(doc, 'tr', { 'data-status': line.layer.status });
    const charged = line.layer.status === 'charged';
    tr.append(
      el(doc, 'th', { scope: 'row' }, line.layer.name),
      el(doc, 'td', {}, line.law ?? 'not in our data'),
      el(doc, 'td', { class: 'num' }, layerRateText(line.layer)),
      el(
        doc,
        'td',
        { class: 'num' },
        charged ? `${upTo(line.layer.upTo)}${money(line.cents)}` : `${money(0)} (would be ${money(line.wouldBeCents)})`,
      ),
    );
    const docs = el(doc, 'td', { class: 'calc-docs' });
    line.layer.cites.forEach((c, i) => {
      if (i > 0) docs.append('; ');
      const label = c.quote ? `${c.short}: “${c.quote}”` : c.short;
      docs.append(c.href ? el(doc, 'a', { href: c.href }, label) : label);
    });
    tr.append(docs);
    body.append(tr);
  }
  if (r.duty.lines.length === 0) {
    const tr = el(doc, 'tr');
    tr.append(el(doc, 'td', { colspan: '5' }, 'No additional US duty applies to this product from this partner on this day.'));
    body.append(tr);
  }
  table.append(body);
  const foot = el(doc, 'tfoot');
  const total = el(doc, 'tr');
  total.append(
    el(doc, 'th', { scope: 'row' }, 'Total charged'),
    el(doc, 'td'),
    el(doc, 'td', { class: 'num' }, `${upTo(r.duty.upTo)}${formatPercent(r.duty.effectiveRate)}`),
    el(doc, 'td', { class: 'num calc-total-cell' }, `${upTo(r.duty.upTo)}${money(r.duty.totalCents)}`),
    el(doc, 'td'),
  );
  foot.append(total);
  table.append(foot);
  return table;
}

/** One partner's column: heading, sentence, bar, table, notes. */
export function renderPartner(
  doc: Document,
  data: StackData,
  r: PartnerResult,
  state: CalculatorState,
  ghostRate: number | null,
  side: 'partner' | 'vs',
): HTMLElement {
  const section = el(doc, 'section', { class: 'calc-partner', 'data-side': side, 'data-partner': r.code });
  section.append(el(doc, 'h2', {}, r.name));
  const p = el(doc, 'p', { class: 'calc-sentence' });
  const { amount, rest } = dutyWords(r, state);
  p.append(el(doc, 'strong', { class: 'calc-duty' }, amount), ` ${rest}`);
  // A wide table scrolls inside its own box on a phone; the box is focusable so keyboards can scroll it.
  const wrap = el(doc, 'div', { class: 'calc-table-wrap', tabindex: '0', role: 'region', 'aria-label': `Layers for ${r.name}` });
  wrap.append(dutyTable(doc, r));
  section.append(p, renderDutyBar(doc, data, r, state, ghostRate), wrap);
  if (r.stack.notes.length > 0) {
    const ul = el(doc, 'ul', { class: 'calc-notes' });
    for (const note of r.stack.notes) ul.append(el(doc, 'li', {}, note));
    section.append(ul);
  }
  return section;
}

/** Both columns. `ghosts` holds each side's total rate before the last change (null: none). */
export function renderResults(
  doc: Document,
  data: StackData,
  state: CalculatorState,
  ghosts: { partner: number | null; vs: number | null } = { partner: null, vs: null },
): HTMLElement {
  const [a, b] = resultsFor(data, state);
  const div = el(doc, 'div', { class: 'calc-results' });
  div.append(renderPartner(doc, data, a, state, ghosts.partner, 'partner'), renderPartner(doc, data, b, state, ghosts.vs, 'vs'));
  return div;
}
