/**
 * The wall: every partner in the datasets ranked by the additional US duty in force on one day,
 * for one product group. Each row is a disclosure (<details>) whose summary is the partner's bar
 * and whose body is its stack: each layer with its rate, rule and documents, and a link to the
 * duty calculator for that case. Built with the injected `document` only, so the build renders the
 * default day (it works without JavaScript: details open natively) and the browser re-renders rows
 * with the same code as the reader moves the date.
 */
import { formatDay, formatPercent } from '../../shared/format';
import { colour } from '../../shared/palette';
import { svgEl } from '../shared/svg';
import { axisMax } from './calculator-view';
import { PRODUCT_LABELS, type ProductGroup, type Stack, type StackData, stackFor } from './rules';
import { LAYER_COLOURS, layerRateText, totalText } from './view';

export interface WallState {
  product: ProductGroup;
  date: string;
}

export interface WallRow {
  code: string;
  name: string;
  stack: Stack;
}

/** Every partner's stack on the day, highest charged duty first; ties by what is suspended, then by name. */
export function wallRows(data: StackData, state: WallState): WallRow[] {
  const codes = [data.china.code, ...data.partners.map((p) => p.code)];
  return codes
    .map((code) => {
      const stack = stackFor(data, code, state.product, state.date);
      return { code, name: stack.partner, stack };
    })
    .sort((a, b) => b.stack.total - a.stack.total || b.stack.suspended - a.stack.suspended || a.name.localeCompare(b.name, 'en'));
}

/** One sentence on the day: the top of the wall and how many partners share the most common rate. */
export function wallSummary(rows: WallRow[], state: WallState): string {
  const [top] = rows;
  if (!top || top.stack.total === 0)
    return `${formatDay(state.date)}, ${PRODUCT_LABELS[state.product].toLowerCase()}: no additional US duty on any partner in our data.`;
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.stack.total, (counts.get(r.stack.total) ?? 0) + 1);
  const [commonRate, commonCount] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] as [number, number];
  const tops = rows.filter((r) => r.stack.total === top.stack.total).map((r) => r.name);
  const topText = tops.length > 2 ? `${tops.length} partners` : tops.join(' and ');
  return `${formatDay(state.date)}, ${PRODUCT_LABELS[state.product].toLowerCase()}: highest ${topText} at ${top.stack.upTo ? 'up to ' : ''}${formatPercent(top.stack.total)}; ${commonCount} of ${rows.length} partners at ${formatPercent(commonRate)}.`;
}

const NS_HTML = (doc: Document, tag: string, attrs: Record<string, string> = {}, text?: string) => {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
};

/** The bar in a row's summary: charged layers solid, suspended and uncertain dashed, on the fixed axis. */
function rowBar(doc: Document, data: StackData, stack: Stack, width = 400): SVGSVGElement {
  const max = axisMax(data);
  const height = 16;
  const svg = svgEl(doc, 'svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    preserveAspectRatio: 'none',
    'aria-hidden': 'true',
    class: 'wall-bar',
  });
  const x = (rate: number) => (Math.min(rate, max) / max) * width;
  for (let v = 25; v < max; v += 25) svg.append(svgEl(doc, 'line', { x1: x(v), x2: x(v), y1: 0, y2: height, stroke: colour('grid') }));
  let at = 0;
  for (const l of stack.layers) {
    if (l.status === 'excluded' || l.status === 'exempt' || l.rate <= 0) continue;
    const solid = l.status === 'charged';
    const fill = LAYER_COLOURS[l.kind] ?? colour('muted');
    svg.append(
      svgEl(doc, 'rect', {
        x: x(at),
        y: 2,
        width: Math.max(0, x(at + l.rate) - x(at) - 1),
        height: height - 4,
        fill,
        'fill-opacity': solid ? 1 : 0.18,
        stroke: solid ? null : fill,
        'stroke-dasharray': solid ? null : '3 2',
      }),
    );
    at += l.rate;
  }
  return svg;
}

/** The calculator's address for a row's case (relative to the wall page, so a base path carries over). */
export const calculatorLink = (code: string, state: WallState) =>
  `../duty-calculator/?partner=${code}&product=${state.product}&date=${state.date}&value=1000`;

