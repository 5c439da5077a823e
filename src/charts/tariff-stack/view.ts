/**
 * The tariff-stack picture, table and announcement. Plot-free and d3-free: the SVG is built with
 * `document.createElementNS` only, so the same code renders at build time (linkedom) and in the
 * browser when the reader changes partner, product or date.
 */

import { formatDay, formatPercent } from '../../shared/format';
import { colour } from '../../shared/palette';
import { wrapWords } from '../../shared/text';
import { normaliseParams } from './params';
import { type Cite, type Layer, type LayerKind, PRODUCT_LABELS, type ProductGroup, type Stack, type StackData, stackFor } from './rules';

export interface StackParams {
  partner: string;
  product: ProductGroup;
  date: string;
}

/** The default state: Japan's goods on the day the 90-day pause was due to end. */
export const DEFAULT_PARAMS: StackParams = { partner: 'JP', product: 'other', date: '2025-07-09' };

const NS = 'http://www.w3.org/2000/svg';

/** One colour per kind of layer, shared by the explorer, the calculator and the wall. */
export const LAYER_COLOURS: Record<LayerKind, string> = {
  section122: colour('section122'),
  section301: colour('section301'),
  section232: colour('section232'),
  fentanyl: colour('fentanyl'),
  baseline: colour('baseline'),
  country: colour('reciprocal'),
  'all-in': colour('deal'),
  reciprocal: colour('baseline'),
  penalty: colour('penalty'),
};

/** Approximate advance of one character at the 12px UI font (regular, bold), for wrapping without measuring. */
const CHAR_WIDTH = 6.7;
const BOLD_WIDTH = 7.5;
const LINE = 16;

export function stateFor(data: StackData, params: Partial<Record<keyof StackParams, string>>): { params: StackParams; stack: Stack } {
  const p = normaliseParams(data, params, DEFAULT_PARAMS);
  return { params: p, stack: stackFor(data, p.partner, p.product, p.date) };
}

/** "10%", "up to 15%", "14% suspended"… */
export function layerRateText(layer: Layer): string {
  const rate = `${layer.upTo ? 'up to ' : ''}${formatPercent(layer.rate)}`;
  switch (layer.status) {
    case 'charged':
      return rate;
    case 'suspended':
      return `${rate} suspended`;
    case 'uncertain':
      return `${rate}, may not apply`;
    case 'excluded':
      return `not charged (${rate} excluded)`;
    case 'exempt':
      return `not charged (${rate} exempt)`;
  }
}

export function totalText(stack: Stack): string {
  if (stack.total === 0) return 'No additional US duty';
  return `${stack.upTo ? 'Up to ' : ''}${formatPercent(stack.total)} in additional US duties`;
}

function extrasText(stack: Stack): string {
  const parts: string[] = [];
  if (stack.suspended > 0) parts.push(`${formatPercent(stack.suspended)} more suspended`);
  if (stack.uncertain > 0) parts.push(`${formatPercent(stack.uncertain)} more that our data cannot confirm`);
  return parts.join('; ');
}

/** One sentence for the live region and the SVG's label. */
export function announce(data: StackData, params: Partial<Record<keyof StackParams, string>>): string {
  const { params: p, stack } = stateFor(data, params);
  const head =
    stack.total === 0 ? 'no additional US duty' : `${stack.upTo ? 'up to ' : ''}${formatPercent(stack.total)} in additional US duties`;
  const charged = stack.layers.filter((l) => l.status === 'charged').map((l) => `${l.name} ${layerRateText(l)}`);
  const notCharged = stack.layers
    .filter((l) => l.status === 'excluded' || l.status === 'exempt')
    .map((l) => `${l.name} ${layerRateText(l)}`);
  const extras = extrasText(stack);
  return (
    `${stack.partner}, ${PRODUCT_LABELS[p.product].toLowerCase()}, ${formatDay(p.date)}: ${head}` +
    (charged.length > 0 ? ` (${charged.join(', ')})` : '') +
    (extras ? `; ${extras}` : '') +
    (notCharged.length > 0 ? `; ${notCharged.join(', ')}` : '') +
    '.'
  );
}

const citeText = (cites: Cite[]) => [...new Set(cites.map((c) => c.short))].join('; ');
const citeWithQuotes = (cites: Cite[]) => cites.map((c) => (c.quote ? `${c.short}: “${c.quote}”` : c.short)).join('; ');

export const TABLE_COLUMNS = [
  { key: 'layer', label: 'Layer' },
  { key: 'status', label: 'Status' },
  { key: 'rate_pct', label: 'Rate, %', numeric: true },
  { key: 'rule', label: 'Rule' },
  { key: 'source', label: 'Source' },
];

/** The table twin: one row per layer listed under the bar, the total, and the notes. */
export function table(data: StackData, params: Partial<Record<keyof StackParams, string>>) {
  const { stack } = stateFor(data, params);
  const rows: Record<string, string | number | null>[] = stack.layers.map((l) => ({
    layer: l.name,
    status: l.upTo && l.status === 'charged' ? 'charged (ceiling)' : l.status,
    rate_pct: l.rate,
    rule: l.rule,
    source: citeWithQuotes(l.cites),
  }));
  rows.push({ layer: 'Total charged', status: stack.upTo ? 'ceiling' : '', rate_pct: stack.total, rule: extrasText(stack), source: '' });
  for (const note of stack.notes) rows.push({ layer: 'Note', status: '', rate_pct: null, rule: note, source: '' });
  return { columns: TABLE_COLUMNS, rows };
}

function tickStep(domain: number, compact: boolean): number {
  const max = compact ? 5 : 9;
  return [10, 25, 50, 100].find((s) => domain / s <= max) ?? 100;
}

