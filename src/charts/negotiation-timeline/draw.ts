import { type Selection, select } from 'd3-selection';
import { formatPercent, formatYear, isoToDate } from '../../shared/format';
import { colour } from '../../shared/palette';
import { colorOf, colors, type LegendKey, layout } from './layout';
import { ALL, type ItemKind, isApproximate, type Model, type RateStep, type TimelineItem, type View } from './model';

/** Drawing: the layout turned into SVG with d3-selection on the injected document. */

const SVG_NS = 'http://www.w3.org/2000/svg';
type G = Selection<SVGGElement, unknown, null, undefined>;

/** SVG path of an item's symbol centred at (cx, cy). */
export function symbolPath(item: TimelineItem, cx: number, cy: number, r: number): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  if (item.kind === 'deadline') return `M${f(cx)},${f(cy + 7)}V${f(cy - 7)}L${f(cx + 9)},${f(cy - 4)}L${f(cx)},${f(cy - 1)}`;
  if (item.kind === 'extension') return `M${f(cx - r + 1)},${f(cy - r)}L${f(cx + r + 1)},${f(cy)}L${f(cx - r + 1)},${f(cy + r)}Z`;
  if (item.kind === 'deal')
    return `M${f(cx)},${f(cy - r - 1.5)}L${f(cx + r + 1.5)},${f(cy)}L${f(cx)},${f(cy + r + 1.5)}L${f(cx - r - 1.5)},${f(cy)}Z`;
  if (item.kind === 'implementation')
    return `M${f(cx - r + 0.5)},${f(cy - r + 0.5)}H${f(cx + r - 0.5)}V${f(cy + r - 0.5)}H${f(cx - r + 0.5)}Z`;
  if (item.tariff) {
    const d = item.tariff.direction;
    if (d === 'up') return `M${f(cx - 6)},${f(cy + 4)}H${f(cx)}V${f(cy - 4)}H${f(cx + 6)}`;
    if (d === 'down') return `M${f(cx - 6)},${f(cy - 4)}H${f(cx)}V${f(cy + 4)}H${f(cx + 6)}`;
    if (d === 'same') return `M${f(cx - 6)},${f(cy)}H${f(cx + 6)}`;
    return `M${f(cx - 6)},${f(cy + 3)}L${f(cx - 2)},${f(cy - 3)}L${f(cx + 2)},${f(cy + 3)}L${f(cx + 6)},${f(cy - 3)}`;
  }
  // Talks and rounds: a dot.
  return `M${f(cx - r)},${f(cy)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
}

export function drawTimeline(model: Model, view: View, document: Document, width: number): SVGSVGElement {
  const L = layout(model, view, width);
  const svg = select(document.createElementNS(SVG_NS, 'svg') as SVGSVGElement)
    .attr('xmlns', SVG_NS)
    .attr('width', width)
    .attr('height', L.height)
    .attr('viewBox', `0 0 ${width} ${L.height}`)
    .attr('fill', 'currentColor');
  const round = (n: number) => Math.round(n * 100) / 100;

  // Legend.
  const legend = svg.append('g').attr('class', 'tl-legend');
  for (const entry of L.legend) {
    const g = legend.append('g').attr('transform', `translate(${round(entry.x)},${entry.y})`);
    drawLegendGlyph(g, entry.key, L.r);
    g.append('text').attr('x', 20).attr('y', 4).text(entry.label);
  }

  // Month grid and labels.
  const grid = svg.append('g').attr('stroke', colour('grid')).attr('stroke-width', 1);
  for (const tick of L.ticks) {
    grid
      .append('line')
      .attr('x1', round(tick.x))
      .attr('x2', round(tick.x))
      .attr('y1', L.axisTop + 4)
      .attr('y2', L.axisBottom === null ? L.lanesBottom : L.lanesBottom + 4);
  }
  const year = formatYear(L.x.domain()[0] as Date);
  const axis = (y: number) => {
    const g = svg.append('g').attr('fill', 'var(--text-muted)');
    for (const tick of L.ticks)
      if (tick.text)
        g.append('text')
          .attr('x', round(tick.x + 3))
          .attr('y', y)
          .text(tick.text);
    if (!L.compact)
      g.append('text')
        .attr('x', L.plotLeft - 8)
        .attr('y', y)
        .attr('text-anchor', 'end')
        .text(year);
  };
  axis(L.axisTop + 15);
  if (L.axisBottom !== null) axis(L.axisBottom + 16);

  // Lanes: separators and labels.
  const lanes = svg.append('g');
  for (const box of L.lanes) {
    lanes
      .append('line')
      .attr('x1', 0)
      .attr('x2', width)
      .attr('y1', round(box.top))
      .attr('y2', round(box.top))
      .attr('stroke', 'var(--rule)');
    lanes.append('text').attr('x', 0).attr('y', round(box.labelY)).attr('font-weight', 700).text(box.lane.name);
  }
  lanes
    .append('line')
    .attr('x1', 0)
    .attr('x2', width)
    .attr('y1', round(L.lanesBottom))
    .attr('y2', round(L.lanesBottom))
    .attr('stroke', 'var(--rule)');

  // All-partner deadlines carried down through the partner lanes.
  const allLane = L.lanes.find((b) => b.lane.key === ALL);
  const guides = svg.append('g').attr('stroke', colors.deadline).attr('stroke-dasharray', '3 3').attr('stroke-opacity', 0.7);
  if (allLane) {
    for (const p of L.placed) {
      if (p.lane !== ALL || p.item.kind !== 'deadline') continue;
      guides
        .append('line')
        .attr('x1', round(p.cx))
        .attr('x2', round(p.cx))
        .attr('y1', round(allLane.bottom))
        .attr('y2', round(L.lanesBottom))
        .attr('data-guide', p.item.id);
    }
  }

  // US–China rate lines.
  for (const box of L.lanes) {
    if (!box.rates) continue;
    const { y, top, height } = box.rates;
    const g = svg.append('g').attr('fill', 'none');
    g.append('line')
      .attr('x1', L.plotLeft)
      .attr('x2', L.plotRight)
      .attr('y1', round(top + height))
      .attr('y2', round(top + height))
      .attr('stroke', colour('muted'));
    const domainEnd = L.x.domain()[1] as Date;
    for (const side of ['us', 'china'] as const) {
      const steps = model.rateSteps.filter((s) => s.side === side);
      if (steps.length === 0) continue;
      // The US line starts at 0 (no additional duty yet); China's at its first across-the-board rate.
      const points: [number, number][] = side === 'us' ? [[L.plotLeft, y(0)]] : [];
      for (const s of steps) {
        const sx = L.x(isoToDate(s.date));
        const prev = points.at(-1);
        if (prev) points.push([sx, prev[1]]);
        points.push([sx, y(s.rate)]);
      }
      const lastPoint = points.at(-1);
      if (lastPoint) points.push([L.x(domainEnd), lastPoint[1]]);
      g.append('path')
        .attr('d', `M${points.map(([px, py]) => `${round(px)},${round(py)}`).join('L')}`)
        .attr('stroke', side === 'us' ? colors.us : colors.china)
        .attr('stroke-width', 2);
    }
    const caption = `Tariff rates, 0 to ${formatPercent(y.domain()[1] as number)}`;
    svg
      .append('text')
      .attr('x', L.plotRight)
      .attr('y', round(top + 10))
      .attr('text-anchor', 'end')
      .attr('fill', 'var(--text-muted)')
      .text(caption);
    if (view !== 'all') {
      // Focus view: name the two peaks.
      const labels = svg
        .append('g')
        .attr('font-weight', 700)
        .attr('stroke', 'var(--bg)')
        .attr('stroke-width', 4)
        .attr('paint-order', 'stroke');
      for (const side of ['us', 'china'] as const) {
        const peak = model.rateSteps
          .filter((s) => s.side === side)
          .reduce<RateStep | undefined>((best, s) => (!best || s.rate > best.rate ? s : best), undefined);
        if (!peak) continue;
        const px = L.x(isoToDate(peak.date));
        labels
          .append('text')
          .attr('x', round(side === 'us' ? px - 6 : px + 6))
          .attr('y', round(side === 'us' ? y(peak.rate) + 4 : y(peak.rate) + 16))
          .attr('text-anchor', side === 'us' ? 'end' : 'start')
          .attr('fill', side === 'us' ? colors.us : colors.china)
          .text(formatPercent(peak.rate));
      }
    }
  }

  // Hit areas (under the marks): every stop is easy to hover and tap, even a thin flag.
  const hits = svg.append('g').attr('fill', 'transparent');
  for (const p of L.placed) {
    const h = p.track === 'rates' ? 14 : L.rowHeight;
    hits
      .append('rect')
      .attr('x', round(Math.min(p.left, p.cx - 7)))
      .attr('y', round(p.cy - h / 2))
      .attr('width', round(Math.max(p.right - p.left, 14)))
      .attr('height', h)
      .attr('data-i', p.i)
      .attr('cursor', 'pointer');
  }

  // Approximate dates: the week or month as a band, and a dashed ring round the symbol.
  const uncertain = svg.append('g');
  for (const p of L.placed) {
    if (!isApproximate(p.item)) continue;
    const color = colorOf(p.item);
    if (p.item.precision !== 'day') {
      uncertain
        .append('rect')
        .attr('x', round(p.x0))
        .attr('y', round(p.cy - 6))
        .attr('width', round(Math.max(2, p.x1 - p.x0)))
        .attr('height', 12)
        .attr('rx', 3)
        .attr('fill', color)
        .attr('fill-opacity', 0.18)
        .attr('data-i', p.i)
        .attr('data-uncertain', p.item.precision);
    }
    uncertain
      .append('circle')
      .attr('cx', round(p.cx))
      .attr('cy', round(p.cy))
      .attr('r', L.r + 3.5)
      .attr('fill', 'none')
      .attr('stroke', 'currentColor')
      .attr('stroke-width', 1)
      .attr('stroke-dasharray', '2 2')
      .attr('data-uncertain', p.item.inferred ? 'inferred' : p.item.precision);
  }

  // The marks, one element per stop.
  const marks = svg.append('g');
  for (const p of L.placed) {
    const color = colorOf(p.item);
    const hollow = p.item.hollow;
    let mark: Selection<SVGElement, unknown, null, undefined>;
    if (L.drawnAsBar(p.item)) {
      const w = p.x1 - p.x0;
      mark = marks
        .append('rect')
        .attr('x', round(p.x0))
        .attr('y', round(p.cy - L.r))
        .attr('width', round(w))
        .attr('height', 2 * L.r)
        .attr('rx', L.r) as unknown as Selection<SVGElement, unknown, null, undefined>;
    } else if (p.track === 'rates') {
      mark = marks
        .append('circle')
        .attr('cx', round(p.cx))
        .attr('cy', round(p.cy))
        .attr('r', L.compact ? 3.5 : 4) as unknown as Selection<SVGElement, unknown, null, undefined>;
    } else {
      mark = marks.append('path').attr('d', symbolPath(p.item, p.cx, p.cy, L.r)) as unknown as Selection<
        SVGElement,
        unknown,
        null,
        undefined
      >;
    }
    const strokeOnly = p.item.tariff && !p.item.tariff.onLine;
    mark
      .attr('class', 'tl-stop')
      .attr('data-i', p.i)
      .attr('data-kind', p.item.kind)
      .attr('fill', strokeOnly ? 'none' : hollow ? 'var(--bg)' : color)
      .attr('stroke', strokeOnly || hollow || p.item.kind === 'deadline' ? color : 'var(--bg)')
      .attr('stroke-width', strokeOnly ? 2.5 : hollow || p.item.kind === 'deadline' ? 1.75 : 1);
    if (hollow && p.item.tariff?.onLine) mark.attr('stroke-dasharray', '2 1.5');
  }

  // Short labels beside the marks, with a halo so gridlines never cross the letters.
  const labels = svg
    .append('g')
    .attr('stroke', 'var(--bg)')
    .attr('stroke-width', 3)
    .attr('paint-order', 'stroke')
    .attr('stroke-linejoin', 'round');
  for (const label of L.labels) {
    labels
      .append('text')
      .attr('x', round(label.x))
      .attr('y', round(label.y))
      .attr('fill', label.color)
      .attr('data-i', label.i)
      .attr('text-anchor', label.anchor === 'end' ? 'end' : null)
      .text(label.text);
  }
  return svg.node() as SVGSVGElement;
}

function drawLegendGlyph(g: G, key: LegendKey, r: number) {
  const cx = 7;
  const fake = (kind: ItemKind, extra: Partial<TimelineItem> = {}): TimelineItem => ({
    id: 'legend',
    lane: ALL,
    kind,
    date: '2025-01-01',
    endDate: null,
    precision: 'day',
    inferred: false,
    status: 'held',
    hollow: false,
    label: '',
    short: '',
    place: null,
    summary: '',
    notes: [],
    citations: [],
    tariff: null,
    ...extra,
  });
  // A flag grows to the right of its pole; the other symbols are centred.
  const path = (item: TimelineItem, fill: string, stroke: string, strokeWidth = 1) =>
    g
      .append('path')
      .attr('d', symbolPath(item, item.kind === 'deadline' ? cx - 4 : cx, 0, r))
      .attr('fill', fill)
      .attr('stroke', stroke)
      .attr('stroke-width', strokeWidth);
  switch (key) {
    case 'meeting':
      path(fake('talks'), colors.meeting, 'none');
      break;
    case 'multi':
      g.append('rect')
        .attr('x', 0)
        .attr('y', -r)
        .attr('width', 14)
        .attr('height', 2 * r)
        .attr('rx', r)
        .attr('fill', colors.meeting);
      break;
    case 'deadline':
      path(fake('deadline'), colors.deadline, colors.deadline, 1.75);
      break;
    case 'extension':
      path(fake('extension'), colors.deadline, 'none');
      break;
    case 'deal':
      path(fake('deal'), colors.deal, 'none');
      break;
    case 'implementation':
      path(fake('implementation'), colors.deal, 'none');
      break;
    case 'hollow':
      path(fake('talks'), 'var(--bg)', 'currentColor', 1.75);
      break;
    case 'approx':
      g.append('circle')
        .attr('cx', cx)
        .attr('cy', 0)
        .attr('r', r - 1)
        .attr('fill', colour('muted'));
      g.append('circle')
        .attr('cx', cx)
        .attr('cy', 0)
        .attr('r', r + 2.5)
        .attr('fill', 'none')
        .attr('stroke', 'currentColor')
        .attr('stroke-dasharray', '2 2');
      break;
    case 'step':
      path(
        fake('tariff', { tariff: { side: 'us', rate: null, direction: 'up', applied: true, onLine: false, plotRate: 0 } }),
        'none',
        colors.us,
        2.5,
      );
      break;
    case 'us-line':
    case 'china-line': {
      const color = key === 'us-line' ? colors.us : colors.china;
      g.append('path').attr('d', 'M0,4H6V-4H14').attr('fill', 'none').attr('stroke', color).attr('stroke-width', 2);
      g.append('circle').attr('cx', 6).attr('cy', -4).attr('r', 3).attr('fill', color);
      break;
    }
  }
}
