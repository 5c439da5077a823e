import * as Plot from '@observablehq/plot';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { usRateBases } from '../../schemas/datasets/us-china-tariffs';
import { formatPercent, isoToDate } from '../../shared/format';
import { colour } from '../../shared/palette';
import {
  type Box,
  dotBox,
  type LabelRequest,
  type Placed,
  placeLabels,
  polyline,
  type Segment,
  type Spot,
  stepAfter,
  textWidth,
} from '../shared/label-placer';
import type { EscalationModel } from './index';

/**
 * The text on the US–China escalation chart, placed by the shared label placer so no label
 * overlaps another label, a marker or a line, at phone and laptop widths alike: the names of the
 * two lines, China's unknown stretch, the values at the turning points (rates view) and the key
 * to the legal bases (components view).
 */

/** The pixel frame of a drawing, as Plot lays it out from the same margins. */
export interface Layout {
  width: number;
  height: number;
  marginLeft: number;
  marginRight: number;
  marginTop: number;
  marginBottom: number;
  yMax: number;
  compact: boolean;
}

function scales(model: EscalationModel, l: Layout) {
  return {
    x: scaleUtc([isoToDate('2025-01-01'), model.end], [l.marginLeft, l.width - l.marginRight]),
    y: scaleLinear([0, l.yMax], [l.height - l.marginBottom, l.marginTop]),
  };
}

/** Labels may use the frame and a little of the margin above it, never the axes. */
const frameOf = (l: Layout): Box => ({ x0: l.marginLeft + 2, y0: l.marginTop - 6, x1: l.width - 1, y1: l.height - l.marginBottom });

/** Placed labels as Plot text marks, one per anchor, at data positions (no dx/dy: the scrolly reads each label's own position). */
function textMarks<T>(placed: Placed<T>[], model: EscalationModel, l: Layout, options: Plot.TextOptions) {
  const { x, y } = scales(model, l);
  return (['start', 'middle', 'end'] as const).flatMap((anchor) => {
    const group = placed.filter((p) => p.anchor === anchor).map((p) => ({ ...p, date: x.invert(p.x), rate: y.invert(p.y) }));
    return group.length ? [Plot.text(group, { x: 'date', y: 'rate', text: 'text', textAnchor: anchor, ...options })] : [];
  });
}

interface Stretch {
  side: 'us' | 'china';
  from: number;
  to: number;
  rate: number;
}

/** Each line's flat stretches, latest first (a step that keeps the rate does not break one). */
function stretches(model: EscalationModel, side: 'us' | 'china'): Stretch[] {
  const steps = model.steps.filter((s) => s.side === side);
  const out: Stretch[] = [];
  for (const [k, s] of steps.entries()) {
    const next = steps.slice(k + 1).find((n) => n.rate !== s.rate);
    if (k > 0 && steps[k - 1]?.rate === s.rate) continue;
    const to = next?.date ?? steps.at(-1)?.date;
    if (to && +to > +s.date && s.rate > 0) out.push({ side, from: +s.date, to: +to, rate: s.rate });
  }
  return out.reverse();
}

/**
 * Spots for a line's name at a stretch at height `py`, above the line, then below, then higher:
 * at six places along the stretch from its right end while the name fits over it, or, on a
 * stretch too short for it, hanging off either end (a peak has open space to its right).
 */
function alongStretch(x0: number, x1: number, py: number, width: number): Spot[] {
  const room = x1 - 2 - (x0 + 4 + width);
  const xs: Pick<Spot, 'x' | 'anchor'>[] =
    room >= 0
      ? [0, 1, 2, 3, 4, 5].map((k) => ({ x: x1 - 2 - (k * room) / 5, anchor: 'end' }))
      : [
          { x: x1 - 2, anchor: 'end' },
          { x: x0 + 4, anchor: 'start' },
        ];
  return [-14, 14, -20, -26].flatMap((dy) => xs.map((p) => ({ ...p, y: py + dy })));
}