/** The stack inside an open row: each layer with rate, rule and documents, the notes, and the calculator link. */
function rowBody(doc: Document, row: WallRow, state: WallState): HTMLElement {
  const body = NS_HTML(doc, 'div', { class: 'wall-stack' });
  const list = NS_HTML(doc, 'ul');
  for (const l of row.stack.layers) {
    const li = NS_HTML(doc, 'li', { 'data-status': l.status });
    li.append(NS_HTML(doc, 'strong', {}, `${l.name}: ${layerRateText(l)}.`), ` ${l.rule} `);
    const src = NS_HTML(doc, 'span', { class: 'wall-src' }, 'Source: ');
    l.cites.forEach((c, i) => {
      if (i > 0) src.append('; ');
      src.append(c.href ? NS_HTML(doc, 'a', { href: c.href }, c.short) : c.short);
    });
    li.append(src);
    list.append(li);
  }
  if (row.stack.layers.length === 0) list.append(NS_HTML(doc, 'li', {}, 'No additional US duty on this day.'));
  body.append(list);
  for (const note of row.stack.notes) body.append(NS_HTML(doc, 'p', { class: 'wall-note' }, `Note: ${note}`));
  body.append(
    NS_HTML(doc, 'a', { href: calculatorLink(row.code, state), class: 'wall-calc' }, `Work out the duty on a shipment from ${row.name} →`),
  );
  return body;
}

/** One row: rank, name, rate and bar in the summary; the stack in the body. */
export function renderWallRow(doc: Document, data: StackData, row: WallRow, rank: number, state: WallState): HTMLLIElement {
  const li = NS_HTML(doc, 'li', { class: 'wall-row', 'data-code': row.code }) as HTMLLIElement;
  fillWallRow(doc, data, li, row, rank, state);
  return li;
}

/** Writes a row's content into an existing <li>, keeping its <details> (and whether it is open). */
export function fillWallRow(doc: Document, data: StackData, li: HTMLElement, row: WallRow, rank: number, state: WallState) {
  let details = li.querySelector('details');
  if (!details) {
    details = NS_HTML(doc, 'details') as HTMLDetailsElement;
    li.append(details);
  }
  const summary = NS_HTML(doc, 'summary');
  const extras = [
    row.stack.suspended > 0 ? `+${formatPercent(row.stack.suspended)} suspended` : '',
    row.stack.uncertain > 0 ? `+${formatPercent(row.stack.uncertain)} not confirmed` : '',
  ].filter(Boolean);
  const extra = extras.length ? ` (${extras.join(', ')})` : '';
  summary.append(
    NS_HTML(doc, 'span', { class: 'wall-rank' }, `${rank}.`),
    NS_HTML(doc, 'span', { class: 'wall-name' }, row.name),
    NS_HTML(
      doc,
      'span',
      { class: 'wall-rate' },
      row.stack.total === 0 ? '0%' : `${row.stack.upTo ? '≤' : ''}${formatPercent(row.stack.total)}${extra}`,
    ),
    rowBar(doc, data, row.stack),
    NS_HTML(doc, 'span', { class: 'visually-hidden' }, `: ${totalText(row.stack)}. Open for the layers and their sources.`),
  );
  details.replaceChildren(summary, rowBody(doc, row, state));
}

/** Ranks with ties shared: 1, 2, 2, 4… (one more than the number of partners charged more). */
export function wallRanks(rows: WallRow[]): number[] {
  return rows.map((row) => 1 + rows.filter((other) => other.stack.total > row.stack.total).length);
}

/** The whole wall for a day: an ordered list, one row per partner. */
export function renderWall(doc: Document, data: StackData, state: WallState): HTMLOListElement {
  const ol = NS_HTML(doc, 'ol', { class: 'wall-list' }) as HTMLOListElement;
  const rows = wallRows(data, state);
  const ranks = wallRanks(rows);
  rows.forEach((row, i) => {
    ol.append(renderWallRow(doc, data, row, ranks[i] ?? i + 1, state));
  });
  return ol;
}
