// Every CSS custom property a chart drawing names is defined by the site's stylesheet: an undefined
// one paints nothing (the refunds chart's grid lines and its "not known" outline were invisible,
// drawn in --chart-grid and --chart-muted, which no stylesheet defined).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartIds, charts } from '../../src/charts/registry';
import { loadDatasets } from '../../src/provenance/dataset-loader';
import { readSourceTexts } from '../../src/provenance/source-texts';
import { sourceSchema } from '../../src/schemas/source';
import { makeCitationResolver } from '../../src/site/citations';
import { datasetAccess } from '../../src/site/dataset-access';
import { renderSvg } from '../../src/site/render-svg';

const data = datasetAccess(loadDatasets());
const sources = new Map([...readSourceTexts()].map(([id, s]) => [id, sourceSchema.parse(s.frontmatter)]));
const cite = makeCitationResolver(data('references').records, sources);
const css = readFileSync('src/styles/global.css', 'utf8');
const defined = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));

describe.each(chartIds)('chart %s', (id) => {
  it('names only custom properties the stylesheet defines', () => {
    const chart = charts[id];
    const model = chart.model(data, cite);
    for (const view of chart.views) {
      for (const width of [340, 680]) {
        const svg = renderSvg(chart, model, view, { width, idPrefix: 'x', label: 'x' });
        const used = new Set([...svg.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]));
        expect(
          [...used].filter((name) => !defined.has(name)),
          `${view} at ${width}px`,
        ).toEqual([]);
      }
    }
  });
});
