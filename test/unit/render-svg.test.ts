import { describe, expect, it } from 'vitest';
import { relativePath, roundGeometry } from '../../src/site/render-svg';

/** The absolute points a path of M, L, H, V, Z commands (absolute or relative) passes through. */
function points(d: string): [number, number][] {
  const tokens = d.match(/[MLHVZmlhvz]|-?\d*\.?\d+/g) ?? [];
  const out: [number, number][] = [];
  let [x, y, sx, sy, i] = [0, 0, 0, 0, 0];
  let command = '';
  while (i < tokens.length) {
    const t = tokens[i] as string;
    if (/[a-z]/i.test(t)) {
      command = t;
      i++;
      if (/z/i.test(t)) [x, y] = [sx, sy];
      continue;
    }
    const n = () => Number(tokens[i++]);
    const rel = command === command.toLowerCase();
    const c = command.toUpperCase();
    if (c === 'M' || c === 'L') {
      const [a, b] = [n(), n()];
      [x, y] = rel ? [x + a, y + b] : [a, b];
      if (c === 'M') [sx, sy] = [x, y];
    } else if (c === 'H') x = rel ? x + n() : n();
    else if (c === 'V') y = rel ? y + n() : n();
    out.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
  }
  return out;
}

describe('roundGeometry', () => {
  it('rounds coordinates to a tenth of a pixel and leaves text alone', () => {
    const out = roundGeometry('<circle cx="3.33333" cy="-0.04" r="2"/><text x="1.25">1.23456</text>');
    expect(out).toBe('<circle cx="3.3" cy="0" r="2"/><text x="1.3">1.23456</text>');
  });
});

describe('relativePath', () => {
  it('writes a polyline as relative steps through the same points', () => {
    const d = 'M28,112.4L40,116.1L52,113L64,113';
    expect(relativePath(d)).toBe('M28,112.4l12,3.7l12,-3.1l12,0');
    expect(points(relativePath(d))).toEqual(points(d));
  });

  it('keeps subpaths, horizontal and vertical steps and closes, at the same points', () => {
    const d = 'M0,0H10.5V20.2Z M30,30L40.1,35.3L30,30';
    const out = relativePath(d);
    expect(out).toMatch(/^M0,0h10.5v20.2zM30,30l10.1,5.3l-10.1,-5.3$/);
    expect(points(out)).toEqual(points(d));
  });

  it('leaves curves, arcs and already relative paths alone', () => {
    for (const d of ['M0,0C1,1,2,2,3,3', 'M0,0A5,5,0,0,1,10,10', 'M0,0l5,5']) expect(relativePath(d)).toBe(d);
  });

  it('rounds through roundGeometry before it steps, so errors never add up', () => {
    const d = `M0,0${Array.from({ length: 50 }, (_, i) => `L${(i + 1) * 1.04},${(i + 1) * 0.33}`).join('')}`;
    const out = roundGeometry(`<path d="${d}"/>`).match(/d="([^"]*)"/)?.[1] ?? '';
    const last = points(out).at(-1) as [number, number];
    expect(last[0]).toBeCloseTo(52, 1);
    expect(last[1]).toBeCloseTo(16.5, 1);
  });
});
