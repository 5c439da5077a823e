/**
 * Reads the vertices back from a polyline's path data in the browser: the small-multiple charts
 * draw their dots as the line's markers (src/charts/shared/small-multiples.ts), so the points are
 * the path's vertices. Those lines are polylines: curve commands are not read.
 */

/** The vertices of a polyline path (M, L, H, V, absolute or relative); a repeated vertex counts once. */
export function polylineVertices(d: string): [number, number][] {
  const vertices: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command = '', args = ''] of d.matchAll(/([MmLlHhVv])([^MmLlHhVvZz]*)/g)) {
    const numbers = (args.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
    const relative = command === command.toLowerCase();
    const kind = command.toUpperCase();
    const step = kind === 'H' || kind === 'V' ? 1 : 2;
    for (let k = 0; k + step <= numbers.length; k += step) {
      const [a = 0, b = 0] = numbers.slice(k, k + step);
      if (kind === 'H') x = relative ? x + a : a;
      else if (kind === 'V') y = relative ? y + a : a;
      else [x, y] = relative ? [x + a, y + b] : [a, b];
      const last = vertices.at(-1);
      if (!last || Math.abs(last[0] - x) > 1e-6 || Math.abs(last[1] - y) > 1e-6) vertices.push([x, y]);
    }
  }
  return vertices;
}
