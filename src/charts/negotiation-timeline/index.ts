import type { ChartDefinition } from '../types';
import { drawTimeline } from './draw';
import { buildModel, type Model, type View } from './model';
import { describeView, stopsOf, tableOf } from './text';

/**
 * Talks, deadlines, deals and tariff changes of 2025–2026 on one time axis, one lane per partner.
 * Hand-written D3: d3-scale and d3-time for positions, d3-selection on the injected document for
 * the elements. Every event is a stop (`data-i`, in date order) for the generic <tl-chart> client.
 */
export const negotiationTimeline: ChartDefinition<Model, View> = {
  id: 'negotiation-timeline',
  name: 'Tariff talks, deadlines and deals, 2025–2026',
  views: ['all', 'china', 'japan', 'korea'],
  viewLabels: { all: 'All partners', china: 'China', japan: 'Japan', korea: 'South Korea' },
  datasets: ['negotiations', 'us-china-tariffs', 'reciprocal-rates', 'references'],
  // The drawn height follows the lanes of the view (render sizes the SVG to them); this is the default view's, roughly.
  height: (width) => (width < 480 ? 760 : 560),

  model: buildModel,
  figure: describeView,
  render: (model, view, { document, width }) => drawTimeline(model, view, document, width),
  table: tableOf,
  stops: stopsOf,
};
