/**
 * The files a chart view is downloaded as, the same whether the build writes them
 * (/data/charts/<id>/<view>.json) or the browser makes them from the rows on screen: one JSON
 * layout, and file names that say the view and the settings.
 */

export interface ChartFileMeta {
  chart: string;
  view: string;
  title: string;
  /** Address of the chart page in this state. */
  url: string;
  /** The reader's settings (explorer charts); empty for the default state. */
  params: Record<string, string>;
  asOf: string;
  source: string;
  license: string;
}

export interface ChartFileColumn {
  name: string;
  numeric: boolean;
}

/** One JSON layout: what it is, then columns and rows keyed by the column names of the CSV. */
export function chartJson(meta: ChartFileMeta, columns: ChartFileColumn[], rows: Record<string, string | number | null>[]): string {
  return `${JSON.stringify({ ...meta, columns, rows }, null, 2)}\n`;
}

/** `tariff-stack-stack-partner-JP-date-2025-08-07`: the view and every setting, safe as a file name. */
export function downloadBase(chart: string, view: string, params: Record<string, string> = {}): string {
  const settings = Object.entries(params)
    .sort(([a], [b]) => a.localeCompare(b))
    .flat();
  return [chart, view, ...settings].map((part) => part.replace(/[^A-Za-z0-9.-]+/g, '_')).join('-');
}
