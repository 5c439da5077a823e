import type { z } from 'astro/zod';
import type { DatasetId, DatasetOf } from '../schemas/datasets';
import type { Figure } from '../schemas/figure';

/** Everything a chart function may use. No globals: the document is injected (linkedom at build time). */
export interface RenderContext<Params = Record<string, never>> {
  document: Document;
  width: number;
  /** Prefix for every id in the SVG, so two charts on one page never share a clip-path id. */
  idPrefix: string;
  /** The reader's choices for explorer charts (partner, product, date…), already validated. */
  params: Params;
}

/** Typed access to validated datasets, whether from Astro's collections or straight from disk in tests. */
export type DatasetAccess = <Id extends DatasetId>(id: Id) => DatasetOf<Id>;

/** A table twin of the chart, also the rows of its CSV and JSON downloads. */
export interface ChartTable {
  columns: { key: string; label: string; numeric?: boolean }[];
  rows: Record<string, string | number | null>[];
}

/** A citation as shown to readers: resolved to text, never just an id. */
export interface ShownCitation {
  /** "Kyodo News, 3 Jul 2025" or "EO 14266 (The White House, 9 Apr 2025)". */
  label: string;
  /**
   * The label without a document's title, for places that repeat a citation many times (a
   * number's popover): "EO 14195, sec. 2(a) (The White House, 1 Feb 2025)". The link leads to the
   * full title; an article's label is already short and is the same.
   */
  shortLabel?: string;
  /** The quoted words: an article's, or an official document's when `kind` is "document". */
  quote?: string;
  /** What is cited: a source article or an official document. */
  kind?: 'article' | 'document';
  /** Link to the source page or the official document. */
  href?: string;
}

/** One stop for hover, tap and arrow keys: what the reader sees when it is active. */
export interface ChartStop {
  /** Index written as `data-i` on the marks of this stop. */
  i: number;
  /** Id of the record behind the stop, so an essay's <Step event="…"> can point at it. */
  key?: string;
  /** Heading of the readout, e.g. "10 Apr 2025". */
  heading: string;
  /** Lines of the readout: rates, what changed. */
  lines: string[];
  citations: ShownCitation[];
}

/**
 * A chart: pure functions from validated data to figure text, SVG, table and interaction stops.
 * Explorer charts also declare `params` (a zod object with defaults): the reader's choices, set
 * from MDX props (`<Chart id="tariff-stack" partner="JP" />`) or the page URL (`?partner=JP`).
 */
export interface ChartDefinition<Model, View extends string = string, Params = Record<string, never>> {
  id: string;
  /** What the chart is about, in a few words: the chart page's heading and the gallery's label. */
  name: string;
  /** Named views; the first is the default. */
  views: readonly [View, ...View[]];
  viewLabels: Record<View, string>;
  /** Datasets it reads: offered for download on its page. */
  datasets: readonly DatasetId[];
  /** Height for a given width. */
  height: (width: number) => number;
  /** Schema of the reader's choices, with a default for each; omitted by charts without choices. */
  params?: z.ZodType<Params>;
  model: (data: DatasetAccess, citations: CitationResolver) => Model;
  figure: (model: Model, view: View, params: Params) => Figure;
  render: (model: Model, view: View, context: RenderContext<Params>) => SVGSVGElement;
  table: (model: Model, view: View, params: Params) => ChartTable;
  /** Interaction stops; a chart without them (and without params) ships no JavaScript. */
  stops?: (model: Model, view: View, params: Params) => ChartStop[];
  /** Explorer charts: controls for the reader's choices and the data the browser re-renders from. */
  explorer?: ExplorerDefinition<Model, View, Params>;
}

/** A form control for one param of an explorer chart. Values are strings, like URL params. */
export type ExplorerControl =
  | { name: string; label: string; kind: 'select'; value: string; options: { value: string; label: string }[] }
  | { name: string; label: string; kind: 'range'; value: string; min: number; max: number; step: number; unit?: string }
  | { name: string; label: string; kind: 'date'; value: string; min: string; max: string };

export interface ExplorerDefinition<Model, View extends string, Params> {
  /** Controls shown above the chart (hidden without JavaScript: the static SVG shows the default state). */
  controls: (model: Model, view: View, params: Params) => ExplorerControl[];
  /**
   * The small, JSON-serialisable data the browser needs to re-render (numbers and resolved
   * citations, not whole datasets). Emitted once per figure.
   */
  clientModel: (model: Model, view: View) => unknown;
}

/** Turns a record's citations into what readers see. */
export type CitationResolver = (
  citations: readonly ({ source: string; quote: string } | { doc: string; locator?: string | undefined; quote?: string | undefined })[],
) => ShownCitation[];
