import { type ChartId, chartIds } from '../charts/registry';
import { ContentError } from '../provenance/content-error';
import { parseOrThrow } from '../provenance/error-map';
import { type ChartVersion, chartVersionSchema } from '../schemas/chart-version';
import { HANDOUT_DRAWING_MAX_MM } from './handout-size';

/**
 * The frozen versions of every chart (content/chart-versions/<chart>/<date>.json, written by
 * `npm run snapshot:charts`). The newest date is the chart's publication date in citations; the
 * data's own "as of" date is a different thing and goes in a note.
 */
const files = import.meta.glob<unknown>('../../content/chart-versions/*/*.json', { eager: true, import: 'default' });

const byChart = new Map<string, ChartVersion[]>();
for (const [path, json] of Object.entries(files)) {
  const file = path.replace(/^(\.\.\/)+/, '');
  const [, chart = '', date = ''] = /chart-versions\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
  const version = parseOrThrow(chartVersionSchema, json, file, 'regenerate it with npm run snapshot:charts');
  if (version.chart !== chart || version.date !== date) {
    throw new ContentError(
      file,
      'fields "chart", "date"',
      `the file says ${version.chart} of ${version.date}`,
      `keep it at content/chart-versions/${version.chart}/${version.date}.json`,
    );
  }
  byChart.set(
    chart,
    [...(byChart.get(chart) ?? []), version].sort((a, b) => a.date.localeCompare(b.date)),
  );
}

/** Every version of a chart, oldest first. */
export function chartVersions(id: ChartId): ChartVersion[] {
  return byChart.get(id) ?? [];
}

/** The newest version: the chart as it is published now. */
export function latestVersion(id: ChartId): ChartVersion {
  const latest = chartVersions(id).at(-1);
  if (!latest)
    throw new ContentError(`content/chart-versions/${id}/`, undefined, 'no version of this chart', 'run npm run snapshot:charts');
  return latest;
}

/** Publication date of the chart as it is now. */
export function publishedDate(id: ChartId): string {
  return latestVersion(id).date;
}

/** Every chart has a version: a new chart without one fails the build, naming it. */
for (const id of chartIds) latestVersion(id);

/** Static paths of the archived pages and embeds: one per chart and version date. */
export function versionPaths() {
  return chartIds.flatMap((id) => chartVersions(id).map((version) => ({ params: { id, date: version.date }, props: { version } })));
}

/** A version's views in the shape the kit and the embed take (an archived chart has no readout). */
export function versionViews(version: ChartVersion) {
  return version.views.map((v) => ({
    id: version.chart as ChartId,
    view: v.view,
    label: v.label,
    figure: v.figure,
    embedHeight: v.embedHeight,
    readoutHeight: 0,
    tablePrints: v.tablePrints,
    // Versions keep the table decision they were published with; the drawing prints at the usual cap.
    printDrawingMm: HANDOUT_DRAWING_MAX_MM,
  }));
}
