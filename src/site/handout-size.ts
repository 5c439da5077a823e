/**
 * Whether a chart view's one-page handout has room for its data table, and how tall its drawing
 * may print, decided at build time (print CSS cannot measure, and a handout must also print
 * without JavaScript). The estimate adds up the printed parts as the print CSS sets them
 * (global.css and ChartKit.astro): A4 at 10 mm margins is about 718 × 1,047 CSS px. It errs on
 * the tall side: a table left out (it stays online, with CSV and JSON) is better than a chart
 * that spills onto a second sheet. test/browser/handout.test.ts prints every view to check it.
 */
import { lineCount } from './embed-size';

/** Printable width and height of an A4 sheet at 10 mm margins, in CSS px (a little under 1,047 for safety). */
const PAGE_WIDTH = 718;
const PAGE_HEIGHT = 1040;
const PX_PER_MM = 96 / 25.4;
/** The drawing prints at most 150 mm tall; on a full page it shrinks in 10 mm steps down to 80 mm. */
export const HANDOUT_DRAWING_MAX_MM = 150;
export const HANDOUT_DRAWING_STEPS_MM = [150, 140, 130, 120, 110, 100, 90, 80] as const;

export interface HandoutInput {
  /** The figure title (14 pt bold, about 24 px a line). */
  title: string;
  /** "Source: …" as printed under the drawing (7.5 pt, about 17.5 px a line). */
  source: string;
  /** The description in "About this chart" (7.5 pt, 13.5 px a line). */
  description: string;
  /** The wide drawing's viewBox size. */
  drawing: { width: number; height: number };
  /** The data table's cells as text, one array per row. */
  rows: string[][];
}

export interface HandoutLayout {
  /** The data table prints under the drawing. */
  table: boolean;
  /** The tallest the drawing may print, in mm (one of HANDOUT_DRAWING_STEPS_MM). */
  drawingMm: number;
}

/**
 * Height of the table in 6 pt type (10 px a line, 1 px between rows). A cell wraps in its column,
 * whose width the browser sets from all the cells: a column gets what the others leave of the
 * 140 characters a line holds, but never less than 48 characters (measured on the narrowest
 * text columns, in the negotiation timeline's tables).
 */
export function handoutTableHeight(rows: string[][]): number {
  if (rows.length === 0) return 0;
  const columns = Math.max(...rows.map((r) => r.length));
  const longest = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const total = longest.reduce((a, b) => a + b, 0);
  const perLine = longest.map((l) => Math.max(48, 140 - (total - l)));
  const rowHeight = (cells: string[]) => Math.max(1, ...cells.map((cell, c) => Math.ceil(cell.length / (perLine[c] ?? 48)))) * 10 + 1;
  // The header row (labels wrap like cells: count two lines) and the folded section's margin (7 px).
  return 21 + 7 + rows.reduce((sum, cells) => sum + rowHeight(cells), 0);
}

/** The handout's height without the drawing and the table, in CSS px. */
export function handoutTextHeight(input: Omit<HandoutInput, 'drawing' | 'rows'>): number {
  const title = lineCount(input.title, 18.67, PAGE_WIDTH, 0.6) * 24.5;
  // The source line is set in the UI face, wider than the estimate's 0.53 em: count 0.75 em.
  const source = lineCount(input.source, 10, PAGE_WIDTH, 0.75) * 17.5 + 17.5 + 2;
  const description = lineCount(input.description, 10, PAGE_WIDTH) * 13.5;
  // The site header (27), the page's own margins (8), the gaps in the figure (50), and the
  // licence, citation and link beside the QR code (175, measured for the longest citation).
  return 27 + 8 + 50 + 175 + title + source + description;
}

/** What the one-page handout of a view prints: the table if it fits, and the drawing's height cap. */
export function handoutLayout(input: HandoutInput): HandoutLayout {
  const text = handoutTextHeight(input);
  const natural = (input.drawing.height * PAGE_WIDTH) / input.drawing.width;
  const drawn = (mm: number) => Math.min(natural, mm * PX_PER_MM);
  const table = text + drawn(HANDOUT_DRAWING_MAX_MM) + handoutTableHeight(input.rows) <= PAGE_HEIGHT;
  const room = PAGE_HEIGHT - text - (table ? handoutTableHeight(input.rows) : 0);
  const drawingMm = HANDOUT_DRAWING_STEPS_MM.find((mm) => drawn(mm) <= room) ?? HANDOUT_DRAWING_STEPS_MM.at(-1) ?? HANDOUT_DRAWING_MAX_MM;
  return { table, drawingMm };
}
