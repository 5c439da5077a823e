/**
 * Turns a chart's live SVG into a stand-alone picture for slides and handouts: computed colours
 * and fonts are written onto each element (the page's CSS variables do not travel with a file),
 * and the title, source line, as-of date, licence and permalink are drawn into the picture
 * itself, each wrapped to the picture's width as measured in the chart's font.
 *
 * Computed styles go in as presentation attributes (fill="…"), never a style attribute: the
 * site's Content-Security-Policy forbids style attributes, and setting one logs a violation even
 * on an element that is never shown.
 */
import { formatDay } from '../shared/format';
import { wrapWords } from '../shared/text';

const STYLE_PROPS = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'fill-opacity',
  'opacity',
  'stroke-dasharray',
  'font-family',
  'font-size',
  'font-weight',
  'paint-order',
  'color',
] as const;

function inlineStyles(source: Element, target: Element) {
  const computed = getComputedStyle(source);
  // Presentation attributes that point at page variables would not resolve in a file.
  for (const attribute of Array.from(target.attributes)) if (attribute.value.includes('var(')) target.removeAttribute(attribute.name);
  for (const prop of STYLE_PROPS) {
    const value = computed.getPropertyValue(prop);
    if (value) target.setAttribute(prop, value);
  }
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const s = sourceChildren[i];
    const t = targetChildren[i];
    if (s && t) inlineStyles(s, t);
  }
}

export interface PictureText {
  title: string;
  source: string;
  /** Date the data are current to, ISO. */
  asOf: string;
  license: string;
  url: string;
}

/** Greedy word wrap by measured width in a canvas font ("700 17px system-ui"). */
function wrapMeasured(text: string, font: string, width: number): string[] {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return wrapWords(text, Math.floor(width / 8));
  context.font = font;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A self-contained SVG document string of the chart with its title, source and URL. */
export function pictureSvg(chart: SVGSVGElement, text: PictureText): { markup: string; width: number; height: number } {
  const ns = 'http://www.w3.org/2000/svg';
  const box = chart.viewBox.baseVal;
  const chartWidth = box?.width || chart.clientWidth;
  const chartHeight = box?.height || chart.clientHeight;
  const pad = 20;
  const width = chartWidth + pad * 2;
  const page = getComputedStyle(document.body);
  const bg = page.backgroundColor;
  const fg = page.color;
  const font = getComputedStyle(chart).fontFamily;

  const clone = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, clone);
  const titleLines = wrapMeasured(text.title, `700 17px ${font}`, chartWidth);
  const footLines = [
    ...wrapMeasured(`Source: ${text.source}`, `400 11px ${font}`, chartWidth),
    ...wrapMeasured(`Data as of ${formatDay(text.asOf)}. ${text.license}.`, `400 11px ${font}`, chartWidth),
    text.url,
  ];
  const titleHeight = titleLines.length * 22 + 12;
  const footHeight = footLines.length * 15 + 12;
  const height = pad + titleHeight + chartHeight + footHeight + pad;

  const root = document.createElementNS(ns, 'svg');
  root.setAttribute('xmlns', ns);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const rect = document.createElementNS(ns, 'rect');
  rect.setAttribute('width', '100%');
  rect.setAttribute('height', '100%');
  rect.setAttribute('fill', bg);
  root.append(rect);
  const addText = (lines: string[], y: number, size: number, weight: number, lineHeight: number) => {
    lines.forEach((line, i) => {
      const t = document.createElementNS(ns, 'text');
      t.setAttribute('x', String(pad));
      t.setAttribute('y', String(y + i * lineHeight));
      t.setAttribute('font-family', font);
      t.setAttribute('font-size', String(size));
      t.setAttribute('font-weight', String(weight));
      t.setAttribute('fill', fg);
      t.textContent = line;
      root.append(t);
    });
  };
  addText(titleLines, pad + 16, 17, 700, 22);
  clone.setAttribute('x', String(pad));
  clone.setAttribute('y', String(pad + titleHeight));
  clone.setAttribute('width', String(chartWidth));
  clone.setAttribute('height', String(chartHeight));
  clone.removeAttribute('class');
  // Labels that reach past the drawing's box (a value at the edge) stay in the picture.
  clone.setAttribute('overflow', 'visible');
  root.append(clone);
  addText(footLines, pad + titleHeight + chartHeight + 22, 11, 400, 15);
  return { markup: new XMLSerializer().serializeToString(root), width, height };
}

/** Rasterises the picture at `scale`× for slides (the browser draws the SVG onto a canvas). */
export async function picturePng(svg: { markup: string; width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = svg.width * scale;
    canvas.height = svg.height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a blob as a file download. */
export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
