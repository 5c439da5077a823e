/**
 * The one label placer for charts: each label is tried at its candidate spots, in order, and
 * takes the first where it stays inside the frame and touches no label already placed, no mark
 * (a dot, a band) and no line. Greedy and in priority order, so the labels that must be read
 * (which line is which) are placed before the ones that are a nice extra (a value at a step).
 *
 * Text size is estimated from font size and character count: charts are drawn at build time,
 * with no font metrics, and the estimate is deliberately generous so a real font fits inside it.
 * Plot's own `dodge` spreads dots, not text against lines, and its text anchoring is one spot
 * per mark, so neither keeps a label off a line.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type Anchor = 'start' | 'middle' | 'end';

/** Where a label sits: `x` at its anchor, `y` at the middle of its line of text (pixels). */
export interface Spot {
  x: number;
  y: number;
  anchor: Anchor;
}

export interface LabelText {
  text: string;
  /** Pixels; 12 is the size `.tl-svg` sets. */
  fontSize?: number;
  bold?: boolean;
}

/** A line segment in pixels: x1, y1, x2, y2. */
export type Segment = [number, number, number, number];

export interface Obstacles {
  /** Labels must stay inside it. */
  frame: Box;
  boxes?: Box[];
  segments?: Segment[];
}

export interface LabelRequest<T> extends LabelText {
  spots: Spot[];
  /** A label that must be shown: if no spot is clear it takes the one with the fewest conflicts. */
  required?: boolean;
  datum: T;
}

export type Placed<T> = T & Spot & LabelText & { box: Box };

/** Estimated width of a line of text: wide enough for the widest glyphs of a sans-serif UI font. */
export function textWidth(text: string, fontSize = 12, bold = false) {
  return [...text].length * fontSize * (bold ? 0.64 : 0.58);
}

/** The box a label covers at a spot. */
export function textBox(label: LabelText, spot: Spot): Box {
  const size = label.fontSize ?? 12;
  const width = textWidth(label.text, size, label.bold);
  const x0 = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - width : spot.x - width / 2;
  const half = (size * 1.15) / 2;
  return { x0, y0: spot.y - half, x1: x0 + width, y1: spot.y + half };
}

export function boxesOverlap(a: Box, b: Box, pad = 0) {
  return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

const inside = (b: Box, frame: Box) => b.x0 >= frame.x0 && b.x1 <= frame.x1 && b.y0 >= frame.y0 && b.y1 <= frame.y1;

/** Whether a segment passes through a box (Liang–Barsky clipping). */
export function segmentCrossesBox([x1, y1, x2, y2]: Segment, box: Box) {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const edges: [number, number][] = [
    [-dx, x1 - box.x0],
    [dx, box.x1 - x1],
    [-dy, y1 - box.y0],
    [dy, box.y1 - y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** The segments of a polyline given as points. */
export function polyline(points: readonly (readonly [number, number])[]): Segment[] {
  return points.slice(1).map((p, k) => [points[k]?.[0] ?? p[0], points[k]?.[1] ?? p[1], p[0], p[1]]);
}

/** The segments of a step-after line through points (as Plot's `curve: 'step-after'` draws it). */
export function stepAfter(points: readonly (readonly [number, number])[]): Segment[] {
  const corners = points.flatMap((p, k) => {
    const prev = points[k - 1];
    return prev ? [[p[0], prev[1]] as const, p] : [p];
  });
  return polyline(corners);
}

/** A dot of radius `r` as a box. */
export const dotBox = (x: number, y: number, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });

/** How many things a label would touch at a box (0 = clear). */
function conflicts(box: Box, placed: Box[], obstacles: Obstacles) {
  return (
    (inside(box, obstacles.frame) ? 0 : 1) +
    [...placed, ...(obstacles.boxes ?? [])].filter((b) => boxesOverlap(box, b, 1)).length +
    (obstacles.segments ?? []).filter((s) => segmentCrossesBox(s, box)).length
  );
}

/** Places labels in order; optional labels with no clear spot are left out. */
export function placeLabels<T>(requests: LabelRequest<T>[], obstacles: Obstacles): Placed<T>[] {
  const placed: Placed<T>[] = [];
  for (const { spots, required, datum, ...label } of requests) {
    const scored = spots.map((spot) => {
      const box = textBox(label, spot);
      return {
        spot,
        box,
        score: conflicts(
          box,
          placed.map((p) => p.box),
          obstacles,
        ),
      };
    });
    const best = scored.find((s) => s.score === 0) ?? (required ? [...scored].sort((a, b) => a.score - b.score)[0] : undefined);
    if (best) placed.push({ ...datum, ...label, ...best.spot, box: best.box });
  }
  return placed;
}
