import { isCalendarDate } from '../../shared/url-state';
import { PRODUCT_GROUPS, type ProductGroup, partnerRules, type StackData } from './rules';

/** Makes any params valid: unknown partner or product → default; a date outside the data → clamped. */
export function normaliseParams(
  data: StackData,
  params: Record<string, string | undefined>,
  defaults: { partner: string; product: ProductGroup; date: string },
) {
  const partner =
    params.partner && (params.partner === data.china.code || partnerRules(data, params.partner)) ? params.partner : defaults.partner;
  const product = PRODUCT_GROUPS.includes(params.product as ProductGroup) ? (params.product as ProductGroup) : defaults.product;
  const raw = isCalendarDate(params.date) ? params.date : defaults.date;
  // ISO days sort as strings: the middle of (start, raw, end) is raw clamped to the range.
  const date = [data.start, raw, data.end].sort()[1] as string;
  return { partner, product, date };
}
