import { parseHTML } from 'linkedom';
import { defaultParams } from '../charts/default-params';
import type { ChartDefinition } from '../charts/types';
import { cached, cacheKey, modelHash } from './build-cache';

/** A fresh server-side document for one chart render. */
export function createDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/**
 * Renders one view of a chart to SVG markup at a given width, then makes the output
 * deterministic and accessible, the same for every chart whether Plot or d3 drew it (Plot's own
 * habits are dealt with where it is called, src/charts/shared/plot-figure.ts):
 * - the root is one image with the figure's alt text as its label;
 * - ids get the figure's prefix and a counter, so two charts on a page never share one;
 * - geometry is rounded to a tenth of a pixel (`roundGeometry`).
 */
export function renderSvg<Model, View extends string, Params>(
  chart: ChartDefinition<Model, View, Params>,
  model: Model,
  view: View,
  options: { width: number; idPrefix: string; label: string; params?: Params },
): string {
  const params = options.params ?? defaultParams(chart);
  // The drawing is cached by content (build-cache.ts) with a placeholder for the ids, so one
  // drawing serves every page that shows the chart, and unchanged charts are not redrawn on the
  // next build.
  const key = cacheKey('svg', chart.id, view, params, options.width, options.label, modelHash(model));
  const markup = cached(key, 'svg', () => draw(chart, model, view, { ...options, params, idPrefix: ID_PLACEHOLDER }));
  return markup.replaceAll(ID_PLACEHOLDER, options.idPrefix);
}

const ID_PLACEHOLDER = '__tl-id__';

/** Geometry attributes whose numbers are rounded to a tenth of a pixel (never text content). */
const GEOMETRY = /\s(d|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|points|transform|viewBox)="([^"]*)"/g;

/**
 * A tenth of a pixel is below what a screen shows at the two widths drawn (340 and 680 px, shown
 * at about 1:1), and each further digit is paid in every page: coordinates are most of a chart's
 * weight. Only geometry attributes are touched, so a figure in a label is never changed.
 */
export function roundGeometry(markup: string): string {
  return markup.replace(GEOMETRY, (_all, name: string, value: string) => {
    const rounded = value.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => tenth(Number(n)));
    return ` ${name}="${name === 'd' ? relativePath(rounded) : rounded}"`;
  });
}

const tenth = (n: number) => String(Math.round(n * 10) / 10 || 0);

/**
 * Rewrites a polyline path (M, L, H, V and Z only, as Plot draws lines and rules) with relative
 * steps: "M28,112.4L40,116.1L52,113" becomes "M28,112.4l12,3.7l12,-3.1". The points are the same
 * (steps between coordinates already rounded to tenths add up exactly), but evenly spaced series
 * repeat the same x step, which gzip compresses far better: on the heaviest essay this is a
 * seventh of its weight. Any other path (curves, arcs) is left as it is.
 */
export function relativePath(d: string): string {
  if (!/^[MLHVZ\d\s,.-]+$/i.test(d) || /[a-z]/.test(d.replace(/e-?\d/g, ''))) return d;
  const tokens = d.match(/[MLHVZ]|-?\d*\.?\d+/g) ?? [];
  let out = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let i = 0;
  let command = '';
  const next = () => Number(tokens[i++]);
  const step = (to: number, from: number) => tenth(to - from);
  while (i < tokens.length) {
    const token = tokens[i] as string;
    if (/[MLHVZ]/.test(token)) {
      command = token;
      i++;
      if (command === 'Z') {
        out += 'z';
        x = startX;
        y = startY;
      }
      continue;
    }
    if (command === 'M' || command === 'L') {
      const nx = next();
      const ny = next();
      if (command === 'M' || out === '') {
        out += `M${tenth(nx)},${tenth(ny)}`;
        startX = nx;
        startY = ny;
        command = 'L'; // further pairs after an M are lines, as in SVG
      } else out += `l${step(nx, x)},${step(ny, y)}`;
      x = nx;
      y = ny;
    } else if (command === 'H') {
      const nx = next();
      out += `h${step(nx, x)}`;
      x = nx;
    } else if (command === 'V') {
      const ny = next();
      out += `v${step(ny, y)}`;
      y = ny;
    } else return d;
  }
  return out;
}

function draw<Model, View extends string, Params>(
  chart: ChartDefinition<Model, View, Params>,
  model: Model,
  view: View,
  options: { width: number; idPrefix: string; label: string; params: Params },
): string {
  const document = createDocument();
  const params = options.params;
  const svg = chart.render(model, view, { document, width: options.width, idPrefix: options.idPrefix, params });
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', options.label);
  svg.setAttribute('class', `tl-svg ${chart.id}`);
  return roundGeometry(renameIds(svg.outerHTML, options.idPrefix));
}

/** Rewrites every id and reference to it as `<prefix>-<n>`, in order of appearance. */
function renameIds(markup: string, prefix: string): string {
  const ids = [...markup.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string);
  let out = markup;
  ids.forEach((id, n) => {
    const next = `${prefix}-${n}`;
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out
      .replace(new RegExp(`id="${escaped}"`, 'g'), `id="${next}"`)
      .replace(new RegExp(`url\\(#${escaped}\\)`, 'g'), `url(#${next})`)
      .replace(new RegExp(`href="#${escaped}"`, 'g'), `href="#${next}"`);
  });
  return out;
}
