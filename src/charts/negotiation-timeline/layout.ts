import { type ScaleLinear, type ScaleTime, scaleLinear, scaleUtc } from 'd3-scale';
import { utcDay, utcMonth } from 'd3-time';
import { formatMonthShort, formatYear, isoToDate, monthName } from '../../shared/format';
import { colour } from '../../shared/palette';
import {
  dateSpan,
  isApproximate,
  LAST_DAY,
  type Lane,
  type LaneKey,
  type Model,
  type TimelineItem,
  type View,
  visibleItems,
  visibleLanes,
} from './model';

/** Layout of the timeline: pure geometry (lanes, rows, marks, labels, ticks, legend), tested on its own. */

export const colors = {
  meeting: colour('talks'),
  deadline: colour('deadline'),
  deal: colour('deal'),
  us: colour('us'),
  china: colour('china'),
} as const;

export function colorOf(item: TimelineItem): string {
  if (item.tariff) return item.tariff.side === 'china' ? colors.china : colors.us;
  if (item.kind === 'round' || item.kind === 'talks') return colors.meeting;
  if (item.kind === 'deadline' || item.kind === 'extension') return colors.deadline;
  return colors.deal;
}

/** Rough width of 12px UI text: the SVG is laid out at build time, without a font to measure. */
const textWidth = (text: string, bold = false) => text.length * (bold ? 7.8 : 7);

export interface PlacedItem {
  item: TimelineItem;
  /** Stop index. */
  i: number;
  lane: LaneKey;
  /** 'events' row within the lane, or the rate lines. */
  track: 'events' | 'rates';
  row: number;
  /** Span the item may fall in (px): the meeting's days, or its week or month. */
  x0: number;
  x1: number;
  /** Where the symbol is drawn. */
  cx: number;
  cy: number;
  /** Horizontal room the mark takes, for row packing and hit areas. */
  left: number;
  right: number;
}

export interface LaneBox {
  lane: Lane;
  top: number;
  bottom: number;
  labelY: number;
  rowsTop: number;
  rows: number;
  rates?: { top: number; height: number; y: ScaleLinear<number, number> };
}

export interface Layout {
  width: number;
  height: number;
  compact: boolean;
  x: ScaleTime<number, number>;
  plotLeft: number;
  plotRight: number;
  legend: { key: LegendKey; label: string; x: number; y: number }[];
  axisTop: number;
  axisBottom: number | null;
  lanesTop: number;
  lanesBottom: number;
  lanes: LaneBox[];
  placed: PlacedItem[];
  /** Month boundaries, with the label drawn after each (null: gridline only). */
  ticks: { x: number; text: string | null }[];
  /** Short labels beside marks, where they fit. */
  labels: { x: number; y: number; text: string; i: number; color: string; anchor: 'start' | 'end' }[];
  r: number;
  rowHeight: number;
  drawnAsBar: (item: TimelineItem) => boolean;
}

export type LegendKey =
  | 'meeting'
  | 'multi'
  | 'deadline'
  | 'extension'
  | 'deal'
  | 'implementation'
  | 'hollow'
  | 'approx'
  | 'step'
  | 'us-line'
  | 'china-line';

const legendLabels: Record<LegendKey, [wide: string, compact: string]> = {
  meeting: ['Talks or round', 'Talks, round'],
  multi: ['Talks over several days', 'Several days'],
  deadline: ['Deadline', 'Deadline'],
  extension: ['Extension', 'Extension'],
  deal: ['Deal', 'Deal'],
  implementation: ['Deal put in force', 'In force'],
  hollow: ['Planned, or deadline extended', 'Planned / moved'],
  approx: ['Date approximate', 'Date approximate'],
  step: ['Rate change', 'Rate change'],
  'us-line': ['US tariff on China', 'US on China'],
  'china-line': ['China tariff on US', 'China on US'],
};

function legendKeys(items: TimelineItem[], drawnAsBar: (item: TimelineItem) => boolean): LegendKey[] {
  const has = (test: (i: TimelineItem) => boolean) => items.some(test);
  const keys: [LegendKey, boolean][] = [
    ['meeting', has((i) => (i.kind === 'talks' || i.kind === 'round') && !drawnAsBar(i))],
    ['multi', has(drawnAsBar)],
    ['deadline', has((i) => i.kind === 'deadline')],
    ['extension', has((i) => i.kind === 'extension')],
    ['deal', has((i) => i.kind === 'deal')],
    ['implementation', has((i) => i.kind === 'implementation')],
    ['step', has((i) => !!i.tariff && !i.tariff.onLine)],
    ['us-line', has((i) => i.tariff?.onLine === true && i.tariff.side === 'us')],
    ['china-line', has((i) => i.tariff?.onLine === true && i.tariff.side === 'china')],
    ['hollow', has((i) => i.hollow)],
    ['approx', has(isApproximate)],
  ];
  return keys.filter(([, on]) => on).map(([key]) => key);
}

