import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { wrapWordsClamped } from '../shared/text';
import { cached, cacheKey } from './build-cache';
import { encodePng, rasterise, rowBytes, type SparseRows, sparse, unsparse, writeRows } from './og-raster';
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

/** A whole picture (or its top `height` pixels) around SVG markup. */
const picture = (body: string, height = HEIGHT) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="Inter">\n${body}\n</svg>`;

interface ChartBand {
  /** Hash of what the band is drawn from: the chart, its box and the colours. */
  key: string;
  /** The first row of the band: the row the chart's box starts in. */
  top: number;
  /** The chart alone, placed in its box, on a transparent picture (an HTML parse: made only when needed). */
  svg: () => string;
  background: [number, number, number];
}

/**
 * The picture's parts: `own` (background, site name, kicker, title or summary: SVG markup inside
 * the picture) and, when the page has a chart, the `chart` band below it.
 */
function parts(options: OgOptions): { own: string; chart?: ChartBand } {
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
  const own = `<rect width="100%" height="100%" fill="${bg}"/>
<rect x="60" y="48" width="36" height="36" rx="6" fill="${accent}"/>
<text x="78" y="74" font-size="24" font-weight="700" fill="${bg}" text-anchor="middle">%</text>
<text x="110" y="75" font-size="28" font-weight="700" fill="${text}">Tariff Ledger</text>
<text x="${WIDTH - 60}" y="75" font-size="22" font-weight="700" fill="${accent}" text-anchor="end" letter-spacing="2">${escapeXml(options.kicker.toUpperCase())}</text>
${titleSvg}
${summary}`;
  if (!options.chartSvg) return { own };
  const box = { x: 60, y: chartTop, width: WIDTH - 120, height: HEIGHT - chartTop - 30 };
  const chartSvg = options.chartSvg;
  const key = createHash('sha256')
    .update(JSON.stringify([chartSvg, box, [...palette]]))
    .digest('hex');
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bg.length === 4 ? bg.replace(/[0-9a-f]/gi, '$&$&') : bg);
  if (!hex) throw new Error(`the background colour ${bg} (--bg in src/styles/global.css) is not a #rrggbb colour`);
  return {
    own,
    chart: {
      key,
      // The chart's box starts below the title's last line (60 px below its baseline), so the
      // title's band ends above this row and the chart's band (clipped to its box) below it.
      top: Math.floor(chartTop),
      svg: () => picture(placeChart(resolveColours(chartSvg, palette), box)),
      background: [Number.parseInt(hex[1] as string, 16), Number.parseInt(hex[2] as string, 16), Number.parseInt(hex[3] as string, 16)],
    },
  };
}

/** The whole picture as one SVG, as it would be drawn in one pass (for the tests). */
export function ogSvg(options: OgOptions): string {
  const { own, chart } = parts(options);
  if (!chart) return picture(own);
  const layer = chart.svg();
  return picture(`${own}\n${layer.slice(layer.indexOf('>') + 2, -'\n</svg>'.length)}`);
}

/**
 * Chart bands drawn in this build, kept sparse (the pixels that are not background: a few hundred
 * KB each), by the hash of what they are drawn from. Bounded, so a site with thousands of charts
 * does not keep them all; the least recently used go first and are drawn again if asked for.
 */
const chartBands = new Map<string, SparseRows>();
let chartBandBytes = 0;
const CHART_BAND_BUDGET = 64 * 1024 * 1024;

function chartBand(band: ChartBand): SparseRows {
  let kept = chartBands.get(band.key);
  if (kept) {
    chartBands.delete(band.key);
  } else {
    const pixels = rasterise(band.svg(), WIDTH);
    const rows = Buffer.alloc(rowBytes(WIDTH) * (HEIGHT - band.top));
    writeRows(pixels.subarray(band.top * WIDTH * 4), WIDTH, rows, 0, band.background);
    const blank = Buffer.alloc(rowBytes(WIDTH));
    for (let i = 1; i < blank.length; i += 4) blank.set([...band.background, 255], i);
    kept = sparse(rows, WIDTH, blank);
    chartBandBytes += kept.bytes.length + kept.runs.byteLength;
    for (const [old, band] of chartBands) {
      if (chartBandBytes <= CHART_BAND_BUDGET) break;
      chartBands.delete(old);
      chartBandBytes -= band.bytes.length + band.runs.byteLength;
    }
  }
  chartBands.set(band.key, kept);
  return kept;
}

/** The PNG rows of the picture being drawn: one buffer for every picture of the build. */
const pictureRows = Buffer.alloc(rowBytes(WIDTH) * HEIGHT);

function draw(options: OgOptions): Buffer {
  const { own, chart } = parts(options);
  const ownHeight = chart?.top ?? HEIGHT;
  writeRows(rasterise(picture(own, ownHeight), WIDTH), WIDTH, pictureRows, 0);
  if (chart) unsparse(chartBand(chart), pictureRows, ownHeight * rowBytes(WIDTH));
  return encodePng(pictureRows, WIDTH, HEIGHT);
}
