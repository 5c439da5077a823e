// The readout data of a chart view (what its hover, tap and arrow-key details say) lives in a
// static JSON file beside the chart page, not in every page that shows the chart: it is the
// largest part of an essay's HTML (about a fifth of the deficit essay gzipped) and only a reader
// who points at, taps or focuses the chart needs it. <tl-chart> fetches it on first approach.
//
// The file name carries a hash of its content, so a changed readout gets a new URL and the host
// may cache the files forever (dist/_headers, scripts/write-headers.mjs); the same headers let
// embeds in sandboxed frames (an opaque origin) fetch it across origins.
import { createHash } from 'node:crypto';
import type { ChartStop } from '../charts/types';

/** Where the readout files of a chart live, under the site's base: /charts/<id>/readout/<hash>.json */
export const READOUT_DIR = 'readout';

/** The JSON text of a view's stops, as served. */
export const readoutJson = (stops: readonly ChartStop[]): string => JSON.stringify(stops);

/**
 * "3f9a0c1b2d": the file name (without .json) of a readout, by content alone, so two views with
 * the same stops (us-china-escalation's rates and components) share one file and one download.
 */
export function readoutName(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 10);
}

/** Site path of a readout file (pass it through href() for the base path). */
export const readoutPath = (id: string, name: string): string => `/charts/${id}/${READOUT_DIR}/${name}.json`;

/**
 * The ids a chart's stops point at (an essay's <Step event>, a <Num> in the prose), by stop index;
 * kept in the page because scrolly steps and prose numbers link before any reader interaction.
 * Null where a stop has no key; undefined when no stop has one.
 */
export function stopKeys(stops: readonly ChartStop[]): (string | null)[] | undefined {
  return stops.some((s) => s.key) ? stops.map((s) => s.key ?? null) : undefined;
}