const isMultiDay = (i: TimelineItem) => i.precision === 'day' && i.endDate !== null && i.endDate !== i.date;

/** Positions every lane, row, mark and label of a view at a width. */
export function layout(model: Model, view: View, width: number): Layout {
  const compact = width < 480;
  const items = visibleItems(model, view);
  const lanes = visibleLanes(model, view);
  const focus = view !== 'all';
  const r = compact ? 4.5 : 5;
  const rowHeight = compact ? 20 : 22;
  const labelWidth = compact ? 0 : Math.ceil(Math.max(...lanes.map((l) => textWidth(l.name, true)))) + 14;
  const plotLeft = compact ? 4 : labelWidth;
  const plotRight = width - (compact ? 6 : 12);

  // Time domain: whole months around the shown events.
  const spans = items.map(dateSpan);
  const first = spans.length > 0 ? new Date(Math.min(...spans.map((s) => +s.start))) : isoToDate('2025-01-01');
  const last = spans.length > 0 ? new Date(Math.max(...spans.map((s) => +s.last))) : isoToDate(LAST_DAY);
  const x = scaleUtc()
    .domain([utcMonth.floor(first), utcMonth.ceil(utcDay.offset(last, 1))])
    .range([plotLeft, plotRight]);

  // Bars for meetings of several days, where they are wider than a dot.
  const barWidth = (item: TimelineItem) => {
    const { start, last: lastDay } = dateSpan(item);
    return x(utcDay.offset(lastDay, 1)) - x(start);
  };
  const drawnAsBar = (item: TimelineItem) => isMultiDay(item) && barWidth(item) > 2 * r + 1;

  // Legend: flowing rows at the top.
  const legend: Layout['legend'] = [];
  let lx = 0;
  let ly = 10;
  for (const key of legendKeys(items, drawnAsBar)) {
    const label = legendLabels[key][compact ? 1 : 0];
    const w = 20 + textWidth(label) + (compact ? 10 : 16);
    if (lx > 0 && lx + w > width) {
      lx = 0;
      ly += 18;
    }
    legend.push({ key, label, x: lx, y: ly });
    lx += w;
  }
  const axisTop = ly + 14;
  const lanesTop = axisTop + 20;

  const placed: PlacedItem[] = [];
  const labels: Layout['labels'] = [];
  const boxes: LaneBox[] = [];
  let top = lanesTop;
  const maxRate = Math.max(
    1,
    ...items.filter((i) => i.tariff?.onLine).map((i) => i.tariff?.plotRate ?? 0),
    ...model.rateSteps.map((s) => s.rate),
  );
  const gap = 2;
  const labelGap = 4;
  for (const lane of lanes) {
    const own = items.filter((i) => i.lane === lane.key);
    const labelY = compact ? top + 13 : 0;
    const rowsTop = compact ? top + 18 : top + 4;
    const rowEnds: number[] = [];
    const events: PlacedItem[] = [];
    for (const item of own.filter((i) => !i.tariff?.onLine)) {
      const { start, last: lastDay } = dateSpan(item);
      const x0 = x(start);
      const x1 = x(utcDay.offset(lastDay, 1));
      const cx = (x0 + x1) / 2;
      const [extentLeft, extentRight] = markExtent(item, r);
      let left = cx + extentLeft;
      let right = cx + extentRight;
      if (drawnAsBar(item)) {
        left = Math.min(left, x0);
        right = Math.max(right, x1);
      }
      if (isApproximate(item)) {
        left = Math.min(left, cx - r - 4, item.precision === 'day' ? left : x0);
        right = Math.max(right, cx + r + 4, item.precision === 'day' ? right : x1);
      }
      // Focus views label every mark, so the label takes room in its row (after the mark, or before
      // it at the right edge); the overview labels only where there is room.
      const w = textWidth(item.short);
      let claimLeft = left;
      let claimRight = right;
      if (focus && item.short) {
        if (right + labelGap + w <= plotRight) claimRight = right + labelGap + w;
        else if (left - labelGap - w >= plotLeft) claimLeft = left - labelGap - w;
      }
      let row = rowEnds.findIndex((end) => end + gap <= claimLeft);
      if (row === -1) {
        row = rowEnds.length;
        rowEnds.push(claimRight);
      } else rowEnds[row] = claimRight;
      events.push({ item, i: items.indexOf(item), lane: lane.key, track: 'events', row, x0, x1, cx, cy: 0, left, right });
    }
    const rows = Math.max(1, rowEnds.length);
    for (const p of events) p.cy = rowsTop + p.row * rowHeight + rowHeight / 2;
    // Labels: after the mark when they end before the next one, else before it when there is room.
    for (let row = 0; row < rowEnds.length; row++) {
      const inRow = events.filter((p) => p.row === row).sort((a, b) => a.left - b.left);
      let occupied = plotLeft - gap;
      inRow.forEach((p, k) => {
        const w = textWidth(p.item.short);
        const next = inRow[k + 1]?.left ?? plotRight + gap;
        const color = p.item.tariff ? colors.us : 'var(--text-muted)';
        const label = { y: p.cy + 4, text: p.item.short, i: p.i, color };
        if (!p.item.short) occupied = p.right;
        else if (p.right + labelGap + w <= Math.min(next - gap, plotRight)) {
          labels.push({ ...label, x: p.right + labelGap, anchor: 'start' });
          occupied = p.right + labelGap + w;
        } else if (p.left - labelGap - w >= Math.max(occupied + gap, plotLeft)) {
          labels.push({ ...label, x: p.left - labelGap, anchor: 'end' });
          occupied = p.right;
        } else occupied = p.right;
      });
    }
    let bottom = rowsTop + rows * rowHeight;
    const box: LaneBox = { lane, top, bottom: 0, labelY: compact ? labelY : rowsTop + rowHeight / 2 + 4, rowsTop, rows };
    const onLine = own.filter((i) => i.tariff?.onLine);
    if (onLine.length > 0) {
      const height = focus ? (compact ? 84 : 110) : compact ? 44 : 50;
      const ratesTop = bottom + 4;
      const headroom = focus ? 18 : 14;
      const y = scaleLinear()
        .domain([0, maxRate])
        .range([ratesTop + height, ratesTop + headroom]);
      box.rates = { top: ratesTop, height, y };
      // Changes on the same day (both sides at once) are spread a little so each stays reachable.
      for (const item of onLine) {
        const sameDay = onLine.filter((o) => o.date === item.date);
        const shift = sameDay.length > 1 ? (sameDay.indexOf(item) === 0 ? -1 : 1) * (r - 1) : 0;
        const day = isoToDate(item.date);
        const cx = (x(day) + x(utcDay.offset(day, 1))) / 2 + shift;
        const cy = y(item.tariff?.plotRate ?? 0);
        events.push({
          item,
          i: items.indexOf(item),
          lane: lane.key,
          track: 'rates',
          row: 0,
          x0: cx,
          x1: cx,
          cx,
          cy,
          left: cx - r,
          right: cx + r,
        });
      }
      bottom = ratesTop + height + 6;
    }
    box.bottom = bottom + 4;
    boxes.push(box);
    placed.push(...events);
    top = box.bottom;
  }
  const lanesBottom = top;
  const axisBottom = lanes.length > 4 ? lanesBottom : null;
  const height = Math.ceil(lanesBottom + (axisBottom === null ? 6 : 24));
  placed.sort((a, b) => a.i - b.i);

  // Month labels: every month, or every other when a month is too narrow for its name; the first
  // carries the year on a phone (in the label column otherwise).
  const months = utcMonth.range(x.domain()[0] as Date, x.domain()[1] as Date);
  const monthWidth = (plotRight - plotLeft) / Math.max(1, months.length);
  const firstLabel = (month: Date) => (compact ? formatMonthShort(month) : monthName(month, 'short'));
  const needed = Math.max(textWidth('May') + 12, (months[0] ? textWidth(firstLabel(months[0])) : 0) + 12);
  // A divisor of 12, so the labelled months repeat each year and January is always among them.
  const every = [1, 2, 3, 4, 6, 12].find((n) => n >= needed / monthWidth) ?? 12;
  const ticks = months.map((month, k) => ({
    x: x(month),
    // Labels fall on calendar months (Jan, Mar, May… when every other), so each January is labelled with its year.
    text:
      k === 0
        ? firstLabel(month)
        : month.getUTCMonth() % every !== 0 || k < every || (every > 1 && k === months.length - 1)
          ? null
          : month.getUTCMonth() === 0
            ? formatYear(month)
            : monthName(month, 'short'),
  }));
  ticks.push({ x: x(x.domain()[1] as Date), text: null });

  return {
    width,
    height,
    compact,
    x,
    plotLeft,
    plotRight,
    legend,
    axisTop,
    axisBottom,
    ticks,
    lanesTop,
    lanesBottom,
    lanes: boxes,
    placed,
    labels,
    r,
    rowHeight,
    drawnAsBar,
  };
}

/** Horizontal extent of a symbol around its centre. */
function markExtent(item: TimelineItem, r: number): [number, number] {
  if (item.kind === 'deadline') return [-1.5, 9];
  if (item.kind === 'extension') return [-r, r + 1];
  if (item.kind === 'deal') return [-r - 1.5, r + 1.5];
  if (item.tariff) return [-6.5, 6.5];
  return [-r, r];
}
