import type { ChartDefinition } from './types';
import { usChinaEscalation } from './us-china-escalation';

// biome-ignore lint/suspicious/noExplicitAny: the registry holds charts of different models.
type AnyChart = ChartDefinition<any, string, any>;

/** Every chart by id. The id is used in MDX (`<Chart id="…" />`), in URLs and in tests. */
export const charts = {
  'us-china-escalation': usChinaEscalation as AnyChart,
} as const satisfies Record<string, AnyChart>;

export type ChartId = keyof typeof charts;
export const chartIds = Object.keys(charts) as ChartId[];
