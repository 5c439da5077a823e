/**
 * Building blocks for hand-written small-multiple charts (one panel per partner). Everything is
 * created from the injected `document`, so the same code runs under linkedom at build time; no
 * chart library is involved and no element ids are needed.
 */
import { SVG_NS, svgEl } from './svg';

type Attrs = Record<string, string | number>;

/**
 * The one SVG element builder (`svgEl`), appending to `parent`: panels are built top-down, so
 * every element goes straight into its group. Numbers are rounded to 1/100 px and empty strings
 * left out.
 */
export function el(document: Document, parent: Element | null, tag: string, attrs: Attrs = {}): SVGElement {
  const values = Object.entries(attrs).map(([key, value]) => [
    key,
    value === '' ? null : typeof value === 'number' ? round2(value) : value,
  ]);
  const node = svgEl(document, tag as keyof SVGElementTagNameMap, Object.fromEntries(values));
  parent?.appendChild(node);
  return node;
}

/** A `<text>` in the current text colour unless `attrs` says otherwise (`fill: ''` inherits from the group). */
export function text(document: Document, parent: Element, x: number, y: number, content: string, attrs: Attrs = {}): SVGElement {
  const node = el(document, parent, 'text', { x, y, fill: 'currentColor', ...attrs });
  node.textContent = content;
  return node;
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

/** `M x,y L x,y …` through the points, in order. */
export function pathOf(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round2(x)},${round2(y)}`).join('');
}

/** The SVG root of a chart: pixel size = viewBox, so 1 unit is 1 CSS px at the design width. */
export function svgRoot(document: Document, width: number, height: number): SVGSVGElement {
  const svg = el(document, null, 'svg', { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, class: 'tl-plot' });
  return svg as unknown as SVGSVGElement;
}

/**
 * A dot for every vertex of a line, drawn by the line itself through one `<marker>` (a circle
 * with these attributes) instead of a `<circle>` per point: a panel's dots cost one attribute set,
 * not a few hundred elements. Returns the `url(#…)` to pass to `dotted`. The drawing's ids are
 * made unique per page by render-svg.
 */
export function dotMarker(document: Document, svg: Element, id: string, dot: Attrs): string {
  const defs = svg.querySelector('defs') ?? el(document, svg, 'defs');
  // User-space units: the dot keeps its size whatever the line's stroke width.
  const marker = el(document, defs, 'marker', { id, markerUnits: 'userSpaceOnUse', overflow: 'visible' });
  el(document, marker, 'circle', dot);
  return `url(#${id})`;
}

/**
 * Puts a dot (from `dotMarker`) on every vertex of a line and marks the vertices as interaction
 * stops `first`, `first + 1`, … in order (`data-points`). In the browser, src/client/tl-chart.ts
 * adds one `<circle class="tl-stop" data-i>` per vertex to highlight and place the readout.
 */
export function dotted(line: Element, marker: string, first: number): Element {
  // A lone point is a line of no length, so that its marker is still drawn.
  const d = line.getAttribute('d') ?? '';
  if (!/[LlHhVv]/.test(d)) line.setAttribute('d', `${d}h0`);
  for (const at of ['marker-start', 'marker-mid', 'marker-end']) line.setAttribute(at, marker);
  line.setAttribute('data-points', String(first));
  return line;
}

/**
 * Marks a panel's group with its plot area (`data-snap="x y width height"`): in the browser,
 * pointing anywhere over it picks the panel's point nearest in x (src/client/tl-chart.ts). One
 * attribute per panel instead of an invisible hit shape per point.
 */
export function snapArea(group: Element, panel: Panel): Element {
  group.setAttribute('data-snap', [panel.x, panel.y, panel.width, panel.height].map((n) => Math.round(n * 10) / 10).join(' '));
  return group;
}

/** Sizes of one panel: head (title row), plot area, foot (x labels) and the gaps between panels. */
export interface GridSpec {
  width: number;
  /** Panels to lay out. */
  count: number;
  cols: number;
  /** Space above the grid (header lines). */
  top: number;
  /** Left margin (y tick labels of the first column), right margin. */
  left: number;
  right: number;
  gapX: number;
  gapY: number;
  head: number;
  plot: number;
  foot: number;
}

/** The plot area of one panel and where its head and foot sit. */
export interface Panel {
  index: number;
  col: number;
  row: number;
  x: number;
  /** Top of the plot area. */
  y: number;
  width: number;
  height: number;
  /** Baseline of the panel title. */
  headY: number;
  /** Baseline of the x tick labels. */
  footY: number;
}

/**
 * Lays panels out row by row. Returns the panels, the free cell after the last panel (when the
 * last row is not full; charts put their key there on phones) and the total height.
 */
export function panelGrid(spec: GridSpec): { panels: Panel[]; spare: Panel | null; height: number } {
  const cellWidth = (spec.width - spec.left - spec.right - spec.gapX * (spec.cols - 1)) / spec.cols;
  const rowHeight = spec.head + spec.plot + spec.foot;
  const cell = (index: number): Panel => {
    const col = index % spec.cols;
    const row = Math.floor(index / spec.cols);
    const top = spec.top + row * (rowHeight + spec.gapY);
    return {
      index,
      col,
      row,
      x: spec.left + col * (cellWidth + spec.gapX),
      y: top + spec.head,
      width: cellWidth,
      height: spec.plot,
      headY: top + spec.head - 6,
      footY: top + spec.head + spec.plot + spec.foot - 3,
    };
  };
  const panels = Array.from({ length: spec.count }, (_, i) => cell(i));
  const rows = Math.ceil(spec.count / spec.cols);
  const spare = spec.count % spec.cols === 0 ? null : cell(spec.count);
  return { panels, spare, height: spec.top + rows * rowHeight + (rows - 1) * spec.gapY + 2 };
}

/** A linear map from a domain to a range (no clamping). */
export function linear(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/**
 * Axis for a positive maximum: the largest tick step (1, 2, 2.5 or 5 × 10ⁿ) that leaves at most
 * two ticks above zero, and a domain top rounded up to a quarter of that step, so lines use most
 * of a short panel: 418 → { max: 450, step: 200 }, 18.5 → { max: 20, step: 10 }.
 */
export function niceAxis(max: number): { max: number; step: number; ticks: number[] } {
  if (!(max > 0)) return { max: 1, step: 1, ticks: [0, 1] };
  const power = 10 ** Math.floor(Math.log10(max) - 1);
  const steps = [1, 2, 2.5, 5, 10, 20, 25, 50, 100].map((m) => m * power);
  const step = steps.find((s) => Math.floor(max / s + 1e-9) <= 2) ?? (steps.at(-1) as number);
  const quarter = step / 4;
  const top = Math.ceil(max / quarter - 1e-9) * quarter;
  const ticks = Array.from({ length: Math.floor(top / step + 1e-9) + 1 }, (_, k) => k * step);
  return { max: top, step, ticks };
}

/** "Census figures as revised (release fetched …)" → two lines at the "(", for phones. */
export function splitAtParen(line: string): string[] {
  const at = line.indexOf(' (');
  return at < 0 ? [line] : [line.slice(0, at), line.slice(at + 1)];
}
