import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { wrapWordsClamped } from '../shared/text';
import { cached, cacheKey } from './build-cache';
import { composite, encodePng, type Layer, rasterise, toLayer } from './og-raster';
import { lightPalette, resolveColours } from './palette';

const WIDTH = 1200;
const HEIGHT = 630;

/** Characters XML 1.0 cannot carry at all (control characters, U+FFFE/U+FFFF): dropped, as they draw as nothing. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string);
}

const escapeAttr = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] as string);

/**
 * XML markup of a parsed SVG element. The chart SVG comes HTML-serialised (linkedom leaves `<`,
 * `>` and `&` raw in attribute values, which HTML allows and XML does not), so it is parsed as
 * HTML and written out again as XML for resvg, rather than patched with regular expressions.
 */
function toXml(node: Node): string {
  if (node.nodeType === 3) return escapeXml(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const attrs = [...element.attributes].map((a) => ` ${a.name}="${escapeAttr(a.value)}"`).join('');
  const children = [...element.childNodes].map(toXml).join('');
  return children ? `<${element.localName}${attrs}>${children}</${element.localName}>` : `<${element.localName}${attrs}/>`;
}

/** The chart as a nested `<svg>` placed in the preview's box, without its page-only attributes. */
function placeChart(chartSvg: string, box: { x: number; y: number; width: number; height: number }): string {
  const { document } = parseHTML(`<!doctype html><html><body>${chartSvg}</body></html>`);
  const root = document.querySelector('svg');
  if (!root) throw new Error('the chart rendered no <svg> element');
  // The chart's own size and fonts give way to the preview's box; labels and classes mean nothing in a PNG.
  for (const name of ['width', 'height', 'font-size', 'font-family', 'x', 'y', 'style']) root.removeAttribute(name);
  for (const node of [root, ...root.querySelectorAll('*')]) for (const name of ['role', 'aria-label', 'class']) node.removeAttribute(name);
  for (const [name, value] of Object.entries({ ...box, preserveAspectRatio: 'xMidYMin meet', 'font-size': 12 }))
    root.setAttribute(name, String(value));
  return toXml(root as unknown as Node);
}

/**
 * A 1200×630 link-preview picture: site name, kicker, title and, when given, the chart itself
 * (its server-rendered SVG with colours resolved to the light theme).
 */
export function ogImage(options: { kicker: string; title: string; chartSvg?: string; subtitle?: string; where?: string }): Buffer {
  const { where: _where, ...drawn } = options;
  try {
    // Cached by what the picture is drawn from (the fonts, resvg and this code are part of every
    // key), so an unchanged page's picture is neither composed nor rasterised again.
    return cached(cacheKey('og-png', drawn), 'png', () => draw(drawn));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const field = culprit(options);
    throw new Error(
      `${options.where ?? 'preview image'} (preview image, ${field}): could not draw the link-preview picture: ${reason}\n` +
        `  → check the ${field} of this page for characters that cannot be drawn; if it looks right, this is a bug in src/site/og-image.ts: please report it with this message`,
    );
  }
}

/** Which part made the picture fail: drawn again without the chart, then without the summary. */
function culprit(options: { kicker: string; title: string; chartSvg?: string; subtitle?: string }): string {
  const works = (o: typeof options) => {
    try {
      draw(o);
      return true;
    } catch {
      return false;
    }
  };
  const { chartSvg: _chart, ...noChart } = options;
  if (options.chartSvg && works(noChart)) return 'first chart';
  const { subtitle: _summary, ...titleOnly } = noChart;
  if (options.subtitle && works(titleOnly)) return 'field "summary"';
  return 'field "title"';
}

type OgOptions = { kicker: string; title: string; chartSvg?: string; subtitle?: string };

/**
 * The picture's two layers as SVG markup: `base` (background, site name, kicker, title or
 * summary) and, when the page has a chart, `chart` (the chart alone on a transparent picture of
 * the same size, drawn over the base).
 */
function layers(options: OgOptions): { base: string; chart?: { key: string; svg: () => string } } {
  const palette = lightPalette();
  const bg = palette.get('--bg') ?? '#fff';
  const text = palette.get('--text') ?? '#000';
  const accent = palette.get('--accent') ?? '#a00';
  const muted = palette.get('--text-muted') ?? '#555';
  const titleLines = wrapWordsClamped(options.title, options.chartSvg ? 46 : 34, options.chartSvg ? 2 : 4);
  const titleSize = options.chartSvg ? 44 : 60;
  const titleTop = 150;
  const titleSvg = titleLines
    .map(
      (line, i) =>
        `<text x="60" y="${titleTop + i * titleSize * 1.2}" font-size="${titleSize}" font-weight="700" fill="${text}">${escapeXml(line)}</text>`,
    )
    .join('');
  const chartTop = titleTop + titleLines.length * titleSize * 1.2 + 10;
  const summary =
    options.subtitle && !options.chartSvg
      ? wrapWordsClamped(options.subtitle, 60, 3)
          .map((line, i) => `<text x="60" y="${chartTop + 40 + i * 42}" font-size="30" fill="${muted}">${escapeXml(line)}</text>`)
          .join('')
      : '';
  const picture = (body: string) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="Inter">\n${body}\n</svg>`;
  const base = picture(`<rect width="100%" height="100%" fill="${bg}"/>
<rect x="60" y="48" width="36" height="36" rx="6" fill="${accent}"/>
<text x="78" y="74" font-size="24" font-weight="700" fill="${bg}" text-anchor="middle">%</text>
<text x="110" y="75" font-size="28" font-weight="700" fill="${text}">Tariff Ledger</text>
<text x="${WIDTH - 60}" y="75" font-size="22" font-weight="700" fill="${accent}" text-anchor="end" letter-spacing="2">${escapeXml(options.kicker.toUpperCase())}</text>
${titleSvg}
${summary}`);
  if (!options.chartSvg) return { base };
  const box = { x: 60, y: chartTop, width: WIDTH - 120, height: HEIGHT - chartTop - 30 };
  const chartSvg = options.chartSvg;
  // The layer depends on the chart, its box and the colours only; placing the chart (an HTML
  // parse) is left to the first picture that needs the layer.
  const key = createHash('sha256')
    .update(JSON.stringify([chartSvg, box, [...palette]]))
    .digest('hex');
  return { base, chart: { key, svg: () => picture(placeChart(resolveColours(chartSvg, palette), box)) } };
}

/** The whole picture as one SVG (both layers in one document), as it would be drawn in one pass. */
export function ogSvg(options: OgOptions): string {
  const { base, chart } = layers(options);
  if (!chart) return base;
  const layer = chart.svg();
  return base.replace(/\n<\/svg>$/, `${layer.slice(layer.indexOf('>') + 1, -'</svg>'.length)}</svg>`);
}

/**
 * Chart layers drawn in this build, by the hash of what they are drawn from, deflated (mostly empty rows: tens
 * of KB each). Bounded, so a site with thousands of charts does not keep them all; the least
 * recently used go first.
 */
const chartLayers = new Map<string, Layer>();
let chartLayerBytes = 0;
const CHART_LAYER_BUDGET = 32 * 1024 * 1024;

function chartLayer({ key, svg }: { key: string; svg: () => string }): Layer {
  let layer = chartLayers.get(key);
  if (layer) {
    chartLayers.delete(key);
  } else {
    layer = toLayer(rasterise(svg(), WIDTH), WIDTH);
    chartLayerBytes += layer.pixels.length;
    for (const [old, { pixels }] of chartLayers) {
      if (chartLayerBytes <= CHART_LAYER_BUDGET) break;
      chartLayers.delete(old);
      chartLayerBytes -= pixels.length;
    }
  }
  chartLayers.set(key, layer);
  return layer;
}

function draw(options: OgOptions): Buffer {
  const { base, chart } = layers(options);
  const pixels = rasterise(base, WIDTH);
  if (chart) composite(pixels, WIDTH, chartLayer(chart));
  return encodePng(pixels, WIDTH, HEIGHT);
}
