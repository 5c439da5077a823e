/**
 * The height an embed needs, computed at build time so the embed code can carry it: many course
 * platforms strip the host script or sandbox the frame, and then the iframe keeps the height
 * written in the code. The estimate is for typical course columns, frames 560 to 712 px wide
 * and more (the wide drawing; embeds cap their content at 680 px), and errs on the tall side: a
 * few pixels of blank space below the credit line are harmless, a cut-off source line is not.
 *
 * The constants follow the embed's CSS (Chart.astro, EmbedLayout.astro at a 16 px root); the
 * browser test test/browser/embed-outside.test.ts checks every chart view against the real layout.
 */

/** Content width of an embed at the typical width, in CSS pixels (the wide drawing's width). */
export const EMBED_CONTENT_WIDTH = 680;
/** Side padding of the embed's body (1rem each side): frame width = content + this. */
export const EMBED_SIDE_PADDING = 32;

export interface EmbedLayoutInput {
  /** The figure's title (one heading, 1.05rem, line-height 1.3). */
  title: string;
  /** Parts of the source line that wrap on their own ("Source: …", then the as-of date with the link), 0.8rem. */
  sourceParts: string[];
  /** The wide drawing's viewBox size. */
  drawing: { width: number; height: number };
  /** Explorer charts show a row of controls above the drawing. */
  controls: number;
  /** Height reserved for the readout of an interactive chart (0 when it has none). */
  readout: number;
}

/**
 * Lines a text takes at a font size in a width, with a generous average character width
 * (0.53 em for regular text; bold headings are wider, about 0.6 em).
 */
export function lineCount(text: string, fontPx: number, width: number, em = 0.53): number {
  const perLine = Math.max(1, Math.floor(width / (fontPx * em)));
  // Words do not break: count greedily, as the browser does.
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = word.length + (used > 0 ? 1 : 0);
    if (used + length > perLine && used > 0) {
      lines++;
      used = word.length;
    } else used += length;
  }
  return lines;
}

/** The readout's reserved height: its tallest stop (heading, lines and quoted citations). */
export function readoutHeight(
  stops: readonly { heading: string; lines: string[]; citations: { label: string; quote?: string }[] }[],
  width = EMBED_CONTENT_WIDTH,
): number {
  if (stops.length === 0) return 0;
  const inner = width - 30;
  const line = 14 * 1.45;
  const tallest = Math.max(
    ...stops.map((stop) => {
      const paragraphs = [stop.heading, ...stop.lines, ...stop.citations.map((c) => `${c.quote ? `“${c.quote}” — ` : ''}${c.label}`)];
      return paragraphs.reduce((sum, text) => sum + lineCount(text, 14, inner) * line + 4, 0);
    }),
  );
  // 0.6rem padding top and bottom; never less than the CSS min-height (4.5rem).
  return Math.ceil(Math.max(72, tallest + 20));
}

/** Content width of an embed in the narrowest typical course column (a 560 px frame). */
export const EMBED_NARROW_CONTENT_WIDTH = 560 - EMBED_SIDE_PADDING;

/**
 * Height of the explorer's controls: rows of a label (22 px) over a field (36 px), 12 px apart,
 * then 44 px down to the drawing. A control takes about 220 px with its gap, so three fit in a
 * row at 680 px and wrap onto a second row at 528 px.
 */
export function controlsHeight(controls: number, width: number): number {
  if (controls === 0) return 0;
  const rows = Math.ceil(controls / Math.max(1, Math.floor((width + 12) / 220)));
  return rows * 58 + (rows - 1) * 12 + 44;
}

/** Height of the embed's content laid out at one content width. */
export function embedHeightAt(input: EmbedLayoutInput, width: number): number {
  const title = lineCount(input.title, 16.8, width, 0.6) * 21.84 + 8;
  const controls = controlsHeight(input.controls, width);
  const drawing = (input.drawing.height * width) / input.drawing.width;
  const readout = input.readout > 0 ? input.readout + 8 : 0;
  const source = 8 + input.sourceParts.reduce((sum, part) => sum + lineCount(part, 12.8, width) * 20.48, 0) + 4;
  // "About this chart" and "Data table" (folded), the download links, the credit line.
  const folded = 2 * (29 + 8);
  const links = 4 + 20.48;
  const credit = 4 + lineCount('Tariff Ledger: data, sources and downloads for this chart. CC BY 4.0', 12.8, width) * 20.48;
  const padding = 12 + 8;
  // A margin for fonts a little wider than the estimate.
  const slack = 16;
  return Math.ceil(padding + title + controls + drawing + readout + source + folded + links + credit + slack);
}

/**
 * Frame height for the embed of one chart view: the taller of its layouts in the typical column
 * (680 px of content) and the narrowest (528 px). In the narrow one the drawing is smaller but the
 * title, the source line and the controls wrap onto more lines, so a view with much text and a
 * short drawing (the tariff stack) needs more room there.
 */
export function embedHeight(input: EmbedLayoutInput): number {
  return Math.max(embedHeightAt(input, EMBED_CONTENT_WIDTH), embedHeightAt(input, EMBED_NARROW_CONTENT_WIDTH));
}
