import { defaultParams } from '../charts/default-params';
import { type ChartId, charts } from '../charts/registry';

/**
 * The MDX that places a chart: its default view, each other view, and (for explorer charts) every
 * param written out with its default, for the author to change. Made from the registry, so every
 * chart, view and param is listed; test/integration/authoring-examples.test.ts lints each one.
 */
export function chartSnippets(id: ChartId): string[] {
  const chart = charts[id];
  const snippets = [`<Chart id="${id}" />`, ...chart.views.slice(1).map((view) => `<Chart id="${id}" view="${view}" />`)];
  const defaults = defaultParams(chart) as Record<string, unknown>;
  const params = Object.entries(defaults).map(([key, value]) => ` ${key}="${String(value)}"`);
  if (params.length) snippets.push(`<Chart id="${id}"${params.join('')} />`);
  return snippets;
}
