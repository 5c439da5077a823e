/**
 * Draws a chart "up to" one of its points, for a scrolly step: the series (`.tl-series`, written
 * by the chart at build time) are shown up to the point's x and ghosted beyond it (`.tl-reveal`
 * marks such as value labels are shown up to it, with no ghost), later markers
 * fade, a rule marks the date and the point's value (`data-value`) is written large beside it.
 * Everything is read from the SVG, so new data or new steps need no change here.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';
let clipCount = 0;

/** Centre of a mark in the SVG's own coordinates: a circle's cx/cy or a symbol's translate(). */
function markPoint(mark: Element): { x: number; y: number } | undefined {
  const cx = mark.getAttribute('cx');
  if (cx !== null) return { x: Number(cx), y: Number(mark.getAttribute('cy')) };
  const match = /translate\(\s*([-\d.]+)[ ,]+([-\d.]+)/.exec(mark.getAttribute('transform') ?? '');
  return match ? { x: Number(match[1]), y: Number(match[2]) } : undefined;
}

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

/** Prepares one rendered SVG (once): ghost copies of its series and a clip for the revealed part. */
function prepare(svg: SVGSVGElement) {
  if (svg.querySelector('.tl-reveal-clip')) return;
  const [, , width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '').split(/[ ,]+/).map(Number);
  const id = `tl-reveal-${++clipCount}`;
  const defs = svgEl('defs', {});
  const clip = svgEl('clipPath', { id, class: 'tl-reveal-clip' });
  clip.append(svgEl('rect', { x: -20, y: -40, width: width + 40, height: height + 80 }));
  defs.append(clip);
  svg.prepend(defs);
  for (const series of svg.querySelectorAll('.tl-series')) {
    const ghost = series.cloneNode(true) as Element;
    ghost.setAttribute('class', 'tl-ghost');
    ghost.setAttribute('aria-hidden', 'true');
    series.before(ghost);
  }
  for (const part of svg.querySelectorAll('.tl-series, .tl-reveal')) part.setAttribute('clip-path', `url(#${id})`);
  const rule = svgEl('line', { class: 'tl-now', y1: 0, y2: height, 'aria-hidden': 'true' });
  const label = svgEl('text', { class: 'tl-annot', 'aria-hidden': 'true' });
  svg.append(rule, label);
}

/** Shows `svg` as of its mark `data-i="i"`. */
export function revealTo(svg: SVGSVGElement, i: number) {
  const mark = svg.querySelector(`[data-i="${i}"]`);
  const point = mark && markPoint(mark);
  if (!mark || !point) return;
  prepare(svg);
  svg.classList.add('is-revealing');
  const [, , width = 0] = (svg.getAttribute('viewBox') ?? '').split(/[ ,]+/).map(Number);
  // The line steps at the point's date, so the level it reaches there is shown too.
  svg.querySelector('.tl-reveal-clip rect')?.setAttribute('width', String(point.x + 21));
  // Later markers fade; a line's direct label anchored later than the point is hidden, since it
  // names the ghosted future and would sit under the large value written beside the point.
  for (const other of svg.querySelectorAll('[data-i], .tl-series-label text')) {
    const at = markPoint(other);
    other.classList.toggle('is-future', Boolean(at && at.x > point.x + 0.5));
  }
  const rule = svg.querySelector('.tl-now');
  rule?.setAttribute('x1', String(point.x));
  rule?.setAttribute('x2', String(point.x));
  const label = svg.querySelector<SVGTextElement>('.tl-annot');
  if (!label) return;
  const value = mark.getAttribute('data-value') ?? '';
  const fill = mark.getAttribute('fill');
  const onRight = point.x < width * 0.62;
  label.textContent = value;
  label.setAttribute('x', String(point.x + (onRight ? 10 : -10)));
  // Kept below the chart's key, which sits above the frame.
  label.setAttribute('y', String(Math.max(64, point.y - 12)));
  label.setAttribute('text-anchor', onRight ? 'start' : 'end');
  label.setAttribute('fill', fill && fill !== 'none' ? fill : (mark.getAttribute('stroke') ?? 'currentColor'));
}

/** Back to the whole chart. */
export function revealAll(svg: SVGSVGElement) {
  svg.classList.remove('is-revealing');
  for (const other of svg.querySelectorAll('.is-future')) other.classList.remove('is-future');
  const rect = svg.querySelector('.tl-reveal-clip rect');
  const [, , width = 0] = (svg.getAttribute('viewBox') ?? '').split(/[ ,]+/).map(Number);
  rect?.setAttribute('width', String(width + 40));
}
