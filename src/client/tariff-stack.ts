/**
 * Browser half of the tariff-stack explorer: restacks the bar, the layer list and the table when
 * the reader picks a partner, a product or a date. The drawing and the rules are the same
 * Plot-free modules the build uses, so the static page and the client never disagree.
 */
import { normaliseParams } from '../charts/tariff-stack/params';
import type { StackData } from '../charts/tariff-stack/rules';
import { announce, DEFAULT_PARAMS, render, table } from '../charts/tariff-stack/view';
import { registerExplorer } from './explorer';

type Params = { partner: string; product: string; date: string };

registerExplorer<StackData, Params>('tariff-stack', {
  render: (model, params, context) => render(model, params as Partial<Params>, context),
  table: (model, params) => table(model, params as Partial<Params>),
  announce: (model, params) => announce(model, params as Partial<Params>),
  // A cleared date field or a shared link with an unknown value falls back to the default; dates are clamped to the data.
  normalise: (model, params) => normaliseParams(model, params, DEFAULT_PARAMS),
});
