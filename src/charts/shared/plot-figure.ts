import * as Plot from '@observablehq/plot';
import { colour } from '../../shared/palette';

/**
 * The one way a chart draws with Observable Plot. Plot draws what it draws best (lines, dots,
 * bars, areas) and this wrapper makes it draw them in the site's conventions from the start, so
 * the SVG it returns needs nothing undone afterwards (src/site/render-svg.ts only labels the
 * root, prefixes ids and rounds numbers, as for every chart):
 *
 * - no `<style>` block and no inline style: our CSS (`.tl-svg`, Chart.astro) sets the font, size
 *   and colours, so pages with a strict style policy and embeds look the same;
 * - no `aria-label`/`aria-description` on inner groups: the chart is one image with one label
 *   (the figure's alt text), and axe flags labels on groups that have no role;
 * - axes in our type and palette: tick labels muted, grid lines in the grid colour, no
 *   `font-variant` attribute (not a valid SVG value; tabular figures come from our CSS);
 * - the marks of interaction stops tagged `data-i` and `tl-stop` (`tagStops`), the contract the
 *   tl-chart client reads to highlight marks, with no Plot in the browser.
 *
 * Plot has options for some of this (`className`, `style`, `axis`, `fontVariant`) and a `render`
 * transform for the rest; the one thing it has no option for, its `<style>` (plot.js appends it
 * to every plot), is left out here, in the only module that knows it is Plot's.
 */

/** An axis as charts give it: Plot's axis options, with `grid` drawing grid lines across the frame. */
export type AxisOptions = Omit<Plot.AxisOptions, 'render' | 'fontVariant' | 'ariaLabel' | 'ariaDescription'> & { grid?: boolean };

/** Plot's options without the ones this wrapper owns. */
export type PlotFigureOptions = Omit<
  Plot.PlotOptions,
  'document' | 'className' | 'style' | 'ariaLabel' | 'ariaDescription' | 'figure' | 'title' | 'subtitle' | 'caption' | 'axis' | 'grid'
> & {
  /** Scale options; the axis is drawn from the same object unless `axis: null`. */
  x?: Plot.ScaleOptions & AxisOptions;
  y?: Plot.ScaleOptions & AxisOptions;
  marks: Plot.Markish[];
};

export interface PlotFrame {
  document: Document;
  width: number;
  height: number;
}

/** The class on the root until render-svg names the chart; it never reaches a page. */
const CLASS_NAME = 'tl-plot';

/** A render transform that drops Plot's accessibility labels from a mark's group and its children. */
export const quiet: Plot.RenderFunction = (index, scales, values, dimensions, context, next) => {
  const node = next?.(index, scales, values, dimensions, context) ?? null;
  if (node) for (const el of [node, ...Array.from(node.querySelectorAll('[aria-label], [aria-description]'))]) unlabel(el);
  return node;
};

function unlabel(el: Element) {
  el.removeAttribute('aria-label');
  el.removeAttribute('aria-description');
}

/**
 * The options Plot reads for a scale (Plot.ScaleOptions); every other option given with a scale
 * is the axis's (ticks, tickFormat, textAnchor…). `label` is both: the axis takes it from the scale.
 */
const SCALE_KEYS = new Set([
  'type',
  'domain',
  'range',
  'unknown',
  'reverse',
  'interval',
  'transform',
  'percent',
  'nice',
  'zero',
  'clamp',
  'round',
  'inset',
  'insetLeft',
  'insetRight',
  'insetTop',
  'insetBottom',
  'padding',
  'paddingInner',
  'paddingOuter',
  'align',
  'base',
  'exponent',
  'constant',
  'pivot',
  'symmetric',
  'scheme',
  'interpolate',
  'label',
]);

function splitAxis(options: (Plot.ScaleOptions & AxisOptions) | undefined) {
  const scale: Record<string, unknown> = {};
  const axis: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options ?? {})) {
    if (SCALE_KEYS.has(key)) scale[key] = value;
    if (!SCALE_KEYS.has(key) || key === 'label') axis[key] = value;
  }
  return { scale, axis };
}

/** The grid lines of one scale, if asked for, in the palette's grid colour. */
function gridMarks(k: 'x' | 'y', options: Record<string, unknown>): Plot.Markish[] {
  if (options.axis === null || !options.grid) return [];
  const grid = { ...(options.ticks === undefined ? {} : { ticks: options.ticks }), stroke: colour('grid'), strokeOpacity: 1 };
  return [k === 'x' ? Plot.gridX(grid as Plot.GridXOptions) : Plot.gridY(grid as Plot.GridYOptions)];
}