/** The stacked bar and its legend, as an SVG element of the given document. */
export function render(
  data: StackData,
  params: Partial<Record<keyof StackParams, string>>,
  { document, width }: { document: Document; width: number; idPrefix?: string },
): SVGSVGElement {
  const { params: p, stack } = stateFor(data, params);
  const compact = width < 480;
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const node = document.createElementNS(NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const svg = el('svg', { xmlns: NS, width, viewBox: `0 0 ${width} 0`, class: 'tl-plot', fill: 'currentColor' }) as SVGSVGElement;
  const maxChars = (indent: number, bold = false) => Math.floor((width - indent) / (bold ? BOLD_WIDTH : CHAR_WIDTH));
  let y = 0;
  const text = (x: number, lines: string[], attrs: Record<string, string | number> = {}) => {
    for (const line of lines) {
      y += LINE;
      svg.append(el('text', { x, y, ...attrs }, line));
    }
  };

  // Heading: the state shown (the form is hidden without JavaScript) and the total.
  text(0, wrapWords(`${stack.partner} · ${PRODUCT_LABELS[p.product].toLowerCase()} · ${formatDay(p.date)}`, maxChars(0, true)), {
    'font-weight': 600,
  });
  const extras = extrasText(stack);
  text(0, wrapWords(`${totalText(stack)}${extras ? `; ${extras}` : ''}`, maxChars(0)));

  // The bar.
  const domain = data.domains[p.partner] ?? 100;
  const left = 1;
  const right = compact ? 16 : 20;
  const barTop = y + 10;
  const barHeight = 34;
  const scale = (v: number) => left + (v / domain) * (width - left - right);
  const step = tickStep(domain, compact);
  const axis = el('g', { 'aria-hidden': 'true' });
  for (let v = 0; v <= domain; v += step) {
    const x = scale(v);
    axis.append(
      el('line', { x1: x, x2: x, y1: barTop - 4, y2: barTop + barHeight + 4, stroke: v === 0 ? 'currentColor' : colour('grid') }),
    );
    axis.append(
      el(
        'text',
        { x, y: barTop + barHeight + 18, 'text-anchor': v === 0 ? 'start' : 'middle', fill: 'var(--text-muted)' },
        v === domain || (v + step > domain && v > 0) ? `${v}%` : String(v),
      ),
    );
  }
  svg.append(axis);
  let at = 0;
  for (const layer of stack.layers) {
    if (layer.status === 'excluded' || layer.status === 'exempt' || layer.rate <= 0) continue;
    const x0 = scale(at);
    const x1 = scale(Math.min(domain, at + layer.rate));
    at += layer.rate;
    const solid = layer.status === 'charged';
    const g = el('g', { class: `stack-layer stack-${layer.status}` });
    // A dashed segment is see-through: lay it on the page colour so grid lines do not show through.
    if (!solid) g.append(el('rect', { x: x0, y: barTop, width: Math.max(0, x1 - x0 - 2), height: barHeight, fill: 'var(--bg)' }));
    g.append(
      el('rect', {
        x: x0,
        y: barTop,
        width: Math.max(0, x1 - x0 - (solid ? 1 : 2)),
        height: barHeight,
        fill: LAYER_COLOURS[layer.kind],
        'fill-opacity': solid ? 1 : 0.18,
        stroke: solid ? 'none' : LAYER_COLOURS[layer.kind],
        'stroke-width': solid ? 0 : 1.5,
        'stroke-dasharray': solid ? 'none' : '4 3',
      }),
    );
    const label = `${layer.upTo ? '≤' : ''}${formatPercent(layer.rate)}`;
    if (x1 - x0 >= label.length * 7 + 6) {
      g.append(
        el(
          'text',
          {
            x: (x0 + x1) / 2,
            y: barTop + barHeight / 2 + 4,
            'text-anchor': 'middle',
            'font-weight': 600,
            fill: solid ? 'var(--bg)' : 'currentColor',
          },
          label,
        ),
      );
    }
    svg.append(g);
  }
  y = barTop + barHeight + 18;

  // The legend: each layer with its rate, its rule and the document behind it.
  y += 14;
  const indent = 20;
  for (const layer of stack.layers) {
    const top = y + 4;
    const solid = layer.status === 'charged';
    const crossed = layer.status === 'excluded' || layer.status === 'exempt';
    svg.append(
      el('rect', {
        x: 1,
        y: top,
        width: 12,
        height: 12,
        fill: crossed ? 'none' : LAYER_COLOURS[layer.kind],
        'fill-opacity': solid ? 1 : 0.18,
        stroke: solid ? 'none' : crossed ? colour('muted') : LAYER_COLOURS[layer.kind],
        'stroke-dasharray': solid || crossed ? 'none' : '3 2',
        'stroke-width': 1.5,
      }),
    );
    if (crossed) svg.append(el('line', { x1: 1, y1: top + 12, x2: 13, y2: top, stroke: colour('muted'), 'stroke-width': 1.5 }));
    text(indent, wrapWords(`${layer.name}: ${layerRateText(layer)}`, maxChars(indent, true)), { 'font-weight': 600 });
    text(indent, wrapWords(layer.rule, maxChars(indent)));
    text(indent, wrapWords(`Source: ${citeText(layer.cites)}`, maxChars(indent)), { fill: 'var(--text-muted)' });
    y += 10;
  }
  if (stack.layers.length === 0) {
    text(0, wrapWords('No additional US duty applies to this product from this partner on this day.', maxChars(0)));
    y += 10;
  }
  for (const note of stack.notes) text(0, wrapWords(`Note: ${note}`, maxChars(0)), { fill: 'var(--text-muted)' });
  const height = Math.ceil(y + 6);
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return svg;
}
