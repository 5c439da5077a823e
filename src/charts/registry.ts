import { deficitsAnnual } from './deficits-annual';
import { ieepaRefunds } from './ieepa-refunds';
import { importsMonthly } from './imports-monthly';
import { koreaExposure } from './korea-exposure';
import { negotiationTimeline } from './negotiation-timeline';
import { ratesDumbbell } from './rates-dumbbell';
import { reciprocalFormula } from './reciprocal-formula';
import { tariffStack } from './tariff-stack';
import type { ChartDefinition } from './types';
import { usChinaEscalation } from './us-china-escalation';

// biome-ignore lint/suspicious/noExplicitAny: the registry holds charts of different models.
type AnyChart = ChartDefinition<any, string, any>;

/** Every chart by id. The id is used in MDX (`<Chart id="…" />`), in URLs and in tests. */
export const charts = {
  'us-china-escalation': usChinaEscalation as AnyChart,
  'deficits-annual': deficitsAnnual as AnyChart,
  'imports-monthly': importsMonthly as AnyChart,
  'reciprocal-formula': reciprocalFormula as AnyChart,
  'rates-dumbbell': ratesDumbbell as AnyChart,
  'negotiation-timeline': negotiationTimeline as AnyChart,
  'tariff-stack': tariffStack as AnyChart,
  'korea-exposure': koreaExposure as AnyChart,
  'ieepa-refunds': ieepaRefunds as AnyChart,
} as const satisfies Record<string, AnyChart>;

export type ChartId = keyof typeof charts;
export const chartIds = Object.keys(charts) as ChartId[];
