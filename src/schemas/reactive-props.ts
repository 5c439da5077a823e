import { z } from 'astro/zod';
import { partnerCodeSchema } from './common';

/**
 * `<ReactiveRate partner="CN" />`: two sentences the reader can change. The first holds a slider
 * on US exports to the partner in 2024 and recomputes the deficit, its share of imports and the
 * rate the 2 April formula gives; the second lets the reader change the formula's last divisor
 * (the halving). A dot plot of every partner's rate follows both.
 */
export const reactiveRatePropsSchema = z.strictObject({
  /** Partner code with formula inputs in reciprocal-rates, e.g. "CN" or "VN". */
  partner: partnerCodeSchema,
});
