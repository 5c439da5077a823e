import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/charts/default-params';
import { chartIds, charts } from '../../src/charts/registry';
import { loadDatasets } from '../../src/provenance/dataset-loader';
import { readSourceTexts } from '../../src/provenance/source-texts';
import { figureSchema } from '../../src/schemas/figure';
import { sourceSchema } from '../../src/schemas/source';
import { makeCitationResolver } from '../../src/site/citations';
import { datasetAccess } from '../../src/site/dataset-access';
import { createDocument, renderSvg } from '../../src/site/render-svg';
import { matchSnapshot, normaliseSvg } from '../support/snapshot';
import { collisions } from '../support/svg-collisions';

const data = datasetAccess(loadDatasets());
const sources = new Map([...readSourceTexts()].map(([id, s]) => [id, sourceSchema.parse(s.frontmatter)]));
const cite = makeCitationResolver(data('references').records, sources);

describe.each(chartIds)('chart %s', (id) => {
  const chart = charts[id];
  const model = chart.model(data, cite);
  const params = defaultParams(chart);

  it.each(chart.views)('view %s has a complete figure (title, alt, description, source, as-of)', (view) => {
    expect(() => figureSchema.parse(chart.figure(model, view, params))).not.toThrow();
  });

  it.each(chart.views.flatMap((view) => [340, 680].map((width) => [view, width] as const)))(
    'view %s at %ipx matches its SVG snapshot',
    (view, width) => {
      const svg = renderSvg(chart, model, view, { width, idPrefix: `fig-${id}`, label: 'snapshot' });
      const result = matchSnapshot(`${id}-${view}-${width}.svg`, normaliseSvg(svg));
      if (!result.ok) expect.fail(result.message);
    },
  );

  it('renders the same SVG twice (deterministic ids and output)', () => {
    const view = chart.views[0];
    const a = renderSvg(chart, model, view, { width: 680, idPrefix: 'x', label: 'x' });
    const b = renderSvg(chart, model, view, { width: 680, idPrefix: 'x', label: 'x' });
    expect(a).toBe(b);
  });

  it('keeps ids unique to the figure prefix and leaves no inner aria-labels', () => {
    const svg = renderSvg(chart, model, chart.views[0], { width: 680, idPrefix: 'fig-a', label: 'Alt' });
    for (const [, id] of svg.matchAll(/\sid="([^"]+)"/g)) expect(id).toMatch(/^fig-a-/);
    expect(svg.match(/aria-label=/g)).toHaveLength(1);
    expect(svg).not.toContain('<style');
  });

  it('has a data table with a row per record shown', () => {
    const table = chart.table(model, chart.views[0], params);
    expect(table.columns.length).toBeGreaterThan(1);
    expect(table.rows.length).toBeGreaterThan(0);
    for (const row of table.rows) for (const column of table.columns) expect(row).toHaveProperty(column.key);
  });
});

// Charts whose labels are placed by src/charts/shared/label-placer.ts: on the real data, at a
// phone's and a laptop's width, no label overlaps another or is crossed by a line.
describe.each(['us-china-escalation'] as const)('chart %s labels', (id) => {
  const chart = charts[id];
  const model = chart.model(data, cite);
  it.each(chart.views.flatMap((view) => [340, 680].map((width) => [view, width] as const)))(
    'view %s at %ipx has no colliding text',
    (view, width) => {
      const svg = chart.render(model, view, { document: createDocument(), width, idPrefix: 'c', params: defaultParams(chart) });
      expect(collisions(svg)).toEqual([]);
    },
  );
});
