import { type Box, boxesOverlap, type Segment, segmentCrossesBox, textWidth } from '../../src/charts/shared/label-placer';

/**
 * Where the text of a drawn chart SVG sits, estimated from font size and character count (the
 * same estimate the label placer uses), and which lines it is drawn with, so a test can say that
 * no label overlaps another label or a line. Reads the SVG as Plot writes it: translate
 * transforms on groups and elements, `y`/`dy` in em, tspans for lines of a multi-line text.
 */

interface TextBox {
  text: string;
  box: Box;
}

function translate(el: Element): [number, number] {
  const m = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/.exec(el.getAttribute('transform') ?? '');
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

/** The sum of the translations of an element and its ancestors. */
function offset(el: Element): [number, number] {
  let [x, y] = [0, 0];
  for (let at: Element | null = el; at && at.tagName.toLowerCase() !== 'svg'; at = at.parentElement) {
    const [dx, dy] = translate(at);
    x += dx;
    y += dy;
  }
  return [x, y];
}

/** An inherited presentation attribute. */
function inherited(el: Element, name: string): string | null {
  for (let at: Element | null = el; at; at = at.parentElement) {
    const value = at.getAttribute(name);
    if (value !== null) return value;
  }
  return null;
}

/** A length in px from a number or an `em` value. */
const length = (value: string | null, fontSize: number) =>
  value === null ? 0 : value.endsWith('em') ? Number.parseFloat(value) * fontSize : Number.parseFloat(value) || 0;

/** Every line of text in the SVG with the box it covers. */
export function textBoxes(svg: Element): TextBox[] {
  return Array.from(svg.querySelectorAll('text')).flatMap((text) => {
    const fontSize = Number(inherited(text, 'font-size') ?? 12);
    const bold = Number(inherited(text, 'font-weight') ?? 400) >= 600;
    const anchor = inherited(text, 'text-anchor') ?? 'start';
    const [ox, oy] = offset(text);
    const x0 = ox + length(text.getAttribute('x'), fontSize);
    const baseY = oy + length(text.getAttribute('y'), fontSize) + length(text.getAttribute('dy'), fontSize);
    const spans = Array.from(text.querySelectorAll('tspan'));
    let y = baseY;
    const lines = spans.length
      ? spans.map((span) => {
          if (span.getAttribute('y') !== null) y = oy + length(span.getAttribute('y'), fontSize);
          y += length(span.getAttribute('dy'), fontSize);
          return { text: span.textContent ?? '', y };
        })
      : [{ text: text.textContent ?? '', y: baseY }];
    return lines
      .filter((line) => line.text.trim())
      .map((line) => {
        const width = textWidth(line.text, fontSize, bold);
        const left = anchor === 'end' ? x0 - width : anchor === 'middle' ? x0 - width / 2 : x0;
        // From the baseline: ascenders above, descenders below.
        return { text: line.text, box: { x0: left, x1: left + width, y0: line.y - 0.75 * fontSize, y1: line.y + 0.22 * fontSize } };
      });
  });
}

/** The points of a path of M, L, H, V commands (absolute or relative). */
function pathPoints(d: string): [number, number][][] {
  const tokens = d.match(/[MLHVZmlhvz]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const runs: [number, number][][] = [];
  let [x, y, i, command] = [0, 0, 0, ''];
  while (i < tokens.length) {
    const t = tokens[i] as string;
    if (/[a-z]/i.test(t)) {
      command = t;
      i++;
      continue;
    }
    const n = () => Number(tokens[i++]);
    const rel = command === command.toLowerCase();
    const c = command.toUpperCase();
    if (c === 'M' || c === 'L') {
      const [a, b] = [n(), n()];
      [x, y] = rel ? [x + a, y + b] : [a, b];
      if (c === 'M') runs.push([]);
    } else if (c === 'H') x = rel ? x + n() : n();
    else if (c === 'V') y = rel ? y + n() : n();
    else i++;
    runs.at(-1)?.push([x, y]);
  }
  return runs;
}

/**
 * The lines a reader follows: line marks (unfilled paths) and rules, not the faint grid, and
 * not the axes' tick marks (each tick label sits beside its own tick by design).
 */
export function lineSegments(svg: Element): Segment[] {
  const isGrid = (el: Element) => (inherited(el, 'stroke') ?? '').includes('grid');
  const paths = Array.from(svg.querySelectorAll('path')).filter(
    (p) => inherited(p, 'fill') === 'none' && !isGrid(p) && !/^M0,0[lL]-?\d+(\.\d+)?,-?\d+(\.\d+)?$/.test(p.getAttribute('d') ?? ''),
  );
  const lines = Array.from(svg.querySelectorAll('line')).filter((l) => !isGrid(l));
  return [
    ...paths.flatMap((p) => {
      const [ox, oy] = offset(p);
      return pathPoints(p.getAttribute('d') ?? '').flatMap((run) =>
        run.slice(1).map((pt, k): Segment => {
          const prev = run[k] ?? pt;
          return [prev[0] + ox, prev[1] + oy, pt[0] + ox, pt[1] + oy];
        }),
      );
    }),
    ...lines.map((l): Segment => {
      const [ox, oy] = offset(l);
      const n = (a: string) => Number(l.getAttribute(a) ?? 0);
      return [n('x1') + ox, n('y1') + oy, n('x2') + ox, n('y2') + oy];
    }),
  ];
}

/** Every pair of overlapping texts and every text crossed by a line, in words (empty when clear). */
export function collisions(svg: Element): string[] {
  const texts = textBoxes(svg);
  const segments = lineSegments(svg);
  const found: string[] = [];
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) if (boxesOverlap(a.box, b.box)) found.push(`"${a.text}" overlaps "${b.text}"`);
    const crossing = segments.find((s) => segmentCrossesBox(s, a.box));
    if (crossing) found.push(`"${a.text}" is crossed by a line at ${crossing.map((n) => Math.round(n)).join(',')}`);
  });
  return found;
}
