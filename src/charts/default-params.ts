import type { ChartDefinition } from './types';

/** A chart's params when the reader has chosen nothing: each param's default ({} for charts without params). */
export function defaultParams<Params>(chart: Pick<ChartDefinition<unknown, string, Params>, 'params'>): Params {
  return (chart.params?.parse({}) ?? {}) as Params;
}