/** Lines and markers of the rates view, in pixels. */
function ratesObstacles(model: EscalationModel, l: Layout, dots: { date: Date; rate: number }[]) {
  const { x, y } = scales(model, l);
  const px = (d: { date: Date; rate: number }) => [x(d.date), y(d.rate)] as const;
  const unknown = model.steps.filter((s) => s.side === 'china').at(-1);
  const segments: Segment[] = [
    ...(['us', 'china'] as const).flatMap((side) => stepAfter(model.steps.filter((s) => s.side === side).map(px))),
    ...(unknown ? polyline([px(unknown), px({ date: model.end, rate: unknown.rate })]) : []),
    [l.marginLeft, y(0), l.width - l.marginRight, y(0)],
  ];
  // China's targeted band is faint: a haloed label may sit on it.
  const boxes: Box[] = dots.map((d) => dotBox(x(d.date), y(d.rate), l.compact ? 5 : 6));
  return { segments, boxes };
}

/** The rates view's labels as Plot marks: line names first, then China's unknown stretch, then values. */
export function ratesLabels(model: EscalationModel, l: Layout, dots: { date: Date; rate: number }[]): Plot.Markish[] {
  const { x, y } = scales(model, l);
  const ink = (side: 'us' | 'china') => colour(side);
  // Each line's names, longest first: a shorter one is used only where no longer one has room.
  const names = {
    us: l.compact ? ['US on China', 'US'] : ['US tariff on Chinese goods', 'US on China'],
    china: l.compact ? ['China on US', 'China'] : ['China’s tariff on US goods', 'China on US'],
  };

  // A line's name sits over one of its flat stretches, the latest that has room.
  const obstacles = { frame: frameOf(l), ...ratesObstacles(model, l, dots) };
  const against = (placed: { box: Box }[]) => ({ ...obstacles, boxes: [...obstacles.boxes, ...placed.map((p) => p.box)] });
  const placedNames: Placed<{ fill: string; side: string; stretch: Stretch }>[] = [];
  for (const side of ['us', 'china'] as const) {
    // On its latest stretch the name carries the rate now; elsewhere the values say the rates.
    const all = stretches(model, side);
    const latest = all[0];
    const texts = (n: string) => [
      ...(latest ? [{ s: latest, text: `${n} ${formatPercent(latest.rate)}` }] : []),
      ...all.map((s) => ({ s, text: n })),
    ];
    const requests = names[side].flatMap(texts).map(({ s, text }) => ({
      text,
      bold: true,
      spots: alongStretch(x(s.from), x(s.to), y(s.rate), textWidth(text, 12, true)),
      datum: { fill: ink(side), side, stretch: s },
    }));
    const first = requests[0];
    const placed =
      requests.map((r) => placeLabels([r], against(placedNames))).find((p) => p.length) ??
      (first ? placeLabels([{ ...first, required: true }], against(placedNames)) : []);
    placedNames.push(...placed);
  }

  const known = model.steps.filter((s) => s.side === 'china').at(-1);
  const unknownText = 'China: not known';
  const unknown: LabelRequest<{ fill: string }>[] =
    known && +known.date < +model.end
      ? [
          {
            text: unknownText,
            required: !l.compact,
            spots: [12, -11, 22].flatMap((dy) =>
              [0.05, 0.35, 0.65].map((f) => ({
                x: x(known.date) + f * (x(model.end) - x(known.date)),
                y: y(known.rate) + dy,
                anchor: 'start' as const,
              })),
            ),
            datum: { fill: colour('china') },
          },
        ]
      : [];
  const rest = against(placedNames);
  const unknownPlaced = placeLabels(unknown, rest);

  // A name that carries its rate stands for the value at its stretch's start.
  const named = new Set(
    placedNames.filter((n) => n.text.endsWith(formatPercent(n.stretch.rate))).map((n) => `${n.side}:${n.stretch.from}`),
  );
  const values = peakValues(model, l.compact).filter((v) => !named.has(`${v.side}:${+v.date}`));
  const valuePlaced = placeLabels(
    values.map((v) => ({
      text: `${formatPercent(v.rate)}`,
      bold: true,
      // Right of the point (so the scrolly reveals it with the step): above, below, higher, then level and further out.
      spots: (
        [
          [8, -10],
          [8, 12],
          [8, -20],
          [16, 0],
          ...(v.far
            ? ([
                [24, 0],
                [32, 0],
              ] as const)
            : []),
        ] as const
      ).map(([dx, dy]) => ({ x: x(v.date) + dx, y: y(v.rate) + dy, anchor: 'start' as const })),
      datum: { fill: ink(v.side) },
    })),
    { ...rest, boxes: [...rest.boxes, ...unknownPlaced.map((p) => p.box)] },
  );

  const halo = { stroke: 'var(--bg)', strokeWidth: 4, paintOrder: 'stroke' } as const;
  return [
    ...textMarks(unknownPlaced, model, l, { fill: 'fill', fontStyle: 'italic', ...halo }),
    // `tl-series-label`: the scrolly hides a name anchored after the active point; `tl-reveal`: values are revealed with the lines.
    ...textMarks(placedNames, model, l, { fill: 'fill', fontWeight: 700, ...halo, className: 'tl-series-label' }),
    ...textMarks(valuePlaced, model, l, { fill: 'fill', fontWeight: 700, ...halo, className: 'tl-reveal' }),
  ];
}

