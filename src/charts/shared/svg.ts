/**
 * Tiny SVG builders for hand-written charts. They only use the `document` they are given, so the
 * same code runs at build time (linkedom) and in the browser, and ships no chart library.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';

export type Attrs = Record<string, string | number | null | undefined>;

/** An SVG element with attributes (null and undefined are skipped) and optional text. */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const node = doc.createElementNS(SVG_NS, tag) as SVGElementTagNameMap[K];
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The root `<svg>` of a chart, sized to its width and height. */
export function svgRoot(doc: Document, width: number, height: number, label: string): SVGSVGElement {
  return svgEl(doc, 'svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': label,
    fill: 'currentColor',
  });
}

/** Rough width of a line of 12px UI text (bold is wider), for keeping labels apart: there is no layout engine at build time. */
export const textWidth = (text: string, size = 12, bold = false) => text.length * size * (bold ? 0.62 : 0.56);
