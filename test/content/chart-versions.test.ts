import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry';
import { loadDatasets } from '../../src/provenance/dataset-loader';
import { readSourceTexts } from '../../src/provenance/source-texts';
import { chartVersionSchema } from '../../src/schemas/chart-version';
import { sourceSchema } from '../../src/schemas/source';
import { snapshotChart, versionContent } from '../../src/site/chart-snapshot';
import { makeCitationResolver } from '../../src/site/citations';
import { datasetAccess } from '../../src/site/dataset-access';

const data = datasetAccess(loadDatasets());
const sources = new Map([...readSourceTexts()].map(([id, s]) => [id, sourceSchema.parse(s.frontmatter)]));
const cite = makeCitationResolver(data('references').records, sources);

describe('chart version snapshots', () => {
  const model = charts['us-china-escalation'].model(data, cite);

  it('freeze every view with its drawing, table and embed height, in the schema of a version file', () => {
    const version = chartVersionSchema.parse(snapshotChart('us-china-escalation', model, '2026-11-30'));
    expect(version.views.map((v) => v.view)).toEqual([...charts['us-china-escalation'].views]);
    expect(version.views[0]?.svg.wide).toMatch(/^<svg[^>]+viewBox="0 0 680 /);
    expect(version.views[0]?.svg.compact).toMatch(/^<svg[^>]+viewBox="0 0 340 /);
  });

  it('see a data revision as a new version, and the same data as the same version', () => {
    const a = snapshotChart('us-china-escalation', model, '2026-11-30');
    expect(versionContent(snapshotChart('us-china-escalation', model, '2026-12-01'))).toBe(versionContent(a));
    const revised = structuredClone(a);
    const row = revised.views[0]?.table.rows[0];
    if (row) row[Object.keys(row)[0] as string] = 'revised';
    expect(versionContent(revised)).not.toBe(versionContent(a));
  });
});