/** Values at the turning points of each line; fewer on a phone. */
function peakValues(model: EscalationModel, compact: boolean) {
  // `far`: China's peak sits inside the US spike, so its value may go level with it past the spike's edge.
  const picks: ['us' | 'china', string, boolean?][] = compact
    ? [
        ['us', '2025-04-10'],
        ['china', '2025-04-12', true],
        ['us', '2025-05-14'],
        ['china', '2025-05-14'],
      ]
    : [
        ['us', '2025-02-04'],
        ['us', '2025-03-04'],
        ['us', '2025-04-10'],
        ['china', '2025-04-12', true],
        ['us', '2025-05-14'],
        ['china', '2025-05-14'],
        ['us', '2025-11-10'],
        ['us', '2026-02-24'],
      ];
  return picks.flatMap(([side, iso, far = false]) => {
    const step = model.steps.find((s) => s.side === side && +s.date === +isoToDate(iso));
    return step ? [{ side, date: step.date, rate: step.rate, far }] : [];
  });
}

/**
 * The key to the legal bases: one row per basis, a swatch in its colour and its name with the
 * highest rate it reached, in the empty top right of the frame, at every width.
 */
export function basisKey(model: EscalationModel, l: Layout, dots: { date: Date; rate: number }[]): Plot.Markish[] {
  const { x, y } = scales(model, l);
  const rows = usRateBases.map((b, k) => {
    const top = Math.max(...model.components.filter((c) => c.part === b.label).map((c) => c.rate));
    const name = { fentanyl: 'IEEPA fentanyl', reciprocal: 'IEEPA reciprocal', section122: 'Section 122', section301: 'Section 301' }[
      b.key
    ];
    return { text: `${name}, ${k < 2 ? 'up to ' : ''}${formatPercent(top)}`, fill: colour(b.key) };
  });
  const width = Math.max(...rows.map((r) => textWidth(r.text)));
  const left = l.width - l.marginRight - width;
  const areaTop = (c: { date: Date; rate: number }[]) => c.map((d) => [x(d.date), y(d.rate)] as const);
  // The stacked top edge of the areas: the sum of the parts on each date.
  const dates = [...new Set(model.components.map((c) => +c.date))];
  const total = dates.map((d) => ({
    date: new Date(d),
    rate: model.components.filter((c) => +c.date === d).reduce((a, c) => a + c.rate, 0),
  }));
  const placed = placeLabels(
    rows.map((r, k) => ({
      text: r.text,
      required: true,
      spots: [{ x: left, y: l.marginTop + 6 + k * 16, anchor: 'start' as const }],
      datum: { fill: r.fill, swatch: r.fill },
    })),
    {
      frame: frameOf(l),
      segments: stepAfter(areaTop(total)),
      boxes: dots.map((d) => dotBox(x(d.date), y(d.rate), 6)),
    },
  );
  const swatches = placed.map((p) => ({ date: x.invert(p.x - 9), rate: y.invert(p.y), fill: p.swatch }));
  return [
    Plot.dot(swatches, { x: 'date', y: 'rate', symbol: 'square', r: 4.5, fill: 'fill', fillOpacity: 0.85 }),
    ...textMarks(placed, model, l, { fill: 'currentColor' }),
  ];
}