/** The axis of one scale: ticks and tick labels in the muted text colour, with no font-variant attribute. */
function axisMarks(k: 'x' | 'y', options: Record<string, unknown>): Plot.Markish[] {
  if (options.axis === null) return [];
  const { axis: anchor, grid: _grid, ...rest } = options;
  // `fontVariant: null` keeps Plot from inferring "tabular-nums", an attribute value SVG does not define.
  const axis = { color: 'var(--text-muted)', ...rest, fontVariant: null };
  const draw = (at: unknown, extra: object = {}) => {
    const options = { ...axis, ...(at === undefined ? {} : { anchor: at }), ...extra };
    return k === 'x' ? Plot.axisX(options as unknown as Plot.AxisXOptions) : Plot.axisY(options as unknown as Plot.AxisYOptions);
  };
  // "both", as Plot's implicit axes take it: the second axis unlabelled.
  if (anchor === 'both') return k === 'x' ? [draw('top'), draw('bottom', { label: null })] : [draw('left'), draw('right', { label: null })];
  return [draw(anchor)];
}

/** Marks already quietened: a mark drawn twice is wrapped once. */
const quieted = new WeakSet<object>();

/** Every mark of a list, composites (`Plot.marks`, arrays) included, with `quiet` composed onto its render. */
function quietMarks(marks: readonly Plot.Markish[]): Plot.Markish[] {
  return marks.map((mark) => {
    if (Array.isArray(mark)) return quietMarks(mark);
    if (mark instanceof Plot.Mark && !quieted.has(mark)) {
      quieted.add(mark);
      // Plot composes a mark's `render` option onto its render method the same way (mark.js composeRender).
      const drawn = mark as unknown as { render: Plot.RenderFunction };
      const inner = drawn.render;
      drawn.render = (i, s, v, d, c) => quiet.call(mark, i, s, v, d, c, (i2, s2, v2, d2, c2) => inner.call(mark, i2, s2, v2, d2, c2));
      return mark;
    }
    if (typeof mark === 'function') {
      const draw = mark as Plot.RenderFunction;
      return ((i, s, v, d, c) => quiet(i, s, v, d, c, (i2, s2, v2, d2, c2) => draw(i2, s2, v2, d2, c2))) as Plot.RenderFunction;
    }
    return mark;
  });
}

/** Draws a chart with Plot in the site's conventions. */
export function plotFigure(options: PlotFigureOptions, frame: PlotFrame): SVGSVGElement {
  const { marks, x, y, ...rest } = options;
  const xs = splitAxis(x);
  const ys = splitAxis(y);
  const svg = Plot.plot({
    ...rest,
    x: xs.scale,
    y: ys.scale,
    document: frame.document,
    width: frame.width,
    height: frame.height,
    className: CLASS_NAME,
    // Plot's implicit axes cannot be quietened, so the axes are drawn as marks, first, under the data.
    axis: null,
    figure: false,
    marks: quietMarks([
      ...(y ? gridMarks('y', ys.axis) : []),
      ...(x ? gridMarks('x', xs.axis) : []),
      ...(y ? axisMarks('y', ys.axis) : []),
      ...(x ? axisMarks('x', xs.axis) : []),
      ...marks,
    ]),
  }) as unknown as SVGSVGElement;
  // Plot appends this block to every plot (plot.js); our CSS has its rules.
  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  return svg;
}

/** One datum of a stop: its index in the chart's `stops()`. */
export interface Stopped {
  i: number;
}

/** How a mark's elements are tagged. */
export interface StopTags<T> {
  /** Further attributes per datum (`data-value`, the rate the scrolly writes beside the active marker); empty values are skipped. */
  attrs?: (datum: T) => Record<string, string>;
  /**
   * `false` for a hit area (a whole row, say): the pointer finds the stop anywhere on it, but it
   * takes no `tl-stop` class, so only the mark itself is outlined when the stop is active.
   */
  highlight?: boolean;
}

/**
 * Adds a render transform to a mark's options so each element it draws carries `data-i` (the
 * index of its interaction stop) and the class `tl-stop`. The tl-chart client reads these
 * attributes to find and highlight marks; it never needs Plot itself.
 */
export function tagStops<T extends Stopped, O extends Plot.MarkOptions>(
  data: readonly T[],
  options: O,
  { attrs = () => ({}), highlight = true }: StopTags<NoInfer<T>> = {},
): O {
  const render = options.render;
  const tag: Plot.RenderFunction = (index, scales, values, dimensions, context, next) => {
    const group = next?.(index, scales, values, dimensions, context);
    if (!group) return null;
    const children = Array.from(group.childNodes) as Element[];
    children.forEach((child, j) => {
      const datum = data[index[j] ?? -1];
      if (datum === undefined || typeof child.setAttribute !== 'function') return;
      child.setAttribute('data-i', String(datum.i));
      if (highlight) child.setAttribute('class', 'tl-stop');
      for (const [name, value] of Object.entries(attrs(datum))) if (value) child.setAttribute(name, value);
    });
    return group;
  };
  return {
    ...options,
    render: render
      ? function (this: Plot.Mark, i, s, v, d, c, next) {
          return tag.call(this, i, s, v, d, c, (i2, s2, v2, d2, c2) => render.call(this, i2, s2, v2, d2, c2, next));
        }
      : tag,
  };
}
